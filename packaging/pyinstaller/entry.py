"""Entry point of the bundled app (PyInstaller): the same ``careplan`` command as the console script."""

import sys

from careplan.cli import main

if __name__ == "__main__":
    sys.exit(main())
