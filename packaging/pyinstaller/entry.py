"""Entry point of the bundled app (PyInstaller): the same ``careplan`` command as the console script."""

from careplan.cli import entry

if __name__ == "__main__":
    entry()
