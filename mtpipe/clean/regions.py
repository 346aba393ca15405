"""The page's header and footer judged as blocks, not line by line (issue 12, eighteenth round).

The layers before this one judge a line by its shape and its neighbours; a header of a dozen short lines
(a menu, a login box, a breadcrumb, notices) loses the lines some layer knows and keeps the rest.  This
layer looks at the *region* before the article's first line of text (a sentence, or a paragraph of over
150 characters), once every other layer has judged it:

* a region holding at least one line another layer removed as page furniture (a menu, a breadcrumb, a
  rubric, a template or contact line, a line the classifier took; a date, credit or byline is no
  evidence: an article's head holds those, nor is a copy of another line, `dedupe.covered`), or three bulleted items with one bullet, and two or more
  other lines, each short (eight words at most, no clause going on: not ending in ":" "," ";"), is
  furniture as a whole;
* it keeps its title: the live line right above the text, and the document's first line when it is a
  headline of three words or more (a page's ``<title>`` opens many scraped pages), and the document's kind in
  capitals right above a title that goes on from it ("ИЗВЕЩЕНИЕ" ⏎ "о проведении …",
  :func:`~.head_guards.kind_heading`, cp70); a head holding an official letterhead or a poem's credit (the guards
  of :mod:`.layout`) is the text's own and stays whole, and so is a head whose lines all end with a sentence stop
  (short sentences: an announcement's own lines, round 22a).

Round 27d (prec27): a copy (a ``dedupe.*`` removal) between the title kept over the text and the text is no evidence
of furniture: the page printed one of its own lines twice, so a page that opens straight on its own short lines (a
hotel's terms) keeps them.  (A first version took no removal below that title as evidence: train27vi, measured
blind, lost three header lines over a "thumbnail" the classifier took there.)

cp61: an address alone (a site's URL or e-mail, ``boilerplate.contact``, README Convention 9) above the page's first
live line is no evidence by itself: it is no menu, and says nothing of the lines under it (h38vi10 lost the page's
title and the text's "1. Lịch tiếp" under "www.drvn.gov.vn" once the gate stopped holding the contact rule on vi).

The same test on the region after the article's last line of text was tried and dropped: with three lines
it removed nothing on any part, with two it lost a content line of ``tune``.

Each line goes to the ledger as ``boilerplate.region`` with the region's evidence.

A second test, on any page whatever its language (round 22b): a run of one or two live lines standing **between two
removed lines of furniture** (the lines above and below the run both taken by a furniture rule, as above), each short
(eight words at most, no sentence or clause end) and printed once on the page, is more items of the same widget (a
sidebar's counter, a menu's labels, a link the menu rule did not know) -> ``boilerplate.between_removed``
(``boilerplate.short_run`` takes runs of two or three lines of four words at most, before the classifier; this one
reads every layer's removals).  A run holding the title (the live line right above the article's first line of
text, a sentence or a headline after its time stamp: a page's title between its menu bar and a "Contents" label, a
wire list's title above its first stamped headline) or an official letterhead stays.  A line the page
prints twice (a title and its copy, a show's name in the menu and above the story) stays, and so does a line inside
the article whose next live line is a paragraph of text (a subheading between two ad markers).

clut86: above the article's text (its first line of text other than the run's own) a run may also hold lines ending
on "?" or "!" or cut with an ellipsis: a sidebar's teaser headlines ("Republicans know they have a problem...",
crawl's washingtonpost; "Вывозим же!", h20ru01), not the title (the live line right above that first line).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .features import _headline_like, stamped_headline
from .features import STOP_WORDS
from . import keep as keep_lines
from .head_guards import kind_heading, named_subject
from .profile_guards import crumb_title
from .guards import all_stopped, below_stamp, section_mark, table_letterhead, word_column
from .layout import letterhead, verse_attribution
from .lines import _folder, dedupe_key
from .record_blocks import quoted_subtitle
from .records import record_lines
from .templates import words_at_least
from .widgets import _body

if TYPE_CHECKING:
    from .marks import Marks
    from .templates import TemplateCounter

__all__ = ["RegionLines", "between_removed", "furniture_regions"]

RULE = "boilerplate.region"
BETWEEN = "boilerplate.between_removed"
RUN = 2  # lines in a run between removed lines
#: page controls the caption layer takes (a search or login box's label, a menu bar, a widget's label): furniture
_CONTROLS = frozenset(("captions.nav_label", "captions.spaced_menu", "captions.repeated_label"))
LANGS = ("ru", "vi")
#: a teaser's end above the article (clut86): a headline's question or exclamation, or a link text cut with an
#: ellipsis ("Republicans know they have a problem...", "What caused the Asiana Flight 214 crash?", "Вывозим же!")
_TEASER_END = re.compile(r"(?:[?!？！]|\.\.\.|…)$")
_BULLET = re.compile(r"^\s*[•·*▪►›»–-]\s*\S")
MIN_LINES = 2  # short lines besides the title(s)
#: removals that say nothing about furniture: an article's head holds its date, credit and byline; a paragraph the
#: next ones repeat in full (`dedupe.covered`: an image's alt text copying the title) is a copy, no menu; markup printed
#: as text (`boilerplate.markup`: a raw table's tags) stands between the text's own cells (miss32, held23); a field of
#: the document's register card (`boilerplate.register_field`: "Дата принятия: …") is its own record, as its date is
#: (clut57: a court decision's court and "РЕШЕНИЕ" under its card, t27ru08)
_NOT_EVIDENCE = re.compile(r"date|number_line|counter_line|credit|byline|caption|meta|front_matter|softbreak|covered|"
                           r"markup|register_field")  # number_line, counter_line: date_line's lines (meta76)
#: an address standing alone (README Convention 9): no menu, and alone above the page's first live line no evidence of a
#: header region under it (:func:`_address_only`)
_ADDRESS_RULES = frozenset(("boilerplate.contact",))


def _short(s: str) -> bool:
    s = s.strip()  # (a quoted name with its subtitle, "«…: …»", is a title's clause going on: struct89)
    return bool(s) and not words_at_least(s, 9) and s[-1:] not in ":：,;" and not quoted_subtitle(s)


def _evidence(idx: list[int], removed: dict[int, tuple[str, str | None]]) -> list[str]:
    return [str(removed[i][0]) for i in idx if i in removed and not _NOT_EVIDENCE.search(str(removed[i][0]))]


def _address_only(idx: list[int], removed: dict[int, tuple[str, str | None]], top: int) -> bool:
    """The region's only evidence is an address line (a site's URL or e-mail alone, :data:`_ADDRESS_RULES`) over the
    page's first live line ``top``: no menu, it says nothing of the lines under it (cp61, h38vi10: "www.drvn.gov.vn"
    over the agency's name, the page's title and the text's "1. Lịch tiếp")."""
    found = [i for i in idx if i in removed and not _NOT_EVIDENCE.search(str(removed[i][0]))]
    return bool(found) and all(i < top and removed[i][0] in _ADDRESS_RULES for i in found)


