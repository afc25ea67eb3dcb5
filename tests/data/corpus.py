"""The bad-input corpus: every file in tests/data/bad/, what it holds and what Careplan must say.

Each case is (file name, contents, expected). ``expected`` is a fragment of the one-line error
every entry point must give (the command line with exit code 2, the GUI in a dialog); None
means the file is odd but valid and must be handled cleanly (it loads, checks and exports).
`python -m tests.data.corpus` rewrites the files from this table; a test checks they agree.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

BAD = Path(__file__).resolve().parent / "bad"


def base() -> dict[str, Any]:
    """A small valid plan: every case changes one thing in it."""
    return {
        "format": "careplan",
        "schema_version": 1,
        "id": "corpus-plan",
        "title": "Low back pain",
        "created_at": "2026-11-24T10:00:00Z",
        "updated_at": "2026-11-24T10:00:00Z",
        "patient": {"name": "Zoë Ñúñez", "date_of_birth": "1961-03-04", "age": 65, "jurisdiction": "US-TX"},
        "goals": [{"id": "g1", "text": "Walk to the shop and back", "due": "2027-02-01"}],
        "modules": [
            {"kind": "medication", "id": "meds", "items": [
                {"id": "m1", "drug": "acetaminophen", "dose": 500, "unit": "mg", "times_per_day": 3}]},
            {"kind": "physiotherapy", "id": "physio", "exercises": [{"id": "e1", "exercise": "bridge", "sets": 2, "reps": 10}]},
        ],
        "follow_up": {"interval_weeks": 4},
        "notes": "",
    }


def doc(change: Callable[[dict[str, Any]], object]) -> bytes:
    data = base()
    change(data)
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def item(data: dict[str, Any]) -> dict[str, Any]:
    medicine: dict[str, Any] = data["modules"][0]["items"][0]
    return medicine


def raw_doc(fragment: str) -> bytes:
    """The base document with ``"notes": ""`` replaced by raw JSON text (for what json.dumps cannot write)."""
    text = json.dumps(base(), ensure_ascii=False)
    return text.replace('"notes": ""', fragment).encode("utf-8")


def _many_medicines(n: int) -> Callable[[dict[str, Any]], object]:
    def change(d: dict[str, Any]) -> None:
        d["modules"][0]["items"] = [{"id": f"m{i}", "drug": "acetaminophen", "dose": 1, "times_per_day": 1} for i in range(n)]
    return change


def _lots_of_text(d: dict[str, Any]) -> None:
    # Every field under its own cap, the plan over its text budget.
    d["modules"][0]["items"] = [{"id": f"m{i}", "drug": "acetaminophen", "dose": 1, "times_per_day": 1,
                                 "instructions": "take with water " * 120} for i in range(60)]


def _nested(depth: int) -> bytes:
    return raw_doc('"notes": "", "x": ' + "[" * depth + "]" * depth)


CASES: list[tuple[str, bytes, str | None]] = [
    # --- not JSON, or not the JSON of a plan -----------------------------------------------------
    ("empty.careplan.json", b"", "the file is empty"),
    ("whitespace-only.careplan.json", b" \n\t\n ", "the file is empty"),
    ("png-image.careplan.json", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "binary"),
    ("latin-1-text.careplan.json", '{"format": "careplan", "title": "Zo\u00eb"}'.encode("latin-1"), "not UTF-8"),
    ("utf-16.careplan.json", json.dumps(base()).encode("utf-16"), "binary"),
    ("truncated.careplan.json", doc(lambda d: None)[:200], "not valid JSON"),
    ("trailing-garbage.careplan.json", doc(lambda d: None) + b"\n}}} extra", "not valid JSON"),
    ("top-level-array.careplan.json", b"[1, 2, 3]", "top level is not a JSON object"),
    ("top-level-string.careplan.json", b'"careplan"', "top level is not a JSON object"),
    ("top-level-null.careplan.json", b"null", "top level is not a JSON object"),
    ("nan.careplan.json", raw_doc('"notes": NaN'), "NaN is not a number"),
    ("infinity.careplan.json", raw_doc('"notes": Infinity'), "Infinity is not a number"),
    ("minus-infinity.careplan.json", raw_doc('"notes": -Infinity'), "-Infinity is not a number"),
    ("overflowing-float.careplan.json", doc(lambda d: None).replace(b'"dose": 500', b'"dose": 1e400'), "1e400 is too large"),
    ("huge-integer.careplan.json", doc(lambda d: None).replace(b'"dose": 500', b'"dose": ' + b"9" * 400), "too large for a plan"),
    ("deep-nesting.careplan.json", b"[" * 100_000 + b"]" * 100_000, "nested far deeper"),
    ("nesting-100.careplan.json", _nested(100), "nested far deeper"),
    ("duplicate-top-key.careplan.json", raw_doc('"notes": "", "title": "second title"'), "'title' appears twice"),
    ("duplicate-nested-key.careplan.json", doc(lambda d: None).replace(b'"dose": 500', b'"dose": 500, "dose": 5000'), "'dose' appears twice"),
    ("lone-surrogate-name.careplan.json", doc(lambda d: None).replace("Zoë".encode(), b"Zo\\ud800"), "patient.name: contains invalid Unicode"),
    ("lone-surrogate-key.careplan.json", raw_doc('"notes": "", "\\udfff": 1'), "field name contains invalid Unicode"),
    ("format-missing.careplan.json", doc(lambda d: d.pop("format")), "'format' field is missing"),
    ("format-word-doc.careplan.json", doc(lambda d: d.update(format="word-doc")), "'format' is 'word-doc'"),
    ("format-number.careplan.json", doc(lambda d: d.update(format=7)), "'format' is '7'"),
    ("schema-version-missing.careplan.json", doc(lambda d: d.pop("schema_version")), "'schema_version' is missing"),
    ("schema-version-99.careplan.json", doc(lambda d: d.update(schema_version=99)), "newer than this Careplan"),
    ("schema-version-string.careplan.json", doc(lambda d: d.update(schema_version="1")), "'schema_version' is missing or not a whole number"),
    ("schema-version-true.careplan.json", doc(lambda d: d.update(schema_version=True)), "'schema_version' is missing or not a whole number"),
    ("schema-version-negative.careplan.json", doc(lambda d: d.update(schema_version=-1)), "schema version -1 is not valid"),
    ("schema-version-fraction.careplan.json", doc(lambda d: d.update(schema_version=1.5)), "'schema_version' is missing or not a whole number"),
    # --- loose types -----------------------------------------------------------------------------
    ("dose-true.careplan.json", doc(lambda d: item(d).update(dose=True)), "modules[0].items[0].dose: must be a number written without quotes (got true)"),
    ("dose-string.careplan.json", doc(lambda d: item(d).update(dose="400")), "modules[0].items[0].dose: must be a number written without quotes (got '400')"),
    ("dose-null.careplan.json", doc(lambda d: item(d).update(dose=None)), "modules[0].items[0].dose"),
    ("times-per-day-fraction.careplan.json", doc(lambda d: item(d).update(times_per_day=2.5)), "times_per_day: must be a whole number"),
    ("times-per-day-string.careplan.json", doc(lambda d: item(d).update(times_per_day="3")), "times_per_day: must be a whole number written without quotes"),
    ("prn-string.careplan.json", doc(lambda d: item(d).update(prn="yes")), "prn: must be true or false"),
    ("updated-at-number.careplan.json", doc(lambda d: d.update(updated_at=5)), "updated_at: must be a date and time"),
    ("created-at-words.careplan.json", doc(lambda d: d.update(created_at="yesterday")), "created_at: must be a date and time"),
    ("due-impossible-date.careplan.json", doc(lambda d: d["goals"][0].update(due="2027-13-45")), "goals[0].due: must be a date written as YYYY-MM-DD"),
    ("due-number.careplan.json", doc(lambda d: d["goals"][0].update(due=20270201)), "goals[0].due: must be a date written as YYYY-MM-DD"),
    ("title-number.careplan.json", doc(lambda d: d.update(title=42)), "title: must be text"),
    ("modules-object.careplan.json", doc(lambda d: d.update(modules={"kind": "medication"})), "modules: must be a list"),
    ("patient-string.careplan.json", doc(lambda d: d.update(patient="Zoë Ñúñez")), "patient: must be an object"),
    ("goals-null.careplan.json", doc(lambda d: d.update(goals=None)), "goals: must be a list"),
    # --- numbers and dates out of range ----------------------------------------------------------
    ("dose-1e308.careplan.json", doc(lambda d: item(d).update(dose=1e308)), "modules[0].items[0].dose: is far too large"),
    ("dose-zero.careplan.json", doc(lambda d: item(d).update(dose=0)), "a dose must be more than zero"),
    ("dose-negative.careplan.json", doc(lambda d: item(d).update(dose=-5)), "a dose must be more than zero"),
    ("times-per-day-zero.careplan.json", doc(lambda d: item(d).update(times_per_day=0)), "times_per_day: must be at least 1"),
    ("times-per-day-1000.careplan.json", doc(lambda d: item(d).update(times_per_day=1000)), "times_per_day: must be at most 24"),
    ("due-year-1.careplan.json", doc(lambda d: d["goals"][0].update(due="0001-01-01")), "goals[0].due: the year 1 is outside 1900 to 2200"),
    ("created-year-9999-tz.careplan.json", doc(lambda d: d.update(created_at="9999-12-31T23:59:59-05:00")), "created_at: the year 9999 is outside"),
    ("updated-edge-tz.careplan.json", doc(lambda d: d.update(updated_at="2200-12-31T23:00:00-05:00")), "updated_at: the year 2201 is outside"),
    ("dob-year-1.careplan.json", doc(lambda d: d["patient"].update(date_of_birth="0001-01-01")), "patient.date_of_birth: the year 1 is outside"),
    ("start-year-9999.careplan.json", doc(lambda d: item(d).update(start="9999-01-01")), "modules[0].items[0].start: the year 9999 is outside"),
    ("next-visit-2500.careplan.json", doc(lambda d: d["follow_up"].update(next_visit="2500-01-01")), "follow_up.next_visit: the year 2500 is outside"),
    ("age-200.careplan.json", doc(lambda d: d["patient"].update(age=200)), "patient.age: must be at most 130"),
    ("alcohol-negative.careplan.json", doc(lambda d: d["patient"].update(alcohol_drinks_per_week=-1)), "alcohol_drinks_per_week: must be at least 0"),
    ("peg-two-items.careplan.json", doc(lambda d: d.update(pain={"baseline": {"peg": [7, 6]}})), "PEG-3 has exactly three items"),
    ("peg-eleven.careplan.json", doc(lambda d: d.update(pain={"baseline": {"peg": [7, 11, 6]}})), "scored 0 to 10"),
    ("revision-zero.careplan.json", doc(lambda d: d.update(revision=0)), "revision: must be at least 1"),
    # --- sizes -----------------------------------------------------------------------------------
    ("title-too-long.careplan.json", doc(lambda d: d.update(title="T" * 5000)), "title: is too long (5,000 characters); at most 200 fit here"),
    ("title-two-lines.careplan.json", doc(lambda d: d.update(title="Low back\npain")), "title: must be on one line"),
    ("patient-name-huge.careplan.json", doc(lambda d: d["patient"].update(name="N" * 100_000)), "patient.name: is too long (100,000 characters)"),
    ("notes-too-long.careplan.json", doc(lambda d: d.update(notes="n" * 10_001)), "notes: is too long (10,001 characters); at most 10,000"),
    ("instructions-many-lines.careplan.json", doc(lambda d: item(d).update(instructions="line\n" * 1000)), "instructions: is too long"),
    ("goal-many-lines.careplan.json", doc(lambda d: d["goals"][0].update(text="step\n" * 60)), "goals[0].text: has too many lines (61); at most 40"),
    ("too-many-modules.careplan.json", doc(lambda d: d.update(modules=[{"kind": "cbt", "id": f"c{i}"} for i in range(21)])), "modules: has too many entries (21); at most 20"),
    ("too-many-medicines.careplan.json", doc(_many_medicines(201)), "items: has too many entries (201); at most 200"),
    ("too-many-goals.careplan.json", doc(lambda d: d.update(goals=[{"text": f"Goal {i}"} for i in range(21)])), "goals: has too many entries (21); at most 20"),
    ("too-many-sites.careplan.json", doc(lambda d: d.update(pain={"sites": [f"site {i}" for i in range(31)]})), "pain.sites: has too many entries (31); at most 30"),
    ("over-text-budget.careplan.json", doc(_lots_of_text), "characters of text; at most 100,000 fit in one plan"),
    # --- content rules ---------------------------------------------------------------------------
    ("control-character.careplan.json", doc(lambda d: d.update(title="Low back\u0007pain")), "title: contains a control character (U+0007)"),
    ("nul-in-notes.careplan.json", doc(lambda d: d.update(notes="before\u0000after")), "notes: contains a control character (U+0000)"),
    ("unknown-drug.careplan.json", doc(lambda d: item(d).update(drug="unobtainium")), "unknown drug id 'unobtainium'"),
    ("unknown-exercise.careplan.json", doc(lambda d: d["modules"][1]["exercises"][0].update(exercise="levitation")), "levitation"),
    ("unknown-module-kind.careplan.json", doc(lambda d: d["modules"].append({"kind": "reiki"})), "unknown module kind 'reiki'"),
    ("module-without-kind.careplan.json", doc(lambda d: d["modules"].append({"id": "x"})), "modules[2]"),
    ("unknown-top-field.careplan.json", doc(lambda d: d.update(colour="blue")), "colour: is not a field Careplan knows"),
    ("unknown-item-field.careplan.json", doc(lambda d: item(d).update(strength_mg=500)), "strength_mg: is not a field Careplan knows"),
    ("prn-without-cap.careplan.json", doc(lambda d: item(d).update(prn=True, times_per_day=None)), "needs 'max_per_day'"),
    ("stop-before-start.careplan.json", doc(lambda d: item(d).update(start="2027-01-10", stop="2027-01-01")), "stop date is before the start date"),
    ("goal-text-empty.careplan.json", doc(lambda d: d["goals"][0].update(text="")), "goals[0].text"),
    ("sex-unknown-value.careplan.json", doc(lambda d: d["patient"].update(sex="robot")), "patient.sex: 'robot' is not allowed"),
    ("condition-unknown.careplan.json", doc(lambda d: d["patient"].update(conditions=["vampirism"])), "'vampirism' is not allowed"),
    ("jurisdiction-free-text.careplan.json", doc(lambda d: d["patient"].update(jurisdiction="Texas, USA")), "patient.jurisdiction"),
    ("template-with-patient.careplan.json", doc(lambda d: d.update(format="careplan-template")), "a template must not carry a patient block"),
    ("final-without-sign-off.careplan.json", doc(lambda d: d.update(status="final")), "a final plan needs a sign-off"),
    ("kratom-not-accepted.careplan.json", doc(lambda d: d["modules"].append({"kind": "kratom", "id": "k"})), "needs its cautions accepted"),
    ("acknowledgement-no-reason.careplan.json", doc(lambda d: d.update(acknowledgements=[{"rule": "ALLERGY", "reason": ""}])), "acknowledgements[0].reason"),
    ("empty-id.careplan.json", doc(lambda d: d.update(id="")), "id"),
    # --- ids (issue 24): a repeat in a current file is refused naming both places ------------------
    ("duplicate-item-id-v3.careplan.json", doc(lambda d: (d.update(schema_version=3), d["modules"][0]["items"].append(
        {"id": "m1", "drug": "acetaminophen", "dose": 650, "unit": "mg", "times_per_day": 12}))),
     "id 'm1' is used twice: modules[0].items[0] and modules[0].items[1]"),
    ("duplicate-goal-module-id-v3.careplan.json", doc(lambda d: (d.update(schema_version=3), d["goals"][0].update(id="meds"))),
     "id 'meds' is used twice: goals[0] and modules[0]"),
    # --- odd but valid: handled cleanly ----------------------------------------------------------
    ("utf-8-bom.careplan.json", b"\xef\xbb\xbf" + doc(lambda d: None), None),
    ("crlf-line-ends.careplan.json", doc(lambda d: None).replace(b"\n", b"\r\n"), None),
    ("markup-in-text.careplan.json", doc(lambda d: d.update(title="<b>Bold</b> & <font size=90>big</font>", notes="<para>x</para>")), None),
    ("long-unbroken-word.careplan.json", doc(lambda d: d["goals"][0].update(text="W" * 2000)), None),
    ("non-latin-names.careplan.json", doc(lambda d: d["patient"].update(name="Đặng Thị Ñúñez 王芳 محمد")), None),
    ("template-patient-null.careplan.json", doc(lambda d: d.update(format="careplan-template", patient=None)), None),
    ("minimal-plan.careplan.json", b'{"format": "careplan", "schema_version": 1}', None),
    # --- issue 24: line breaks of every kind, C1 controls, older files of the wrong shape, limits --
    ("title-line-separator.careplan.json", doc(lambda d: d.update(title="Low back\u2028pain")), "title: must be on one line"),
    ("title-carriage-return.careplan.json", doc(lambda d: d.update(title="Low back\rpain")), "title: must be on one line"),
    ("goal-nel-lines.careplan.json", doc(lambda d: d["goals"][0].update(text="step\x85" * 60)), "goals[0].text: has too many lines (61); at most 40"),
    ("notes-u2028-lines.careplan.json", doc(lambda d: d.update(notes="n\u2028" * 300)), "notes: has too many lines (301); at most 200"),
    ("notes-cr-lines.careplan.json", doc(lambda d: d.update(notes="n\r" * 300)), "notes: has too many lines (301); at most 200"),
    ("c1-control.careplan.json", doc(lambda d: d.update(title="Low back\x9bpain")), "title: contains a control character (U+009B)"),
    ("v0-follow-up-string.careplan.json", doc(lambda d: d.update(schema_version=0, followup_weeks=4, follow_up="monthly")),
     "follow_up: must be an object"),
    ("v1-drug-list.careplan.json", doc(lambda d: item(d).update(drug=["acetaminophen"])), "modules[0].items[0].drug: must be text"),
    ("v1-unit-list.careplan.json", doc(lambda d: item(d).update(unit=["mg"])), "modules[0].items[0].unit"),
    ("revision-over-limit.careplan.json", doc(lambda d: d.update(revision=10_000)), "revision: must be at most 9999"),
    ("kratom-accepted-by-two-lines.careplan.json", doc(lambda d: d["modules"].append(
        {"kind": "kratom", "id": "k", "cautions_accepted": True, "cautions_accepted_by": "Dr A\nB"})),
     "modules[2].cautions_accepted_by: must be on one line"),
    ("sign-off-name-too-long.careplan.json", doc(lambda d: d.update(status="final", signed_off={
        "name": "D" * 201, "at": "2026-11-24T10:00:00Z"})), "signed_off.name: is too long (201 characters)"),
    # An older file with a repeated id is renumbered (the second holder becomes m1-2) and loads.
    ("duplicate-item-id-v1.careplan.json", doc(lambda d: d["modules"][0]["items"].append(
        {"id": "m1", "drug": "ibuprofen", "dose": 200, "unit": "mg", "times_per_day": 3})), None),
    ("schema-version-0.careplan.json", doc(lambda d: (d.update(schema_version=0, followup_weeks=6), d.pop("follow_up"))), None),
]


# --- templates (issue 24): what `templates import` must refuse, or take with the structure reset --------
TEMPLATES = BAD / "templates"
_HIP = Path(__file__).resolve().parents[2] / "resources" / "templates" / "hip-osteoarthritis.careplan.json"


def template_doc(change: Callable[[dict[str, Any]], object]) -> bytes:
    data: dict[str, Any] = json.loads(_HIP.read_text(encoding="utf-8"))
    data["id"] = "corpus-template"
    change(data)
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def _kratom(d: dict[str, Any]) -> None:
    d["modules"].append({"kind": "kratom", "id": "k", "status": "tapering", "product_form": "extract",
                         "reported_amount": "4 g", "source": "a smoke shop", "cautions_accepted": True,
                         "cautions_accepted_by": "Dr A"})


# (file name, contents, expected): a fragment of the one-line refusal, or None when the template is
# taken and what belongs to a patient or an episode is reset (TEMPLATE_RESET lists what must be gone).
TEMPLATE_CASES: list[tuple[str, bytes, str | None]] = [
    ("nhs-zero-width.careplan.json", template_doc(lambda d: d.update(notes="ref 943\u200b476\u200b5919")), "notes (an NHS number)"),
    ("nhs-dashes.careplan.json", template_doc(lambda d: d.update(notes="ref 943-476-5919")), "notes (an NHS number)"),
    ("nhs-combining.careplan.json", template_doc(lambda d: d.update(notes="".join(c + "\u0336" for c in "9434765919"))),
     "notes (an NHS number)"),
    ("email-fullwidth-at.careplan.json", template_doc(lambda d: d.update(notes="jane\uff20example.org")), "notes (an e-mail address)"),
    ("email-no-dot.careplan.json", template_doc(lambda d: d.update(notes="write to jane@example")), "notes (an e-mail address)"),
    ("date-dd-mon-yyyy.careplan.json", template_doc(lambda d: d["goals"][0].update(text="Since 04-Mar-1961")), "goals[0].text (a full date"),
    ("date-compact-month.careplan.json", template_doc(lambda d: d["goals"][0].update(text="DOB 04MAR1961")), "goals[0].text (a full date"),
    ("date-the-4th.careplan.json", template_doc(lambda d: d.update(notes="March the 4th, 1961")), "notes (a full date"),
    ("uk-mobile.careplan.json", template_doc(lambda d: d["flare_plan"].update(call_if="call +44 7700 900123")),
     "flare_plan.call_if (a phone number)"),
    ("title-phone.careplan.json", template_doc(lambda d: d.update(title="plan 943 476 5919")), "title ("),
    ("mrn-in-notes.careplan.json", template_doc(lambda d: d.update(notes="MRN 12345678")), "notes ("),
    ("patient-block.careplan.json", template_doc(lambda d: d.update(patient={"name": "Zoë Ñúñez"})), "carries a patient block: patient.name"),
    ("a-plan.careplan.json", template_doc(lambda d: d.update(format="careplan")), "carries a plan with a patient block"),
    # Taken, with the structure of one patient and one episode reset:
    ("mrn-in-acknowledgement.careplan.json", template_doc(lambda d: d.update(acknowledgements=[
        {"rule": "NSAID-CONDITION", "reason": "MRN 12345678 renal function checked", "at": "2026-11-24T10:00:00Z"}])), None),
    ("signed-revision-3.careplan.json", template_doc(lambda d: d.update(
        status="final", revision=3, signed_off={"name": "Dr A", "at": "2026-11-24T10:00:00Z"})), None),
    ("episode-dates.careplan.json", template_doc(lambda d: (d["goals"][0].update(due="2027-02-01"),
                                                            d["follow_up"].update(next_visit="2026-12-22"))), None),
    ("reported-kratom-use.careplan.json", template_doc(_kratom), None),
    ("id-spells-a-number.careplan.json", template_doc(lambda d: d.update(id="zoe-943-476-5919")), None),
]
# What no imported template may still hold (as text anywhere in the library's file).
TEMPLATE_RESET = ("12345678", "Dr A", "2027-02-01", "2026-12-22", "smoke shop", "943-476-5919", '"final"', '"revision": 3')

# --- preferences (issue 24): a preferences.json that export must refuse, naming it -------------------
PREFERENCES = BAD / "preferences"
PREFERENCES_CASES: list[tuple[str, bytes, str]] = [
    ("address-5000-lines.json", json.dumps({"clinic_address": "line\n" * 5000}).encode(), "clinic_address: is too long"),
    ("address-u2028-lines.json", json.dumps({"clinic_address": "l\u2028" * 20}).encode(), "clinic_address: has too many lines"),
    ("name-120k.json", json.dumps({"clinic_name": "C" * 120_000}).encode(), "clinic_name: is too long"),
    ("phone-two-lines.json", json.dumps({"clinic_phone": "0207\r946"}).encode(), "clinic_phone: must be on one line"),
    ("clinician-control.json", json.dumps({"clinician_name": "Dr\u0007A"}).encode(), "clinician_name: contains a control character"),
    ("not-json.json", b"{clinic_name: x", "is not valid JSON"),
    ("array.json", b"[1, 2]", "is not a JSON object"),
    ("too-big.json", b'{"clinic_name": "' + b" " * 300_000 + b'"}', "too large"),
]


def write_all() -> None:
    for folder in (BAD, TEMPLATES, PREFERENCES):
        folder.mkdir(exist_ok=True)
    for old in [*BAD.glob("*.careplan.json"), *TEMPLATES.glob("*.careplan.json"), *PREFERENCES.glob("*.json")]:
        old.unlink()
    for name, content, _ in CASES:
        (BAD / name).write_bytes(content)
    for name, content, _ in TEMPLATE_CASES:
        (TEMPLATES / name).write_bytes(content)
    for name, content, _ in PREFERENCES_CASES:
        (PREFERENCES / name).write_bytes(content)


if __name__ == "__main__":
    write_all()
    print(f"wrote {len(CASES)} plan files, {len(TEMPLATE_CASES)} template files and {len(PREFERENCES_CASES)} preferences "
          f"files to {BAD}")
