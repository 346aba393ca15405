"""Which of two copies of the page's title the duplicate layer removes when the first is a decorated copy (head105).

:mod:`.dedupe` keeps the first of two near or contained copies and removes the later.  On a page whose header prints
the title first and the article prints it again over its text, that removes the article's own heading (held56, read
after its blind run: ``h56vi07``, ``h56vi10``).  Convention 1 of ``benchmarks/data/realpages/README.md`` says the copy
next to the text is the content when the first stands in the page's header; here, two shapes of that header copy:

* :func:`byline_glued` (``dedupe.titled_copy``, with the contained copies): the first copy is the later one with a
  name glued after a dash ("<title> -Đào Hiếu Thảo", a ``<title>`` element's author), and that name is printed as a
  line of its own right under the later copy (the article's byline): the glued copy goes, the plain title stays.
  ``_trail_copy`` of :mod:`.dedupe` takes a trail after " - " (spaces both sides) alone; this one takes a dash glued
  to the name, only where the page's own byline line proves the tail a name.
* :func:`near_copy` (``dedupe.header_copy``, with the near copies): the first copy is one of the page's first live
  lines (no sentence above it, title-shaped), a date or byline stamp stands between the two copies (a line
  ``dedupe`` sees live: a date and no sentence, "Chuyên mục: … Được đăng: Thứ hai, 17 Tháng 2 2014 Viết bởi …", a
  CMS's article info; or one a date, byline or breadcrumb rule removed), no other live line stands between, and the
  text's first sentence comes within :data:`~.title_copies.TEXT_LINES` live lines under the later copy, and the
  later copy is no longer than the header's (:data:`SLACK`: a later copy with more glued on, "<title>_fororder_2", is
  an image's name, tune's ``vi10``, where the first copy is the content): the header's copy goes ("… lần họp thứ 15"
  over the stamp, "… lần họp thứ XV" over the text).  :mod:`.title_copies` does the same
  for exact copies the policy held; near copies (a figure written another way) reach only this.

Dev counts (every part but held56, the ``weighed`` run of integ at head105's start) are in
``benchmarks/notes/head105.md``.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from . import summaries
from .features import _sentence_like
from .lines import dedupe_key
from .templates import _DATE_TOKEN
from .title_copies import FIRST_LINES, TEXT_LINES, _stamp, _title_shaped

__all__ = ["byline_glued", "near_copy", "HEADER_RULE"]

HEADER_RULE = "dedupe.header_copy"
SLACK = 2  # the later copy's key at most this many characters longer than the header's ("thứ XV" / "thứ 15")
STAMP_WORDS = 30  # a live stamp line between the copies: at most this many words
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_NUM_DATE = re.compile(r"(?<!\d)\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d(?!\d)")
_MONTH_NUM = re.compile(r"(?<![^\W\d_])(?:tháng|th)\s*\d{1,2}(?!\d)", re.IGNORECASE)
#: a dash glued to the name after the title ("<title> -Đào Hiếu Thảo"), or spaced on both sides
_GLUE = re.compile(r"\s+[-–—]\s*(?=[^\W\d_])")


def _line(text: str, spans: list[tuple[int, int]], k: int) -> str:
    return text[spans[k][0]:spans[k][1]]


def byline_glued(text: str, spans: list[tuple[int, int]], removed: dict[int, Any], j: int, i: int) -> bool:
    """Line ``j`` is line ``i`` then a dash and a name of one to five words, and that name is printed alone as one of
    the two lines right under ``i`` (the article's byline, live or removed by a byline rule already)."""
    head, later = _line(text, spans, j).strip(), _line(text, spans, i).strip()
    if not head.startswith(later) or not _GLUE.match(head[len(later):]):
        return False
    name = _GLUE.sub("", head[len(later):], count=1).strip()
    if not 1 <= len(name.split()) <= 5 or name[-1:] in ".!?…:":
        return False
    below = [k for k in range(i + 1, min(len(spans), i + 4)) if _line(text, spans, k).strip()][:2]
    return any(_line(text, spans, k).strip().casefold() == name.casefold() for k in below)


def _live_stamp(line: str) -> bool:
    """A date or byline stamp the duplicate layer sees live: a year with a month (a word, "tháng 2") or a numeric date,
    at most :data:`STAMP_WORDS` words, no sentence."""
    if len(line.split()) > STAMP_WORDS or _sentence_like(line):
        return False
    return bool(_NUM_DATE.search(line)) or bool(_YEAR.search(line)) and bool(
        _DATE_TOKEN.search(line.casefold()) or _MONTH_NUM.search(line))


def header_copy(text: str, spans: list[tuple[int, int]], removed: dict[int, Any], j: int, i: int) -> int | None:
    """The stamp line between the header's copy ``j`` and the article's copy ``i`` (module docstring), or None."""
    top = []
    for k in islice((k for k in range(j + 1) if k not in removed and _line(text, spans, k).strip()), FIRST_LINES):
        if _sentence_like(_line(text, spans, k)):
            break
        top.append(k)
    if j not in top or not _title_shaped(_line(text, spans, j)):
        return None
    if len(dedupe_key(_line(text, spans, i))) > len(dedupe_key(_line(text, spans, j))) + SLACK:
        return None  # the later copy holds more than the title: an image's name "<title>_fororder_2" (tune's vi10)
    stamp = None
    for k in range(j + 1, i):
        line = _line(text, spans, k)
        if k in removed:
            stamp = k if stamp is None and _stamp(line, str(removed[k][0])) else stamp
        elif line.strip():
            if not _live_stamp(line):
                return None
            stamp = k if stamp is None else stamp
    after = islice((k for k in range(i + 1, len(spans)) if k not in removed and _line(text, spans, k).strip()),
                   TEXT_LINES)
    return stamp if stamp is not None and any(_sentence_like(_line(text, spans, k)) for k in after) else None


def near_copy(text: str, spans: list[tuple[int, int]], removed: dict[int, Any], j: int,
              i: int) -> tuple[int, tuple[str, str]]:
    """Which of the near copies ``j`` < ``i`` goes: the header's copy ``j`` (:func:`header_copy`), else as
    :func:`.summaries.near_copy` says."""
    k = header_copy(text, spans, removed, j, i)
    if k is not None:
        return j, (HEADER_RULE, f"the header's copy of the title at {spans[i][0]}, cut off from it by the stamp "
                                f"{_line(text, spans, k).strip()[:40]!r} (Convention 1: the copy next to the text "
                                "stays)")
    return summaries.near_copy(_line(text, spans, j), _line(text, spans, i), j, i, spans)
