"""A site's anniversary banner above the article's title (issue 12, clut51).

The twenty-fifth session grouped the clutter left on the parts measured blind most recently (held33..held35) by
the evidence on the page itself.  One group stands in the page's head on Russian and Vietnamese sites alike: the
banner a site runs over every page for a jubilee of the year, an anniversary named by its count of years ("80 лет
Великой Победе!", h7ru06; "80 лет Победы в Битве за Кавказ", t28ru83; "KỶ NIỆM 70 NĂM NGÀY GIẢI PHÓNG THỦ ĐÔ
(10/10/1954 – 10/10/2024)", h34vi06; "CHÀO MỪNG KỶ NIỆM 41 NĂM NGÀY NHÀ GIÁO VIỆT NAM (20/11/1982 - 20/11/2023)",
h34vi13), 4 pages of 3 parts and 4 sites.  No word list of jubilees holds them; what tells them is the page's own
structure: the banner stands above the article's title, and the jubilee it names is none of the article's subject.

``boilerplate.anniversary_banner``: on a Russian or Vietnamese page, a live line above the article's first paragraph
(the first line that is a sentence closed by a stop) that names an anniversary by its count of years
(:data:`_FORMULA`: "80 лет …", "к 75-летию …", "kỷ niệm 70 năm …", "chào mừng kỷ niệm …"), :data:`MAX_WORDS` words at
most, no sentence (a lead that opens "Nhân dịp kỷ niệm 77 năm …" is one); under it, above the paragraph, stands
another heading (a live line with letters, not numbered: "I. SỰ RA ĐỜI …" is the text's own section and no title),
the article's title; and the jubilee's own words (the line less its formula: "Великой Победе", "giải phóng thủ đô")
share no word (Russian: a word's stem, :func:`.ru_heads.stems`; Vietnamese: two syllables in a row) with the lines
under it up to :data:`TEXT_CHARS` characters (the title and the text).  An article about the jubilee names it in its
title or text and keeps its heading ("KỶ NIỆM 90 NĂM THÀNH LẬP HỘI NÔNG DÂN VIỆT NAM", h31vi14, over a text on the
Hội Nông dân); a heading directly over the text is the title and stays whatever it names.

``boilerplate.campaign_banner`` (left97v): the same place and the same test of its words, for a campaign's slogan a
Vietnamese site runs over every page in capitals, a call opening it (:data:`_CALL`: "TÍCH CỰC HƯỞNG ỨNG CUỘC THI TÌM
HIỂU PHÁP LUẬT VỀ PHÒNG CHỐNG THAM NHŨNG, TIÊU CỰC" over "Chi tiết tin" and the title, h53vi06's marquee; "NHIỆT LIỆT
CHÀO MỪNG ĐẠI HỘI …").  Dev: 4 lines in capitals open with the call, 2 clutter (h34vi13's jubilee, taken by its
formula; a copy) and 2 content, titles directly over their text or naming its words ("CHÀO MỪNG NGÀY SÁCH VIỆT NAM
21/4", h20vi04; "HƯỞNG ỨNG CHƯƠNG TRÌNH “VÌ MỘT VIỆT NAM XANH”", h49vi10): the place and the words keep them.  A
line in lower case ("Chào mừng bạn đến với …", "Hưởng ứng phong trào …, ngày 24/8/2025, …") is no slogan.

The layer runs after :mod:`.alt_prefix` and before :mod:`.structure` and :mod:`.tables`, which may take a line back.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Mapping

from .features import _sentence_like
from .ru_heads import stems

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULES", "BANNER", "CAMPAIGN", "MAX_WORDS", "MAX_CAMPAIGN_WORDS", "TEXT_CHARS", "jubilee", "campaign",
           "anniversary_banners", "BannerLines"]

BANNER = "boilerplate.anniversary_banner"
CAMPAIGN = "boilerplate.campaign_banner"
#: the ledger rules of this module (policy families, docs)
RULES = (BANNER, CAMPAIGN)
MAX_WORDS = 16
MAX_CAMPAIGN_WORDS = 25  # a slogan runs longer than a jubilee's name (h53vi06's: 17 words)
TEXT_CHARS = 3000  # characters of the lines under the banner its jubilee is looked for in
#: an anniversary named by its count of years: a jubilee's "к 75-летию …", "70-летие …" anywhere, "80 лет" opening the
#: line before a capitalised name ("80 лет Великой Победе!"; "80 лет назад", "Ей 100 лет" are no jubilee); "kỷ niệm
#: 70 năm (ngày)", "chào mừng kỷ niệm …" (the formula; what follows it is the jubilee's own words)
_FORMULA = re.compile(r"(?<![\w-])(?:к\s+)?\d{1,3}\s*-\s*(?:летию|летия|летие)(?![^\W\d_])"
                      r"|^(?:к\s+)?\d{1,3}\s+лет(?=\s+(?-i:[A-ZА-ЯЁ]))"
                      r"|(?<!\w)(?:chào mừng\s+)?k[ỷỉ] niệm\s+\d{1,3}\s+năm(?:\s+ngày)?(?!\w)", re.IGNORECASE)
#: a campaign's call opening a slogan (left97v): "(nhiệt liệt / tích cực) chào mừng / hưởng ứng …"
_CALL = re.compile(r"^(?:nhiệt\s+liệt\s+|tích\s+cực\s+)?(?:chào\s+mừng|hưởng\s+ứng)\s+(?=\w)", re.IGNORECASE)
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[IVXLC]+[.)]|[a-zđа-я][.)])\s", re.IGNORECASE)
_SYLLABLE = re.compile(r"[^\W\d_]+")


def _units(s: str, lang: str) -> set[str]:
    """A line's words as the jubilee is compared: Russian stems, Vietnamese pairs of syllables."""
    if lang == "vi":
        w = [x.casefold() for x in _SYLLABLE.findall(s)]
        return {a + " " + b for a, b in zip(w, w[1:])}
    return stems(s)


