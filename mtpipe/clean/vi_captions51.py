"""A photo's caption naming its people by office, name and position, on Vietnamese pages (issue 12, clut51).

The twenty-fifth session studied what the cleaner left on the parts measured blind most recently (held33..held35,
dev now) by the evidence on the page itself.  One group of the leftover lines held on pages of several parts and
sites: a photo's caption that names who is in it, an office or a form of address, the person's name, then the
person's position after a comma or a dash, and no predicate the ceremony-verb caption (:mod:`.vi_captions`,
``portal.event_caption``) knows, or its verb cut off or set on the next line ("Đồng chí Nguyễn Thị Hậu - Bí thư
Đảng ủy phường và đồng chí Vũ Khắc Hào", its second half removed as a caption, h34vi11; "Ông Trương Văn Bân, Trưởng
đoàn cựu chiến binh giúp Việt Nam …", h22vi07; "Tổng bí thư Nguyễn Phú Trọng, Chủ tịch nước Võ Văn Thưởng và Thủ
tướng … thăm Trung Quốc vào thá", h10vi09; "Đồng chí Nguyễn Tráng Kiện, HUV, Phó Chủ tịch UBND huyện triển khai …",
h35vi12), the same shape the earlier layers removed with a verb on h17vi09, h29vi04, h29vi06, t28vi31, and news
sites print ("Ông Lữ Văn Hùng - Bí thư Tỉnh ủy Bạc Liêu trao đổi …", vietnamnet.vn).  The evidence is the line's
own grammar (a name in apposition, no sentence's end) and its place in the page (inside or after the text), never a
site's words.

``portal.person_caption``: the line opens with a caption's subject (:data:`.vi_captions.SUBJECTS`: "Đồng chí",
"Ông", "Bà", an office, "Đ/c"), then a person's name (two to four capitalised syllables) and a comma or a dash
before the person's position; it has :data:`MIN_WORDS` to :data:`MAX_WORDS` words, no stop, colon, semicolon or
question mark at its end, no quotation, and opens with no list marker or number; it stands under the article's
first paragraph that closes with a stop (the page's title, "Đồng chí X, Bí thư Tỉnh ủy làm việc tại …", stands above
it and stays), the line above it is no list's lead (":" at its end), and no live line next to it has its shape (a
list of people, "Ông A - Giám đốc" / "Bà B - Phó Giám đốc", a page's own contacts, stays).  A sentence of the text
("Đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy chủ trì hội nghị.") ends with a stop and stays; a caption standing as the
page's first line (h35vi12) is left alone: no paragraph above tells it from a headline.

The layer runs after :mod:`.vi_captions48` and before :mod:`.structure` and :mod:`.tables`, which may take a line
back.  No line next to a line the policy held is taken (:func:`~.policy.release_supported`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Mapping

from .features import _sentence_like
from .vi_captions import SUBJECTS

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULES", "PERSON", "MIN_WORDS", "MAX_WORDS", "person_caption", "person_captions", "CaptionLines"]

PERSON = "portal.person_caption"
#: the ledger rules of this module (policy families, docs)
RULES = (PERSON,)

MIN_WORDS, MAX_WORDS = 5, 40
#: a caption's subject (no list marker before it: "- Đồng chí …;" is an item of a list of people)
_SUBJECT = re.compile(r"^[\"“‘']?(?:" + "|".join(re.escape(s) for s in SUBJECTS) + r")(?![^\W\d_])",
                      re.IGNORECASE)
_DASHES = "-–—"
_QUOTES = re.compile(r"[\"“”«»]")
_ENDS = ".!?…:;"


def _named(rest: str) -> bool:
    """``rest`` opens with a person's name, two to four capitalised syllables, then a comma or a dash before the
    person's position ("Nguyễn Thị Hậu - Bí thư …", "Nông Quang Trung- Giám đốc …", "Trương Văn Bân, Trưởng …")."""
    toks = rest.split()
    for n in range(2, 5):
        if len(toks) <= n:
            return False
        name = toks[:n]
        if not all(w[:1].isupper() and w.rstrip(",").rstrip(_DASHES).isalpha() for w in name):
            return False
        last = name[-1]
        if last.endswith(",") or last[-1:] in _DASHES or toks[n] in _DASHES:
            return True
        if not last.isalpha():
            return False
    return False


def person_caption(s: str) -> bool:
    """A caption's shape (module docstring): a subject, a name, a comma or a dash, no sentence's end."""
    t = s.strip().rstrip("|").strip()
    m = _SUBJECT.match(t)
    if not m or not _named(t[m.end():]):
        return False
    return MIN_WORDS <= len(t.split()) <= MAX_WORDS and t[-1:] not in _ENDS and "?" not in t \
        and not _QUOTES.search(t)


def _closes(s: str) -> bool:
    """A paragraph of the text: a sentence that ends with a stop."""
    t = s.strip()
    return _sentence_like(t) and t[-1:] in ".!?…\"”»)"


def person_captions(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """The live person captions under the article's first paragraph (module docstring): index -> (rule, note)."""
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    first = next((k for k, i in enumerate(live) if _closes(lines[i])), None)
    if first is None:
        return {}  # no paragraph of the text on the page
    out: dict[int, tuple[str, str]] = {}
    for k in range(first + 1, len(live)):
        i = live[k]
        if not person_caption(lines[i]):
            continue
        if lines[live[k - 1]].rstrip()[-1:] == ":":
            continue  # a list's lead above: the list's people
        if any(0 <= j < len(live) and person_caption(lines[live[j]]) for j in (k - 1, k + 1)):
            continue  # a list of people, each on its line
        out[i] = (PERSON, "a photo's caption naming its person by office, name and position, no sentence, "
                          "under the article's first paragraph")
    return out


class CaptionLines:
    """The clut51 layer (:class:`~.marks.LineLayer`): live lines only (what no layer before removed)."""

    def mark(self, marks: "Marks") -> None:
        if marks.lang != "vi":
            return
        lines = marks.line_texts()
        held = getattr(marks.removed, "held", None) or {}
        found = person_captions(lines, marks.removed)
        for i, value in found.items():
            if any(j in held and j not in marks.removed and j not in found for j in (i - 1, i + 1)):
                continue  # a removal next to a held line would release it (policy.release_supported): its own rule
            marks.removed.setdefault(i, value)
