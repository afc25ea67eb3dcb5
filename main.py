"""Start Careplan from a source checkout: ``python main.py [ARGS]`` is the ``careplan`` command."""

from careplan.cli import entry

if __name__ == "__main__":
    entry()
