"""A photo's caption under a news CMS's numbered image alt text, on Vietnamese pages (issue 12, vi46).

Vietnamese news CMSs (VOV, the Soha/Kenh14/CafeF family, many provincial papers) give each image of a story an
automatic alt text, the story's title and the image's number ("Nước mắt của mẹ khi con gái tự nhận thức được bố mẹ
mình là ai - Ảnh 2."), and print the photo's caption right under the image.  Extracted as text, the alt text stands
on its own line (:mod:`.vi_portal`'s ``portal.photo`` removes it) and the caption under it is a short sentence that
looks like the text's own ("Một thành viên của trung tâm chia sẻ về dự án cho trẻ rối loạn phát triển.").  Or the
alt text and the caption run together on one line ("Kỷ niệm 20 năm thành lập Hội … thành phố Hà Nội - ảnh 1Quang
cảnh lễ kỷ niệm.").  The alt text is the evidence: its title is the page's, the number counts the story's images.

* ``portal.numbered_caption``:

  - the live line right under a numbered alt text (:func:`numbered_alt`: words, a dash, "Ảnh"/"Hình" and a number, a
    stop allowed) whose title the page prints elsewhere (its first line, or the title of another numbered alt text:
    the CMS numbers the story's images); the caption is one sentence of :data:`MAX_WORDS` words at most, and the line
    under it is another image's alt text, a paragraph longer than the caption, or the page's end.  An image with no
    caption, the text going on under it, is a paragraph of several sentences or longer than a caption: it stays; so
    does a how-to's step under its screenshot, a line that speaks to the reader ("bạn") or opens on a step's verb
    ("Bước", "Sau đó", "Nhấn", "Chọn"), and a line ending with a colon (it announces what follows);
  - a live line opening with a numbered alt text whose title the page prints elsewhere, a caption glued to the
    number ("… - ảnh 1Quang cảnh lễ kỷ niệm."): the whole line.

* ``portal.source_caption``: a photo's caption closed by its source, a web address after "Nguồn:" or "Ảnh:" ("Sinh
  viên Đại học Quốc gia Hà Nội. Nguồn: baodantoc.vn", "Thành phố Quảng Châu, nguồn: baidu.com"): the caption before
  the credit one sentence or a phrase of :data:`MAX_SOURCE_WORDS` words at most.  Not on a page where most long lines
  close with such a credit (a photo story or a list of teasers, each item a photo and its text:
  :func:`~.captions.photo_story`'s guard), nor a paragraph of several sentences closed by its source, nor a source
  named by words ("Nguồn: Bộ Y tế": a statistic's source in the text).

* ``portal.file_caption``: a caption under an image's file name that :mod:`.captions` marked
  (``captions.under_image``: "Ông Nguyễn Văn Luật giới thiệu về trang trại chuối của gia đình." under "tr9.JPG",
  "Đa số khách Trung Quốc đi du lịch Việt Nam trong ngày" under "W-anh-2-1.jpg") and the ``weighed`` policy held on
  a Vietnamese page (the rule's measured precision there is under the break-even): one sentence at most is the
  caption's own evidence.  Two sentences or more under the image are the text going on between its photos (a
  parish story's paragraph under "(1).jpg)", content): that mark stays held.  Only a held mark is read; under
  ``balanced`` the caption layer removed these lines itself.

An alt text that names no title of the page (a gallery's "Hình 1" alone, a list's "Bước 2 - Ảnh 2" whose step is
no title) is no evidence, and the line under it stays.  No line next to a line the policy held is taken
(:func:`~.policy.release_supported`).  The layer runs after :mod:`.vi_rubrics` and before :mod:`.structure` and
:mod:`.tables`, which may take a line back.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Mapping

from .words import line_folded, line_words

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULES", "NUMBERED", "SOURCE", "FILE", "MAX_WORDS", "MAX_SOURCE_WORDS", "numbered_alt", "glued_alt",
           "numbered_captions", "source_caption", "source_captions", "file_captions", "PhotoLines"]

NUMBERED = "portal.numbered_caption"
SOURCE = "portal.source_caption"
FILE = "portal.file_caption"
#: the ledger rules of this module (policy families, docs)
RULES = (NUMBERED, SOURCE, FILE)
HELD_RULE = "captions.under_image"  # the held mark ``portal.file_caption`` reads

MAX_WORDS = 30  # words of a caption
MIN_TITLE_WORDS = 4  # words of the title an alt text carries
MAX_SOURCE_WORDS = 25  # words of a caption closed by its source
#: a photo's source closing the line: "Nguồn:"/"Ảnh:" and a web address ("baodantoc.vn", "Wikimapia.org"), after a
#: stop or a comma
_SOURCE = re.compile(r"[.,;]\s*(?:nguồn|ảnh|photo|source)\s*:\s*(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*"
                     r"\.(?:vn|com|net|org|info|edu|gov|cn|tv)\b/?\s*\)?\.?$", re.IGNORECASE)
#: a numbered alt text, the whole line: the title, a dash, "Ảnh"/"Hình" and the image's number, a stop allowed
_ALT = re.compile(r"^(?P<title>\S.*?\S)\s*[-–—]\s*(?:ảnh|hình)\s*\d{1,2}\s*\.?$", re.IGNORECASE)
#: an alt text with a caption glued to its number ("… - ảnh 1Quang cảnh lễ kỷ niệm.")
_GLUED = re.compile(r"^(?P<title>\S.*?\S)\s*[-–—]\s*(?:ảnh|hình)\s*\d{1,2}(?P<caption>[^\W\d_].*)$", re.IGNORECASE)
_TWO_SENTENCES = re.compile(r"[.!?…][\"”»)]?\s+[^\W\d_]")
#: a how-to's step under its screenshot, not a caption: it speaks to the reader or orders a step ("Sau đó bạn bấm vào
#: nút Cài đặt.", "Bước 3: …", "Nhấn OK để hoàn tất.")
_STEP = re.compile(r"(?<![^\W\d_])(?:bạn|các bạn|quý khách|quý vị|mình)(?![^\W\d_])|^(?:bước|sau đó|tiếp theo|tiếp tục|"
                   r"nhấn|bấm|chọn|click|nhập|gõ|mở|vào|truy cập|tải)(?![^\W\d_])", re.IGNORECASE)


def _key(s: str) -> str:
    return " ".join(s.casefold().split()).strip(" .:-–—")


def numbered_alt(s: str) -> str | None:
    """The title of a numbered alt text ("<title> - Ảnh 2."), or None."""
    t = s.strip()
    end = t[:-1].rstrip() if t.endswith(".") else t
    if not end[-1:].isdecimal():
        return None  # (the image's number ends every alt text, bar one stop and white space: the gate, perf58)
    m = _ALT.match(t)
    if m is None or len(m.group("title").split()) < MIN_TITLE_WORDS:
        return None
    return _key(m.group("title"))


def glued_alt(s: str) -> str | None:
    """The title of a numbered alt text with a caption glued to its number, or None."""
    t = s.strip()
    folded = line_folded(t)  # (a word every match holds, folded as controls._NOTICE_SEEDS: the gate, perf59)
    m = _GLUED.match(t) if "ảnh" in folded or "hình" in folded else None
    if m is None or len(m.group("title").split()) < MIN_TITLE_WORDS or not m.group("caption")[:1].isupper():
        return None
    return _key(m.group("title"))


def _caption(s: str) -> bool:
    t = s.strip()
    return bool(t) and len(t.split()) <= MAX_WORDS and _TWO_SENTENCES.search(t) is None and t[:1].isupper() \
        and t[-1:] not in ":;," and _STEP.search(t) is None


def source_caption(s: str) -> bool:
    """A photo's caption closed by a web address as its source (module docstring), the page aside."""
    t = s.strip()
    m = _SOURCE.search(t)
    if m is None:
        return False
    head = t[:m.start()].strip()
    return 2 <= len(head.split()) <= MAX_SOURCE_WORDS and _TWO_SENTENCES.search(head) is None and head[:1].isupper()


