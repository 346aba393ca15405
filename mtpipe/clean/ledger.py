"""The cleaner's ledger: write an entry (:func:`record`), and replay it to prove that every character
missing from the segments was recorded.

The ledger is the promise that nothing is lost silently.  :func:`apply_ledger`
rebuilds, from ``Document.raw_text`` alone, the text the segments should cover:
removals are cut out and repairs put in.  :func:`unaccounted` compares that, after
the same normalisation ingest applies, with the
segments' sources joined, with all whitespace dropped on both sides (segments
exclude the spaces around them, and Chinese sentences have none between them);
any difference is a character that was dropped
without a ledger entry (or a ledger entry for a change that did not happen).
"""

from __future__ import annotations

import re
from typing import Iterable

from ..document import Document, LedgerEntry

__all__ = ["apply_ledger", "unaccounted", "drop_space", "record"]

_WS = re.compile(r"\s+")


def drop_space(text: str) -> str:
    """``text`` without any whitespace."""
    return _WS.sub("", text)


def record(doc: Document, rule: str, a: int, b: int, note: str | None, action: str = "removed",
           replacement: str | None = None) -> None:
    """Add the ledger entry of a change to ``doc.text[a:b]`` (offsets turned into ``raw_text``'s)."""
    # to_raw(b) is where the next kept character starts: the raw slice also takes
    # whatever normalisation dropped in between (trailing spaces, controls)
    ra, rb = doc.to_raw(a), doc.to_raw(b)
    doc.ledger.append(LedgerEntry(rule, action, doc.raw_text[ra:rb], ra, rb, replacement=replacement, note=note))


def apply_ledger(raw_text: str, ledger: Iterable[LedgerEntry]) -> str:
    """``raw_text`` with every ``removed`` range cut out and every ``repaired`` range replaced.

    ``flagged`` entries change nothing (the text stays).  A repair inside a range a later rule removed (a word's
    letters repaired, then its line removed: the removal's text is the raw text, repair and all) is moot and skipped.
    Ranges are applied from the end so offsets stay valid.

    Raises:
        ValueError: when two entries that change the text overlap otherwise.
    """
    ledger = list(ledger)
    cuts = [(e.start, e.end) for e in ledger if e.action == "removed"]
    changes = sorted((e for e in ledger if e.action == "removed" or e.action == "repaired" and not any(
        a <= e.start and e.end <= b and (a, b) != (e.start, e.end) for a, b in cuts)), key=lambda e: (e.start, e.end))
    for a, b in zip(changes, changes[1:]):
        if b.start < a.end:
            raise ValueError(f"ledger entries {a.rule} {a.start}:{a.end} and {b.rule} {b.start}:{b.end} overlap")
    out = raw_text
    for e in reversed(changes):
        out = out[:e.start] + (e.replacement or "" if e.action == "repaired" else "") + out[e.end:]
    return out


def unaccounted(doc: Document) -> str | None:
    """Where the segments and the replayed ledger disagree, or None when they agree.

    Returns:
        None, or a one-line description with some context of the first difference.
    """
    from ..ingest import normalize_text

    expected = drop_space(normalize_text(apply_ledger(doc.raw_text, doc.ledger))[0])
    got = drop_space("".join(s.source for s in doc.segments))
    if expected == got:
        return None
    i = next((k for k, (x, y) in enumerate(zip(expected, got)) if x != y), min(len(expected), len(got)))
    return (f"{doc.doc_id}: at character {i}: ledger replay has {expected[max(0, i - 30):i + 30]!r}, "
            f"segments have {got[max(0, i - 30):i + 30]!r}")
