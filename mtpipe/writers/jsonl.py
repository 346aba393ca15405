"""``NAME.jsonl`` (one object per segment) and ``NAME.ledger.jsonl`` (what cleaning changed).

``NAME.jsonl`` holds one :func:`~.records.segment_record` per line
(``ensure_ascii=False``; JSON escapes every control character, so one record
is always one line and the text round-trips exactly).

``NAME.ledger.jsonl`` starts with one ``{"type": "meta", ...}`` line::

    {"type": "meta", "doc": ..., "meta": {...doc.meta without private keys...},
     "warnings": [...], "signature": {...}, "signature_hash": "<16 hex>"}

so a single document's outputs say which run produced them: the job's
signature with the glossary hash narrowed to the entries the document matched
(:func:`mtpipe.signature.document_signature`; ``report.json`` has the whole
glossary's).  Each following line is one
:class:`~mtpipe.document.LedgerEntry` with ``"type": "ledger"`` and offsets in
the document's raw text.  :func:`read_ledger` reads the file back.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator, Sequence

from ..document import Document
from ..safety import safe_output_paths
from ..signature import signature_hash  # re-exported: its old home
from .atomic import atomic_write_text
from .records import segment_record

__all__ = ["write_jsonl", "signature_hash", "read_records", "read_ledger", "doc_meta"]


def doc_meta(doc: Document) -> dict[str, Any]:
    """``doc.meta`` without private (``_``-prefixed) and bulky (``kept``) keys."""
    return {k: v for k, v in doc.meta.items() if not k.startswith("_") and k != "kept"}


#: ``json.dumps(obj, ensure_ascii=False, default=str)`` without building an encoder per call
_dumps = json.JSONEncoder(ensure_ascii=False, default=str).encode


def write_jsonl(doc: Document, out_root: Path, targets: Sequence[str], signature: dict[str, Any]) -> list[Path]:
    """Write ``NAME.jsonl`` and ``NAME.ledger.jsonl``.

    Args:
        doc: A finished document.
        out_root: The output folder.
        targets: Target languages (one key each per record).
        signature: The run signature (goes into the ledger's meta line).

    Returns:
        ``[segments path, ledger path]``.
    """
    seg_path, led_path = safe_output_paths(out_root, doc.doc_id, (".jsonl", ".ledger.jsonl"))
    atomic_write_text(seg_path, "".join([_dumps(segment_record(doc, s, targets)) + "\n" for s in doc.segments]))
    head = {"type": "meta", "doc": doc.doc_id, "meta": doc_meta(doc), "warnings": list(doc.warnings),
            "signature": signature, "signature_hash": signature_hash(signature)}
    ledger = [_dumps(head) + "\n"] + [_dumps({"type": "ledger", **e.to_dict()}) + "\n" for e in doc.ledger]
    atomic_write_text(led_path, "".join(ledger))
    return [seg_path, led_path]


def read_records(path: Path) -> Iterator[dict[str, Any]]:
    """The segment records of one ``NAME.jsonl`` file."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def read_ledger(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """``(meta line, ledger entries)`` of a ``NAME.ledger.jsonl`` file; ``({}, [])`` if it is missing."""
    head: dict[str, Any] = {}
    entries: list[dict[str, Any]] = []
    if not Path(path).exists():
        return head, entries
    for rec in read_records(path):
        if rec.get("type") == "meta":
            head = rec
        elif rec.get("type") == "ledger":
            entries.append(rec)
    return head, entries
