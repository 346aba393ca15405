"""A letter's address and greeting printed over its text are the article's (issue 12, rtq98).

RT printed open letters whole (rtq96's fresh check draw, rt_05642 "Письмо Януковича Трампу"): the addressee in the
dative, one short line each ("Его Превосходительству" / "Господину Дональду Трампу" / "Президенту Соединенных Штатов
Америки"), the greeting ("Уважаемый господин Президент,"), then the letter's paragraphs.  ``boilerplate.byline`` read
the address lines and the greeting as names beside removed lines (a paragraph number "(1)" under the greeting was
removed as a counter).

:func:`letter_head`: a **greeting** -- a line opening with "Уважаемый" / "Глубокоуважаемый" / "Дорогой" (any ending),
:data:`GREETING_WORDS` words at most, closing on a comma or "!" -- over the letter's **paragraph** (the next line with
letters: :data:`PARA_WORDS` words at least, a stop inside or at its end, no site's notice by
:func:`.notices.site_notice_line`: "Уважаемый пользователь!" over a cookie notice is the site's, train27ru t27ru26),
under an **address**: the run of short lines right above it (:data:`ADDRESS_WORDS` words at most each, no stop, no
colon, up to a blank line or the page's first line), one of which opens with a person's noun in the dative (the
dictionary's reading ``NOUN,anim … datv``: "Господину", "Президенту", "Госпоже", "Министру").
:func:`release_letter_heads` takes back the byline rules' removals (:data:`RULES`) among the address lines and the
greeting, ledger :data:`RULE`.  It runs with the last take-backs (:func:`.policy.write_held`).

Dev (every realpages part but the blind one, a static scan of the labels): a greeting line of the shape is content 6
("Уважаемые покупатели!", "Дорогие братья и сестры!", "Уважаемые и любимые наши зрители!", …; none under an address)
and clutter 1 (the cookie notice's "Уважаемый пользователь!"); :func:`letter_head` over every dev document: no line,
content or clutter.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .ledger import record
from .notices import site_notice_line
from .ru_genitive import _guessed

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "RULES", "letter_head", "release_letter_heads"]

RULE = "keep.letter_head"
#: the rules whose lines are asked (rtq96's check draw: the address lines and the greeting went as bylines)
RULES = frozenset(("boilerplate.byline", "boilerplate.short_run", "boilerplate.between_removed"))
GREETING_WORDS = 8
ADDRESS_WORDS = 6
ADDRESS_LINES = 5  # address lines looked at above the greeting
PARA_WORDS = 8
_GREETING = re.compile(r"^(?:Глубоко)?[Уу]важаем[а-яё]*\s|^Дорог(?:ой|ая|ие)\s")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_DATIVE_PERSON = re.compile(r"^NOUN,anim\b.*\bdatv\b")


def _dative_person(line: str) -> bool:
    m = _WORD.match(line.strip())
    return bool(m) and any(_DATIVE_PERSON.search(t) for t in _guessed(m.group(0).lower()))


def _paragraph(s: str) -> bool:
    s = s.strip()
    return len(_WORD.findall(s)) >= PARA_WORDS and bool(re.search(r"[.!?…]", s)) and not site_notice_line(s)


def letter_head(lines: list[str], i: int) -> list[int]:
    """The address lines over the greeting at line ``i`` (module docstring), nearest first; [] when line ``i`` heads
    no letter."""
    s = lines[i].strip()
    if not _GREETING.match(s) or s[-1:] not in ",!" or len(_WORD.findall(s)) > GREETING_WORDS:
        return []
    below = next((lines[j] for j in range(i + 1, len(lines)) if any(ch.isalpha() for ch in lines[j])), "")
    if not _paragraph(below):
        return []
    run = []
    for j in range(i - 1, max(-1, i - 1 - ADDRESS_LINES), -1):
        t = lines[j].strip()
        if not t or j == 0 or len(_WORD.findall(t)) > ADDRESS_WORDS or t[-1:] in ".!?…:;,":
            break
        run.append(j)
    return run if any(_dative_person(lines[j]) for j in run) else []


def release_letter_heads(marks: "Marks") -> list[int]:
    """Take back the byline rules' removals of a letter's address and greeting (module docstring), each with a
    ``kept`` ledger entry.  Returns the lines taken back."""
    removed = marks.removed
    if not removed or marks.lang != "ru" or not any(r[0] in RULES for r in removed.values()):
        return []
    lines = marks.line_texts()
    held = getattr(removed, "held", {})
    back = []
    for i, s in enumerate(lines):
        if not _GREETING.match(s.strip()):
            continue
        heads = letter_head(lines, i)
        for j in [i, *heads] if heads else []:
            if j in removed and removed[j][0] in RULES:
                rule = removed[j][0]
                dict.__delitem__(removed, j)
                held.pop(j, None)
                back.append(j)
                a, b = marks.spans[j]
                record(marks.doc, RULE, a, b, f"{rule} would remove it: a letter's address or greeting over its "
                       "text", action="kept")
    return back
