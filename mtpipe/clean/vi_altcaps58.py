"""An image's alt text over its caption, the caption holding the alt text's words, both between the article's
paragraphs on Vietnamese pages (issue 12, vi58).

A school's, a parish's or a trade site's CMS prints each photo's alt text and, right under it, the caption written
out: "Trao giải cho các đội" over "Ban Tổ chức trao giải cho các đội đạt thành tích tốt tại Hội thi nấu ăn." and "Ban
giám khảo chấm điểm các đội" over "Ban Giám khảo chấm điểm các đội tham gia Hội thi nấu ăn." (h38vi06), "Nhân viên
kinh doanh" over "Nhân viên kinh doanh đàm phán cùng khách hàng" (t27vi58), a priest's short name over his full name
in capitals, "cha Huồn" over "CHA PHÊRÔ PHAN PHÁT HUỒN", "cha Khẩu" over "CHA GIUSE NGUYỄN TIẾN KHẨU", "cha Thiềm" over
"CHA PHÊRÔ NGUYỄN VĂN THIỀM" (h39vi14).  No caption word marks them ("Ảnh", a credit), no rule before takes either
line: :mod:`.alt_prefix` takes an alt text over a caption another rule removed, :mod:`.captions`' ``alt_pair`` an
exact copy.  The annotation's convention: a caption is clutter, each copy (6 lines left of 3 pages, 3 parts).

``captions.alt_within``: two live lines in a row, the line before them and the line after them lines of the text
(:func:`~.features._sentence_like`, or :data:`PARAGRAPH_WORDS` words or more), where

* the first (the alt text) is short, :data:`MAX_ALT_WORDS` words at most, no sentence and no stop or colon at its
  end, not written in capitals (a document's heading, "QUYẾT ĐỊNH", over its first article) and not numbered (a
  section's heading, "2. Kế hoạch kinh doanh");
* the second (the caption) is longer than the first and :data:`MAX_CAPTION_WORDS` words at most, not closed by a
  colon (a paragraph announcing a list), and holds the first one's words, case folded: all of them in a row (three
  words or more, not followed by "là": a paragraph defining its heading, "Đi du lịch cùng gia đình" over "Đi du lịch
  cùng gia đình là dịp để …"), or a short name and its full form, the first and the last word the same and the
  others in order between them ("cha Huồn" / "CHA PHÊRÔ PHAN PHÁT HUỒN").

Both lines go.  On the dev pages (every part, every tag) the shape, the neighbours included, holds no content line;
without the neighbours or with two words in a row it would take a heading over its paragraph ("Thanh toán" over "Có
2 hình thức thanh toán: …", h19vi04; "Từ ấy" over the poem's first line, t30vi06), which the rule leaves.  A removal
next to a line the policy held is left (:func:`~.policy.release_supported`).  Nor on a page sectioned by
subheadings (:func:`_sectioned`, cp82): two short lines or more between its paragraphs over a paragraph that does not
hold their words make a short line over a sentence opening with its words one more heading and its first sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Mapping

from .features import _sentence_like
from .vi_idcaps91 import id_captions
from .words import line_words

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULES", "ALT_WITHIN", "MAX_ALT_WORDS", "MAX_CAPTION_WORDS", "PARAGRAPH_WORDS", "holds_alt",
           "alt_captions", "AltCaptions"]

ALT_WITHIN = "captions.alt_within"
#: the ledger rules of this module (policy families, docs)
RULES = (ALT_WITHIN,)
MAX_ALT_WORDS = 10
MAX_CAPTION_WORDS = 20  # the dev captions hold 5 to 15 words; a paragraph repeating its heading runs longer
PARAGRAPH_WORDS = 20  # a line of the text whose sentence the page left without its stop
MIN_HEADINGS = 2  # subheadings over paragraphs that do not repeat them: the article is sectioned (cp82)
_MIN_RUN = 3  # the alt text's words in a row inside the caption: three at least ("Thanh toán" is a heading)
_PUNCT = ".,!?…:;\"'«»“”‘’()|"
_END = ".!?…:;"
#: a numbered section's heading ("1. …", "II. …", "a) …"): the text's own structure, never an alt text
_NUMBERED = re.compile(r"^\W*(?:\d+|[IVXLC]+|[a-zđ])[.)]\s", re.IGNORECASE)


def _words(s: str) -> list[str]:
    return [w.strip(_PUNCT).casefold() for w in s.split() if w.strip(_PUNCT)]


def _in_order(a: list[str], c: list[str]) -> bool:
    it = iter(c)
    return all(x in it for x in a)


def _in_a_row(a: list[str], c: list[str]) -> bool:
    """``a`` in a row inside ``c``, not followed by "là" (a paragraph defining its heading: "Đi du lịch cùng gia
    đình" over "Đi du lịch cùng gia đình là dịp để …")."""
    n = len(a)
    return any(c[k:k + n] == a and c[k + n:k + n + 1] != ["là"] for k in range(len(c) - n + 1))


def holds_alt(alt: str, caption: str) -> bool:
    """``caption`` holds the words of the short line ``alt`` over it (module docstring), whatever stands around."""
    a_text, c_text = alt.strip(), caption.strip()
    if not a_text or a_text[-1:] in _END or _sentence_like(a_text) or a_text.upper() == a_text \
            or _NUMBERED.match(a_text) or c_text.endswith(":"):
        return False
    a, c = _words(a_text), _words(c_text)
    if not 2 <= len(a) <= MAX_ALT_WORDS or not len(a) < len(c) <= MAX_CAPTION_WORDS:
        return False
    if len(a) >= _MIN_RUN and _in_a_row(a, c):
        return True
    return a[0] == c[0] and a[-1] == c[-1] and _in_order(a, c)


def _text_line(s: str) -> bool:
    t = s.strip()
    return _sentence_like(t) or len(line_words(t)) >= PARAGRAPH_WORDS


def _heading(s: str) -> bool:
    """A short line between paragraphs that could be a subheading or an alt text: two to ten words, no stop, no
    sentence, not in capitals."""
    t = s.strip()
    return bool(t) and t[-1:] not in _END and not _sentence_like(t) and t.upper() != t \
        and 2 <= len(_words(t)) <= MAX_ALT_WORDS


def _sectioned(lines: list[str], live: list[int]) -> bool:
    """The article runs under subheadings: :data:`MIN_HEADINGS` short lines between its paragraphs whose paragraph
    does not hold their words (no caption under them: "Vàng mắt" over "Đây là biểu hiện điển hình …", "Tăng cường
    uống nước" over "Uống đủ nước là …"); then a short line over a sentence opening with its words is one more
    section's heading over its first sentence ("Kiên trì tập thể dục" / "Kiên trì tập thể dục 3-4 lần mỗi tuần sẽ rất
    có ích cho sức khỏe của gan.", a dantri health article, cp82), not an image's alt text over its caption."""
    heads = [n for n in range(1, len(live) - 1) if _heading(lines[live[n]]) and _text_line(lines[live[n - 1]])
             and _text_line(lines[live[n + 1]]) and not holds_alt(lines[live[n]], lines[live[n + 1]])]
    return len(heads) >= MIN_HEADINGS


def alt_captions(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """The alt text and caption pairs between two lines of the text: index -> (rule, note)."""
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    out: dict[int, tuple[str, str]] = {}
    if _sectioned(lines, live):
        return out
    for n in range(1, len(live) - 2):
        p, i, j, k = live[n - 1], live[n], live[n + 1], live[n + 2]
        if i in out or not (_text_line(lines[p]) and _text_line(lines[k])) or not holds_alt(lines[i], lines[j]):
            continue
        out[i] = (ALT_WITHIN, "an image's alt text over its caption, which holds its words, between the text's "
                              "paragraphs")
        out[j] = (ALT_WITHIN, "an image's caption under its alt text, holding the alt text's words, between the "
                              "text's paragraphs")
    return out


class AltCaptions:
    """The vi58 layer (:class:`~.marks.LineLayer`): live lines only (what no layer before removed)."""

    def mark(self, marks: "Marks") -> None:
        if marks.lang != "vi":
            return
        lines = marks.line_texts()
        held = getattr(marks.removed, "held", None) or {}
        found = alt_captions(lines, marks.removed)
        found.update({i: v for i, v in id_captions(lines, marks.removed).items() if i not in found})  # cap91
        for i, value in found.items():
            if any(j in held and j not in marks.removed and j not in found for j in (i - 1, i + 1)):
                continue  # a removal next to a held line would release it (policy.release_supported): its own rule
            marks.removed.setdefault(i, value)
