"""Other stories' headlines around the article: a previous/next pointer with its title, and a list of titles under a
heading of other stories that other furniture splits (issue 12, tail41).

What the layers before this one left of other stories' headlines on the dev pages (``benchmarks/clutter_left.py``,
the lines read with where they stand) is mostly single lines: a title copy, a caption, a rubric.  Runs of other
stories' headlines that no layer took have two shapes, each with evidence of its own that the lines are links to
other items, not the text's own list:

* :func:`pointer_titles`: a pointer to the previous or next item of the site ("Предыдущая новость", "Следующая
  статья", "Bài trước", "Bài tiếp theo", "Previous post", "« Previous", "Next:") with the title it links to, glued to
  it ("Bài trướcNa Rì tổ chức …", "Previous: The Circuit: Digital activists decry …") or on the line right under a
  pointer standing alone ("Предыдущая новость" / "Поздравление казначея храма … с 90-летием!").  The pointer is a
  closed list of the platforms' words, matched from the line's start: the word and its noun ("следующая статья
  Устава" in a sentence goes on in lower case or is no title), an English "Previous" / "Next" only with a colon or an
  arrow (a subheading "Next Generation Networks" stays).  Only after the article's first line of text (a pointer above
  it is the page's own header, which other layers judge); the title is headline-shaped (three to thirty words, no
  full stop, colon or comma at its end: "!" and "?" end titles too), 150 characters at most under a lone pointer ->
  ``boilerplate.pointer_title``.  A lone pointer goes too, whatever stands under it (a paragraph under it stays); it
  is :mod:`.controls`' (``boilerplate.control``) when it is one of its words.
* :func:`story_list`: under a heading of other stories (a line a heading rule removed: :func:`~.furniture.list_heading`,
  or a heading rule's line that names stories, :data:`~.teasers.HEADING_RULES`; or, removed or not, a whole line in
  the grammar of such headings, :data:`_HEADING_GRAMMAR`: a noun for stories with a word of sameness, otherness or
  age, "Tin đã đưa", "Bài cùng chuyên mục", "Все новости раздела", "More from this section", taken with its list)
  standing after a line of the article's text, two or more titles to the page's end or the next such heading, each title headline-shaped (three
  to thirty words, 200 characters at most, no full stop at its end), the lines between them removed furniture that
  a list of teasers carries: separators without a letter ("-", "|"), dates, images, counters.  :mod:`.related`'s
  ``boilerplate.teaser_block`` takes (title, lead) pairs of sixteen words at most and stops at any furniture line;
  a news site's "Tin cùng chuyên mục" prints long titles with a date "(19/07)" and a "-" between them (held30's
  ``h30vi06``, read as dev) -> ``boilerplate.story_list``.  A line of text (a sentence with its stop), a paragraph
  or other furniture (tags, contacts, a footer) under the heading ends the test with nothing taken: the article may
  go on under a sidebar's heading.

Unlabelled runs were measured and left: two headline-like lines closing the page after the last sentence (the
teaser tail of :mod:`.teasers` with two lines instead of three) took 11 clutter lines and one content line on the dev
parts (a closing line "Triển lãm diễn ra từ ngày 15.7 đến tháng 9.2020" with its byline), a loss at the issue's cost;
dated headlines outside the article without a heading are mostly content on the dev parts (a tax calendar's rows, a
table of contents, a schedule, dated titles).

The layer runs after :mod:`.ru_portal`, before :mod:`.structure` and :mod:`.tables` (they may take a line back).  It
marks live lines only (a line a rule removed keeps its rule; a line the policy held is live).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .features import _sentence_like
from .furniture import list_heading, strip_bullet
from .teasers import HEADING_RULES, _STORIES
from .words import line_folded

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["POINTER_RULE", "LIST_RULE", "StoryRuns", "pointer", "pointer_titles", "story_list"]

POINTER_RULE = "boilerplate.pointer_title"
LIST_RULE = "boilerplate.story_list"
_LEAD = r"^[\s«‹←<|•·*>–-]*"
#: a pointer to the previous or next item: the word and its noun (ru, vi, en), or an English word with its arrow/colon
_POINTER_NOUN = re.compile(
    _LEAD + r"(?:(?:предыдущ(?:ая|ий|ее)|следующ(?:ая|ий|ее))\s+"
    r"(?:новость|статья|запись|публикация|материал|пост|сообщение|тема)|"
    r"(?:bài viết|bài đăng|bài|tin)\s+(?:tiếp theo|kế tiếp|trước|sau)|"
    r"(?:previous|next|older|newer)\s+(?:post|article|story|entry))", re.IGNORECASE)
_POINTER_WORD = re.compile(_LEAD + r"(?:previous|next)(?=\s*(?:[:：»›>→]|$))", re.IGNORECASE)
_SEP = " \t:：»›>→|–—-"
_BAD_END = ".…:;,"
MAX_WORDS = 30
LIST_CHARS = 200  # a title in a list of other stories
POINTED_CHARS = 150  # the title under a lone pointer
#: a heading of other stories by its grammar, the whole line: a noun for stories with a word of sameness, otherness,
#: age or popularity ("Tin đã đưa", "Bài cùng chuyên mục", "Các bài viết khác", "Ещё новости", "Все новости раздела",
#: "More from this section"); a bare noun ("Tin tức", "Новости": a rubric) or a noun with a topic is none
_HEADING_GRAMMAR = re.compile(
    r"^(?:các |những )?(?:tin bài|tin tức|tin|bài viết|bài)(?: (?:khác|cùng chuyên mục|cùng danh mục|cùng loại|"
    r"đã đưa|liên quan|mới hơn|cũ hơn|xem nhiều|đọc nhiều|nổi bật|mới nhất|mới|trước đó))+|"
    r"^(?:ещё|еще|другие|все|похожие|последние|свежие|предыдущие) (?:новости|статьи|материалы|записи|публикации)"
    r"(?: (?:раздела|рубрики|по теме|дня|недели|автора|сайта))?|"
    r"^(?:новости|статьи|материалы|публикации|записи) (?:раздела|рубрики|по теме|автора)|"
    r"^(?:more|other|related|latest|recent) (?:stories|articles|posts|news)(?: (?:from|in) this (?:section|category))?|"
    r"^more from this (?:section|category)|"
    # a popularity widget's heading, the whole line: no noun, the list's measure ("Đọc nhiều", "Xem nhiều nhất",
    # "Самое читаемое", "Most read")
    r"^(?:đọc|xem) nhiều(?: nhất)?|^самое (?:читаемое|популярное|обсуждаемое)|^most (?:read|popular|viewed)")
#: what a list of teasers carries between its titles (rules of lines removed), besides separators without a letter
_TEASER_PARTS = re.compile(r"date|number_line|counter_line|image|caption|ascii_slug|read_more|counter|stat_count|photo")


def pointer(s: str) -> tuple[bool, str] | None:
    """``(True, "")`` for a lone pointer line, ``(True, title)`` for a pointer glued to the title it links to, None
    for no pointer (or a pointer word going on as a sentence: lower case after it, or no title after it)."""
    t = s.strip()
    m = _POINTER_NOUN.match(t) or _POINTER_WORD.match(t)
    if m is None:
        return None
    rest = t[m.end():]
    if rest[:1].isalpha() and not rest[:1].isupper():
        return None  # "Previously …", "следующая статьями": the word goes on
    if rest[:1].isalpha() and not t[m.end() - 1:m.end()].islower():
        return None  # "NEXTEL": glued in capitals is one word, not a pointer and a title
    rest = rest.strip(_SEP)
    if not rest:
        return True, ""
    return (True, rest) if _title(rest, LIST_CHARS) else None


_FIGURE_OPEN = re.compile(r"\d+\s")  # "50 năm …" opens with a figure, no list number ("1. …", "2) …")


def _title(s: str, chars: int) -> bool:
    """Headline-shaped: three to thirty words, ``chars`` characters at most, opening with a capital, a digit or a quote,
    no full stop, colon, semicolon or comma at its end ("!" and "?" end titles)."""
    raw = s.strip()
    s = strip_bullet(raw)
    words = s.split()
    first = s.lstrip("«\"“'‘(")[:1]
    return 3 <= len(words) <= MAX_WORDS and len(s) <= chars and s[-1:] not in _BAD_END \
        and (first.isdigit() or (first.isalpha() and first.isupper()) or _FIGURE_OPEN.match(raw) is not None)


def _grammar_heading(s: str) -> bool:
    t = " ".join(line_folded(strip_bullet(s.strip())).rstrip(" :：»›>….").split())
    return len(t) <= 40 and _HEADING_GRAMMAR.fullmatch(t) is not None


def _body(lines: list[str], bad: set[int]) -> list[int]:
    return [i for i in range(len(lines)) if i not in bad and (_sentence_like(lines[i]) or len(lines[i]) > 150)]


def pointer_titles(lines: list[str], removed: set[int]) -> dict[int, tuple[str, str]]:
    """Pointer lines with their titles after the article's first line of text: index -> (rule, note)."""
    found = {i: p for i, s in enumerate(lines) if (p := pointer(s)) is not None}
    if not found:
        return {}
    marks: dict[int, str] = {}
    for i, (_, title) in found.items():
        if title:
            marks[i] = f"a pointer to another item glued to its title ({lines[i].strip()[:40]!r})"
            continue
        marks[i] = "a pointer to the previous or next item, standing alone"
        j = i + 1
        if j < len(lines) and j not in found and _title(lines[j], POINTED_CHARS):
            marks[j] = f"the title under the pointer {lines[i].strip()[:30]!r} (the item it links to)"
    body = _body(lines, removed | set(marks))
    if not body:
        return {}
    return {i: (POINTER_RULE, note) for i, note in marks.items() if i not in removed and i > body[0]}


