"""An issuer's stack that the line classifier would cut: one of its lines taken, the lines around it kept (cp66).

A Russian official act or a school paper opens with its issuer named from the territory down, one unit a line
("Республика Бурятия" / "Хоринский район" / "Совет депутатов муниципального образования" / "сельского поселения
«Ойбонтовское»", a council's decision, train27ru's ``t27ru32``), or with its institution and its parts ("Муниципальное
бюджетное образовательное учреждение" / "средняя общеобразовательная школа № 178" / "Научное общество учащихся
«Эврика»" / "секция «Историческое краеведение»", a pupil's paper's title page, ``t27ru59``).  The model judges each
short line by its words: a territory's or a society's name is a site's masthead word as often as the text's, and it
took one line of such a stack and kept its neighbours.  :func:`issuer_stack` says which lines stand in a stack whose
lines around them are kept: the classifier leaves them.

A stack line: a short line (eight words at most, no sentence stop) naming an institution or a territory by its kind
(:data:`KIND`: республика, область, район, поселение, совет, администрация, учреждение, школа, общество, секция …).
It is guarded when its nearest live lines above and below (within :data:`REACH` lines; lines an earlier layer removed,
a date line under the act's number, and lines the model takes are skipped) are kept, short, and one of them names an
institution or a territory too.  A site's masthead ("Официальный сайт органов местного самоуправления" / … /
"Хоринскй район Республика Бурятия" / "Версия для слабовидящих") is removed around its lines by the earlier layers,
so its territory line has no kept line above it and stays the model's.

Counted over every text part on the code before the guard (throwaway script, cp66): 30 content lines and no
clutter line are stack lines between kept neighbours; the model took 3 of them (the two pages above) and no clutter
line of the shape.  Russian only: the Vietnamese kinds ("trường", "sở", "xã") are common words ("thị trường", a
market), and a Vietnamese letterhead is in capitals (:func:`.layout.letterhead`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["KIND", "REACH", "stack_line", "issuer_stack"]

#: a word naming an institution or a territory by its kind, at a word's start (inflected: "района", "поселения")
KIND = re.compile(
    r"(?<![^\W\d_])(?:республик|област|кра[йя](?![^\W\d_])|район|округ|поселени|(?:сель)?совет|администраци"
    r"|министерств|учреждени|школ|обществ(?!озн)|колледж|университет|институт|академи|комитет|управлени|департамент"
    r"|лице[йя]|гимнази|секци|кафедр|факультет|дум[аыеу](?![^\W\d_])|собрани)", re.IGNORECASE)
REACH = 3  # the nearest kept line above and below: this many lines away at most
_MAX_WORDS = 8
_STOPS = ".!?…"
_CLOSERS = "\"'”’»)]"
_WORD = re.compile(r"[^\W\d_]{2,}")


def _short(line: str) -> bool:
    s = line.strip()
    return bool(s) and len(s.split()) <= _MAX_WORDS and s.rstrip(_CLOSERS)[-1:] not in _STOPS


def stack_line(line: str) -> bool:
    """A short line of two words or more naming an institution or a territory by its kind (:data:`KIND`)."""
    return _short(line) and len(_WORD.findall(line)) >= 2 and KIND.search(line) is not None


def issuer_stack(page: list[str], removed: "Mapping[int, Any]", taken: Iterable[int], lang: str = "ru") -> set[int]:
    """Indexes of ``taken`` (lines the model would remove) that are :func:`stack_line` with kept short lines (live,
    not ``taken``) as their nearest live lines above and below, one of which is a :func:`stack_line` too."""
    if lang != "ru":
        return set()
    taken = set(taken)
    n = len(page)

    def kept(j: int) -> bool:
        return j not in removed and j not in taken

    out: set[int] = set()
    for i in sorted(taken):
        if not stack_line(page[i]):
            continue
        up = next((j for j in range(i - 1, max(-1, i - 1 - REACH), -1) if kept(j)), None)
        down = next((j for j in range(i + 1, min(n, i + 1 + REACH)) if kept(j)), None)
        if up is None or down is None or not (_short(page[up]) and _short(page[down])):
            continue
        if stack_line(page[up]) or stack_line(page[down]):
            out.add(i)
    return out
