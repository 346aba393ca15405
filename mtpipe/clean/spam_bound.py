"""Words of no list that break a Vietnamese word, and words that close one (spam23; issue 12 point 3).

The syllable model's bound pairs (:mod:`.spam_bigrams`: a syllable one neighbour takes most sightings of) tell where a
word pasted over a syllable left half of a Vietnamese word behind: "SkipLeeArt nhiên, sự nổi bật" ("Tuy nhiên"),
"wstareternum thể, trong" ("Cụ thể"). :func:`foreign` is the token's side (no list knows it, in any case);
:func:`bound_gap` the neighbours' side; :mod:`.spam_names` weighs both where a syllable stands before the token or a
sentence starts with it, never after a word that introduces a name. :func:`closes_word` keeps the filler test of
:meth:`.Bigrams.fillers` from reading a gap after a finished word ("lợi thế Shoppertainment đang").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..translit.pinyin import parse_syllables
from .spam_bigrams import CORPUS, load_bigrams
from .spam_gaps import _SYLLABLE, vietnamese_syllable
from .spam_names import _brand_like, load_words, solid_compounds

__all__ = ["BOUND_ALL_MIN", "english_form", "foreign", "bound_gap", "bound_tables", "closes_word", "cut_name", "name_syllables", "NAME_SHARE", "BOUND_SHARE", "BOUND_AFTER_SHARE", "BOUND_MIN"]


def foreign(token: str, known: "set[str] | dict[str, int]") -> bool:
    """A word of four Latin letters or more, in any case, that no list knows: no model code or Vietnamese company
    (:func:`_brand_like`), no word of the syllable model, no English word, no Vietnamese syllable without its
    marks, no known site's label, no pinyin (what :func:`name_shape` rules out before it weighs a shape)."""
    if not (token.isascii() and token.isalpha() and len(token) >= 4) or _brand_like(token):
        return False
    low = token.lower()
    if low in known or low in load_words() or low in solid_compounds() or english_form(low):
        return False
    if _syllables(low):
        return False  # Vietnamese syllables without their marks ("toan", "nhung", "tivi", "phongthuy")

    sylls = parse_syllables(low)
    return not (sylls and all(len(x) >= 2 for x in sylls))


#: endings that make English words of English words: inflections ("binning", "zoomed", "kerning") and the names of a
#: group or a follower ("Swifties", "Canonian", "Gooner"); spam38
_ENDINGS = ("ing", "ed", "ers", "er", "es", "s", "ies", "ians", "ian", "ites", "ite", "ism", "ists", "ist")


@lru_cache(maxsize=4096)
def english_form(low: str) -> bool:
    """Whether ``low`` (lower case) is an English word of the shipped list with an ending of :data:`_ENDINGS`, its stem
    three letters at least, its last consonant doubled ("binning"), its "e" dropped ("coding") or its "y" made "i"
    ("carried"): an English word, never a pasted label (spam38: "không binning.", "các Swifties tại", "các Canonian
    về" were read as pasted on langfresh13's and langfresh21's controls; no spam token of the dev sets is one)."""
    words = load_words()
    for end in _ENDINGS:
        stem = low[:-len(end)]
        if not low.endswith(end) or len(stem) < 3 or not stem.isalpha():
            continue
        forms = {stem, stem + "e", stem + "y", stem[:-1] + "y" if stem.endswith("i") else stem}
        if len(stem) >= 4 and stem[-1] == stem[-2]:
            forms.add(stem[:-1])
        if forms & words:
            return True
    return False


@lru_cache(maxsize=4096)
def _syllables(word: str) -> bool:
    """Whether ``word`` is Vietnamese syllables without marks (two letters or more each, one alone too), end to end."""
    return not word or any(_SYLLABLE.fullmatch(word[:i]) is not None and _syllables(word[i:])
                           for i in range(2, len(word) + 1))


#: a syllable is bound to the syllable before it when that one takes this share of its sightings (of
#: :data:`BOUND_MIN` at least) in the syllable model ("tuy nhiên", "có thể"); to the one after it, this share
#: ("xã hội"; "khu vực", "nền tảng", "xây dựng" are bound less: "khu Akihabara", "nền Dota 2", "xây khang trang")
BOUND_SHARE, BOUND_AFTER_SHARE, BOUND_MIN = 0.6, 0.8, 10
#: or bound in every sighting, of this many at least ("khách sạn" 4 of 4, "tài xế" 3 of 3)
BOUND_ALL_MIN = 3


