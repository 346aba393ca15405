"""Soft-break signs of round bnd67 (issue 12: no sentence cut at a soft line break; read on held49, measured blind):
what a line says about the break after it when nothing else does.  :mod:`.softbreak` applies them.

* **a mark left open at the line's end** (``h49ru05``, a review wrapped at a fixed width: "… по ул.Сталеваров
  (напротив \\""⏎"Антики")."): a line that ends with a mark opening a quotation or a bracket ("«", "„", "(", "[",
  a straight quote or "“" that the line opens: an odd count of them) cannot end a sentence; it goes on into the next
  line whatever that opens with (:func:`open_end`).  A "“" that closes a quotation the wrong way ("… ‘Nah!’ “", the
  line's second "“") is no opening, and a mark after a stop ("… in today’s post. (", crawl's ``news-20``) opens the
  next sentence: no sentence is cut there, and joining it only hid the line's end from the duplicate layer;
* **a function word at the line's end before a capital** (``h49vi03``: "… những bộ phim từ Trung Quốc như"⏎"Bao
  Thanh Thiên, …"; crawl12's ``c12vi16`` "… bên kia sông Hồng là"⏎"Tổng Giáo phận Hà Nội; …", ``h38ru10``'s "… в
  воскресенье в"⏎"19:00", ``h10ru03``'s "… например, до"⏎"Великой китайской стены …"): running text (ten words or more,
  or a comma inside) whose last word, after a space, is one of
  :data:`~mtpipe.segment.pause.DANGLING_WORDS` (never a sentence's last word) goes on into a line that opens with a
  capital or a figure (a name, a title, a time).  A heading of a few words ("Tình hình kinh tế Trung Quốc hiện
  tại", ``h5vi04``: "hiện tại" is "now"), a unit after a slash ("… 25-30 м/с"), a read-more link ("… покупать
  и"⏎"Подробнее", a teaser the site cut: Convention 7) stay apart: those three were the only ends among the seven
  such breaks on scored parts; the sign takes the other four, no end (:func:`function_word_wrap`);
* **a quotation wrapped over lines closed by ":" or ";"** (``h49ru12``'s Gospel verse: "«От смоковницы возьмите
  подобие:"⏎"когда ветви ее становятся уже мягки …,"⏎"то знаете, что близко лето;"⏎"так, когда вы увидите все
  сие,"⏎"знайте, что близко, при дверях»."): as :func:`~.softbreak_notes.bracket_notes` joins a note in brackets,
  a line that opens a quotation («, „, “) it does not close goes on, whatever mark short of a stop ends it, into
  lines that open in lower case, up to the line that closes it (six lines after it at most); inside it a line closed
  by a comma is a clause, no item of :mod:`.softbreak_lists`' list.  Over every labelled part each such break is no
  end (six on scored documents: ``h23ru01``'s "системе «шведский"⏎"стол», …", ``h21vi06``'s "(“Vi"⏎"bằng …”)",
  ``h49ru12``'s four; ``t28ru39``, ``h10vi15`` unscored); a quotation never closed, or a line between that opens
  with a capital, joins nothing (:func:`quote_notes`);
* **a paragraph's short first line in a hard-wrapped text** (``h49vi14``: "… của Lễ khai giảng: 63 học sinh khối
  6"⏎"Tại"⏎"buổi lễ thầy …"; crawl12's ``c12vi15``: "I. Vị"⏎"trí địa lư"⏎"Đông giáp"⏎"ḍng sông Ông …"): some
  pages start each paragraph on a short line and wrap the rest; a short line (under half the width) that opens with
  a capital, stops short of an end and goes on in lower case into a full line is such a first line, so the line
  before it ended its paragraph, stop or none.  On the wrapped documents of every scored part the break before such
  a line is an end all 15 times (``c12vi15`` twice, ``h21vi06`` three times, ``h30vi07`` and ``h33vi12`` twice,
  ``h42vi08`` and ``h49vi14`` three times; six of them after a line with no stop, where the old signs joined
  ``c12vi15``'s and ``h49vi14``'s): the fragment and full-line signs of :mod:`.softbreak` do not join there.  A poem
  broken into a word or two a line (``t28ru39``, "Замечательный"⏎"класс.") goes on into no full line
  (:func:`paragraph_opens`);
* **a wrapped paragraph's middle line stopped short by a long word** (``h49vi14``: "nay, hòa trong không khí …
  kỉ niệm 79 năm"⏎"Cách mạng tháng Tám …", at 0.79 of the width): a line of a hard-wrapped text that opens in
  lower case (the line before goes on into it), five words or more, half the width or more, no stop at its end,
  goes on into the next line even when that one opens with a capital, unless that line is a paragraph's first line
  (above).  On the wrapped documents of every scored part none of the 118 such breaks is an end (most go on in lower
  case anyway; before a capital: ``h49ru05``, ``h49vi14``; unscored ``h10ru03`` twice); a heading's tail ("sử Giáo
  xứ Quảng Thuận", ``c12vi15``, a third of the width) is shorter (:func:`mid_paragraph`);
* **a Russian label or list intro before ":"** (``h49ru11``: "Перечень информационных материалов к указанному
  проекту:"⏎"текстовая часть проекта …"): Convention 4 ends a unit at a line's ":" but for running text whose
  clause goes on; a Russian line with no finite verb (pymorphy3, as :mod:`.softbreak_objects` reads it) is no
  clause, so :func:`~.softbreak._colon_goes_on` leaves it (:func:`ru_clause`).  Without the dictionary every line
  counts as a clause (as before).
"""

