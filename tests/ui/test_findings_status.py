"""Honest status: the tab shows the worst open finding, rule ids stay in a details line, MME floors say so."""

from __future__ import annotations

from careplan.domain.plan import CarePlan, MedicationItem, MedicationModule, Patient
from careplan.storage.plan_files import load_plan
from careplan.ui.findings.findings_controller import item_names
from careplan.ui.findings.findings_view import detail_html
from careplan.ui.icons import icon
from careplan.ui.main_window import MainWindow
from tests.ui.conftest import EXAMPLES


def tab_icon_key(window: MainWindow) -> int:
    return window.workspace.tabs.tabIcon(0).cacheKey()


def test_tab_icon_shows_the_worst_open_finding(window: MainWindow) -> None:
    ws = window.workspace
    ws.document.reset(load_plan(EXAMPLES / "critical-nsaid-bleeding.careplan.json"), None)
    ws.edits.set_field(("patient", "conditions"), ["heart_failure"], "conditions")  # NSAID-CONDITION: a warning
    report = ws.monitor.report
    assert report.blocking
    assert tab_icon_key(window) == icon("severity-critical").cacheKey()
    for finding in report.blocking:
        ws.edits.acknowledge(finding.rule, list(finding.items), "weekly INR", "Dr T", finding.title)
    report = ws.monitor.report
    assert not report.blocking and any(f.severity == "warning" and not f.acknowledged for f in report.findings)
    # Critical findings acknowledged, warnings still open: a warning sign, never a green tick.
    assert tab_icon_key(window) == icon("severity-warning").cacheKey()
    assert "warning" in ws.tabs.tabToolTip(0) and "acknowledged" in ws.tabs.tabToolTip(0)
    for finding in report.findings:
        if not finding.acknowledged:
            ws.edits.acknowledge(finding.rule, list(finding.items), "reviewed with the patient", "Dr T", finding.title)
    assert tab_icon_key(window) == icon("acknowledged").cacheKey()
    assert ws.tabs.tabToolTip(0).startswith("Nothing open")


def test_rule_ids_only_in_the_details_line(window: MainWindow) -> None:
    ws = window.workspace
    ws.document.reset(load_plan(EXAMPLES / "critical-nsaid-bleeding.careplan.json"), None)
    model = ws.findings.model
    for row in range(model.rowCount()):
        finding = model.finding(row)
        assert finding is not None
        assert finding.rule not in model.data(model.index(row, 0))
        html = detail_html(finding, item_names(ws.document.plan, ws.catalog))
        assert html.count(finding.rule) == 1
        assert html.index(finding.rule) > html.index("Details:") > html.index(finding.title)


def test_empty_module_finding_names_the_module_in_words(window: MainWindow) -> None:
    window.workspace.edits.add_module("cbt")
    titles = [f.title for f in window.workspace.monitor.report.findings]
    assert "Module 1 (CBT for pain) is empty" in titles
    assert not any("#" in t or " cbt " in t for t in titles)


def test_uncounted_opioid_makes_the_mme_a_floor(window: MainWindow) -> None:
    # A tablet without a strength: its amount a day cannot be counted (DOSE-UNCOUNTED).
    plan = CarePlan(title="T", patient=Patient(name="A"), modules=[MedicationModule(items=[
        MedicationItem(drug="oxycodone", dose=1, unit="tablet", times_per_day=2)])])
    window.workspace.document.reset(plan, None)
    assert not window.workspace.monitor.report.mme.complete
    assert window.workspace.status.mme.text().startswith("MME at least")


def test_acknowledgement_records_figures_and_lapses_when_the_dose_rises(window: MainWindow) -> None:
    ws = window.workspace
    ws.document.reset(load_plan(EXAMPLES / "critical-opioid-mme.careplan.json"), None)
    finding = next(f for f in ws.monitor.report.blocking if f.rule == "OPIOID-MME")
    assert ws.edits.acknowledge(finding.rule, list(finding.items), "palliative, reviewed weekly", "Dr T", finding.title)
    ack = ws.document.plan.acknowledgements[-1]
    assert ack.seen is not None and ack.seen.mme is not None and ack.seen.mme > 0
    assert not any(f.rule == "OPIOID-MME" for f in ws.monitor.report.blocking)
    opioid = next(i for i in ws.document.plan.medication_items() if i.id in finding.items)
    module = next(m for m in ws.document.plan.modules if opioid in getattr(m, "items", []))
    ws.edits.set_field(("modules", module.id, "items", opioid.id, "dose"), opioid.dose * 2, "dose")
    lapsed = next(f for f in ws.monitor.report.findings if f.rule == "OPIOID-MME")
    assert lapsed.blocking and lapsed.acknowledgement_lapsed
    model = ws.findings.model
    texts = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert any(t.endswith("acknowledgement no longer covers it") for t in texts)


def test_the_panel_reads_a_repeated_clause_once_with_its_count_as_the_summary_prints_it() -> None:
    from careplan.domain.findings import Finding
    from careplan.export.summary_safety import detail_lines

    same = "Tramadol 50 mg 1 tablet, up to 4×/day (ingredient tramadol)"
    detail = "; ".join([same, "Tapentadol 50 mg 1 tablet, 2×/day", same, same, "Oxycodone 5 mg", "Morphine 10 mg"])
    finding = Finding(rule="ALLERGY", severity="critical", title="Recorded allergy: opioids", detail=detail)
    html = detail_html(finding, {})
    assert html.count("Tramadol 50 mg") == 1 and "(3 entries)" in html
    assert html.count("<br>") == 3  # five clauses: a list, one a line
    # The same clauses, in the same order, as the printed summary.
    printed = [line.rstrip(";") for line in detail_lines(detail)]
    shown = html.split("</b></p><p>", 1)[1].split("</p>", 1)[0].split(";<br>")
    assert shown == printed
    short = detail_html(Finding(rule="X", severity="info", title="t", detail="A = 1; B = 2"), {})
    assert "<p>A = 1; B = 2</p>" in short


def test_the_acknowledge_dialog_reads_the_detail_as_the_panel_does_and_escapes_the_words(window: MainWindow) -> None:
    from PySide6.QtWidgets import QLabel

    from careplan.domain.findings import Finding
    from careplan.ui.findings.acknowledge_dialog import AcknowledgeDialog

    same = "Naproxen 250 mg 1 tablet, 2×/day"
    finding = Finding(rule="ALLERGY", severity="critical", title='Recorded allergy: <b>"naproxen"</b>',
                      detail="; ".join([same, same, "Celecoxib 100 mg", same, "Meloxicam 7.5 mg", "Diclofenac 50 mg"]))
    dialog = AcknowledgeDialog(finding, parent=window)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("&lt;b&gt;&quot;naproxen&quot;&lt;/b&gt;" in t for t in texts)  # the words as written, never markup
    detail = next(t for t in texts if "Celecoxib" in t)
    assert detail.count("Naproxen 250 mg") == 1 and "(3 entries)" in detail and detail.count("<br>") == 3
    dialog.reject()
