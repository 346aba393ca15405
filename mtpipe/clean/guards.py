"""Guards that take lines back from a rule where its premise does not hold (issue 12, round 21d).

Each guard reads the shape and position of the lines a rule is about to remove, never their wording:

* :func:`closes_page`: the menu rule removes a run of short lines "outside the article"; when the article
  it measured against is a single sentence-like line and the run closes the page (no line after it,
  removed or kept), the run is where the page's own text begins (a document's title block and first
  headings, the store having cut the text after them), not a footer menu: a footer stands above the
  site's closing lines (copyright, contacts), and one sentence is too little to tell the article's edges;
* :func:`sibling_items`: ``dedupe.covered`` removes a paragraph that the next ones repeat in order (a lead
  running two paragraphs together, cut off); when it and those paragraphs are items of one list (the same
  bullet, or a number each), they are parallel items written on one pattern ("• Ứng viên … bậc Đại học …
  25 tuổi …" then "• Ứng viên … bậc Thạc sĩ … 35 tuổi …"), each its own sentence, no copy of a lead;
* :func:`numbered_heading`: ``dedupe.near`` removes a later line close to an earlier one; when the later one
  opens with a section number ("1.", "I.", "2.1") the earlier one lacks, it is the text's own numbered
  heading taking up the title (a Q&A or legal page's first section), not a second print of the title.

Round 22a (prec22), from a precision probe on clean running text (``benchmarks/cleanprobe.py``, dev half):

* :func:`one_letter_glue`: ``boilerplate.glued_crumbs`` counts a lower-case letter meeting a capital inside a
  token as two link labels glued; when the lower-case piece is one letter opening the token, it is a one-letter
  word that lost its space ("Секс вРоссии" in a post), not a label: a breadcrumb's labels are words;
* :func:`all_stopped`: ``boilerplate.region`` takes the short lines above the text as a header; when every one of
  them ends with a sentence stop they are short sentences (an announcement's own lines), not menu items;
* :func:`long_clause`: ``boilerplate.lower_edge`` takes a short lower-case line outside the body as a tag or menu
  item; an all lower-case line whose first clause holds five words or more and goes on after a comma is a sentence
  written without its capitals (a comment, a post); not for Vietnamese, whose words are syllables;
* :func:`clause_sentence`: ``boilerplate.glued_crumbs`` takes a line with two glue points (a lower-case letter
  meeting a capital) as labels glued; a line of eight words or more with a comma is a sentence with clauses whose
  capitals are stylised ("… мой ураган, мою прЫнцЭссу …" in a post), not a breadcrumb (its labels have no commas);
* :func:`text_first`: ``boilerplate.site_notice`` takes a line of up to three sentences naming a site; when its
  first sentence is a full sentence (eight words or more) that names no site and addresses no reader, the line is
  the text going on to mention a site ("… Точное расписание вы найдете на официальном сайте …"), not a notice.

Round 23d (prec23), from a removal audit of fresh real pages (``benchmarks/removal_audit.py``, audit23's dev half):

* :func:`text_goes_on`: ``boilerplate.lower_edge`` takes a short lower-case line "after the article" when no
  sentence-like line follows it; when a live line after it holds a whole sentence and goes on (eight words or
  more, a sentence end inside), the article has not ended: the line is the text's own ("имеем в начале ссылку на
  файл", then an example, then "Не серьезно … в uppod. Решил сделать … вот такой:" in a forum post);
* :func:`title_clause`: ``dedupe.truncated_lead`` removes a line that the next paragraph starts with and goes on
  from (a teaser cut off at a length); when the line is short (14 words at most) and the paragraph goes on from it
  with a clause mark (a comma, dash, colon, semicolon or bracket: "…, сообщает пресс-служба …"), the line is the
  title the lead takes up and extends, not a cut: a teaser is cut at a length, not at the end of a clause;
* :func:`section_numbered`: ``boilerplate.caps_tail`` takes a short line in capitals after the article's last
  sentence as a footer's link heading; a line opening with a section number ("I. MỤC ĐÍCH, YÊU CẦU", "2. ОБЩИЕ
  ПОЛОЖЕНИЯ") is the document's numbered heading (a plan or act cut after its preamble), not a link heading.

Found on the held half of audit23 after it was judged (post-hoc: the held figure after these is not blind), both
the same shapes as above or as round 22a's:

* :func:`numbered_title`: ``boilerplate.masthead`` takes an upper-case line with a digit that reads as a date; a
  section number opening the line with no other digit ("1. ОБЩИЕ ПОЛОЖЕНИЯ", "1. LAPTOP, PC BỊ ĐƠ …") is a
  numbered heading, its number no day;
* :func:`one_letter_tail`: ``boilerplate.glued_crumbs`` counts a lower-case letter meeting a capital inside a
  token; a lone capital closing the line's last token ("ТестоВ", "СольВ": a page whose no-break spaces were decoded
  in the wrong code page, "В" and a space at every line end) is no second label: a breadcrumb's labels are words.

Round 24p (prec24), from audit23's held half (read post-hoc) and held2, before held3 was run:

* :func:`word_column`: a page printed one word a line ("TRƯỜNG / TIỂU / HỌC / … / Trong / tiết / trời / mát / mẻ,",
  a school's news whose every space became a line break) is a run of one-token lines that reads as text: function
  words among them (three in lower case at least) and a comma or stop closing a word, or the sentence going on
  from the run into the line below it; the menu, region and date rules take such lines as a column of labels, but
  a menu's labels carry no function words and no commas, and no sentence goes on from them;
* :func:`table_letterhead`: an official document's header laid out as a table (the issuer's name in one cell, the
  state's name and motto in the next, a cell rule "|" between): two cells or more of two lines or more each, the
  first line of each in capitals, at the page's top; a menu laid out as a table has one label a cell;
* :func:`section_mark`: a line holding only a section number ("1.", "I.", "2)") marks the heading on the next
  line; it is no counter for ``boilerplate.date_line``, and the heading after it is no byline;
* :func:`date_label` / :func:`date_cut` (both, with :func:`section_mark`, in :func:`date_fragment`):
  ``boilerplate.date_line`` takes a line of date words and digits; one
  ending with a colon is a label announcing what follows ("* Ngày 1:", a day of a travel plan), and one whose last
  word waits for its number on the next line, which goes on as a sentence ("Ngày 22 tháng" over "7 năm 2021 của
  Ủy ban …", a soft-broken sentence), is a fragment of the text, not a date line;
* :func:`phrase_heading`: ``dedupe.contained`` removes a line an earlier paragraph holds; when the line opens with a
  capital and the paragraph holds it in lower case inside a sentence (after a word, not at a sentence start:
  "… nên áp dụng những mẹo chữa ho cho trẻ an toàn, dứt điểm bằng phương pháp dân gian …" above the subheading
  "Chữa ho cho trẻ an toàn, dứt điểm bằng phương pháp dân gian"), after a sentence of that paragraph has ended,
  the line is a subheading taking up a phrase of the text, not a copy of a sentence (a caption or a teaser copies
  sentences whole; a teaser line also copies a phrase of a one-sentence title);
* :func:`parallel_items` (``dedupe.near``): two items of one list (the same bullet, or a number each) close
  together that differ in words ("• Giải nhì: … 2.000.000 đồng." under "• Giải nhất: … 3.000.000 đồng.") are
  parallel items; two that differ in their numbers alone ("1. <title>, часть 1." / "2. <title>, часть 2.", a
  series' links) are still near copies.

Round 25p (prec25): :func:`section_numbered` also reads a Roman section number closed by a dash ("I- TẠO LẬP
VỐN", held20's last line, ``caps_tail``); the round's other guards are in :mod:`~.headings`.

Round 28d (crawlprec28): :func:`below_stamp`: ``boilerplate.region`` takes the short lines above the text as the
site's header when the region holds furniture; the lines below the post's own date stamp (a line the date rules took,
standing below every line of furniture: a blog's "Thứ Bảy, 26 tháng 3, 2022" over "BẢN TIN HÀNG TUẦN SỐ 703" and the
Sunday's name) are the post's head, not the site's: a site's header stands above a post's date, not under it.
The same stamp (a full date, :func:`_full_date`, with removed lines above it) keeps ``boilerplate.caps_head``
(:mod:`~.layout`) off a run of lines in capitals right under it: the post's title lines, not a navigation menu.

Also (in :mod:`~.layout`): a Russian act's number line with its place of issue ("№ 134 п. Красноармейский")
anchors the letterhead above it, a line in capitals closing a quote belongs to it, and ``dedupe.contained`` takes
no letterhead line.
"""

