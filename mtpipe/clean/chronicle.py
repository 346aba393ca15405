"""A chronicle's heading (round bnd54, issue 12): a short heading over a list of dated facts, each opening with a year.

A history page prints its chronicle one fact a line, each line opening with a year (or a span of years) and a dash:
"1364 — В Нижегородском княжестве свирепствует эпидемия чумы.", "1891–1892 — год в Княгининском уезде …", "1945 –
Cách mạng tháng Tám thành công"; a short heading stands over it ("Даты", "Хронология", "Các mốc lịch sử"), at most
two lines (an epigraph and its author) between.  The line classifier (:mod:`.classifier`) judges a short line above
the article's first sentence, and a one-word heading looks like a rubric label there: held37's ``h37ru15`` (a
district hospital's "Даты" over its chronicle, dev since the twenty-sixth session) scored 0.911 against a threshold
of 0.905 once the contact block above it was no longer cut at a wrapped address (round bnd54,
:mod:`.softbreak_fields`: the address's trailing comma had made it the article's first line of text).

:func:`chronicle_heads` (a page guard, :func:`.classifier_guards.page_guards`): a line of one to four words
("Các mốc lịch sử": a Vietnamese word is a syllable), without a figure and without a sentence end, whose next three
lines hold the first of three or more year lines among its next eight (a year of four digits, a span of years,
"год"/"г."/"năm" allowed, then a dash or a colon and a word); the lines between it and the first, if any, an
epigraph (a sentence, then its author's line).  Of a menu over the chronicle only its last item is held.  Left to
the model: a heading over a list of years with counts only ("Архив⏎2024 — 15⏎2023 — 40", an archive widget), a
heading over dated news items ("12.03.2024 — …": a full date, no chronicle).
"""

from __future__ import annotations

import re

__all__ = ["chronicle_heads"]

#: a chronicle's fact: a year or a span of years, then a dash or a colon and a word
_YEAR_FACT = re.compile(r"^\s*(?:1\d{3}|20\d{2})(?:\s*[-–—]\s*(?:1\d{3}|20\d{2}))?(?:\s*(?:год[ыа]?|гг?\.|năm))?"
                        r"\s*[-–—:]\s*[^\W\d_]")
_NEAR, _SPAN, _LEAST, _WORDS = 3, 8, 3, 4  # the first fact within three lines, three within eight; four words


def chronicle_heads(lines: list[str]) -> set[int]:
    """Indexes of ``lines`` (a page's non-empty lines) that head a chronicle (never removed by the classifier)."""
    facts = [bool(_YEAR_FACT.match(s)) for s in lines]
    if sum(facts) < _LEAST:
        return set()
    heading = [_heading(s) and not f for s, f in zip(lines, facts)]  # (a fact is never a heading)
    out = set()
    for i in range(len(lines)):
        first = next((k for k in range(i + 1, min(len(lines), i + 1 + _NEAR)) if facts[k]), -1)
        if heading[i] and first > 0 and (first == i + 1 or _ends(lines[i + 1])) \
                and sum(facts[i + 1:i + 1 + _SPAN]) >= _LEAST:
            out.add(i)
    return out


def _ends(line: str) -> bool:
    return line.strip().rstrip("\"'»”)")[-1:] in ".!?…"


def _heading(line: str) -> bool:
    """One to four words, no figure, no sentence end."""
    t = line.strip()
    return 1 <= len(t.split()) <= _WORDS and not any(ch.isdigit() for ch in t) and not _ends(t)
