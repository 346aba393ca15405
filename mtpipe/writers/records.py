"""The JSONL record of a segment: the one shape every writer and reader shares.

Keys, in this order (downstream scripts rely on the names):

``doc``, ``index``, ``src_lang``, ``source``, ``start``, ``end`` (offsets into
the normalised document text), ``paragraph``, one key per target language
(``en``, ``zh``: the final :attr:`~mtpipe.document.Translation.text`, ``None``
if missing), ``terms`` (:meth:`~mtpipe.document.Term.to_dict`: ``id``,
``source``, ``start``, ``end``, ``kind``, ``en``, ``zh``, ``status`` [,
``dnt``], ``targets`` (always, ``{}`` when empty)), ``flags`` (list of strings), ``part`` (``[k, n]``,
only for a piece of a sentence split to fit the model) and ``strategy``
(target language -> how the translation was produced).

The run signature is not repeated per record: it is in ``report.json`` and in
the first line of the document's ledger file (see :mod:`.jsonl`).
"""

from __future__ import annotations

from typing import Any, Sequence

from ..document import Document, Segment

__all__ = ["segment_record", "RECORD_KEYS"]

#: The keys every record has, in order (``part`` only on split sentences).
RECORD_KEYS = ("doc", "index", "src_lang", "source", "start", "end", "paragraph")


def segment_record(doc: Document, seg: Segment, targets: Sequence[str]) -> dict[str, Any]:
    """The JSON-ready record of one segment.

    Args:
        doc: The document the segment belongs to.
        seg: The segment.
        targets: Target languages, one key each.

    Returns:
        ``doc, index, src_lang, source, start, end, paragraph, <targets>, terms, flags[, part], strategy``.
    """
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
    # "targets" always present (Term.to_dict() leaves it out when empty): readers can index it
    rec["terms"] = [{**t.to_dict(), "targets": dict(t.targets)} for t in seg.terms]
    rec["flags"] = list(seg.flags)
    if seg.part is not None:
        rec["part"] = list(seg.part)
    rec["strategy"] = {t: seg.translations[t].strategy for t in targets if t in seg.translations}
    return rec
