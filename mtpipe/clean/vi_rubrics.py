"""A section's rubric standing over a Vietnamese news page's title (issue 12, vi46).

A Vietnamese news portal prints over the article's title the name of its section or of the site ("Đại hội Đảng",
"Hà Nội", "HỘI THÁNH", "Báo Công An Đà Nẵng", "Đối tác chiến lược"), and under the title the story's meta: its date
("Thứ hai, 01/09/2014 09:24"), its byline, or the title printed again over the photo.  The layers before remove the
meta (a date line, a title copy) but leave the rubric: a short line of capitalised words that could be a heading.
What tells it is the page's header layout and what the rubric does not say:

* ``portal.rubric``: the page's first live line (what stands above it a layer removed: the site's menu, a visit
  counter), right above the article's title, where the title is the live line right above
  the text's first sentence and only lines a layer removed stand between the title and the text (one at least: the
  header's meta), and the rubric is short (:data:`MIN_WORDS` to :data:`MAX_WORDS` words, no sentence's end, no
  colon, no comma at its end), no list item (a marker or a number opening it: a recipe's "+ Cà rốt thái sợi"), no official document's name ("QUYẾT ĐỊNH", "THÔNG BÁO": a decree's
  heading over its subject line), and shares no word of two syllables (a syllable pair: "giáo xứ", "trung quốc")
  with the title or the text's first :data:`TEXT_CHARS` characters.  A page's own title over its subtitle names what
  the text is about ("Lotus Aroma Sapa Hotel" / the hotel's address / the text about the hotel; "Sự lấn át của ISO/IEC
  JTC1" / its English title) and stays; so does a title with no meta under its subtitle (nothing removed between the
  subtitle and the text: "Tâm sự tuổi mới" / "Hello xin chào bạn !"), and a short line under other live lines (a
  list's item, a menu's entry, a recipe's ingredient over the next one).  A title asking a question
  (:func:`~.site_names.question_title`: "Bộ trưởng Bộ Y tế đạt điểm mấy?" under "Cộng đồng lên tiếng", h15vi06)
  is the title, not the text's first sentence (clut75).  Where :mod:`.title_copies` removed the header's copy of the
  title between the rubric and the heading (the header's meta and the heading's own copy then stand under it, lost94),
  that header counts as the meta.

* ``portal.split_copy``: a heading printed again right under itself, split over two lines ("TU ĐOÀN BÁC ÁI XÃ HỘI LỄ
  KHẤN DÒNG" / "TU ĐOÀN BÁC ÁI XÃ HỘI" / "LỄ KHẤN DÒNG", "Thông tin sinh hoạt Giáo Xứ Chúa nhật, ngày 15 tháng 03 năm
  2020" / "THÔNG TIN SINH HOẠT GIÁO XỨ" / "Chúa nhật, ngày 15 tháng 03 năm 2020": a parish site's title block printed
  as one line and as two): two live lines in a row whose words, joined, are the words of the live line right above
  them (:data:`MIN_SPLIT_WORDS` words at least, case and punctuation aside); the two lines go, the first print stays.
  Two lines that only open with the words above ("Chương 4" / "Giai đoạn …" under a longer line) are none.
* ``portal.breadcrumb`` (clut77, :func:`~.crumb_lines.split_crumbs`): a breadcrumb printed one crumb a line, the
  crumbs under the removed home crumb ("1. Trang chủ" / "2. » Luận Văn - Báo Cáo", "• Home" / "• Góc Giáo Viên").
* ``portal.widget`` (clut77, :func:`~.head_widgets.head_widgets`): a portal's widget label standing first on the
  page, over the article's own title ("Ý kiến thăm dò" / "Lễ Hội Đền Nưa – Am Tiên" / the text).
* ``captions.lower_alt`` (clut77, :func:`~.lower_lines.lower_alts`): an image's alt text or file name in lower case
  between two paragraphs ("… bằng thẻ ngân hàng." / "kinhnghiem-datphong" / "Ngoài ra, …").

No line next to a line the policy held is taken (:func:`~.policy.release_supported`).  The layer runs after
:mod:`.vi_credits` and before :mod:`.structure` and :mod:`.tables`, which may take a line back.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Mapping

from .crumb_lines import split_crumbs
from .features import _sentence_like
from .head_widgets import head_widgets
from .lower_lines import lower_alts
from .site_names import question_title
from .title_copies import RULE as HEADER_COPY  # the header's title copy removed over the heading (lost94)

# the literal patterns of the calls below, compiled once (perf54: a string pattern is a lookup in re's cache per call)
_WORDS = re.compile(r"\w+")

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULES", "RUBRIC", "SPLIT", "MIN_WORDS", "MAX_WORDS", "MIN_SPLIT_WORDS", "rubric_shape", "pairs", "rubrics",
           "split_copies", "RubricLines"]

RUBRIC = "portal.rubric"
SPLIT = "portal.split_copy"
#: the ledger rules of this module (policy families, docs)
RULES = (RUBRIC, SPLIT)

MIN_WORDS, MAX_WORDS = 2, 6  # words of a rubric (one word shares no syllable pair with anything: no evidence)
MIN_TITLE_WORDS, MAX_TITLE_WORDS = 3, 30
MIN_SPLIT_WORDS = 6  # words of a heading printed again over two lines (fewer: a heading over its parts)
MAX_SPLIT_WORDS = 30
TEXT_CHARS = 1500  # characters of the text's first lines read for the rubric's words
_LETTERS = re.compile(r"[^\W\d_]+")
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[IVXLC]+[.)\-]|[a-zđ][.)])\s", re.IGNORECASE)
#: a list's item marker ("+ Cà rốt thái sợi", "• Góc Giáo Viên", "- Tin tức"): an ingredient, a menu's entry
_ITEM = re.compile(r"^[-+•·*–—▪►✓→]")
#: an official document's name heading its subject line (casefolded, the whole line)
_DOCUMENTS = frozenset({"quyết định", "thông báo", "công văn", "nghị quyết", "nghị định", "kế hoạch", "tờ trình",
                        "báo cáo", "chỉ thị", "thông tư", "hướng dẫn", "giấy mời", "biên bản", "thông cáo báo chí",
                        "thư mời", "lời chúa", "tin mừng"})


def pairs(s: str) -> set[str]:
    """The line's syllable pairs (two letter words side by side, casefolded): Vietnamese writes most words in two."""
    words = [w.casefold() for w in _LETTERS.findall(s)]
    return {a + " " + b for a, b in zip(words, words[1:])}


