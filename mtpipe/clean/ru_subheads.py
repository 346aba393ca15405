"""A Russian subheading over its paragraph: a long adjective and a noun, no clutter (issue 12, cp84).

A news article's section opens with a heading of two or three words, an adjective in the singular and a noun
("Многовекторная политика", "Главная звезда": RT articles of cp83's Russian clean-news sample, right under the title
and taken by ``classifier.line``, which reads a short line before the article's first sentence as a rubric).  On the
dev realpages parts a line of that shape straight over a sentence-like paragraph is mostly content (a section's
heading: "Историческая справка", "Наличный расчет", "Арбузный десант"); the clutter of the shape there is plural
("Свежие комментарии", "Расширенные новости", a widget's or a menu's label) or names the site's own furniture
("Официальный сайт администрации", "Бесплатный доступ"): both left out.

:func:`subheadings` gives the lines the classifier never removes: a line of a capitalised adjective in the singular
("-ая", "-яя", "-ый", "-ий", "-ой", "-ое", "-ее") and one or two lower-case words, none of :data:`SITE_WORDS`, whose
next non-blank line is a sentence of :data:`MIN_WORDS` words or more ending in a stop.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["MIN_WORDS", "SITE_WORDS", "subheadings"]

MIN_WORDS = 8  # words of the paragraph under the heading
#: stems of the site's own furniture a menu's or a box's label names ("Официальный сайт", "Бесплатный доступ",
#: "Мобильная версия", "Личный кабинет", "Обратная связь", "Предыдущая новость", "Расширенный поиск")
SITE_WORDS = ("сайт", "доступ", "верси", "кабинет", "связь", "страниц", "новост", "материал", "коммента", "поиск",
              "рассылк", "подписк", "лента", "меню", "реклам", "информац", "каталог", "консультац")
_HEAD = re.compile(r"[А-ЯЁ][а-яё]{2,}(?:ая|яя|ый|ий|ой|ое|ее)(?: [а-яё]{2,}){1,2}")
_STOP = re.compile(r"[.!?…][»\"”)]*$")


def _sentence(s: str) -> bool:
    return len(s.split()) >= MIN_WORDS and _STOP.search(s.strip()) is not None


def subheadings(page: list[str], removed: dict[int, Any]) -> set[int]:
    """Indexes of ``page`` (the document's lines) that are a subheading over a sentence-like paragraph (module
    docstring); ``removed`` is not read (the heading's paragraph is judged by its shape alone)."""
    out: set[int] = set()
    for i, line in enumerate(page):
        s = line.strip()
        if len(s) > 60 or not _HEAD.fullmatch(s) or any(w in s.casefold() for w in SITE_WORDS):
            continue
        nxt = next((x for x in page[i + 1:i + 4] if x.strip()), "")
        if _sentence(nxt):
            out.add(i)
    return out
