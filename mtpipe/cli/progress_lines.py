"""Lines of ``mtpipe translate``'s progress and closing output that need no terminal: the per-actor
numbers of a Ray pool, and warnings shared by many documents counted instead of listed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = ["actor_stats", "grouped_warnings", "SAME_WARNING_SHOWN"]


def actor_stats(job: Any) -> list[dict[str, Any]]:
    """Per translation actor so far (a Ray pool: index, node, calls, rows, busy seconds); [] elsewhere."""
    stats = getattr(getattr(job, "pool", None), "actor_stats", None)
    if not callable(stats):
        return []
    try:
        actors = list(stats())
    except Exception:  # progress never stops a job
        return []
    return actors if any(a.get("calls") for a in actors) else []  # none before the first window


#: Documents named per warning text before the rest are counted in one line.
SAME_WARNING_SHOWN = 3


def grouped_warnings(warnings: list[str], report_path: Path) -> list[str]:
    """The warnings to print: ``NAME: text`` lines of one text past the first few become one count
    (84 one-line files each "nothing left to translate after cleaning" were 84 lines); all stay in
    ``report.json``."""
    by_text: dict[str, list[str]] = {}
    out: list[str] = []
    for w in warnings:
        doc, sep, text = w.partition(": ")
        if not sep:
            out.append(w)
            continue
        seen = by_text.setdefault(text, [])
        seen.append(doc)
        if len(seen) <= SAME_WARNING_SHOWN:
            out.append(w)
    for text, docs in by_text.items():
        if len(docs) > SAME_WARNING_SHOWN:
            out.append(f"{len(docs) - SAME_WARNING_SHOWN} more documents: {text} (each named in {report_path})")
    return out