from __future__ import annotations

import re

from .structure import arithmetic
from .templates import _DATE_TOKEN
from .words import line_folded, line_words

__all__ = ["closes_page", "sibling_items", "numbered_heading", "one_letter_glue", "all_stopped", "long_clause",
           "text_first", "clause_sentence", "text_goes_on", "title_clause", "section_numbered", "numbered_title",
           "one_letter_tail", "word_column", "table_letterhead", "section_mark", "date_label", "date_cut",
           "date_fragment", "after_mark", "phrase_heading", "parallel_items", "below_stamp"]

_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_DAY_MONTH = re.compile(r"(?<!\d)\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?!\d)|\b(?:tháng|ngày)\s*\d", re.IGNORECASE)
_BULLETS = "•·*▪►›»–-+"
_NUMBERED = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*[.)]|[a-zа-яđ][.)])\s", re.IGNORECASE)
_SECTION = re.compile(r"^(?:(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})[.)]|[IVX]{1,4}\s?[-–])\s+\S")


def closes_page(run: list[int], n: int, body: list[int]) -> bool:
    """True when the run of line indexes ``run`` ends the document of ``n`` lines after a body (sentence-like
    lines kept) of one line at most before it."""
    return bool(run) and run[-1] == n - 1 and len([b for b in body if b < run[0]]) <= 1


