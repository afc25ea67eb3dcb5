#!/usr/bin/env python3
"""Translation catalogs: the patient handout's (gettext, Babel) and the screens' (Qt Linguist).

    scripts/i18n.py extract          write resources/locale/patient.pot from the English sources
    scripts/i18n.py init LANG        start a new language's patient.po (es, or an overlay: es_ES)
    scripts/i18n.py update           merge the .pot into every language's patient.po
    scripts/i18n.py compile          compile every patient.po to patient.mo (what the app reads)
    scripts/i18n.py lupdate          refresh resources/translations/careplan_*.ts from careplan/ui
    scripts/i18n.py lrelease         compile every .ts to .qm
    scripts/i18n.py all              all of the above, in that order

The compiled files (.mo, .qm) are committed (docs/decisions/0020-patient-language-and-translations.md); tests hold them
equal to their sources. Patient wording: see careplan/export/patient_messages.py for the contexts.
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LOCALE = ROOT / "resources" / "locale"
POT = LOCALE / "patient.pot"
TRANSLATIONS = ROOT / "resources" / "translations"
UI_SOURCES = ROOT / "careplan" / "ui"
# Fixed so that a catalog rebuilt from the same sources is byte-for-byte the same file.
STAMP = datetime(2026, 12, 1, tzinfo=UTC)


def source_catalog() -> Catalog:
    from careplan.domain.catalog import load_catalog
    from careplan.domain.handout_catalog import load_handout_facts
    from careplan.export.patient_messages import all_messages

    catalog = Catalog(project="Careplan patient handout", version="1", creation_date=STAMP, revision_date=STAMP,
                      msgid_bugs_address="", copyright_holder="Careplan", charset="utf-8", fuzzy=False)
    for m in all_messages(load_catalog(), load_handout_facts()):
        msgid: str | tuple[str, str] = (m.msgid, m.plural) if m.plural else m.msgid
        catalog.add(msgid, string=("", "") if m.plural else "", context=m.context,
                    auto_comments=list(m.comments), locations=[(loc, None) for loc in m.locations],
                    flags=["python-brace-format"] if "{" in m.msgid + (m.plural or "") else [])
    return catalog


def po_paths() -> list[Path]:
    return sorted(LOCALE.glob("*/LC_MESSAGES/patient.po"))


def write_catalog(catalog: Catalog, path: Path) -> None:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, sort_output=False, include_previous=False, omit_header=False)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())


def extract() -> None:
    write_catalog(source_catalog(), POT)
    print(f"wrote {POT.relative_to(ROOT)}")


def read(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as fh:
        return read_po(fh, locale=locale)


def init(language: str) -> None:
    path = LOCALE / language / "LC_MESSAGES" / "patient.po"
    if path.exists():
        raise SystemExit(f"{path.relative_to(ROOT)} exists; use update")
    template = read(POT)
    catalog = Catalog(locale=language, project=template.project, version=template.version,
                      creation_date=STAMP, revision_date=STAMP, fuzzy=False)
    if "_" not in language:  # an overlay starts empty
        for msg in template:
            if msg.id:
                catalog.add(msg.id, msg.string, context=msg.context, auto_comments=msg.auto_comments,
                            locations=msg.locations, flags=msg.flags)
    write_catalog(catalog, path)
    print(f"wrote {path.relative_to(ROOT)}")


def update() -> None:
    template = read(POT)
    for path in po_paths():
        folder = path.parent.parent.name
        catalog = read(path, locale=folder)
        # A regional overlay (es_ES) holds only what its country words differently: it keeps its
        # own entries and takes no new ones.
        overlay = "_" in folder
        if overlay:
            kept = Catalog(locale=folder, project=catalog.project, version=catalog.version,
                           creation_date=STAMP, revision_date=STAMP, fuzzy=False)
            for msg in catalog:
                if msg.id and template.get(msg.id, msg.context) is not None:
                    kept.add(msg.id, msg.string, context=msg.context,
                             auto_comments=template.get(msg.id, msg.context).auto_comments,
                             flags=msg.flags)
            catalog = kept
        else:
            catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
            catalog.revision_date = STAMP
            catalog.creation_date = STAMP
        write_catalog(catalog, path)
        print(f"updated {path.relative_to(ROOT)}")


def compile_catalogs() -> None:
    for path in po_paths():
        catalog = read(path, locale=path.parent.parent.name)
        untranslated = [m for m in catalog if m.id and not (all(m.string) if isinstance(m.string, tuple) else m.string)]
        buffer = io.BytesIO()
        write_mo(buffer, catalog, use_fuzzy=False)
        path.with_suffix(".mo").write_bytes(buffer.getvalue())
        note = f" ({len(untranslated)} untranslated)" if untranslated else ""
        print(f"compiled {path.with_suffix('.mo').relative_to(ROOT)}{note}")


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / name
    return str(exe) if exe.exists() else name


def lupdate() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in UI_SOURCES.rglob("*.py"))
    for ts in sorted(TRANSLATIONS.glob("careplan_*.ts")):
        subprocess.run([_tool("pyside6-lupdate"), *sources, *lupdate_options(ts), "-ts", str(ts.relative_to(ROOT))],
                       cwd=ROOT, check=True)


def lupdate_options(ts: Path) -> list[str]:
    """lupdate's options for one .ts: English, the source language, keeps only the plural forms."""
    options = ["-no-obsolete", "-locations", "none"]
    return [*options, "-pluralonly"] if ts.stem == "careplan_en" else options


def lrelease() -> None:
    for ts in sorted(TRANSLATIONS.glob("careplan_*.ts")):
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
        print(f"compiled {ts.with_suffix('.qm').relative_to(ROOT)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("step", choices=["extract", "init", "update", "compile", "lupdate", "lrelease", "all"])
    parser.add_argument("language", nargs="?", help="for init: the language folder (es, es_ES)")
    args = parser.parse_args()
    step = args.step
    if step == "init":
        if not args.language:
            parser.error("init needs a LANG")
        init(args.language)
        return 0
    steps = {"extract": [extract], "update": [update], "compile": [compile_catalogs], "lupdate": [lupdate],
             "lrelease": [lrelease], "all": [extract, update, compile_catalogs, lupdate, lrelease]}[step]
    for run in steps:
        run()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
