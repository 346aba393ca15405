"""A record page's rows that the line rules took for chrome (issue 12, struct87).

struct86 (benchmarks/notes/struct86.md) labelled 16 real record pages found through the search tool's "pages" corpus
(timetables, calendars, programmes, price lists); three shapes of their rows were still lost, each to a rule built on
another shape that looks the same line by line:

* :func:`programme_row` -- a programme printed one day a line as ``|`` cells, a clock time (or a span of them) then
  what happens ("08:00-10:00 | Встреча и регистрация участников | 10:00-11:00 | Экскурсия по выставке | …",
  dneprorbita.org.ua, 3 lines): ``chrome.link_footer`` reads any line of three ``|`` or more as a footer's links.  A
  footer's links hold no clock time; a row of a programme holds three or more, each cell of text beside one.
  :func:`release_programme_rows` takes such rows back from ``chrome.link_footer``, ledger ``structure.programme_row``.
  Dev labels: 17 ``|`` lines hold two clock-time cells or more, all content (train29's timetable and bus rows),
  none clutter; ``chrome.link_footer`` removes none of them today (it removes two stamps with one time each:
  "03:06 PM 13/12/2020 | Lượt xem: 4186 | In bài viết |", which stay removed).
* :func:`column_head` -- a table's head row printed as one line of column names ("Время Мероприятие Локация" over
  "10:00 – 11:00 Регистрация …", a forum's programme): ``boilerplate.byline`` reads two or three capitalised words as
  a person's name.  Column names are singular nouns of a small closed set (time, date, event, place, price, name,
  number, note …); a menu's items are plural ("Новости События Контакты") and a name is no such noun.  The row under
  a head holds a digit (a time, a date, a price).  Called from :func:`.signoff.not_a_name` (the byline's guards).
* :func:`other_field_values` -- one field of two records whose label holds a number or whose values are spans
  ("+ Thời gian hành trình 01 chuyến xe: 75 phút" under "· Thời gian hành trình 01 chuyến xe: 80 - 90 phút",
  buyttphcm.com.vn, a bus route's weekday and Sunday figures): ``dedupe.near`` takes the later as a copy;
  :func:`.guards.other_values` keeps such pairs only for a label of words without a digit, the bullets alike.  Here
  the label (before the first colon, list marks aside) is the same, the value's words the same, and the numbers
  differ.  Called from :func:`.keep.other_texts`.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from .ledger import record

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "programme_row", "programme_rows", "release_programme_rows", "column_head", "other_field_values",
           "cell_row", "dated_list", "part_label"]

RULE = "structure.programme_row"
MIN_PAIRS = 2  # cells opening with a clock time, a cell of text (letters, no digit) right after each, at least

_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s*[-–—]\s*\d{1,2}[:.]\d{2})?"
_MONTH = (r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|tháng\s*\d{1,2}"
          r"|january|february|march|april|may|june|july|august|september|october|november|december)")
#: a cell opening with a clock time, a day's date before it at most ("14 сентября 09:00-10:00", "8h00")
_TIME_CELL = re.compile(rf"^(?:\d{{1,2}}\s+{_MONTH}\s+|\d{{1,2}}[./]\d{{1,2}}\s+)?(?:{_CLOCK}|\d{{1,2}}h\d{{2}})"
                        rf"(?:\s|$)", re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_]{2}")
_DIGIT = re.compile(r"\d")


def programme_row(s: str) -> bool:
    """The line is a programme's row of ``|`` cells: :data:`MIN_PAIRS` cells opening with a clock time at least, each
    followed by a cell of text (letters, no digit), a third of the cells such times at least."""
    cells = [c.strip() for c in s.split("|") if c.strip()]
    pairs = sum(_TIME_CELL.match(c) is not None and bool(_LETTERS.search(d)) and not _DIGIT.search(d)
                for c, d in zip(cells, cells[1:]))
    return pairs >= MIN_PAIRS and 3 * pairs >= len(cells)


def programme_rows(lines: list[str]) -> list[int]:
    """The lines of ``lines`` that are a programme's rows (:func:`programme_row`)."""
    return [i for i, s in enumerate(lines) if "|" in s and programme_row(s)]


