"""The ``careplan`` command: the GUI by default, and subcommands for scripting and tests.

Start-up matters here: ``careplan PLAN`` must put a window on screen about as fast as a bare Qt
window, so this module imports nothing clinical. The subcommands (which import pydantic, the
domain and storage) are imported only when the command line is not the GUI's.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, NoReturn

from careplan import __version__
from careplan.cli import collector
from careplan.cli.output import EXIT_BAD_INPUT, EXIT_INTERNAL, CliError, fail

if TYPE_CHECKING:
    import argparse


def _parser_class() -> type[argparse.ArgumentParser]:
    """argparse, but bad usage is one line on stderr and exit code 2 (not a usage dump).
    Imported here, not at the top: the plain GUI launch never parses (see :func:`main`)."""
    import argparse

    class _Parser(argparse.ArgumentParser):
        def error(self, message: str) -> NoReturn:
            fail(f"{message} (see 'careplan --help')")
            raise SystemExit(EXIT_BAD_INPUT)

    return _Parser


# Which module registers each subcommand. Only the module of the command asked for is imported
# (each pulls in the domain, storage or export layers it needs), so `careplan export` never loads
# the template library and the GUI loads none of them before its window is on screen.
COMMAND_MODULES: dict[str, str] = {
    "new": "file_cmds", "validate": "file_cmds", "schema": "file_cmds",
    "check": "check_cmd",
    "export": "export_cmd",
    "catalog": "catalog_cmds", "templates": "catalog_cmds",
    "sign": "lifecycle_cmds", "revise": "lifecycle_cmds", "diff": "lifecycle_cmds",
    "photos": "photo_cmds",
    "store": "store_cmds",
    "about": "about_cmd",
}
SUBCOMMANDS = {"gui", *COMMAND_MODULES}
# The command :func:`_run` last ran ("gui" until one has): :func:`entry` ends the GUI the ordinary way.
_last_command = "gui"


def build_parser(*, gui_only: bool = False, command: str | None = None) -> argparse.ArgumentParser:
    """The command line. ``gui_only`` registers (and imports) no other subcommand; ``command``
    registers only the module that owns that command; neither gives the whole command line (help)."""
    parser_class = _parser_class()
    parser = parser_class(
        prog="careplan",
        description="Build chronic-pain care plans, check them for safety problems, and print handouts.",
        epilog="Exit codes: 0 success; 1 refused for clinical reasons; 2 bad usage, bad input or a file-system "
        "error; 3 internal error (details in a log file in the user data folder).",
    )
    parser.add_argument("--version", action="version", version=f"careplan {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=parser_class)

    gui = sub.add_parser("gui", help="open the desktop app (the default), optionally with a plan file")
    gui.add_argument("file", nargs="?", help="a plan file to open")
    gui.set_defaults(func=_run_gui)
    if gui_only:
        return parser

    import importlib

    wanted = COMMAND_MODULES.get(command or "")
    for module_name in dict.fromkeys(COMMAND_MODULES.values()):
        if wanted is None or module_name == wanted:
            importlib.import_module(f"careplan.cli.{module_name}").register(sub)
    return parser


def _run_gui(args: argparse.Namespace | SimpleNamespace) -> int:
    from careplan.ui.app import run  # imported only here: the command line never needs Qt

    return run(Path(args.file) if args.file else None)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # `careplan FILE` opens the GUI with FILE, like `careplan gui FILE`.
    if not args_list or (args_list[0] not in SUBCOMMANDS and not args_list[0].startswith("-")):
        first = args_list[0] if args_list else ""
        if first and not first.endswith(".json") and not Path(first).exists():
            fail(f"unknown command {first!r} (see 'careplan --help')")
            return EXIT_BAD_INPUT
        args_list = ["gui", *args_list]
    if args_list[0] == "gui" and len(args_list) <= 2 and not any(a.startswith("-") for a in args_list[1:]):
        # The plain GUI launch (`careplan`, `careplan PLAN`, `careplan gui PLAN`) needs no parser:
        # building argparse's costs milliseconds of the window's start-up. Anything else (an
        # option, a second file) goes through argparse and its one-line errors.
        return _run(SimpleNamespace(command="gui", file=args_list[1] if len(args_list) == 2 else None, func=_run_gui))
    first = args_list[0]
    if first != "gui":
        collector.pause()  # resumed in _run, or by the command once it has loaded what it needs
    try:
        parser = build_parser(gui_only=first == "gui", command=first if first in COMMAND_MODULES else None)
        args = parser.parse_args(args_list)
        if not hasattr(args, "func"):
            parser.print_help()
            return 0
        return _run(args)
    finally:
        collector.finish()


def entry() -> NoReturn:
    """The ``careplan`` program (console script, ``main.py``, the bundle): :func:`main`, then exit.

    A one-shot command ends with :func:`_exit_without_teardown`; the GUI (and a command that left a
    thread running) ends the ordinary way."""
    code = main()
    if _last_command != "gui":
        _exit_without_teardown(code)
    sys.exit(code)


def _exit_without_teardown(code: int) -> None:
    """End a finished command without the interpreter's teardown.

    Everything a command writes is on disk (atomic writes) by now; what is left is freeing every
    object one by one and a last full collection over the classes, validators, catalog and fonts
    it loaded: ~200 ms of a 0.6 s export on a 2-core machine (issue 25), time the person at the
    shell waits for nothing. Exit handlers still run and standard streams are flushed, as a
    normal exit would; with another thread alive the normal exit (which waits for it) is kept.
    """
    import atexit
    import os
    import threading

    if threading.active_count() > 1:
        return
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):  # a closed pipe (`careplan check F | head`): nothing more to say
            pass
    os._exit(code)


def _run(args: argparse.Namespace | SimpleNamespace) -> int:
    """Run a subcommand; every failure becomes one line on stderr and an exit code, never a traceback."""
    global _last_command
    _last_command = args.command
    from careplan.storage.errors import PlanFileError

    if args.command != "gui":  # the GUI installs it on its loader thread, after the first paint
        from careplan.storage.catalog_cache import install

        install()
    if not getattr(args, "resumes_collector", False):
        collector.resume()
    try:
        code: int = args.func(args)
    except CliError as exc:
        fail(str(exc))
        return exc.code
    except PlanFileError as exc:
        fail(str(exc))
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return 0
    except OSError as exc:
        from careplan.storage.os_errors import describe_os_error

        fail(describe_os_error(exc, "use"))
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        fail("interrupted")
        return 130
    except Exception as exc:  # a bug: say so in one line and keep the traceback in the log
        from careplan.storage.crash_log import internal_error_message, write_crash_log

        log = write_crash_log(exc, f"careplan {args.command}")
        print(f"careplan: {internal_error_message(exc, log)}", file=sys.stderr)
        return EXIT_INTERNAL
    return code
