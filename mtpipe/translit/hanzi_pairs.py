"""Whole two-character given names seen in the news, for the hanzi ranking (:mod:`mtpipe.translit.hanzi`).

Toneless pinyin leaves many characters per syllable, and a prior over characters by position cannot tell
建华 from 健华: both characters are common in given names.  Knowing which *pairs* people bear helps a
name that others share.  Two tables of whole given names take part of a two-character given name's
probability besides its characters' prior, when no Vietnamese form narrows the characters:

* ``data/name_pairs.tsv``: the given names of jieba's dictionary names (share ``hanzi._PAIR_SHARE``);
* ``data/name_pairs_news.tsv``: the given names of HanLP's person-name dictionary (people named in the
  news, 19,885 given names of 26,776 persons, counted per person; built by ``tools/build_news_pairs.py``,
  Apache-2.0), share :data:`NEWS_PAIR_SHARE` (set on the dev lists: ``persons.tsv`` and the halves of
  ``tools/hanzi_dev_officials.py``).

The names of the benchmark lists, of the blind list and of the gazetteer are left out of the second
table, so no listed person is known whole from it.  Loaded on first use.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from pathlib import Path

__all__ = ["NEWS_PAIR_SHARE", "news_pairs", "news_mass", "PairsBySound"]

#: Share of a two-character given name's probability that comes from the news table: the largest that costs
#: no top-5 name on `tests/data/translit/persons.tsv` (0.05 and 0.1 gain on the dev halves but lose 2-3 famous
#: names with rare given names there: 迟浩田, 任正非, behind common homophones).
NEWS_PAIR_SHARE = 0.02


@lru_cache(maxsize=1)
def news_pairs() -> tuple[dict[str, int], int]:
    """Given name -> persons bearing it in ``data/name_pairs_news.tsv``, and the total."""
    path = Path(__file__).parent / "data" / "name_pairs_news.tsv"
    out: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            given, n = line.split("\t")
            out[given] = int(n)
    return out, sum(out.values())


def news_mass(given: str, share: float | None = None) -> float:
    """``share`` x P(given) in the news table (0 for a given name it lacks)."""
    pairs, n = news_pairs()
    k = pairs.get(given, 0)
    return (NEWS_PAIR_SHARE if share is None else share) * k / n if k else 0.0


class PairsBySound:
    """(pinyin, pinyin) -> the two-character given names of both pair tables read so, in the tables'
    order (the dictionary's pairs, then the news' it lacks).  Answered per pair of syllables when first
    asked (and kept): all 36,000 keys cost 0.16 CPU-s to build in every process, a job asks for few."""

    def __init__(self, pairs: list[str], index: dict[str, dict[str, bool]]) -> None:
        self._index = index
        self._by_first: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for pos, g in enumerate(pairs):
            if len(g) == 2:
                self._by_first[g[0]].append((pos, g))
        self._known: dict[tuple[str, str], tuple[str, ...]] = {}

    def get(self, key: tuple[str, str], default: tuple[str, ...] = ()) -> tuple[str, ...]:
        got = self._known.get(key)
        if got is None:
            a, b = key
            seconds = self._index.get(b, {})
            found = [pg for c in self._index.get(a, ()) for pg in self._by_first.get(c, ()) if pg[1][1] in seconds]
            got = self._known[key] = tuple(g for _, g in sorted(found))
        return got or default
