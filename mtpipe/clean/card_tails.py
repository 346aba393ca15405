"""A page's share card printed over the article: its headline or summary closed by the site's name and the date
(issue 12, clut57).

A news agency's page carries its social-media card (the ``og:title`` / ``og:description`` pair) in its head, and the
extractor prints it as text above the article: the headline, then the site's name and the publication date,
"Пассажирские коридоры между Благовещенском и Хэйхэ откроют в апреле — РИА Новости, 31.03.2020" (h33ru02), "Песков
рассказал о значении отношений с Китаем для России - РИА Новости, 27.08.2025" (c7ria04); or the summary cut short,
"… благодаря своему географическому положению и историческим связям с Россией, играют... РИА Новости, 05.01.2025"
(c7ria01); the agency's other sites print the same card ("… - Sputnik Беларусь, 12.03.2020").

``boilerplate.share_card`` (:func:`card_tail`): a line among the page's first :data:`HEAD_LINES` lines that ends
with the card's tail, a dash or a sentence stop (an ellipsis), then one to three capitalised words (the site's name)
and a comma, then a numeric date "dd.mm.yyyy" and nothing after it; some text before the tail.

What shares the shape and stays: the article's own dateline, which opens the text ("МОСКВА, 27 авг - РИА Новости.
…": the date is not at the line's end); an official letter's place and date on a line of their own ("г. Москва,
12.03.2020": no text before them); a reference in a list at the foot of a page (not in the page's head); a sentence
that ends with a date ("Заявление принято 12.03.2020": no site's name between a dash and the date).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "RULES", "HEAD_LINES", "card_tail", "share_cards", "CardLines"]

RULE = "boilerplate.share_card"
#: the ledger rules of this module (policy families, docs)
RULES = (RULE,)
HEAD_LINES = 10  # the card stands in the page's head: its first lines
_NAME = r"[^\W\d_][\w.-]*"
_TAIL = re.compile(rf"(?:\s[—–-]|[.!?…])\s+(?P<site>{_NAME}(?:\s{_NAME}){{0,2}}),\s*\d{{1,2}}\.\d{{2}}\.\d{{4}}\s*$")


def card_tail(s: str) -> bool:
    """The line ends with a share card's tail, "— <Site>, dd.mm.yyyy", after some text of its own."""
    t = s.strip()
    if not t[-1:].isdecimal():
        return False  # (the date's last digit ends every tail, the line stripped: the gate before the scan, perf58)
    m = _TAIL.search(t)
    if m is None or len(t) > 400:
        return False
    site = m.group("site").split()
    if not all(w[0].isupper() for w in site):
        return False
    return sum(ch.isalpha() for ch in t[:m.start()]) >= 10


def share_cards(lines: list[str], removed: "dict[int, object]") -> dict[int, tuple[str, str]]:
    """The share card's lines of a page not removed yet: index -> (rule, note)."""
    out: dict[int, tuple[str, str]] = {}
    for i, line in enumerate(lines[:HEAD_LINES]):
        if i not in removed and card_tail(line):
            out[i] = (RULE, "a share card's headline or summary closed by the site's name and the date, in the "
                            "page's head")
    return out


class CardLines:
    """The clut57 share-card layer (:class:`~.marks.LineLayer`), before the duplicate checks: the card's line carries
    its own name, not a copy's."""

    def mark(self, marks: "Marks") -> None:
        lines = marks.line_texts()
        for i, value in share_cards(lines, marks.removed).items():
            marks.removed.setdefault(i, value)
