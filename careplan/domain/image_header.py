"""What an image file says about itself in its first bytes (PNG or JPEG, width and height),
read before anything decodes it, so that an oversized picture is refused unopened."""

from __future__ import annotations

from dataclasses import dataclass

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_SIGNATURE = b"\xff\xd8\xff"
# How much of a file the header reader needs: PNG's size sits in the first 24 bytes; a JPEG's
# frame header follows its metadata (EXIF thumbnails can be large).
HEADER_BYTES = 256 * 1024
# JPEG start-of-frame markers (baseline, progressive, lossless...), which carry the size.
_SOF = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})


@dataclass(frozen=True)
class ImageHeader:
    kind: str  # "PNG" or "JPEG"
    width: int
    height: int

    @property
    def pixels(self) -> int:
        return self.width * self.height


class ImageHeaderError(ValueError):
    """The bytes are not the start of a PNG or JPEG image whose size can be read."""


def read_header(head: bytes) -> ImageHeader:
    """The kind and size of the image whose file starts with ``head``."""
    if head.startswith(PNG_SIGNATURE):
        if len(head) < 24 or head[12:16] != b"IHDR":
            raise ImageHeaderError("is a damaged PNG image")
        return _sized("PNG", int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big"))
    if head.startswith(JPEG_SIGNATURE):
        return _jpeg(head)
    raise ImageHeaderError("is not a PNG or JPEG image")


def _sized(kind: str, width: int, height: int) -> ImageHeader:
    if width <= 0 or height <= 0:
        raise ImageHeaderError(f"is a damaged {kind} image (no size)")
    return ImageHeader(kind, width, height)


def _jpeg(head: bytes) -> ImageHeader:
    at = 2
    while at + 4 <= len(head):
        if head[at] != 0xFF:
            raise ImageHeaderError("is a damaged JPEG image")
        marker = head[at + 1]
        if marker == 0xFF:  # padding
            at += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:  # markers without a length
            at += 2
            continue
        length = int.from_bytes(head[at + 2:at + 4], "big")
        if length < 2:
            raise ImageHeaderError("is a damaged JPEG image")
        if marker in _SOF:
            if at + 9 > len(head):
                break
            height = int.from_bytes(head[at + 5:at + 7], "big")
            width = int.from_bytes(head[at + 7:at + 9], "big")
            return _sized("JPEG", width, height)
        if marker == 0xDA:  # image data starts before any frame header: not a JPEG we can size
            break
        at += 2 + length
    raise ImageHeaderError("is a JPEG image whose size cannot be read")
