"""Keep every output inside the output folder.

Document ids come from input file names, and input file names are not to be
trusted: they may hold ``..`` components, start with ``/``, use Windows
separators, contain newlines, quotes or NUL, be longer than the file system
allows, or meet a symlink someone planted in the output folder.  Every writer
asks :func:`safe_output_path` for its file name, so the rules live here:

* ``\\`` counts as a separator; ``/``, ``.``, ``..`` and empty components are
  dropped, so ``../../etc/passwd`` becomes ``OUT/etc/passwd.SUFFIX`` and
  ``/abs/x.txt`` becomes ``OUT/abs/x.SUFFIX``.
* Control characters (C0, DEL, C1) become ``_``; quotes, spaces and non-ASCII
  letters are kept (they are legal in file names, and the HTML and TMX writers
  escape them where they show up in markup).
* A component longer than :data:`MAX_NAME_BYTES` bytes of UTF-8 is shortened
  and given a hash of its full form, so two long names stay distinct.
* The final path is resolved through symlinks; if it lands outside the
  (resolved) output folder, :class:`UnsafePathError` is raised.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from pathlib import Path, PurePosixPath
from typing import Sequence

from .errors import UnsafePathError

__all__ = ["UnsafePathError", "safe_output_path", "safe_output_paths", "safe_name", "MAX_NAME_BYTES"]

#: Longest file-name component we write, in UTF-8 bytes (ext4/APFS allow 255;
#: room is left for suffixes such as ``.ledger.jsonl`` and temp-file prefixes).
MAX_NAME_BYTES = 200


_UNSAFE_CHAR = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def _shorten(part: str, limit: int) -> str:
    if len(part.encode("utf-8")) <= limit:
        return part
    digest = hashlib.sha256(part.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    base, dot, ext = part.rpartition(".")
    ext = dot + ext if dot and base and len(ext) <= 10 else ""
    head = part[: len(part) - len(ext)] if ext else part
    budget = limit - len(ext.encode("utf-8")) - len(digest) - 1
    while len(head.encode("utf-8")) > budget:
        head = head[:-1]
    return f"{head}~{digest}{ext}"


def safe_name(part: str, limit: int = MAX_NAME_BYTES) -> str:
    """One path component made safe to create on disk.

    Control characters (and lone surrogates) become ``_``; quotes and non-ASCII
    letters are kept; ``""``, ``.`` and ``..`` become ``_``; very long names are
    shortened with a hash suffix.

    Args:
        part: A single component (no separators).
        limit: Longest result in UTF-8 bytes.

    Returns:
        The safe component.
    """
    cleaned = part.replace("/", "_").replace("\\", "_")
    if _UNSAFE_CHAR.search(cleaned):  # a control character or a lone surrogate (rare: one check, then each)
        cleaned = "".join("_" if (ord(c) < 32 or 0x7F <= ord(c) < 0xA0 or 0xD800 <= ord(c) < 0xE000) else c
                          for c in cleaned)
    if cleaned in ("", ".", ".."):
        return "_"
    return _shorten(cleaned, limit)


def safe_output_path(out_root: Path, rel: str, suffix: str) -> Path:
    """``out_root/rel`` with its extension replaced by ``suffix``, guaranteed inside ``out_root``.

    Args:
        out_root: The output folder (need not exist yet).
        rel: The document id, normally the input path relative to the input folder.
        suffix: What replaces the extension, with its dot (``.jsonl``, ``.en.txt``).

    Returns:
        An absolute path under the resolved ``out_root``.  ``a/b.txt`` with
        ``.jsonl`` gives ``OUT/a/b.jsonl``; a name without extension keeps its
        name: ``a/README`` gives ``OUT/a/README.jsonl``.

    Raises:
        UnsafePathError: when the path would resolve outside ``out_root``
            (through a symlink in the output folder).
    """
    return safe_output_paths(out_root, rel, (suffix,))[0]


def safe_output_paths(out_root: Path, rel: str, suffixes: Sequence[str]) -> list[Path]:
    """:func:`safe_output_path` for each of ``suffixes`` (one document's files): the output folder
    resolved once, and each file's real path found from it (see :func:`_real_below`)."""
    if not suffixes:
        return []
    for suffix in suffixes:
        if "/" in suffix or "\\" in suffix or "\x00" in suffix:
            raise UnsafePathError(f"{suffix!r}: a suffix cannot contain separators")
    root = Path(out_root).resolve()
    pieces = PurePosixPath(str(rel).replace("\\", "/")).parts
    parts = [safe_name(p) for p in pieces if p not in ("/", "", ".", "..")]
    parts = parts or ["_"]
    stem = parts[-1]
    base, dot, _ext = stem.rpartition(".")
    stem = base if dot and base else stem
    root_s = str(root)
    folder_real = _real_below(root_s, parts[:-1])
    out = []
    for suffix in suffixes:
        name = _shorten(stem, MAX_NAME_BYTES - len(suffix.encode("utf-8"))) + suffix
        target = root.joinpath(*parts[:-1], name)
        real_s = _real_below(folder_real, [name]) if folder_real is not None else None
        if real_s is None or real_s != str(target):  # a symlink on the way: the full check
            real = Path(os.path.realpath(target))
            if real != root and root not in real.parents:
                raise UnsafePathError(f"{rel!r}: output would land outside {root} (at {real})")
        out.append(target)
    return out


def _real_below(real: str, names: Sequence[str]) -> str | None:
    """``os.path.realpath(os.path.join(real, *names))`` for a ``real`` that is a real path (no
    symlink in it) and plain ``names`` (no separator, ``.`` or ``..``), when no existing one of
    them is a symlink: one ``lstat`` per name instead of one per component of the whole path (a
    missing name is kept as it is, as ``realpath`` keeps it).  None when one is a symlink: then
    the caller resolves the whole path."""
    for i, name in enumerate(names):
        nxt = os.path.join(real, name)
        try:
            st = os.lstat(nxt)
        except OSError:
            return os.path.join(nxt, *names[i + 1:])
        if stat.S_ISLNK(st.st_mode):
            return None
        real = nxt
    return real
