"""A clinic's own photos of catalog exercises: checked, then kept as owner-only copies in the
user data folder (``exercise-photos/<exercise id>.png|jpg``); the handout and the screen show a
photo instead of the drawing."""

from __future__ import annotations

import contextlib
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from careplan.domain.image_header import HEADER_BYTES, ImageHeaderError, read_header
from careplan.storage.atomic import atomic_write_bytes
from careplan.storage.os_errors import describe_os_error
from careplan.storage.paths import data_dir, ensure_private_dir

# A phone photo is 2-6 MB and 12-24 million pixels; larger is the wrong file (or a trap: a tiny
# file that decodes to gigabytes), and a handout needs far less.
MAX_PHOTO_BYTES = 10 * 1024 * 1024
MAX_PHOTO_PIXELS = 40_000_000
MIN_PHOTO_SIDE = 64
_SUFFIX = {"PNG": ".png", "JPEG": ".jpg"}
# Catalog exercise ids only: the id becomes a file name.
_EXERCISE_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class PhotoError(ValueError):
    """A photo that cannot be used, in one line naming the file and the reason."""


def photos_dir() -> Path:
    return data_dir() / "exercise-photos"


def _read_capped(path: Path) -> bytes:
    # Opened without blocking and checked on the handle: a pipe or device named as a photo is
    # refused instead of stalling, and a file that grows while read is still capped.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise PhotoError(f"photo: {describe_os_error(exc, 'read', path)}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise PhotoError(f"photo {path} is not a regular file")
        if info.st_size > MAX_PHOTO_BYTES:
            raise PhotoError(f"photo {path} is too large ({info.st_size / 1_048_576:.1f} MB; at most "
                             f"{MAX_PHOTO_BYTES // 1_048_576} MB)")
        with os.fdopen(fd, "rb", closefd=True) as handle:
            fd = -1
            data = handle.read(MAX_PHOTO_BYTES + 1)
    except OSError as exc:
        raise PhotoError(f"photo: {describe_os_error(exc, 'read', path)}") from None
    finally:
        if fd >= 0:
            os.close(fd)
    if len(data) > MAX_PHOTO_BYTES:
        raise PhotoError(f"photo {path} is too large (at most {MAX_PHOTO_BYTES // 1_048_576} MB)")
    return data


def check_photo(data: bytes, name: object) -> str:
    """The photo's kind ("PNG" or "JPEG") if ``data`` is a usable photo, else PhotoError.

    The size is read from the header first; only a picture within the pixel cap is decoded.
    """
    try:
        header = read_header(data[:HEADER_BYTES])
    except ImageHeaderError as exc:
        raise PhotoError(f"photo {name} {exc}") from None
    if header.pixels > MAX_PHOTO_PIXELS:
        raise PhotoError(f"photo {name} has too many pixels ({header.width} x {header.height}; at most "
                         f"{MAX_PHOTO_PIXELS // 1_000_000} million)")
    if min(header.width, header.height) < MIN_PHOTO_SIDE:
        raise PhotoError(f"photo {name} is too small to see ({header.width} x {header.height} pixels)")
    import io

    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.size != (header.width, header.height):
                raise PhotoError(f"photo {name} is damaged (its size does not match its header)")
            image.load()
    except PhotoError:
        raise
    except Exception:  # Pillow raises many types for a damaged picture
        raise PhotoError(f"photo {name} is damaged and cannot be read") from None
    return header.kind


@dataclass(frozen=True)
class PhotoLibrary:
    """The clinic's exercise photos in one folder (the user data folder unless given)."""

    folder: Path | None = None

    @property
    def root(self) -> Path:
        return self.folder if self.folder is not None else photos_dir()

    def attach(self, exercise_id: str, source: Path) -> Path:
        """Check ``source`` and keep an owner-only copy for the exercise (replacing an earlier one)."""
        if not _EXERCISE_ID.match(exercise_id):
            raise PhotoError(f"{exercise_id!r} is not an exercise id")
        data = _read_capped(source)
        kind = check_photo(data, source)
        folder = ensure_private_dir(self.root)
        target = folder / f"{exercise_id}{_SUFFIX[kind]}"
        try:
            atomic_write_bytes(target, data, keep_backup=False)
        except OSError as exc:
            raise PhotoError(f"photo for {exercise_id}: {describe_os_error(exc, 'write', target)}") from None
        for other in self._files(exercise_id):
            if other != target:
                with contextlib.suppress(FileNotFoundError):
                    other.unlink()
        return target

    def remove(self, exercise_id: str) -> bool:
        """Forget the exercise's photo; whether there was one."""
        removed = False
        for path in self._files(exercise_id):
            try:
                path.unlink()
                removed = True
            except FileNotFoundError:
                pass
            except OSError as exc:
                raise PhotoError(f"photo for {exercise_id}: {describe_os_error(exc, 'delete', path)}") from None
        return removed

    def _files(self, exercise_id: str) -> list[Path]:
        return [p for p in (self.root / f"{exercise_id}{s}" for s in _SUFFIX.values()) if p.is_file()]

    def path_for(self, exercise_id: str) -> Path | None:
        found = self._files(exercise_id)
        return found[0] if found else None

    def paths(self) -> dict[str, Path]:
        """Every stored photo by exercise id, unchecked (each was checked when it was attached;
        the handout falls back to the drawing for one it cannot read)."""
        if not self.root.is_dir():
            return {}
        return {p.stem: p for p in sorted(self.root.iterdir()) if p.suffix in _SUFFIX.values() and p.is_file()}

    def checked(self, exercise_ids: set[str] | None = None) -> tuple[dict[str, Path], list[str]]:
        """Every usable photo by exercise id, and one line per photo that can no longer be used
        (changed or damaged on disk): the drawing prints for those, and the caller says so."""
        photos: dict[str, Path] = {}
        problems: list[str] = []
        if not self.root.is_dir():
            return photos, problems
        for path in sorted(self.root.iterdir()):
            exercise_id, suffix = path.stem, path.suffix
            if suffix not in _SUFFIX.values() or (exercise_ids is not None and exercise_id not in exercise_ids):
                continue
            try:
                check_photo(_read_capped(path), path.name)
            except PhotoError as exc:
                problems.append(f"{exc}; the drawing is used instead")
                continue
            photos[exercise_id] = path
        return photos, problems
