"""Scientific names of taxa in Vietnamese text: real look-alikes of single spam tokens (spam93, issue 12 point 3).

langfresh47's controls (Vietnamese pages on animal feed, blind) drew spam flags on "subtilis" ("chủng vi khuẩn
Bacillus subtilis Ba-B2013") and "Lactobacillaceae" ("thuộc bộ Lactobacillales, họ Lactobacillaceae"): biology's
Latin names, which a page on farming, medicine or nature writes inside its Vietnamese sentences and no word list of
the detector holds. :func:`scientific_name` (the ``taxon`` class of :func:`.spam_lookalike.look_alike`) vetoes:

- a taxon's name (one capital, letters a-z) that WordNet names by its rank (``genus_Bacillus``,
  ``family_Lactobacillaceae``: ``data/wordnet_taxa.txt``, :file:`tools/build_wordnet_taxa.py`) and by no synset of
  another kind (not "Paris", a city and a genus of plants, "Venus", "Phoenix": 64 such names left out);
- a name of a rank above the genus by the ending the codes of nomenclature fix for it, four letters of stem at least,
  one capital, letters a-z: the ICN (Art. 16-19: order "-ales", suborder "-ineae", family "-aceae", subfamily
  "-oideae"; classes and divisions "-opsida", "-phyceae", "-mycetes", "-phyta", "-mycota") and the ICNP (bacteria,
  the same ranks and endings), the ICZN (Art. 29.2: superfamily "-oidea", family "-idae", subfamily "-inae").
  "Lactobacillales", a modern order, is no WordNet name. No dev spam token (2,826, any case) ends so;
- a species' epithet, lower case, letters a-z, three letters at least, written one space after a genus of the list
  ("Bacillus subtilis", "Escherichia coli", "Aspergillus flavus"), or after that genus' initial and a full stop when
  the genus is written in full before it in the text ("B. subtilis"). No dev spam token stands one space after a
  genus of the list (one stands after "Dendrobium," and a comma: "kuwinok30.com", letters and figures).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

__all__ = ["RANK_ENDINGS", "scientific_name", "taxa"]

TAXA = Path(__file__).with_name("data") / "wordnet_taxa.txt"
#: the endings the codes of nomenclature fix for a rank above the genus (module docstring)
RANK_ENDINGS = ("aceae", "ales", "ineae", "oideae", "opsida", "phyceae", "mycetes", "phyta", "mycota",
                "oidea", "idae", "inae")
_RANKED = re.compile(r"[A-Z][a-z]{3,}(?:" + "|".join(RANK_ENDINGS) + ")")
_NAME = re.compile(r"[A-Z][a-z]{3,}")
_EPITHET = re.compile(r"[a-z]{3,}")
_GENUS_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]{3,}) $")
_INITIAL_BEFORE = re.compile(r"(?<![\w.])([A-Z])\. $")


@lru_cache(maxsize=1)
def taxa() -> frozenset[str]:
    """WordNet's names of taxa that no synset of another kind holds (``tools/build_wordnet_taxa.py``: "Paris", a
    city, "Venus", a planet, are left out; read once)."""
    lines = TAXA.read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in lines if w and not w.startswith("#") and "\t" not in w)


def scientific_name(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` is a taxon's name or a species' epithet after its genus (module docstring)."""
    tok = text[a:b]
    if _NAME.fullmatch(tok):
        return tok in taxa() or _RANKED.fullmatch(tok) is not None
    if not _EPITHET.fullmatch(tok):
        return False
    before = text[max(0, a - 40):a]
    m = _GENUS_BEFORE.search(before)
    if m:
        return m.group(1) in taxa()
    m = _INITIAL_BEFORE.search(before)
    if not m:
        return False
    initial = m.group(1)  # "B. subtilis": the genus "Bacillus" written in full before, in the list
    return any(g in taxa() for g in re.findall(r"(?<![\w.])(" + initial + r"[a-z]{3,})\b", text[:a]))
