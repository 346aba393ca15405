"""A sentence cut by a blank line after a word that cannot end it (round bnd43, issue 12: no sentence cut at a soft
line break; read on held32's ``h32vi13``, dev since the twentieth session).

A page's editor sometimes leaves a paragraph break in the middle of a sentence: "Những doanh nghiệp hoạt động trong
lĩnh vực du lịch, dịch vụ là"⏎⏎"thành viên của chi hội doanh nghiệp huyện.".  :mod:`.softbreak` joins lines across a
blank line only in a PDF text dump (many such gaps); one gap alone is taken for a paragraph's end.  Here the line
itself says it goes on: it is running text (four words or more, no heading in capitals, no list item, no date line)
whose last word is a function word that never closes a sentence (a copula, a conjunction, a preposition, an auxiliary
or a determiner: Vietnamese "là", "của", "và", "những", "để", "sẽ"; Russian "и", "в", "на", "для", "который"), and the
line after the gap (one or two blank lines) goes on in lower case (no list item, no date line).

Round bnd45 adds a second sign of the line itself (read on train29's ``t29vi07``, a dev part): **a bracket left open**
at the line's end ("(Ban hành kèm theo Quyết định số 1527/QĐ-UBND ngày 10 tháng 5 năm 2013"⏎⏎"của Chủ tịch Uỷ ban
nhân dân tỉnh Thanh Hoá)"): running text of four words or more with more "(" than ")" and no stop at its end, then,
after the gap, a line that goes on in lower case and closes the bracket (more ")" than "(").  A bracket closed on its
own line, a line after the gap that opens in capitals or closes no bracket are left apart.

Round bnd46 adds a third sign (read on held34's ``h34ru11``, dev since the twenty-first session): **a comma at the
line's end** (running text or a heading of four words or more, no list item), then, after two or three blank lines
(a page that parts its printed lines so, ``wide``: its raw text has gaps of three blank lines, which ingest makes one;
elsewhere one blank line after a comma ends a poem's stanza or a motto), a
line that goes on in lower case, with an ordinal ("1-я суббота месяца с 9.00 до 13.00,"), or in capitals after a
heading in capitals ("4-Х ГОРОДСКИХ И 4-Х РАЙОННЫХ СОВЕТОВ ДЕПУТАТОВ,"⏎⏎⏎⏎"ПРОВОДЯЩИЕ ЛИЧНЫЕ ПРИЕМЫ …").  On every
boundary-labelled part such a gap is a soft break but one (a blog's motto, clutter); a comma line before a line that
opens with a capital ("… 9.00 до 13.00,"⏎⏎⏎⏎"Зубаиров Роберт …": the next item of a list) stays apart.

And one sign that keeps a break (:func:`dash_items`): **two lines that open with the same dash and a space are two
items of a list** ("– с. Берёзовка (08:00 – 12:00, 13:00 – 17:00)"⏎"– с. Новотолучеево (09:00 – 17:00)"; held32's
``h32ru10``): the fragment rule of :mod:`.softbreak` (a short line between a line and a lower-case one is a cut-out
inline element) never joins them; the boundary-labelled parts end every such item at its line (169 pairs, none
joined).

The words (:data:`~mtpipe.segment.pause.DANGLING_WORDS`, and which words are left out of it) live in
:mod:`mtpipe.segment.pause` since bnd62.  A line that ends with a word left out ("được", "về", "что"), with
punctuation, or in a content word ("Bại liệt"⏎⏎"bOPV": a table's cells) is not joined.
"""

from __future__ import annotations

import re
from typing import Callable

from ..segment.glued import vi_word  # (at module level since perf54: mtpipe.clean loads mtpipe.segment anyway)
from ..segment.pause import DANGLING_WORDS  # (the list moved there in bnd62: the segmenter reads it too)
from .softbreak_names import name_gap
from .softbreak_units import _ru_genitive_only
from .words import line_words

__all__ = ["dangling_gaps", "dash_items", "vi_goes_on", "DANGLING_WORDS"]

_LAST_WORD = re.compile(r"([^\W\d_]+)\s*$", re.UNICODE)
_LIST_MARK = re.compile(r"^\s*(?:[-–—•·*+>]|\d{1,3}(?:\.\d{1,3})*[.)]|[IVXLC]{1,5}[.)]|[a-zа-яđ][.)]\s)", re.IGNORECASE)
_MIN_WORDS = 4