def jubilee(s: str) -> str | None:
    """The jubilee's own words when the line has a banner's shape (module docstring), else None."""
    t = s.strip()
    m = _FORMULA.search(t)
    if m is None or len(t.split()) > MAX_WORDS or _sentence_like(t) or t[-1:] in ".?…:;,":
        return None
    rest = (t[:m.start()] + " " + t[m.end():]).strip()
    return rest if any(ch.isalpha() for ch in rest) else None


def campaign(s: str) -> str | None:
    """The slogan's own words when the line is a campaign's banner in capitals (module docstring), else None."""
    t = s.strip()
    m = _CALL.match(t)
    if m is None or len(t.split()) > MAX_CAMPAIGN_WORDS or t[-1:] in ".?…:;," or not all(
            ch.isupper() for ch in t if ch.isalpha()):
        return None
    rest = t[m.end():]
    return rest if jubilee(t) is None and any(ch.isalpha() for ch in rest) else None


def _closes(s: str) -> bool:
    t = s.strip()
    return _sentence_like(t) and t[-1:] in ".!?…\"”»)"


def _heading(s: str) -> bool:
    """A live line that may be the article's title: letters, no number of a section, no banner."""
    t = s.strip()
    return any(ch.isalpha() for ch in t) and not _NUMBERED.match(t) and jubilee(t) is None and campaign(t) is None


def anniversary_banners(lines: list[str], removed: Mapping[int, Any], lang: str) -> dict[int, tuple[str, str]]:
    """Anniversary banners above the article's title (module docstring): index -> (rule, note)."""
    if lang not in ("ru", "vi"):
        return {}
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    para = next((i for i in live if _closes(lines[i])), None)
    if para is None:
        return {}  # no paragraph of the text: no title to stand above
    out: dict[int, tuple[str, str]] = {}
    for i in (i for i in live if i < para):
        words = jubilee(lines[i])
        rule, kind = BANNER, "anniversary banner above the article's title, its jubilee"
        if words is None and lang == "vi":
            words = campaign(lines[i])
            rule, kind = CAMPAIGN, "campaign banner (a slogan in capitals) above the article's title, its words"
        if words is None or not any(_heading(lines[j]) for j in live if i < j < para):
            continue
        under: set[str] = set()
        seen = 0
        for j in (j for j in live if j > i and jubilee(lines[j]) is None and campaign(lines[j]) is None):  # a copy of the banner is no text
            if seen >= TEXT_CHARS:
                break
            under |= _units(lines[j], lang)
            seen += len(lines[j])
        own = _units(words, lang)
        if own and not own & under:
            out[i] = (rule, f"a site's {kind} none of the title's or the text's words")
    return out


class BannerLines:
    """The clut51 banner layer (:class:`~.marks.LineLayer`): live lines only (what no layer before removed)."""

    def mark(self, marks: "Marks") -> None:
        lines = marks.line_texts()
        held = getattr(marks.removed, "held", None) or {}
        found = anniversary_banners(lines, marks.removed, marks.lang)
        for i, value in found.items():
            if any(j in held and j not in marks.removed and j not in found for j in (i - 1, i + 1)):
                continue  # a removal next to a held line would release it (policy.release_supported): its own rule
            marks.removed.setdefault(i, value)
