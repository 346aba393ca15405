"""Keep every output inside the output folder."""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

__all__ = ["UnsafePathError", "safe_output_path", "safe_name"]


class UnsafePathError(ValueError):
    """An output path would leave the output folder."""


def safe_name(part: str) -> str:
    """A path component with control characters replaced (quotes and non-ASCII are kept)."""
    cleaned = "".join("_" if (ord(c) < 32 or c == "\x7f") else c for c in part)
    return cleaned if cleaned not in ("", ".", "..") else "_"


def safe_output_path(out_root: Path, rel: str, suffix: str) -> Path:
    """``out_root/rel`` with its extension replaced by ``suffix``, guaranteed inside ``out_root``.

    ``..`` and absolute components are neutralised; a path that would resolve
    outside ``out_root`` (through a symlink planted in the output folder) raises.

    Raises:
        UnsafePathError: when the result would not be inside ``out_root``.
    """
    root = Path(out_root).resolve()
    parts = [safe_name(p) for p in PurePosixPath(rel.replace("\\", "/")).parts if p not in ("/", "", ".", "..")]
    parts = parts or ["_"]
    stem = parts[-1]
    base, dot, ext = stem.rpartition(".")
    parts[-1] = (base if dot and base else stem) + suffix
    target = root.joinpath(*parts)
    real = Path(os.path.realpath(target))
    if real != root and root not in real.parents:
        raise UnsafePathError(f"{rel}: output would land outside {root} (at {real})")
    return target
