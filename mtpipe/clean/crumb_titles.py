"""A breadcrumb trail ending in the page's title, right above the title (issue 12, clut67; Convention 1 of
``benchmarks/data/realpages/README.md``: a breadcrumb holding the title is a copy, the title under it the content copy).

Seen on ``h42ru01`` ("Home / 27 мая в Хэйхэском институте … по счету" over "27 мая в Хэйхэском институте … по счету"
over the lead, which takes the title up) and ``h42ru15`` ("» МБДОУ "Детский сад №21"" over "МБДОУ "Детский сад №21""
over the text; the trail's earlier crumbs were links the scrape dropped, its separator left), as on dev pages whose
trail the layers already took ("Главная / Общество / Движение дачных автобусов …", ``h38ru10``; "Trang chủ » Chăm
sóc thú non » <title>", ``t27vi94``).

* :func:`trail_title`: the live line above a line is a breadcrumb trail whose last crumb is that line: a crumb
  separator (:data:`CRUMB_SEP`: ``»``, ``›``, ``>``, ``/``, ``|``, ``→``, spaced or opening the line) right before the
  copy, and before that separator nothing or a menu trail (:func:`~.headings.menu_trail`: short labels, no sentence
  stop nor colon, eight words at most or six a label): a sentence before the slash is no trail.

Its readers: :func:`~.summaries.truncated_lead` keeps the line under such a trail as the page's title, as it keeps the
page's first line (the lead that takes the title up is no reason to drop it), and :func:`~.copies.furniture_copy`
names the trail the copy that goes when the title under it opens the text (``dedupe.furniture_copy``).

* :func:`glued_chevrons` (crumb103): the trail joins its crumbs with chevrons glued between words, no spaces
  ("VNReport»Công nghệ»Thế giới số»<title>" over "<title>", held55's h55vi05): :data:`CRUMB_SEP` takes a glued
  ``»``/``›`` too (never in a line holding a guillemet ``«``: a quotation's closing mark), and the copy layer names
  such a trail over its title ``dedupe.glued_trail`` (a class of its own: ``dedupe.furniture_copy``'s measured
  row, its other shapes, held it).  Dev: no line of the shape (every glued ``»`` on dev closes a ``«``).

* :func:`glued_trail` (alt84): a trail without separators, a home link's word first, closed by the whole line ("Домой
  Субботник в поселении" over "Субботник в поселении"): ``dedupe.breadcrumb``'s class (the crumb goes), which took
  only copies of 40 characters or more; a shorter title fell to ``dedupe.near``, which took the title as the copy.
"""

from __future__ import annotations

import re

from .headings import menu_trail
from .lines import dedupe_key
from .self_names import MAX_CRUMB, home_link

__all__ = ["CRUMB_SEP", "trail_title", "glued_trail", "glued_chevrons"]

#: a breadcrumb's separator before its last crumb, spaced or opening the line ("Home / <title>", "» <title>"), or a
#: chevron glued between two words ("VNReport»Công nghệ»Thế giới số»<title>", crumb103): a ``»`` glued so is a
#: closing guillemet only in a line that opens one (:func:`trail_title` skips a line holding ``«``)
CRUMB_SEP = re.compile(r"(?:^|\s)[»›>/|→](?=\s)|(?<=\w)[»›](?=\w)")


def trail_title(trail: str, line: str) -> bool:
    """True when ``trail`` is a breadcrumb trail whose last crumb is ``line`` (their dedupe keys; module docstring)."""
    key = dedupe_key(line)
    if not key or not dedupe_key(trail).endswith(key):
        return False
    seps = [m for m in CRUMB_SEP.finditer(trail) if dedupe_key(trail[m.end():]) == key
            and (m.group()[:1].isspace() or m.start() == 0 or "«" not in trail and "‹" not in trail)]
    if not seps:
        return False
    head = trail[:seps[-1].start()]
    return not dedupe_key(head) or menu_trail(dedupe_key(head), head)


def glued_trail(trail: str, line: str) -> bool:
    """``trail`` is a breadcrumb without separators (:data:`CRUMB_SEP`) closed by ``line``'s whole words: a home
    link's word first (:func:`~.self_names.home_link`: "Домой <title>", "Home News <title>"), then a menu trail
    (:func:`~.headings.menu_trail`) of :data:`~.self_names.MAX_CRUMB` + 1 words at most."""
    words, n, key = trail.split(), len(line.split()), dedupe_key(line)
    if not key or not home_link(trail) or len(words) <= n or dedupe_key(" ".join(words[-n:])) != key:
        return False
    head = " ".join(words[:-n])  # no separator in it: a trail with one is :func:`trail_title`'s
    return len(words) - n <= MAX_CRUMB + 1 and not CRUMB_SEP.search(head + " ") and menu_trail(dedupe_key(head), head)


def glued_chevrons(trail: str) -> bool:
    """``trail`` joins its crumbs with a chevron glued between two words ("VNReport»Công nghệ»Thế giới số»<title>",
    held55's h55vi05; crumb103), no guillemet opened in it: a template's trail, no sentence's quotation.  The copy
    layer names such a trail over the title ``dedupe.glued_trail`` (:func:`~.copies.drop_furniture_copy`)."""
    return "«" not in trail and "‹" not in trail and any(
        not m.group()[:1].isspace() and m.start() > 0 for m in CRUMB_SEP.finditer(trail))
