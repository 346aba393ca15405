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
  own record (a parish's "Tên cũ: …" / "Ấp: …, Xã: …" over "Bổn mạng: …" / "Giáo dân: 670", crawl12).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import guards, keep, profile_guards, records
from .lines import _folder
from .templates import words_at_least
from .widgets import _body

if TYPE_CHECKING:
    from .marks import Marks
    from .templates import TemplateCounter

__all__ = ["FieldLines", "field_line", "field_runs"]

FIELD = "boilerplate.field_run"
MAX_LABEL_WORDS, MAX_VALUE_WORDS = 3, 4
MIN_RUN = 2
#: a label (letters, a bracketed ending "(а)"), a colon, a value
_FIELD = re.compile(r"^(?P<label>[^\W\d_][\w\-]*(?:\s*\([^\W\d_]{1,3}\))?(?: [\w\-]+(?:\s*\([^\W\d_]{1,3}\))?){0,2})"
                    r"\s*:\s*(?P<value>\S.*)?$")
_STOPS = ".!?…。！？"
#: a quantity with a unit: a recipe's or a product's own field ("200 г", "1,5 кг", "2 ст. л.", "30 мин", "5 m"), or
#: a price with its currency ("3400 руб.", "NT$500", "120 000 đ": a listing's own field, round 28c, held23)
_QUANTITY = re.compile(r"\d\s*(?:г|гр|кг|мг|мл|л|шт|ст\.?|ч\.?\s*л|мин|см|мм|м|км|%|g|kg|mg|ml|l|cm|mm|m|km|pcs|tbsp"
                       r"|tsp|cups?|oz|lb|руб(?:л[а-я]*)?|р|грн|тг|đ|đồng|vnđ|vnd|usd|eur)(?![^\W\d_])\.?"
                       r"|(?:[$€£¥₽₫]|NT\$|US\$)\s*\d|\d\s*[$€£¥₽₫]", re.IGNORECASE)


def field_line(s: str) -> bool:
    """``s`` is one short field: a label of 1-3 words, a colon, a value of 1-4 words with no sentence inside."""
    s = s.strip()
    m = _FIELD.match(s)
    if m is None:
        return False
    value = (m.group("value") or "").strip()
    if words_at_least(value, MAX_VALUE_WORDS + 1) or any(ch in value.rstrip(".") for ch in _STOPS):
        return False
    if "://" in value or ":" in value.replace("://", "") and not re.search(r"\d:\d", value):
        return False  # a link, or a second label: a line of other furniture
    return _QUANTITY.search(value) is None


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
    body = _body(lines, bad)
    if not body:
        return {}
    first, last, body_set = body[0], body[-1], set(body)
    out: dict[int, tuple[str, str]] = {}
    run: list[int] = []
    for i in cand + [len(lines) + 1]:
        if run and i != run[-1] + 1:
            live = [j for j in run if j not in bad]
            labels = {_label(lines[j]) for j in run}
            if len(labels) >= MIN_RUN and live and not (run[0] > first and _announces(lines, run, bad)) \
                    and _outside(run, bad, body_set, first, last) and not keep.record_tail(lines, run, bad | set(out)) \
                    and not profile_guards.record_head(lines, run, bad) and not profile_guards.list_head(lines, run, bad):
                for j in live:
                    out[j] = (FIELD, f"one of {len(run)} short 'Label: value' lines in a row outside the article's "
                                     "text (a poster's or a widget's fields)")
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
        lines = [marks.doc.text[a:b] for a, b in marks.spans]
        keep = guards.table_letterhead(lines)  # a header laid out as a table is the document's own (round 24p)
        if self.counter is not None:
            keep |= records.record_lines(lines, self.counter, _folder(marks.doc.doc_id))
        for i, (rule, note) in field_runs(lines, marks.removed).items():
            if i not in keep:
                marks.removed.setdefault(i, (rule, note))
