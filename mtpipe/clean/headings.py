"""Guards that take headings and list items back from a rule where its premise does not hold (issue 12, round 25p,
branch prec25; the guards of earlier rounds are in :mod:`~.guards`).

From held20 (blind at the session's start, dev now) and audit23's held3 (read post-hoc): a
heading in capitals taken as a masthead, a byline or a footer's link heading, the class that recurred on held,
held3 and held20, told from a masthead or a name by its place and its digits, never its wording:

* :func:`caps_heading`: a line in capitals (four letters or more, 80% of them capitals) standing right above a
  paragraph of body text (the next live line opens with a capital, is not in capitals itself and holds ten
  words or more) is the heading of that paragraph ("CHÀO MỪNG NGÀY SÁCH VIỆT NAM 21/4" over "Sáng nay, Trường …",
  "LỜI CAM ĐOAN" over "Tôi cam đoan đây là …");
* :func:`undated_heading` (``boilerplate.masthead``): such a heading whose digits date no issue (no numeric date of
  three parts with a year, no time of day, no four-digit year: "… NGÀY 26/3 …", "… (9.1.2)") names a day or a
  clause; a masthead dates its issue ("ИТОГОВЫЙ ВЫПУСК – 19.02.03 18:13", "THỨ HAI 01/12/2014");
* :func:`clause_number` (``boilerplate.masthead``): a line whose only digits are clause numbers ("(9.1.2)",
  "8.2.1.4": three dotted parts the last of one digit, or four parts and more) holds no date at all: a day, a month
  and a year of one digit is no date;
* :func:`no_masthead`: the masthead rule's exceptions in one place (a numbered title, round 23d; the two above);
* :func:`heading_not_byline` (``boilerplate.byline``): such a heading whose removed neighbours are no date, credit or
  caption is the text's heading; a byline stands by its date or credit ("15/03/2024 / MINH ANH / body");
* :func:`contents_heading` (``dedupe.exact``): a numbered line whose first copy is an item of a list above (a
  contents list: a numbered item beside it), where neither line beside the later one repeats the line beside the
  first, is the text's numbered heading that the contents list announced ("Mục lục / - 1. Giới thiệu … / - 2. …"
  then "1. Giới thiệu …" over its text), not a reprint: a list printed twice repeats its items' neighbours too;
* :func:`announced_list` (``classifier.candidates``): a numbered item of a run of numbered items that opens right
  under a kept line ending with a colon ("Победители:" then "1. 25 кг: <name> (<place>)", "2. …") is a list the
  text announces, not a page's header or footer: the model does not judge it;
* :func:`url_dump` (``dedupe.contained``): a line contained in an earlier one that holds two web addresses or
  more (a page's head metadata printed as a line: site name, addresses, logo files, the lead) is the text, the
  earlier line the copy;
* :func:`annex_heading` (``dedupe.near``, seg39): a near copy of an act's title "О …" that opens with another head
  word ("О комиссии по …" then "состав комиссии по …") is its annex's heading, not a copy.

From held37 (blind at the session's start, dev after its figures; cp37):

* :func:`menu_trail` counts a breadcrumb's labels by its separators: six words a label (a Vietnamese word is
  syllables: "Trang chủ » tìm nguồn cung ứng sản phẩm » máy móc » <title>" has ten before the title);
* :func:`trail_before` (``dedupe.contained``): a line that an earlier paragraph holds right after a breadcrumb
  trail of two labels or more, whatever the soft-break joiner glued after it (the title's image name), is the
  page's heading, the breadcrumb the copy: the trail's rule takes the breadcrumb, the heading stays.
"""

from __future__ import annotations

import re

from .guards import numbered_title, section_numbered
from .lines import _WORDRUN
from .templates import _DATE_TOKEN

__all__ = ["annex_heading", "caps_line", "caps_heading", "undated_heading", "heading_not_byline", "url_dump", "contents_heading",
           "announced_list", "clause_number", "no_masthead", "undated_amounts", "chapter_period",
           "timetable_row", "part_numbers",
           "menu_trail", "trail_before"]


