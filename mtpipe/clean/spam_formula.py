"""Chemical formulas written in capitals and figures (spam89, issue 12 point 3).

A fertiliser's or a lab's page writes its compounds as formulas inside a Vietnamese sentence ("dùng KNO3 bón gốc",
"K2SO4", "P2O5", "KH2PO4", "NH4NO3", "(NH4)2SO4", "Ca(H2PO4)2"). :data:`.spam_lookalike.SYMBOLS` lists common ones by
hand and its formula shape asks a lower-case letter; a formula of capitals alone read as a pasted code, and
langfresh45's controls drew a blind false alarm on "KNO3". :func:`formula` reads a token as a formula by two facts:

- the periodic table: the token is element symbols end to end (the 118 of IUPAC, ``data/elements.tsv``), each with a
  count of one or two figures (never a written "1", never a leading "0"), groups in brackets with their count;
- charge balance: some choice of each symbol's main oxidation states (``data/elements.tsv``, English Wikipedia's
  bold states via mendeleev, :file:`tools/build_elements.py`) sums to zero over the token ("KNO3": +1 +5 -2x3).

Two elements at least, and a figure or a two-letter symbol ("NaCl", "KNO3"; plain capitals "CO", "HI", "KIS" stay
words or acronyms). Spam codes of that alphabet do not balance: "BK8" (B +3, K +1, nothing negative), "K8VI",
"SUN6", "B5I2VY"; no token of the dev spam sets (2,532 distinct) is read as a formula.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

__all__ = ["ELEMENTS", "formula", "oxidation_states", "pieces"]

ELEMENTS = Path(__file__).with_name("data") / "elements.tsv"
_COUNT = r"([2-9]|[1-9]\d)?"  # none written for one; two figures at most, no leading "0"
_PIECE = re.compile(r"([A-Z][a-z]?)" + _COUNT + r"|(\()|(\))" + _COUNT)


@lru_cache(maxsize=1)
def oxidation_states() -> dict[str, tuple[int, ...]]:
    """Symbol -> its main oxidation states (empty for the noble gases and the elements from 105 on); read once."""
    out: dict[str, tuple[int, ...]] = {}
    for line in ELEMENTS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            sym, _, states = line.partition("\t")
            out[sym] = tuple(int(s) for s in states.split(",") if s)
    return out


def pieces(tok: str) -> list[tuple[str, int]] | None:
    """``tok`` as (symbol, count) pieces, a group's count multiplied in ("Ca(H2PO4)2" -> Ca 1, H 4, P 2, O 8 in
    order), or None where it is no run of element symbols, counts and brackets (one level)."""
    table = oxidation_states()
    out: list[tuple[str, int]] = []
    group: list[tuple[str, int]] | None = None
    i = 0
    while i < len(tok):
        m = _PIECE.match(tok, i)
        if not m:
            return None
        sym, n, opening, closing, gn = m.groups()
        if sym is not None:
            if sym not in table:
                return None
            (out if group is None else group).append((sym, int(n or 1)))
        elif opening:
            if group is not None:
                return None
            group = []
        else:
            if not group:
                return None
            out += [(s, c * int(gn or 1)) for s, c in group]
            group = None
        i = m.end()
    return out if group is None else None


def _balances(parts: list[tuple[str, int]]) -> bool:
    table = oxidation_states()
    sums = {0}
    for sym, n in parts:
        states = table[sym]
        if not states:
            return False
        sums = {s + n * x for s in sums for x in states}
    return 0 in sums


def formula(tok: str) -> bool:
    """``tok`` is a chemical formula (module docstring): element symbols with counts and groups, two elements at
    least, a figure or a two-letter symbol, and a choice of main oxidation states summing to zero."""
    if not 2 <= len(tok) <= 24 or not (tok[0].isupper() or tok[0] == "(") or not tok.isascii():
        return False
    parts = pieces(tok)
    if not parts or len({s for s, _ in parts}) < 2:
        return False
    if not (any(c.isdigit() for c in tok) or any(len(s) == 2 for s, _ in parts)):
        return False
    return _balances(parts)
