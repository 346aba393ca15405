"""A list of other stories closing the page, told by the shape of each of its lines (issue 12, tail39).

``boilerplate.tail_run`` (:func:`~.layout.tail_run`) takes three or more headline-like lines after the article's
last line of text.  Measured on the labelled pages it took three content lines of Russian pages (a page cut off in
the middle of its own list or its closing lines), so under ``weighed`` its removals on Russian pages are held, and a
news page's unlabelled list of other headlines stays ("Honor и Xiaomi набирают сотрудников в российские офисы –
«Известия»" / "В России начнут продавать автомобили …" / …).

This layer takes such a tail again, as ``boilerplate.teaser_tail``, when every line of it has the shape of another
story's headline, not of the text's own list or of a text cut off:

* the tail is every live line after the article's last line of text (a sentence or a paragraph of over 150
  characters), three lines at least, and that last line ends with a sentence stop (a text cut off mid-sentence, or
  a list announced by a colon, ends otherwise);
* each tail line is a headline of :data:`MIN_WORDS` words or more (:func:`~.features._headline_like`: at most
  sixteen words, no sentence or clause end), opening with a capital letter (no bullet, number or dialogue dash, no
  wrapped sentence going on in lower case), not set in capitals (a letterhead, the text's own heading), no "|"
  (a table's row), not opening with three capitalised words (a list of names, :func:`_name_opening`);
* no two of them open with the same word: the text's own list is parallel ("Гимн РФ (оркестр)" / "Гимн РФ (гр.
  Любэ)", "За I квартал …" / "За I полугодие …"), a list of other stories is not;
* no line of it is printed elsewhere on the page (a copy is the duplicate layer's to judge).

Each line goes to the ledger as ``boilerplate.teaser_tail`` with the run's evidence.

A second test, ``boilerplate.teaser_list``, widens :func:`~.related.teaser_blocks` (a run of title and lead pairs
under a heading of other stories after the article, to the page's end or the next such heading) where the related
layer cannot see it: the heading is a line a heading rule took that names stories (``boilerplate.more_heading`` of
:mod:`.labels` runs after the related layer: "Похожие статьи", "Bài viết khác"; not "Другие способы оплаты", which may
head the text's own sections), and a teaser's title may end with "!" or "?" ("Телезрителям
кушвинского телевидения!" over its lead; a title with a stop would be read as a paragraph, and two paragraphs in a
row end the list as the article going on).  crawl12 (dev) had a news site's two lists of (date, title, lead) teasers
after the article.

A third test, ``boilerplate.teaser_bullets`` (:func:`teaser_bullets`, clut69), takes the same closing list when the
site sets each headline after a hyphen, as a list ("- Китай уже полгода сокращает поставки легковушек в США, в мае
они достигли минимума за год", biang.ru, h5ru01; "- 1МИД КНР: Попытки США посеять раздор …" under a removed "самых
читаемых новостей", russian.people.com.cn, h4ru04; five headlines, "- Từ 1/7/2025: Thay đổi cách tính lương hưu …"
among them, under a storm report, m.xahoi.com.vn, t31vi04), two lines or more
(:data:`MIN_BULLET_LINES`: a lone one closing the page was the text's own item on parts no rule had seen, h17ru07,
h18vi11, ``tests/test_clean_round21.py``): the page's closing run of live lines
each opening with a hyphen and holding :data:`MIN_BULLET_WORDS` to :data:`MAX_BULLET_WORDS` words, no punctuation at
its end but a headline's "?" or "!" ("- Thứ gì được cất giữ … canh gác 24/24 giờ?"), one line at least with none (a
run of questions is an interview's or a FAQ's); no bar; the live line right above the run a paragraph of the text (a
sentence, or over 150 characters) closing with a sentence stop (a list the text announces ends its lead with a
colon, a text cut off ends with none) and no list's item itself (the text's own list going on: "- Học phí từ 1.500
USD … ." over "- Chi phí ăn ở : …", h18vi; a list item that is a sentence, a field "…: 15 USD;" ends with a stop);
no two of them opening with the same word (the text's own list is parallel: "- Bước 1 …" / "- Bước 2 …", a
product's features "- Hệ thống …" / "- Hệ thống …") and none printed elsewhere on the page.  On the dev parts
(every part, every tag) the shape holds those seven lines and no content line; a closing list set with "•" or a
dash "–" (a shop's terms, an interview) is left to the tests above.

rel103 (post-blind, held55) widened that test twice.  A headline may close with a listing's publication stamp, glued
or set apart, a full date with its year and a time of day or none (:data:`_STAMP`: "- Kỷ niệm 20 năm thành lập Trung
tâm tiếng Việt tại CH Séc(23/10/2023 - 19:40:16)", h55vi08, ten such titles closing the page with no heading): the
stamp is read off before the headline's shape is judged (the title may then close on its own bracket or quote), and
where every line's stamp holds a time of day the parallel-first-word test is waived (a site's own listing repeats
"Kỷ niệm …", "Cộng đồng …"; a chronicle of the text dates its items without a time).  And the run need not close the
page: :data:`MIN_INNER_LINES` such lines or more between two of the article's paragraphs, with every test above and
no list item right under them (the text's own list going on), are an inline box of other stories (h55vi03: five
titles, "- Lý do Thổ Nhĩ Kỳ trì hoãn …", "- Loyalty App – …", between the contest report's paragraphs).  Dev (every
part but held55, labels read as the cleaner would remove them): runs of three or more hyphenated headlines after a
sentence with its stop are three tables of contents (copies of the headings under them: left) and no content run;
no dev run carries a stamp outside a heading of other stories (held35's "Các tin liên quan:", ``story_list``'s).

The layer runs after every removing layer but :mod:`.structure` and :mod:`.tables` (they may take a line back).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .features import _headline_like, _sentence_like
from .furniture import list_heading
from .lines import dedupe_key
from .profile_guards import stanza
from .related import teaser_blocks
from .widgets import _body
from .words import line_words

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "LIST_RULE", "BULLET_RULE", "TeaserTail", "teaser_tail", "teaser_list", "teaser_bullets"]

RULE = "boilerplate.teaser_tail"
LIST_RULE = "boilerplate.teaser_list"
BULLET_RULE = "boilerplate.teaser_bullets"
#: rules that take a heading of a list of other stories (:mod:`.labels`, :mod:`.furniture`, the named rules)
HEADING_RULES = ("boilerplate.list_heading", "boilerplate.more_heading", "chrome.related")
#: ... naming what it lists as stories: "Похожие статьи", "Bài viết khác"; "Другие способы оплаты", a subheading the
#: "other ..." rule may take, heads the text's own sections
_STORIES = re.compile(r"(?<![^\W\d_])(?:стать[яиейю]\w*|новост\w*|материал\w*|публикаци\w*|запис[иь]\w*|сюжет\w*|"
                      r"bài|tin|articles?|stories|posts?|news)(?![^\W\d_])", re.IGNORECASE)
MIN_LINES = 3  # lines in the tail
MIN_WORDS = 4  # words in each line (a rubric or a menu item is shorter)
MIN_BULLET_WORDS = 6  # words in a hyphenated headline, the hyphen aside
MIN_BULLET_LINES = 2  # a lone hyphenated line closing the page was the text's own item on unseen parts (round21)
MIN_INNER_LINES = 3  # hyphenated headlines of a box between the article's paragraphs (rel103)
MAX_BULLET_WORDS = 30
_BULLET = re.compile(r"^- (?=\S)")
_ITEM = re.compile(r"^\s*(?:[-–—•·*+]|\d{1,2}[.)])\s")
_STOP = re.compile(r"[.!?…。！？][\"'”’»)\]]*\s*$")
_FIRST_WORD = re.compile(r"[^\W\d_]+")
#: a listing's publication stamp glued or set after a headline: "…tương ái(06/11/2023 - 20:03:12)", "… (01-08-2009)";
#: a full date with its year (a chronicle's "(19/07)" or a title's "(2/4)" is no stamp), a time of day after it or none
_STAMP = re.compile(r"\s*\(\s*\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}(?P<time>\s*[-–,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*\)\s*$")


def _name_opening(s: str) -> bool:
    """The line opens with three capitalised words: a person's or a body's name ("Петров Сергей Иванович – глава
    района", "Nguyễn Văn An - Chủ tịch"), a list of names is the text's own; a headline is written in sentence case."""
    words = s.split()[:3]
    return len(words) == 3 and all(w[:1].isupper() for w in words)


def _story_headline(s: str) -> bool:
    s = s.strip()
    return _headline_like(s) and len(s.split()) >= MIN_WORDS and s[:1].isupper() and not s.isupper() \
        and "|" not in s and not _name_opening(s)


def teaser_tail(lines: list[str], removed: set[int], min_lines: int = MIN_LINES) -> dict[int, tuple[str, str]]:
    """The lines of a list of other stories closing the page: index -> (rule, note).  ``min_lines``: the tail's
    live lines at least (:mod:`.teaser_pairs` asks for two)."""
    body = _body(lines, removed)
    if not body or not _STOP.search(lines[body[-1]]):
        return {}
    tail = [i for i in range(body[-1] + 1, len(lines)) if i not in removed and lines[i].strip()]
    if len(tail) < min_lines or not all(_story_headline(lines[i]) for i in tail):
        return {}
    firsts = [(_FIRST_WORD.findall(lines[i].casefold()) or [""])[0] for i in tail]
    if len(set(firsts)) < len(firsts):
        return {}  # parallel lines: the text's own list
    keys = [dedupe_key(lines[i]) for i in tail]
    others = {dedupe_key(s) for j, s in enumerate(lines) if j not in tail}
    if len(set(keys)) < len(keys) or set(keys) & others:
        return {}  # a copy of a line of the page: the duplicate layer's to judge
    live = [lines[i] for i in range(len(lines)) if i not in removed and lines[i].strip()]
    if stanza(live, len(live) - len(tail)):
        return {}  # verse lines of the poem's length above: its last stanza (cp44, :mod:`.profile_guards`)
    return {i: (RULE, f"one of {len(tail)} headlines of other stories closing the page after the article's last "
                      "sentence: each opens with a capital, with its own first word, no stop, printed once")
            for i in tail}


def _stamped(s: str, timed: bool = False) -> bool:
    """The line closes with a publication stamp (:data:`_STAMP`); ``timed``: a time of day in it."""
    m = _STAMP.search(s)
    return m is not None and (not timed or m.group("time") is not None)


def _bullet_headline(s: str) -> bool:
    t = s.strip()
    stamped = _stamped(t)
    t = _STAMP.sub("", t) if stamped else t
    words = len(line_words(t)) - 1
    # (a stamped title may close on its own bracket or quote: "… Hải Nam (Trung Quốc) (11-07-2009)")
    return _BULLET.match(t) is not None and MIN_BULLET_WORDS <= words <= MAX_BULLET_WORDS \
        and (t[-1:].isalnum() or t[-1:] in ("?!)\"”»" if stamped else "?!")) and "|" not in t


def _bullet_run(lines: list[str], live: list[int], k: int, j: int) -> str | None:
    """The note for the run ``live[k:j]`` of hyphenated headlines when it is a list of other stories, else None."""
    tail = live[k:j]
    at_end = j == len(live)
    stamped = all(_stamped(lines[i]) for i in tail)
    timed = all(_stamped(lines[i], timed=True) for i in tail)  # a CMS's stamp: no item of the text's own carries one
    if len(tail) < (MIN_BULLET_LINES if at_end else MIN_INNER_LINES) or k == 0 \
            or not (stamped or any(lines[i].strip()[-1:].isalnum() for i in tail)):
        return None  # (a run of questions or exclamations only: an interview's or a FAQ's, not headlines)
    last = lines[live[k - 1]]
    if not (_sentence_like(last) or len(last) > 150) or not _STOP.search(last) or _ITEM.match(last):
        return None  # no paragraph closing the text right above (a list announced, a text cut off, the list going on)
    if not at_end and _ITEM.match(lines[live[j]]):
        return None  # an item of another shape under the run: the text's own list going on
    firsts = [(_FIRST_WORD.findall(lines[i].casefold()) or [""])[0] for i in tail]
    keys = [dedupe_key(lines[i]) for i in tail]
    others = {dedupe_key(s) for n, s in enumerate(lines) if n not in tail}
    if (len(set(firsts)) < len(firsts) and not timed) or len(set(keys)) < len(keys) or set(keys) & others:
        return None  # parallel lines (the text's own list), or a copy of a line of the page (a table of contents)
    what = f"one of {len(tail)} hyphenated headlines" if len(tail) > 1 else "a hyphenated headline"
    how = ("each closing with its publication stamp (a listing's date and time)" if timed
           else "each with its own first word")
    where = "closing the page" if at_end else "set between the article's paragraphs (an inline box)"
    return f"{what} of other stories {where} after a sentence of the text: no stop, {how}, printed once"


def teaser_bullets(lines: list[str], removed: set[int]) -> dict[int, tuple[str, str]]:
    """The hyphenated headlines of other stories closing the page or boxed inside it: index -> (rule, note)."""
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    out: dict[int, tuple[str, str]] = {}
    k = 0
    while k < len(live):
        j = k
        while j < len(live) and _bullet_headline(lines[live[j]]):
            j += 1
        if j == k:
            k += 1
            continue
        note = _bullet_run(lines, live, k, j)
        if note:
            out.update({i: (BULLET_RULE, note) for i in live[k:j]})
        k = j
    return out


def _teaser_title(t: str) -> bool:
    return _headline_like(t.rstrip("!?")) and not _sentence_like(t)


def teaser_list(lines: list[str], removed: dict[int, tuple[str, str | None]]) -> dict[int, tuple[str, str]]:
    """Titles and leads of a list of other stories under a heading any heading rule took: index -> (rule, note)."""
    def heading(i: int) -> bool:
        return list_heading(lines[i]) or (str(removed[i][0]) in HEADING_RULES and bool(_STORIES.search(lines[i])))

    return teaser_blocks(lines, removed, heading=heading, title=_teaser_title, rule=LIST_RULE)


class TeaserTail:
    """The teaser-tail layer (:class:`~.marks.LineLayer`): reads what every layer before it removed."""

    def mark(self, marks: "Marks") -> None:
        doc = marks.doc
        lines = marks.line_texts()
        marks.removed.update(teaser_tail(lines, set(marks.removed)))
        marks.removed.update(teaser_bullets(lines, set(marks.removed)))
        marks.removed.update(teaser_list(lines, dict(marks.removed)))