from __future__ import annotations

import re

from ..segment.pause import DANGLING_WORDS
from ..segment.tails import READ_MORE
from .softbreak_marks import ITEM_START, WRAP_FULL
from .softbreak_notes import _lower_start
from .softbreak_text import _LIST_START, _continues, _ends_sentence

__all__ = ["open_end", "function_word_wrap", "quote_notes", "paragraph_opens", "mid_paragraph", "ru_clause"]

_OPENS = "«„(["
_LAST_WORD = re.compile(r"(?<=\s)([^\W\d_]+)$", re.UNICODE)
_RUNNING_WORDS = 10  # a line this long is running text, no heading (or it holds a comma)
_QUOTE_LINES = 6  # a wrapped quotation goes on over six lines after its opening at most
_STOPS = ".!?…"
_FIRST_LINE = 0.5  # a paragraph's short first line: under half the width
_MID_LINE = 0.5  # a wrapped paragraph's middle line: half the width or more
_MID_WORDS = 5


def open_end(cur: str) -> bool:
    """``cur`` ends with a mark that opens a quotation or a bracket (after a space: a word's own mark is no opening)."""
    s = cur.rstrip()
    if len(s) < 3 or s[-2] != " " or not any(ch.isalpha() for ch in s) or s[:-1].rstrip()[-1:] in ".!?…:;":
        return False  # (after a stop the mark opens the next sentence: no sentence is cut there)
    ch = s[-1]
    if ch in _OPENS:
        return True
    if ch == '"':
        return s.count('"') % 2 == 1
    if ch == "“":
        return (s.count("“") + s.count("”")) % 2 == 1
    return False


def function_word_wrap(cur: str, nxt: str) -> bool:
    """``cur`` is running text cut after a function word; ``nxt`` goes on with a capitalised word or a figure."""
    c, n = cur.strip(), nxt.strip()
    if not c or not n or not (n[0].isupper() or n[0].isdigit()) or ITEM_START.match(n) or _LIST_START.match(c) \
            or READ_MORE.match(n):
        return False
    m = _LAST_WORD.search(c, max(0, len(c) - 30))
    if m is None or m.group(1) not in DANGLING_WORDS:
        return False
    if len(c.split()) < _RUNNING_WORDS and "," not in c:
        return False  # a heading ("… Trung Quốc hiện tại")
    letters = [ch for ch in c if ch.isalpha()]
    return sum(ch.isupper() for ch in letters) < 0.6 * len(letters)


def _opens_quote(line: str) -> int:
    return line.count("«") + line.count("„") + line.count("“") - line.count("»") - line.count("”")


def quote_notes(lines: list[str]) -> set[int]:
    """Indexes ``i`` of the breaks (line ``i`` to ``i + 1``) inside a quotation wrapped over lines, where line ``i``
    stops short of a stop (":" or ";" may end it)."""
    out: set[int] = set()
    for i, line in enumerate(lines):
        depth = _opens_quote(line)
        if depth <= 0 or line.rstrip()[-1:] in "«„“":
            continue
        for j in range(i + 1, min(i + 1 + _QUOTE_LINES, len(lines))):
            if not _lower_start(lines[j]):
                break
            depth += _opens_quote(lines[j])
            if depth <= 0:
                out.update(k for k in range(i, j) if lines[k].rstrip().rstrip("\"'”’»)]")[-1:] not in _STOPS)
                break
    return out


def paragraph_opens(lines: list[str], i: int, width: int | None) -> bool:
    """In a text wrapped at ``width``, ``lines[i + 1]`` is a paragraph's short first line (see the module's text)."""
    if not width or i + 2 >= len(lines):
        return False
    n, rest = lines[i + 1].strip(), lines[i + 2].strip()
    return bool(n) and len(n) < _FIRST_LINE * width and n[0].isupper() and not _ends_sentence(n) \
        and _continues(rest) and len(rest) >= WRAP_FULL * width and not ITEM_START.match(n)


def mid_paragraph(lines: list[str], i: int, width: int | None) -> bool:
    """In a text wrapped at ``width``, ``lines[i]`` is a middle line of a wrapped paragraph that goes on into the
    next line (see the module's text)."""
    if not width or i == 0 or i + 1 >= len(lines):
        return False
    c, n, p = lines[i].strip(), lines[i + 1].strip(), lines[i - 1].strip()
    return bool(p and n) and n[0].isalpha() and _continues(c) and not _ends_sentence(p) and not _ends_sentence(c) \
        and len(c.split()) >= _MID_WORDS and len(c) >= _MID_LINE * width and not paragraph_opens(lines, i, width)


_CYR_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?")


def ru_clause(cur: str) -> bool:
    """False where ``cur`` is Russian with no finite verb after its last stop (a label, a list intro); True else."""
    from .softbreak_objects import _finite, _parses

    tail = re.split(r"[.!?…]\s", cur.strip())[-1]
    words = _CYR_WORD.findall(tail)
    if len(words) < 0.5 * len(tail.split()) or not words or not _parses(words[0]):
        return True  # not Russian, or no dictionary: as before
    return any(_finite(w) for w in words)
