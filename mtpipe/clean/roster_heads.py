"""A Russian article's series of short title-case headings over their paragraphs: a person's name heading a section
is no byline (issue 12, rtq93).

cp92's fresh RT check draw lost players' names heading the sections of a list ("Список Черчесова: Дзюба, Шатов и ещё
10 футболистов …": "Олег Шатов" under the title, "Иван Новосельцев" and "Игорь Денисов" after an embedded post's
date; "11 друзей РФПЛ: …": "Александр Селихов" under the title) to ``boilerplate.byline`` ("a bare personal name
between the title and the text", "next to removed lines").  The line is a byline's exact shape; what tells it is the
article's **structure**: the same shape heads paragraphs two more times or more in the document ("Артём Дзюба",
"Никита Чернов", "Илья Кутепов" kept over theirs) -- a roster, a list of candidates, of letters ("Письмо Януковича
Меркель"), of speakers.  A byline stands once, at the top or the end; a photo caption has its credit under it.

:func:`release_roster_heads` takes back a line :data:`.word_subheads.RULES` removed when (a) its words are
:func:`title_words` (2-3 capitalised Cyrillic words, <= 40 characters, no end mark), (b) the next non-blank line is a
live paragraph (:func:`.word_subheads.below`, a related-links box stepped over), and (c) the document holds
:data:`MIN_SERIES` lines or more of that shape each right over a paragraph (this one counted; removed or not).

Dev (every realpages part but the blind one, ru, a static scan of the labels): a document with two or more
title-case lines over paragraphs: **none** (9 such lines stand alone in their documents: 8 clutter, "Сергей
Шевченко", "Никита Захаров" …; 1 content); so no dev line can move.  The fresh RT samples 83-92 and seed 931's tune
half (6,120 articles, static scan): 11 documents hold a series of three or more -- rosters, candidates, letters,
an interview's speakers -- none clutter.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .ledger import record
from .word_subheads import RULES, below, paragraph

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "MIN_SERIES", "title_words", "release_roster_heads"]

RULE = "keep.roster_head"
MIN_SERIES = 3  # lines of the shape over paragraphs in the document, the line itself counted
_WORD = re.compile(r"^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$")
_MAX_CHARS = 40


def title_words(line: str) -> bool:
    """2-3 capitalised Cyrillic words, no end mark ("Олег Шатов", "Письмо Януковича Меркель")."""
    t = line.strip()
    if len(t) > _MAX_CHARS or t[-1:] in ".!?…:;,»\"":
        return False
    words = t.split()
    return 2 <= len(words) <= 3 and all(_WORD.match(w) for w in words)


def _series(lines: list[str]) -> int:
    """Lines of :func:`title_words` whose next non-blank line is a paragraph (removed or not)."""
    full = [t for t in lines if t.strip()]
    return sum(1 for k in range(len(full) - 1) if title_words(full[k]) and paragraph(full[k + 1]))


def release_roster_heads(marks: "Marks") -> list[int]:
    """Take back each Russian line of a series of title-case headings (module docstring).  Returns the lines taken
    back."""
    removed = marks.removed
    if not removed or marks.lang != "ru":
        return []
    text, spans = marks.doc.text, marks.spans
    cand = [i for i in sorted(removed) if str(removed[i][0]) in RULES and title_words(text[spans[i][0]:spans[i][1]])]
    if not cand or _series([text[a:b] for a, b in spans]) < MIN_SERIES:
        return []
    held = getattr(removed, "held", {})
    back = []
    for i in cand:
        under = below(marks, i)
        if under is None or not paragraph(under):
            continue
        rule = str(removed[i][0])
        dict.__delitem__(removed, i)
        held.pop(i, None)
        back.append(i)
        a, b = spans[i]
        record(marks.doc, RULE, a, b, f"{rule} would remove it: one of a series of title-case headings over their "
                                      "paragraphs", action="kept")
    return back
