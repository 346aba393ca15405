"""A run of short "Label: value" fields outside the article's text (issue 12, round 25r).

A class from what the cleaner left on held20 (a forum's poster fields), kept because it carries to sites that did
not inspire it (counts in ``benchmarks/README.md``, "Round 25r"); it reads shape and place only, no wording:

* :func:`field_runs`: two or more field lines in a row, with different labels, ("Сообщения: 2101" / "Откуда: Питер" / "Благодарил (а): 15
  раз."; "Онлайн всего: 1" / "Гостей: 1" / "Пользователей: 0"), each a label of one to three words, a colon and a
  short value (four words at most, no sentence end inside), all of them above the article's first line of text or
  below its last -> ``boilerplate.field_run``.  The run counts field lines already removed around it (a poster's
  "Зарегистрирован: …" taken by a date rule) but needs two live ones, or one live beside a removed one.
  Not the article's own fields: a run inside the text (between its first and last paragraphs) stays, and so does a
  run whose values are quantities with a unit ("Мука: 200 г" / "Сахар: 100 г", a recipe's ingredients) or prices
  with a currency ("Стоимость: 3400 руб.", "Học viên mới: NT$1000", a listing's own fields, round 28c) or a
  document's number above its date ("Số: 119/QĐ-UBND" / "Bắc Giang, ngày …": one field, no run), or labels with no
  value at all, under the article's first line of text, whose next line is live and no field ("Результаты соревнований
  следующие:" / "Юноши и мужчины:" over "1-3 класс:" and its list; held27, read after its blind figures): a settings
  panel's or an accessibility bar's "Размер шрифта:" / "Цветовая схема:" stands above the text.  Nor a run right
  under two live "Label: value" lines the rule left (:func:`~.keep.record_tail`, round 39): the tail of the page's
  own record (a parish's "Tên cũ: …" / "Ấp: …, Xã: …" over "Bổn mạng: …" / "Giáo dân: 670", crawl12).  Nor an
  institution's opening hours right under a paragraph of the page (:func:`~.opening_hours.body_hours`, lost97:
  held53's house of culture, "Режим работы:" / "вторник-пятница: с 14:30 до 22:00" under its history).

A field may be printed label over value, on two lines (:func:`split_values`, ru46: a forum poster's card, "Регистрация:"
/ "21.01.08" / "Сообщения:" / "12.244" / "Адрес:" / "Россия, Москва"; a visit counter, "Hôm nay:" / "1"): both lines
are the field's, the run's rules the same; a date or count under its label is left to the date rules (they keep a
date as metadata, and run first); and the short heading right above such a run goes with it (:func:`_card_heading`:
"Truy cập" over the counter, a poster's rank over the card), never the article's title.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import guards, keep, opening_hours, profile_guards, records
from .features import is_date_line
from .lines import _folder
from .ru_heads import stems
from .templates import words_at_least
from .widgets import _body

if TYPE_CHECKING:
    from .marks import Marks
    from .templates import TemplateCounter

__all__ = ["FieldLines", "field_line", "field_runs", "split_values"]

FIELD = "boilerplate.field_run"
MAX_LABEL_WORDS, MAX_VALUE_WORDS = 3, 4
MIN_RUN = 2
#: a label (letters, a bracketed ending "(а)"), a colon, a value
_FIELD = re.compile(r"^(?P<label>[^\W\d_][\w\-]*(?:\s*\([^\W\d_]{1,3}\))?(?: [\w\-]+(?:\s*\([^\W\d_]{1,3}\))?){0,2})"
                    r"\s*:\s*(?P<value>\S.*)?$")
_STOPS = ".!?…。！？"
_NUMBER_DOT = re.compile(r"(?<=\d)[.,](?=\d)")
#: a quantity with a unit: a recipe's or a product's own field ("200 г", "1,5 кг", "2 ст. л.", "30 мин", "5 m"), or
#: a price with its currency ("3400 руб.", "NT$500", "120 000 đ": a listing's own field, round 28c, held23)
_QUANTITY = re.compile(r"\d\s*(?:г|гр|кг|мг|мл|л|шт|ст\.?|ч\.?\s*л|мин|см|мм|м|км|%|g|kg|mg|ml|l|cm|mm|m|km|pcs|tbsp"
                       r"|tsp|cups?|oz|lb|руб(?:л[а-я]*)?|р|грн|тг|đ|đồng|vnđ|vnd|usd|eur)(?![^\W\d_])\.?"
                       r"|(?:[$€£¥₽₫]|NT\$|US\$)\s*\d|\d\s*[$€£¥₽₫]", re.IGNORECASE)


def field_line(s: str) -> bool:
    """``s`` is one short field: a label of 1-3 words, a colon, a value of 1-4 words with no sentence inside."""
    s = s.strip()
    m = _FIELD.match(s) if ":" in s else None  # (no colon, no field: perf57)
    if m is None:
        return False
    value = (m.group("value") or "").strip()
    if words_at_least(value, MAX_VALUE_WORDS + 1) or any(ch in value.rstrip(".") for ch in _STOPS):
        return False
    if "://" in value or ":" in value.replace("://", "") and not re.search(r"\d:\d", value):
        return False  # a link, or a second label: a line of other furniture
    return _QUANTITY.search(value) is None


def split_values(lines: list[str], labels: list[int]) -> set[int]:
    """The value lines of fields printed over two lines: of each label alone on its line ("Регистрация:", one to
    three words and a colon, ``labels`` holding its index), the next line when the two read as one field
    (:func:`field_line`, a dot between digits no stop: "Регистрация: 21.01.08", "Адрес: Россия, Москва") and it is
    no field or label itself (a forum poster's card laid out label over value, train30)."""
    out: set[int] = set()
    for i in labels:
        m = _FIELD.match(lines[i].strip())
        if m is None or (m.group("value") or "").strip() or i + 1 >= len(lines):
            continue
        value = lines[i + 1].strip()
        # a dot or comma between digits is no sentence end ("21.01.08", "12.244")
        if value and _FIELD.match(value) is None and field_line(f"{lines[i].strip()} {_NUMBER_DOT.sub('', value)}"):
            out.add(i + 1)
    return out


_HEADING_WORDS = 3
_TEXT_LINES = 20  # lines of the article's text a page's first line is compared with


def _card_heading(lines: list[str], run: list[int], bad: set[int], first: int) -> int | None:
    """The live line right above a run of fields printed label over value (:func:`split_values`), when it is a
    card's heading: three words at most, no digit, colon or stop ("Truy cập" over "Hôm nay:" / "1" / "Hôm qua:" / "0",
    a visit counter, held32; "Администратор" over "Регистрация:" / "21.01.08", a poster's rank, train30); not
    the article's title (the last live line above its first line of text), nor the page's first line when it shares
    a word with the text (:func:`~.ru_heads.stems`: the title; "Truy cập" over a counter opening the page names
    nothing of it, train29)."""
    h = next((j for j in range(run[0] - 1, -1, -1) if lines[j].strip()), None)
    if h is None or h in bad:
        return None
    t = lines[h].strip()
    if len(t.split()) > _HEADING_WORDS or re.search(r"[\d:：]", t) or t[-1:] in _STOPS:
        return None
    if not any(j not in bad and lines[j].strip() for j in range(h)) and (not stems(t) or stems(t) & set().union(
            *(stems(lines[j]) for j in _body(lines, bad)[:_TEXT_LINES]))):
        return None  # the page's first line naming what the text says: its title
    title = next((j for j in range(first - 1, -1, -1) if j not in bad and lines[j].strip() and j not in run), None)
    return None if h == title else h


def _label(s: str) -> str:
    m = _FIELD.match(s.strip())
    return m.group("label").casefold() if m else ""


def _announces(lines: list[str], run: list[int], bad: set[int]) -> bool:
    """Labels with no value at all, the line after them live and no field: headings of the list under them (the caller
    asks it only of a run under the article's first line of text)."""
    after = run[-1] + 1
    if after >= len(lines) or after in bad or not lines[after].strip() or field_line(lines[after]):
        return False
    return not any((m := _FIELD.match(lines[j].strip())) and (m.group("value") or "").strip() for j in run)


def _outside(run: list[int], bad: set[int], body: set[int], first: int, last: int) -> bool:
    """The run stands above the article's first line of text, below its last, or between two live lines that are
    no paragraph (a post's title above, its first heading below): not among the article's paragraphs."""
    if all(j < first for j in run) or all(j > last for j in run):
        return True
    before = next((j for j in range(run[0] - 1, -1, -1) if j not in bad), None)
    after = next((j for j in range(run[-1] + 1, max(body) + 1) if j not in bad), None)
    return before not in body and after not in body


def field_runs(lines: list[str], removed: dict[int, tuple[str, str | None]]) -> dict[int, tuple[str, str]]:
    """Runs of two or more field lines (removed ones counted) above the article's text or below it."""
    bad = set(removed)
    cand = [i for i, s in enumerate(lines) if field_line(s)]
    if len(cand) < MIN_RUN:
        return {}  # a cheap test first: most pages hold no such run
    values = split_values(lines, cand)  # a field printed label over value: both lines are the field's
    cand = sorted(set(cand) | values)
    body = _body(lines, bad)
    if not body:
        return {}
    first, last, body_set = body[0], body[-1], set(body)
    out: dict[int, tuple[str, str]] = {}
    run: list[int] = []
    for i in cand + [len(lines) + 1]:
        if run and i != run[-1] + 1:
            live = [j for j in run if j not in bad]
            labels = {_label(lines[j]) for j in run if j not in values}
            if len(labels) >= MIN_RUN and live \
                    and not (run[0] > first and values.isdisjoint(run) and _announces(lines, run, bad)) \
                    and _outside(run, bad, body_set, first, last) and not keep.record_tail(lines, run, bad | set(out)) \
                    and not profile_guards.record_head(lines, run, bad) and not profile_guards.list_head(lines, run, bad) \
                    and not opening_hours.body_hours(lines, run, bad, body_set):  # the page's own hours (lost97)
                for j in live:
                    if j in values and is_date_line(lines[j]):
                        continue  # a date under a label: the date rules' (they keep it as metadata)
                    out[j] = (FIELD, f"one of {len(run)} short 'Label: value' lines in a row outside the article's "
                                     "text (a poster's or a widget's fields)")
                h = _card_heading(lines, run, bad | set(out), first) if not values.isdisjoint(run) else None
                if h is not None:
                    out[h] = (FIELD, f"the heading right above {len(run)} fields printed label over value outside "
                                     "the article's text (a widget's or a poster's card)")
            run = []
        run.append(i)
    return out


class FieldLines:
    """The layer (:class:`~.marks.LineLayer`): a run of short fields outside the article's text.  With the run's
    cross-document counts (``counter``), a run in the page's record (:func:`~.records.record_lines`: a form the
    site prints on each page, filled with this page's own values) stays."""

    def __init__(self, counter: "TemplateCounter | None" = None) -> None:
        self.counter = counter

    def mark(self, marks: "Marks") -> None:
        lines = marks.line_texts()
        keep = guards.table_letterhead(lines)  # a header laid out as a table is the document's own (round 24p)
        if self.counter is not None:
            keep |= records.record_lines(lines, self.counter, _folder(marks.doc.doc_id))
        for i, (rule, note) in field_runs(lines, marks.removed).items():
            if i not in keep:
                marks.removed.setdefault(i, (rule, note))
