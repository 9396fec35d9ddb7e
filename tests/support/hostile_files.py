"""Image files an attacker, or a broken camera, could upload: built small, in memory."""

import io
import struct
import zlib

from PIL import Image


def jpeg(width=640, height=360, color="green") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def png(width=64, height=64) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "blue").save(buffer, "PNG")
    return buffer.getvalue()


def truncated_jpeg() -> bytes:
    """A real photo cut off halfway: its header is fine, its pixels end early."""
    whole = jpeg(1200, 800, "red")
    return whole[: len(whole) // 2]


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def decompression_bomb(side=20_000) -> bytes:
    """A valid 1-bit PNG of side×side pixels (400 MP by default) in a few dozen kilobytes."""
    compressor = zlib.compressobj(9)
    row = b"\x00" * (1 + side // 8)  # filter byte + one bit per pixel
    data = b"".join(compressor.compress(row) for _ in range(side)) + compressor.flush()
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", data)
        + _chunk(b"IEND", b"")
    )
