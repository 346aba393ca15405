"""A heading line whose parts a stop separates: one unit, no sentence break inside (seg27).

A page's title or rubric line often strings short parts together with full stops and ends without one:
"Наблюдения. Судак. Часть 2", "История. Социальное управление (ауд. 413, корп. II)", "Пирожки названия.
Неделя пирогов".  The splitter cuts at each stop; the line is one heading.  A line is taken for such a heading
when it has no sentence end of its own (its last character, closing quotes and brackets aside, is no
``.!?…:;``) and

* it is short (:data:`SHORT_WORDS` words at most) and every break inside it follows a full stop (not "?" or
  "!": "Поехали! Какие города …" is two units), or
* a part of one word closes with the stop (a rubric label: "История. …", "Наблюдения. …"): that break alone
  is undone.

A title's line closed by the part of a series ("Пространные рассуждения о кулинарных книгах. Часть первая.",
"… Phần 2") is one unit too, stop or none (the title :data:`TITLE_WORDS` words at most, the part the line's
second and last unit).

A longer line of two full sentences with no stop at its end ("Специальная китайская операция. Компартия КНР
переняла российский опыт …", "Экспертный кейс. Миграция …") keeps its break: its first part has two words
or more and the line is longer than :data:`SHORT_WORDS`.
"""

from __future__ import annotations

import re

__all__ = ["merge_heading_line", "SHORT_WORDS", "TITLE_WORDS"]

#: the most words a heading line may have for all its inner breaks to be undone
SHORT_WORDS = 6
_CLOSERS = "\"'”’»)]"
# a one-word part closed by a full stop: a capitalised word of three letters or more (no abbreviation: "ул.",
# "г." are lower case; no initial: one letter)
_LABEL = re.compile(r"[«“\"(]?[^\W\d_][^\W\d_]{2,}[»”\")]?\.", re.UNICODE)


#: the most words of a title that a part number closes
TITLE_WORDS = 12
# the part of a series closing a title's line: "Часть первая.", "Часть 2", "Phần 3", "Kỳ 2.", "Part II"
_PART_TAIL = re.compile(r"(?:Часть|Phần|Kỳ|Part)\s+(?:\d{1,3}|[IVX]{1,5}|первая|вторая|третья|четв[её]ртая|пятая"
                        r"|một|hai|ba|bốn|năm|cuối|one|two|three|four|five)\.?", re.UNICODE)


def _strip(text: str, span: tuple[int, int]) -> tuple[int, int]:
    a, b = span
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _no_end(text: str) -> bool:
    s = text.rstrip().rstrip(_CLOSERS)
    return bool(s) and s[-1] not in ".!?…:;"


def merge_heading_line(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (sentence spans of the line ``text``) with the breaks inside a heading line undone."""
    if len(spans) == 2 and _PART_TAIL.fullmatch(text, *_strip(text, spans[1])) \
            and len(text[spans[0][0]:spans[0][1]].split()) <= TITLE_WORDS:
        return [(spans[0][0], spans[1][1])]  # "Пространные рассуждения о кулинарных книгах. Часть первая."
    if len(spans) < 2 or not _no_end(text):
        return spans
    stops = [text[a:b].rstrip()[-1:] for a, b in spans[:-1]]
    if len(text.split()) <= SHORT_WORDS and all(s == "." for s in stops):
        return [(spans[0][0], spans[-1][1])]
    out = [spans[0]]
    for a, b in spans[1:]:
        pa, pb = out[-1]
        prev = text[pa:pb].strip()
        if prev[:1].isupper() and _LABEL.fullmatch(prev) is not None:
            out[-1] = (pa, b)
        else:
            out.append((a, b))
    return out
