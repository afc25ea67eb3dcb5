"""A clinic's exercise photos: checked before anything decodes them, kept owner-only in the user
data folder, and a bad one refused with one line naming the file and the reason."""

from __future__ import annotations

import io
import os
import re
import struct
import sys
import zlib
from pathlib import Path

import pytest
from PIL import Image

from careplan.domain.image_header import ImageHeaderError, read_header
from careplan.storage.exercise_photos import MAX_PHOTO_BYTES, PhotoError, PhotoLibrary, photos_dir

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")


def _picture(path: Path, size: tuple[int, int] = (320, 240), kind: str = "PNG") -> Path:
    Image.new("RGB", size, (90, 140, 200)).save(path, kind)
    return path


def _png_header_only(path: Path, width: int, height: int) -> Path:
    """A PNG whose header claims a size and whose pixel data is a tiny stub (a 'bomb' header)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    data = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(ihdr)) + chunk + struct.pack(">I", zlib.crc32(chunk))
    path.write_bytes(data + b"\x00" * 64)
    return path


def test_attach_keeps_an_owner_only_copy(tmp_path: Path) -> None:
    library = PhotoLibrary()
    source = _picture(tmp_path / "Our bridge.png")
    stored = library.attach("bridge", source)
    assert stored == photos_dir() / "bridge.png"
    assert stored.read_bytes() == source.read_bytes()
    assert library.path_for("bridge") == stored
    if os.name == "posix":
        assert stored.stat().st_mode & 0o777 == 0o600
        assert stored.parent.stat().st_mode & 0o777 == 0o700
    # A JPEG for the same exercise replaces the PNG.
    jpeg = library.attach("bridge", _picture(tmp_path / "b.jpg", kind="JPEG"))
    assert jpeg.name == "bridge.jpg" and not stored.exists()
    photos, problems = library.checked()
    assert photos == {"bridge": jpeg} and problems == []
    assert library.remove("bridge") and library.path_for("bridge") is None and not library.remove("bridge")


@pytest.mark.parametrize("make, message", [
    (lambda p: (p.write_text("hello"), p)[1], "is not a PNG or JPEG image"),
    (lambda p: _png_header_only(p, 20_000, 20_000), "has too many pixels (20000 x 20000; at most 40 million)"),
    (lambda p: _png_header_only(p, 800, 600), "is damaged and cannot be read"),
    (lambda p: _picture(p, (20, 20)), "is too small to see (20 x 20 pixels)"),
])
def test_bad_photos_are_refused_in_one_line(tmp_path: Path, make: object, message: str) -> None:
    path = make(tmp_path / "photo.png")  # type: ignore[operator]
    with pytest.raises(PhotoError, match=re.escape(message)) as caught:
        PhotoLibrary().attach("bridge", path)
    assert "\n" not in str(caught.value) and str(path) in str(caught.value)
    assert not photos_dir().exists() or not any(photos_dir().iterdir())


def test_size_cap_is_checked_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "huge.png"
    with big.open("wb") as handle:  # sparse: nothing is written or read
        handle.truncate(MAX_PHOTO_BYTES + 1)
    with pytest.raises(PhotoError, match=r"is too large \(10.0 MB; at most 10 MB\)"):
        PhotoLibrary().attach("bridge", big)


def test_folders_and_bad_ids_are_refused(tmp_path: Path) -> None:
    with pytest.raises(PhotoError, match="is not a regular file"):
        PhotoLibrary().attach("bridge", tmp_path)
    with pytest.raises(PhotoError, match="cannot read"):
        PhotoLibrary().attach("bridge", tmp_path / "missing.png")
    with pytest.raises(PhotoError, match="'bridge/x' is not an exercise id"):
        PhotoLibrary().attach("bridge/x", _picture(tmp_path / "ok.png"))


@posix_only
def test_a_pipe_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)
    with pytest.raises(PhotoError, match="is not a regular file"):
        PhotoLibrary().attach("bridge", fifo)


def test_a_photo_damaged_later_is_reported_and_left_out(tmp_path: Path) -> None:
    library = PhotoLibrary(tmp_path / "photos")
    library.attach("bridge", _picture(tmp_path / "a.png"))
    good = library.attach("clamshell", _picture(tmp_path / "b.png"))
    (tmp_path / "photos" / "bridge.png").write_bytes(b"\x89PNG\r\n\x1a\n broken")
    photos, problems = library.checked({"bridge", "clamshell"})
    assert photos == {"clamshell": good}
    assert problems == ["photo bridge.png is a damaged PNG image; the drawing is used instead"]
    # Only the exercises asked about.
    assert library.checked({"clamshell"}) == ({"clamshell": good}, [])


def test_image_headers() -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (123, 45)).save(buffer, "JPEG")
    header = read_header(buffer.getvalue())
    assert (header.kind, header.width, header.height, header.pixels) == ("JPEG", 123, 45, 123 * 45)
    buffer = io.BytesIO()
    Image.new("RGB", (7, 9)).save(buffer, "PNG")
    assert read_header(buffer.getvalue()[:24]).width == 7
    for bad in (b"GIF89a", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xe0\x00"):
        with pytest.raises(ImageHeaderError):
            read_header(bad)