def rubric_shape(s: str) -> bool:
    """A rubric's shape: :data:`MIN_WORDS` to :data:`MAX_WORDS` words of letters, no sentence's end, no colon, no
    comma at its end, no list item, no official document's name."""
    t = s.strip(" \t|»>#")
    if not t or t[-1:] in ".!?…:;,\"”" or ":" in t or _NUMBERED.match(s) or _ITEM.match(t):
        return False
    words = t.split()
    if not MIN_WORDS <= len(words) <= MAX_WORDS or len(_LETTERS.findall(t)) < MIN_WORDS:
        return False
    return " ".join(w.casefold() for w in words) not in _DOCUMENTS


def rubrics(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """The rubric over the article's title (module docstring): index -> (rule, note); one per page at most."""
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    first = next((k for k, i in enumerate(live) if _sentence_like(lines[i].strip())), None)
    if first == 1 and len(live) > 2 and question_title(lines[live[1]]):
        first = 2  # a title asking a question reads as a sentence: "Bộ trưởng Bộ Y tế đạt điểm mấy?" (clut75)
    if first != 2:
        return {}  # the rubric, the title, the text: the page's first live lines (a line above: a list, a menu)
    x, title, text0 = live[0], live[1], live[2]
    if not any(j in removed and lines[j].strip() for j in range(title + 1, text0)) \
            and not any(removed[j][0] == HEADER_COPY for j in range(x + 1, title) if j in removed):
        return {}  # no meta between the title and the text (nor the header's title copy over it): no news header
    t = lines[title].strip()
    if not MIN_TITLE_WORDS <= len(t.split()) <= MAX_TITLE_WORDS or t[-1:] in ".:;,":
        return {}
    if not rubric_shape(lines[x]):
        return {}
    text, size = [], 0
    for i in live[first:]:
        text.append(lines[i])
        size += len(lines[i])
        if size >= TEXT_CHARS:
            break
    if pairs(lines[x]) & (pairs(t) | pairs(" ".join(text))):
        return {}  # the line names what the article is about: the page's own title over a subtitle
    return {x: (RUBRIC, "a section's rubric over the article's title (the title, then the header's meta a layer "
                        "removed, then the text), sharing no word with the title or the text")}


def _words(s: str) -> list[str]:
    return [w.casefold() for w in _WORDS.findall(s)]


def split_copies(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """A heading printed again right under itself, split over two lines (module docstring): index -> (rule, note)."""
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    out: dict[int, tuple[str, str]] = {}
    for k in range(1, len(live) - 1):
        above, a, b = live[k - 1], live[k], live[k + 1]
        whole = _words(lines[above])
        if not MIN_SPLIT_WORDS <= len(whole) <= MAX_SPLIT_WORDS or a in out or above in out:
            continue
        first, second = _words(lines[a]), _words(lines[b])
        if first and second and first + second == whole:
            note = "a heading printed again right under itself, split over two lines: " + lines[above].strip()[:80]
            out[a] = out[b] = (SPLIT, note)
    return out


class RubricLines:
    """The vi46 rubric layer (:class:`~.marks.LineLayer`): live lines only (what no layer before removed)."""

    def mark(self, marks: "Marks") -> None:
        if marks.lang != "vi":
            return
        lines = marks.line_texts()
        held = getattr(marks.removed, "held", None) or {}
        found = rubrics(lines, marks.removed)
        for i, value in split_copies(lines, marks.removed).items():
            found.setdefault(i, value)
        for i, value in split_crumbs(lines, marks.removed).items():  # a trail one crumb a line (clut77)
            found.setdefault(i, value)
        for i, value in head_widgets(lines, marks.removed).items():  # a widget label over the title (clut77)
            found.setdefault(i, value)
        for i, value in lower_alts(lines, marks.removed).items():  # a lower-case alt text (clut77)
            found.setdefault(i, value)
        for i, value in found.items():
            if any(j in held and j not in marks.removed and j not in found for j in (i - 1, i + 1)):
                continue  # a removal next to a held line would release it (policy.release_supported): its own rule
            marks.removed.setdefault(i, value)
