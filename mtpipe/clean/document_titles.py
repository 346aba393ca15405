"""A document site's page title made of the document's opening words: both copies stay (issue 12, cp68).

A site serving documents (a school's rules, a college's regulation, a form) prints the page's title as the page's first
line, written in ordinary case, made of the document's own opening words; the document below then opens with its
header block in capitals, the same words among its lines: "Правила внутреннего распорядка обучающихся" ⏎
"МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ …" ⏎ "ПРАВИЛА ВНУТРЕННЕГО РАСПОРЯДКА ОБУЧАЮЩИХСЯ" (``t28ru65``), or the whole letterhead
lower-cased on one line over "МИНИСТЕРСТВО …" ⏎ "ЧАСТНОЕ … УЧРЕЖДЕНИЕ «…»" (``h22ru04``).  ``dedupe.exact`` and
``dedupe.contained`` took the letterhead's line as the title's copy.  ``held22``'s written choice (realpages README,
"Adjudication, twenty-ninth session", "Not changed"; Convention 12) labels both copies content.

The class, from structure: the earlier copy is the document's first kept line, most of its letters in lower case; the
later copy is in capitals and stands in a block of capitals (the nearest kept line above or below it in capitals too,
not the title itself).  A news title's copy in the text is in the title's own case; a teaser or related-list copy
stands among lines in ordinary case: none has this shape.  Over every realpages part (content and clutter), of 160
annotated lines copying a document's first line, the shape holds for ``h22ru04`` (both readings) and ``t29ru07`` (its
act's title lines in capitals, content, the site title above clutter), all kept; ``crawl9``'s chapter titles in
capitals (clutter) sit under a title mostly in capitals ("Bài 7 - Chương 4 : GIAI ĐOẠN …"), not in ordinary case.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["opening_title_copy"]

_MIN_LETTERS = 3
_LOWER_SHARE = 0.7  # of the title's letters in lower case


def _capitals(line: str | None) -> bool:
    """``line`` has letters and all of them are capitals ("“ СРЕДНЯЯ ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА № 6”")."""
    if not line:
        return False
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= _MIN_LETTERS and all(ch.isupper() for ch in letters)


def _ordinary_case(line: str) -> bool:
    """Most of ``line``'s letters are lower case: a sentence-case title, not a chapter's title in capitals with a
    counter before it ("Bài 7 - Chương 4 : GIAI ĐOẠN LỚN LÊN …", ``crawl9``'s header copies over "CHƯƠNG 4" ⏎ "GIAI
    ĐOẠN …", where the copy in capitals is clutter)."""
    letters = [ch for ch in line if ch.isalpha()]
    return bool(letters) and sum(ch.islower() for ch in letters) >= _LOWER_SHARE * len(letters)


def opening_title_copy(live_line: Callable[[int], str | None], first: int, later: int, count: int) -> bool:
    """Line ``later`` copies (or is held in) line ``first``, the page's title, and is the document's header line
    in capitals: ``first`` is the first kept line, mostly in lower case, ``later`` is in capitals and a kept line next
    to it (above, after ``first``, or below) is in capitals too.  ``live_line(k)`` is line ``k`` or ``None`` once
    removed or out of range; ``count`` the number of lines."""
    if any(live_line(k) is not None for k in range(first)):
        return False
    title, line = live_line(first), live_line(later)
    if not title or not _ordinary_case(title) or not _capitals(line):
        return False
    above = next((live_line(k) for k in range(later - 1, first, -1) if live_line(k) is not None), None)
    below = next((live_line(k) for k in range(later + 1, count) if live_line(k) is not None), None)
    return _capitals(above) or _capitals(below)
