"""Labelled widget lines and a section label printed twice above the title (issue 12, round 23b).

Five classes from what the cleaner left on held17-held19, each kept only where it carries to sites that did not
inspire it (counts in ``benchmarks/README.md``, "Round 23b"); each reads a line's shape and place, and the first two a
closed class of labels that CMSs print the same way everywhere (like the login box of :mod:`.captions`):

* :func:`keywords`: an article's keyword block, a keywords label ("Keywords", "Ключевые слова", "Từ khóa", "关键词")
  followed by a colon and its terms, or standing alone above a line of comma-separated terms ("Ключевые слова" /
  "Китай, экспертная дипломатия, …") -> ``boilerplate.keywords``.  ``boilerplate.tag_list`` takes short tags; a
  paper's keywords are phrases of several words ("chính sách thương mại biên giới, hợp tác …").  Not a sentence
  about keywords: the terms hold no sentence end (a final stop and an abbreviation's aside) and no clause of eight words
  or more (but one of ten in a list of three terms or more), and a label standing alone needs its list below;
* :func:`comment_counters`: a comment counter, the word for comments with its count in brackets or after "number"
  ("Bình luận(0) Đăng nhập để gửi bình luận!", "Обсуждение ( 2 комментария )", "Comment number 108.", "Report
  this comment (Comment number 108)"): at most four words before the count and six after it ->
  ``boilerplate.comment_counter``; a sentence that mentions comments with a number is longer, or has no count right
  after the word;
  a Q&A page's answers counter is the same furniture: the word for answers (plural), at most "на вопрос" after it,
  and its count in brackets ending the line ("Ответы на вопрос (1):" above the answers, ``t31ru06``; "Câu trả lời
  (2)", "Answers (3)"); "Ответ: 42" (no brackets, one answer) and a sentence with counts stay;
* :func:`doubled_label`: above the article's text, a line the page prints twice in a row (its copy, one or two lines
  below, removed by the duplicate layer) while another headline stands right above the text: the doubled line is the
  site's or section's label ("Kinh tế nông thôn" twice, dates, then the story's own title), not the title, which the
  page prints once where the text begins -> ``boilerplate.doubled_label``.  Only a doubled line shorter than that
  headline: an article's title printed twice above its fields ("Авторы" / a name right above the abstract) stays.
  A title printed twice and then a lead that the text repeats (an agency's lead above its dateline copy) keeps its
  title: the line above the text must not open a sentence of the first paragraph with its first words; nor may it be
  a place's address (:func:`~.signoff.address_line`: "Nhà thờ Giáo họ Vát Cấp" printed twice over "Xã Bắc Hải, huyện
  Tiền Hải, tỉnh Thái Bình", held41's ``h41vi15``, cp63): the address under a place's name is no headline, the name
  printed twice is the title;
* :func:`more_headings`: the heading of a list of other items, a closed class of openings ("More …", "Other …",
  "Related …", "Другие …", "Похожие …", "… khác"), five words at most, no sentence end: after the article's last line
  of text, or inside it when its next live line is no paragraph and no bulleted or numbered item (a teaser's headline
  under "More on This Story") -> ``boilerplate.more_heading``;
* :func:`tag_labels`: a post's tags after a tags label ("Теги: Любытинский округ, Зарубино, детская площадка",
  ``h44ru06``; "Метки: …", "Tags: games", crawl's washingtonpost pages) -> ``boilerplate.tag_label``.
  ``boilerplate.tag_list`` reads tags by shape alone and is held on Russian pages (it took real lists of places
  there); the label is the evidence it lacks.  The terms: :data:`MAX_TAG_WORDS` words each at most, no function word
  of the page's language (a tag is a name or a noun phrase), no sentence end anywhere; one term or many.  A sentence
  after the label ("Метки: на упаковке указаны сроки.") and a field of another kind stay; the Vietnamese "Thẻ:" is
  ``portal.tags``' (:mod:`.vi_portal`), where "thẻ" is also a payment card;
* :func:`rubric_pairs`: above the article's text, two category names of one or two words each, both capitalised,
  joined by a spaced dash or slash ("Văn hóa - Xã hội", "База данных - HighLoad оптимизация"), while another headline
  of four words or more stands above the text too -> ``boilerplate.rubric_pair``.  A headline "Россия - Китай" that is
  the page's only one stays (nothing else can be its title).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import guards
from .features import _headline_like, _stop_share
from .lines import dedupe_key
from .signoff import address_line
from .ru_genitive import _guessed
from .templates import word_count, words_at_least
from .widgets import _body
from .words import line_folded

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["LabelLines", "keywords", "comment_counters", "doubled_label", "more_headings", "rubric_pairs", "tag_labels"]

KEYWORDS = "boilerplate.keywords"
COMMENTS = "boilerplate.comment_counter"
DOUBLED = "boilerplate.doubled_label"
_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)

_KW_LABEL = re.compile(r"^(?:key\s*words?|keywords?|index terms|ключевые слова|từ khóa|từ khoá|関鍵詞|关键词|關鍵詞)"
                       r"\s*(?P<colon>[:：.—–-])?\s*(?P<rest>.*)$", re.IGNORECASE)
_STOPS = ".!?…。！？"
_COMMENT_WORD = r"(?:comments?|комментари[йяи]?\w*|обсуждени[ея]|отзыв(?:ы|ов)?|bình luận|ý kiến|nhận xét|评论|留言)"
_COUNT = re.compile(r"(?:all\s+)?" + _COMMENT_WORD + r"\s*(?:number\s*\d+|[(\[]\s*\d+(?:\s*(?:of|из)\s*\d+)?"
                    r"\s*" + _COMMENT_WORD + r"?\s*[)\]])", re.IGNORECASE)
#: a Q&A page's answers counter, the whole line (cp46): the plural word for answers and a count in brackets at its end
_ANSWERS = r"(?:ответы|ответов)(?:\s+на\s+вопросы?)?|answers|(?:các\s+)?câu\s+trả\s+lời|trả\s+lời"
_ANSWER_COUNT = re.compile(r"(?:" + _ANSWERS + r")\s*[(\[]\s*\d+\s*[)\]]\s*:?", re.IGNORECASE)
#: every count holds a digit: the lines without one are not searched (_COUNT's optional lead retried every position)
_DIGIT = re.compile(r"\d")
MAX_BEFORE, MAX_AFTER = 4, 6  # words around a comment count
MAX_TERM_WORDS = 7  # one keyword phrase
LONG_LIST, MAX_LONG_TERM_WORDS = 3, 10  # ... but one of a list of three terms or more may be this long
_ABBREVIATION = re.compile(r"(?<![^\W\d_])([A-ZĐ][A-Za-zĐđ]{0,2})\.(?=\s*[A-ZÀ-ỸĐ])")  # "TP. Hồ Chí Minh"
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?…])\s+")


def _terms(s: str) -> bool:
    """A list of keyword terms: no sentence inside (an abbreviation's stop before a capital aside: "TP. Hồ Chí
    Minh"), each term (split at , ; ·) a phrase of a few words; in a list of :data:`LONG_LIST` terms or more, one
    may run to :data:`MAX_LONG_TERM_WORDS` words ("du lịch nghỉ dưỡng kết hợp vui chơi giải trí", vi41)."""
    s = _ABBREVIATION.sub(r"\1", s.strip().rstrip(".").strip())
    if not s or any(ch in s for ch in _STOPS):
        return False
    parts = [p.strip() for p in re.split(r"[,;，；、·|]", s) if p.strip()]
    long = [p for p in parts if words_at_least(p, MAX_TERM_WORDS + 1)]
    return bool(parts) and (not long or (len(parts) >= LONG_LIST and len(long) == 1
                                         and not words_at_least(long[0], MAX_LONG_TERM_WORDS + 1)))


def keywords(lines: list[str], bad: set[int]) -> dict[int, tuple[str, str]]:
    """A keywords label with its terms on the line, or alone above a line of terms (both lines go)."""
    out: dict[int, tuple[str, str]] = {}
    live = [i for i in range(len(lines)) if i not in bad]
    for k, i in enumerate(live):
        m = _KW_LABEL.match(lines[i].strip())
        if m is None:
            continue
        rest = m.group("rest")
        if rest and m.group("colon") and _terms(rest):
            out[i] = (KEYWORDS, "a keywords label with its terms: the article's index terms, no text")
        elif not rest and k + 1 < len(live) and "," in lines[live[k + 1]] and _terms(lines[live[k + 1]]):
            nxt = live[k + 1]
            out[i] = (KEYWORDS, "a keywords label standing alone above a line of terms")
            out[nxt] = (KEYWORDS, "the terms under a keywords label")
    return out


TAG_LABEL = "boilerplate.tag_label"
#: a tags label and its terms (the label's closed class; "Thẻ" is vi_portal's)
_TAG_LABEL = re.compile(r"^\W{0,3}(?:теги|тэги|теги статьи|метки|тег|метка|tags?)\s*[:：]\s*(?P<rest>\S.*)$",
                        re.IGNORECASE)
MAX_TAG_WORDS = 4  # one tag


def tag_labels(lines: list[str], bad: set[int], lang: str) -> dict[int, tuple[str, str]]:
    """A tags label with its tags on the line: short terms without function words, no sentence (module docstring)."""
    out: dict[int, tuple[str, str]] = {}
    for i, line in enumerate(lines):
        m = _TAG_LABEL.match(line.strip()) if i not in bad else None
        if m is None or any(ch in m.group("rest") for ch in _STOPS):
            continue
        terms = [t.strip() for t in re.split(r"[,;，；、·|]", m.group("rest")) if t.strip()]
        if terms and all(_WORDS.search(t) and not words_at_least(t, MAX_TAG_WORDS + 1) and _stop_share(t, lang) == 0
                         for t in terms):
            out[i] = (TAG_LABEL, "a tags label with its tags: short terms, no function word, no sentence")
    return out


def comment_counters(lines: list[str], bad: set[int]) -> dict[int, tuple[str, str]]:
    """The word for comments and its count, a few words around it at most."""
    out: dict[int, tuple[str, str]] = {}
    for i, line in enumerate(lines):
        if i in bad:
            continue
        s = line.strip()
        if _DIGIT.search(s) and _ANSWER_COUNT.fullmatch(s):
            out[i] = (COMMENTS, "an answers counter (the word for answers and a count in brackets)")
            continue
        # every count holds a bracket or "number" (perf59: folded as controls._NOTICE_SEEDS)
        m = _COUNT.search(s) if _DIGIT.search(s) and ("(" in s or "[" in s or "number" in line_folded(s)) else None
        if m is None or word_count(s[:m.start()]) > MAX_BEFORE or word_count(s[m.end():]) > MAX_AFTER:
            continue
        if m.start() and not s[:m.start()].rstrip().endswith(("(", "[")) and word_count(s[m.end():].strip(" .)]")):
            continue  # words on both sides of a bare count: a sentence that mentions comments
        out[i] = (COMMENTS, "a comment counter (the word for comments and a count in brackets or after 'number')")
    return out


def _lead(line: str, para: str) -> bool:
    """The line is the text's lead: a sentence with its clause ("…, сообщил …") whose first words open a sentence of
    the first paragraph (an agency's lead above its dateline copy); a headline has no clause, or is not repeated."""
    head = " ".join(dedupe_key(line).split()[:6])
    return "," in line and len(head.split()) >= 4 and any(
        dedupe_key(s).startswith(head) for s in _SENTENCE_SPLIT.split(para))


def _stems(line: str) -> set[str]:
    """A line's words, lower-cased, cut to five letters (Russian endings aside); one-letter words left out."""
    return {w[:5] for w in _WORDS.findall(line.lower()) if len(w) > 1}


def _same_story(line: str, headline: str) -> bool:
    """``line`` shares at least two words and at least half of its words with ``headline`` (a title above its
    subtitle: "Mừng Lễ Bổn Mạng Giáo Xứ Vinh Hương" / "Lễ Sinh Nhật … - Bổn Mạng Giáo Xứ Vinh Hương"); a section's
    label shares a word at most ("Авто и дороги" / "Сельские дороги после паводка")."""
    own = _stems(line)
    shared = own & _stems(headline)
    return len(shared) >= 2 and 2 * len(shared) >= len(own)


def doubled_label(lines: list[str], removed: dict[int, tuple[str, str | None]]) -> dict[int, tuple[str, str]]:
    """A line printed twice in a row above another headline that stands right above the article's text."""
    bad = set(removed)
    body = _body(lines, bad)
    if not body:
        return {}
    live = [i for i in range(body[0]) if i not in bad]
    if not live:
        return {}
    title = live[-1]
    t = lines[title].strip()
    if not words_at_least(t, 3) or t[-1:] in _STOPS or _lead(t, lines[body[0]]) or address_line(t):
        return {}
    out: dict[int, tuple[str, str]] = {}
    for i in live[:-1]:
        key = dedupe_key(lines[i])
        if not key or key == dedupe_key(t) or word_count(lines[i]) >= word_count(t):
            continue  # a site's label is shorter than the story's title; a longer line printed twice is the title
        if _same_story(lines[i], t):
            continue  # the story's title printed twice above its subtitle (they share most of their words)
        copy = next((j for j in (i + 1, i + 2) if j < title and j in bad and str(removed[j][0]).startswith("dedupe.")
                     and dedupe_key(lines[j]) == key), None)
        if copy is not None:
            out[i] = (DOUBLED, f"printed twice (its copy at line {copy} removed) above the headline right above the "
                               "text: a site's or section's label, not the title")
    return out


class LabelLines:
    """The layer (:class:`~.marks.LineLayer`): keyword blocks, comment counters, a doubled label above the title."""

    def mark(self, marks: "Marks") -> None:
        lines = marks.line_texts()
        keep = guards.table_letterhead(lines)  # a header laid out as a table is the document's own (round 24p)
        for found in (keywords(lines, set(marks.removed)), comment_counters(lines, set(marks.removed)),
                      doubled_label(lines, marks.removed), more_headings(lines, set(marks.removed)),
                      rubric_pairs(lines, set(marks.removed)), tag_labels(lines, set(marks.removed), marks.lang)):
            for i, (rule, note) in found.items():
                if i not in keep:
                    marks.removed.setdefault(i, (rule, note))


MORE = "boilerplate.more_heading"
_MORE = re.compile(r"^(?:more|other|related|другие|другое|похожие|ещё|еще)\b|\bkhác\s*:?$", re.IGNORECASE)
MAX_MORE_WORDS = 5
_ITEM = re.compile(r"^\s*(?:[•·*▪►–-]|\d{1,2}[.)])\s*\S")


def more_headings(lines: list[str], bad: set[int]) -> dict[int, tuple[str, str]]:
    """The heading of a list of other items ("More on this story", "Другие репортажи", "Bài viết khác"); inside the
    article only when its next live line is neither a paragraph nor a bulleted or numbered item (a subheading "More
    questions for the minister" leads text, "Другие меры поддержки" leads the text's own list)."""
    body = set(_body(lines, bad))
    last = max(body, default=-1)
    live = [i for i in range(len(lines)) if i not in bad]
    out: dict[int, tuple[str, str]] = {}
    for k, i in enumerate(live):
        s = lines[i].strip()
        if i in body or not _MORE.search(s) or words_at_least(s, MAX_MORE_WORDS + 1) or s[-1:] in _STOPS:
            continue
        nxt = live[k + 1] if k + 1 < len(live) else None
        if nxt is not None and i < last and (nxt in body or _ITEM.match(lines[nxt])):
            continue  # inside the article: a subheading over its text, or over its own bulleted or numbered items
        out[i] = (MORE, "the heading of a list of other items, no paragraph of the article under it")
    return out


RUBRIC = "boilerplate.rubric_pair"
#: two category names of one or two words each, joined by a spaced dash or slash ("Văn hóa - Xã hội")
_NAME = r"[^\W\d_][^\s.!?:,;]*(?: [^\s.!?:,;]+)?"
_PAIR = re.compile(rf"^(?P<a>{_NAME}) [-–—/] (?P<b>{_NAME})$")
MIN_TITLE_WORDS = 4
_CYRILLIC_WORD = re.compile(r"[А-ЯЁ][а-яё]+")


def _addressed(b: str) -> bool:
    """The second name's first word is Russian with no nominative reading and a dative one: "Сталин — Эйзенхауэру",
    a letter's sender and addressee (an RT subheading under the title, rtq93), no category -- a rubric's names are
    nominative ("Политика - Экономика"; "База данных" reads "база" first)."""
    first = b.split()[0]
    if not _CYRILLIC_WORD.fullmatch(first):
        return False
    tags = _guessed(first.casefold())
    return bool(tags) and not any("nomn" in t for t in tags) and any("datv" in t for t in tags)


def rubric_pairs(lines: list[str], bad: set[int]) -> dict[int, tuple[str, str]]:
    """A rubric of two category names above the article's text, while another, longer headline stands there too."""
    body = _body(lines, bad)
    if not body:
        return {}
    head = [i for i in range(body[0]) if i not in bad]
    out: dict[int, tuple[str, str]] = {}
    for i in head:
        m = _PAIR.match(lines[i].strip())
        if m is None or not all(p[:1].isupper() for p in (m.group("a"), m.group("b"))) or _addressed(m.group("b")):
            continue
        if any(j != i and _headline_like(lines[j]) and words_at_least(lines[j], MIN_TITLE_WORDS) for j in head):
            out[i] = (RUBRIC, "two category names joined by a dash above the text, the page's headline apart: a rubric")
    return out
