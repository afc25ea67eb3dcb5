"""``careplan store ...``: set up a clinic store, share templates through it, read signed history and the audit.

The store is named by ``--store URL``, else the ``CAREPLAN_STORE`` variable, else Preferences;
the clinic by ``--clinic ID``, ``CAREPLAN_CLINIC``, Preferences, else ``default``. Any store
failure is one line and exit 2; ``store verify`` exits 1 when a chain does not hold.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

from careplan.cli.output import EXIT_BAD_INPUT, EXIT_CLINICAL, EXIT_OK, CliError

STORE_ENV = "CAREPLAN_STORE"
CLINIC_ENV = "CAREPLAN_CLINIC"


def store_options(parser: argparse.ArgumentParser) -> None:
    """--store, --clinic and --by, shared by every store subcommand and ``careplan sign``."""
    parser.add_argument("--store", metavar="URL", help=f"sqlite:///PATH or postgresql://USER@HOST/DB (default: ${STORE_ENV}, "
                        "then Preferences); the password comes from PGPASSWORD or a pgpass file")
    parser.add_argument("--clinic", metavar="ID", help=f"the clinic's id in the store (default: ${CLINIC_ENV}, Preferences, 'default')")


def register(sub: Any) -> None:
    store = sub.add_parser("store", help="the clinic store: shared templates, signed versions, audit (see docs/clinic-store.md)")
    actions = store.add_subparsers(dest="store_command", metavar="ACTION", parser_class=type(store))
    common = argparse.ArgumentParser(add_help=False)
    store_options(common)
    common.add_argument("--by", metavar="NAME", help="who you are, for the audit log (default: the clinician in Preferences)")

    init = actions.add_parser("init", parents=[common], help="create the store's tables, or upgrade them (run as the owner)")
    init.add_argument("url", nargs="?", metavar="URL", help="the store (or --store)")
    init.set_defaults(func=cmd_init)

    templates = actions.add_parser("templates", parents=[common], help="share templates: push ID|FILE, pull ID, list")
    templates.add_argument("action", choices=("push", "pull", "list"))
    templates.add_argument("id", nargs="?", metavar="ID|FILE", help="a template id in your library (or a template file) "
                           "to push; a store template id to pull")
    templates.add_argument("--replace", action="store_true", help="pull: replace your own template with the same id")
    templates.add_argument("--json", action="store_true", help="list: machine-readable output")
    templates.set_defaults(func=cmd_templates)

    history = actions.add_parser("history", parents=[common], help="the signed versions of one plan")
    history.add_argument("plan_id", metavar="PLAN_ID")
    history.add_argument("--json", action="store_true")
    history.set_defaults(func=cmd_history)

    verify = actions.add_parser("verify", parents=[common], help="check the hash chain: exit 0 when it holds, 1 when broken")
    verify.add_argument("--expect-head", metavar="HASH", help="a head hash kept elsewhere earlier: it must still be in the chain")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(func=cmd_verify)

    audit = actions.add_parser("audit", parents=[common], help="the audit log: who wrote what, when, from which machine")
    audit.add_argument("--limit", type=int, default=100, metavar="N", help="the last N rows (default 100)")
    audit.add_argument("--json", action="store_true")
    audit.set_defaults(func=cmd_audit)

    push = actions.add_parser("push", parents=[common], help="send signed plans to the store: FILEs, or what waits in the outbox")
    push.add_argument("files", nargs="*", metavar="FILE")
    push.set_defaults(func=cmd_push)

    grant = actions.add_parser("grant", parents=[common], help="PostgreSQL: let a database role read and add this clinic's rows")
    grant.add_argument("role", metavar="ROLE")
    grant.set_defaults(func=cmd_grant)
    store.set_defaults(func=lambda args: _no_action(store))


def _no_action(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return EXIT_BAD_INPUT


# ---- where, who ------------------------------------------------------------------------------------

def resolve(args: argparse.Namespace, *, use_preferences: bool = True) -> tuple[str, str]:
    """(store URL, clinic id) from the options, the environment, then Preferences."""
    prefs = _preferences() if use_preferences else None
    url = getattr(args, "url", None) or args.store or os.environ.get(STORE_ENV) or (prefs.store_url if prefs else "")
    clinic = args.clinic or os.environ.get(CLINIC_ENV) or (prefs.store_clinic_id if prefs else "") or "default"
    if not url:
        raise CliError(f"no clinic store given: use --store URL or set {STORE_ENV} (see docs/clinic-store.md)")
    return url, clinic


def _preferences() -> Any:
    from careplan.storage.paths import preferences_path
    from careplan.storage.preferences import load_preferences

    return load_preferences(preferences_path())


def actor(args: argparse.Namespace, name: str | None = None) -> Any:
    from careplan.storage.store.identity import Actor

    return Actor.here(name or getattr(args, "by", None) or _preferences().clinician_name)


def _open(args: argparse.Namespace) -> Any:
    from careplan.storage.store.store import ClinicStore

    url, clinic = resolve(args)
    return ClinicStore.open(url, clinic)


def _dump(value: Any) -> None:
    print(json.dumps(value, indent=2, ensure_ascii=False))


def _store_errors(func: Any) -> Any:
    """Every StoreError becomes one line and exit 2."""
    def wrapped(args: argparse.Namespace) -> int:
        from careplan.storage.store.errors import StoreError

        try:
            code: int = func(args)
        except StoreError as exc:
            raise CliError(str(exc)) from None
        return code
    return wrapped


# ---- commands --------------------------------------------------------------------------------------

@_store_errors
def cmd_init(args: argparse.Namespace) -> int:
    from careplan.storage.store.migrate import head_revision
    from careplan.storage.store.store import ClinicStore

    url, clinic = resolve(args)
    store, before = ClinicStore.init(url, clinic, actor(args))
    with store:
        head = head_revision()
        if before == head:
            print(f"The clinic store {store.where} is ready (schema {head}, already current).")
        else:
            print(f"The clinic store {store.where} is ready (schema {before or 'none'} -> {head}); clinic {clinic}.")
    return EXIT_OK


@_store_errors
def cmd_templates(args: argparse.Namespace) -> int:
    if args.action == "list":
        return _templates_list(args)
    if not args.id:
        raise CliError(f"'store templates {args.action}' needs a template ID")
    return _templates_push(args) if args.action == "push" else _templates_pull(args)


def _templates_list(args: argparse.Namespace) -> int:
    from careplan.storage.store.library import list_store_templates

    url, clinic = resolve(args)
    rows = list_store_templates(url, clinic)
    if args.json:
        _dump([row.as_json() for row in rows])
        return EXIT_OK
    if not rows:
        print("The clinic store has no templates yet.")
    for row in rows:
        print(f"{row.template_id:<38} {row.title}  (version {row.version}, {row.pushed_by}, {row.pushed_at})")
    return EXIT_OK


def _templates_push(args: argparse.Namespace) -> int:
    from careplan.storage.template_library import LibraryError, default_clinic_library

    library = default_clinic_library()
    try:
        candidate = Path(args.id)
        template = (library.read_shareable(candidate).template if candidate.suffix == ".json" and candidate.is_file()
                    else library.find(args.id).template)
    except LibraryError as exc:
        raise CliError(str(exc)) from None
    with _open(args) as store:
        row, written = store.push_template(template, actor(args))
    if written:
        print(f"Shared '{row.title}' in the clinic store {store.where} (version {row.version}).")
    else:
        print(f"'{row.title}' is unchanged since version {row.version} in the clinic store; nothing was written.")
    return EXIT_OK


def _templates_pull(args: argparse.Namespace) -> int:
    from careplan.storage.os_errors import describe_os_error
    from careplan.storage.template_library import LibraryError, default_clinic_library

    with _open(args) as store:
        template = store.fetch_template(args.id)
    library = default_clinic_library()
    try:
        change, message = library.import_template(template, replace=args.replace)
        change.apply()
    except LibraryError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(describe_os_error(exc, "write", library.personal)) from None
    print(message.replace("Imported", "Pulled", 1))
    return EXIT_OK


@_store_errors
def cmd_history(args: argparse.Namespace) -> int:
    with _open(args) as store:
        versions = store.history(args.plan_id)
    if args.json:
        _dump([v.as_json() for v in versions])
        return EXIT_OK
    if not versions:
        print(f"The clinic store has no signed version of plan {args.plan_id}.")
    for v in versions:
        print(f"revision {v.revision}  signed by {v.signed_by} at {v.signed_at}  stored {v.stored_at}  "
              f"place {v.seq}  hash {v.hash[:16]}")
    return EXIT_OK


@_store_errors
def cmd_verify(args: argparse.Namespace) -> int:
    expected = (args.expect_head or "").strip().lower()
    with _open(args) as store:
        reports = store.verify()
        found_expected = not expected or any(_in_chain(store, r.clinic_id, expected) for r in reports if r.holds)
    if args.json:
        _dump({"chains": [r.as_json() for r in reports], "expected_head_found": found_expected if expected else None})
    else:
        for r in reports:
            state = "holds" if r.holds else "is BROKEN"
            print(f"clinic {r.clinic_id}: {r.count} signed version{'s' if r.count != 1 else ''}; the chain {state}; "
                  f"head: place {r.head_seq}, {r.head_hash}")
            for problem in r.problems:
                print(f"  {problem}")
        if expected:
            print(f"the expected head {expected[:16]} is {'in the chain' if found_expected else 'NOT in the chain: history was rewritten or cut short'}")
    holds = all(r.holds for r in reports) and found_expected
    return EXIT_OK if holds else EXIT_CLINICAL


def _in_chain(store: Any, clinic_id: str, digest: str) -> bool:
    import sqlalchemy as sa

    from careplan.storage.store.schema import signed_versions as t

    with store.transaction("looking up the expected head") as connection:
        return connection.execute(sa.select(t.c.seq).where(t.c.clinic_id == clinic_id, t.c.hash == digest)).first() is not None


@_store_errors
def cmd_audit(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise CliError("--limit must be 1 or more")
    with _open(args) as store:
        rows = store.audit(args.limit)
    if args.json:
        _dump([row.as_json() for row in rows])
        return EXIT_OK
    for row in rows:
        who = row.clinician or "-"
        print(f"{row.at}  {row.action:<14} {row.subject}  by {who} ({row.os_user}@{row.machine}"
              f"{', db ' + row.db_user if row.db_user else ''}){'  ' + row.detail if row.detail else ''}")
    return EXIT_OK


@_store_errors
def cmd_push(args: argparse.Namespace) -> int:
    from careplan.storage.errors import PlanFileError
    from careplan.storage.plan_files import load_plan
    from careplan.storage.store.signing import push_pending, stored_words

    who = actor(args)
    with _open(args) as store:
        if args.files:
            for raw in args.files:
                try:
                    plan = load_plan(Path(raw))
                except PlanFileError as exc:
                    raise CliError(f"{raw}: {exc}") from None
                name = plan.signed_off.name if plan.signed_off else ""
                result = store.append_signed(plan, actor(args, name))
                print(f"{raw}: {stored_words(store.where, result.version, result.already_stored)}")
            return EXIT_OK
        results, problems = push_pending(store, who)
    for problem in problems:
        print(f"careplan: {problem}")
    if not results:
        print("Nothing waits to be sent to the clinic store.")
    for result in results:
        print(f"{result.label}: {result.message}")
    failed = [r for r in results if not r.stored]
    if failed or problems:
        raise CliError(f"{len(failed) + len(problems)} signed version(s) were not sent; they stay in the outbox")
    return EXIT_OK


@_store_errors
def cmd_grant(args: argparse.Namespace) -> int:
    with _open(args) as store:
        store.grant(args.role, actor(args))
        print(f"Role {args.role} may now read and add the rows of clinic {store.clinic_id} in {store.where} "
              "(never change or delete them).")
    return EXIT_OK
