"""Whether a single token's one fitting syllable is sure enough to write in (spam95, issue 12: none repaired wrongly).

:meth:`.spam.SpamRepair._single` repairs a gambling name seen once when the small syllable model (FLORES,
30k syllables: :func:`.spam_bigrams.load_bigrams`) knows exactly one syllable that makes a seen bigram with each
neighbour, each bigram seen twice, each side naming it (lang14). In that model a function word is the one fit far
too often: "của", "có", "được", "một", "là" follow and precede nearly anything (the reason
:meth:`.spam_bigrams.Bigrams.fillers` leaves out the commonest), and the model's sparse counts leave them the only
candidate. langfresh48 (blind, forty-second session): "Gần 40 năm tuổi đời slotomania anh Đông" repaired as "của"
(was "nhưng": "đời của" 2, "của anh" 8, PMI 1.77 / 2.88); the 38,093 baomoi news articles: "khi diện culottes hồng
pastel" repaired as "của" (a real English word, PMI 3.06 / 1.92).

Measured by pasting a gambling name over one inner syllable of real text the model never read (benchmarks/notes/
spam95.md): 70,160 news sentences gave 98 single-path repairs, 33 of them wrong (30 of the 33 a function word of the
commonest 50, against 42 of the 65 right); 12,336 fresh sentences (UD VTB train, Leipzig vi, RSS titles and leads)
33 repairs, 12 wrong.

:func:`sure_fill` asks two more things of the fitting syllable ``cand``:

- the large model agrees, by a wide margin: of all syllables ``c`` that Vietnamese Wikipedia writes after ``prev``
  and before ``nxt`` (:func:`.spam_bigrams.wiki_successors`), ``cand`` takes :data:`MIN_SHARE` of the mass
  P(c | prev) P(nxt | c) -- "mối _ hệ": "quan" 0.96, "bầu _ tổng": "cử" 0.96, but "đời _ anh": "của" 0.37, beside
  "vua" 0.23, "ở", "tại" ...;
- it forms a word with each neighbour in the small model, not a function word's chance neighbour: PMI of
  ``prev cand`` and ``cand nxt`` each :data:`MIN_PMI` or more ("chứ _ có": "không" for "chưa", 0.97 of the mass
  but PMI 2.35; the cost: "lần _ tiên": "đầu", 0.995 but PMI 2.18, right, now flagged).

Unsure: flagged, never repaired (the text stays, the segment is marked). Tuned on the news pastes: 33 wrong -> 1
("chụp _ hưởng": "ảnh" for "cộng", a guess any reader makes), 65 right -> 36; fresh check (the rule frozen before it
ran): 12 wrong -> 0, 21 right -> 13. No dev spam set, dev realpage or news article had a repair right to lose.
"""

from __future__ import annotations

from functools import lru_cache

from .spam_bigrams import Bigrams, wiki_successors

__all__ = ["MIN_PMI", "MIN_SHARE", "sure_fill", "wiki_share"]

MIN_SHARE = 0.95
MIN_PMI = 2.5


@lru_cache(maxsize=4096)
def _out(c: str) -> int:
    """How many syllable bigrams of Wikipedia start with ``c``."""
    return sum(wiki_successors()[0].get(c, {}).values())


def wiki_share(prev: str, cand: str, nxt: str) -> float:
    """``cand``'s share of P(c | prev) P(nxt | c) over every ``c`` Wikipedia writes between ``prev`` and ``nxt``
    (0.0 when none)."""
    succ = wiki_successors()[0]
    total = mine = 0.0
    for c, n in succ.get(prev, {}).items():
        m = succ.get(c, {}).get(nxt, 0)
        if m:
            s = n * m / _out(c)  # (P(c | prev)'s denominator is the same for every c)
            total += s
            if c == cand:
                mine = s
    return mine / total if total else 0.0


def sure_fill(bg: Bigrams, prev: str, cand: str, nxt: str) -> bool:
    """Whether ``cand`` between ``prev`` and ``nxt`` is sure enough to repair (module docstring)."""
    return (bg.pmi(prev, cand) >= MIN_PMI and bg.pmi(cand, nxt) >= MIN_PMI
            and wiki_share(prev, cand, nxt) >= MIN_SHARE)
