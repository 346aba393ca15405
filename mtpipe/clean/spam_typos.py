"""A Vietnamese syllable typed with two letters swapped is a typo, never a pasted spam token (spam44, issue 12 point 3).

"sinh vật torng tự nhiên" ("trong"), "cá nhna" ("nhân" unmarked: "nhan"): the letters are no language's, so the shape
tests (:func:`.spam_names.name_shape` ``random``) read a host's label. Swapping two adjacent letters back gives one of
the syllable model's common syllables (:data:`COMMON` sightings at least in :func:`.spam_bigrams.load_syllables`);
no spam token of the dev sets (1,266 of langfresh ... langfresh26) is one such swap away from a common syllable, while
a typist's slip is. Such a word is no spam candidate (:func:`.spam.find_spam_tokens`); it stays in the text unflagged.
"""

from __future__ import annotations

from functools import lru_cache

from .spam_bigrams import syllable_counts

__all__ = ["COMMON", "swapped_syllable"]

#: sightings of the syllable a swap gives back ("trong" 88,705; a rare syllable could be a name's coincidence)
COMMON = 1000


@lru_cache(maxsize=4096)
def swapped_syllable(tok: str) -> str | None:
    """The common syllable ``tok`` gives back with two adjacent letters swapped, or None: plain Latin letters, three
    to seven, in lower or title case."""
    if not (3 <= len(tok) <= 7 and tok.isascii() and tok.isalpha() and (tok.islower() or tok[1:].islower())):
        return None
    low = tok.lower()
    uni = syllable_counts()[0]  # load_syllables().uni, without the bigram rows (perf51)
    for i in range(len(low) - 1):
        s = low[:i] + low[i + 1] + low[i] + low[i + 2:]
        if s != low and uni.get(s, 0) >= COMMON:
            return s
    return None
