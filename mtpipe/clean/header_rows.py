"""A post's header rows that the layers before leave: its category row, the site's domain alone, a theme's English
meta label glued to the date, a periodical's source line (issue 12, clut85: held48's Vietnamese pages, post-blind).

* ``portal.rubric_list`` (:func:`rubric_lists`): a post's categories printed as one comma-joined row ("Tin nổi bật,
  Người Việt tại Séc, CỘNG ĐỒNG" under the title on tamdamedia.eu, ``h48vi11``; "Croatia, Road trip, Tiếng Việt,
  Trekking" over each post's title on halove2go.com, ``h16vi06``; "Аналитика, Интервью, Чтиво" on football.ua,
  ``html``): three items or more, each one to four words opening with a capital, letters only ("&", "-", "'"
  inside), no item holding a coordinating word ("và", "hoặc", "и", "или", "and", "or": an enumeration inside a
  title or a sentence, "Visa, Mastercard, Мир, American Express и JCB", ``h18ru11``), no stop at its end, 100
  characters at most.  Where it stands is the evidence: right under a post's title above the article's first
  sentence (the header's meta row), or right over a title that stands right over text (a listing's card).  A list
  of places inside a sentence is joined to it (:mod:`.softbreak`) and no line of its own; an address of two items
  ("Quận 8, Hồ Chí Minh") is no row of three.
* ``portal.bare_domain`` (:func:`bare_domains`): the site's name written as its domain, alone on its line
  ("LangUuDiem.Com", ``h48vi12``; on dev 19 more such lines on 16 sites -- "washingtonpost.com", "MK.RU",
  "www.nguyendu.com.vn", "DRAKON.SU", "Websitethtg.vn" --, every one clutter or metadata, none content): outside the
  article's text (above its first sentence but not the line right above it, a page's own title; or below its last
  one).  A domain named in a sentence is no whole line; the rule needs no host (:mod:`.site_names` reads the
  crawl's folder, which a single page does not have).
* ``meta.theme_date`` (:func:`theme_date`): a theme's English meta label ("author", "admin", "posted on",
  "published on", "by admin", "date") glued or spaced to the post's date, the whole line, on a non-English page
  ("author25/01/2025 13:20", ``h48vi11``): what is left after the label is a date line
  (:func:`~.features.is_date_line`) holding a day's date.  The date rules read a line of date words only; an English
  label is none of them.
* ``meta.source_date`` (:func:`source_date`): a periodical's name with the article's date in brackets, the whole
  line, above the article's first sentence ("Tạp chí khoa học giáo dục Quốc tế Thời Đại (14/10/2025).",
  ``h48vi01``, under the author's credit): the line opens with the periodical's kind ("Tạp chí", "Tập san", "Nội
  san", "Tuần báo", "Nhật báo", "Báo" before a capitalised name, "Журнал", "Газета", "Вестник") and ends with a date
  in brackets; a report's title "Báo cáo … (20/12/2024)" is none, nor a news title with its date ("Trung Quốc tưởng
  niệm nạn nhân Covid-19 (4/4/2020)", content on a dev page: no periodical's kind first).
* ``portal.tag_heading`` (:func:`tag_heading`): a tag page's heading, the tag alone in lower case, the page's first
  live line, whose words the next live line (the first listed item's title, no sentence) holds as a phrase ("kẹt xe"
  over "TP HCM: Bệnh viện trang bị 10 xe cấp cứu 2 bánh để né kẹt xe" on bizviet.vn/tag/ket-xe, ``h48vi09``; on dev
  "khoa Nhi" over "Hà Nội: Thành lập Khoa Nhi …", ``t27vi74``, "thông báo" over "Thông báo lịch tiêm chủng …",
  ``h27vi03``, both clutter, the first taken by another rule, the second left before this one): one to three
  words (:func:`~.softbreak._tag_like`'s shape).
  A page's title in lower case over a date ("субботник" / "04 апреля 2025, 09:31", ``h14ru01``, content) is no
  phrase of the line under it; a lower-case line inside the text is not the first live line.

No line next to a line the policy held is taken (:func:`~.policy.release_supported`).  The layer runs in
:class:`~.close_marks.CloseMarks`' layer after :mod:`.theme_strings`, on live lines only.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Mapping

from .features import _sentence_like, is_date_line
from .site_names import question_title
from .words import line_words

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RUBRIC_LIST", "BARE_DOMAIN", "THEME_DATE", "SOURCE_DATE", "RULES", "rubric_row", "rubric_lists",
           "bare_domain", "bare_domains", "theme_date", "source_date", "tag_heading", "header_rows", "HeaderRows",
           "TAG_HEADING"]

RUBRIC_LIST = "portal.rubric_list"
BARE_DOMAIN = "portal.bare_domain"
THEME_DATE = "meta.theme_date"
SOURCE_DATE = "meta.source_date"
#: the ledger rules of this module (policy families, docs)
TAG_HEADING = "portal.tag_heading"
RULES = (RUBRIC_LIST, BARE_DOMAIN, THEME_DATE, SOURCE_DATE, TAG_HEADING)

MIN_ITEMS, MAX_ITEM_WORDS, MAX_ROW_CHARS = 3, 4, 100
MIN_TITLE_WORDS, MAX_TITLE_WORDS = 5, 30  # a post's title beside its category row
_ITEM = re.compile(r"[^\W\d_][^\W\d_'’&-]*(?:\s+(?:&|[^\W\d_][^\W\d_'’&-]*)){0,3}")
#: a coordinating word: the items are an enumeration inside a title or a sentence
_AND = frozenset("và hoặc hay cùng и или либо а and or".split())
_END = ".!?…:;,"


def rubric_row(s: str) -> bool:
    """A comma-joined row of three rubric names or more (module docstring), the whole line."""
    t = " ".join(line_words(s)).strip(" •·*|")
    if not t or len(t) > MAX_ROW_CHARS or t[-1] in _END:
        return False
    items = [x.strip() for x in t.split(",")]
    if len(items) < MIN_ITEMS:
        return False
    for x in items:
        words = x.split()
        if not 1 <= len(words) <= MAX_ITEM_WORDS or not x[0].isupper() or _ITEM.fullmatch(x) is None:
            return False
        if any(w.casefold() in _AND for w in words):
            return False
    return True


def _title(s: str) -> bool:
    """A post's title: five to thirty words, no stop at its end (a question allowed), no sentence."""
    t = s.strip()
    if not MIN_TITLE_WORDS <= len(t.split()) <= MAX_TITLE_WORDS:
        return False
    return question_title(t) or (t[-1:] not in ".!…:;," and not _sentence_like(t))