def _marker(line: str) -> str:
    s = line.lstrip()
    if s[:1] and s[:1] in _BULLETS and s[1:2].isspace():
        return s[:1]
    return "#" if _NUMBERED.match(s) else ""


def sibling_items(line: str, nexts: list[str]) -> bool:
    """True when ``line`` and every line of ``nexts`` open with one list marker (the same bullet, or a number
    or letter each: "1.", "2.1.", "a)")."""
    m = _marker(line)
    return bool(m) and bool(nexts) and all(_marker(t) == m for t in nexts)


def numbered_heading(first: str, later: str) -> bool:
    """True when ``later`` opens with a section number ("1. ", "IV. ", "2.1) ") and ``first`` opens with none."""
    return bool(_SECTION.match(later.lstrip())) and not _SECTION.match(first.lstrip())


def one_letter_glue(token: str, cut: int) -> bool:
    """True when the glue point ``cut`` of ``token`` follows a lone lower-case letter opening it ("вРоссии")."""
    return cut == 1 and token[:1].islower()


_STOP_END = re.compile(r"[.!?…][)»\"”’]*$")


def all_stopped(lines: list[str]) -> bool:
    """True when there are lines and every one ends with a sentence stop (after closing quotes or brackets)."""
    return bool(lines) and all(_STOP_END.search(t.strip()) for t in lines)


_WORD = re.compile(r"[^\W\d_]+(?:[*-][^\W\d_]*)*|\*+[^\W\d_]+")


def long_clause(s: str, words: int = 5) -> bool:
    """True when the line is all lower case, goes on after a comma or semicolon, and its first clause (before it)
    holds ``words`` words or more: a sentence with its clauses, where a tag list's items are a word or three and a
    tag phrase has no comma (a capital inside is a name, a label or two blocks joined: not this class)."""
    if s != s.lower():
        return False
    parts = re.split(r"[,;]\s", s.strip(), maxsplit=1)
    return len(parts) == 2 and bool(_WORD.search(parts[1])) and len(_WORD.findall(parts[0])) >= words


_FIRST_SENTENCE = re.compile(r"^(.*?[^\W\d_]{2}[.!?…])\s+[^\W\d_]", re.DOTALL)


def text_first(s: str, names_site: "re.Pattern[str]", addresses: "re.Pattern[str]", words: int = 8) -> bool:
    """True when the line's first sentence (it has more than one) holds ``words`` words or more and neither names
    a site (``names_site``) nor addresses the reader (``addresses``)."""
    m = _FIRST_SENTENCE.match(s.strip())
    if not m:
        return False
    first = m.group(1)
    return len(_WORD.findall(first)) >= words and not names_site.search(first) and not addresses.search(first)


def clause_sentence(s: str, words: int = 8) -> bool:
    """True when the line holds ``words`` words or more and a comma followed by a space (clauses of a sentence)."""
    return ", " in s and len(_WORD.findall(s)) >= words


def text_goes_on(lines: list[str], i: int, bad: set[int], words: int = 8) -> bool:
    """True when a live line after line ``i`` (not in ``bad``) holds ``words`` words or more and a whole sentence
    with text after it (a sentence end inside the line, then a letter): the article goes on below line ``i``."""
    for j in range(i + 1, len(lines)):
        if j in bad:
            continue
        m = _FIRST_SENTENCE.match(lines[j].strip())
        if m and len(_WORD.findall(lines[j])) >= words and len(_WORD.findall(m.group(1))) >= 3:
            return True
    return False


_CLAUSE_MARK = re.compile(r"\s*[,:;(\u2014\u2013-]")