def _furniture(rule: str) -> bool:
    """A removal that is evidence of furniture around a run (:func:`between_removed`): not a date, credit, caption or
    copy; a page control the caption layer takes is."""
    return rule in _CONTROLS or not _NOT_EVIDENCE.search(rule)


def furniture_regions(lines: list[str], removed: dict[int, tuple[str, str | None]],
                      lang: str = "") -> dict[int, tuple[str, str]]:
    """Lines of the page's header region to remove as a block: index -> (rule, ledger note)."""
    n = len(lines)
    bad = set(removed)
    body = _body(lines, bad)
    if not body:
        return {}
    out: dict[int, tuple[str, str]] = {}
    live = [i for i in range(n) if i not in bad]
    head = [i for i in live if i < body[0]]
    keep = set(head[-1:])
    if head and keep_lines.headline_over(lines, head[-1], bad):
        keep.add(head[-1] - 1)  # a headline over the subtitle kept as the title (round 39)
    if keep and kind_heading(lines, min(keep), bad):
        keep.add(min(keep) - 1)  # the document's kind in capitals the title goes on from ("ИЗВЕЩЕНИЕ" ⏎ "о …", cp70)
    # the page's first line may be its title; not a line under page controls the layers took ("ПОИСК",
    # "КОММЕНТАРИИ" above "Вы еще не оставили комментарии": held18, after the caption layer took "ПОИСК")
    controls_above = sum(_furniture(removed[i][0]) for i in range(head[0]) if i in removed) if head else 0
    if head and head[0] == live[0] and controls_above < 2 and _headline_like(lines[head[0]]) \
            and words_at_least(lines[head[0]], 3):
        keep.add(head[0])
    # a heading under a line holding only its section number ("I." over "TIN THẾ GIỚI"): the text's own (round 24p)
    cand = [i for i in head if i not in keep and not (i and section_mark(lines[i - 1]))]
    cand = below_stamp(cand, lines, removed, _furniture)  # the post's head under its date stamp (round 28d)
    cand = [i for i in cand if not named_subject(lines, i, body)]  # the term the text opens by naming (lost42)
    if len(cand) < MIN_LINES \
            or set(head) & (letterhead(lines) | verse_attribution(lines, bad) | _own_layout(lines, lang)) \
            or all_stopped([lines[i] for i in cand]):
        return out  # an official letter's header or a poem's credit: the text's own head, not a site's
    # between the title kept over the text and the text, a copy of a line (``dedupe.*``) is the article's own head,
    # no furniture: a page opening on its own short lines keeps them (round 27d)
    seen_at = [i for i in range(body[0])
               if i < head[-1] or not str(removed.get(i, ("",))[0]).startswith("dedupe.")]
    ev = [] if _address_only(seen_at, removed, head[0]) else [f"{r} removed" for r in _evidence(seen_at, removed)]
    bullets = [i for i in cand if _BULLET.match(lines[i])]
    if len(bullets) >= 3 and len({lines[i].strip()[:1] for i in bullets}) == 1:
        ev.append(f"{len(bullets)} bulleted items")
    if ev and len(cand) >= MIN_LINES and all(_short(lines[i]) for i in cand):
        for i in cand:
            out[i] = (RULE, f"one of {len(cand)} short lines above the article's text, a region holding furniture "
                            f"({', '.join(ev[:2])}): the page's header")
    return out


