"""``careplan export --language`` and the patient's language: the handout's language, the review
warning on stderr, refusals with exit 2 and no file written, FHIR Patient.communication."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from careplan.cli import main
from careplan.domain.languages import LanguageReview
from careplan.export.patient_catalog import MissingPhrase, catalog_version
from careplan.storage.paths import preferences_path
from careplan.storage.preferences import Preferences, save_preferences

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "knee-oa.careplan.json"


@pytest.fixture
def template_plan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A plan made from a built-in template (its wording is in the Spanish catalog)."""
    path = tmp_path / "knee.careplan.json"
    assert main(["new", "--template", "knee-osteoarthritis", "-o", str(path)]) == 0
    data = json.loads(path.read_text(encoding="utf-8"))
    data["patient"].update({"name": "Alex Sample", "jurisdiction": "US-TX"})
    path.write_text(json.dumps(data), encoding="utf-8")
    capsys.readouterr()
    return path


def _text(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def _plan(tmp_path: Path, source: Path = EXAMPLE, **patient: object) -> Path:
    data = json.loads(source.read_text(encoding="utf-8"))
    data["patient"].update(patient)
    path = tmp_path / "plan.careplan.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_language_option_makes_a_spanish_handout_and_warns_until_reviewed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], template_plan: Path) -> None:
    out = tmp_path / "h.pdf"
    assert main(["export", str(template_plan), "--handout", str(out), "--language", "es"]) == 0
    err = capsys.readouterr().err
    assert "warning: the Spanish handout wording" in err and "not been reviewed" in err
    assert "Su plan de cuidados" in _text(out)
    save_preferences(Preferences(language_reviews=[LanguageReview(
        language="es", catalog_version=catalog_version("es"), reviewed_by="Dr R", reviewed_on=date(2026, 12, 1))]),
        preferences_path())
    assert main(["export", str(template_plan), "--handout", str(out), "--language", "es"]) == 0
    assert "warning" not in capsys.readouterr().err


def test_the_patients_language_chooses_the_handouts_and_language_en_overrides(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], template_plan: Path) -> None:
    plan = _plan(tmp_path, template_plan, language="es-MX")
    out = tmp_path / "h.pdf"
    assert main(["export", str(plan), "--handout", str(out), "--summary", str(tmp_path / "s.pdf")]) == 0
    assert "Su plan de cuidados" in _text(out)
    assert "not been reviewed" in capsys.readouterr().err
    summary = _text(tmp_path / "s.pdf")
    assert "Clinician summary" in summary and "Handout language Spanish (es-MX)" in summary
    assert main(["export", str(plan), "--handout", str(out), "--language", "en"]) == 0
    assert "Your care plan" in _text(out)
    assert "warning" not in capsys.readouterr().err


@pytest.mark.parametrize("tag, message", [("xx-YY-ZZ", "not a language tag"), ("fr", "no handout wording in fr")])
def test_an_unusable_language_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str], tag: str,
                                         message: str) -> None:
    out = tmp_path / "h.pdf"
    assert main(["export", str(EXAMPLE), "--handout", str(out), "--language", tag]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_a_patient_language_without_wording_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = _plan(tmp_path, language="fr")
    out = tmp_path / "h.pdf"
    assert main(["export", str(plan), "--handout", str(out)]) == 2
    assert "the patient reads fr" in capsys.readouterr().err
    assert not out.exists()


def test_english_plan_text_is_refused_with_exit_2_naming_the_field(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], template_plan: Path) -> None:
    data = json.loads(template_plan.read_text(encoding="utf-8"))
    data["goals"].append({"text": "Walk the dog to the park every day"})
    plan = tmp_path / "p.careplan.json"
    plan.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "h.pdf"
    assert main(["export", str(plan), "--handout", str(out), "--language", "es"]) == 2
    err = capsys.readouterr().err
    assert "goals[" in err and "reads as English" in err
    assert not out.exists()


def test_a_missing_phrase_fails_the_export_naming_it(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import careplan.export

    def missing(*_: object) -> bytes:
        raise MissingPhrase("es", "medicine", "A sentence nobody translated.")

    monkeypatch.setattr(careplan.export, "render_handout", missing)
    out = tmp_path / "h.pdf"
    assert main(["export", str(EXAMPLE), "--handout", str(out), "--language", "es"]) == 2
    assert "[medicine]" in capsys.readouterr().err and not out.exists()


def test_fhir_patient_communication_carries_the_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from fhir.resources.R4B.bundle import Bundle

    plan = _plan(tmp_path, language="es-US")
    out = tmp_path / "b.json"
    assert main(["export", str(plan), "--fhir", str(out)]) == 0
    bundle = json.loads(out.read_text(encoding="utf-8"))
    Bundle.model_validate(bundle)
    patient = next(e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient")
    assert patient["communication"] == [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": "es-US"}],
                                                      "text": "Spanish (es-US)"}, "preferred": True}]


def test_a_language_tag_is_normalised_and_a_bad_one_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(_plan(tmp_path, language="ES_mx"))]) == 0
    capsys.readouterr()
    assert main(["validate", str(_plan(tmp_path, language="Spanish please"))]) == 2
    assert "language" in capsys.readouterr().err
