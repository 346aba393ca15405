"""An image's alt text typed without its marks whose words are the article's, and a detail page's label over the
title, on Vietnamese pages (issue 12, left97v: held53's vi clutter kept, by class).

* :func:`echoed_toneless`: a line of Vietnamese syllables written without diacritics (an image's alt text or file
  name typed by the editor: "Lang van hoa xa co cham 2" between two paragraphs of h53vi09, whose text writes "làng
  văn hóa" and "Cổ Chẩm") whose words, folded, are the article's: two pairs of words in a row at least, and half of
  the line's pairs, stand in the page's lines written with marks.  The shape is :mod:`.vi_heads`' ``toneless`` one
  (three to 25 words, three in four shaped as Vietnamese syllables, ASCII only, no table cell) less its test of
  Vietnamese-only spellings ("nguyen", "thanh") or bare function words ("cua", "la gi"), which a short phrase of
  common syllables ("lang van hoa", "le hoi chua") does not hold; the echo stands in its place: an English line
  ("I am in a van") or a code folds to no two word pairs of a Vietnamese article, and an editor who writes the text
  with marks types the photo's alt text or file name bare.  A name written bare in capitals only ("Nguyen Van
  Thanh") is left: one word in lower case at least, as ``toneless`` asks.  Dev (every part but held53, every tag,
  whole lines of vi pages): the shape holds 37 lines, all clutter or metadata (1 left, h19vi11's "dich vu cua vnpt",
  which echoes nothing); with the echo 22, all clutter (every one taken by another rule already) ->
  ``captions.unmarked_alt``.
* :func:`detail_labels`: the label a portal prints over an article's page naming the page's type, the detail view
  ("Chi tiết tin", h53vi06, Liferay portals of provinces; "Chi tiết bài viết Văn hóa - Gia đình", h40vi11, the same
  label with the section's name; "Chi tiết tin tức", "Tin chi tiết", "News details"): the whole line (at most
  :data:`MAX_TAIL_WORDS` words of the section after the label, no digit and no stop in them), above the article's
  first line of text with a live line between them (the title), or, right over the text, when a dash sets the site's
  name off after it (the page's title bar, "Chi tiết bài viết - Xã Linh Trường - Gio Linh", a fresh page of
  linhtruong.giolinh.quangtri.gov.vn, a Liferay portal of a commune); a bare label right over the text is left.
  Dev: 2 lines of the shape, both clutter (h30vi10's "Chi tiết Thông báo tại đây", taken as a read-more link); no
  content line opens "Chi tiết" with a page noun (the content lines "Chi tiết xem tại https://…", "Chi tiết lịch cắt
  điện Hà Nội ngày mai 19/6:" have none) -> ``portal.detail_label``.

The layer runs in :class:`~.ru_chrome.ChromeLines` after :mod:`.page_furniture96b`, on live lines only; each line
goes to the ledger with its class's evidence.
"""

from __future__ import annotations

import re
from typing import Mapping

from .features import _sentence_like
from .vi_heads import _LETTERS, _SYLLABLE, MAX_TONELESS_WORDS, MIN_TONELESS_WORDS, _fold

__all__ = ["RULES", "UNMARKED_ALT", "DETAIL_LABEL", "MIN_ECHO_PAIRS", "MAX_TAIL_WORDS", "unmarked_shape",
           "echoed_toneless", "detail_label", "detail_labels", "page_furniture97v"]

UNMARKED_ALT = "captions.unmarked_alt"
DETAIL_LABEL = "portal.detail_label"
RULES = (UNMARKED_ALT, DETAIL_LABEL)
MIN_ECHO_PAIRS = 2  # pairs of words in a row the line shares with the page's marked lines, and half of its own
MAX_TAIL_WORDS = 5  # words of the section's name after a detail label
#: the detail view's label: "chi tiết" and a page's noun, a section's name after it; or "tin (tức) chi tiết"
_DETAIL = re.compile(r"(?:xem\s+)?chi\s+tiết\s+(?:tin(?:\s+tức|\s+bài)?|bài\s+viết|thông\s+báo|sự\s+kiện)"
                     r"(?P<tail>(?:\s+[-–&]?\s*[^\W\d_]+)*)|tin\s+(?:tức\s+)?chi\s+tiết|(?:news|article)\s+details?",
                     re.IGNORECASE)