def title_clause(line: str, full: str, words: int = 14) -> bool:
    """True when ``line`` holds ``words`` words at most and ``full`` opens with it (case aside), then a clause
    mark: a comma, colon, semicolon, bracket or dash."""
    s = line.strip()
    f = full.strip()
    if len(_WORD.findall(s)) > words or not f.casefold().startswith(s.casefold()):
        return False
    return _CLAUSE_MARK.match(f[len(s):]) is not None


def section_numbered(s: str) -> bool:
    """True when the line opens with a section number ("1. ", "IV. ", "2.1) ")."""
    return _SECTION.match(s.lstrip()) is not None


def numbered_title(s: str) -> bool:
    """True when the line opens with a section number and holds no other digit after it."""
    m = _SECTION.match(s.lstrip())
    return m is not None and not any(ch.isdigit() for ch in s.lstrip()[m.end():])


def one_letter_tail(token: str, cut: int, last: bool) -> bool:
    """True when ``token`` is the line's ``last`` and its glue point ``cut`` leaves a lone capital closing it
    ("ТестоВ"); inside a line a lone capital may be a one-letter word opening the next label ("НовостиВ мире")."""
    return last and cut == len(token) - 1 and token[-1:].isupper()


_MARK_ONLY = re.compile(r"^(?:\d{1,2}|[IVXLC]{1,5})[.)]$")
_TOKEN_END = re.compile(r"[,.;!?…]$")


def section_mark(s: str) -> bool:
    """True when the line holds only a section number with its stop: "1.", "IV.", "2)"."""
    return _MARK_ONLY.match(s.strip()) is not None


def _joined_tail(s: str) -> bool:
    """The column's last word in capitals joined to the text's first sentence: "SÁCH Sáng nay các em …"."""
    t = s.split()
    return len(t) >= 3 and len(t[0]) >= 2 and t[0].isupper() and t[0].isalpha() and t[1][:1].isupper() \
        and not t[1].isupper() and t[2][:1].islower()


def word_column(lines: list[str], stop: "frozenset[str]", run_min: int = 8, words: int = 6) -> set[int]:
    """Indexes of a run of short lines (three tokens at most) holding ``run_min`` one-token lines or more that reads
    as text: its one-token lines hold three function words (``stop``) or more, three lower-case words or more and a
    comma or stop closing a word; or the line after the run holds ``words`` words or more and goes on from it: both
    open in lower case, or it opens with the column's last word in capitals glued to the sentence ("SÁCH Sáng nay
    các em …": the soft-break pass joins a few of the words)."""
    out: set[int] = set()
    i, n = 0, len(lines)
    while i < n:
        j = i
        while j < n and lines[j].strip() and len(line_words(lines[j])) <= 3:  # (perf79, perf92)
            j += 1
        toks = [lines[k].strip() for k in range(i, j) if len(line_words(lines[k])) == 1]
        if len(toks) >= run_min:
            func = sum(line_folded(t).strip(",.;!?…") in stop for t in toks)
            nxt = lines[j].strip() if j < n else ""
            if (func >= 3 and sum(t[:1].islower() for t in toks) >= 3
                    and any(_TOKEN_END.search(t) and t[:1].isalpha() for t in toks)) \
                    or (len(nxt.split()) >= words and (lines[j - 1].strip()[:1].islower() and nxt[:1].islower()
                                                       or _joined_tail(nxt))):
                out.update(range(i, j))
        i = max(j, i + 1)
    return out


_CELL_RULE = re.compile(r"^[|¦]{1,2}$")


def _caps_line(s: str) -> bool:
    letters = [ch for ch in s if ch.isalpha()]
    return len(letters) >= 3 and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


def table_letterhead(lines: list[str], top: int = 1, words: int = 8) -> set[int]:
    """Indexes of the cells' lines of a header laid out as a table at the page's top (its first cell opening at
    line ``top`` at most): cells are runs of lines between cell rules ("|"); two cells or more, adjacent, of two
    lines or more each (or one of five words or more: its lines joined) (``words`` words at most a line, no sentence
    end), each opening with a line in capitals."""
    cells: list[list[int]] = []
    cur: list[int] = []
    for i, line in enumerate(lines):
        s = line.strip()
        if _CELL_RULE.match(s):
            if cur:
                cells.append(cur)
                cur = []
            continue
        if len(line_words(s)) > words or _STOP_END.search(s):
            break
        cur.append(i)
    good: list[int] = []
    for cell in cells:
        # (a cell's wrapped name joined at a soft break is one line of five words or more: seg39)
        if (len(cell) >= 2 or len(lines[cell[0]].split()) >= 5) and _caps_line(lines[cell[0]]):
            good.append(cell)  # type: ignore[arg-type]
        else:
            break
    if len(good) < 2 or good[0][0] > top:  # type: ignore[index]
        return set()
    return {i for cell in good for i in cell}  # type: ignore[union-attr]


