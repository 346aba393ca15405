"""Compressed inputs: gzip, bzip2 and xz, unpacked to a bounded size.

A crawl keeps pages and feeds compressed (``page.html.gz``, ``feed.xml.bz2``, a dump's ``.xz``), or a
compressed stream under a plain name (a crawler that kept the Content-Encoding).  Such a file is
recognised by its magic bytes, whatever its name, and unpacked by :func:`unpack` a block at a time with
no more than ``limit + 1`` bytes ever asked of the decompressor: a compression bomb costs ``limit`` bytes
of memory and stops there, with a message naming the file.  Streams written one after another (``cat
a.gz b.gz``, pbzip2's blocks, ``xz`` of concatenated files) are read as one file.  Archives that hold
several files (ZIP, tar) are not documents: a ``.tar.gz`` unpacks to tar data, which the reader refuses as
binary, saying it was compressed.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Callable

#: a compressed input's suffix, after its document's own (a crawl keeps ``page.html.gz``, ``feed.xml.bz2``)
COMPRESSED_SUFFIXES: tuple[str, ...] = (".gz", ".bz2", ".xz")
#: gzip's magic bytes: such a file is unpacked whatever its name
GZIP_MAGIC = b"\x1f\x8b"
_BZIP2 = re.compile(rb"BZh[1-9]\x31\x41\x59\x26\x53\x59")  # "BZh", block size, then the first block's magic (pi)
_XZ_MAGIC = b"\xfd7zXZ\x00"
#: the most bytes a compressed input is unpacked to (with ``--max-chars`` lifted; otherwise 4 bytes a
#: character of it): a compression bomb (a few KB that unpack to gigabytes) stops there, never fills memory
MAX_UNPACKED_BYTES = 200_000_000
_BLOCK = 1 << 16  # compressed bytes fed to the decompressor at a time


def packed_format(data: bytes, start: int = 0) -> str | None:
    """``"gzip"``, ``"bzip2"`` or ``"xz"`` when ``data`` holds such a stream at ``start``, else None."""
    if data.startswith(GZIP_MAGIC, start):
        return "gzip"
    if _BZIP2.match(data, start):
        return "bzip2"
    if data.startswith(_XZ_MAGIC, start):
        return "xz"
    return None


def _decompressor(fmt: str) -> Any:
    if fmt == "gzip":
        import zlib

        return zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    if fmt == "bzip2":
        import bz2

        return bz2.BZ2Decompressor()
    import lzma

    return lzma.LZMADecompressor(format=lzma.FORMAT_XZ)


def _errors() -> tuple[type[BaseException], ...]:
    import lzma
    import zlib

    return zlib.error, OSError, EOFError, lzma.LZMAError


def unpack(data: bytes, path: str | Path, limit: int, what: str = "") -> tuple[bytes, str]:
    """The bytes of a gzip, bzip2 or xz file (one stream or several in a row), unpacked to ``limit`` bytes at most.

    Args:
        data: The file's bytes (:func:`packed_format` names their format).
        path: The file, for messages.
        limit: The most bytes unpacked.
        what: The limit in words, for the message (``--max-chars 2,000,000 …``).

    Returns:
        ``(bytes, note)``: ``note`` says what was odd ("", or the stream ends early: a crawl cut short, read
        as far as it goes).

    Raises:
        IngestError: over ``limit``, or damaged data (a bad header, a wrong checksum), naming the file.
    """
    from .ingest_options import IngestError

    fmt = packed_format(data) or "gzip"
    out: list[bytes] = []
    size = 0

    def take(chunk: bytes) -> None:
        nonlocal size
        size += len(chunk)
        if size > limit:
            raise IngestError(path, f"{fmt}-compressed: unpacks to more than {limit:,} bytes, over the limit "
                                    f"{what or 'on unpacking'}; not read (a compression bomb is never unpacked whole)")
        out.append(chunk)

    view = memoryview(data)  # slices of it are not copies: many small streams stay linear in time
    start = 0  # where the stream being read begins
    try:
        while packed_format(data, start) == fmt:  # one stream (a gzip member) at a time
            d = _decompressor(fmt)
            step: Callable[[bytes | memoryview], bytes]
            if fmt == "gzip":  # zlib holds back what it did not consume in unconsumed_tail
                step = lambda block: d.decompress(d.unconsumed_tail or block, limit + 1 - size)  # noqa: E731
                fresh = lambda: not d.unconsumed_tail  # noqa: E731
            else:  # bz2/lzma buffer it inside: more output comes from empty input until needs_input
                step = lambda block: d.decompress(block, limit + 1 - size)  # noqa: E731
                fresh = lambda: d.needs_input  # noqa: E731
            pos = start
            while not d.eof:
                if fresh():
                    block: bytes | memoryview = view[pos:pos + _BLOCK]
                    pos += len(block)
                    if not block:
                        break
                else:
                    block = b""
                take(step(block))  # never asks for 0 bytes (no limit): size <= limit here
            if not d.eof:  # the data ends inside the stream: a download cut short
                if fmt == "gzip":
                    take(d.flush()[:limit + 1 - size])
                if not size:
                    raise IngestError(path, f"{fmt}-compressed, but cut short before any of its data: nothing to read")
                return b"".join(out), (f"{fmt} data cut short ({len(data):,} bytes, no end of stream): read the "
                                       f"{size:,} bytes it held")
            start = pos - len(d.unused_data)  # the next stream, or trailing zeros (a padded download) that end it
    except _errors() as e:
        raise IngestError(path, f"damaged {fmt} data ({e}): not read") from None
    return b"".join(out), ""
