"""``NAME.jsonl`` (one object per segment) and ``NAME.ledger.jsonl`` (what cleaning changed).

The ledger file starts with a ``{"type": "meta", ...}`` line holding the document's
metadata (encoding, date, byline...) and the signature of the run; each following
line is one :class:`~mtpipe.document.LedgerEntry` with ``"type": "ledger"``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Sequence

from ..document import Document
from ..safety import safe_output_path
from .atomic import atomic_write_text
from .records import segment_record

__all__ = ["write_jsonl"]


def _meta(doc: Document) -> dict[str, Any]:
    return {k: v for k, v in doc.meta.items() if not k.startswith("_") and k != "kept"}


def write_jsonl(doc: Document, out_root: Path, targets: Sequence[str], signature: dict[str, Any]) -> list[Path]:
    lines = [json.dumps(segment_record(doc, s, targets), ensure_ascii=False) for s in doc.segments]
    seg_path = atomic_write_text(safe_output_path(out_root, doc.doc_id, ".jsonl"), "".join(l + "\n" for l in lines))
    head = {"type": "meta", "doc": doc.doc_id, "meta": _meta(doc), "warnings": doc.warnings,
            "signature": signature}
    ledger = [json.dumps(head, ensure_ascii=False)] + [
        json.dumps({"type": "ledger", **e.to_dict()}, ensure_ascii=False) for e in doc.ledger]
    led_path = atomic_write_text(safe_output_path(out_root, doc.doc_id, ".ledger.jsonl"),
                                 "".join(l + "\n" for l in ledger))
    return [seg_path, led_path]
