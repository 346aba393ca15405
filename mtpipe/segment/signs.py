"""Sentence-boundary signs of round bnd42 (issue 12: boundary F1 on real pages), read on held31's misses; each is a
class the text shows, for every page, not one page's strings:

* **a number after "№" is no year**: "г." after it is "город" before the city's name ("школы №1 г. Серпухова", "СОШ
  № 12 г. Москвы"), not the terminal "г." of "в 1990 г. Он …" (:data:`NUMBERED_CITY`);
* **a stop glued to a sentence that opens with a number and its case ending** ("… произошло ДТП.65-летний водитель
  …", "… на 40%.5-й этаж"): after a word of three letters or more that is no abbreviation, a stop, then digits, a
  hyphen and a lower-case ending start a new sentence ("ст.65-летия", "гл.5-я": abbreviations; "1.5-кратный": a number)
  (:func:`digit_nospace_breaks`); so does a date of a day and a month's name glued after the stop ("… на две тысячи
  четырнадцатый год.22 января 2014. Уссурийск …", bnd44, held33: a news item's date line run into the text);
* **a closing straight quote opening the next piece before a dash and a lower-case word** (`… будущее! "– заявил Хэ
  Дахай.`): the quote closes the quotation, the dash and the verb of saying go on with it (:func:`closing_quote_goes_on`;
  ``«…!» — сказал`` and ``”`` already do: ``sentences._continues``);
* **a closing quote between a sentence's stop and the next sentence, no space** ('… с ограниченными
  возможностями."Планируется, что …', bnd74, held53): :func:`closing_quote_at` tells the no-space rule of
  :mod:`.sentences` that the quote closes, and the unit ends after it;
* **a chronology run on one line** ("18/05/1954: Sinh tại Bến Tre, giáo phận Vĩnh Long 1966: Học tại …"; crawl12): a
  line that opens with a date label (a year, or a day/month/year, and a colon) before a capital is a list of dated
  entries; each later label of the same shape before a capital opens the next entry, stop or none before it
  (:func:`chronology_breaks`; a heading's "Kế hoạch năm 2024: Đẩy mạnh …" does not open with its label);
* **a table cell after a sentence that ends in a number or a bracket** ("… Xh 34,29-35 ; Mt 13,44-46. | X 16 |",
  "… (Lễ Đức Mẹ: Kh 21,1-5a ; Lc 11,27-28). | X 19 |"; held24): the cell mark opens a unit when a capital follows
  (a word or a code: "X 16"), as :mod:`.page_units` has it after a word; the cell before the stop holds three words
  or more (a row's number, "| 1. | Nguyễn Văn A |", stays with its row) (:func:`cell_after_number_breaks`).
"""

from __future__ import annotations

import re

__all__ = ["NUMBERED_CITY", "digit_nospace_breaks", "closing_quote_at", "closing_quote_goes_on", "chronology_breaks",
           "cell_after_number_breaks"]

#: "№1 г.", "№ 12а г." at the end of a piece: the "г." after a numbered institution is the city's
NUMBERED_CITY = re.compile(r"№\s*\d+[а-яё]?\s+г\.\s*$")

# a word of three letters or more, a stop, then a number with a hyphenated case ending and a space or a word
_DIGIT_GLUED = re.compile(r"(?<![\w.])([^\W\d_]{3,})\.(?=\d{1,4}-[а-яё]{1,8}\b)")


# ... or a day and a month's name in the genitive ("год.22 января 2014.")
_DATE_GLUED = re.compile(r"(?<![\w.])([^\W\d_]{3,})\.(?=\d{1,2}\s(?:января|февраля|марта|апреля|мая|июня|июля|августа"
                         r"|сентября|октября|ноября|декабря)\b)")


# (perf82) a part of every match of both: a letter, the stop, a digit
_GLUED_SEED = re.compile(r"[^\W\d_]\.\d")
_DOT_DIGIT = re.compile(r"\.\d")  # (perf83) the seed's tail, a literal first: found at memchr speed, the seed only then


def digit_nospace_breaks(text: str, lang: str, abbr: frozenset[str]) -> list[int]:
    """Offsets just after a stop glued to a sentence that opens with a number and its case ending, or with a day and
    a month's name (ru, uk, bg)."""
    if lang not in ("ru", "uk", "bg") or _DOT_DIGIT.search(text) is None or _GLUED_SEED.search(text) is None:
        return []
    out = [m.end() for m in _DIGIT_GLUED.finditer(text) if m.group(1).lower() not in abbr] if "-" in text else []
    return out + [m.end() for m in _DATE_GLUED.finditer(text) if m.group(1).lower() not in abbr]


_QUOTE_DASH = re.compile(r'"\s*[—–-]\s*[^\W\d_]')


def closing_quote_goes_on(text: str, a: int) -> bool:
    """Whether the piece at ``a`` opens with a straight quote that closes a quotation (an odd number of them before it in
    the paragraph), then a dash and a lower-case word: the attribution after a quoted sentence."""
    m = _QUOTE_DASH.match(text, a)
    return m is not None and m.group()[-1].islower() and text.count('"', 0, a) % 2 == 1


def closing_quote_at(text: str, at: int) -> int:
    """1 if the quote at ``at`` closes a quotation, else 0: "»"; a straight quote after an odd number of them; "”" after an
    open "“" (or, with no "“" before it, after an odd number of "”"); "“" after an open "„" (bnd74: a sentence's stop and
    its closing quote glued to the next sentence, 'возможностями."Планируется', keep the quote with the sentence)."""
    q, before = text[at], text[:at]
    if q == "»":
        return 1
    if q == '"':
        return before.count('"') % 2
    if q == "”":
        opened = before.count("“")
        return int(opened > before.count("”") if opened else before.count("”") % 2 == 1)
    return int(q == "“" and before.count("„") > before.count("“"))


_UP = "A-ZА-ЯЁĐÀ-ÝẠ-Ỹ"
_DATE_LABEL = r"(?:\d{1,2}[/.]\d{1,2}[/.])?\d{4}:"
_CHRONO_HEAD = re.compile(r"\s*" + _DATE_LABEL + r"\s+[" + _UP + "]")
_CHRONO_NEXT = re.compile(r"(?<=[^\W\d_]|[.!?…)\"»”]) (?=" + _DATE_LABEL + r"\s+[" + _UP + "])")


def chronology_breaks(text: str) -> list[int]:
    """Offsets where a dated entry opens inside a line that opens with a date label (a chronology run on one line)."""
    if ":" not in text or _CHRONO_HEAD.match(text) is None:
        return []
    return [m.end() for m in _CHRONO_NEXT.finditer(text)]


_CELL_AFTER_NUMBER = re.compile(r"(?:(?<=\d)|(?<=\)))[.!?…][\"”»)]*(\s+)(?=\|\s*[" + _UP + r"](?:[^\W\d_]|\s\d))")
_CELL_WORDS = 3


def cell_after_number_breaks(text: str) -> list[int]:
    """Offsets of a cell mark that opens a unit after a sentence closed by a number or a bracket and its stop."""
    out = []
    for m in _CELL_AFTER_NUMBER.finditer(text):
        cell = text[text.rfind("|", 0, m.start()) + 1:m.start()]
        if len(_WORDS.findall(cell)) >= _CELL_WORDS:
            out.append(m.end(1))
    return out


_WORDS = re.compile(r"[^\W\d_]{2,}")
