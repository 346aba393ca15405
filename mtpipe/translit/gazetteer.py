"""A gazetteer of Chinese public figures for the hanzi ranking (:mod:`mtpipe.translit.hanzi`).

``data/public_figures.tsv``, built by ``tools/build_gazetteer.py`` from CC-CEDICT's person entries,
the deputies of the 12th National People's Congress and the 20th CPC Central Committee, knows the names no character prior can
rank: given names borne by one person (近平, 乐际, 沪宁).  A candidate whose whole name is in it takes
a share of the probability (``hanzi.GAZETTEER_SHARE``, spread evenly over the gazetteer's names)
besides the model's, and such a name is always considered when its characters fit the readings,
even beyond the beam (朱镕基).  The ranking of every other name is unchanged.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from pathlib import Path

__all__ = ["public_figures"]


@lru_cache(maxsize=1)
def public_figures() -> frozenset[str]:
    """The hanzi names of ``data/public_figures.tsv`` (Chinese public figures: officials first)."""
    path = Path(__file__).parent / "data" / "public_figures.tsv"
    return frozenset(line.split("\t", 1)[0] for line in path.read_text(encoding="utf-8").splitlines()
                     if line and not line.startswith("#"))


@lru_cache(maxsize=4)
def _figures_index(known: frozenset[str]) -> dict[tuple[int, str], tuple[str, ...]]:
    """(length, first character) -> the names of ``known``."""
    out: dict[tuple[int, str], list[str]] = defaultdict(list)
    for name in sorted(known):
        out[(len(name), name[0])].append(name)
    return {k: tuple(v) for k, v in out.items()}
