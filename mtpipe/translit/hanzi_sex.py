"""Sex coherence of a two-character given name, for the hanzi ranking (:mod:`mtpipe.translit.hanzi`).

The character prior scores 丽 and 萍 apart, each from men's and women's given names pooled (men weighted
above women).  But a given name's two characters come from one person: 丽 is a woman's character, so
after it 萍 (a woman's) is likelier than its homophone 平 (a man's), though 平 is the commoner character
pooled.  The Sino-Vietnamese syllable cannot tell such homophones apart (Bình is 平, 萍 and 屏), so this
is where the ranking from both forms goes wrong most often.  With ngender's counts of men's and women's
given-name characters (``data/name_chars.tsv``, MIT) and a latent sex ``s`` of prior ``π_s``::

    coherence(c1 c2) = Σ_s π_s P(c1 | s) P(c2 | s) / (P(c1) P(c2)),   P(c) = Σ_s π_s P(c | s)

which is above 1 when both characters lean to the same sex, below 1 when they pull apart; its log,
times :data:`SEX_WEIGHT` (set on the dev lists), is added to a two-character given name's score.
"""

from __future__ import annotations

import math
from functools import lru_cache

__all__ = ["SEX_WEIGHT", "sex_coherence"]

#: Weight of the log coherence in a given name's score (0: off).
SEX_WEIGHT = 1.0
#: Pseudo-count added to every character's count in each sex's column.
_SMOOTH = 50.0


@lru_cache(maxsize=1)
def _columns() -> tuple[dict[str, int], int, dict[str, int], int]:
    from .hanzi import _name_counts

    nc = _name_counts()
    return nc.cols["male"], nc.totals["male"], nc.cols["female"], nc.totals["female"]


def _women() -> float:
    """Prior share of women among the persons named: the weight the character prior gives women's names
    (``hanzi._FEMALE``; people in the news are more often men)."""
    from .hanzi import _FEMALE

    return _FEMALE / (1 + _FEMALE)


@lru_cache(maxsize=65536)
def _p(ch: str) -> tuple[float, float]:
    male, n_m, female, n_f = _columns()
    return (male.get(ch, 0) + _SMOOTH) / n_m, (female.get(ch, 0) + _SMOOTH) / n_f


def sex_coherence(given: str, weight: float | None = None) -> float:
    """``weight`` x log coherence of a two-character given name (0 for any other length)."""
    w = SEX_WEIGHT if weight is None else weight
    if len(given) != 2 or not w:
        return 0.0
    (m1, f1), (m2, f2) = _p(given[0]), _p(given[1])
    pf = _women()
    pm = 1 - pf
    joint = pm * m1 * m2 + pf * f1 * f2
    return w * math.log(joint / ((pm * m1 + pf * f1) * (pm * m2 + pf * f2)))
