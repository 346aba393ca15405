"""The JSONL record of a segment: the one shape every writer and reader shares."""

from __future__ import annotations

from typing import Any, Sequence

from ..document import Document, Segment

__all__ = ["segment_record"]


def segment_record(doc: Document, seg: Segment, targets: Sequence[str]) -> dict[str, Any]:
    """``doc, index, src_lang, source, start, end, paragraph, <targets>, terms, flags[, part]``."""
    rec: dict[str, Any] = {
        "doc": doc.doc_id,
        "index": seg.index,
        "src_lang": seg.src_lang,
        "source": seg.source,
        "start": seg.start,
        "end": seg.end,
        "paragraph": seg.paragraph,
    }
    for t in targets:
        tr = seg.translations.get(t)
        rec[t] = tr.text if tr is not None else None
    rec["terms"] = [t.to_dict() for t in seg.terms]
    rec["flags"] = list(seg.flags)
    rec["strategy"] = {t: seg.translations[t].strategy for t in targets if t in seg.translations}
    if seg.part is not None:
        rec["part"] = list(seg.part)
    return rec
