"""Guards for lines of the article's own body that a rule took as furniture (issue 12, lost41).

Each guard reads a line's shape and its neighbours, never its wording:

* :func:`quoted_name`: ``boilerplate.glued_crumbs`` counts a lower-case letter meeting a capital inside a token as
  two link labels glued; a token quoted whole («МиК», “VinFast”) is one name written the way its owner spells it (a
  club, a firm), not labels: a breadcrumb's labels are not quoted one by one, and glued labels ("ГлавнаяНовости",
  "«Главная»Новости") do not open and close with one pair of quotes;
* :func:`date_heading`: ``boilerplate.dateline`` takes a short line with a date (a weekday and a date, a source and a
  date) as a post's stamp; one ending with a colon announces what follows ("THỨ HAI (09/02/2026):" over a day's
  items in a week's schedule), a heading of the text, as ``boilerplate.date_line`` already holds
  (:func:`~.guards.date_label`); so does ``boilerplate.masthead`` (an upper-case line with a date), for the same line;
* :func:`timetable_row`: ``boilerplate.dateline`` takes a short line opening with a clock time and holding a
  source's words ("09:00 Tin trong nước 1") as a post's stamp; one standing between lines that open with a clock time
  too is a row of a timetable (a station's day of programmes, a day's agenda): a stamp has no such neighbours
  (lead, eighteenth session: held31's radio schedule lost its news slots);
* :func:`label_value_rows`: the line classifier judges short lines one by one; rows of a two-column table printed
  "label | value |" ("Регистрация заезда | 14:00 |" / "Регистрация выезда | 12:00 |": a hotel's rules inside its
  page), two in adjacent lines at least, each a label of words and a value with a digit, under a live line and with a
  live sentence of the text within a few lines below, are the article's table (a header's contact rows stand at the
  page's top or under furniture): a widget's or footer's cells carry no label beside their
  value ("Прожиточный минимум |" / "на 2025 год 16 669 руб. |"), a date-and-time stamp "11.02.2026 | 20:30 |" has no
  label, and a link bar ("Главная | Новости | Контакты |") no value;
* :func:`run_together`: ``dedupe.covered`` removes a line whose words the next two or three paragraphs hold in order,
  the premise being a lead that runs those paragraphs together and is cut off; such a lead opens as one of them opens.
  A line that opens otherwise is a title whose words the lead and a caption take up ("Đoàn công tác … bắt đầu chuyến
  thăm chính thức tại Quảng Tây" over "Sáng 27/2, Đoàn đại biểu … bắt đầu chuyến thăm …" and a caption "… bắt đầu
  chuyến thăm chính thức tại Quảng Tây …"; a chapter's title over its text): the page's own, no copy.  So is a line
  holding a figure or code that none of those paragraphs holds: a record of its own, another patient's flight (cp83).
* :func:`list_item`: ``boilerplate.date_line`` takes a line of a date or a time alone as a post's stamp; one that
  closes with a comma or semicolon is an item of a list the text is still running ("понедельник-четверг:" over
  "11.00 – 12.00," … "21.00 – 22.00."; a week's opening hours, a timetable), and so is the last item, closed with a
  stop, under such items: both stand in a run of date or time lines that opens under a line ending with a colon. A
  stamp ends with no comma, and a lone date under a label ("Дата:" / "12.03.2024.") is no run (lead, eighteenth
  session: held31's week of skating hours was lost line by line).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container

from .citation_refs import verse_reference
from .dated_titles import listing_title
from .features import _sentence_like
from .record_rows import cell_row
from .record_values import rank_row

__all__ = ["quoted_name", "date_heading", "dated_body_line", "timetable_row", "label_value_rows", "run_together",
           "list_item"]

_OPEN = "«“„\"'‘"
_CLOSE = "»”“\"'’"
#: a token quoted whole: an opening quote, letters (a hyphen or digits inside), the closing quote, a stop after it
_QUOTED = re.compile(rf"^[{_OPEN}][^\W_](?:[\w-]*[^\W_])?[{_CLOSE}][,.;:!?)]*$")


def quoted_name(token: str) -> bool:
    """True when ``token`` is one word quoted whole: a name in its owner's spelling, no labels glued."""
    return _QUOTED.match(token) is not None


def date_heading(s: str) -> bool:
    """True when the dated line ends with a colon: a heading announcing the text below it, no post's stamp."""
    return s.rstrip().endswith((":", "："))


_CLOCK = re.compile(r"^\W{0,3}\d{1,2}[:h]\d{2}\b")


