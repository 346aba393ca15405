"""A guard: a poem's author and date printed under the poem are the poem's, not the page's byline and stamp (issue
12, cpq102).

``boilerplate.byline`` takes a bare personal name next to removed lines as the post's author, and
``boilerplate.date_line`` a date alone on its line as the post's stamp.  Under a poem quoted in the text, the poet's
name and the poem's date close the quotation: library.vladimir.ru's autumn notice quotes Tyutchev's quatrain ("Есть в
осени первоначальной / Короткая, но дивная пора – / Весь день стоит как бы хрустальный, / И лучезарны вечера…"), then
"Фёдор Тютчев" (taken as ``byline``) and "22 августа 1857" (taken as ``date_line``): cpf101's CHECK2 sample, fresh
pages from sites in no part.  :func:`~.layout.verse_attribution` keeps the author's line under a poem printed in
quotation marks only; this guard reads the poem by its metre instead (:func:`~.softbreak_verse.poems`: four verse lines
or more of about the same syllables, a third of the Russian ones rhyming, the sign the segmenter already joins a verse
by), and keeps up to :data:`MAX_LINES` lines right under its last line (blank lines between allowed) that are an
author's line (two to five capitalised words, no sentence end) or a date alone (:func:`~.features.is_date_line`, five
words at most).  The first other line ends the tail.

Dev (every labelled part, held55 not in the tree): a name or a date right under a poem in metre is content once
(train30's ``t30ru02``, "1956 год" under a children's poem, kept already) and clutter never; the clutter under
poems in metre on dev (a menu's one-word items under a list of headlines read as verse in html-ru-aif, a source line
under t30vi06's poem, a hyphenated category in t27ru22) is no author's line and no date, and stays removed.
"""

from __future__ import annotations

import re

from . import date_kinds
from .features import _END, is_date_line
from .softbreak_verse import poems, verse_line

__all__ = ["attribution", "MAX_LINES", "RULES"]

#: the rules whose lines the guard takes back (a byline, a date line and the lines date_line's shape goes under)
RULES = frozenset(("boilerplate.byline", *date_kinds.RULES))
MAX_LINES = 2  # the author's line and the poem's date at most
_NAME_WORDS = (2, 5)  # an author's line: this many capitalised words


def _signature(s: str) -> bool:
    words = s.split()
    if not words:
        return False
    if _NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1] and all(w[:1].isupper() for w in words) \
            and not any(ch.isdigit() for ch in s) and s[-1:] not in _END:
        return True
    # a date may carry the editor's doubt ("1863 ?", ruthenia.net's Tyutchev, cpq102's TUNE pages)
    return len(words) <= _NAME_WORDS[1] and is_date_line(s)


#: where :mod:`.softbreak` joined two verse lines before the line layers ("Весь день стоит как бы хрустальный, И
#: лучезарны вечера…": a comma or a dash, a space, a capital)
_JOINED = re.compile(r"(?<=[,;:–—]) (?=[^\W\d_])")


def _pieces(lines: list[str]) -> tuple[list[str], list[int]]:
    """The lines cut where :mod:`.softbreak` may have joined two verse lines, and the line each piece comes from."""
    pieces: list[str] = []
    at: list[int] = []
    for i, line in enumerate(lines):
        cuts = [m.end() for m in _JOINED.finditer(line) if line[m.end()].isupper()] if line.count(" ") >= 3 else []
        for a, b in zip([0, *cuts], [*cuts, len(line)]):
            pieces.append(line[a:b].strip())
            at.append(i)
    return pieces, at


def _after_verse(lines: list[str], j: int) -> bool:
    """A verse line (:func:`~.softbreak_verse.verse_line`, its last piece) stands right above line ``j``, or above the
    line over it (the author's line over the date), blank lines skipped."""
    seen = 0
    for k in range(j - 1, -1, -1):
        s = lines[k].strip()
        if not s:
            continue
        if verse_line(_pieces([s])[0][-1]):
            return True
        seen += 1
        if seen == MAX_LINES:
            return False
    return False


def attribution(lines: list[str], bad: set[int], found: dict) -> set[int]:  # type: ignore[type-arg]
    """Indexes of the author's and date lines right under a poem whose lines are all kept (not in ``bad``); the poem
    is looked for only when the boilerplate layer's findings ``found`` hold a byline or a date line (:data:`RULES`)."""
    out: set[int] = set()
    if not any(_after_verse(lines, j) for j, v in found.items() if v[0] in RULES):
        return out  # no byline or date line right under a verse line: no poem to read (a page's date stamp, perf)
    pieces, at = _pieces(lines)
    for verse in poems(pieces):
        rows = {at[k] for k in verse}
        if any(k in bad for k in rows):
            continue
        j, taken = max(rows) + 1, 0
        while j < len(lines) and taken < MAX_LINES:
            s = lines[j].strip()
            if s:
                if not _signature(s):
                    break
                out.add(j)
                taken += 1
            j += 1
    return out
