"""Two more shapes of a photo's caption between the article's paragraphs on Vietnamese pages (issue 12, post35).

What :mod:`.vi_captions` and :mod:`.vi_photos` leave of Vietnamese captions, read on the blind part ``held35`` and
found again on the dev parts:

* ``portal.position_caption``: a caption that names the people in the photo with their place in it, a position
  marker in brackets: "(từ trái sang)", "(thứ 3 từ phải qua)", "(thứ hai từ trái)", "(từ trái qua phải)" ("Cẩm,
  Quyên và Nguyên (từ trái sang) tại căng-tin trường …", h35vi03; "Lê Nguyễn Huyền Trân, lớp 12C (thứ 3 từ phải qua)
  thuyết trình về …", h18vi09), or the side alone, "(phải)", "(bìa trái)", "(đứng giữa)" (cap104: "Anh Lâm Đức Tố
  Giang (phải) trưởng Ban Liên Lạc …", h55vi11).  Only a photo has a left and a right: the marker is the caption's
  own evidence.  The
  line is one sentence at most of :data:`MIN_WORDS` to :data:`MAX_WORDS` words, with no quotation, no colon and no
  question, and stands after the article's first sentence (the page's title stays).  A paragraph of several
  sentences that places a person ("Ông A (thứ hai từ trái) cho biết … . Theo ông, …") is the text and stays.

* ``portal.image_cell_caption``: an image's caption left as the one cell of the image's table right under the image
  itself (a Markdown image, "![]() |", on the line above; the line of no letters goes whether a layer marks it or
  not): "Khai giảng lớp xóa mù chữ tại xã Phú Lũng. |" under "![]()
  |" (h35vi14).  :mod:`.vi_captions`' ``portal.cell_caption`` asks both paragraphs around the cell to close as
  sentences; a paragraph whose words are mixed with numbers or betting tokens ("BHG- Trong bongdalu 13 ngày từ 22 –
  25.4, …") fails that test though it is the text.  With the image right above it the cell needs less: the line
  under it is no table row (no bar) and is a paragraph (a stop at its end, longer than the caption), and the line
  above the image is a paragraph of the text too (a stop at its end, eight words or more, no bar).  A page's title in
  a cell under its header image ("Tiếp tục lùi thời gian thông quan … |", h30vi03: no text above it) and rows of a
  calendar, a menu or a price list stay.

The layer runs after :mod:`.vi_photos` and before :mod:`.structure` and :mod:`.tables`, which may take a line back.
No line next to a line the policy held is taken (:func:`~.policy.release_supported`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Mapping

from .features import _sentence_like
from .vi_captions import cell_caption
from .words import line_words

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULES", "POSITION", "IMAGE_CELL", "MIN_WORDS", "MAX_WORDS", "position_caption", "position_captions",
           "image_cell_captions", "CaptionLines"]

POSITION = "portal.position_caption"
IMAGE_CELL = "portal.image_cell_caption"
#: the ledger rules of this module (policy families, docs)
RULES = (POSITION, IMAGE_CELL)

MIN_WORDS, MAX_WORDS = 4, 40
MIN_PARAGRAPH_WORDS = 8  # a paragraph of the text around an image cell
_ORDINAL = r"(?:\d{1,2}|nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)"
#: a person's place in a photo, in brackets: "(từ trái sang)", "(thứ 3 từ phải qua)", "(thứ hai từ trái)",
#: "(từ trái qua phải)", "(hàng đầu, thứ hai từ phải sang)"
#: cap104: or the side alone, "(phải)", "(trái)", "(giữa)", "(bên phải)", "(bìa trái)", "(ngoài cùng bên trái)",
#: "(đứng giữa)" ("Anh Lâm Đức Tố Giang (phải) trưởng Ban Liên Lạc …", h55vi11; the vi news pool's 62 lines holding one
#: are 62 captions, the RSS pool's 39,594 headline and summary lines hold none); not "quả (trái)", a fruit's gloss
_SIDE = (r"|(?<!quả )\((?:bên\s+|bìa\s+|ngoài\s+cùng\s+(?:bên\s+)?|đứng\s+|ngồi\s+)?(?:trái|phải|giữa)\)")
_POSITION = re.compile(r"\((?:[^()]{1,30},\s*)?(?:(?:người\s+)?thứ\s+" + _ORDINAL + r"\s+)?(?:tính\s+)?từ\s+"
                       r"(?:trái|phải)(?:\s+(?:sang|qua)(?:\s+(?:phải|trái))?)?\s*\)" + _SIDE, re.IGNORECASE)
_QUOTES = re.compile(r"[\"“”«»]")
_TWO_SENTENCES = re.compile(r"[.!?…]\s+[A-ZĐÀ-Ỹ]")
_IMAGE = re.compile(r"^\s*(?:!\[[^\]]*\]\([^)]*\)|\[!\[)")  # a Markdown image opening the line


#: the marker introducing the people it places, their names after a colon on the same line: "Đoàn Chủ tịch (từ trái
#: sang): TS. A, TS. B" (held50's h50vi12, clut89), "Участники (слева направо): И. Петров, А. Сидорова"; the colon
#: is the list's, not a speech's ("Ông A (thứ hai từ trái) nói: …" keeps its colon after the verb and stays)
_LISTED = re.compile(r"(?:" + _POSITION.pattern + r"|\((?:слева направо|справа налево)\))\s*:(?=\s*\S+\s+\S)",
                     re.IGNORECASE)
#: a person's title or initial abbreviated before a name ("TS. Hoàng Kim Khuyên", "PGS.TS. …", "И. Петров"): no end
_TITLE = re.compile(r"(?<![^\W\d_])(?:PGS|GS|TS|ThS|BS|KS|NCS|CN|NSND|NSƯT|Lm|[А-ЯЁ])\.")


def position_caption(s: str) -> bool:
    """A photo's caption placing its people ("(từ trái sang)"), one sentence at most (module docstring); or the
    marker with a colon and the people's names after it, Russian "(слева направо):" too (:data:`_LISTED`)."""
    t = s.strip().rstrip("|").strip()
    n = len(line_words(t))
    listed = _LISTED.search(t)
    if listed:  # the list's colon and its names' titles are no speech and no sentence end
        t = _TITLE.sub(lambda m: m.group(0)[:-1], t[:listed.end() - 1] + t[listed.end():])
    return (bool(listed) or bool(_POSITION.search(t))) and MIN_WORDS <= n <= MAX_WORDS and not _QUOTES.search(t) \
        and ":" not in t and "?" not in t and _TWO_SENTENCES.search(t) is None and _RU_TWO.search(t) is None


