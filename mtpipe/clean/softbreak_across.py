"""Soft-break sign of round soft59 (issue 12: sentence boundaries on real pages): a sentence that runs over a line the
cleaner removed.

A page's template prints a token of its own between two lines of one paragraph, a step's slug, an image's file name,
a label: "… Взял желтки наш государь, Две ложки сахару "Мистраль"⏎step-1⏎И смешал. …" (train30's ``t30ru06``, a
recipe told in verse, each step's anchor "step-0", "step-1" on a line of its own).  The cleaner removes the token; the
two kept lines it stood between stay two pieces, and the segmenter ends a unit at the first one's end: the sentence
is cut.  :mod:`.softbreak` and :mod:`.softbreak_verse` join only lines with nothing but whitespace between them.

The sign (:func:`across_joins`): two lines kept whole, one to two lines between them that the cleaner removed whole,
each of those a single token (no space: "step-1", "image027.jpg", "anchor_3"), no blank line among them; the first
kept line is running text (four words at least, a comma or a sentence end inside it) that stops short of a sentence
end (it ends in a letter, a comma or a closing quote after one); the second opens with a lower-case word or a
continuing conjunction ("И", "А", "Но", "Và", "Nhưng") and goes on after it (two words at least; no address).

Measured over every dev part (kept line without a sentence end, removed lines, kept line opening lower-case or on a
conjunction, as the cleaner leaves them): nine such gaps; ``t30ru06``'s is the only one in a part with marked sentence
ends and the only one the sign takes.  The others part two units and the sign leaves them: a header line over a
post's removed header rows and a comment's "… писал(а):" (``h15ru01``), a title over a copy of itself and its
subtitle (``t27ru48``: the removed copy has spaces), table cells over a removed rule "---|---|" (``t27ru59``: the line
ends in "|"), image addresses (``t27vi78``: the next line is an address), blog tags over removed teasers (``crawl``).

The two kept ranges are merged and the removed lines between them become spaces in ``doc.text`` (same length: every
offset stays exact; their ``removed`` entries stay in the ledger, so the replayed ledger still equals the segments);
each join goes to the ledger (``softbreak.across``, ``joined``) and its offset (the end of the line that goes on) to
``doc.meta["verse_joins"]``, where the segmenter keeps the sentence whole over it (:func:`~..segment.verse.keep_verse`).
Run after the line layers and :func:`~.softbreak_verse.join_verse`, on ``doc.meta["kept"]``.
"""

from __future__ import annotations

import re

from ..document import Document, LedgerEntry

__all__ = ["across_joins", "join_across"]

_CLOSERS = "\"'”’»)]"
_STOPS = ".!?…:;"
_MAX_GAP = 2  # removed lines between the two kept ones
_MIN_WORDS = 4
_CONJUNCTIONS = frozenset(("И", "А", "Но", "Và", "Nhưng"))
_WORD = re.compile(r"[^\W\d_]+")
_INNER = re.compile(r"[,.!?…;]\s")


def _goes_on(line: str) -> bool:
    """Running text that stops short of a sentence end: four words at least, a comma or a stop inside, its last
    character a letter, a comma or a closing quote after a letter."""
    s = line.strip()
    if len(s.split()) < _MIN_WORDS or not _INNER.search(s):
        return False
    bare = s.rstrip(_CLOSERS)
    if not bare or bare[-1] in _STOPS:
        return False
    return bare[-1].isalpha() or (bare[-1] == "," and bare[-2:-1].isalpha())


def _continues(line: str) -> bool:
    """Opens with a lower-case word or a continuing conjunction, and more words follow it."""
    s = line.strip()
    parts = s.split(None, 1)
    if len(parts) < 2 or "://" in parts[0] or "@" in parts[0]:
        return False
    m = _WORD.match(parts[0])
    if not m or m.end() != len(parts[0].rstrip(",")):
        return False
    return m.group(0).islower() or m.group(0) in _CONJUNCTIONS


def _token_gap(gap: str) -> bool:
    """The text between the two kept lines: a newline, one or two single-token lines, a newline."""
    if not (gap.startswith("\n") and gap.endswith("\n")):
        return False
    lines = gap[1:-1].split("\n")
    return 1 <= len(lines) <= _MAX_GAP and all(ln.strip() and len(ln.split()) == 1 for ln in lines)


def across_joins(text: str, kept: list[list[int]]) -> list[int]:
    """Indexes ``k`` of ``kept`` whose range goes on into range ``k + 1`` across removed token lines (both ranges
    whole lines of ``text``)."""
    out: list[int] = []
    for k in range(len(kept) - 1):
        a0, a1 = kept[k]
        b0, b1 = kept[k + 1]
        if (a0 and text[a0 - 1] != "\n") or text[a1:a1 + 1] != "\n" or text[b0 - 1:b0] != "\n" \
                or text[b1:b1 + 1] not in ("\n", ""):
            continue  # a range cut inside its line: not a line kept whole
        if _token_gap(text[a1:b0]) and _goes_on(text[a0:a1]) and _continues(text[b0:b1]):
            out.append(k)
    return out


def join_across(doc: Document) -> int:
    """Join the kept lines :func:`across_joins` finds in place: the removed lines between them become spaces, the
    ranges merge, each join goes to the ledger and its offset to ``doc.meta["verse_joins"]``.  Returns how many."""
    kept = doc.meta.get("kept")
    if not kept or len(kept) < 2:
        return 0
    found = across_joins(doc.text, kept)
    if not found:
        return 0
    chars = list(doc.text)
    joins: list[int] = []
    merged: list[list[int]] = []
    took = set(found)
    for k, (a, b) in enumerate(kept):
        if k - 1 not in took:
            merged.append([a, b])
            continue
        a1 = merged[-1][1]
        merged[-1][1] = b
        joins.append(a1)
        for p in range(a1, a):
            chars[p] = " "
            if doc.text[p] != "\n":
                continue
            # each line break of the gap, as join_soft_breaks records one (the token lines keep their removal)
            ra, rb = doc.to_raw(p - 1) + 1, doc.to_raw(p + 1)
            if ra < rb:
                doc.ledger.append(LedgerEntry("softbreak.across", "joined", doc.raw_text[ra:rb], ra, rb,
                                              note="the sentence goes on across a removed token line"))
    kept[:] = merged
    doc.text = "".join(chars)
    doc.meta["verse_joins"] = sorted(doc.meta.get("verse_joins", []) + joins)
    return len(joins)