def timetable_row(lines: list[str], i: int) -> bool:
    """True when line ``i`` and the nearest non-empty lines above and below it open with a clock time."""
    if not _CLOCK.match(lines[i].strip()):
        return False
    above = next((t for t in (lines[j].strip() for j in range(i - 1, -1, -1)) if t), "")
    below = next((t for t in (lines[j].strip() for j in range(i + 1, len(lines))) if t), "")
    return bool(_CLOCK.match(above)) and bool(_CLOCK.match(below))


def dated_body_line(lines: list[str], i: int) -> bool:
    """:func:`date_heading`, :func:`timetable_row` or :func:`~.dated_titles.listing_title` (a listing's item: its
    date and time, then its title, cp80): a dated line of the text, no stamp; or no date at all, a scripture
    reference read as one (:func:`~.citation_refs.verse_reference`, "(Матф. 24:32–33)", cp87); or a row of a table's
    ``;`` or ``|`` cells among rows with no time or date (:func:`~.record_rows.cell_row`, a price list's, struct88); or a
    results list's row beside its sibling rank (:func:`~.record_values.rank_row`, struct90)."""
    return date_heading(lines[i]) or timetable_row(lines, i) or listing_title(lines[i]) or verse_reference(lines[i]) \
        or cell_row(lines, i) or rank_row(lines, i)


#: a row: a label cell of words (no digit), a value cell holding a digit (a time, an amount), a closing "|"
_ROW = re.compile(r"^\s*\|?\s*(?P<label>[^\W\d_][^|\d]*?)\s*\|\s*(?P<value>[^|]*\d[^|]*?)\s*\|?\s*$")
_MAX_VALUE_WORDS = 4
_MIN_ROWS = 2
_BELOW = 4  # a live sentence of the text within this many lines under the last row


def _row(s: str) -> bool:
    m = _ROW.match(s)
    return m is not None and len(m.group("value").split()) <= _MAX_VALUE_WORDS and len(m.group("label").split()) <= 6


def label_value_rows(lines: list[str], removed: Container[int]) -> set[int]:
    """Indexes of the "label | value |" rows (two adjacent at least) under a live line (not in ``removed``: a
    header's or footer's rows stand under the page's top or furniture) with a live sentence within :data:`_BELOW`
    lines under the last of them."""
    out: set[int] = set()
    i, n = 0, len(lines)
    while i < n:
        j = i
        while j < n and _row(lines[j]):
            j += 1
        if j - i >= _MIN_ROWS and 0 < i and i - 1 not in removed \
                and any(k not in removed and _sentence_like(lines[k]) for k in range(j, min(n, j + _BELOW))):
            out.update(range(i, j))
        i = max(j, i + 1)
    return out


def run_together(key: str, follow: list[str], words: int = 3) -> bool:
    """True when ``key`` (a line's :func:`~.lines.dedupe_key`) opens with the first ``words`` words of one of the
    paragraphs after it (``follow``, their keys): a lead that runs them together copies them from their start."""
    head = key.split()[:words]
    if not any(f.split()[:words] == head for f in follow if f):
        return False
    # a figure or code none of them holds (the last word left out: a lead is cut off there) makes the line a record
    # of its own: "Ngày 23/4, bệnh nhân … chuyến bay VJ3613 …" over "- CA BỆNH 2842 …" / "Ngày 23/4, bệnh nhân …
    # chuyến bay VJ8859 …", each patient's flight (cp83)
    held = set(" ".join(follow).split())
    return all(w in held for w in key.split()[:-1] if any(c.isdigit() for c in w))


_MAX_ITEMS = 16  # how far up a run of items is followed to its colon line
_ITEM_SEP = re.compile(r"[,;]\s+")


def list_item(lines: list[str], i: int, is_date: "Callable[[str], bool]") -> bool:
    """True when line ``i`` (a date or time line, ``is_date``) is an item of a list in the text: it ends with "," or
    ";" (or with a stop after such items) and the run of date/time items ending with "," or ";" above it opens under
    a line ending with a colon."""
    s = lines[i].strip()
    if s[-1:] not in ",;.":
        return False
    items = 0
    for j in range(i - 1, max(-1, i - 1 - _MAX_ITEMS), -1):
        t = lines[j].strip()
        if t.endswith((":", "：")):  # (items joined at a soft break into one line count as items above)
            return items > 0 or s[-1] != "." or len([p for p in _ITEM_SEP.split(s) if is_date(p)]) >= 2
        if not (t[-1:] in ",;" and is_date(t)):
            return False
        items += 1
    return False
