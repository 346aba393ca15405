"""The line classifier's guards on the page: content lines its model may score as clutter that it never removes.

:func:`~.classifier.judge` leaves a scored line on the page when one of these holds (each a class seen losing content,
written where it was seen): an official document's header (:func:`.layout.letterhead`, xdoc31), a page's own record
(:func:`.records.record_lines`, loss38), a field laid out label over value (:func:`.keep.value_pairs`, loss39), a
two-column table's label/value rows (:func:`.body_guards.label_value_rows`, lost41), a calendar's dates and a
schedule's date cells (:mod:`.dated_facts`, cp36, cp49), a timetable's column headings (:func:`.timetable.timetable_heads`,
cp49), a chronicle's heading over its year lines (:func:`.chronicle.chronicle_heads`, bnd54), a Russian subheading
over its paragraph (:func:`.ru_subheads.subheadings`, cp84), the items of a bracket
list some of whose items are kept (:func:`.siblings.bracket_siblings`, lost40), an issuer's stack whose lines around
the taken one are kept (:func:`.issuer_stacks.issuer_stack`, cp66; in :func:`~.classifier.judge` alone: it depends on
what the model keeps), a sentence without its stop straight under a kept line of text
(:func:`.unstopped.unstopped_lines`, cp66, the same), a sentence's closing line (:func:`.keep.closes_bracket`, loss39).

:func:`page_guards` is the part that depends on the page alone (what the model scores does not change it);
:func:`spared` adds what every model spares whatever it scores: the closing lines, and the bracket lists with two
items the model never judges.  The trainer (``tools/train_line_classifier.py``, round 51) chooses its thresholds on the
content rows :func:`spared` does not cover: a content line the page's guards keep is no loss, whatever its score.
"""

from __future__ import annotations

from typing import Any

from .body_guards import label_value_rows
from .chronicle import chronicle_heads
from .dated_facts import calendar_lines, schedule_dates
from .keep import closes_bracket, value_pairs
from .layout import letterhead
from .records import record_lines
from .ru_subheads import subheadings
from .siblings import bracket_siblings
from .templates import TemplateCounter
from .timetable import timetable_heads


def page_guards(page: list[str], removed: dict[int, Any], counter: TemplateCounter | None = None,
                folder: str = "") -> set[int]:
    """Indexes of ``page`` (the document's non-empty lines) the classifier never removes, by the page alone:
    letterhead, record, label over value, label/value rows, calendar dates, schedule dates, timetable headings, a
    chronicle's heading."""
    heads = letterhead(page) | record_lines(page, counter, folder) | value_pairs(page) | label_value_rows(page, removed)
    heads |= subheadings(page, removed)  # a Russian subheading over its paragraph (cp84)
    return heads | calendar_lines(page) | schedule_dates(page) | timetable_heads(page) | chronicle_heads(page)


def closes(page: list[str], removed: dict[int, Any], i: int) -> bool:
    """Line ``i`` ends the sentence its kept line above opens (:func:`.keep.closes_bracket`)."""
    return bool(i) and i - 1 not in removed and closes_bracket(page[i - 1], page[i])


def spared(text: str, spans: list[tuple[int, int]], removed: dict[int, Any], todo: list[int],
           counter: TemplateCounter | None = None, folder: str = "") -> set[int]:
    """The lines of ``todo`` (the classifier's candidates) that :func:`~.classifier.judge` keeps whatever its model
    scores: :func:`page_guards`, :func:`closes`, and the bracket lists two of whose items are live lines outside
    ``todo`` (kept by every model; a list the model keeps more of is spared by :func:`~.classifier.judge` too)."""
    page = [text[a:b] for a, b in spans]
    out = page_guards(page, removed, counter, folder)
    cands = set(todo)
    out |= bracket_siblings(text, spans, (i for i in range(len(spans)) if i not in removed and i not in cands), removed)
    return {i for i in todo if i in out or closes(page, removed, i)}
