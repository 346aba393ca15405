"""A host-shaped label where Vietnamese text puts a syllable, weighed by the Wikipedia model (spam27, issue 12 point 3).

The evidence is the sentence's own neighbours, read as a language model rather than as token shapes: how likely
Vietnamese text puts *some* syllable between ``prev`` and ``nxt`` (the best one: P(c | prev) P(nxt | c), syllable
bigrams of Vietnamese Wikipedia, :data:`.spam_bigrams.SYLLABLES`) against how likely it puts a foreign word
there (P(foreign | prev) P(nxt | foreign), how often each syllable stands beside a foreign word in the same text:
:data:`FOREIGN`, ``tools/build_vi_foreign.py``). "sự cạnh · từ", "tại sân · Trường" want a syllable; "tại ·",
"công ty ·", "· cho biết" take names. Alone it does not tell a pasted label from a rare real name ("Holst thể",
"Sintra", "Martelly": benchmarks/README.md, Round 21), so it only weighs labels the shape tests already doubt:

- a random or compound label (:func:`.spam_names.name_shape`, a domain's label too), or a word of six capitals or
  more that no list knows (no word Wikipedia or English writes: "UNESCO", "REVIEW" are; acronyms of Vietnamese
  bodies, "UBATGT", stand where names stand, below the bar): odds of a syllable over :data:`ODDS_TWO` between two
  syllables, over :data:`ODDS_ONE` with one syllable beside it; not a word of capitals right after a compound written
  whole and before a lower-case word, a kind's acronym ("màn hình AMOLED phẳng": :mod:`.spam_kindcaps`, spam62);
- a camel-case word no list knows (``_camel``): :data:`ODDS_CAMEL` between two syllables only (real camel brands,
  "TikToker", "VinFast", stand in name slots at lower odds).

Flag only (never repaired here: :class:`.spam.SpamRepair` repairs what it is sure of, as for any token).
"""

from __future__ import annotations

import gzip
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# asked for every Latin token of a Vietnamese text (slot_evidence): imported once, not per call (none imports this module)
from .spam_bigrams import wiki_successors, written_words
from .spam_gaps import _SYLLABLE, _strip_tones
from .spam_lexicon import known_site
from .spam_names import _brand_like, _camel, _domain_shape, _vi_line, load_words, name_shape
from .spam_shapes import BEFORE

# the literal patterns of the calls below, compiled once (perf54: a string pattern is a lookup in re's cache per call)
_TOKEN_AFTER = re.compile(r" (\S+)")
_TOKEN_BEFORE = re.compile(r"(\S+) $")

__all__ = ["BARS", "FOREIGN", "Slots", "load_slots", "slot_evidence", "slot_odds", "syllable_slot", "warm"]

#: per syllable: words after and before it in Vietnamese Wikipedia, and how many of them foreign
FOREIGN = Path(__file__).resolve().parent / "data" / "vi_foreign.tsv.gz"
ODDS_TWO = 3.5
ODDS_ONE = 4.5
ODDS_CAMEL = 6.5
_SMOOTH = 20  # pseudo-count: a syllable seen a few times leans to the text's average foreign rate
_PUNCT_OPEN = "([\"'“‘«"
_PUNCT_CLOSE = ")]\"'”’».,;:!?…"


@dataclass(frozen=True)
class Slots:
    """Foreign-neighbour counts (:data:`FOREIGN`)."""

    after: dict[str, tuple[int, int]]  # syllable -> (words after it, foreign words after it)
    before: dict[str, tuple[int, int]]  # syllable -> (words before it, foreign words before it)
    rate_after: float
    rate_before: float
    foreign_before: int  # foreign words standing right before a syllable, all syllables

    def p_foreign_after(self, prev: str) -> float:
        n, f = self.after.get(prev, (0, 0))
        return (f + _SMOOTH * self.rate_after) / (n + _SMOOTH)

    def p_foreign_before(self, nxt: str) -> float:
        n, f = self.before.get(nxt, (0, 0))
        return (f + _SMOOTH * self.rate_before) / (n + _SMOOTH)


