"""Start Careplan from a source checkout: ``python main.py [ARGS]`` is the ``careplan`` command."""

import sys

from careplan.cli import main

if __name__ == "__main__":
    sys.exit(main())
