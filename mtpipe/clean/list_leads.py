"""An article's own headline right under a "latest posts" heading is no list item (issue 12, cp79: held46's blind run).

``boilerplate.list_heading`` removes a heading of other stories ("Tin mới nhất", "40 Bài viết mới", "Лента новостей")
and the run of headline-like lines under it.  A page whose chrome ends with such a heading (a sidebar's title left
without its list) prints the article's headline straight under it, then at most a short line (a rubric, a date), then
the article itself: ``h46vi03`` ("40 Bài viết mới" / "Quán quân cuộc thi "Tranh biện Tiếng Hoa" năm 2022 thuộc về đội
"Sắc gió"" / a rubric / the report's paragraphs), ``h16vi10`` ("TIN NỔI BẬT" / "Khuyến cáo nông dân thường xuyên thăm
đồng …" / the report on the rice crop, a dev page: spared there because its headline has 17 words, too long for an
item; its page is cut after one paragraph, which this guard would not take for an article).  :func:`article_head`
says when the first line under the heading is that headline: the article's text (three paragraphs in a row, no
teaser's one) begins within two lines after it, takes up its words (two of its content words at least, a third of
them), and the line is printed nowhere else on the page (a header copy over a date line, ``h11ru01``, is the site's
title block: the copy next to the text is the headline).  Only the headline is spared: a short line between it and
the text (``h46vi03``'s rubric "Đoàn thanh niên - Hội sinh viên - Các CLB sinh viên") goes with the heading's run as
before.  A related-stories list keeps its items: an item's teaser is one paragraph (``h16vi09``: "Nỗi lo mùa mía
mới" over one lead), a name is no headline (fewer than four words: ``h2ru02``'s "Си Цзиньпин" over an encyclopedia's
two paragraphs), a list's next item is a headline, not a paragraph; on every dev part the guard takes no line.

Photo captions a caption rule already removed are stepped over while the text's paragraphs are counted (cp87,
``h49vi13``: "Tin mới nhất" / the headline / the lead / two copies of the photo's caption "… Ảnh: N.Trinh" / the
report): a news page prints its photo and caption after the lead, inside the text, so the three paragraphs in a row
are three of the text with captions between them.  Only caption rules are stepped over (a list's dates, counters,
menus are not: an item's teaser still stands alone between headlines).  A photo's short lines no rule has taken yet
are stepped over too (lost91, ``h51ru02``: the alt text and caption "Мед." / "Мед." and the licence "СС0" after the
lead; the caption layer runs after this one): a line of fewer than four words that is no sentence; an item's headline
(four words or more) still stops the count.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from .features import STOP_WORDS

__all__ = ["article_head", "head_under"]

_WORD = re.compile(r"[^\W_]{2,}")
_MIN_WORDS = 4  # a headline, not a name or a tag ("Си Цзиньпин")
_BODY = 3  # paragraphs in a row: an article, not a teaser
_GAP = 1  # short lines (a rubric, a date) between the headline and the text
_LONG = 150
_STEM = 5
#: the rules of photo captions, which a news page prints inside its text (after the lead)
_CAPTIONS = ("boilerplate.caption", "boilerplate.foreign_caption", "captions.under_image", "captions.alt_",
             "captions.credit_tail", "captions.lower_alt", "captions.repeated_block")


def _words(s: str) -> set[str]:
    """Content words, cut to :data:`_STEM` letters (a Russian word's endings: "Омска" / "Омске")."""
    stop = STOP_WORDS["ru"] | STOP_WORDS["vi"] | STOP_WORDS["en"]
    return {w[:_STEM] for w in (m.casefold() for m in _WORD.findall(s)) if w not in stop and not w.isdecimal()}


def _norm(s: str) -> str:
    return " ".join(_WORD.findall(s.casefold()))


def _image_line(s: str, body: Callable[[str], bool]) -> bool:
    """A photo's short line inside the text (its alt text, caption or licence: "Мед.", "СС0"): fewer than
    :data:`_MIN_WORDS` words, no sentence (lost91)."""
    t = s.strip()
    return len(t.split()) < _MIN_WORDS and not body(t)


def article_head(lines: list[str], j: int, sentence_like: Callable[[str], bool],
                 gone: Mapping[int, tuple] | None = None) -> bool:
    """Line ``j`` (the first under a heading of other stories) is the article's headline: see the module; ``gone``:
    the lines removed so far with their rules (captions among them are stepped over)."""
    head = lines[j].strip()
    if len(head.split()) < _MIN_WORDS:
        return False
    body = lambda t: sentence_like(t) or len(t) > _LONG  # noqa: E731
    k = j + 1
    while k < len(lines) and k <= j + _GAP and not body(lines[k].strip()):
        k += 1
    rest = [x for x in range(k, len(lines)) if x == k or not (str((gone or {}).get(x, ("",))[0]).startswith(_CAPTIONS)
                                                            or _image_line(lines[x], body))]
    text = [lines[x].strip() for x in rest[:_BODY]]
    if len(text) < _BODY or not all(body(t) for t in text):
        return False
    own = _words(head)
    shared = own & _words(" ".join(text))
    if len(shared) < 2 or 3 * len(shared) < len(own):
        return False
    key = _norm(head)
    return not any(_norm(lines[x]) == key for x in range(len(lines)) if x != j)


def head_under(lines: list[str], i: int, j: int, sentence_like: Callable[[str], bool],
               gone: Mapping[int, tuple] | None = None) -> bool:
    """Line ``j`` under the heading of other stories at ``i`` is the article's headline (:func:`article_head`):
    right under the heading or under one short line between them (a rubric, a date: fewer than :data:`_MIN_WORDS`
    words, no sentence; see the module)."""
    if not i < j <= i + 1 + _GAP:
        return False
    if any(len(lines[x].split()) >= _MIN_WORDS or sentence_like(lines[x].strip()) for x in range(i + 1, j)):
        return False
    return article_head(lines, j, sentence_like, gone)