_WAITS = re.compile(r"(?:^|\s)[^\W\d_]+$")


def date_label(s: str) -> bool:
    """True when the line ends with a colon: a label announcing what follows, not a date line."""
    return s.rstrip().endswith(":")


def date_cut(s: str, nxt: str, is_date: "object", words: int = 6) -> bool:
    """True when the line ends with a word (its date waits for a number) and the next line opens with a digit or
    a lower-case letter, holds ``words`` words or more and is no date line itself (``is_date``): a sentence broken
    across lines."""
    t = nxt.strip()
    return bool(_WAITS.search(s.rstrip())) and bool(t) and (t[0].isdigit() or t[0].islower()) \
        and len(t.split()) >= words and not is_date(t)  # type: ignore[operator]


_SENTENCE_GAP = re.compile(r"[^\W\d_]{2}[.!?…][)»\"”’]*\s+\S")


def phrase_heading(line: str, para: str) -> bool:
    """True when ``line`` opens with a capital and ``para`` holds it (case aside, its closing stop aside) inside a
    sentence, in lower case, after a word, a sentence of ``para`` having ended before: a heading taking up a phrase
    of the text."""
    s = line.strip().rstrip(".!?…:;")
    if not s[:1].isupper():
        return False
    p = para.casefold().find(s.casefold())
    if p <= 0 or not para[p:p + 1].islower():
        return False
    before = para[:p].rstrip()
    # in the text's body: a sentence ends before it (a title holding the phrase is one sentence: a teaser's copy)
    return bool(before) and (before[-1:].isalnum() or before[-1:] in ",;") and _SENTENCE_GAP.search(before) is not None


_DIGITS = re.compile(r"\d+")


def parallel_items(first: str, later: str) -> bool:
    """True when both lines open with one list marker and differ in more than their numbers."""
    return sibling_items(first, [later]) and _DIGITS.sub("", first).strip().casefold() \
        != _DIGITS.sub("", later).strip().casefold()


def other_values(first: str, later: str) -> bool:
    """True when the two lines are one field (:data:`_FIELD`, a label and a colon) with other numbers ("Стоимость:
    3400 руб." and "Стоимость: 3000 руб."): the same field of two records of a listing, each its own fact (round 28c,
    held23), not one line printed twice."""
    return _FIELD.match(first) is not None and _DIGITS.sub("", first).strip().casefold() \
        == _DIGITS.sub("", later).strip().casefold() and _NUMS.findall(first) != _NUMS.findall(later)


_NUMS = re.compile(r"\d+")
#: a field: a label of one to four words and a colon, then its value ("Кол-во номеров: 12")
_FIELD = re.compile(r"^\W*[^\W\d_]+(?:[ .-]{1,2}[^\W\d_]+){0,3}\s*:\s*\S")


def date_fragment(s: str, nxt: str, is_date: "object") -> bool:
    """True when a date-worded line is a section number, a label, a date cut across lines (``nxt`` the next) or a
    sum (:func:`~.structure.arithmetic`)."""
    return section_mark(s) or date_label(s) or (bool(nxt) and date_cut(s, nxt, is_date)) or arithmetic(s)


def after_mark(lines: list[str], i: int) -> bool:
    """True when the line above line ``i`` holds only a section number: line ``i`` is that section's heading."""
    return i > 0 and section_mark(lines[i - 1])


def _full_date(s: str) -> bool:
    """A calendar date: a year with a month or weekday name or a numeric day and month ("Thứ Bảy, 26 tháng 3, 2022",
    "12.03.2024"); an issue's number with its year ("№ 3 (73) 2024") or a counter is none."""
    return bool(_YEAR.search(s)) and bool(_DATE_TOKEN.search(s.casefold()) or _DAY_MONTH.search(s))


def below_stamp(cand: list[int], lines: list[str], removed: "dict[int, tuple[str, str | None]]",
                furniture: "object") -> list[int]:
    """``cand`` without the lines below the post's date stamp: the first line a date rule took (its rule names a
    date; a full date, :func:`_full_date`) that stands below every removal ``furniture(rule)`` calls furniture and
    above a candidate."""
    if not cand:
        return cand
    ev = max((i for i, r in removed.items() if i < cand[-1] and furniture(str(r[0]))), default=-1)  # type: ignore[operator]
    stamp = min((i for i, r in removed.items() if ev < i < cand[-1] and "date" in str(r[0]) and _full_date(lines[i])),
                default=None)
    return cand if stamp is None else [i for i in cand if i < stamp]
