"""Two items of one list that differ by a swapped term are two items, no near copy: a take-back (issue 12, cp69).

What the former blind parts lost on the code each was first measured on (``benchmarks/blind_losses.py``, held31..held42
at their sessions' start commits, benchmarks/notes/cp69.md): after the date and time lines of calendars and timetables,
the largest family is the copies (20 of 132 lines), and 12 of those are ``dedupe.near`` taking an item of a list that
another item of the same pattern "nearly repeats": "II место — Усть-Таркское МО." under "I место — Усть-Таркское МО."
(held33), "S(không hút thuốc)" under "C1(không hút thuốc)" (a price table's room codes, held37), "Cơm thịt bò rim cà
chua" under "- Cơm thịt gà rim cà chua" (a school's weekly menu, held32), "Lưu ý: Văn phòng hành chính đóng cửa thứ
Sáu, ngày 23 tháng 12 …" under "… thứ Hai, ngày 20 tháng 6 …" (held36).  Each part's page was a new structure; every
round guarded the shape seen (``dedupe._other_numbers``, ``keep.time_tail``, ``minimal_pairs.swapped_terms`` for
sentences side by side, ``kept_blocks`` for short blocks), and the next part lost its items to the same rule.

The evidence, stated once for the rule: a copy is printed again with something added, dropped or cut (a counter, a
list number, a credit, a site's trail, an ellipsis, a paraphrase's words); two items of a pattern put one term for
another at the same place.  :func:`swapped_items`: the two lines' words (case aside) differ by substitution only, a word
of letters for another word of letters at one place at least, a word shared; both lines short (:data:`ITEM_WORDS`
words at most: an item, a row's head) or the swaps at :data:`MIN_PLACES` places at least (one word swapped in a longer
line is a copy reworded: "Giá heo hơi …" / "Giá lợn hơi …"); no swap repeated at each place (a record's id printed in
each field), no word that is the other with digits glued ("росзмі" / "росзмі11"), no spelling variant ("провёл" /
"провел").

A menu's items are of one pattern too ("Туризм в Африке" / "Туризм в Америке", "Гимн РФ (оркестр)" / "Гимн РБ
(оркестр)"): what tells the list the page keeps is the page's own decision on the rest.  So the guard is a take-back
after every layer (:func:`release_swapped`): the near copy's earlier line is kept, and so are the lines right above and
right below it (an item inside a kept list or table, not in a menu the other layers took), or the line above is an item
of the pattern too (the list's last item, furniture under it: "II место — Усть-Таркское МО." under "I место
—спортшкола «Темп».", held33).  A take-back restores the one line; nothing around it changes.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Mapping

from ..scripts import HAN, char_class
from .ledger import record

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "ITEM_WORDS", "MIN_PLACES", "swapped_items", "swapped_lines", "release_swapped"]

RULE = "guard.swapped_item"
ITEM_WORDS = 6  # a list's item, short: this many words at most
MIN_PLACES = 2  # a longer line: its terms swapped at this many places at least
_NEAR = "dedupe.near"
_HAN = char_class(HAN)
_WORD = re.compile(rf"[{_HAN}]|[^\W_{_HAN}]+")  # Chinese characters one by one (no spaces between words)
_LETTERS = re.compile(r"[^\W\d_]")
_AT = re.compile(r" at (\d+)$")


def _folded(words: tuple[str, ...]) -> str:
    """The words without their marks ("ё" as "е", "đ" as "d"): a spelling variant folds to the same."""
    s = unicodedata.normalize("NFD", " ".join(words).replace("ё", "е").replace("đ", "d"))
    return "".join(c for c in s if not unicodedata.combining(c))


def _glued(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """A word of one side is a word of the other with digits glued (a counter: "росзмі" / "росзмі11")."""
    return any(re.fullmatch(re.escape(u) + r"\d+", v) or re.fullmatch(re.escape(v) + r"\d+", u) for u in x for v in y)


def swapped_items(first: str, later: str) -> bool:
    """``first`` and ``later`` are two items of one pattern with a term swapped (module docstring), no copy."""
    a, b = _WORD.findall(first.casefold()), _WORD.findall(later.casefold())
    if not a or not b or a == b:
        return False
    ops = [op for op in SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if op[0] != "equal"]
    if any(op[0] != "replace" for op in ops) or len(a) - sum(i2 - i1 for _, i1, i2, _, _ in ops) < 1:
        return False  # a word added or dropped (a counter, a list number, a credit, a paraphrase), or no word shared
    pairs = [(tuple(a[i1:i2]), tuple(b[j1:j2])) for _, i1, i2, j1, j2 in ops]
    if len(set(pairs)) < len(pairs) or not (max(len(a), len(b)) <= ITEM_WORDS or len(pairs) >= MIN_PLACES):
        return False
    if any(_glued(x, y) or _folded(x) == _folded(y) for x, y in pairs):
        return False
    return any(any(_LETTERS.search(w) for w in x) and any(_LETTERS.search(w) for w in y) for x, y in pairs)


def swapped_lines(lines: list[str], starts: list[int], removed: Mapping[int, tuple[str, str | None]]) -> dict[int, int]:
    """Line -> its earlier item, for each line ``dedupe.near`` removed (``removed``: line -> (rule, note), the note
    naming the earlier line's start, ``starts``) that :func:`release_swapped` takes back: the two
    :func:`swapped_items`, the earlier line and the line right above kept, and the line right below kept too unless
    the line above is an item of the pattern as well (a list's last item: the page's furniture follows)."""
    at = {s: k for k, s in enumerate(starts)}
    out: dict[int, int] = {}
    for i, (rule, note) in removed.items():
        m = _AT.search(note or "") if rule == _NEAR else None
        j = at.get(int(m.group(1))) if m else None
        if j is None or j in removed or i < 1 or i - 1 in removed:
            continue
        below = i + 1 < len(lines) and i + 1 not in removed  # or the list's last item under a kept one of its own
        if swapped_items(lines[j], lines[i]) and (below or j == i - 1 or swapped_items(lines[i - 1], lines[i])):
            out[i] = j
    return out


def release_swapped(marks: "Marks") -> None:
    """Take back each line of :func:`swapped_lines`, with a ``kept`` ledger entry naming its earlier item; run after
    the other take-backs, before the held lines are written."""
    removed = marks.removed
    if not removed:
        return
    lines = marks.line_texts()
    held = getattr(removed, "held", {})
    for i, j in sorted(swapped_lines(lines, [a for a, _ in marks.spans], removed).items()):
        dict.__delitem__(removed, i)
        held.pop(i, None)
        a, b = marks.spans[i]
        record(marks.doc, RULE, a, b, f"dedupe.near would remove it: an item of the pattern of "
               f"{lines[j].strip()[:40]!r} (line {j}) with a term swapped, between kept lines", action="kept")
