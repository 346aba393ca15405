"""A gallery's lead-in whose photos the page no longer carries, on Vietnamese pages (issue 12, vi57).

A school's, a parish's or a newsroom's story closes a report with its photos and a line announcing them: "Dưới đây là
hình ảnh các em học sinh ở điểm trường Nật Trên:" (h20vi10), "Sau đây là một số hình ảnh của Ngày hội" (t27vi35),
"Dưới đây là một số hình ảnh của các bé tham gia "Lễ hội chào Xuân"." (t27vi39), "Một số hình ảnh của các cô và các
con trong chuyến tham quan:" (t28vi04), "Một số hình khác của Quảng Triệu hội quán:" and "Một số hình ảnh khác của
Tuệ Thành hội quán:" (t27vi71), "Báo Người Việt Ukraina xin giới thiệu phóng sự ảnh tới bạn đọc:" (t27vi29); a paper's
report the same ("Dưới đây là một số hình ảnh PV Báo Giao thông ghi nhận được:", bongro24hweb.org; ">> Dưới đây là
một số hình ảnh tại chương trình:", sggp.org.vn; "Dưới đây là những hình ảnh phần hội trong buổi tổng duyệt.",
sovhtt.hanoi.gov.vn; "Vài hình ảnh minh họa:", a school's site).  The scrape keeps
the lead-in and drops the photos: the line closes the page or stands over the text's next paragraph, and
:mod:`.vi_captions`' ``portal.gallery``, which takes a lead-in with the gallery's captions or removed photo lines under
it, leaves it (7 lines of 6 pages, 3 parts, the annotation's convention: the lead-in is the gallery's, clutter).

``portal.gallery_lead``: a live line after the article's first line of text (a sentence,
:func:`~.features._sentence_like`, or a paragraph of :data:`PARAGRAPH_WORDS` words or more whose stop the page left
out, as t27vi39's are), :data:`MAX_WORDS` words at most, that announces photos by its own words:

* "below / following are (some) photos": "Dưới đây là" / "Sau đây là", an optional quantifier, then a photo noun
  ("hình ảnh", "bức ảnh", "ảnh", "hình" before "khác"/"của"/"về"), whatever its end: the deixis points at photos
  (:data:`_DEICTIC`); "Dưới đây là một bản án hình sự …" (t31vi03, content) names no photo after "là";
* a quantified photo noun opening the line and a colon closing it ("Một số hình ảnh khác của …:", the
  :mod:`.vi_captions` lead-in's shape, :func:`~.vi_captions.gallery_lead`): the colon announces what is under it;
  without the colon a line such as "Những hình ảnh đáng nhớ của năm" over a paragraph is a section's heading, and stays;
* an offer of a photo report to the reader closed by a colon ("… xin giới thiệu phóng sự ảnh tới bạn đọc:",
  :data:`_OFFER`), or opening the line, whatever its end ("Xin đăng tải một số hình ảnh buổi Lễ.", vacne.org.vn);
  "Chùm Ảnh: Quan Âm Tu Viện …" (h24vi18, a page's title) offers nothing and stays.

No content line of the dev pages has any of these shapes (the vi lines counted before the rule, every tag).  A
removal next to a line the policy held is left (:func:`~.policy.release_supported`).  The layer runs after
:mod:`.contact_blocks` and before :mod:`.structure` and :mod:`.tables`, which may take a line back.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Mapping

from .features import _sentence_like
from .vi_captions import gallery_lead
from .words import line_words

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULES", "GALLERY_LEAD", "MAX_WORDS", "PARAGRAPH_WORDS", "lead_alone", "gallery_leads", "GalleryLeads"]

GALLERY_LEAD = "portal.gallery_lead"
#: the ledger rules of this module (policy families, docs)
RULES = (GALLERY_LEAD,)
MAX_WORDS = 25
PARAGRAPH_WORDS = 20  # a line of the text whose sentence the page left without its stop (t27vi39)
_PHOTO = r"(?:hình ảnh|bức ảnh|bức hình|ảnh|hình(?=\s+(?:khác|của|về|chụp)(?![^\W\d_])))(?![^\W\d_])"
#: "below / following are (some) photos …": the deixis points at photos under the line
_DEICTIC = re.compile(r"^[\W\d]*(?:sau|dưới) đây là\s+(?:(?:một số|một vài|vài|các|những|toàn bộ)\s+)?" + _PHOTO,
                      re.IGNORECASE)
#: an offer of a photo report to the reader: "… xin giới thiệu phóng sự ảnh tới bạn đọc:"
_OFFER = re.compile(r"(?<![^\W\d_])xin (?:giới thiệu|gửi tới|gửi đến|đăng tải|đăng)\s+"
                    r"(?:(?:một số|một vài|vài|những)\s+)?(?:phóng sự ảnh|chùm ảnh|hình ảnh|bức ảnh)(?![^\W\d_])",
                    re.IGNORECASE)
_OFFER_OPENS = re.compile(r"^[\W\d]*xin\s", re.IGNORECASE)  # the offer is the whole line: "Xin đăng tải …"


def lead_alone(s: str) -> bool:
    """A line announcing photos by its own words (module docstring), whatever stands under it."""
    t = s.strip()
    if not t or len(line_words(t)) > MAX_WORDS:
        return False
    if _DEICTIC.match(t):
        return True
    offer = _OFFER.search(t)
    if offer is not None and _OFFER_OPENS.match(t):
        return True
    return t.endswith(":") and (gallery_lead(t) or offer is not None)


def _text_line(s: str) -> bool:
    t = s.strip()
    return _sentence_like(t) or len(t.split()) >= PARAGRAPH_WORDS


def gallery_leads(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """The gallery lead-ins after the article's first line of text: index -> (rule, note)."""
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    first = next((i for i in live if _text_line(lines[i])), None)
    if first is None:
        return {}
    return {i: (GALLERY_LEAD, "a line announcing the page's photos (\"Dưới đây là một số hình ảnh …\"), the photos "
                              "gone from the page") for i in live if i > first and lead_alone(lines[i])}


class GalleryLeads:
    """The vi57 layer (:class:`~.marks.LineLayer`): live lines only (what no layer before removed); then gal103's
    gallery runs (:mod:`.gallery_runs103`), which read removed lead-ins too."""

    def mark(self, marks: "Marks") -> None:
        if marks.lang != "vi":
            return
        lines = marks.line_texts()
        held = getattr(marks.removed, "held", None) or {}
        for i, value in gallery_leads(lines, marks.removed).items():
            if any(j in held and j not in marks.removed for j in (i - 1, i + 1)):
                continue  # a removal next to a held line would release it (policy.release_supported): its own rule
            marks.removed.setdefault(i, value)
        from .gallery_runs103 import mark_gallery_runs  # (it reads this module's lead-in test: imported here)

        mark_gallery_runs(marks)  # the gallery's captions under its lead-in, taken or not; a colon's lead-in (gal103)