def source_captions(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """The captions closed by their source on a page, not a photo story's items (module docstring)."""
    long = [ln for ln in lines if len(line_words(ln)) >= 8]
    credited = sum(_SOURCE.search(ln.strip()) is not None for ln in long)
    if credited >= 2 and 2 * credited >= len(long):
        return {}  # a photo story or a list of teasers: each item a photo and its text
    return {i: (SOURCE, "a photo's caption closed by its source, a web address") for i in range(len(lines))
            if i not in removed and source_caption(lines[i])}


def file_captions(lines: list[str], removed: Mapping[int, Any], held: Mapping[int, tuple[Any, ...]]
                  ) -> dict[int, tuple[str, str]]:
    """The held ``captions.under_image`` marks (``held``: index -> (rule, note, …)) of one sentence at most."""
    return {i: (FILE, "a caption under an image's file name, one sentence at most (" + str(v[1] or "")[:80] + ")")
            for i, v in held.items() if v[0] == HELD_RULE and i not in removed
            and _TWO_SENTENCES.search(lines[i].strip()) is None}


def numbered_captions(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """The captions under (or glued to) a numbered alt text on a page (module docstring): index -> (rule, note)."""
    rows = [i for i in range(len(lines)) if lines[i].strip()]
    if not rows:
        return {}
    alts = {i: numbered_alt(lines[i]) for i in rows}
    counts: dict[str, int] = {}
    for t in alts.values():
        if t:
            counts[t] = counts.get(t, 0) + 1
    first = _key(lines[rows[0]])

    def known(title: str | None) -> bool:  # the page prints the title elsewhere: its first line, or another alt
        return bool(title) and (title == first or counts.get(title or "", 0) >= 2 or any(
            _key(lines[j]) == title for j in rows[:3]))

    out: dict[int, tuple[str, str]] = {}
    for k, i in enumerate(rows):
        if i in removed:
            continue
        g = glued_alt(lines[i])
        if known(g):
            out[i] = (NUMBERED, "an image's numbered alt text (the page's title and the image's number) with its "
                                "caption glued to it")
            continue
        if k == 0 or not known(alts[rows[k - 1]]) or not _caption(lines[i]):
            continue
        nxt = rows[k + 1] if k + 1 < len(rows) else None
        if nxt is None or alts[nxt] or (nxt not in removed and len(lines[nxt].split()) > len(lines[i].split())):
            out[i] = (NUMBERED, "a photo's caption under the image's numbered alt text (the page's title and the "
                                "image's number)")
    return out


class PhotoLines:
    """The vi46 photo layer (:class:`~.marks.LineLayer`): live lines only (what no layer before removed)."""

    def mark(self, marks: "Marks") -> None:
        if marks.lang != "vi":
            return
        lines = marks.line_texts()
        held = getattr(marks.removed, "held", None) or {}
        for i, value in file_captions(lines, marks.removed, held).items():
            marks.removed[i] = value
        found = numbered_captions(lines, marks.removed)
        for i, value in source_captions(lines, marks.removed).items():
            found.setdefault(i, value)
        for i, value in found.items():
            if any(j in held and j not in marks.removed and j not in found for j in (i - 1, i + 1)):
                continue  # a removal next to a held line would release it (policy.release_supported): its own rule
            marks.removed.setdefault(i, value)
