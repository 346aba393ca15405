"""A Russian heading whose subtitle is a question printed without its "?" (bnd70, issue 12; README Convention 2).

A news page's heading, its title or a section heading inside the text, often pairs a statement with a question that
a headline prints without its "?": "Реки потеряли свои берега. Как регионы России справляются с весенним паводком"
(held25's ``h25ru14``, a heading between two paragraphs), "“Солнце не опускается”. Почему китайские НКО не признают
…" (ru08), "Китай заводы на дальнем востоке. Нужны ли россии китайские предприятия …" (held38).  The page's first
line is its title line already (:func:`~.heading_line.merge_title_line`); a heading further down was cut in two.

The sign (:func:`question_subtitle`): a line that stands alone (a blank line or the text's edge before and after it),
no stop at its end, whose last part opens with a question word (Как, Почему, Что, Зачем, Где, Когда, Кто, Сколько,
Какой …, or a word and "ли": "Нужны ли", "Можно ли", "Стоит ли") and holds no comma (a sentence left without its stop
that opens "Как сообщает ТАСС, …" or "Что касается …, " has one); the rest is :func:`~.heading_line.merge_title_line`'s
(twenty words at most, two or three parts, each break after a full stop or a "?").

Dev (every labelled part, lines of content with no stop at the end and a part opening with such a word): six lines,
all one unit by the labels (``h20ru11``, ``h25ru14``, ``h37ru12``, ``h38ru02``, ``h39ru02``, ``ru08``); the two
split ones are a hard-wrapped paragraph's line ending in "Что" (``h49ru05``, no line alone) and a 76-word teaser
(``h6ru01``).
"""

from __future__ import annotations

import re

__all__ = ["question_subtitle"]

_QUESTION = re.compile(r"[«\"“]?(?:Как|Почему|Отчего|Зачем|Где|Когда|Кто|Сколько|Куда|Откуда|Чем|Что|Каки[ем]|Какой"
                       r"|Какая|Какое|Каким|Какую|Чего|Кому|Кого|[А-ЯЁ][а-яё]+ ли)\b")


def _alone(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` is a whole line with a blank line (or the text's edge) before and after it."""
    before = text[:a].rstrip(" \t")
    after = text[b:].lstrip(" \t")
    return (not before or before.endswith("\n\n") or before == "\n") and (not after or after.startswith("\n\n")
                                                                          or after == "\n")


def question_subtitle(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the line ``text[a:b]`` (its sentence spans ``spans``, relative to ``a``) is a heading standing alone
    whose last part is a question without its "?" (see the module)."""
    if len(spans) < 2 or not _alone(text, a, b):
        return False
    chunk = text[a:b]
    last = chunk[spans[-1][0]:spans[-1][1]].strip()
    return _QUESTION.match(last) is not None and "," not in last
