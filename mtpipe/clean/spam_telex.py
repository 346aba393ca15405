"""A Vietnamese syllable typed in Telex that the input method never converted is a typo, not spam (spam92, issue 12).

Vietnamese is typed with Telex keys: a tone is a letter after the syllable ("s" sắc, "f" huyền, "r" hỏi, "x" ngã,
"j" nặng), a vowel's mark a doubled letter or a "w" ("ee" ê, "uw" ư, "dd" đ). When the input method is off, or the
typist's keys come in the wrong order, the keys stay in the text as Latin letters: "sống trong tình trnagj này"
("trạng"), "có khaongr thời gian" ("khoảng"), "không an taofn" ("toàn"), "chưa nổi tieegns" ("tiếng"), "đánh
nguwoif" ("người"), "nỗ lwujc" ("lực"), "có chueyens du lịch" ("chuyến") -- seven such typos the cleaner flagged as
spam in 38,093 Vietnamese news articles (spam82's snapshots; benchmarks/notes/spam92.md). The shape, letter and
context tests read them as invented hosts: no language writes "trnagj".

:func:`telex_typo` holds for a lower-case token of five to nine letters whose letters are exactly the Telex keys of a
common marked syllable of the syllable model (:data:`.spam_typos.COMMON` sightings at least,
:func:`.spam_bigrams.syllable_counts`; the keys from :func:`.spam_boundpair._telex`, with "ươ" typed "uow" or "uwo"
too, as input methods take it), in any order but the first (a typist's slip moves keys; the first key is the
syllable's first letter), holding a tone or mark key (:data:`_MARK`), no English word (``latin_words.txt``: "paths"
holds "phát"'s keys) and no syllable of the model itself ("trinh", written without marks, holds "tỉnh"'s).
None of the 2,826 dev spam tokens (langfresh8..46, each piece of a domain or a slug too) is one: a host's name is
not an anagram of one Telex syllable. spam44's :func:`.spam_typos.swapped_syllable` takes unmarked syllables with two
letters swapped; this takes the marked ones. Such a word is no spam candidate (:func:`.spam.find_spam_tokens`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

__all__ = ["telex_typo"]

# a tone key after a letter, a doubled vowel or "dd", a "w": the keys that mark a syllable
_MARK = re.compile(r"(?<=[a-z])[sfrxj]|aa|ee|oo|dd|w")
_LOWER = re.compile(r"[a-z]{5,9}")


@lru_cache(maxsize=1)
def _index() -> "dict[str, tuple[str, ...]]":
    """Sorted Telex keys -> the common marked syllables typed with them (built once, ~1,000 syllables)."""
    from .spam_bigrams import syllable_counts
    from .spam_boundpair import _telex, _unmarked
    from .spam_typos import COMMON

    out: defaultdict[str, list[str]] = defaultdict(list)
    for syl, n in syllable_counts()[0].items():
        if n < COMMON or not syl.isalpha() or not syl.islower():
            continue
        keys = _telex(syl)
        if not keys.isascii() or keys == _unmarked(syl):
            continue  # no mark to type, or a letter Telex does not type
        for variant in {keys, keys.replace("uwow", "uow"), keys.replace("uwow", "uwo")}:
            out["".join(sorted(variant))].append(syl)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=4096)
def telex_typo(tok: str) -> str | None:
    """The syllable whose Telex keys ``tok`` holds, in another order (module docstring), or None."""
    if not _LOWER.fullmatch(tok) or not _MARK.search(tok):
        return None
    from .spam_bigrams import syllable_counts
    from .spam_boundpair import _telex
    from .spam_names import load_words

    if tok in load_words() or tok in syllable_counts()[0]:
        return None  # an English word ("paths": "phát"'s keys), or a syllable written without marks ("trinh")
    for syl in _index().get("".join(sorted(tok)), ()):
        if _telex(syl)[0] == tok[0]:
            return syl
    return None
