"""The count-min sketch's estimates of one key, run-wide and in a folder (:meth:`.templates.TemplateCounter._est`),
at the default depth without building the slot lists (perf79).

The folder's key is ``folder + "\\x00" + key``: its hashes run on from the folder prefix's (``crc32(b, crc32(a)) ==
crc32(a + b)``, the same for ``adler32``; :func:`.templates.count_keys` counts so since perf74), so the key is encoded
once and the prefix hashed once per folder.  The slots and the row minimum are :meth:`TemplateCounter._slots`' and
:meth:`_est`'s (tests/test_perf79_gates.py).
"""
from __future__ import annotations

import zlib
from functools import lru_cache
from typing import Any

__all__ = ["estimate"]


@lru_cache(maxsize=1024)
def _folder_seed(folder: str) -> tuple[int, int]:
    pre = (folder + "\x00").encode("utf-8")
    return zlib.crc32(pre), zlib.adler32(pre)


def estimate(c: Any, k: str, folder: str) -> tuple[int, int]:
    """(run, folder) estimates of key ``k`` in counter ``c``, at most the documents counted."""
    if c.depth != 4:
        return (min(c.documents, *map(c._run.__getitem__, c._slots(k))),
                min(c._folder_docs.get(folder, 0), *map(c._folder.__getitem__, c._slots(folder + "\x00" + k))))
    data = k.encode("utf-8")
    c0, a0 = _folder_seed(folder)
    w = c.width
    mask = w - 1
    r, f = c._run, c._folder
    h1, h2 = zlib.crc32(data), zlib.adler32(data) | 1
    run = min(c.documents, r[h1 & mask], r[w + ((h1 + h2) & mask)], r[2 * w + ((h1 + 2 * h2) & mask)],
              r[3 * w + ((h1 + 3 * h2) & mask)])
    h1, h2 = zlib.crc32(data, c0), zlib.adler32(data, a0) | 1
    return run, min(c._folder_docs.get(folder, 0), f[h1 & mask], f[w + ((h1 + h2) & mask)],
                    f[2 * w + ((h1 + 2 * h2) & mask)], f[3 * w + ((h1 + 3 * h2) & mask)])