def release_programme_rows(marks: "Marks") -> None:
    """Take back the programme's rows ``chrome.link_footer`` removed, one ``kept`` ledger entry."""
    removed = marks.removed
    if not removed or not any(r[0] == "chrome.link_footer" for r in removed.values()):
        return
    doc, spans = marks.doc, marks.spans
    lines = [doc.text[a:b] for a, b in spans]
    held = getattr(removed, "held", {})
    back = [i for i in programme_rows(lines) if i in removed and removed[i][0] == "chrome.link_footer"]
    if not back:
        return
    for i in back:
        dict.__delitem__(removed, i)
        held.pop(i, None)
    record(doc, RULE, spans[back[0]][0], spans[back[-1]][1],
           f"a programme's rows of '|' cells, clock times beside what happens: {len(back)} lines taken back from "
           f"chrome.link_footer", action="kept")


#: a table's column names: singular nouns (a menu's items are plural), ru / vi / en
_COLUMN_WORDS = (
    r"время|дата|день|мероприятие|событие|место|локация|адрес|цена|стоимость|название|наименование|количество"
    r"|кол-во|сумма|тариф|маршрут|рейс|номер|№|отправление|прибытие|примечание|тема|спикер|зал|ведущий|категория"
    r"|услуга|единица|описание|должность|телефон|результат|участник|команда|продолжительность|период|срок"
    r"|thời\s+gian|ngày|giờ|nội\s+dung|địa\s+điểm|giá|đơn\s+giá|tên|số\s+lượng|ghi\s+chú|stt|tuyến|chủ\s+trì"
    r"|thành\s+phần|hạng\s+mục|mô\s+tả|đơn\s+vị|thứ|phòng|lớp|môn\s+thi|ca\s+thi|điểm|mức\s+phí|lộ\s+trình"
    r"|time|date|day|event|venue|place|location|price|cost|name|item|quantity|amount|rate|route|note|topic"
    r"|speaker|room|description|duration")
_COLUMN_HEAD = re.compile(rf"(?:{_COLUMN_WORDS})(?:\s*[/|]?\s+(?:{_COLUMN_WORDS})){{1,5}}", re.IGNORECASE)
_ROW_UNDER = 2  # a row with a digit within this many non-empty lines under the head


def column_head(lines: list[str], i: int) -> bool:
    """Line ``i`` is a table's head row: column names only (:data:`_COLUMN_WORDS`, two to six), each opening with a
    capital, and a line with a digit (a row) within :data:`_ROW_UNDER` non-empty lines under it."""
    s = unicodedata.normalize("NFC", lines[i].strip(" •·-–—|"))
    if _COLUMN_HEAD.fullmatch(s) is None or not all(w[:1].isupper() or w == "№" for w in s.split()[:1]):
        return False
    under = [t for t in lines[i + 1:i + 12] if t.strip()][:_ROW_UNDER]
    return any(_DIGIT.search(t) for t in under)


_MARKS = re.compile(r"^[\W_]+")
#: a label (words, numbers; no markup, no quotes), a colon that is no clock time's ("09:26"), the value
_FIELD_LABEL = re.compile(r"^([^\W\d_][\w .,/()%-]{0,78}?)(?:(?<!\d)\s*:|\s*:(?=\s))\s*(\S.*)$")
_NUMS = re.compile(r"\d+(?:[.,]\d+)?")


def other_field_values(first: str, later: str) -> bool:
    """Two lines are one field of two records: the same label before the first colon (list marks aside; it may hold a
    number, "01 chuyến xe"), the same words in the value, other numbers in the value (see the module)."""
    ma, mb = _FIELD_LABEL.match(_MARKS.sub("", first.strip())), _FIELD_LABEL.match(_MARKS.sub("", later.strip()))
    if ma is None or mb is None or ma.group(1).strip().casefold() != mb.group(1).strip().casefold():
        return False
    va, vb = ma.group(2), mb.group(2)
    na, nb = _NUMS.findall(va), _NUMS.findall(vb)
    if not na or not nb or na == nb:
        return False
    words = (lambda v: " ".join(w.casefold() for w in re.findall(r"[^\W\d_]+", v)))  # noqa: E731
    return words(va) == words(vb)