def _dangles(line: str) -> bool:
    """Running text of four words or more that ends in a function word (no stop, no comma after it)."""
    s = line.strip()
    if len(line_words(s)) < _MIN_WORDS or _LIST_MARK.match(s):
        return False
    # (searched from after the last space: a match ends the stripped line, so it starts past every space; perf54)
    m = _LAST_WORD.search(s, s.rfind(" ") + 1)
    if m is None or m.end(1) != len(s) or m.group(1) not in DANGLING_WORDS:
        return False  # the word in lower case, as running text writes it ("VÀ" of a heading in capitals is not)
    letters = [c for c in s if c.isalpha()]
    return sum(c.isupper() for c in letters) < 0.6 * len(letters)


def _open_bracket(line: str) -> bool:
    """Running text of four words or more that leaves a bracket open at its end (no stop after it)."""
    s = line.strip()
    return s.count("(") > s.count(")") and s[-1:] not in ".!?…:;" and len(s.split()) >= _MIN_WORDS \
        and not _LIST_MARK.match(s)


_ORDINAL = re.compile(r"\d{1,2}-[^\W\d_]{1,3}\s+[^\W\d_]", re.UNICODE)  # "1-я суббота", "2-го числа"
_COMMA_GAP = 3  # a page that parts every line by three blank lines (held34's ``h34ru11``)