@lru_cache(maxsize=1)
def bound_tables() -> tuple[dict[str, tuple[str, int]], dict[str, tuple[str, int]]]:
    """Each syllable's likeliest predecessor and successor in the syllable model, with the bigram's count (read once
    per process; the cleaner's ``warm()`` builds them)."""
    pred: dict[str, tuple[str, int]] = {}
    succ: dict[str, tuple[str, int]] = {}
    for (x, y), n in load_bigrams().bi.items():
        if n > pred.get(y, ("", 0))[1]:
            pred[y] = (x, n)
        if n > succ.get(x, ("", 0))[1]:
            succ[x] = (y, n)
    return pred, succ


def bound_gap(text: str, b: int, prev: "str | None", nxt: "str | None", known: "set[str] | dict[str, int]") -> bool:
    """A word (ending at ``b``) breaks a Vietnamese word: the lower-case syllable after it is bound to a predecessor
    that is not the one before it and makes no bigram with the syllable after it ("SkipLeeArt nhiên," at a start:
    "tuy"; "hot Vlogger đình đám" is a word), or the lower-case syllable before it is bound to a successor that is
    not the one after it ("mạng xã WstarEternum Weibo": "hội"); the syllable model's counts (spam23)."""
    bg = load_bigrams()
    best = bound_tables()

    def bound(word: str, table: dict[str, tuple[str, int]], other: "str | None", share: float) -> bool:
        w = word.lower()
        partner, n = table.get(w, ("", 0))
        return (word.islower() and vietnamese_syllable(word, known) and partner != (other or "").lower()
                and (bg.uni[w] >= BOUND_MIN and n >= share * bg.uni[w] or bg.uni[w] >= BOUND_ALL_MIN and n == bg.uni[w]))

    if nxt and bound(nxt, best[0], prev, BOUND_SHARE):
        m = re.match(r" [^\W\d_]+ ([^\W\d_]+)", text[b:b + 40])
        if not (m and bg.bi[(nxt.lower(), m.group(1).lower())] > 0):
            return True
    return bool(prev and bound(prev, best[1], nxt, BOUND_AFTER_SHARE))


def closes_word(text: str, pstart: int, prev: str) -> bool:
    """Whether ``prev`` (at ``pstart``) ends a word with the syllable before it: their bigram seen, PMI above 0, and
    ``prev`` none of the 50 commonest syllables (a function word, "sẽ được", closes no word: "được _ hợp")."""
    m = re.search(r"([^\W\d_]+) $", text[max(0, pstart - 30):pstart])
    if not m:
        return False
    bg = load_bigrams()
    pair = (m.group(1).lower(), prev.lower())
    return bg.bi[pair] > 0 and bg.pmi(*pair) > 0 and pair[1] not in bg.commonest(50)


#: a syllable is a name's when the syllable model's text writes it with a capital this often inside a sentence
#: (of :data:`BOUND_MIN` sightings at least: "Quốc" of "Trung Quốc", "Hàn Quốc"; "Nam", "Lan", "Đức"; not "Bức")
NAME_SHARE = 0.3


@lru_cache(maxsize=1)
def name_syllables() -> frozenset[str]:
    """Syllables the syllable model's corpus capitalises inside sentences at least :data:`NAME_SHARE` of the time
    (read once per process; the cleaner's ``warm()`` builds them)."""
    import unicodedata
    from collections import Counter

    cap: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    with open(CORPUS, encoding="utf-8") as f:
        for line in f:
            words = re.findall(r"[^\W\d_]+|[.!?:]", line)
            for i, w in enumerate(words):
                if i == 0 or words[i - 1] in ".!?:" or not w.isalpha():
                    continue
                k = unicodedata.normalize("NFC", w.lower())
                seen[k] += 1
                cap[k] += w[:1].isupper()
    return frozenset(k for k, n in seen.items() if n >= BOUND_MIN and cap[k] >= NAME_SHARE * n)


_SURNAMES = frozenset("nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý".split())


def cut_name(text: str, b: int, nxt: str, known: "set[str] | dict[str, int]") -> bool:
    """Whether the word ending at ``b`` stands before one capitalised syllable of a Vietnamese name (a syllable
    :func:`name_syllables` knows, no surname: "Paul Nguyễn" is a name) that no capitalised word follows: the
    name's first syllable is what the word stands for ("ở Seoul, Goappts Quốc ngày 15": "Hàn Quốc")."""
    low = nxt.lower()
    if not (nxt[:1].isupper() and nxt[1:].islower() and vietnamese_syllable(nxt, known)) or low in _SURNAMES \
            or low not in name_syllables():
        return False
    m = re.match(r" [^\W\d_]+[ ,.;:]*([^\W\d_]*)", text[b:b + 40])
    return not (m and m.group(1)[:1].isupper())
