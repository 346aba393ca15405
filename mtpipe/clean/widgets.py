"""A site's widgets told by shape (issue 12, seventeenth round): no rule names a page's wording.

* :func:`measure_bar`: a header's weather and exchange-rate bar, lines that are only a number with a unit
  or a currency sign ("+5 °C", "89,72 р.", "$ 24.35", "1 USD = 25 400 đ"), two or more of them above the
  article's first line of text;
* :func:`counters`: a listing's counters, short lines (three words at most, no sentence) that are the same
  once their numbers are masked and stand three times or more on a page with different numbers that do not
  count up one by one ("12 ингредиентов", "8 ингредиентов", "6 ингредиентов"; "Шаг 1", "Шаг 2", "Шаг 3"
  are the text's headings and stay); nor a product's name over its section, which names it again ("Xperia 5 III",
  cp82); nor a listing card's price, area or rooms ("3 triệu/tháng 25m²", "1 phòng ngủ": :mod:`.record_fields`, cp85).
"""

from __future__ import annotations

import re

from .profile_guards import year_heading
from .features import _sentence_like
from .record_fields import record_field
from .words import line_folded, line_words

__all__ = ["measure_bar", "counters"]

_NUM = r"[+\-−–]?\d[\d\s.,]*"
_UNIT = r"(?:°\s?[CF]?|%|р\.?|руб\.?|₽|\$|€|£|¥|đ|₫|vnđ|vnd|usd|eur|rub|cny|грн\.?|₴|тг|₸|мм|mm|м/с|m/s|гПа|hPa)"
#: a line that is a reading of a gauge: an optional currency or its code, a number, an optional unit
_MEASURE = re.compile(rf"^(?:{_UNIT}\s?)?(?:\d+\s?{_UNIT}\s?=\s?)?{_NUM}\s?{_UNIT}?\s?(?:[↑↓▲▼]\s?)?$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def _body(lines: list[str], bad: set[int]) -> list[int]:
    return [i for i in range(len(lines)) if i not in bad and (_sentence_like(lines[i]) or len(lines[i]) > 150)]


def _is_measure(s: str) -> bool:
    s = s.strip()
    if not s or len(s) > 30 or not any(ch.isdigit() for ch in s):
        return False
    m = _MEASURE.match(s)
    # a bare number is not enough: a unit or a currency must stand with it
    return m is not None and not _DIGITS.fullmatch(s.lstrip("+-−–").strip())


def measure_bar(lines: list[str], bad: set[int]) -> dict[int, tuple[str, str, dict[str, str]]]:
    """Gauge readings above the article's first line of text, when there are two or more of them."""
    got = [i for i, s in enumerate(lines) if i not in bad and _is_measure(s)]
    if len(got) < 2:
        return {}  # a cheap test first: most pages hold no reading at all
    body = _body(lines, bad)
    got = [i for i in got if body and i < body[0]]
    if len(got) < 2:
        return {}
    return {i: ("boilerplate.measure_bar", f"a reading with a unit above the article, one of {len(got)} "
                "(a weather or exchange-rate bar)", {}) for i in got}


def _numbers(s: str) -> list[float]:
    out = []
    for m in _DIGITS.findall(s):
        try:
            out.append(float(m.replace(",", ".").replace(" ", "")) if m.count(",") + m.count(".") <= 1 else -1.0)
        except ValueError:
            out.append(-1.0)
    return out


def counters(lines: list[str], bad: set[int]) -> dict[int, tuple[str, str, dict[str, str]]]:
    """Short lines the same but for their numbers, three times or more, not counting up one by one (the
    copies other rules removed count as evidence)."""
    groups: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        s = line.strip()
        if not s or len(line_words(s)) > 3 or s[-1:] in ".!?…" or not any(ch.isdigit() for ch in s):  # (perf79)
            continue
        key = _DIGITS.sub("0", line_folded(s))
        if not any(ch.isalpha() for ch in key):
            continue  # bare numbers and dates: other rules' business
        groups.setdefault(key, []).append(i)
    out: dict[int, tuple[str, str, dict[str, str]]] = {}
    if not any(len(idx) >= 3 for idx in groups.values()) or not _body(lines, bad):
        return out  # the page's text is looked for only when a counter stands three times
    for key, idx in groups.items():
        if len(idx) < 3:
            continue
        nums = [_numbers(lines[i]) for i in idx]
        if len({tuple(n) for n in nums}) < 2:
            continue  # the same line each time: the duplicate rules judge it
        firsts = [n[0] for n in nums if n]
        if all(b - a == 1 for a, b in zip(firsts, firsts[1:])):
            continue  # 1, 2, 3: the text's numbered headings
        if all(year_heading(lines, i) for i in idx):
            continue  # "1961 год" / "1975 год" / "1990 год", each over its paragraph: a chronicle's headings (cp44)
        if all(lines[i].rstrip()[-1:] in ":：" for i in idx):
            continue  # "1-3 класс:", "4-6 класс:": each announces its group of a listing (held27), a counter states
        if all(record_field(lines[i]) for i in idx):
            continue  # "3 triệu/tháng 25m²", "1 phòng ngủ": a listing's cards' own fields, the page's text (cp85)
        if all(_named_below(lines, i) for i in idx):
            continue  # "Xperia 1 III" / "Xperia 5 III" / "Xperia 10 III", each named in its section's text (cp82)
        for i in idx:
            if i in bad:
                continue  # counted as evidence, judged already
            out[i] = ("boilerplate.counters", f"a counter standing {len(idx)} times on the page with other numbers "
                      "(a listing's widget)", {})
    return out


_SECTION_LINES = 3  # the lines under a heading read for its name


def _named_below(lines: list[str], i: int) -> bool:
    """Line ``i`` is named, as written, in the paragraphs right under it (:data:`_SECTION_LINES` lines, a sentence
    among them): a section's heading naming its product or item, which the section's text names again ("Xperia 5
    III" over "… Sony vừa ra mắt. … Xperia 5 III …"); a listing's counter ("12 ингредиентов") stands over a title."""
    key = lines[i].strip().casefold()
    below = [s for s in lines[i + 1:] if s.strip()][:_SECTION_LINES]
    return any(_sentence_like(s) for s in below) and any(key in s.casefold() for s in below)

