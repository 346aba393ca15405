"""Other stories' headlines told by the label printed under each of them (issue 12, edge60).

What the dev pages leave at the article's edges (``benchmarks/clutter_left.py``, each line read where it stands) is
mostly single lines whose place alone does not tell them from the article's own: measured over every labelled line,
headline-shaped live lines above the article's first line of text were 563 content and 90 clutter lines on the
Vietnamese pages (445 and 42 on the Russian ones), those below its last 145 and 28 (119 and 18), and runs of two or
more such lines no better (vi above 173 content to 46 clutter, ru below 63 to 6).  A Vietnamese variant of
:mod:`.ru_heads` (a short line above the title sharing no pair of syllables with the article) took 17 clutter lines
and 29 content lines (a letterhead's motto, a recipe's ingredients, a schedule's rows).  None of these is a class.

One shape carries evidence of its own: a widget of other stories (videos, a show's clips, a feed) prints its
source's or show's name under each title, so titles alternate with one short label printed again and again ("Students
pay the price in partisan standoff" / "The Cycle" / "Obama meeting with advisors …" / "The Cycle" / …; "… / msnbc /
…"; a news aggregator's "title / VnExpress", "title / РИА Новости").  The text's own lists do not repeat one label
between different lines; where they seem to, a flattened table's cells carry "|" ("Порт «Крым» прибытие" / "|" /
"Порт «Кавказ» отправление" / "|": a ferry's timetable, held28) or the label is a shop's price or stock state ("Liên
hệ", "Call for price", "В наличии": a product and price list is the page's own).

* :func:`label_rows`: a short label (one to :data:`LABEL_WORDS` words, :data:`LABEL_CHARS` characters at most, a
  letter, no digit, no "|", no sentence or clause end) printed :data:`MIN_COPIES` times or more, alternating with
  lines that are each another headline (:func:`~.story_runs._title`: three to thirty words, opening with a capital, a
  digit or a quote, no full stop, colon or comma at its end), all different, blank lines aside; the run stands after
  the article's last line of text (inside or above the text a table's column may repeat a status or a place under
  each row: "Đã hoàn thành", "Hà Nội"; a title of :data:`NAME_WORDS` words or fewer, each capitalised, is a name's
  cell and stops the test) -> ``boilerplate.label_rows``, the titles and the label's copies, live lines only.  The
  title next to the run's first or last label goes with it when it is headline-shaped: before the first label
  ("title / label" rows) or else after the last ("label / title").

Measured on every labelled line of the dev parts (the lines the layers before leave live): 42 clutter lines taken
(an English crawl site's video widgets, crawlheld), no content line; with the run allowed anywhere after the
article's first line of text it took 69 clutter lines and no content line either, left for the risk above.

The layer runs after :mod:`.story_runs`, before :mod:`.structure` and :mod:`.tables` (they may take a line back).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lines import dedupe_key
from .story_runs import LIST_CHARS, _body, _title
from .words import line_words

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "RULES", "LabelRows", "row_label", "label_rows"]

RULE = "boilerplate.label_rows"
RULES = (RULE,)
MIN_COPIES = 3  # copies of the label alternating with titles
LABEL_WORDS = 4
LABEL_CHARS = 40
NAME_WORDS = 5  # a title of this many words or fewer, each capitalised, is a name (a table's cell)
#: a shop's price placeholder or stock state under each product: a product list is the page's own
_SHOP = re.compile(r"liên hệ|giá liên hệ|hết hàng|còn hàng|call(?: for price)?|contact(?: us)?|in stock|sold out|"
                   r"out of stock|(?:цена )?по запросу|(?:нет )?в наличии|под заказ|звоните|договорная", re.IGNORECASE)


def row_label(s: str) -> bool:
    """A label that may stand under each of a widget's titles: one to :data:`LABEL_WORDS` words, a letter, no digit,
    no "|", no sentence or clause end, no shop's price or stock word."""
    t = s.strip()
    return 0 < len(t) <= LABEL_CHARS and len(line_words(t)) <= LABEL_WORDS and any(ch.isalpha() for ch in t) \
        and not any(ch.isdigit() for ch in t) and "|" not in t and t[-1:] not in ".!?…:;," \
        and _SHOP.fullmatch(t.rstrip(" !").strip()) is None


def _name(s: str) -> bool:
    """A bare name, every word capitalised, :data:`NAME_WORDS` words at most ("Nguyễn Văn An", "Порт Кавказ"): a
    table's cell over a repeated cell ("Hà Nội"), not a headline."""
    words = s.split()
    return len(words) <= NAME_WORDS and all(w.lstrip("«\"“'‘(")[:1].isupper() for w in words)


def _runs(lines: list[str], nb: list[int]) -> list[tuple[list[int], list[int]]]:
    """(label copies, titles) of each alternation of one label with different headlines over the non-blank lines
    ``nb``."""
    keys = [dedupe_key(lines[i]) for i in nb]
    out: list[tuple[list[int], list[int]]] = []
    k = 0
    while k < len(nb):
        key = keys[k]
        if not key or not row_label(lines[nb[k]]):
            k += 1
            continue
        copies = [k]
        while copies[-1] + 2 < len(nb) and keys[copies[-1] + 2] == key and keys[copies[-1] + 1] != key:
            copies.append(copies[-1] + 2)
        if len(copies) < MIN_COPIES:
            k += 1
            continue
        between = [c + 1 for c in copies[:-1]]
        if copies[0] > 0 and _title(lines[nb[copies[0] - 1]], LIST_CHARS):
            titles = [copies[0] - 1, *between]
        elif copies[-1] + 1 < len(nb):
            titles = [*between, copies[-1] + 1]
        else:
            titles = between
        tkeys = [keys[t] for t in titles]
        if all(_title(lines[nb[t]], LIST_CHARS) and "|" not in lines[nb[t]] and not _name(lines[nb[t]])
               for t in titles) \
                and len(set(tkeys)) == len(tkeys) and key not in tkeys:
            out.append(([nb[c] for c in copies], [nb[t] for t in titles]))
            k = copies[-1] + 1
        else:
            k += 1
    return out


def label_rows(lines: list[str], removed: dict[int, tuple[str, str | None]]) -> dict[int, tuple[str, str]]:
    """Titles of other stories alternating with one short label printed under each, after the article's last line
    of text, and the label's copies: index -> (rule, note)."""
    nb = [i for i, s in enumerate(lines) if s.strip()]
    runs = _runs(lines, nb)
    if not runs:
        return {}
    body = _body(lines, set(removed))
    if not body:
        return {}
    out: dict[int, tuple[str, str]] = {}
    for copies, titles in runs:
        if min(titles + copies) <= body[-1]:
            continue  # the article's head or text: a table's rows with a status or a place repeated in a column
        label = lines[copies[0]].strip()[:40]
        for i in titles:
            out[i] = (RULE, f"one of {len(titles)} headlines alternating with the label {label!r} printed under each "
                            "(a widget of other stories: its source's or show's name), after the article's last "
                            "line of text")
        for i in copies:
            out[i] = (RULE, f"the label {label!r} printed under each of {len(titles)} headlines of other stories")
    return {i: v for i, v in out.items() if i not in removed}


class LabelRows:
    """The label-rows layer (:class:`~.marks.LineLayer`): reads what every layer before it removed."""

    def mark(self, marks: "Marks") -> None:
        lines = marks.line_texts()
        got = label_rows(lines, dict(marks.removed))
        marks.removed.update({i: v for i, v in got.items() if i not in marks.removed})