def _text_lines(lines: list[str], live: list[int]) -> list[int]:
    """The article's text lines among the live ones: sentence-like or long (:mod:`.site_names`' reading)."""
    text = [i for i in live if _sentence_like(lines[i]) or len(lines[i]) > 150]
    if len(text) > 1 and question_title(lines[text[0]]):
        text = text[1:]  # a title asking a question over the text is the title (clut75)
    return text


def rubric_lists(lines: list[str], removed: Mapping[int, Any], live: list[int], text: list[int]
                 ) -> dict[int, tuple[str, str]]:
    """The category rows right under a post's title above its text, or right over a title over text."""
    out: dict[int, tuple[str, str]] = {}
    textset = set(text)
    for k, i in enumerate(live):
        if i in textset or not rubric_row(lines[i]):
            continue
        before = live[k - 1] if k else None
        after = live[k + 1] if k + 1 < len(live) else None
        after2 = live[k + 2] if k + 2 < len(live) else None
        under = text and i < text[0] and before is not None and _title(lines[before])
        over = after is not None and after not in textset and _title(lines[after]) and after2 in textset
        if under or over:
            where = "under the post's title, above its text" if under else "over a post's title that stands over text"
            out[i] = (RUBRIC_LIST, f"a post's category row (three comma-joined rubric names or more) {where}")
    return out


_TLD = r"(?:com|net|org|info|biz|edu|gov|vn|ru|su|ua|by|kz|eu|io|tv|me|pro|online|site|club|xyz|de|fr|uk|us|cz|pl)"
_DOMAIN = re.compile(r"(?:www\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\." + _TLD +
                     r"(?:\.(?:vn|ru|ua|uk|cz))?", re.IGNORECASE)


def bare_domain(s: str) -> bool:
    """A domain alone on the line ("LangUuDiem.Com", "www.nguyendu.com.vn"; a bullet or bar around it allowed)."""
    t = s.strip(" \t•·*|-–—")
    return 0 < len(t) <= 60 and _DOMAIN.fullmatch(t) is not None


