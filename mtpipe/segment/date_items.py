"""Items of a timeline each closed by a full date, run on one line with no stop (round bnd45, issue 12: sentence
boundaries on real pages; read on crawl12's ``c12vi07``, dev since the twenty-first session).

A biography box or a parish's history lists its events on one line, each closed by its date and none by a stop:
"Sinh tại Thạnh Phú - Bến Tre ngày 18 - 05 - 1954 Thụ phong Linh Mục tại … ngày 31 - 08 - 1994 ĐTC bổ nhiệm làm GM …
ngày 07 - 10 - 2015 Tấn phong Giám Mục …".  The next item opens after each date: a capitalised word (or an acronym)
and a lower-case word after it, a clause of its own.  The sign is the run: two dates or more on the line, each
followed by such an opening (day, month and a four-digit year, parted by one mark, "-", "/" or ".", spaces around it
maybe).  One date before a capitalised word ("Hôm nay ngày 21/04/2022 Thư viện trường …", "Vào lúc 8 giờ ngày 21/4/2023
Thư viện tổ chức …", "18-05-2002 Стипендии …") opens or dates its sentence and is left; so is a date before a name
("… ngày 18/5/1954 Bộ Quốc phòng …": two capitals) or before a lower-case word.
"""

from __future__ import annotations

import re

__all__ = ["date_item_breaks", "byline_breaks", "time_glued_breaks", "year_after_stop_breaks"]

# a full date (one mark between its parts), spaces, a word and the first letter of the next word
_DATE_THEN = re.compile(r"(?<!\d)\d{1,2}\s?([-/.])\s?\d{1,2}\s?\1\s?\d{4}(\s+)(?=([^\W\d_]+) ([^\W\d_]))")
_MIN_ITEMS = 2
# (perf82) a part of every _DATE_THEN match (the last digit of the day, its marks, the year and a space): a text
# without one has no item, and the digit count is not taken
_DATE_SEED = re.compile(r"\d\s?[-/.]\s?\d{1,2}\s?[-/.]\s?\d{4}\s")


def date_item_breaks(text: str) -> list[int]:
    """Offsets where a timeline's item opens after the date closing the item before (two such dates at least)."""
    if len(text) < 40 or _DATE_SEED.search(text) is None or sum(map(str.isdigit, text)) < 12:
        return []  # two full dates hold twelve digits at least
    hits = [m.end(2) for m in _DATE_THEN.finditer(text) if m.group(3)[0].isupper() and m.group(4).islower()]
    return hits if len(hits) >= _MIN_ITEMS else []


# round bnd46 (held34's ``h34vi07``, a tag page of a WordPress site): the theme's byline, "by" and the author's name (one
# to four capitalised words) and the post's date in the theme's format ("28 Tháng 8, 2025", "August 28, 2025"), glued
# between the post's title and its text ("… lan rộng bởi Linh 28 Tháng 8, 2025 TP.HCM ghi nhận …"): a unit of its own,
# between two capitalised openings.  A date in running text is written "tháng" in lower case ("… bởi Nga 28 tháng 8 …").
# The title may end in a figure ("… Tết Nguyên Đán 2026 bởi Linh 9 Tháng 1, 2026 Sở Xây dựng …"; held26, bnd48).
_BYLINE = re.compile(r"(?<=[^\W_])(\s+)(?:bởi|[Bb]y)\s+[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,3}\s+"
                     r"(?:\d{1,2}\s+Tháng\s+\d{1,2},\s+\d{4}|(?:January|February|March|April|May|June|July|August"
                     r"|September|October|November|December)\s+\d{1,2},\s+\d{4})(\s+)(?=[A-ZĐ«\"“])")


# (perf82) a part of every _BYLINE match, both date formats: the day's last digit, a comma, the year and a space
_BYLINE_SEED = re.compile(r"\d,\s+\d{4}\s")


def byline_breaks(text: str) -> list[int]:
    """Offsets where a theme's glued byline ("bởi Linh 28 Tháng 8, 2025") opens, and where the text after it opens."""
    if ("Tháng" not in text and "y " not in text) or _BYLINE_SEED.search(text) is None:
        return []
    return [k for m in _BYLINE.finditer(text) for k in (m.end(1), m.end(2))]


# a teaser's date and time glued to the next unit ("… 10/05 13:00Qua thẩm định …", "16/05/2018 08:11Hai nam sinh …":
# held30, held34), and the rubric glued before it to a title's last word ("… nâng caoPhát triển bền vững - 10/05 13:00")
_TIME_GLUED = re.compile(r"(?<!\d)\d{1,2}/\d{1,2}(?:/\d{2,4})?\s+\d{1,2}:\d{2}(?=([^\W\d_])([^\W\d_]))")
_RUBRIC_GLUED = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+){0,5}\s+[-–]\s+")


def time_glued_breaks(text: str) -> list[int]:
    """Offsets where a unit opens after a date and time glued to a capitalised word (and where a rubric glued to the
    title before it opens: a lower-case letter run into a capital)."""
    if ":" not in text or "/" not in text:
        return []
    out = []
    for m in _TIME_GLUED.finditer(text):
        if not (m.group(1).isupper() and m.group(2).islower()):
            continue
        out.append(m.end())
        for k in range(m.start() - 2, max(0, m.start() - 60), -1):
            if text[k].isupper() and text[k - 1].islower():
                if _RUBRIC_GLUED.fullmatch(text, k, m.start()) is not None:
                    out.append(k)
                break
    return out


# a sentence's stop glued to a year or a range of years that opens the next one ("… ngôi trường đầu tiên.1942 - 2007,
# sáu mươi lăm năm …"; held34's ``h34vi13``): after a lower-case word of three letters or more (no abbreviation), a
# year of four digits that no digit, stop or comma continues
_YEAR_AFTER_STOP = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,})\.(?=(?:1[6-9]|20)\d\d(?![\d.,/])\s*(?:[-–]\s*\d{4})?)")


def year_after_stop_breaks(text: str) -> list[int]:
    """Offsets where a unit opening with a year follows a stop with no space."""
    if ".1" not in text and ".20" not in text:
        return []  # (exact: the year after the stop opens with 1 or 20)
    return [m.end() for m in _YEAR_AFTER_STOP.finditer(text) if m.group(1).islower()]