def story_list(lines: list[str], removed: dict[int, tuple[str, str | None]]) -> dict[int, tuple[str, str]]:
    """Titles of a list of other stories under a removed heading after the article's text, furniture between them:
    index -> (rule, note)."""
    def heading(i: int) -> bool:
        if _grammar_heading(lines[i]):
            return True  # removed or not: its words say what it heads
        return i in removed and (list_heading(lines[i]) or (str(removed[i][0]) in HEADING_RULES
                                                            and bool(_STORIES.search(lines[i]))))

    heads = [i for i in range(len(lines)) if heading(i)]
    if not heads:
        return {}
    body = _body(lines, set(removed))
    lists: dict[int, tuple[bool, list[int], int | None]] = {}  # heading -> (a list of teasers?, titles, next heading)
    for h in heads:
        titles: list[int] = []
        ok, stop = any(b < h for b in body), None  # (a heading above the article: what follows may be its own text)
        for j in range(h + 1, len(lines)) if ok else ():
            if heading(j):
                stop = j
                break
            if j in removed:
                if any(ch.isalpha() for ch in lines[j]) and not _TEASER_PARTS.search(str(removed[j][0])):
                    ok = False  # other furniture (tags, contacts, a footer): not a list of teasers to its end
                    break
                continue
            if not lines[j].strip():
                continue
            if not _title(lines[j], LIST_CHARS):
                ok = False  # a sentence or a paragraph: the article may go on under a sidebar's heading
                break
            titles.append(j)
        lists[h] = (ok, titles, stop)

    def taken(h: int) -> bool:
        # two titles at least; or one, when the next heading's own list is taken (two widgets stacked: "Tin bài liên
        # quan" over one title, then "Đọc nhiều" over four)
        ok, titles, stop = lists[h]
        return ok and (len(titles) >= 2 or (len(titles) == 1 and stop is not None and taken(stop)))

    out: dict[int, tuple[str, str]] = {}
    for h in heads:
        titles = lists[h][1]
        if not taken(h):
            continue
        if h not in removed:
            out[h] = (LIST_RULE, f"the heading of {len(titles)} titles of other stories after the article's text "
                                 "(a noun for stories and a word of sameness, otherness or age, or a list's measure)")
        for j in titles:
            out[j] = (LIST_RULE, f"one of {len(titles)} titles under the heading {lines[h].strip()[:40]!r} after "
                                 "the article's text, to the page's end or the next such heading, separators, "
                                 "dates or images between them")
    return out


class StoryRuns:
    """The story-runs layer (:class:`~.marks.LineLayer`): reads what every layer before it removed."""

    def mark(self, marks: "Marks") -> None:
        lines = marks.line_texts()
        new = pointer_titles(lines, set(marks.removed))
        new.update({i: v for i, v in story_list(lines, dict(marks.removed)).items() if i not in new})
        marks.removed.update({i: v for i, v in new.items() if i not in marks.removed})