@lru_cache(maxsize=1)
def load_slots() -> Slots:
    """:data:`FOREIGN`, read once per process."""
    after: dict[str, tuple[int, int]] = {}
    before: dict[str, tuple[int, int]] = {}
    rates = (0.0, 0.0)
    with gzip.open(FOREIGN, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            kind, key, aw, af, bw, bf = line.rstrip("\n").split("\t")
            if kind == "t":
                rates = (int(af) / int(aw), int(bf) / int(bw))
            else:
                after[key] = (int(aw), int(af))
                before[key] = (int(bw), int(bf))
    return Slots(after, before, rates[0], rates[1], sum(v[1] for v in before.values()))


#: each syllable's successors with their Wikipedia bigram counts, and its strongest predecessor's count
_succ = wiki_successors


def warm() -> None:
    """Read what :func:`syllable_slot` reads at the first doubtful label (the cleaner's ``warm()``)."""
    load_slots()
    _succ()


@lru_cache(maxsize=8192)
def slot_odds(prev: str | None, nxt: str | None) -> float | None:
    """log(best syllable / a foreign word) between ``prev`` and ``nxt`` (lower-case syllables, either None at a
    sentence's edge or beside a non-syllable); None when neither is a syllable the counts know."""
    sl = load_slots()
    succ, top_pred = _succ()
    if prev and nxt:
        aw, bw = sl.after.get(prev, (0, 0))[0], sl.before.get(nxt, (0, 0))[0]
        if not aw or not bw:
            return None
        best = max((n / aw * succ.get(c, {}).get(nxt, 0) / max(1, sl.after.get(c, (1, 0))[0])
                    for c, n in succ.get(prev, {}).items()), default=0.0)
        foreign = sl.p_foreign_after(prev) * (sl.before[nxt][1] + _SMOOTH * sl.rate_before) / (sl.foreign_before + _SMOOTH)
    elif prev:
        aw = sl.after.get(prev, (0, 0))[0]
        if not aw:
            return None
        best = max(succ.get(prev, {}).values(), default=0) / aw
        foreign = sl.p_foreign_after(prev)
    elif nxt:
        bw = sl.before.get(nxt, (0, 0))[0]
        if not bw:
            return None
        best = top_pred.get(nxt, 0) / bw
        foreign = sl.p_foreign_before(nxt)
    else:
        return None
    return math.log((best + 1e-9) / foreign)


def _syllable(word: str) -> str | None:
    low = word.lower()
    return low if low.isalpha() and len(low) <= 7 and _SYLLABLE.fullmatch(_strip_tones(low)) else None


def neighbours(text: str, a: int, b: int) -> tuple[str | None, str | None]:
    """The syllables right beside ``text[a:b]`` (one space apart, no punctuation between), lower-cased."""
    prev = nxt = None
    if a > 0 and text[a - 1] == " ":
        m = _TOKEN_BEFORE.search(text[max(0, a - 40):a])
        if m and m.group(1)[-1:] not in _PUNCT_CLOSE:
            prev = _syllable(m.group(1).lstrip(_PUNCT_OPEN))
    if text[b:b + 1] == " ":
        m = _TOKEN_AFTER.match(text[b:b + 40])
        if m and m.group(1)[:1] not in _PUNCT_OPEN:
            nxt = _syllable(m.group(1).rstrip(_PUNCT_CLOSE))
    return prev, nxt


#: (id of ``known``, token) -> (``known`` itself, its shape): an id reused by another set never answers (cp76)
_SHAPE: dict[tuple[int, str], tuple[object, str | None]] = {}
_CAPITALS = re.compile(r"[A-Z]{6,}")


def _shape(tok: str, known: "set[str] | dict[str, int]") -> str | None:
    key = (id(known), tok)
    if _SHAPE.get(key, (None,))[0] is not known:
        if len(_SHAPE) > 65536:
            _SHAPE.clear()
        if _CAPITALS.fullmatch(tok):
            low = tok.lower()
            _SHAPE[key] = (known, None if (low in known or low in load_words() or _brand_like(tok) or known_site(low))
                           else "capitals")
        else:
            _SHAPE[key] = (known, _domain_shape(tok, known) if "." in tok
                           else (name_shape(tok, known) or _camel(tok, known)))
    return _SHAPE[key][1]


#: the classes weighed, and the odds each needs: (between two syllables, beside one; None: never beside one)
BARS: dict[str, tuple[float, float | None]] = {
    "random": (ODDS_TWO, ODDS_ONE), "compound": (ODDS_TWO, ODDS_ONE), "capitals": (ODDS_TWO, ODDS_ONE),
    "camel": (ODDS_CAMEL, None),
}


def slot_evidence(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> tuple[str, float, bool] | None:
    """``(class, odds, between two syllables)`` of ``text[a:b]`` standing as a word in a Vietnamese line, when its
    class is one of :data:`BARS` and a neighbour is a syllable the counts know; None otherwise."""
    if not (a == 0 or text[a - 1] in BEFORE):
        return None
    tok = text[a:b]
    shape = _shape(tok, known)
    if shape not in BARS:
        return None
    if tok.lower() in written_words() or not _vi_line(text, a, b):
        return None
    prev, nxt = neighbours(text, a, b)
    odds = slot_odds(prev, nxt)
    return None if odds is None else (shape, odds, bool(prev and nxt))


def syllable_slot(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``text[a:b]``, a label the shape tests doubt, stands where the Wikipedia model wants a syllable."""
    ev = slot_evidence(text, a, b, known)
    if ev is None:
        return False
    shape, odds, two = ev
    if shape == "capitals":
        from .spam_kindcaps import kind_capitals  # (spam_context imports this module)

        if kind_capitals(text, a, b):
            return False  # a kind's acronym after a compound written whole ("màn hình AMOLED phẳng"): spam62
    bar = BARS[shape][0 if two else 1]
    return bar is not None and odds > bar
