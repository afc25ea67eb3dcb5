"""Subcommands that list content: ``catalog`` and ``templates``."""

from __future__ import annotations

import argparse
import json
from typing import Any

from careplan.cli.output import EXIT_OK, CliError
from careplan.domain.catalog import CatalogIndex, load_catalog
from careplan.storage.errors import PlanFileError
from careplan.storage.plan_files import plan_to_json
from careplan.storage.templates import default_library

SECTIONS = ("drugs", "classes", "exercises", "cbt", "mindfulness", "lifestyle", "kratom-cautions", "jurisdictions", "thresholds")


def register(sub: Any) -> None:
    catalog = sub.add_parser("catalog", help="list the clinical catalog (drugs by default)")
    catalog.add_argument("section", nargs="?", default="drugs", choices=SECTIONS)
    catalog.add_argument("--json", action="store_true", help="machine-readable output")
    catalog.set_defaults(func=cmd_catalog)

    templates = sub.add_parser("templates", help="list or show templates; import or export one to share")
    templates.set_defaults(func=cmd_templates, action="list", json=False)
    # One parser per action, so options may come before or after the file: `import --replace FILE`.
    actions = templates.add_subparsers(dest="action", metavar="ACTION", parser_class=type(templates))
    listing = actions.add_parser("list", help="every template: built-in, personal and shared")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    show = actions.add_parser("show", help="one template")
    show.add_argument("id", metavar="ID")
    show.add_argument("--json", action="store_true", help="the template file itself")
    imp = actions.add_parser("import", help="bring a shared template file into your personal library")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--replace", action="store_true",
                     help="replace your own template with the same id (the old file is kept as .bak)")
    exp = actions.add_parser("export", help="write one template to a file, to share")
    exp.add_argument("id", metavar="ID")
    exp.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write")
    exp.add_argument("--force", action="store_true", help="replace FILE if it exists")


def _sources(entry: Any) -> list[dict[str, Any]]:
    return [s.model_dump(mode="json") for s in entry.sources]


def _maximum(cat: CatalogIndex, drug_id: str, otc: bool) -> dict[str, Any] | None:
    facts = cat.facts.of(drug_id)
    row = facts.plain_maximum(otc) if facts is not None else None
    return {"amount": row.amount, "unit": row.unit} if row is not None else None


def _rows(section: str) -> list[dict[str, Any]]:
    cat = load_catalog()
    data = cat.data
    if section == "drugs":
        return [
            {
                "id": d.id,
                "name": d.name,
                "class": d.classes[0],
                "classes": list(d.classes),
                "routes": list(d.routes),
                # The label's plain maxima (the facts of resources/catalog/labels; population rows are
                # in `careplan check`'s findings and docs/clinical-rules.md).
                "otc_max_daily": _maximum(cat, d.id, otc=True),
                "rx_max_daily": _maximum(cat, d.id, otc=False),
                "mme_factor": d.mme.factor if d.mme else None,
                "sources": _sources(d),
                "reviewed": d.reviewed.isoformat(),
            }
            for d in data.drugs
        ]
    if section == "jurisdictions":
        return [j.model_dump(mode="json") for j in data.jurisdictions.entries]
    if section == "thresholds":
        return [{"id": key, **t.model_dump(mode="json")} for key, t in data.thresholds.items()]
    entries: dict[str, Any] = {
        "classes": data.drug_classes,
        "exercises": data.exercises,
        "cbt": data.cbt_components,
        "mindfulness": data.mindfulness_practices,
        "lifestyle": data.lifestyle_targets,
        "kratom-cautions": data.kratom_cautions,
    }
    return [e.model_dump(mode="json") for e in entries[section]]


def cmd_catalog(args: argparse.Namespace) -> int:
    rows = _rows(args.section)
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return EXIT_OK
    if args.section == "jurisdictions":
        table = load_catalog().data.jurisdictions
        print(f"Kratom legal status, as of {table.as_of.isoformat()}. {table.verify_note}")
    for row in rows:
        key = row.get("id") or row.get("code")
        name = row.get("name") or row.get("title") or row.get("meaning") or ""
        extra = row.get("status") or row.get("class") or row.get("category") or row.get("area") or ""
        print(f"{key:<34} {name}" + (f"  [{extra}]" if extra else ""))
    return EXIT_OK


def cmd_templates(args: argparse.Namespace) -> int:
    if args.action in ("import", "export"):
        from careplan.cli import template_cmds

        return template_cmds.cmd_import(args) if args.action == "import" else template_cmds.cmd_export(args)
    library = default_library()
    if args.action in (None, "list"):
        entries = library.entries()
        if args.json:
            print(json.dumps(
                [{"id": e.id, "title": e.title, "description": e.description, "tags": list(e.tags),
                  "tier": e.tier, "builtin": e.builtin} for e in entries],
                indent=2, ensure_ascii=False))
        else:
            for e in entries:
                print(f"{e.id:<32} {e.title}  (tier {e.tier}{', built-in' if e.builtin else ''})")
        return EXIT_OK
    try:
        template = library.load(args.id)
    except PlanFileError as exc:
        raise CliError(str(exc)) from None
    if args.json:
        print(plan_to_json(template), end="")
        return EXIT_OK
    info = template.template
    print(template.title)
    if info is not None:
        print(f"  {info.description}")
        print(f"  tier {info.tier} · tags: {', '.join(info.tags) or '-'} · version {info.version} · by {info.author or '-'}")
    print(f"  goals: {len(template.goals)}")
    for module in template.modules:
        print(f"  module: {module.kind}")
    if template.follow_up.interval_weeks:
        print(f"  follow-up every {template.follow_up.interval_weeks} weeks")
    return EXIT_OK
