"""Store URLs: what is accepted, and that a password is never shown or saved."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from careplan.storage.preferences import Preferences, load_preferences, save_preferences
from careplan.storage.store.engine import describe_raw, display_url, has_password, parse_store_url
from careplan.storage.store.errors import StoreError
from careplan.storage.store.identity import check_clinic_id


@pytest.mark.parametrize(("raw", "driver"), [
    ("postgresql://dr@db.clinic/careplan", "postgresql+psycopg"),
    ("postgres://dr@db.clinic/careplan", "postgresql+psycopg"),
    ("postgresql+psycopg2://dr@db.clinic/careplan", "postgresql+psycopg"),
    ("sqlite:////srv/careplan/store.db", "sqlite"),
])
def test_accepted_urls_always_use_psycopg_3_for_postgres(raw: str, driver: str) -> None:
    assert parse_store_url(raw).drivername == driver


@pytest.mark.parametrize("raw", ["", "mysql://db/careplan", "sqlite://", "sqlite:///:memory:", "not a url"])
def test_other_urls_are_refused_in_one_line(raw: str) -> None:
    with pytest.raises(StoreError) as caught:
        parse_store_url(raw)
    assert "\n" not in str(caught.value)


def test_a_password_is_never_displayed_and_tls_options_are_kept() -> None:
    raw = "postgresql://dr:hunter2@db.clinic:5433/careplan?sslmode=verify-full&sslrootcert=/etc/clinic-ca.crt"
    shown = display_url(raw)
    assert "hunter2" not in shown and shown.startswith("postgresql://dr@db.clinic:5433/careplan?")
    assert "sslmode=verify-full" in shown and "sslrootcert=" in shown
    assert parse_store_url(raw).query["sslmode"] == "verify-full"
    assert has_password(raw) and not has_password("postgresql://dr@db.clinic/careplan")
    assert "hunter2" not in describe_raw("weird://dr:hunter2@somewhere")


def test_clinic_ids_are_plain() -> None:
    assert check_clinic_id("main-street.2") == "main-street.2"
    for bad in ("", "two words", "x" * 65, "-leading", "north;drop"):
        with pytest.raises(StoreError):
            check_clinic_id(bad)


def test_preferences_never_hold_a_store_password(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="no password"):
        Preferences(store_url="postgresql://dr:hunter2@db.clinic/careplan")
    # model_copy(update=...) skips validation; saving checks again and writes nothing.
    sneaky = Preferences().model_copy(update={"store_url": "postgresql://dr:hunter2@db.clinic/careplan"})
    path = tmp_path / "preferences.json"
    with pytest.raises(ValidationError):
        save_preferences(sneaky, path)
    assert not path.exists()
    save_preferences(Preferences(store_url="postgresql://dr@db.clinic/careplan", store_clinic_id="north"), path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["store_url"] == "postgresql://dr@db.clinic/careplan" and "hunter2" not in path.read_text(encoding="utf-8")
    assert load_preferences(path).store_clinic_id == "north"