def caps_line(s: str, share: float = 0.8) -> bool:
    """True when ``s`` holds four letters or more, ``share`` of them capitals."""
    letters = [ch for ch in s if ch.isalpha()]
    return len(letters) >= 4 and sum(ch.isupper() for ch in letters) >= share * len(letters)


_WORD = re.compile(r"[^\W\d_]+")


def caps_heading(lines: list[str], i: int, bad: set[int], words: int = 10) -> bool:
    """True when line ``i`` is in capitals and the next line that is not blank nor in ``bad`` is body text: it
    opens with a capital (after quotes or a bullet), is not in capitals itself and holds ``words`` words or more."""
    if not caps_line(lines[i]):
        return False
    for j in range(i + 1, len(lines)):
        nxt = lines[j].strip()
        if not nxt:
            continue
        if j in bad:
            return False
        head = nxt.lstrip("\"'«“„(•*-–— ")
        return head[:1].isupper() and not caps_line(nxt) and len(_WORD.findall(nxt)) >= words
    return False


_ISSUE_DATE = re.compile(r"(?<!\d)\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]\s?\d{2,4}(?!\d)|(?<!\d)\d{4}\s?-\s?\d{2}\s?-\s?\d{2}"
                         r"|(?<![\d.])\d{1,2}:\d{2}(?!\d)|(?<![\d.])(?:1[89]|20)\d\d(?![\d.])")


def undated_heading(lines: list[str], i: int, bad: set[int]) -> bool:
    """True when line ``i`` is a :func:`caps_heading` whose digits date no issue: no numeric date of three parts,
    no time of day, no year (a day of a holiday "21/4", a clause "(9.1.2)" are the heading's topic)."""
    return _ISSUE_DATE.search(lines[i]) is None and caps_heading(lines, i, bad)


def heading_not_byline(lines: list[str], i: int, bad: set[int], out: dict, removed: dict,
                       rules: "frozenset[str]") -> bool:
    """True when line ``i`` is a :func:`caps_heading` and neither line beside it was removed (``out`` and ``removed``:
    index -> (rule, …)) by one of ``rules`` (dates, credits, captions, bylines) or as metadata: a byline in
    capitals stands by its date or credit."""
    if not caps_heading(lines, i, bad):
        return False
    return not any(out.get(j, ("",))[0] in rules or removed.get(j, ("",))[0].startswith(("meta.", "chrome.editor_credit"))
                   for j in (i - 1, i + 1))


_URL = re.compile(r"https?://\S+")


def url_dump(container: str, line: str) -> bool:
    """True when ``container`` holds two web addresses or more and ``line`` none: the container is a page's head
    metadata printed as a line (site name, addresses, logo files, then the lead), ``line`` the text it copied."""
    return len(_URL.findall(container)) >= 2 and _URL.search(line) is None


_ITEM_BULLET = re.compile(r"^[\s\-–—•·*▪►›»+]*")


def _numbered_item(s: str) -> bool:
    return section_numbered(_ITEM_BULLET.sub("", s, count=1))


_LEAD_NUMBER = re.compile(r"^\W*(\d{1,3}(?:\.\d{1,3})*)")


def _lead_number(s: str) -> str | None:
    m = _LEAD_NUMBER.match(_ITEM_BULLET.sub("", s, count=1))
    return m.group(1) if m else None


def contents_heading(text_of: "object", key_of: "object", j: int, i: int, n: int) -> bool:
    """True when line ``i`` (a later copy of line ``j``, of ``n`` lines; ``text_of`` and ``key_of`` give a line's
    text and dedupe key) opens with a section number, line ``j`` has a numbered item beside it, and neither line
    beside ``i`` has the key of the line on the same side of ``j``.  Both lines numbered, their numbers must agree:
    "2. Ярославская область." over "1. Ярославская область." is a second ranking of the same items (a standings
    list per category, struct86), no contents list announcing its heading."""
    num_i, num_j = _lead_number(text_of(i)), _lead_number(text_of(j))
    if num_i and num_j and num_i != num_j:
        return False
    if not _numbered_item(text_of(i)) or not any(0 <= k < n and k != i and _numbered_item(text_of(k))
                                                  for k in (j - 1, j + 1)):
        return False
    return not any(0 <= a < n and 0 <= b < n and a != i and key_of(a) == key_of(b)
                   for a, b in ((i - 1, j - 1), (i + 1, j + 1)))


