"""A lead or summary above the text cut short: the cut copy goes, the whole one stays (issue 12; ``dedupe.truncated_lead``).

Convention 12 of ``benchmarks/data/realpages/README.md``: of a text printed twice the whole copy is content and a
copy cut short is clutter, wherever it stands.  :class:`~.dedupe.Deduper` runs :func:`cut_leads` before its copy
rules, and asks :func:`near_copy` which of two near copies goes.

* :func:`truncated_lead` (moved here from :mod:`.dedupe` by conv54): a lead cut off mid-sentence that one of the next
  two paragraphs holds in full ("25.08.2025. Официальный представитель … силы на" above the article); never the page's
  title, which the lead may take up: its first live line, or the line right under a breadcrumb trail ending in it
  (:func:`~.crumb_titles.trail_title`, clut67: "Home / 27 мая в Хэйхэском институте … по счету" over "27 мая в Хэйхэском институте
  … по счету" over the lead, ``h42ru01``; Convention 1: the trail's copy goes, ``dedupe.breadcrumb``, the title under
  it stays); and only a copy of the text's OPENING: the cut copy stands at the paragraph's start, after a dateline
  at most (:func:`opens_with`, cp70: "ПЕКИН, 25 авг – РИА Новости. <the lead>"), no more than :data:`MAX_PREFIX_WORDS`
  words in; a title whose words recur at the end of a later sentence is no teaser ("о проведении аукциона на право
  заключения договора аренды земельного участка" over "Организатор аукциона … извещает о проведении аукциона на
  право заключения договора аренды земельного участка.", ``h43ru12``, 60 words in);
* :func:`stopped_summary` (conv54): a summary that stops with a full stop where the text's own sentence goes on: "…
  có một làng nghề làm gốm tuổi đời ngót 300 năm." over "… có một làng nghề làm gốm tuổi đời ngót 300 năm, ở đó
  người dân vẫn đang giữ gìn nghề thủ công …" (``h25vi08``; :func:`truncated_lead` passes over a line that ends with
  a stop, a whole sentence there may be a title the lead takes up).  One of the next two live lines opens with the
  line (its stop aside, case aside), goes on with a comma, colon, semicolon, dash or a lower-case word (the same
  sentence: the summary stopped it, the text did not) by :data:`MIN_MORE` characters or more, and ends a sentence;
  the line holds more than :data:`MAX_TITLE_WORDS` words (a title is shorter: :func:`~.guards.title_clause`) and is
  not the page's first live line (its title, Convention 1).  A line the text goes on from after a sentence end
  ("Title." over "Title. The text …") is no cut: kept;
* :func:`near_copy` (conv54): ``dedupe.near`` dropped the later of two near copies; when the earlier one is cut off
  with an ellipsis and the later goes on past the cut (:func:`~.structure.ellipsis_lead`, ``h29vi10``: "… của TP Hà
  Nội..." over its whole sentence, the spaces around a dash differing), the earlier one goes instead.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from ..document import Document
from . import guards, structure
from .crumb_titles import trail_title
from .item_copies import cut_items
from .lines import _LEAD_DATE, dedupe_key

__all__ = ["MAX_TITLE_WORDS", "MIN_MORE", "MAX_PREFIX_WORDS", "opens_with", "goes_on", "stopped_summary",
           "truncated_lead", "cut_leads", "near_copy"]

MAX_TITLE_WORDS = 14  #: the words a title holds at most (as :func:`~.guards.title_clause`)
MIN_MORE = 20  #: the characters the text holds past the summary's stop at least
#: the words a paragraph may hold before the teaser's copy of its opening (a dateline: "пекин 25 авг риа новости")
MAX_PREFIX_WORDS = 8
_WORD = re.compile(r"[^\W_]+")
_CLAUSE = tuple(",;:–—-")
_ENDS = tuple(".!?…»”\")")


def _whole_words(key: str, other: str) -> bool:
    """``key`` (a dedupe key) stands in ``other`` ending at a word's end, at one of its places at least: no teaser
    cut inside a word ("… спор"); a lead that prints the title glued before its own first sentence ("… по счету27 мая
    в … по счету китайско-российская …", ``h42ru01``, clut67) holds it whole at the second place."""
    at = other.find(key)
    while at >= 0:
        end = at + len(key)
        if end >= len(other) or other[end] == " ":
            return True
        at = other.find(key, at + 1)
    return False


def opens_with(key: str, other: str) -> bool:
    """``key`` (a dedupe key) stands at the opening of ``other`` (one too): at its start, or after a dateline of
    :data:`MAX_PREFIX_WORDS` words at most; a title's words recurring inside a later sentence are no teaser's copy of
    the text's opening (cp70, ``h43ru12``)."""
    at = other.find(key)
    return at >= 0 and len(other[:at].split()) <= MAX_PREFIX_WORDS


def truncated_lead(doc: Document, spans: list[tuple[int, int]], removed: dict[int, Any]) -> None:
    """Remove a lead cut off mid-sentence that one of the next two paragraphs holds in full.

    News pages print a teaser ("25.08.2025. Официальный представитель … силы на") above the article that starts with
    the same words; the teaser has no sentence end.
    """
    live = [i for i in range(len(spans)) if i not in removed]
    for n, i in enumerate(live):
        line = doc.text[spans[i][0]:spans[i][1]].rstrip()
        if len(line) < 60 or line[-1:] in ".!?…»”\")":
            continue
        key = _LEAD_DATE.sub("", dedupe_key(line))
        if len(key.split()) < 8:
            continue
        for j in live[n + 1:n + 3]:
            full = doc.text[spans[j][0]:spans[j][1]].rstrip()
            other = dedupe_key(full)
            # the other one goes on after the cut and ends a sentence: it is the article itself
            if len(other) >= len(key) + 20 and opens_with(key, other) and full[-1:] in ".!?…»”\")" \
                    and not guards.title_clause(line, full) \
                    and not ((n == 0 or trail_title(doc.text[spans[live[n - 1]][0]:spans[live[n - 1]][1]], line))
                             and _whole_words(key, other)):  # a title the lead extends (round 23d); the page's first
                # line, or the one under a breadcrumb ending in it (clut67), which the lead takes up to a word's end:
                # its title, no teaser (dedupe33)
                removed[i] = ("dedupe.truncated_lead", f"a cut-off copy of the paragraph at {spans[j][0]}")
                break


def _stopped(s: str) -> bool:
    """:func:`goes_on`'s test of the stripped line alone: one full stop closing it, more than :data:`MAX_TITLE_WORDS`
    words (counted up to one more, not over the whole paragraph; perf80)."""
    return s.endswith(".") and not s.endswith("..") and \
        sum(1 for _ in islice(_WORD.finditer(s), MAX_TITLE_WORDS + 1)) > MAX_TITLE_WORDS


def goes_on(line: str, full: str) -> bool:
    """True when ``line`` ends with one full stop, holds more than :data:`MAX_TITLE_WORDS` words, and ``full``
    opens with it (the stop aside, case aside), then goes on in the same sentence (a clause mark or a lower-case
    word) by :data:`MIN_MORE` characters or more and ends a sentence."""
    s, f = line.strip(), full.strip()
    if not _stopped(s):
        return False
    head = s[:-1].rstrip()
    if len(f) < len(s) + MIN_MORE or not f.casefold().startswith(head.casefold()) or not f.endswith(_ENDS):
        return False
    rest = f[len(head):].lstrip()
    return rest.startswith(_CLAUSE) or rest[:1].islower()


def stopped_summary(doc: Document, spans: list[tuple[int, int]], removed: dict[int, Any]) -> None:
    """Remove a summary that one of the next two live lines repeats and goes on from in the same sentence
    (``dedupe.truncated_lead``)."""
    live = [i for i in range(len(spans)) if i not in removed]
    for n, i in enumerate(live[1:], 1):  # the page's first live line is its title (Convention 1): never a summary
        line = doc.text[spans[i][0]:spans[i][1]]
        if not _stopped(line.strip()):
            continue  # goes_on is False for any next line (its test of the line alone, asked once; perf80)
        for j in live[n + 1:n + 3]:
            if goes_on(line, doc.text[spans[j][0]:spans[j][1]]):
                removed[i] = ("dedupe.truncated_lead", f"a summary stopped where the paragraph at {spans[j][0]} goes on")
                break


def cut_leads(doc: Document, spans: list[tuple[int, int]], removed: dict[int, Any]) -> None:
    """:func:`truncated_lead`, then :func:`stopped_summary`, then a teaser list's item titles cut short over their
    dates (:func:`~.item_copies.cut_items`, cp70)."""
    truncated_lead(doc, spans, removed)
    stopped_summary(doc, spans, removed)
    cut_items(doc.text, spans, removed)


def near_copy(first: str, later: str, j: int, i: int, spans: list[tuple[int, int]]) -> tuple[int, tuple[str, str]]:
    """Which of two near copies goes (line ``j``'s text ``first`` above line ``i``'s ``later``), with its ledger
    entry: the later one (``dedupe.near``), unless the earlier one is cut off with an ellipsis and the later goes on
    past the cut (``dedupe.truncated_lead``)."""
    if structure.ellipsis_lead(first, later):
        return j, ("dedupe.truncated_lead", f"a copy cut off with an ellipsis of the paragraph at {spans[i][0]}")
    return i, ("dedupe.near", f"near duplicate of paragraph at {spans[j][0]}")
