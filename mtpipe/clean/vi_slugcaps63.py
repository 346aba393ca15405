"""A photo's caption under its image's file name, the name the caption's own words without their marks, on
Vietnamese pages (issue 12, cap63).

A CMS names an image's file after what it shows, in the caption's words folded to ASCII and joined by hyphens or
underscores, and the scrape keeps that name as a line right over the caption: "phuong-hoang-co-tran" over "Phượng
Hoàng cổ trấn" (t28vi12), "tu-van-luat-hon-nhan-gia-dinh" over "Pháp Luật Việt tư vấn Luật Hôn nhân gia đình"
(t28vi48), "Cu_The_Huc_tren_h_Hoan_Kim" over "Đền Ngọc Sơn với cầu Thê Húc cong cong mang màu đỏ nổi bật" and "van
mieu quoc tu giam (12)van mieu quoc tu giam (12)" over "Văn Miếu-Quốc Tử Giám nằm trong danh sách giảm phí tham
quan …" (h41vi10).  The caption is a noun phrase or a scene with no stop, between the text's paragraphs, and alone it
looks like a subheading (vi43's ``portal.image_caption`` wants an image's extension or a removed image line over it,
eight words or more; :mod:`.captions`' ``under_image`` an extension).  The name over it is the evidence: a subheading
is no image, and a file name that spells the line under it names that line's photo.

* ``captions.under_slug``: a live line right under an image's name (:func:`image_slug`, whether a layer removed the
  name or not) that echoes it (:func:`echoes`: two words in a row the same in both, the caption's folded to ASCII),
  written with Vietnamese marks, :data:`MIN_WORDS` to :data:`MAX_WORDS` words, no stop, colon or semicolon at its end
  (a sentence under the image is the text's: "Cầu Bạch Cư Tự là cây cầu bắc qua …." under "cau bach cu tu trung
  khanh 0", h10vi05, stays), not in capitals (a heading, "NHÀ THƠ TỐ HỮU" under "Contemporary Vietnamese Poets - To
  Huu", t30vi06) and not numbered or bulleted; the name stands after the article's first sentence (a page's own
  address slug over its title stays) and a line of the text follows the caption (the article goes on).
* ``captions.image_slug``: the name itself, when no layer removed it ("Cu_The_Huc_tren_h_Hoan_Kim"): only beside
  the caption that echoes it (a name in underscores alone may be a program's identifier).

An image's name (:func:`image_slug`) is ASCII only: one token of three parts or more joined by hyphens or
underscores ("phuong-hoang-co-tran", "Cu_The_Huc_tren_h_Hoan_Kim"), or three lower-case words or more with a
counter allowed ("van mieu quoc tu giam (12)", printed twice); an English title with capitals and spaces
("Contemporary Vietnamese Poets - To Huu") is none.  On the dev pages (every part, every tag) the shape, the
neighbours included, holds no content line: the lines under an echoed name that are content close with a stop.
A removal next to a line the policy held is left (:func:`~.policy.release_supported`).  The layer runs after
:mod:`.vi_altcaps58` and before :mod:`.structure` and :mod:`.tables`, which may take a line back.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Mapping

from .features import _fold, _sentence_like

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULES", "UNDER_SLUG", "IMAGE_SLUG", "MIN_WORDS", "MAX_WORDS", "image_slug", "echoes", "slug_caption",
           "slug_captions", "SlugCaptions"]

UNDER_SLUG = "captions.under_slug"
IMAGE_SLUG = "captions.image_slug"
#: the ledger rules of this module (policy families, docs)
RULES = (UNDER_SLUG, IMAGE_SLUG)
MIN_WORDS, MAX_WORDS = 2, 30
PARAGRAPH_WORDS = 20  # a line of the text whose sentence the page left without its stop
#: one token of three parts or more joined by hyphens or underscores, ASCII letters and digits
_JOINED = re.compile(r"^[A-Za-z0-9]+(?:[_-][A-Za-z0-9]+){2,}$")
#: lower-case ASCII words, a file's counter in brackets allowed ("van mieu quoc tu giam (12)")
_SPACED = re.compile(r"^[a-z0-9 ()]+$")
_PART = re.compile(r"[a-z0-9]+")
_LETTERS = re.compile(r"[^\W\d_]")
#: a numbered or bulleted line: a section's heading or a list's item, the text's own structure
_LISTED = re.compile(r"^\s*(?:[•·*+\-–—▪►✓👉📌]|\d{1,2}(?:\.\d{1,2})*\s*[./)]|[IVXLC]+[.)]|[a-zđ][.)])",
                     re.IGNORECASE)


def image_slug(s: str) -> bool:
    """An image's file name as a line (module docstring): ASCII only, three parts joined by hyphens or underscores,
    or three lower-case words or more (a counter allowed), letters in three of them at least."""
    t = s.strip()
    if not t.isascii() or not (_JOINED.match(t) or _SPACED.match(t)):
        return False
    return sum(1 for w in _PART.findall(t.lower()) if not w.isdigit()) >= 3


def _pairs(words: list[str]) -> set[tuple[str, str]]:
    return {(a, b) for a, b in zip(words, words[1:]) if not (a.isdigit() and b.isdigit())}


def echoes(slug: str, caption: str) -> bool:
    """Two words in a row the same in the image's name and in the caption folded to ASCII ("the huc" in
    "Cu_The_Huc_tren_h_Hoan_Kim" and "… cầu Thê Húc …")."""
    return bool(_pairs(_PART.findall(slug.lower())) & _pairs(_PART.findall(_fold(caption))))


def slug_caption(s: str) -> bool:
    """A caption's own shape under its image's name (module docstring): Vietnamese marks, two to thirty words, no
    stop, colon or semicolon at its end, not in capitals, not numbered or bulleted."""
    t = s.strip()
    if t.isascii() or not MIN_WORDS <= len(t.split()) <= MAX_WORDS or t[-1:] in ".!?…:;" or _LISTED.match(t):
        return False
    letters = _LETTERS.findall(t)
    return bool(letters) and not all(ch.isupper() for ch in letters)


def _text_line(s: str) -> bool:
    t = s.strip()
    return _sentence_like(t) or len(t.split()) >= PARAGRAPH_WORDS


def slug_captions(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """The captions under their image's name, and the names no layer removed: index -> (rule, note)."""
    rows = [i for i in range(len(lines)) if lines[i].strip()]  # every written line, removed or live
    live = [i for i in rows if i not in removed]
    first = next((i for i in live if _text_line(lines[i])), None)
    out: dict[int, tuple[str, str]] = {}
    if first is None:
        return out
    for k in range(1, len(rows)):
        slug, cap = rows[k - 1], rows[k]
        if slug <= first or cap in removed or not image_slug(lines[slug]) or not slug_caption(lines[cap]) \
                or not echoes(lines[slug], lines[cap]):
            continue
        nxt = next((i for i in live if i > cap), None)
        if nxt is None or not _text_line(lines[nxt]):
            continue
        out[cap] = (UNDER_SLUG, f"a photo's caption under its image's name {lines[slug].strip()[:40]!r}, which spells "
                                "its words, between the text's paragraphs")
        if slug not in removed:
            out[slug] = (IMAGE_SLUG, "an image's file name over the caption that spells it")
    return out


class SlugCaptions:
    """The cap63 layer (:class:`~.marks.LineLayer`): live lines only (what no layer before removed)."""

    def mark(self, marks: "Marks") -> None:
        if marks.lang != "vi":
            return
        lines = marks.line_texts()
        held = getattr(marks.removed, "held", None) or {}
        found = slug_captions(lines, marks.removed)
        for i, value in found.items():
            if any(j in held and j not in marks.removed and j not in found for j in (i - 1, i + 1)):
                continue  # a removal next to a held line would release it (policy.release_supported): its own rule
            marks.removed.setdefault(i, value)