def announced_list(text_of: "object", i: int, removed: "object") -> bool:
    """True when line ``i`` (``text_of`` gives a line's text; ``removed`` holds the lines removed so far) is a
    numbered item of a run of numbered items whose line above is kept and ends with a colon."""
    if not _numbered_item(text_of(i)):
        return False
    k = i
    while k > 0 and _numbered_item(text_of(k - 1)):
        k -= 1
    return k > 0 and k - 1 not in removed and text_of(k - 1).rstrip().endswith((":", "："))


_CLAUSE_NUMBER = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3,}(?![\d.])|(?<![\d.])\d{1,3}\.\d{1,3}\.\d(?![\d.])")


def clause_number(s: str) -> bool:
    """True when ``s`` holds digits and every one of them is in a clause number (:data:`_CLAUSE_NUMBER`)."""
    rest = _CLAUSE_NUMBER.sub(" ", s)
    return rest != s and not any(ch.isdigit() for ch in rest)


def undated_amounts(s: str) -> bool:
    """True when the line's numbers date nothing: no numeric date, time of day or year (:data:`_ISSUE_DATE`) and no
    month or weekday name: a heading in capitals stating amounts ("МИНИМАЛЬНОЕ ВРЕМЯ БРОНИРОВАНИЯ - 2 ЧАСА (1600
    РУБЛЕЙ)", a hotel's terms, round 27d), not a masthead, which dates its issue."""
    return _ISSUE_DATE.search(s) is None and _DATE_TOKEN.search(s.casefold()) is None


#: a run of part numbers opening the line: a word and a number of two digits at most, a letter after it at most
#: ("Bài 8 - Chương 5 :", "Bài 10b - CHƯƠNG 6", "Глава 3."), the parts joined by a dash, colon or stop
_PART_LABELS = re.compile(r"^\W*(?:[^\W\d_]+\.?\s?\d{1,2}[a-zа-я]?(?!\d)\s*[-–—:.]?\s*)+")
#: a year or a span of years: a book's or a chapter's period ("…, 1977-1980"), never a day
_YEARS = re.compile(r"(?<![\d./:])(?:1[89]|20)\d\d(?:\s?[-–—]\s?(?:1[89]|20)\d\d)?(?![\d./:])")
#: a range of two times of day ("23:20 – 07:40"): a timetable's hours
_HOURS = re.compile(r"(?<![\d:.])\d{1,2}:\d{2}\s*[-–—]\s*\d{1,2}:\d{2}(?![\d:])")
#: a code of letters glued to digits ("VJ822", "A320"): a flight's or a product's name, no date
_CODE = re.compile(r"(?<![\w])[^\W\d_]{1,4}\d{2,5}(?!\w)")


def chapter_period(s: str) -> bool:
    """True when the line opens with part numbers (:data:`_PART_LABELS`: "Bài 8 - Chương 5 :") and its only other
    digits are a year or a span of years (:data:`_YEARS`) beside three words at least: a chapter's title with its period ("… GIAI ĐOẠN PHÁT
    TRIỂN, GIÁO XỨ VIỆT NAM PARIS, 1977-1980", round 28c, crawl9), not a masthead, which dates its issue to the day."""
    m = _PART_LABELS.match(s)
    if m is None or not any(ch.isdigit() for ch in m.group()) or _DATE_TOKEN.search(m.group().casefold()):
        return False
    rest = s[m.end():]
    years = _YEARS.sub(" ", rest)
    return years != rest and not any(ch.isdigit() for ch in years) and _DATE_TOKEN.search(years.casefold()) is None \
        and len(_WORD.findall(years)) >= 3  # the title's words: "SỐ 45 - 2014" is an issue's number and year


_NUMBERS = re.compile(r"\d+")


def part_numbers(s: str) -> bool:
    """True when ``s`` is only part numbers, two at least (:data:`_PART_LABELS`: "Bài 8 - Chương 5 :"): the numbers a chapter's
    title carries before its words, no menu trail glued before a title (round 28c, crawl9)."""
    m = _PART_LABELS.match(s)
    return m is not None and not s[m.end():].strip() and len(_NUMBERS.findall(s)) >= 2 \
        and _DATE_TOKEN.search(s.casefold()) is None