_TRIM = " \t•·*›»▪►|>-–—"
#: the label with the site's name set off by a dash, the page's own title bar ("Chi tiết bài viết - Xã Linh Trường -
#: Gio Linh"): never an article's heading, whatever stands under it
_DASHED = re.compile(r"\s*(?:xem\s+)?chi\s+tiết\s+(?:tin(?:\s+tức|\s+bài)?|bài\s+viết|thông\s+báo|sự\s+kiện)\s+[-–]\s",
                     re.IGNORECASE)


def unmarked_shape(s: str) -> bool:
    """A line of Vietnamese syllables without diacritics (module docstring), one word in lower case at least."""
    t = s.strip()
    if not t.isascii() or "|" in t or "{" in t:
        return False
    words = _LETTERS.findall(t)
    if not MIN_TONELESS_WORDS <= len(words) <= MAX_TONELESS_WORDS or not any(w[0].islower() for w in words):
        return False
    return 4 * sum(1 for w in words if _SYLLABLE.match(w)) >= 3 * len(words)


def _pairs(s: str) -> set[tuple[str, str]]:
    w = _LETTERS.findall(_fold(s))
    return set(zip(w, w[1:]))


def echoed_toneless(lines: list[str], removed: Mapping[int, object]) -> dict[int, tuple[str, str]]:
    """The bare alt texts whose words the page's marked lines hold (module docstring): index -> (rule, note)."""
    got = [i for i, s in enumerate(lines) if i not in removed and s.strip() and unmarked_shape(s)]
    if not got:
        return {}
    page: set[tuple[str, str]] = set()
    for i, s in enumerate(lines):
        if i not in removed and not s.isascii():
            page |= _pairs(s)
    out: dict[int, tuple[str, str]] = {}
    for i in got:
        own = _pairs(lines[i])
        hit = own & page
        if len(hit) >= MIN_ECHO_PAIRS and 2 * len(hit) >= len(own):
            out[i] = (UNMARKED_ALT, f"a line of Vietnamese without its marks whose words the article writes with "
                                    f"them ({len(hit)} of its {len(own)} word pairs): an image's alt text typed bare")
    return out


def detail_label(s: str) -> bool:
    """The detail view's label, the whole line (module docstring)."""
    t = s.strip(_TRIM)
    m = _DETAIL.fullmatch(t) if 0 < len(t) <= 80 else None
    return m is not None and len((m.groupdict().get("tail") or "").replace("-", " ").split()) <= MAX_TAIL_WORDS


def detail_labels(lines: list[str], removed: Mapping[int, object]) -> dict[int, tuple[str, str]]:
    """Detail labels above the title and the article's first line of text: index -> (rule, note)."""
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    body = next((i for i in live if _sentence_like(lines[i]) or len(lines[i]) > 150), None)
    if body is None:
        return {}
    out: dict[int, tuple[str, str]] = {}
    for k, i in enumerate(live):
        if i >= body:
            break
        if detail_label(lines[i]) and (live[k + 1] < body or _DASHED.match(lines[i])):
            out[i] = (DETAIL_LABEL, "a portal's label naming the page's type (the detail view) over the article")
    return out


def page_furniture97v(lines: list[str], removed: Mapping[int, object], lang: str) -> dict[int, tuple[str, str]]:
    """Every class, Vietnamese pages only: index -> (rule, note)."""
    if lang != "vi":
        return {}
    out = echoed_toneless(lines, removed)
    out.update({i: v for i, v in detail_labels(lines, removed).items() if i not in out})
    return out