_RU_TWO = re.compile(r"[.!?…]\s+[А-ЯЁ]")


def position_captions(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """The live position captions after the article's first sentence: index -> (rule, note)."""
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    first = next((i for i in live if _sentence_like(lines[i].strip())), None)
    return {i: (POSITION, "a photo's caption naming its people with their place in it (\"(từ trái sang)\"), one "
                          "sentence at most, after the article's first sentence")
            for i in live if first is not None and i > first and position_caption(lines[i])}


def _paragraph(s: str) -> bool:
    """A paragraph of the text: no bar, a stop at its end, eight words or more (its words may be mixed with numbers
    or tokens: :func:`~.features._sentence_like` is not asked)."""
    t = s.strip()
    return "|" not in t and t[-1:] in ".!?…\"”»)" and len(t.split()) >= MIN_PARAGRAPH_WORDS


def image_cell_captions(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """An image's caption cell right under its Markdown image, paragraphs around them (module docstring)."""
    out: dict[int, tuple[str, str]] = {}
    for i in range(1, len(lines) - 1):
        if i in removed or not cell_caption(lines[i]):
            continue
        img = i - 1
        if not _IMAGE.match(lines[img]):
            continue
        above = next((j for j in range(img - 1, -1, -1) if lines[j].strip()), None)
        below = next((j for j in range(i + 1, len(lines)) if lines[j].strip() and j not in removed), None)
        if below is None or above is None or above in removed or not _paragraph(lines[above]):
            continue  # the page's title in a cell under its header image (h30vi03) has no paragraph above it
        if not _paragraph(lines[below]) or len(lines[below].split()) <= len(lines[i].split()):
            continue  # a table's row or a short line (a list, a heading) under the cell
        out[i] = (IMAGE_CELL, "a photo's caption left as the one cell of the image's table, right under the image, "
                              "the text going on under it")
    return out


class CaptionLines:
    """The post35 layer (:class:`~.marks.LineLayer`): live lines only (what no layer before removed)."""

    def mark(self, marks: "Marks") -> None:
        if marks.lang not in ("vi", "ru"):
            return
        lines = marks.line_texts()
        held = getattr(marks.removed, "held", None) or {}
        found = position_captions(lines, marks.removed)
        if marks.lang == "vi":
            for i, value in image_cell_captions(lines, marks.removed).items():
                found.setdefault(i, value)
        for i, value in found.items():
            if any(j in held and j not in marks.removed and j not in found for j in (i - 1, i + 1)):
                continue  # a removal next to a held line would release it (policy.release_supported): its own rule
            marks.removed.setdefault(i, value)
