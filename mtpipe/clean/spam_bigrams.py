"""Syllable bigram counts of real Vietnamese text, the syllable model of :mod:`.spam` (moved out of it, lang11).

Counts are built from the FLORES-200 Vietnamese sentences shipped in ``mtpipe/models/data/corpus.vi.txt``
(:func:`load_bigrams`: the detector's syllable model). spam24 ships the counts of 309k sentences of Vietnamese
Wikipedia, ``mtpipe/clean/data/vi_syllables.tsv.gz`` (``tools/build_vi_syllables.py``): :func:`load_syllables` adds
them to FLORES's (8.6 million syllables; measured as the gap evidence of :mod:`.spam_bound` and :mod:`.spam_names`,
it caught no more and flagged more real text: benchmarks/README.md, Round 19, so the detector does not use it), and
:func:`written_words` reads the Latin words that text writes, which the detector takes for no pasted host name.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .table_cache import persisted

__all__ = ["Bigrams", "load_bigrams", "load_syllables", "pair_count", "syllable_counts", "wiki_successors", "written_words", "CORPUS", "SYLLABLES"]

_WORD = re.compile(r"\w+", re.UNICODE)

CORPUS = Path(__file__).resolve().parents[1] / "models" / "data" / "corpus.vi.txt"
#: syllable and bigram counts of Vietnamese Wikipedia (``tools/build_vi_syllables.py``; SOURCES.md)
SYLLABLES = Path(__file__).resolve().parent / "data" / "vi_syllables.tsv.gz"


@dataclass
class Bigrams:
    """Syllable unigram and bigram counts (lower-cased, NFC)."""

    uni: Counter[str]
    bi: Counter[tuple[str, str]]
    total: int
    #: how often each syllable was written with a capital inside a sentence (:func:`load_syllables` only)
    cap: Counter[str] = field(default_factory=Counter, repr=False)
    #: other words of Latin letters the text writes, three sightings at least ("moskva", "akihabara")
    words: frozenset[str] = field(default_factory=frozenset, repr=False)
    _succ: dict[str, set[str]] | None = field(default=None, repr=False)
    _pred: dict[str, set[str]] | None = field(default=None, repr=False)
    _pmi: dict[tuple[str, str], float] = field(default_factory=dict, repr=False)
    _top: tuple[dict[str, int], dict[str, int]] | None = field(default=None, repr=False)
    _common: dict[int, frozenset[str]] = field(default_factory=dict, repr=False)

    def pmi(self, a: str, b: str) -> float:
        """Pointwise mutual information of the bigram ``a b``, damped for bigrams seen
        fewer than three times (one sighting of two rare syllables is weak evidence);
        unseen bigrams get -5."""
        v = self._pmi.get((a, b))
        if v is None:
            c = self.bi[(a, b)]
            v = math.log(c * self.total / (self.uni[a] * self.uni[b])) * min(1.0, c / 3) if c else -5.0
            self._pmi[(a, b)] = v
        return v

    def local(self, prev: str | None, cand: str, nxt: str | None) -> float:
        """How well ``cand`` forms words with its neighbours (sum of PMI on each side)."""
        return (self.pmi(prev, cand) if prev else 0.0) + (self.pmi(cand, nxt) if nxt else 0.0)

    def local_all(self, prev: str | None, cands: list[str], nxt: str | None) -> list[float]:
        """:meth:`local` of each of ``cands`` (the same sums, in fewer calls: the PMI of each pair
        kept per neighbour, ``prev``'s successors and ``nxt``'s predecessors, no pair tuples)."""
        if prev and nxt:
            after, before = self._after(prev), self._before(nxt)
            return [(after[c] if c in after else self._fill(after, prev, c, True))
                    + (before[c] if c in before else self._fill(before, nxt, c, False)) for c in cands]
        if prev:
            after = self._after(prev)
            return [(after[c] if c in after else self._fill(after, prev, c, True)) + 0.0 for c in cands]
        if nxt:
            before = self._before(nxt)
            return [0.0 + (before[c] if c in before else self._fill(before, nxt, c, False)) for c in cands]
        return [0.0 + 0.0 for _ in cands]

    def _after(self, a: str) -> dict[str, float]:
        rows = self.__dict__.setdefault("_rows", {})
        row = rows.get(a)
        if row is None:
            row = rows[a] = {}
        return row  # type: ignore[no-any-return]

    def _before(self, b: str) -> dict[str, float]:
        cols = self.__dict__.setdefault("_cols", {})
        col = cols.get(b)
        if col is None:
            col = cols[b] = {}
        return col  # type: ignore[no-any-return]

    def _fill(self, cache: dict[str, float], word: str, cand: str, first: bool) -> float:
        """:meth:`pmi` of ``word cand`` (``first``) or ``cand word``, kept in ``cache`` under ``cand``."""
        v = cache[cand] = self.pmi(word, cand) if first else self.pmi(cand, word)
        return v

    def neighbours_of(self, prev: str | None, nxt: str | None) -> set[str]:
        """Syllables seen after ``prev`` or before ``nxt``: the only ones whose score is not the floor."""
        if self._succ is None:
            succ: dict[str, set[str]] = {}
            pred: dict[str, set[str]] = {}
            for a, b in self.bi:
                succ.setdefault(a, set()).add(b)
                pred.setdefault(b, set()).add(a)
            self._succ, self._pred = succ, pred
        out: set[str] = set()
        if prev:
            out |= self._succ.get(prev, set())
        if nxt:
            out |= self._pred.get(nxt, set())  # type: ignore[union-attr]
        return out

    def commonest(self, n: int) -> frozenset[str]:
        """The ``n`` most frequent syllables (kept per ``n``)."""
        if n not in self._common:
            self._common[n] = frozenset(w for w, _ in self.uni.most_common(n))
        return self._common[n]

    def fillers(self, prev: str, nxt: str, min_count: int = 2, common: int = 50) -> list[str]:
        """Syllables that make a word with each neighbour (each bigram seen ``min_count`` times, PMI above 0):
        what a gap between ``prev`` and ``nxt`` held ("được _ hợp": "tích"); none where ``prev nxt`` is a bigram
        itself (no syllable is missing there).  The ``common`` most frequent syllables ("và", "là", "của")
        follow and precede anything: they name no gap."""
        self.neighbours_of(prev, nxt)  # builds the successor and predecessor tables
        if self.bi[(prev, nxt)] > 0:
            return []
        top = self.commonest(common)
        both = (self._succ or {}).get(prev, set()) & (self._pred or {}).get(nxt, set())
        return sorted(c for c in both - top if min(self.bi[(prev, c)], self.bi[(c, nxt)]) >= min_count
                      and self.pmi(prev, c) > 0 and self.pmi(c, nxt) > 0)

    def named_by_each_side(self, prev: str, cand: str, nxt: str) -> bool:
        """Whether each neighbour alone names ``cand``: no syllable follows ``prev`` more often, and none
        precedes ``nxt`` more often ("mối _ hệ": "quan" both ways).  A candidate one side picks while the other
        takes many ("máy _ vào": "máy bay" is a word, but "vào" follows "trung", "gia", "tiến" more often than
        "bay") is a guess of one side, however unique the small model makes it (lang14: "giao máy ngay vào"
        repaired as "bay")."""
        if self._top is None:
            most_after: dict[str, int] = {}
            most_before: dict[str, int] = {}
            for (a, b), n in self.bi.items():
                most_after[a] = max(most_after.get(a, 0), n)
                most_before[b] = max(most_before.get(b, 0), n)
            self._top = (most_after, most_before)
        most_after, most_before = self._top
        return self.bi[(prev, cand)] >= most_after.get(prev, 0) and self.bi[(cand, nxt)] >= most_before.get(nxt, 0)

    def seen_all(self, prev: str | None, cand: str, nxt: str | None) -> bool:
        return (not prev or self.bi[(prev, cand)] > 0) and (not nxt or self.bi[(cand, nxt)] > 0) and bool(prev or nxt)


def _syllables(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(unicodedata.normalize("NFC", text)) if not w.isdigit()]


@lru_cache(maxsize=4)
def load_bigrams(path: str = str(CORPUS)) -> Bigrams:
    """Counts from a Vietnamese text file (one sentence per line)."""
    uni: Counter[str] = Counter()
    bi: Counter[tuple[str, str]] = Counter()
    with open(path, encoding="utf-8") as f:
        for line in f:
            sy = _syllables(line)
            uni.update(sy)
            bi.update(zip(sy, sy[1:]))
    return Bigrams(uni, bi, sum(uni.values()))


@lru_cache(maxsize=1)
def syllable_counts() -> tuple[Counter[str], Counter[str], frozenset[str]]:
    """:func:`load_syllables`' syllable counts (FLORES's and :data:`SYLLABLES`' added together), capitals inside a
    sentence and written words, without its 238,739 bigram rows: what a test of single syllables reads (a
    swapped-letter typo, a syllable run without marks), a few milliseconds against the pair counts' 0.4 CPU-s
    (perf51).  The table's first rows (``tools/build_vi_syllables.py``: words, then syllables, then bigrams)."""
    import gzip

    uni: Counter[str] = Counter(load_bigrams().uni)
    cap: Counter[str] = Counter()
    words: set[str] = set()
    with gzip.open(SYLLABLES, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            kind, key, n, *rest = line.rstrip("\n").split("\t")
            if kind == "u":
                uni[key] += int(n)
                cap[key] = int(rest[0])
            elif kind == "w":
                words.add(key)
            elif kind == "b":
                break  # the bigram rows come last
    return uni, cap, frozenset(words)


@lru_cache(maxsize=1)
@persisted("spam_bigrams.pairs", (CORPUS, SYLLABLES, Path(__file__).resolve()), encode=dict, decode=Counter)
def _syllable_pairs() -> Counter[tuple[str, str]]:
    """:func:`load_syllables`' bigram counts: FLORES's, then :data:`SYLLABLES`' rows added in the table's order;
    built once per user and read back (:mod:`.table_cache`: 0.13 CPU-s against 0.40 to parse the rows)."""
    import gzip

    bi: Counter[tuple[str, str]] = Counter(load_bigrams().bi)
    with gzip.open(SYLLABLES, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("b\t"):
                _, key, n = line.rstrip("\n").split("\t")
                x, _, y = key.partition(" ")
                bi[(x, y)] += int(n)
    return bi


@lru_cache(maxsize=1)
@persisted("spam_bigrams.successors", (SYLLABLES, Path(__file__).resolve()))
def wiki_successors() -> tuple[dict[str, dict[str, int]], dict[str, int]]:
    """Each syllable's successors with their bigram counts, and its strongest predecessor's count: the bigram rows
    of :data:`SYLLABLES` (Wikipedia alone, the text :data:`.spam_slots.FOREIGN` counts), read straight into these
    two maps (27 MB, against 69 MB for :func:`load_syllables`' pair counter; moved from ``spam_slots._succ``, which
    names it still); built once per user and read back (:mod:`.table_cache`: 0.05 CPU-s against 0.29 to parse)."""
    import gzip

    succ: dict[str, dict[str, int]] = {}
    top_pred: dict[str, int] = {}
    with gzip.open(SYLLABLES, "rt", encoding="utf-8") as f:
        for line in f:
            if not line.startswith("b\t"):
                continue
            _, pair, n = line.rstrip("\n").split("\t")
            x, _, y = pair.partition(" ")
            c = int(n)
            succ.setdefault(x, {})[y] = c
            if c > top_pred.get(y, 0):
                top_pred[y] = c
    return succ, top_pred


def pair_count(a: str, b: str) -> int:
    """``load_syllables().bi[(a, b)]`` without the pair counter: FLORES's count plus the table's row
    (:func:`wiki_successors`, read by the cleaner's ``warm()``; each pair has one row), for a test of a few pairs
    (perf51: the pair counter cost 0.4 CPU-s to build, 0.13 to read back)."""
    return load_bigrams().bi[(a, b)] + wiki_successors()[0].get(a, {}).get(b, 0)


@lru_cache(maxsize=1)
def load_syllables() -> Bigrams:
    """The syllable model of the gap evidence: :data:`SYLLABLES` (Wikipedia) and :func:`load_bigrams`'s FLORES
    counts added together (read once per process: :func:`syllable_counts` and the pair counts)."""
    uni, cap, words = syllable_counts()
    return Bigrams(uni, _syllable_pairs(), sum(uni.values()), cap, words)


@lru_cache(maxsize=1)
def written_words() -> frozenset[str]:
    """The words of three Latin letters or more, no Vietnamese syllable, that :data:`SYLLABLES`' text writes three
    times or more ("moskva", "pyotr", "akihabara"), lower-cased (read once per process, without the counts; the
    cleaner's ``warm()`` reads it)."""
    import gzip

    words = []
    with gzip.open(SYLLABLES, "rt", encoding="utf-8") as f:
        for line in f:  # the table's first rows (tools/build_vi_syllables.py)
            if line.startswith("w\t"):
                words.append(line.split("\t", 2)[1])
            elif not line.startswith("#"):
                break
    return frozenset(words)