def between_removed(lines: list[str], removed: dict[int, tuple[str, str | None]],
                    lang: str = "") -> dict[int, tuple[str, str]]:
    """Runs of one or two live short lines whose neighbours are both removed as furniture: index -> (rule, note)."""
    n = len(lines)
    ev = {i for i in removed if _furniture(removed[i][0])}
    runs = []
    for i in range(1, n - 1):
        if i in removed or i - 1 not in ev:
            continue
        j = i
        while j < n and j not in removed and j - i <= RUN:  # (no longer than a run: an article's lines stop here)
            j += 1
        if j < n and j in ev and j - i <= RUN and all(_short(lines[k]) for k in range(i, j)):
            runs.append(list(range(i, j)))
    if not runs:
        return {}
    body = _body(lines, set(removed))
    # the article's first line: a sentence, or a headline after its time stamp (a wire's list: its title above it)
    stamped = [k for k in range(n) if k not in removed and stamped_headline(lines[k].strip(), False)][:1]
    start = min(body[:1] + stamped, default=n)
    title = max((k for k in range(start) if k not in removed), default=-1) if start < n else -1
    runs, teasers = _teaser_runs(lines, runs, removed, body, stamped)
    if not runs:
        return {}
    keep = letterhead(lines) | _own_layout(lines, lang)
    seen: dict[str, int] = {}
    for s in lines:
        k = dedupe_key(s)
        seen[k] = seen.get(k, 0) + 1
    out: dict[int, tuple[str, str]] = {}
    for run in runs:
        if (title in run and run[0] not in teasers) or set(run) & keep or _subheading(run[-1], set(body), removed, n) \
                or section_mark(lines[run[0] - 1]) \
                or any(seen.get(dedupe_key(lines[k]), 0) > 1 for k in run) \
                or any(named_subject(lines, k, body) for k in run) \
                or crumb_title(lines, run):  # the term the text opens by naming (lost42); the crumb trail's page (cp44)
            continue
        for i in run:
            out[i] = (BETWEEN, f"one of {len(run)} short lines between two removed lines ({removed[run[0] - 1][0]} above, "
                               f"{removed[run[-1] + 1][0]} below), printed once on the page: items of the same widget")
    return out


