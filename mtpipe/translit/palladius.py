"""Pinyin <-> Palladius Cyrillic (the Russian system for Chinese), both directions.

Forward: syllable table ``data/palladius.tsv`` (copied from the shared reference),
-n -> -нь, -ng -> -н, ъ before a vowel-initial syllable after -н (Цинъюань),
persons ``Ван Цзылянь``, and the traditional exonyms of :mod:`.exonyms`.

Reverse: a Russian name is reduced to pinyin by

1. exonyms first, in any case form (Пекина -> Beijing);
2. hyphenated older given names joined (Цзы-лянь -> Цзылянь);
3. for each word, every base form that could have produced it (Чанчуня -> Чанчунь, checked
   against the generated case forms of :mod:`mtpipe.glossary.ru_inflect`) is segmented into
   syllables, fewest syllables first, ъ forcing a boundary; spellings the press uses beside
   Palladius's (Хе for Хэ, Вень for Вэнь) are read, and where a Palladius spelling may also mean
   another syllable in the press (Де: die, or de for 德) both readings are kept, the press's at a
   cost (:data:`VARIANTS`);
4. the candidates are ranked and given a confidence; the best is the answer.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import exonyms
from .pinyin import name_syllables, parse_syllables, pinyin_word

__all__ = ["Candidate", "Reverse", "table", "syllables_to_cyrillic", "from_pinyin", "from_hanzi", "segment_cyrillic",
           "to_pinyin", "word_to_pinyin", "is_palladius_word", "VOWEL_STARTS"]

#: Cyrillic letters that start a vowel-initial syllable (ъ goes before them after -н).
VOWEL_STARTS = "аэоюяеиё"
#: Russian case endings, longest first, with the base-form endings they may come from.
_ENDINGS = (("ами", ("", "ь", "а", "я")), ("ями", ("ь", "я")), ("ом", ("",)), ("ем", ("ь", "й", "")),
            ("ой", ("а",)), ("ою", ("а",)), ("ей", ("ь", "я")), ("ею", ("я",)), ("ов", ("",)), ("ам", ("", "а")),
            ("ах", ("", "а")), ("а", ("", "а")), ("у", ("", "а")), ("е", ("", "ь", "й", "а", "я")),
            ("ы", ("", "а")), ("я", ("ь", "й", "я")), ("ю", ("ь", "й", "я")), ("и", ("ь", "а", "я")))


@dataclass
class Candidate:
    """One reading of a name, with a confidence in [0, 1]."""

    text: str
    confidence: float
    syllables: list[list[str]] = field(default_factory=list)


@dataclass
class Reverse:
    """Result of a reverse transliteration: the best reading and its ranked alternatives."""

    text: str
    confidence: float
    candidates: list[Candidate]
    exonym: bool = False


@lru_cache(maxsize=1)
def table() -> dict[str, str]:
    """pinyin syllable (``ü`` as ``v``) -> Palladius Cyrillic."""
    rows = (Path(__file__).parent / "data" / "palladius.tsv").read_text(encoding="utf-8").splitlines()[1:]
    pairs = (r.split("\t") for r in rows if "\t" in r)
    return {p.replace("ü", "v"): c for p, c in pairs}


@lru_cache(maxsize=1)
def _reverse_table() -> dict[str, str]:
    rev: dict[str, str] = {}
    for p, c in table().items():
        if c not in rev or p == "luo":  # ло: luo is the name syllable, lo a particle
            rev[c] = p
    # tolerated spellings seen in the press
    extra = {"ё": "yo", "е": "ye", "жэнь": "ren", "жень": "ren", "чжень": "zhen", "шень": "shen",
             "чень": "chen", "цзе": "jie", "се": "xie", "ле": "lie", "не": "nie", "бе": "bie", "пе": "pie",
             "ме": "mie", "де": "die", "те": "tie", "хуей": "hui", "гуей": "gui", "вей": "wei", "бей": "bei",
             "лей": "lei", "мей": "mei", "пей": "pei", "фей": "fei", "ней": "nei", "хей": "hei", "дей": "dei",
             "шей": "shei", "гей": "gei", "цзен": "zeng", "ден": "deng", "тен": "teng", "лен": "leng",
             "чжен": "zheng", "шен": "sheng", "чен": "cheng", "фен": "feng", "вен": "weng", "мен": "meng",
             "пен": "peng", "хен": "heng", "ген": "geng", "жен": "reng", "зе": "ze", "ян": "yang", "ю": "you"}
    # е for э after a consonant Palladius never puts е after (Хе Лифэн, Ке Цян, Вень Цзябао); not же,
    # a common Russian word
    extra.update({"хе": "he", "ке": "ke", "ге": "ge", "че": "che", "ше": "she", "чже": "zhe", "це": "ce",
                  "вень": "wen", "мень": "men", "фень": "fen", "гень": "gen", "хень": "hen", "кень": "ken",
                  "пень": "pen", "бень": "ben", "нень": "nen", "цзень": "zen"})
    for c, p in extra.items():
        rev.setdefault(c, p)
    return rev


#: Readings the press may mean by a Palladius spelling besides its own: е for э where Palladius's е
#: stands for -ie (Де for 德 de, Ле for 乐 le, Цзе for 泽 ze); taken at a cost (:data:`_VARIANT_COST`).
VARIANTS: dict[str, tuple[str, ...]] = {
    "де": ("de",), "ле": ("le",), "не": ("ne",), "те": ("te",), "се": ("se",), "цзе": ("ze",), "ме": ("me",),
}
#: Score added for each syllable read by a variant (weights fall by exp(-2 x cost), see word_to_pinyin).
_VARIANT_COST = 0.5


def syllables_to_cyrillic(sylls: list[str]) -> str:
    """One capitalised Cyrillic word from pinyin syllables (``chang chun`` -> ``Чанчунь``)."""
    t = table()
    out = ""
    for s in sylls:
        s = s.lower().replace("ü", "v")
        cyr = t.get(s) or t.get(s.replace("v", "u")) or s
        if out.endswith("н") and cyr[:1] in VOWEL_STARTS:
            out += "ъ"
        out += cyr
    return out[:1].upper() + out[1:]


def from_pinyin(text: str) -> str:
    """Palladius form of a pinyin name (``Wang Zilian`` -> ``Ван Цзылянь``; ``Xi'an`` -> ``Сиань``).

    Words that are not pinyin are kept as they are.
    """
    row = exonyms.by_en(text.strip())
    if row and row[2]:
        return row[2]
    words = []
    for w in text.split():
        sylls = parse_syllables(w)
        words.append(syllables_to_cyrillic(sylls) if sylls else w)
    return " ".join(words)


def from_hanzi(hanzi: str, kind: str = "place") -> str:
    """Palladius form of a Chinese name: persons ``Ван Цзылянь``, places ``Чанчунь``; exonyms first."""
    row = exonyms.by_zh(hanzi)
    if row and row[2]:
        return row[2]
    return " ".join(syllables_to_cyrillic(w) for w in name_syllables(hanzi, kind) if w)


@lru_cache(maxsize=8192)
def segment_cyrillic(word: str) -> tuple[str, ...] | None:
    """Pinyin syllables of one Cyrillic word (fewest syllables), or None if it is not Palladius."""
    chunks = _chunks(word)
    if chunks is None:
        return None
    rev = _reverse_table()
    return tuple(rev[c] for c in chunks)


@lru_cache(maxsize=8192)
def _chunks(word: str) -> tuple[str, ...] | None:
    """The Cyrillic syllables of one word (fewest), or None if it is not Palladius."""
    rev = _reverse_table()
    w = word.lower()
    parts = [p for p in w.replace("ъ", " ").replace("-", " ").split() if p]
    out: list[str] = []
    for p in parts:
        n = len(p)
        best: list[tuple[str, ...] | None] = [None] * (n + 1)
        best[0] = ()
        for i in range(1, n + 1):
            for j in range(max(0, i - 7), i):
                prev = best[j]
                chunk = p[j:i]
                if prev is None or chunk not in rev:
                    continue
                cand = prev + (chunk,)
                if best[i] is None or len(cand) < len(best[i]):  # type: ignore[arg-type]
                    best[i] = cand
        if best[n] is None:
            return None
        out += best[n]  # type: ignore[operator]
    return tuple(out)


@lru_cache(maxsize=1)
def _exonym_forms() -> dict[str, tuple[str, str, str, str]]:
    from ..glossary.ru_inflect import case_forms

    out: dict[str, tuple[str, str, str, str]] = {}
    for row in exonyms.EXONYMS:
        if row[2]:
            for f in case_forms(row[2]):
                out.setdefault(f.lower().replace("ё", "е"), row)
    return out


def _bases(word: str) -> list[tuple[str, float]]:
    """Base forms that could have produced ``word``, with a penalty for each ending stripped."""
    from ..glossary.ru_inflect import case_forms

    low = word.lower()
    out = [(word, 0.0)]
    for end, bases in _ENDINGS:
        if low.endswith(end) and len(low) > len(end) + 1:
            stem = word[: len(word) - len(end)]
            for b in bases:
                cand = stem + b
                if cand.endswith(("ъ", "Ъ")) or not stem[-1:].isalpha():
                    continue
                if cand.lower() != low and low in (f.lower() for f in case_forms(cand)):
                    out.append((cand, 0.6))
    return out


@lru_cache(maxsize=1)
def _syllable_prior() -> dict[str, float]:
    """-log share of each syllable (``data/syllable_freq.tsv``), to break ties (Чанчуне: chun over chong).

    The weights were counted once from pypinyin's phrase dictionary: every character of every
    phrase adds one to its reading (``lazy_pinyin(ch, v_to_u=False)``), name characters get 200 more.
    """
    rows = (Path(__file__).parent / "data" / "syllable_freq.tsv").read_text(encoding="utf-8").splitlines()
    counts = {r.split("\t")[0]: int(r.split("\t")[1]) + 1 for r in rows if r and not r.startswith("#")}
    total = sum(counts.values())
    return {k: -math.log(v / total) for k, v in counts.items()}


def word_to_pinyin(word: str) -> list[Candidate]:
    """Readings of one Russian word (Palladius, maybe inflected), best first; empty if none."""
    return [Candidate(t, c, [list(sy) for sy in syls]) for t, c, syls in _word_readings(word)]


@lru_cache(maxsize=65536)
def _word_readings(word: str) -> tuple[tuple[str, float, tuple[tuple[str, ...], ...]], ...]:
    """:func:`word_to_pinyin`'s readings, immutable and kept (names recur in every document that
    mentions them: the name finder asks for the same words again and again)."""
    joined = word.replace("-", "") if "-" in word and not word.split("-", 1)[1][:1].isupper() else word
    scored: dict[str, tuple[float, list[str]]] = {}
    rev = _reverse_table()
    prior = _syllable_prior()
    for base, pen in _bases(joined):
        chunks = _chunks(base)
        if not chunks:
            continue
        # each syllable by its Palladius reading, or by a variant the press means by it at a cost
        readings: list[tuple[tuple[str, ...], float]] = [((), 0.0)]
        for c in chunks:
            opts = [(rev[c], 0.0)] + [(v, _VARIANT_COST) for v in VARIANTS.get(c, ())]
            readings = [(r + (o,), k + ko) for r, k in readings for o, ko in opts]
        for sylls, cost in readings:
            # fewest syllables, then fewest endings stripped and variants; syllable frequency only breaks ties
            score = len(sylls) + pen + cost + 0.005 * sum(prior.get(x, 12.0) for x in sylls)
            text = pinyin_word(list(sylls))
            if text not in scored or score < scored[text][0]:
                scored[text] = (score, list(sylls))
    if not scored:
        return ()
    ranked = sorted(scored.items(), key=lambda kv: kv[1][0])
    weights = [math.exp(-2.0 * (s - ranked[0][1][0])) for _, (s, _) in ranked]
    total = sum(weights)
    return tuple((t, round(w / total, 3), (tuple(sy),)) for (t, (_, sy)), w in zip(ranked, weights))


_ADJ_ENDINGS = {"ая", "яя", "ой", "ей", "ую", "юю", "ий", "ый", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем",
                "ее", "ое", "ие", "ые", "их", "ых"}


def _word_matches(w: str, r: str, case_forms: Any) -> bool:
    if w == r or w in (f.lower() for f in case_forms(r)):
        return True
    return r[-2:] in _ADJ_ENDINGS and w.startswith(r[:-2]) and w[len(r) - 2:] in _ADJ_ENDINGS


@lru_cache(maxsize=8192)
def _exonym(text: str) -> tuple[str, str, str, str] | None:
    key = text.strip().lower().replace("ё", "е")
    row = _exonym_forms().get(key)
    if row:
        return row
    # several words (Внутренней Монголии -> Внутренняя Монголия): nouns by their case forms,
    # adjectives by their endings
    words = key.split()
    if len(words) > 1:
        from ..glossary.ru_inflect import case_forms

        for row in exonyms.EXONYMS:
            ru = row[2].lower().split()
            if len(ru) == len(words) and all(_word_matches(w, r, case_forms) for w, r in zip(words, ru)):
                return row
    return None


def to_pinyin(text: str, top: int = 5) -> Reverse:
    """Reverse Palladius: a Russian name (maybe inflected) -> pinyin.

    Args:
        text: ``Ван Цзылянь``, ``Чанчуня``, ``Ван Цзы-лянь``, ``Пекин``...
        top: How many candidates to keep.

    Returns:
        The best reading with its confidence and the ranked candidates; an empty ``text`` and
        confidence 0 when some word is not Palladius.
    """
    text = " ".join(text.split())
    row = _exonym(text)
    if row:
        return Reverse(row[1], 0.99, [Candidate(row[1], 0.99)], exonym=True)
    per_word = [word_to_pinyin(w) for w in text.split()]
    if not per_word or any(not c for c in per_word):
        return Reverse("", 0.0, [])
    combos: list[tuple[str, float, list[list[str]]]] = [("", 1.0, [])]
    for cands in per_word:
        combos = [((t + " " + c.text).strip(), p * c.confidence, sy + c.syllables)
                  for t, p, sy in combos for c in cands[:top]]
        combos = sorted(combos, key=lambda x: -x[1])[:top]
    cands_out = [Candidate(t, round(p, 3), sy) for t, p, sy in combos]
    return Reverse(cands_out[0].text, cands_out[0].confidence, cands_out)


def is_palladius_word(word: str) -> bool:
    """True when ``word`` (or a base form of it) parses as Palladius syllables."""
    return bool(word_to_pinyin(word))
