"""Guards of the duplicate layer for lines that repeat because the page's own text repeats them (lost43).

:func:`other_scope`: the same list item under two different headings that end in ":" ("Кабинеты иммунопрофилактики:"
/ "- 29 и 30 апреля, 10 и 11 мая — по режиму работы в выходной день (суббота);" then "Стоматологические поликлиники:"
/ the same item, held32's shape: a notice that gives each service's days, some services the same days).  Each copy
is a fact about its own heading's subject: no line printed twice, and ``dedupe.exact`` / ``dedupe.near`` keep both.
A list printed twice under the same heading (a menu, a summary and the list again), a teaser's copy of a line (no
heading over a list) and an item repeated inside one list are still copies.

:func:`quoted_in_text`: a pull quote printed beside the text ("It's easy in the Valley to get caught in this echo
chamber …”", between "Start Quote" and "End Quote") and then the text's own sentence quoting it with its speaker
("\"It's easy in the Valley … technology,\" he says."): the later line is the text's sentence, which the near rule
took for a copy; it holds the quotation closed and an attribution after it (a speech verb, six words at most), and
the pull quote holds no attribution.  A teaser's or a title's copy carries no speaker after a closing quote.

:func:`other_ranks`: two lines alike but for a Roman numeral ("I место — Усть-Таркское МО." and "II место — Усть-Таркское
МО.", a results list under "Мужчины" and "Женщины"; "Chương II" and "Chương III" with the same title): each is its own
item of a ranked or numbered list, no copy (held33).  Arabic numbers are :func:`.dedupe._other_numbers`' part.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["other_scope", "list_heading", "quoted_in_text", "other_ranks", "other_item"]

_ITEM = re.compile(r"^\s*(?:[-–—•*·▪●]|\d{1,2}[.)])\s+\S")
_WORDS = re.compile(r"[^\W\d_]+")
_MAX_ITEMS = 8  # list items walked up over to the heading
_HEADING_WORDS = 10  # a heading over a list: a label, not a sentence with a colon at its end


def _item(s: str) -> bool:
    """A list item: a marker ("- ", "• ", "1.", "2)") then text, or a line ending a list item's clause (";")."""
    s = s.strip()
    return bool(_ITEM.match(s)) or (s[-1:] == ";" and not s.endswith(":;"))


def _heading(s: str) -> bool:
    s = s.strip()
    return s[-1:] in ":：" and 0 < len(s.split()) <= _HEADING_WORDS and not _ITEM.match(s)


def list_heading(line: Callable[[int], str | None], k: int) -> int | None:
    """The heading over list item ``k`` (``line(x)``: line ``x``, or None where there is none): the first line above
    it, over list items only (at most ``_MAX_ITEMS``), that ends with ":"; None where ``k`` is no list item or no such
    heading is found."""
    s = line(k)
    if s is None or not _item(s):
        return None
    for x in range(k - 1, max(-1, k - 1 - _MAX_ITEMS), -1):
        above = line(x)
        if above is None:
            return None
        if _heading(above):
            return x
        if not _item(above):
            return None
    return None


def other_scope(line: Callable[[int], str | None], j: int, i: int) -> bool:
    """Lines ``j`` < ``i`` are list items each under a heading ending in ":", the heading over ``i`` below ``j`` and in
    other words than the heading over ``j``: the same fact of two subjects, each copy content."""
    hj, hi = list_heading(line, j), list_heading(line, i)
    if hj is None or hi is None or hi <= j:
        return False
    a, b = line(hj), line(hi)
    return a is not None and b is not None and _WORDS.findall(a.casefold()) != _WORDS.findall(b.casefold())


_CLOSE = "\"”»“'’"
#: a speaker's attribution after a closing quotation mark: "…," he says. / "…," Wu explains. / "…", — сказал он.
_SPEECH = re.compile(r"(?<![^\W\d_])(?:says|said|explains|explained|adds|added|told|notes|noted|argues|argued|"
                     r"сказал[аи]?|говорит|говорят|отметил[аи]?|пояснил[аи]?|заявил[аи]?|подчеркнул[аи]?|добавил[аи]?|"
                     r"nói|cho biết|khẳng định|nhấn mạnh|chia sẻ)(?![^\W\d_])", re.IGNORECASE)
_ATTRIBUTION_WORDS = 6
_LABEL_WORDS = 3  # a pull quote's label before it ("Start Quote")


def _attribution(s: str) -> str | None:
    """The words after the last closing quotation mark of ``s`` where they are a speaker's attribution (a speech verb,
    at most six words, the line's end), else None."""
    s = s.strip()
    cut = max(s.rfind(q) for q in "\"”»")
    if cut <= 0:
        return None
    tail = s[cut + 1:].strip(" ,.—–-")
    return tail if 0 < len(tail.split()) <= _ATTRIBUTION_WORDS and _SPEECH.search(tail) else None


def quoted_in_text(first: str, later: str) -> bool:
    """``later`` quotes ``first`` (a pull quote with no speaker after it, perhaps under a label of up to three words:
    "“Start Quote It's easy …”") and names the speaker after the quotation: the text's own sentence, no copy."""
    if _attribution(first) is not None:
        return False
    tail = _attribution(later)
    if tail is None:
        return False
    words = _WORDS.findall(first.casefold())
    said = _WORDS.findall(later.casefold())
    quote = said[:len(said) - len(_WORDS.findall(tail.casefold()))]
    n = len(quote)
    return n >= 5 and len(words) - n <= _LABEL_WORDS and any(words[k:k + n] == quote for k in range(len(words) - n + 1))


_TOKENS = re.compile(r"\w+")
_ROMAN = re.compile(r"(?=[IVXLC])L?X{0,3}(?:IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman(tok: str) -> int | None:
    """The value of an upper-case Roman numeral up to 89 ("I", "IV", "XII"), None for any other token."""
    if not _ROMAN.fullmatch(tok):
        return None
    vals = [_ROMAN_VALUES[c] for c in tok]
    return sum(-v if k + 1 < len(vals) and v < vals[k + 1] else v for k, v in enumerate(vals))


def other_ranks(first: str, later: str) -> bool:
    """The two lines have the same words but for numerals, at least one of them a Roman numeral of another value
    (:func:`_roman`), and at least one word besides: two items of a ranked or numbered list."""
    a, b = _TOKENS.findall(first), _TOKENS.findall(later)
    if len(a) != len(b) or len(a) < 2:
        return False
    pairs = [(x, y) for x, y in zip(a, b) if x != y]
    if not pairs or len(pairs) == len(a):
        return False
    roman = False
    for x, y in pairs:
        rx, ry = _roman(x), _roman(y)
        if rx is not None and ry is not None and rx != ry:
            roman = True
        elif not (x.isdigit() and y.isdigit()):
            return False
    return roman


def other_item(first: str, later: str) -> bool:
    """``later`` is no copy of ``first``: the text's sentence quoting a pull quote (:func:`quoted_in_text`) or another
    rank of a list (:func:`other_ranks`)."""
    return quoted_in_text(first, later) or other_ranks(first, later)
