"""A site's language switch above the article: the languages' codes, one a line (issue 12, post35).

A bilingual site prints its language links at the top of every page, each a code alone on its line: "EN" / "VN"
(h35vi03, under the site's "logo"), "SPA FRA ENG ARA" / "EN" (h29ru07), "Укр" / "Рус" / "Eng" / "Esp" (the ``html``
part), "RU" over the city and the weather (t31ru01).  The classifier takes some of them ("EN"), and the code left
next to them ("VN", which looks like an abbreviation of the text's) stays.

* ``boilerplate.language_switch``: a line that is only a language's code (:data:`CODES`: "EN", "ENG", "VN", "VI",
  "RU", "РУС", …), before the article's first sentence, right next to (no live line between) another code line or a
  line a layer removed; the whole run of codes goes.  A code inside the text ("VN" in "… tỷ giá VN …") is no line of
  its own; a code line under the article's first sentence stays (a table's cell, a list's value).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Mapping

from .features import _sentence_like

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULES", "SWITCH", "CODES", "language_code", "language_switches", "SwitchLines"]

SWITCH = "boilerplate.language_switch"
#: the fewest and the most codes a row of them on one line holds
MIN_ROW, MAX_ROW = 3, 8
#: the ledger rules of this module (policy families, docs)
RULES = (SWITCH,)
#: language codes as switches print them (casefolded): ISO 639-1 and -2 codes of the languages the pages offer, and
#: the country codes sites use for them ("VN", "UA", "CN", "GB"), in Latin and in Cyrillic
CODES = frozenset("""en eng vn vi vie ru rus ua uk ukr cn zh chi zho gb fr fra fre de deu ger es spa esp ar ara kz kaz
    jp ja jpn kr ko kor by be bel рус укр бел қаз eng. рус. укр.""".split())


def language_code(s: str) -> bool:
    """A line that is only a language's code ("EN", "VN", "Рус"), a bar or a slash around it allowed; or a row of
    three to eight codes on one line ("SPA FRA ENG ARA", h29ru07; cr96: dev 1 clutter / 0 content lines of a row of
    two or more; a pair, "EN VN", may be a dictionary's direction and stays)."""
    codes = [c for c in re.split(r"[\s|/•·\[\]]+", s) if c]
    return len(codes) in (1, *range(MIN_ROW, MAX_ROW + 1)) and all(c.casefold() in CODES and len(c) <= 4 for c in codes)


def language_switches(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """The runs of code lines next to another code or a removed line, above the first sentence: index -> (rule,
    note)."""
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    first = next((i for i in live if _sentence_like(lines[i].strip())), len(lines))
    out: dict[int, tuple[str, str]] = {}
    codes = [i for i in live if i < first and language_code(lines[i])]
    for i in codes:
        near = [j for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        if any(j in removed or j in codes for j in near):
            out[i] = (SWITCH, "a language's code alone on its line next to another code or a removed line, above "
                              "the article's first sentence (a site's language switch)")
    return out


class SwitchLines:
    """The post35 language-switch layer (:class:`~.marks.LineLayer`): live lines only."""

    def mark(self, marks: "Marks") -> None:
        lines = marks.line_texts()
        held = getattr(marks.removed, "held", None) or {}
        for i, value in language_switches(lines, marks.removed).items():
            if any(j in held and j not in marks.removed for j in (i - 1, i + 1)):
                continue  # a removal next to a held line would release it (policy.release_supported): its own rule
            marks.removed.setdefault(i, value)
