"""The prior over the characters of Chinese person names by position (:mod:`mtpipe.translit.hanzi`).

A log-linear model: P(ch | position) is proportional to the product of the sources' relative
frequencies (:data:`FEATURES`), each raised to a weight fitted by ``tools/build_name_prior.py``; a
rarer reading of a character costs a fitted weight too (:func:`secondary`).  Sources: surnames by
how many people bear them (Chinese-Names-Corpus's surname table, column ``bearers`` of
``data/name_chars.tsv``) and by jieba's person names; given-name characters by jieba's names in that
position, by ngender's real given names of men and of women, and by office holders' given names in
that position (``data/name_officials.tsv``).  Places use general character frequency.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["FEATURES", "features", "prior", "secondary"]

_SECONDARY = math.log(0.05)  # a place's character read by one of its rarer readings (persons: fitted)


@dataclass(frozen=True)
class _NameCounts:
    """Columns of ``data/name_chars.tsv`` (character -> count) and their totals."""

    cols: dict[str, dict[str, int]]
    totals: dict[str, int]


@lru_cache(maxsize=1)
def _name_counts() -> _NameCounts:
    path = Path(__file__).parent / "data" / "name_chars.tsv"
    head: list[str] = []
    cols: dict[str, dict[str, int]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# char\t"):
            head = line[2:].split("\t")[1:]
            cols = {h: {} for h in head}
        if not line or line.startswith("#"):
            continue
        ch, *nums = line.split("\t")
        for h, n in zip(head, nums):
            if n != "0":
                cols[h][ch] = int(n)
    return _NameCounts(cols, {h: sum(v.values()) for h, v in cols.items()})


@lru_cache(maxsize=1)
def _general() -> tuple[dict[str, int], int]:
    from .sinoviet import _freq

    f = dict(_freq())
    return f, sum(f.values())


#: Columns of the character tables that a position's prior weighs (see :func:`features`).
FEATURES = {"surname": ("bearers", "surname"), "given": ("position", "male", "female", "officials")}


@dataclass(frozen=True)
class _OfficialCounts:
    """``data/name_officials.tsv``: given-name characters of office holders by position, and the
    weights of the name prior fitted by ``tools/build_name_prior.py`` (features, then the cost of a
    rarer reading)."""

    cols: dict[str, dict[str, int]]
    totals: dict[str, int]
    weights: dict[str, tuple[float, ...]]


@lru_cache(maxsize=1)
def _official_counts() -> _OfficialCounts:
    path = Path(__file__).parent / "data" / "name_officials.tsv"
    head: list[str] = []
    cols: dict[str, dict[str, int]] = {}
    weights: dict[str, tuple[float, ...]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# weight\t"):
            _, group, *ws = line.split("\t")
            weights[group] = tuple(float(w) for w in ws)
        elif line.startswith("# char\t"):
            head = line[2:].split("\t")[1:]
            cols = {h: {} for h in head}
        elif line and not line.startswith("#"):
            ch, *nums = line.split("\t")
            for h, n in zip(head, nums):
                if n != "0":
                    cols[h][ch] = int(n)
    return _OfficialCounts(cols, {h: sum(v.values()) for h, v in cols.items()}, weights)


def features(ch: str, role: str, names: _NameCounts, officials: _OfficialCounts) -> list[float]:
    """Log relative frequencies of ``ch`` in a name position, one per column of :data:`FEATURES`.

    Surnames: how many people bear it (Chinese-Names-Corpus) and how many of jieba's names start with it.
    Given-name characters: jieba's names in this position, ngender's real given names of men and of
    women, and the given names of office holders in this position (``data/name_officials.tsv``).
    The build script calls this with its own tables, so that it fits what is run.
    """
    c, t = names.cols, names.totals
    if role == "surname":
        return [math.log((c["bearers"].get(ch, 0) + 0.01) / t["bearers"]),
                math.log((c["surname"].get(ch, 0) + 0.01) / t["surname"])]
    oc, ot = officials.cols[role], officials.totals[role]
    return [math.log((c[role].get(ch, 0) + 0.05) / t[role]), math.log((c["male"].get(ch, 0) + 0.5) / t["male"]),
            math.log((c["female"].get(ch, 0) + 0.5) / t["female"]), math.log((oc.get(ch, 0) + 0.05) / ot)]


def _group(role: str) -> str:
    return "surname" if role == "surname" else "given"


#: Weight of general character frequency in a name position: not fitted (the name sources decide), it
#: only orders characters they do not tell apart (老 before 栳 as the surname Lao, which no source counts).
_TIE_BREAK = 0.01


def _score(ch: str, role: str) -> float:
    names, off = _name_counts(), _official_counts()
    gen, n_gen = _general()
    return (sum(a * b for a, b in zip(off.weights[_group(role)][:-1], features(ch, role, names, off)))
            + _TIE_BREAK * math.log((gen.get(ch, 0) + 1) / n_gen))


@lru_cache(maxsize=8)
def _log_priors(role: str) -> tuple[dict[str, float], float]:
    """Unnormalised log prior of every character in a name position, and the log normaliser.

    A log-linear model over :func:`features`: P(ch | position) is proportional to
    exp(sum of weight x feature), the weights fitted by ``tools/build_name_prior.py`` on office
    holders' names read back from their Russian forms (a product of the sources, each raised to its
    weight, rather than a mixture: a character must be plausible to all of them).
    """
    from .hanzi import _pinyin_index

    chars = {c for d in _pinyin_index().values() for c in d}
    scores = {c: _score(c, role) for c in chars}
    top = max(scores.values())
    return scores, top + math.log(sum(math.exp(v - top) for v in scores.values()))


def prior(ch: str, role: str) -> float:
    """P(ch) in a name position: ``surname``, ``given1``/``given2`` (of a two-character given
    name), ``single`` (a one-character given name) or ``place`` (general character frequency)."""
    if role == "place":
        gen, n_gen = _general()
        return (gen.get(ch, 0) + 1) / n_gen
    scores, log_z = _log_priors(role)
    s = scores.get(ch)
    if s is None:  # a character outside pypinyin's table (from a Vietnamese syllable)
        s = _score(ch, role)
    return math.exp(s - log_z)


def secondary(role: str) -> float:
    """Log cost of reading a character by one of its rarer readings in this position."""
    return _SECONDARY if role == "place" else _official_counts().weights[_group(role)][-1]
