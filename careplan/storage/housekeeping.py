"""Start-up housekeeping: Careplan's folders owner-only, and temp files of interrupted saves removed."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from careplan.storage.atomic import remove_stale_temp_files
from careplan.storage.paths import (
    config_dir,
    data_dir,
    ensure_private_dir,
    log_dir,
    personal_templates_dir,
    recovery_dir,
)


def own_folders() -> list[Path]:
    """The folders Careplan creates for itself (data, recovery, templates, logs, config)."""
    return [data_dir(), recovery_dir(), personal_templates_dir(), log_dir(), config_dir()]


def clean_up_at_start(plan_folders: Iterable[Path] = ()) -> list[Path]:
    """Make Careplan's existing folders owner-only and remove leftovers of interrupted saves.

    An interrupted save leaves a hidden ``.<name>.<pid>.<random>.tmp`` file holding a whole
    plan beside its target; ``plan_folders`` are where plans were saved (recent files), so
    those leftovers go too. Returns the files removed.
    """
    removed: list[Path] = []
    for folder in own_folders():
        if folder.is_dir():
            ensure_private_dir(folder)
            removed += remove_stale_temp_files(folder)
    for folder in {Path(f) for f in plan_folders}:
        if folder.is_dir():
            removed += remove_stale_temp_files(folder)
    return removed
