"""An image's alt text over its caption, the caption the alt text's words with its credit added (issue 12, post35).

A CMS prints an image's alt text and, under it, the caption: the same words, the caption closed by a stop and the
photo's credit ("chương trình Giao lưu hữu nghị thanh niên biên giới Việt Nam - Trung Quốc năm 2023" over "Chương
trình Giao lưu hữu nghị … năm 2023. (Ảnh: Hằng Nguyễn)", h35vi04).  A layer removes the caption as one; the alt
text over it is no exact copy (:mod:`.captions`' ``captions.alt_pair`` reads exact pairs only) and stays.

* ``captions.alt_prefix``: a live line of :data:`MIN_WORDS` words or more, no sentence
  (:func:`~.features._sentence_like`), right over (no live line between) a line a caption rule removed
  (:data:`CAPTION_RULES`) whose words open with all of its words, case folded.  A paragraph over a caption shares
  no such opening; a heading over a caption that repeats it and goes on is the case (the annotation's convention: a
  caption is clutter, each copy).  Not a heading in a block of its own, a blank line between it and the caption: a
  CMS prints the alt text glued to its caption, and a title or subheading whose image's caption repeats it and goes on
  ("Cục Lao động thành phố Đài Bắc tiếp tục cung cấp khóa học tiếng Hoa cho lao động di trú trong mùa dịch", a blank
  line, then the caption "Cục Lao động … trong mùa dịch. (Nguồn ảnh:《天下雜誌》)", held41's ``h41vi02``) is the
  text's heading: the caption is the copy that goes (cp63; of the rule's removals on every part, none stood so).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, AbstractSet, Any, Mapping

from .features import _sentence_like

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULES", "ALT", "MIN_WORDS", "CAPTION_RULES", "alt_prefixes", "AltLines"]

ALT = "captions.alt_prefix"
#: the ledger rules of this module (policy families, docs)
RULES = (ALT,)
MIN_WORDS = 4
#: the rules whose removal names the line under the alt text a caption
CAPTION_RULES = ("boilerplate.caption", "portal.event_caption", "portal.image_caption", "portal.cell_caption",
                 "portal.wire_caption", "portal.source_caption", "portal.numbered_caption", "portal.file_caption",
                 "portal.position_caption", "portal.image_cell_caption", "captions.under_image")


def _words(s: str) -> list[str]:
    return [w.strip(".,!?…:;\"«»“”()|").casefold() for w in s.split() if w.strip(".,!?…:;\"«»“”()|")]


def alt_prefixes(lines: list[str], removed: Mapping[int, Any],
                 breaks: "AbstractSet[int]" = frozenset()) -> dict[int, tuple[str, str]]:
    """The live lines whose words open the removed caption right under them: index -> (rule, note); ``breaks``: the
    lines a blank line follows (the end of a block)."""
    out: dict[int, tuple[str, str]] = {}
    for i in range(len(lines) - 1):
        if i in removed or not lines[i].strip():
            continue
        j = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None)
        if j is None or j not in removed or str(removed[j][0]) not in CAPTION_RULES or j > i + 1 or i in breaks:
            continue  # (a blank line between: a heading over its image's caption)
        a, c = _words(lines[i]), _words(lines[j])
        if len(a) >= MIN_WORDS and len(a) <= len(c) and c[:len(a)] == a and not _sentence_like(lines[i].strip()):
            out[i] = (ALT, "an image's alt text right over its caption, which opens with all its words")
    return out


class AltLines:
    """The post35 alt-text layer (:class:`~.marks.LineLayer`): live lines only (what no layer before removed)."""

    def mark(self, marks: "Marks") -> None:
        text, spans = marks.doc.text, marks.spans
        lines = [text[a:b] for a, b in spans]
        breaks = {i for i in range(len(spans) - 1) if text.count("\n", spans[i][1], spans[i + 1][0]) >= 2}
        held = getattr(marks.removed, "held", None) or {}
        for i, value in alt_prefixes(lines, marks.removed, breaks).items():
            if any(j in held and j not in marks.removed for j in (i - 1, i + 1)):
                continue  # a removal next to a held line would release it (policy.release_supported): its own rule
            marks.removed.setdefault(i, value)
