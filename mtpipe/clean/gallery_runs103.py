"""A photo gallery's captions under the line that announces them, on Vietnamese pages (issue 12, gal103).

A report closes with its photos after a line announcing them ("Sau đây là một vài hình ảnh tiêu biểu:", held55's
h55vi11; "Hình ảnh về một số món ăn là tinh hoa ẩm thực của các dân tộc trên địa bàn huyện:", h45vi05); the scrape
keeps each photo's caption as a short line of its own ("Duyên dáng tiếp tân", "Khai tiệc", "Cơm lam ngũ sắc", "Anh
Lâm Đức Tố Giang (phải) trưởng Ban Liên Lạc …").  :mod:`.vi_captions`' ``portal.gallery`` takes such a run only when
its lead-in is live and the run reaches the page's end or a removed line; it left both pages: h55vi11's lead-in went
first by ``boilerplate.caption`` (its "ảnh tiêu biểu:" reads as a caption label), and h45vi05's run stops at the
text's next paragraph ("Kết thúc hội thi nấu ăn, …") and its lead-in names no quantifier first.

``portal.gallery_run``: under a lead-in that announces photos by its own words (:func:`lead`), live or removed by any
layer before, after the article's first sentence, the live lines down to the page's end, a removed line or the text's
next paragraph (a sentence, :func:`~.features._sentence_like`, or a line of :data:`~.vi_galleries57.PARAGRAPH_WORDS`
words or more), when each of them has a caption's shape: no sentence end, no colon, no bullet or number first (a
list the lead-in's paragraph announces: h51vi04's "- Trụ sở hành chính của bang"), :data:`MAX_RUN` lines at most.
One line of another shape in the run (a stopped sentence: the text going on, or a caption that a gallery writes as a
sentence, cr98's fresh check) and nothing goes.

``portal.photo_lead``: a line closed by a colon that names photos by a counted or collective noun ("bức ảnh", "chùm
ảnh", "loạt ảnh", "phóng sự ảnh", "hình ảnh", "các/những/một số ảnh"), :data:`MAX_LEAD_WORDS` words at most, after
the article's first sentence (held55's h55vi02 "Cùng thưởng lãm … qua các bức ảnh trưng bày tại triển lãm:",
h45vi05's): the colon announces the photos under it; it goes whatever stands under it, as ``portal.gallery_lead``'s
lead-ins do (:mod:`.vi_galleries57`).  "chụp ảnh" (to take photos), "ảnh hưởng" (to affect) and a bare "ảnh" (a
southern "he") name no photo shown.

Dev (every part but held55, every tag, counted before the rule): lines of :func:`photo_lead`'s shape 11 clutter (one
more an audit line with no verdict), 0 content; the runs on the raw lines 13 clutter and 2 metadata, 0 content
(t27vi37, h45vi05, h25vi01, h37vi07); h51vi04's and t27vi71's text under their lead-ins (8 content lines) opens with a
paragraph: nothing goes.  A caption ``portal.position_caption`` took before (:mod:`.vi_captions47`, "Anh A (phải)
…", cap104) is one of the gallery's captions: the run goes on past it.  A removal next to a
line the policy held is left (:func:`~.policy.release_supported`).  Read by :class:`.vi_galleries57.GalleryLeads`
(one line: ``clean/__init__.py`` is at its size limit), after it took its lead-ins.  Counts in
``benchmarks/notes/gal103.md``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Mapping

from .features import _sentence_like
from .vi_captions import _NUMBERED, _bare, _short
from .vi_captions47 import POSITION
from .vi_galleries57 import PARAGRAPH_WORDS, lead_alone

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULES", "GALLERY_RUN", "PHOTO_LEAD", "MAX_LEAD_WORDS", "MAX_RUN", "photo_lead", "lead", "caption_shape",
           "gallery_runs", "mark_gallery_runs"]

GALLERY_RUN = "portal.gallery_run"
PHOTO_LEAD = "portal.photo_lead"
#: the ledger rules of this module (policy families, docs)
RULES = (GALLERY_RUN, PHOTO_LEAD)
MAX_LEAD_WORDS = 30
MAX_RUN = 30  # as vi_captions.MAX_GALLERY
#: a photo named by a counted or collective noun ("bức ảnh", "chùm ảnh", "hình ảnh", "các ảnh")
_PHOTOS = re.compile(r"(?<![^\W\d_])(?:bức ảnh|bức hình|chùm ảnh|loạt ảnh|bộ ảnh|album ảnh|phóng sự ảnh|hình ảnh|"
                     r"(?:các|những|một số|một vài|vài) ảnh)(?![^\W\d_])", re.IGNORECASE)
_ITEM = tuple("•·*▪►›»–—-+")


def photo_lead(s: str) -> bool:
    """A line closed by a colon naming photos by a counted or collective noun, :data:`MAX_LEAD_WORDS` words at
    most."""
    t = s.strip()
    return t.endswith((":", "：")) and len(t.split()) <= MAX_LEAD_WORDS and _PHOTOS.search(t) is not None


def lead(s: str) -> bool:
    """A line announcing the photos under it by its own words: ``portal.gallery_lead``'s (:func:`~.vi_galleries57.
    lead_alone`) or :func:`photo_lead`; each names a photo by "ảnh" or "hình" (a screen before the patterns: 855 of
    dev's 10,383 vi lines hold either; the function's time over them halves, 0.080 -> 0.038 s)."""
    low = s.lower()
    return ("ảnh" in low or "hình" in low) and (lead_alone(s) or photo_lead(s))


def caption_shape(s: str) -> bool:
    """A gallery caption's shape: letters, no sentence end, no colon at its end, no bullet or number first."""
    t = _bare(s)
    return _short(t) and t[-1:] not in ":;：" and any(ch.isalpha() for ch in t) and not t.startswith(_ITEM) \
        and _NUMBERED.match(t) is None


def _paragraph(s: str) -> bool:
    t = _bare(s)
    return _sentence_like(t) or len(t.split()) >= PARAGRAPH_WORDS


def _caption_taken(removed: Mapping[int, Any], j: int) -> bool:
    """Line ``j`` removed by ``portal.position_caption`` (a side word in brackets: only a photo has one)."""
    value = removed.get(j)
    return isinstance(value, tuple) and bool(value) and value[0] == POSITION


def gallery_runs(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """The lead-ins of :func:`photo_lead`'s shape and the caption runs under every lead-in (module docstring):
    index -> (rule, note)."""
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    first = next((i for i in live if _sentence_like(_bare(lines[i]))), None)
    if first is None:
        return {}
    out: dict[int, tuple[str, str]] = {}
    for i in range(first + 1, len(lines)):
        if not lines[i].strip() or not lead(lines[i]):
            continue
        if i not in removed and photo_lead(lines[i]):
            out[i] = (PHOTO_LEAD, "a line closed by a colon naming the photos under it (\"… qua các bức ảnh …:\")")
        run: list[int] = []
        for j in range(i + 1, len(lines)):
            if _caption_taken(removed, j):
                continue  # a caption a caption layer took first is the gallery's too (cap104)
            if j in removed or _paragraph(lines[j]):
                break  # a removed line or the text's next paragraph: the gallery's end
            if lines[j].strip():
                run.append(j)
        if not run or len(run) > MAX_RUN or not all(caption_shape(lines[j]) for j in run):
            continue
        for j in run:
            out.setdefault(j, (GALLERY_RUN, "a caption of the gallery a line announcing photos opens, up to the "
                                            "page's end, a removed line or the text's next paragraph"))
    return out


def mark_gallery_runs(marks: "Marks") -> None:
    """Mark :func:`gallery_runs`' lines on a Vietnamese page; a removal next to a held line is left."""
    if marks.lang != "vi":
        return
    lines = marks.line_texts()
    held = getattr(marks.removed, "held", None) or {}
    for i, value in gallery_runs(lines, marks.removed).items():
        if any(j in held and j not in marks.removed for j in (i - 1, i + 1)):
            continue  # a removal next to a held line would release it (policy.release_supported): its own rule
        marks.removed.setdefault(i, value)
