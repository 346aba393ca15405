"""A listing's record fields told from a widget's counters (issue 12, cp85; ``boilerplate.counters``'s guard).

held48's rental listing page (h48vi14) lost its eleven cards' fields to :func:`.widgets.counters`: "3 triệu/tháng
25m²", "29 triệu/tháng 170m²", "1 phòng ngủ", "2 phòng ngủ" stand seven and four times on the page, the same once
their numbers are masked, like a recipe list's "12 ингредиентов" / "8 ингредиентов" (held13's h13ru10).  On a
listing page the cards are the text: a price per period, an area, a count of rooms state the listed item's own facts
(Convention 5: "a field that states the page's own facts (a price, a capacity, opening hours) is content"), as the
fee table of held46's h46vi12 ("2.200.000 VNĐ" / "2.100.000 VNĐ" / "2.000.000 VNĐ", kept only because numbers with
two dots are not read) and train27vi's "143,000 ~ 145,000 JPY/tháng".  A widget's counter counts the page's readers
or parts with a counting word ("Lượt xem: 571", "12 ингредиентов", "5 комментариев", "1400 рецептов").

:func:`record_field` reads the line's words once its numbers are gone: every one of them is a unit of a record -- a
currency or money word ("triệu", "tỷ", "đ", "VNĐ", "руб.", "₽", "$", "тыс."), an area ("m²", "m2", "кв. м", "га",
"соток", "sq ft"), a period after a slash or "в" ("/tháng", "/мес", "/night", "в месяц") or a count of rooms
("phòng ngủ", "PN", "комн.", "комнаты", "bedrooms", "WC").  A line holding any other word is left to the counters
rule.
"""

from __future__ import annotations

import re

__all__ = ["record_field"]

#: units of a listed item's record, as whole tokens (lower case); "phòng ngủ", "кв. м" are read as their parts
_UNITS = frozenset("""
    triệu tr tỷ ty nghìn ngàn k đồng đ ₫ vnđ vnd usd $ € eur £ ¥ jpy cny ₽ руб р тыс млн млрд рублей рубля рубль
    m² м² кв м sqm sq ft ha га сот соток сотки сотка
    phòng ngủ pn wc tắm toilet комн комнат комната комнаты комнатная комнатная спальня спальни спален
    bedroom bedrooms bed beds bath baths bathroom bathrooms
    tháng năm ngày đêm мес месяц сутки ночь год month night day year week tuần нед неделя
    в per
""".split())
#: a number with its separators ("2.200.000", "25 000", "1,5")
_NUMBER = re.compile(r"\d+(?:[.,\s]\d+)*")
#: square metres written with a digit two after a number ("80m2", "45 м2")
_SQUARE = re.compile(r"(?<=\d)\s?([mм])[2²](?![\w²])")
_TOKEN = re.compile(r"[^\W\d_]+|[$€£¥₫₽²]")
_MAX_CHARS = 40


def record_field(s: str) -> bool:
    """True when ``s`` is numbers with units of a record alone ("3 triệu/tháng 25m²", "1 phòng ngủ", "45 кв. м",
    "25 000 ₽/мес", "2 bedrooms"): a listed item's field, no widget's counter (module docstring)."""
    s = s.strip()
    if not s or len(s) > _MAX_CHARS or not _NUMBER.search(s):
        return False
    rest = _NUMBER.sub(" ", _SQUARE.sub(r" \1² ", s.casefold()))
    toks = _TOKEN.findall(rest)
    if not toks:
        return False
    return all(t in _UNITS for t in toks) and any(t not in _PERIODS for t in toks)


#: the words of a period alone ("5 năm", "3 ngày", "2 tháng") are a duration, no record's unit
_PERIODS = frozenset("tháng năm ngày đêm мес месяц сутки ночь год month night day year week tuần нед неделя в "
                     "per".split())
