"""File names as text: a form safe to print on one line (:func:`printable`), the document id
of an input file (:func:`doc_id_for`) and a path that can go into JSON (:func:`text_path`).

Names that are not valid UTF-8 keep their bytes (surrogate escapes) for opening; these
functions write them ``\\xNN`` or ``%XX`` (README "Safety").
"""

from __future__ import annotations

import unicodedata
from pathlib import Path


def printable(text: object) -> str:
    """``text`` safe to print on one line of a terminal or a log.

    Control characters (newlines included), line and paragraph separators, format
    characters (bidi overrides, zero-width characters) are written ``\\xNN`` or
    ``\\uNNNN``; bytes of a file name that were not valid UTF-8 (surrogate escapes)
    are written ``\\xNN`` with the byte's value.  Everything else is kept.
    """
    s = str(text)
    if s.isprintable() and not any("\udc80" <= c <= "\udcff" for c in s):
        return s
    out = []
    for c in s:
        o = ord(c)
        if 0xDC80 <= o <= 0xDCFF:
            out.append(f"\\x{o - 0xDC00:02x}")
        elif unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            out.append(f"\\x{o:02x}" if o < 0x100 else f"\\u{o:04x}")
        else:
            out.append(c)
    return "".join(out)


def doc_id_for(path: Path, root: Path | None) -> str:
    """The document id of ``path``: its path relative to ``root`` (``/`` separators), else its name.

    Bytes that were not valid UTF-8 (surrogate escapes) become ``%XX``, so the id can be
    written to JSON and UTF-8 files; other characters are kept (output names are made
    safe by :mod:`mtpipe.safety`).
    """
    if root is not None:
        try:
            rel = Path(path).relative_to(root).as_posix()
        except ValueError:
            rel = Path(path).name
    else:
        rel = Path(path).name
    return text_path(rel)


def text_path(path: object) -> str:
    """``str(path)`` with bytes that were not valid UTF-8 written ``%XX`` (it can go into JSON)."""
    s = str(path)
    if any("\udc80" <= c <= "\udcff" for c in s):
        s = "".join(f"%{ord(c) - 0xDC00:02X}" if "\udc80" <= c <= "\udcff" else c for c in s)
    return s
