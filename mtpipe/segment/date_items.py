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

__all__ = ["date_item_breaks"]

# a full date (one mark between its parts), spaces, a word and the first letter of the next word
_DATE_THEN = re.compile(r"(?<!\d)\d{1,2}\s?([-/.])\s?\d{1,2}\s?\1\s?\d{4}(\s+)(?=([^\W\d_]+) ([^\W\d_]))")
_MIN_ITEMS = 2


def date_item_breaks(text: str) -> list[int]:
    """Offsets where a timeline's item opens after the date closing the item before (two such dates at least)."""
    if len(text) < 40 or sum(map(str.isdigit, text)) < 12:
        return []  # two full dates hold twelve digits at least
    hits = [m.end(2) for m in _DATE_THEN.finditer(text) if m.group(3)[0].isupper() and m.group(4).islower()]
    return hits if len(hits) >= _MIN_ITEMS else []
