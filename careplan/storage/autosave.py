"""Recovery copies written while a plan has unsaved changes, offered again after a crash."""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from careplan.domain.plan import CarePlan, utc_now
from careplan.storage.atomic import atomic_write_bytes
from careplan.storage.errors import PlanFileError
from careplan.storage.paths import ensure_private_dir
from careplan.storage.plan_files import decode_document, parse_document, read_bytes_limited, to_document

SUFFIX = ".recovery.json"


@dataclass(frozen=True)
class Recovery:
    key: str
    path: Path
    saved_at: datetime
    original_path: Path | None
    title: str

    def load(self) -> CarePlan:
        return parse_document(_plan_document(self.path))


def _plan_document(path: Path) -> dict[str, Any]:
    try:
        wrapper = json.loads(read_bytes_limited(path).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PlanFileError(f"the recovery copy is damaged: {exc}") from None
    if not isinstance(wrapper, dict) or not isinstance(wrapper.get("plan"), dict):
        raise PlanFileError("the recovery copy is damaged")
    # Re-run the plan file checks on the embedded document.
    return decode_document(json.dumps(wrapper["plan"]).encode("utf-8"))


class RecoveryStore:
    """One recovery file per open document, keyed by a session key the GUI chooses."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def _path(self, key: str) -> Path:
        safe = "".join(ch for ch in key if ch.isalnum() or ch in "-_") or "plan"
        return self.folder / f"{safe}{SUFFIX}"

    def write(self, plan: CarePlan, original_path: Path | None, key: str) -> Path:
        ensure_private_dir(self.folder)
        wrapper = {
            "saved_at": utc_now().isoformat(),
            "original_path": str(original_path) if original_path else None,
            "plan": to_document(plan),
        }
        path = self._path(key)
        atomic_write_bytes(path, json.dumps(wrapper, ensure_ascii=False).encode("utf-8"), keep_backup=False)
        return path

    def pending(self) -> list[Recovery]:
        """Recovery copies left behind, newest first; damaged ones are skipped."""
        found: list[Recovery] = []
        if not self.folder.is_dir():
            return found
        for path in self.folder.glob(f"*{SUFFIX}"):
            try:
                wrapper = json.loads(read_bytes_limited(path).decode("utf-8"))
                saved_at = datetime.fromisoformat(wrapper["saved_at"])
                original = wrapper.get("original_path")
                title = str(wrapper["plan"].get("title") or "Untitled plan")
            except (OSError, ValueError, KeyError, TypeError, AttributeError, PlanFileError):
                continue
            found.append(
                Recovery(
                    key=path.name[: -len(SUFFIX)],
                    path=path,
                    saved_at=saved_at,
                    original_path=Path(original) if original else None,
                    title=title,
                )
            )
        return sorted(found, key=lambda r: r.saved_at, reverse=True)

    def discard(self, key: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self._path(key).unlink()