#: a clock time or a numeric date (day and month, a year at most): what a stamp holds
_STAMPISH = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])|(?<!\d)\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?(?!\d)")
_SIBLINGS = 3  # rows of the same cells looked for on each side of the line
MIN_SIBLINGS = 2  # other rows of the table around the line, holding no clock time or date, at least


def _cells(s: str, sep: str) -> int:
    return len([c for c in s.split(sep) if c.strip()])


def cell_row(lines: list[str], i: int) -> bool:
    """Line ``i`` is a row of a table printed as ``;`` or ``|`` cells (three cells at least) among other rows of as
    many cells of the same separator, the nearest non-empty lines around it, :data:`MIN_SIBLINGS` of them holding no
    clock time or date (struct88; struct87's held q05 muzhnachas.info, a price list: "4 ;Выезд мастера после 20:00 до
    22:00 ;1 раз ;+500" among "1 ;Выезд мастера ;1 раз ;1000" …).  ``boilerplate.dateline`` reads the one row with a
    span of clock times as a byline's stamp; a feed's stamps in cells ("Новости | 12.03.2020 | 14:35") are rows that
    all hold a time or a date, and a lone stamp has no rows of its cells around it."""
    s = lines[i]
    for sep in (";", "|"):
        n = _cells(s, sep)
        if n < 3:
            continue
        plain = 0
        for step in (-1, 1):
            k, seen = i + step, 0
            while 0 <= k < len(lines) and seen < _SIBLINGS:
                t = lines[k]
                if t.strip():
                    if _cells(t, sep) != n:
                        break
                    seen += 1
                    plain += _STAMPISH.search(t) is None
                k += step
        if plain >= MIN_SIBLINGS:
            return True
    return False


#: a dated item: a word at most before it ("Ngày", "до", "by"), a day.month.year, then what is due (letters)
_DATED_ITEM = re.compile(r"^\W{0,3}(?:[^\W\d_]{1,6}\.?\s+)?(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})\b\W*"
                         r"(?=.*[^\W\d_]{2})")
MIN_DATED = 2  # dated items of the list, at least


def dated_list(rows: list[str]) -> bool:
    """The run of lines ``rows`` is a list of dates the text sets, in the order they come (a call's deadlines, a
    programme's dates): every line but the first opens with a full date (a short word before it at most) and goes on
    with words, :data:`MIN_DATED` such lines at least, their dates strictly later line by line; the first line may be
    the list's heading, with no digit (struct88; struct87's held q09 imech.ac.vn, "Các mốc thời gian quan trọng" over
    "Ngày 15/01/2019 Đăng ký tham dự …" / "Ngày 15/03/2019 Nộp báo cáo toàn văn").  ``boilerplate.tail_run`` reads
    such a list at the page's end as other stories; a site's list of other stories runs newest first."""
    rows = [r.strip() for r in rows if r.strip()]
    if rows and _DATED_ITEM.match(rows[0]) is None and not _DIGIT.search(rows[0]):
        rows = rows[1:]
    dates = []
    for r in rows:
        m = _DATED_ITEM.match(r)
        if m is None:
            return False
        day, month, year = (int(g) for g in m.groups())
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return False
        dates.append((year + 2000 if year < 100 else year, month, day))
    return len(dates) >= MIN_DATED and all(a < b for a, b in zip(dates, dates[1:]))


#: a document's part named with its number: "PHỤ LỤC 2", "Приложение № 3", "Appendix B", "Mẫu số 01"
_PART_LABEL = re.compile(r"(?:phụ\s+lục|mẫu\s+số|biểu\s+số|приложение|форма|appendix|annex|schedule)\s*(?:№|số|no\.?)?\s*"
                         r"(?:\d{1,3}[a-zа-я]?|[A-ZА-Я]|[IVXLC]{1,5})[.:]?", re.IGNORECASE)


def part_label(s: str) -> bool:
    """The line is a document's part label with its number ("PHỤ LỤC 2" over a school's timetable, struct88's t11
    thtanthanhb2.pgdtanhong.edu.vn): ``boilerplate.byline`` reads two capitalised words as a person's name; a name
    closes with no number.  Called from :func:`.features._furniture` (a byline with counters)."""
    return _PART_LABEL.fullmatch(unicodedata.normalize("NFC", s.strip(" •·-–—"))) is not None