#: a breadcrumb's separator between two labels, spaced ("Trang chủ » máy móc » <title>")
_TRAIL_SEP = re.compile(r"\s[»›>/|]\s")
_TRAIL_WORDS, _LABEL_WORDS = 8, 6


def menu_trail(crumb: str, raw: str) -> bool:
    """True when ``crumb`` (the dedupe key's words before a later paragraph's, ``raw`` the same span of the line as
    printed) reads as a menu trail glued before a title: eight words at most, or six a label where two labels or more
    stand between breadcrumb separators (``»``, ``›``, ``>``, ``/``, ``|``: "Trang chủ » tìm nguồn cung ứng sản phẩm »
    máy móc » <title>", held37: a Vietnamese word is syllables, a label two to six of them), no sentence stop nor
    colon (a label: "Ngày 2 : <the day's programme>", dedupe33), and no part numbers (:func:`part_numbers`: "Bài 8 -
    Chương 5 :" before a chapter's title is the title's own, round 28c); an empty one is none."""
    labels = len(_TRAIL_SEP.findall(raw))
    most = _TRAIL_WORDS if labels < 2 else max(_TRAIL_WORDS, _LABEL_WORDS * labels)
    return 0 < len(crumb.split()) <= most and not any(c in raw for c in ".!?…:") and not part_numbers(crumb)


def timetable_row(s: str) -> bool:
    """True when the line's digits are a range of two times of day (:data:`_HOURS`) and codes of letters and digits
    (:data:`_CODE`) only: a timetable's row ("SAIGON - NARITA VJ822 23:20 – 07:40", round 28c, held23), not a
    masthead, which stamps its issue with a date (a time alone, not a span of hours)."""
    rest = _HOURS.sub(" ", s)
    if rest == s:
        return False
    rest = _CODE.sub(" ", rest)
    return not any(ch.isdigit() for ch in rest) and _DATE_TOKEN.search(rest.casefold()) is None


def no_masthead(lines: list[str], i: int, bad: set[int]) -> bool:
    """True when line ``i``, in capitals with a digit, is no masthead: a numbered title (:func:`~.guards.numbered_title`),
    a line of clause numbers (:func:`clause_number`), a heading over its paragraph (:func:`undated_heading`), amounts
    (:func:`undated_amounts`), a chapter's title with its years (:func:`chapter_period`) or a timetable's row
    (:func:`timetable_row`)."""
    s = lines[i]
    return numbered_title(s) or clause_number(s) or undated_heading(lines, i, bad) or undated_amounts(s) \
        or chapter_period(s) or timetable_row(s)


#: the preposition an act's or an article's title opens with: "О комиссии …", "Об утверждении …", "Về việc …"
_ABOUT = frozenset("о об обо về on about".split())


def annex_heading(first: str, later: str) -> bool:
    """True when ``later``, a near copy of ``first``, names a part of what ``first`` is about: ``first`` opens with
    "about" ("О Комиссии по соблюдению требований …", an act's title) and ``later`` with another word of four letters
    or more that ``first`` does not hold ("состав комиссии по соблюдению требований …", the heading of its annex;
    held22, seg39): another heading, not a copy (a copy differs in a stop, a date, a cut end, not in its head)."""
    fw, lw = first.split(), later.split()
    if not fw or not lw or fw[0].casefold() not in _ABOUT:
        return False
    head = lw[0].casefold()
    return len(head) >= 4 and head.isalpha() and head not in first.casefold()


def trail_before(prev: str, key: str, head: str) -> bool:
    """True when the paragraph ``head`` (its dedupe key ``prev``) holds the later line's key ``key`` after a menu trail
    (:func:`menu_trail`) of two labels or more, breadcrumb separators between them (:data:`_TRAIL_SEP`)."""
    k = prev.find(key)
    if k <= 0:
        return False
    n = len(prev[:k].split())
    words = list(_WORDRUN.finditer(head.lower()))
    if len(words) <= n:
        return False
    raw = head[:words[n].start()]
    return len(_TRAIL_SEP.findall(raw)) >= 2 and menu_trail(prev[:k], raw)