def _teaser_runs(lines: list[str], runs: list[list[int]], removed: dict[int, tuple[str, str | None]],
                 body: list[int], stamped: list[int]) -> tuple[list[list[int]], set[int]]:
    """The runs holding no sentence or clause end, and (clut86) the runs above the article's text whose stopped lines
    end as a link's headline does: on "?" or "!" or cut with an ellipsis (a sidebar's teasers over the article:
    crawl's washingtonpost, h20ru01's slogan).  "Above the text" is above its first line of text other than the runs'
    own (a stack of six-word teasers reads as sentences), and the run does not hold the title, the live line right
    above that line.  Returns the runs kept and the first lines of the teaser runs among them."""
    stop = [run for run in runs if any(lines[k].strip()[-1:] in ".!?…。！？" for k in run)]
    if not stop:
        return runs, set()
    own = {k for run in runs for k in run}
    top = min([k for k in body if k not in own] + stamped, default=len(lines))
    title = max((k for k in range(top) if k not in removed), default=-1)
    teasers = [run for run in stop if run[-1] < top and title not in run
               and all(lines[k].strip()[-1:] not in ".!?…。！？" or _TEASER_END.search(lines[k].strip()) for k in run)]
    return [run for run in runs if run not in stop or run in teasers], {run[0] for run in teasers}


def _own_layout(lines: list[str], lang: str) -> set[int]:
    """A header laid out as a table and a text printed a word a line (:mod:`~.guards`, round 24p): the page's own."""
    return table_letterhead(lines) | word_column(lines, STOP_WORDS.get(lang, frozenset()))


def _subheading(i: int, body: set[int], removed: dict[int, tuple[str, str | None]], n: int) -> bool:
    """Text above the line and its next live line a paragraph of text: a subheading of the article (between ads)."""
    nxt = next((j for j in range(i + 1, n) if j not in removed), None)
    return nxt in body and any(j < i for j in body)


class RegionLines:
    """The region layer (:class:`~.marks.LineLayer`), after every other: it reads what they removed.  With the run's
    cross-document counts (``counter``), the page's own record (:func:`~.records.record_lines`) is no region's: a
    parish's fact sheet above its history is the page's text (crawl47)."""

    def __init__(self, counter: "TemplateCounter | None" = None) -> None:
        self.counter = counter

    def mark(self, marks: "Marks") -> None:
        doc = marks.doc
        lines = marks.line_texts()
        own: set[int] | None = None  # the record's lines, read once, when a region is found

        def not_own(found: dict[int, tuple[str, str]]) -> dict[int, tuple[str, str]]:
            nonlocal own
            if found and own is None:
                own = record_lines(lines, self.counter, _folder(doc.doc_id)) if self.counter is not None else set()
            return {i: v for i, v in found.items() if i not in own} if found and own else found

        if marks.lang in LANGS:
            marks.removed.update(not_own(furniture_regions(lines, marks.removed, marks.lang)))
        marks.removed.update(not_own(between_removed(lines, marks.removed, marks.lang)))