def _caps_line(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _comma_open(line: str) -> bool:
    """Running text or a heading of four words or more, closed by a comma (no list item)."""
    s = line.strip()
    return s[-1:] == "," and len(s.split()) >= _MIN_WORDS and not _LIST_MARK.match(s)


def _comma_goes_on(cur: str, nxt: str, goes_on: Callable[[str], bool]) -> bool:
    """The line after a comma line's gap goes on: in lower case ("Зубаиров Роберт Равильевич, … округ №10,"⏎⏎"каждая
    суббота месяца …"), with an ordinal ("1-я суббота месяца …"), or in capitals after a heading in capitals ("4-Х
    ГОРОДСКИХ … ДЕПУТАТОВ,"⏎⏎"ПРОВОДЯЩИЕ ЛИЧНЫЕ ПРИЕМЫ …"); no list item."""
    n = nxt.strip()
    if not n or _LIST_MARK.match(n):
        return False
    if n[:1].isalpha():
        return goes_on(nxt) or (_caps_line(cur) and _caps_line(n))
    return _ORDINAL.match(n) is not None and n.split("-", 1)[1][:1].islower()


def dangling_gaps(lines: list[str], date: Callable[[int], bool],
                  goes_on: Callable[[str], bool], wide: bool = False) -> list[tuple[int, int]]:
    """Pairs ``(i, j)``: line ``i`` ends in a function word (or leaves a bracket open that line ``j`` closes), one or
    two blank lines, line ``j`` goes on in lower case (``goes_on``: :func:`~.softbreak._continues`); no list item or
    date line on either side."""
    out = []
    n = len(lines)
    for i in range(n - 2):
        if not lines[i].strip() or lines[i + 1].strip():
            continue
        opened = "(" in lines[i] and _open_bracket(lines[i])
        comma = _comma_open(lines[i])
        j = i + 1
        while j < n and not lines[j].strip():
            j += 1
        if wide and j < n and j - i - 1 == 1 and caps_genitive_gap(lines[i], lines[j]) and not date(i):
            out.append((i, j))  # "ДЕПУТАТЫ"⏎⏎"4-Х ГОРОДСКИХ … СОВЕТОВ ДЕПУТАТОВ,": of whom (bnd49)
            continue
        if j < n and j - i - 1 == 1 and (vi_goes_on(lines[i], lines[j]) or name_gap(lines[i], lines[j])) \
                and not date(i) and not date(j):
            out.append((i, j))  # "Phụ thu"⏎⏎"phòng đơn": a Vietnamese line goes on in lower case (bnd51); a name
            continue  # in capitals wrapped, a body's kind over its name in quotes, "Прейскурант"⏎⏎"на …" (cp77)
        if not (opened or comma or _dangles(lines[i])) or date(i):
            continue
        if j >= n or j - i - 1 > (_COMMA_GAP if comma else 2) or comma and j - i - 1 < 2 and not wide:
            continue  # a comma line before one blank line ends a stanza or a motto ("… светел и высок,"⏎⏎"и пусть …")
        nxt = lines[j]
        if comma:
            if _comma_goes_on(lines[i], nxt, goes_on) and not date(j):
                out.append((i, j))
            continue
        if nxt.strip()[:1].isalpha() and goes_on(nxt) and not _LIST_MARK.match(nxt) and not date(j) \
                and (not opened or nxt.count(")") > nxt.count("(") or _dangles(lines[i])):
            out.append((i, j))
    return out


_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_NUMERAL = re.compile(r"^\d{1,3}-[А-ЯЁ]{1,3}$")  # "4-Х", "2-Х": a numeral before the genitive plural


def caps_genitive_gap(cur: str, nxt: str) -> bool:
    """Round bnd49 (held34's ``h34ru11``, on a page that parts every line by three blank lines): a Russian heading in
    capitals (no stop) goes on over the gap into a line in capitals whose first word (after a numeral, "4-Х") has no
    reading but an oblique case with the genitive ("ДЕПУТАТЫ"⏎⏎"4-Х ГОРОДСКИХ И 4-Х РАЙОННЫХ СОВЕТОВ ДЕПУТАТОВ,":
    deputies *of* the councils; Convention 6).  A next line in the nominative ("НОВОСТИ", "ПРОВОДЯЩИЕ …" after a
    stop), a line in sentence case and a heading closed by a stop are left; only where ``wide`` (the caller's)."""
    c, n = cur.strip(), nxt.strip()
    if not c or c.rstrip("\"'”’»)]")[-1:] in ".!?…:;|," or not _caps_line(c) or not _caps_line(n):
        return False
    words = n.split()
    if words and _NUMERAL.match(words[0]):
        words = words[1:]
    head = _WORD.match(words[0]) if words else None
    return head is not None and head.group() == words[0] and bool(_CYRILLIC.search(c)) and _ru_genitive_only(head.group())


_CELL_WORDS = 3  # a head cell's piece: three words at most on each side of the gap


def vi_goes_on(cur: str, nxt: str) -> bool:
    """Round bnd51 (held23's ``h23vi11``, a tour's price table that prints each cell as a block of its own, dev): **a
    Vietnamese head cell wrapped over a blank line** ("Phụ thu"⏎⏎"phòng đơn": the single-room surcharge).  The line
    opens with a capital and ends in a word (no stop, comma, colon or other mark; no list item, no heading in
    capitals), the line after the one blank line opens with a Vietnamese word in lower case, and both are short
    (:data:`_CELL_WORDS` words at most; the second two words at least, no stop at its end): a Vietnamese cell, item
    or sentence opens with a capital, so the piece in lower case is the rest of the cell.  On the boundary-labelled
    parts a Vietnamese line after one blank line that opens so went on every time but after a code ("Bại
    liệt"⏎⏎"bOPV", held27: capitals inside, no Vietnamese letter) and after a line in Chinese.  Left apart: two lines
    in lower case (a dictionary's entries: "chương trình mùa hè xanh"⏎⏎"chiến dịch mùa hè xanh", train27vi), an
    address before a link's word ("… B4cs"⏎⏎"hoặc", held24), running text and a piece closed by a stop (bnd43's
    guards: "Tôi vẫn đến thăm ông bà đôi khi"⏎⏎"và mang theo bánh.", "Giá vé của"⏎⏎"người lớn."), a next line in
    capitals, a number or a list mark ("a) …")."""
    c, n = cur.strip(), nxt.strip()
    m = _WORD.match(n)
    if not c[:1].isupper() or not c.split()[-1].isalpha() or m is None or not m.group().islower() \
            or not 2 <= len(n.split()) <= _CELL_WORDS or len(c.split()) > _CELL_WORDS or not n[-1:].isalpha() \
            or not vi_word(m.group()) or not vi_word(c):
        return False
    return not _LIST_MARK.match(c) and not _LIST_MARK.match(n) and not _caps_line(c)


_DASH_ITEM = re.compile(r"\s*([-–—])\s")


def dash_items(cur: str, nxt: str) -> bool:
    """``cur`` and ``nxt`` open with the same dash and a space: sibling items of a list."""
    a, b = _DASH_ITEM.match(cur), _DASH_ITEM.match(nxt)
    return a is not None and b is not None and a.group(1) == b.group(1)