def bare_domains(lines: list[str], live: list[int], text: list[int]) -> dict[int, tuple[str, str]]:
    """The domains alone on their line outside the article's text (not the line right above its first one)."""
    if not text:
        return {}
    out: dict[int, tuple[str, str]] = {}
    for i in live:
        if (i < text[0] - 1 or i > text[-1]) and bare_domain(lines[i]):
            out[i] = (BARE_DOMAIN, "the site's name written as its domain, alone on its line outside the article")
    return out


_THEME_LABEL = re.compile(r"^\s*(?P<label>author|admin|by admin|posted on|posted|published on|published|date)"
                          r"\s*:?\s*(?P<rest>\d.*)$", re.IGNORECASE)
_DAY_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")


def theme_date(s: str) -> bool:
    """A theme's English meta label glued or spaced to the post's date, the whole line ("author25/01/2025 13:20")."""
    m = _THEME_LABEL.match(s)
    if m is None:
        return False
    rest = m.group("rest").strip()
    return _DAY_DATE.search(rest) is not None and is_date_line(rest)


_PERIODICAL = re.compile(r"^\s*(?:(?:Tạp chí|TẠP CHÍ|Tập san|Nội san|Tuần báo|Nhật báo|Журнал|ЖУРНАЛ|Газета|ГАЗЕТА|"
                         r"Вестник|ВЕСТНИК)\s|Báo\s+(?!cáo|giá|động|chí)[A-ZĐ])[^()]{2,100}\(\s*\d{1,2}[./-]\d{1,2}"
                         r"[./-]\d{2,4}\s*\)\s*\.?\s*$")


def source_date(s: str) -> bool:
    """A periodical's name with the date in brackets, the whole line ("Tạp chí … (14/10/2025).")."""
    return len(line_words(s)) <= 20 and _PERIODICAL.match(s) is not None


_TAG = re.compile(r"[^\W\d_][\w-]*(?:\s+[\w-]+){0,2}")


def tag_heading(s: str, nxt: str) -> bool:
    """A lower-case tag alone ("kẹt xe") whose words the next line, a title and no sentence, holds as a phrase."""
    t = " ".join(s.split())
    if not t or not t[0].islower() or _TAG.fullmatch(t) is None or _sentence_like(nxt) or len(nxt.split()) < 4:
        return False
    return re.search(r"(?<!\w)" + re.escape(t.casefold()) + r"(?!\w)", " ".join(nxt.split()).casefold()) is not None


def header_rows(lines: list[str], removed: Mapping[int, Any], lang: str) -> dict[int, tuple[str, str]]:
    """The lines of this module's classes that no layer removed: index -> (rule, note)."""
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    text = _text_lines(lines, live)
    # the first sentence (a long title in capitals over the credit is no text: h48vi01's)
    first = next((i for i in live if _sentence_like(lines[i]) and not source_date(lines[i])), None)
    out: dict[int, tuple[str, str]] = {}
    for i in live:
        s = lines[i]
        if lang != "en" and theme_date(s):
            out[i] = (THEME_DATE, "a theme's English meta label glued to the post's date")
        elif first is not None and i < first and source_date(s):
            out[i] = (SOURCE_DATE, "a periodical's name with the article's date in brackets above the text (the "
                                   "source line)")
    if len(live) > 1 and live[0] not in out and tag_heading(lines[live[0]], lines[live[1]]):
        out[live[0]] = (TAG_HEADING, "a tag page's heading: the tag alone in lower case, first on the page, over the "
                                     "first item's title holding it")
    for i, value in bare_domains(lines, live, text).items():
        out.setdefault(i, value)
    left = [i for i in live if i not in out]
    for i, value in rubric_lists(lines, removed, left, _text_lines(lines, left)).items():
        out.setdefault(i, value)
    return out


class HeaderRows:
    """The clut85 layer (:class:`~.marks.LineLayer`): live lines only."""

    def mark(self, marks: "Marks") -> None:
        lines = marks.line_texts()
        found = header_rows(lines, marks.removed, marks.lang)
        held = getattr(marks.removed, "held", None) or {}
        for i, value in found.items():
            if any(j in held and j not in marks.removed and j not in found for j in (i - 1, i + 1)):
                continue  # a removal next to a held line would release it (policy.release_supported)
            marks.removed.setdefault(i, value)
