"""Reading a finished output folder back for the review: its segment records, targets and problems.

:func:`segment_files` lists the per-document ``NAME.jsonl`` files, :func:`has_outputs` says whether
a folder holds any, ``_collect`` groups their well-formed records by document (a damaged file is
skipped and said so), :func:`record_targets` reads a record's target languages and ``_problems``
the failed documents of ``report.json``.  :func:`mtpipe.writers.html.build_review` renders them.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any, Collection, Sequence

from .jsonl import read_records

__all__ = ["segment_files", "split_by_documents", "has_outputs", "record_targets"]

log = logging.getLogger("mtpipe")


def _is_record(r: Any) -> bool:
    return isinstance(r, dict) and "doc" in r and "index" in r and "source" in r


def segment_files(out_root: Path) -> list[Path]:
    """The per-document ``NAME.jsonl`` files of an output folder (not ledgers, indexes or job state)."""
    out_root = Path(out_root)
    files = []
    for path in sorted(out_root.rglob("*.jsonl")):
        rel = path.relative_to(out_root)
        if path.name.endswith(".ledger.jsonl") or path.name == "entities.jsonl" or rel.parts[0] == ".mtpipe":
            continue
        files.append(path)
    return files


def split_by_documents(out_root: Path, files: list[Path], docs: Collection[str] | None
                       ) -> tuple[list[Path], list[Path]]:
    """``files`` (segment files under ``out_root``) split into those of the document ids ``docs`` (a
    run's input set), in their order, and the others (outputs of inputs no longer there); with ``docs``
    None every file is kept."""
    if docs is None:
        return list(files), []
    from ..safety import UnsafePathError, safe_output_path

    root = Path(out_root).resolve()
    wanted = set()
    for d in docs:
        try:
            wanted.add(safe_output_path(root, d, ".jsonl").relative_to(root))
        except (UnsafePathError, ValueError):
            continue
    kept, others = [], []
    for path in files:
        (kept if path.relative_to(out_root) in wanted else others).append(path)
    return kept, others


def has_outputs(out_root: Path) -> bool:
    """Whether ``out_root`` holds at least one segment record written by mtpipe."""
    for path in segment_files(out_root):
        try:
            if any(_is_record(r) for r in read_records(path)):
                return True
        except (OSError, ValueError):
            continue
    return False


def _collect(out_root: Path, skipped: list[str] | None = None,
             files: Sequence[Path] | None = None) -> dict[str, list[dict[str, Any]]]:
    from ..entities import _well_formed

    by_doc: dict[str, list[dict[str, Any]]] = {}
    for path in segment_files(out_root) if files is None else files:
        try:
            every = list(read_records(path))
            recs = [r for r in every if _is_record(r)]
            if not all(isinstance(r, dict) for r in every) or not all(_well_formed(r) for r in recs):
                raise ValueError("records of the wrong shape")
        except (OSError, ValueError) as e:  # a truncated or foreign file must not stop the review
            log.warning("review: skipping %s: %s", path, e)
            if skipped is not None:
                skipped.append(f"{path}: damaged, skipped ({str(e).splitlines()[0] if str(e) else type(e).__name__})")
            continue
        for r in recs:
            by_doc.setdefault(str(r["doc"]), []).append(r)
    return by_doc


def record_targets(record: dict[str, Any]) -> tuple[str, ...]:
    """The target languages of a segment record: its keys between ``paragraph`` and ``terms``."""
    keys = list(record)
    try:
        return tuple(keys[keys.index("paragraph") + 1:keys.index("terms")])
    except ValueError:
        return ()


def _problems(out_root: Path) -> list[dict[str, Any]]:
    try:
        report = json.loads((out_root / "report.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    probs = report.get("problems") if isinstance(report, dict) else None
    return [p for p in probs or [] if isinstance(p, dict)]
