"""Explicit migrations from each older schema_version of a plan file to the next one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from careplan.domain.advice import classify_advice
from careplan.domain.catalog import CatalogIndex, load_catalog
from careplan.domain.codes import SCHEMA_VERSION

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _from_0(data: dict[str, Any]) -> dict[str, Any]:
    """Version 0 (pre-release files) named the follow-up interval ``followup_weeks`` at top level."""
    data = dict(data)
    weeks = data.pop("followup_weeks", None)
    if weeks is not None:
        follow_up = dict(data.get("follow_up") or {})
        follow_up.setdefault("interval_weeks", weeks)
        data["follow_up"] = follow_up
    data["schema_version"] = 1
    return data


# Strengths that exist only as naproxen sodium (220 mg OTC, 275 and 550 mg Rx). Version 1 had no
# naproxen-sodium id, so a "naproxen" dose that is a whole number of these was the salt.
_NAPROXEN_SODIUM_MG: tuple[float, ...] = (220.0, 275.0)
_NAPROXEN_BASE_MG: tuple[float, ...] = (250.0, 375.0)
_MG: dict[str, float] = {"mg": 1.0, "g": 1000.0, "mcg": 0.001}


def _multiple_of(value: float, bases: tuple[float, ...]) -> bool:
    return any(abs(value / base - round(value / base)) < 1e-9 and round(value / base) >= 1 for base in bases)


def _item_to_2(item: dict[str, Any], catalog: CatalogIndex) -> dict[str, Any]:
    """One medication item from version 1 to 2, keeping what it meant."""
    item = dict(item)
    drug = catalog.drugs.get(item.get("drug") or "")
    if drug is None:
        return item
    if drug.rescue:
        # Version 1 had to give naloxone a PRN cap ("max 1 a day"); version 2 knows it as a
        # rescue medicine that is never scheduled.
        for key in ("prn", "max_per_day", "times_per_day"):
            item.pop(key, None)
        return item
    unit = item.get("unit", "mg")
    dose = item.get("dose")
    if drug.id == "naproxen" and unit in _MG and isinstance(dose, (int, float)) and not isinstance(dose, bool):
        mg = dose * _MG[unit]
        if _multiple_of(mg, _NAPROXEN_SODIUM_MG) and not _multiple_of(mg, _NAPROXEN_BASE_MG):
            item["drug"] = "naproxen-sodium"
    interval = drug.default_interval_hours(unit)
    if interval is not None and not item.get("prn") and item.get("times_per_day") == 1:
        # A version-1 patch "once a day" only said it was on; its release rate was the dose.
        # Version 2 says how often it is changed, from the product's label (fentanyl: 72 h).
        item.pop("times_per_day")
        item["interval_hours"] = interval
    return item


def _from_1(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 adds the dose model (strengths, intervals, timing, rescue medicines) and the
    flare plan's medicines chosen by item id."""
    catalog = load_catalog()
    data = dict(data)
    modules = data.get("modules")
    if isinstance(modules, list):
        new_modules: list[Any] = []
        for module in modules:
            if isinstance(module, dict) and module.get("kind") == "medication" and isinstance(module.get("items"), list):
                module = {**module, "items": [_item_to_2(i, catalog) if isinstance(i, dict) else i for i in module["items"]]}
            new_modules.append(module)
        data["modules"] = new_modules
    patient = data.get("patient")
    if isinstance(patient, dict) and isinstance(patient.get("current_medications"), list):
        data["patient"] = {
            **patient,
            "current_medications": [
                _item_to_2(i, catalog) if isinstance(i, dict) else i for i in patient["current_medications"]
            ],
        }
    flare = data.get("flare_plan")
    if isinstance(flare, dict):
        # Version 1's "may take" was free text only. It stays as text, with nothing chosen from
        # the plan: the text may name no medicine of the plan (FLARE-UNLISTED then says so).
        data["flare_plan"] = {**flare, "may_take_items": []}
    data["schema_version"] = 2
    return data


# Version 3 (the third wave) is made of independent steps, each a pure function of the decoded
# document that keeps its meaning; they run in this order. A step must accept whatever shape an
# older file may hold (bad shapes are left for the model's own validation to name).


def _flare_steps_typed(data: dict[str, Any]) -> dict[str, Any]:
    """Flare-plan steps were plain text; version 3 types each as ``{"kind", "text"}`` so that the
    advice rules can read it. The words stay as they were; the kind is guessed from them
    (:func:`careplan.domain.advice.classify_advice`) and shown in the editor to be checked."""
    flare = data.get("flare_plan")
    if not isinstance(flare, dict) or not isinstance(flare.get("steps"), list):
        return data
    steps = [{"kind": classify_advice(step), "text": step} if isinstance(step, str) else step
             for step in flare["steps"]]
    return {**data, "flare_plan": {**flare, "steps": steps}}


STEPS_TO_3: list[Migration] = [_flare_steps_typed]


def _from_2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 3 adds the third wave's fields (see DESIGN.md); each step converts what changed."""
    data = dict(data)
    for step in STEPS_TO_3:
        data = step(data)
    data["schema_version"] = 3
    return data


# MIGRATIONS[n] turns a version-n document into version n + 1.
MIGRATIONS: dict[int, Migration] = {0: _from_0, 1: _from_1, 2: _from_2}


class MigrationError(ValueError):
    pass


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring a decoded document up to the current schema version, one step at a time."""
    version = data.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise MigrationError("'schema_version' is missing or not a whole number")
    if version > SCHEMA_VERSION:
        raise MigrationError(
            f"the file uses schema version {version}, newer than this Careplan understands "
            f"(version {SCHEMA_VERSION}); update Careplan to open it"
        )
    if version < 0:
        raise MigrationError(f"schema version {version} is not valid")
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version = data["schema_version"]
    return data
