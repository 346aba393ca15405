"""py3langid's model, decoded once per user and mapped by every process (used by :mod:`mtpipe.langid`).

py3langid ships its model as a 4.6 MB ``.xz`` of a 68 MB ``.npz``; loading it decompresses the whole
archive into a temporary file and reads every array back, about half a CPU-second in every process
that identifies a language (each ``--workers`` process, each Ray actor, each small job).  The decoded
arrays are the same every time, so the first process writes them, uncompressed and aligned, into one
file of the per-user cache (:func:`mtpipe.config.default_cache_dir`, which honours ``$MTPIPE_CACHE``
and ``$XDG_CACHE_HOME``: ``.langid/`` beside the models), and later processes map that file
(``mmap``): no decompression, and the pages are shared between processes.

The file is keyed by py3langid's version and the SHA-256 of its model file (so an upgrade or another
model writes another file), carries a CRC-32 of its arrays, and is written atomically (a temporary
file renamed over the name; concurrent writers each rename a complete file).  A file that is
missing, truncated, damaged, of another layout or for another model is ignored and written again;
a cache folder that cannot be written only costs the plain load, every time.  Files of other
py3langid versions that no process has read for a month are removed when a new one is written
(:mod:`mtpipe.cache_files`).  The identifier built
from the mapped arrays holds the very values py3langid's own loader returns, so every answer is the
same (tests/test_langid_model.py).
"""

from __future__ import annotations

import json
import os
import struct
from pathlib import Path
from typing import Any

__all__ = ["load_identifier", "cache_path", "LAYOUT"]

#: Bumped when the file's layout changes (old files are then ignored, not misread).
LAYOUT = 1
_MAGIC = b"mtpipe-langid-model\n"
_ALIGN = 64
#: The arrays of py3langid's ``modelio.load_model`` tuple, by position, that the file holds as arrays.
_ARRAYS = ("ptc", "pc", "nextmove", "row", "output")


def _model_file() -> Path:
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    path = Path(MODEL_FILE)
    return path if path.is_absolute() else MODEL_DIR / path


def _key(model: Path) -> str:
    import hashlib

    import py3langid

    h = hashlib.sha256(f"layout={LAYOUT};py3langid={getattr(py3langid, '__version__', '?')};".encode())
    h.update(hashlib.sha256(model.read_bytes()).digest())
    return h.hexdigest()


def cache_path(key: str) -> Path:
    """Where the decoded model for ``key`` is kept."""
    from .config import default_cache_dir

    return default_cache_dir() / ".langid" / f"model-{key[:32]}.bin"


def _as_numpy(model: tuple[Any, ...]) -> tuple[dict[str, Any], list[str]]:
    import numpy as np

    ptc, pc, classes, nextmove, row, output = model
    arrays = {"ptc": np.ascontiguousarray(ptc), "pc": np.ascontiguousarray(pc),
              "nextmove": np.frombuffer(nextmove, dtype=f"u{nextmove.itemsize}"),
              "row": np.frombuffer(row, dtype=f"u{row.itemsize}"),
              "output": np.asarray(output, dtype=np.int32)}
    return arrays, list(classes)


def _write(path: Path, key: str, model: tuple[Any, ...]) -> None:
    """Write the decoded ``model`` to ``path`` atomically (raises OSError when it cannot)."""
    import zlib

    from .writers.atomic import atomic_open

    arrays, classes = _as_numpy(model)
    specs, offset, crc = [], 0, 0
    for name in _ARRAYS:
        a = arrays[name]
        specs.append({"name": name, "dtype": a.dtype.str, "shape": list(a.shape), "offset": offset, "nbytes": a.nbytes})
        offset += -(-a.nbytes // _ALIGN) * _ALIGN
    header = json.dumps({"key": key, "classes": classes, "arrays": specs, "payload": offset}).encode()
    start = -(-(len(_MAGIC) + 8 + len(header) + 4) // _ALIGN) * _ALIGN
    with atomic_open(path, "wb") as f:
        head = _MAGIC + struct.pack("<Q", len(header)) + header
        f.write(head + b"\0" * (start - len(head) - 4))
        chunks = []
        for spec in specs:
            data = memoryview(arrays[spec["name"]]).cast("B")
            chunks.append(bytes(data) + b"\0" * (-len(data) % _ALIGN))
        for c in chunks:
            crc = zlib.crc32(c, crc)
        f.write(struct.pack("<I", crc))
        for c in chunks:
            f.write(c)


def _read(path: Path, key: str) -> tuple[Any, ...] | None:
    """The model tuple mapped from ``path``, or None when the file is missing, damaged or another's."""
    import mmap
    import zlib

    import numpy as np

    try:
        with open(path, "rb") as f:
            mm = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # missing, unreadable, or empty (ValueError: cannot map an empty file)
        return None
    try:
        if mm[:len(_MAGIC)] != _MAGIC:
            return None
        (n,) = struct.unpack_from("<Q", mm, len(_MAGIC))
        head_end = len(_MAGIC) + 8 + n
        if head_end > len(mm):
            return None
        header = json.loads(bytes(mm[len(_MAGIC) + 8:head_end]))
        if not isinstance(header, dict) or header.get("key") != key:
            return None
        start = -(-(head_end + 4) // _ALIGN) * _ALIGN
        payload = int(header["payload"])
        if len(mm) != start + payload:
            return None
        (crc,) = struct.unpack_from("<I", mm, start - 4)
        if zlib.crc32(memoryview(mm)[start:]) != crc:
            return None
        got: dict[str, Any] = {}
        for spec in header["arrays"]:
            a = np.frombuffer(mm, dtype=np.dtype(spec["dtype"]), count=int(np.prod(spec["shape"], dtype=np.int64)),
                              offset=start + int(spec["offset"]))
            got[spec["name"]] = a.reshape(spec["shape"])
        if set(got) != set(_ARRAYS):
            return None
        classes = header["classes"]
        if not (isinstance(classes, list) and all(isinstance(c, str) for c in classes)):
            return None
    except (ValueError, TypeError, KeyError, struct.error):
        return None
    # the DFA's tables as memoryviews of the mapped file (indexing gives ints, as py3langid's arrays do)
    return (got["ptc"], got["pc"], classes, memoryview(got["nextmove"]), memoryview(got["row"]),
            got["output"].tolist())


def load_identifier(norm_probs: bool = True) -> Any:
    """py3langid's ``LanguageIdentifier`` over its bundled model, from the per-user cache when it
    holds this model (else decoded by py3langid, and the cache written for the next process)."""
    import numpy as np
    from py3langid.langid import LanguageIdentifier
    from py3langid.modelio import load_model

    model_file = _model_file()
    try:
        key = _key(model_file)
    except OSError:
        key = None
    from .cache_files import mark_used, prune_idle

    model = _read(cache_path(key), key) if key else None
    if model is not None:
        mark_used(cache_path(key))
    else:
        model = load_model(model_file)
        if key:
            try:
                _write(cache_path(key), key, model)
            except OSError:
                pass  # a read-only cache: the plain load every time
            else:
                prune_idle(cache_path(key), f"model-{'?' * 32}.bin")  # other py3langid versions' files, unused for a month
    ptc, pc, classes, nextmove, row, output = model
    try:
        return LanguageIdentifier(np.asarray(ptc), np.asarray(pc), classes, nextmove, output,
                                  norm_probs=norm_probs, tk_row=row)
    except TypeError:  # another py3langid's constructor: its own loader
        return LanguageIdentifier.from_model_file(model_file, norm_probs=norm_probs)
