"""A photo's caption that names the article's event by its bare noun at its end, on Vietnamese pages (issue 12, vi48).

What the caption layers before (:mod:`.vi_captions`, :mod:`.vi_photos`, :mod:`.vi_captions47`) leave of Vietnamese
captions on the parts measured blind (held26..held35) is led by captions with no ceremony verb of
:data:`.vi_captions.VERBS`, no credit and no image marker left next to them.  One shape recurs across sites: the
caption closes on the event the article reports, named back by its bare noun after a preposition of place or
attendance, "tại Hội nghị", "dự Hội nghị", "tại Lễ hội", "tại liên hoan", "tại Hội chợ", "buổi Hội thảo", "tại sự
kiện" (the photo shows a scene *at the event*; a sentence of the text names the event in full or goes on after it).
Left on 6 pages of 5 parts and 6 sites ("Toàn cảnh đại biểu buổi Hội thảo", h30vi12; "Tiết mục biểu diễn Dá Hai của
đoàn Cao Bằng tại Lễ hội", h32vi02; "Một tiết mục văn nghệ tại liên hoan", h34vi06; "Các đại biểu dự Hội nghị",
"- Phó Bí thư Đảng ủy, Chủ tịch UBND phường chủ trì Hội nghị", h34vi11; "Anh Đặng Văn Hương bên cây Trà hoa vàng -
… tại Hội chợ", h35vi08; "Biển người tại sự kiện", h16vi03), and found so on news sites ("Chủ tịch Quốc hội … và các
đại biểu dự Hội thảo", baovanhoa.vn; "Đồng chí …, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh phát biểu khai mạc Liên hoan",
danviet.vn; the English pages' "… at the event |", "… at the ceremony.", en.nhandan.vn).

``portal.event_noun_caption``: the line (a list's dash or bullet and a table cell's bar aside) ends with one of
:data:`PREPOSITIONS` and one of :data:`EVENTS` ("buổi" may stand between them, or alone: "đại biểu buổi Hội
thảo") after the words naming the photo's scene ("Tại Hội nghị" alone is a heading), has :data:`MIN_WORDS` to
:data:`MAX_WORDS` words, no stop at its end (a sentence of the text, "… trả lời ngay tại Hội nghị.", h34vi11, stays),
no colon, question mark or quotation, is not all capitals nor a numbered heading ("2. … tại Đại hội"); the article
named an event before it (one of :data:`EVENTS` in a live line above, the title's or a paragraph's: the bare noun
refers back); and the page has text (a paragraph that closes with a stop).  "của Hội nghị" is no preposition of
place: a subheading, "Thời gian tổ chức và quy mô của Hội nghị" (t28vi23), stays.

The layer runs after :mod:`.vi_captions47` and before :mod:`.structure` and :mod:`.tables`, which may take a line
back.  No line next to a line the policy held is taken (:func:`~.policy.release_supported`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Mapping

from .features import _sentence_like
from .words import line_words

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULES", "EVENT_NOUN", "PREPOSITIONS", "EVENTS", "MIN_WORDS", "MAX_WORDS", "event_noun_caption",
           "event_noun_captions", "CaptionLines"]

EVENT_NOUN = "portal.event_noun_caption"
#: the ledger rules of this module (policy families, docs)
RULES = (EVENT_NOUN,)

MIN_WORDS, MAX_WORDS = 3, 30
#: the words before the event's noun that place the photo's scene at it (casefolded)
PREPOSITIONS = ("tại", "dự", "tham dự", "về dự", "trước", "chủ trì", "khai mạc", "bế mạc")
#: an event's bare noun, as news pages name back the meeting, the festival or the ceremony they report (casefolded)
EVENTS = tuple(sorted({" ".join(w.split()) for w in """hội nghị;hội thảo;lễ hội;liên hoan;hội chợ;buổi lễ;
    đại hội;hội thi;hội diễn;hội trại;ngày hội;triển lãm;tọa đàm;toạ đàm;diễn đàn;sự kiện;lễ kỷ niệm;lễ khai mạc;
    lễ bế mạc;lễ khánh thành;lễ khởi công;lễ ra quân;lễ trao giải;lễ mừng thọ;giải đấu;buổi gặp mặt;buổi làm việc;
    buổi giao lưu;buổi tọa đàm;chương trình""".replace("\n", " ").split(";")} - {""}, key=len, reverse=True))
_EVENT = "(?:" + "|".join(re.escape(e) for e in EVENTS) + ")"
_TAIL = re.compile(r"(?<![^\W\d_])(?:(?:" + "|".join(re.escape(p) for p in PREPOSITIONS) + r")\s+(?:buổi\s+)?|buổi\s+)"
                   + _EVENT + r"$", re.IGNORECASE)
_NAMED = re.compile(r"(?<![^\W\d_])" + _EVENT + r"(?![^\W\d_])", re.IGNORECASE)
_LEAD = re.compile(r"^[\s•·*\-–—]+")
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[IVXLC]+[.)]|[a-zđ][.)])\s", re.IGNORECASE)  # a report's item
_QUOTES = re.compile(r"[\"“”«»]")
_TWO_SENTENCES = re.compile(r"[.!?…]\s+[A-ZĐÀ-Ỹ]")


def _bare(s: str) -> str:
    return _LEAD.sub("", s.strip().strip("|").strip()).strip()


def event_noun_caption(s: str) -> bool:
    """A caption's shape (module docstring): it ends on the event's bare noun after a preposition of place."""
    t = _bare(s)
    if _NUMBERED.match(t):
        return False  # "2. Các hoạt động chính tại Đại hội": a numbered heading of a report
    if not MIN_WORDS <= len(line_words(t)) <= MAX_WORDS or t[-1:] in ".!?…:;" or ":" in t or "?" in t \
            or _QUOTES.search(t) or _TWO_SENTENCES.search(t):
        return False
    letters = [ch for ch in t if ch.isalpha()]
    if not letters or all(ch.isupper() for ch in letters):
        return False
    m = _TAIL.search(t)
    return m is not None and m.start() > 0  # the scene named before the event ("Tại Hội nghị" alone is a heading)


def _closes(s: str) -> bool:
    t = _bare(s)
    return _sentence_like(t) and t[-1:] in ".!?…\"”»)"


def event_noun_captions(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """The live event-noun captions in the article's text (module docstring): index -> (rule, note)."""
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    if not any(_closes(lines[i]) for i in live):
        return {}  # no paragraph of the text on the page
    out: dict[int, tuple[str, str]] = {}
    for i in live:
        if not event_noun_caption(lines[i]):
            continue
        if not any(_NAMED.search(lines[j]) for j in live if j < i):
            continue  # no event named before the caption names it back (a title, a line above the text)
        out[i] = (EVENT_NOUN, "a photo's caption ending on the article's event named back by its bare noun "
                              "(\"tại Hội nghị\", \"dự Hội thảo\"), no sentence, under the event's first naming")
    return out


class CaptionLines:
    """The vi48 layer (:class:`~.marks.LineLayer`): live lines only (what no layer before removed)."""

    def mark(self, marks: "Marks") -> None:
        if marks.lang != "vi":
            return
        lines = marks.line_texts()
        held = getattr(marks.removed, "held", None) or {}
        found = event_noun_captions(lines, marks.removed)
        for i, value in found.items():
            if any(j in held and j not in marks.removed and j not in found for j in (i - 1, i + 1)):
                continue  # a removal next to a held line would release it (policy.release_supported): its own rule
            marks.removed.setdefault(i, value)
