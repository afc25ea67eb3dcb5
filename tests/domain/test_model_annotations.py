"""The domain's pydantic models carry evaluated annotations, not strings (decision 0025).

With ``from __future__ import annotations`` in a model module, pydantic compiles every field's
annotation from a string again in each process; evaluated as the class is defined, it reads them.
"""

import importlib
import pkgutil

import pytest
from pydantic import BaseModel

import careplan.domain
import careplan.export
import careplan.storage


def _models() -> list[type[BaseModel]]:
    # Every module below the GUI: the models live there (and nothing there imports Qt).
    for package in (careplan.domain, careplan.storage, careplan.export):
        for module in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            importlib.import_module(module.name)
    found: list[type[BaseModel]] = []
    pending = list(BaseModel.__subclasses__())
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if cls.__module__.startswith("careplan."):
            found.append(cls)
    return found


def test_the_domain_defines_models_to_look_at() -> None:
    assert len({cls.__module__ for cls in _models()}) >= 8


@pytest.mark.parametrize("cls", _models(), ids=lambda cls: f"{cls.__module__}.{cls.__qualname__}")
def test_annotations_are_evaluated(cls: type[BaseModel]) -> None:
    strings = {name: ann for name, ann in vars(cls).get("__annotations__", {}).items() if isinstance(ann, str)}
    assert not strings, f"{cls.__qualname__} has string annotations: {strings}"
