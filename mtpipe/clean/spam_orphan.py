"""A Latin word pasted over the first syllable of a compound, read by the tail it leaves orphaned (spam61, issue 12).

The class: a word no list knows, written once on its page (:func:`.spam_context.candidate`), between two Vietnamese
syllables, whose right neighbour is the *second* syllable of a compound left without its first: a syllable that
Vietnamese text writes after one predecessor in a large share of its sightings (:data:`TAIL_SHARE` of them, the
Wikipedia syllable bigrams of :func:`.spam_bigrams.wiki_successors`), that a foreign word almost never precedes (the
log-odds of a syllable against a foreign word before it over :data:`RIGHT_ODDS`, :data:`.spam_slots.FOREIGN`), written
in lower case, and that opens no word with the syllable after it (its PMI with that syllable is not positive). Seen
where it was missed on the dev sets: "lao động earntech vả hết" ("vất vả", langfresh28), "Làm vợ người ta là okking
rẽ vợ chồng người ta" ("chia rẽ", langfresh12), "vụn san alvotack lắng dưới đáy" ("lắng"'s predecessor, langfresh31).

Why the right side and not the left: real text puts a name after a noun that heads a compound as often as after any
noun ("nước hoa EDP", "máy ảnh EOS", "tông huấn Amoris", "xách balo lên": a head syllable alone reads the same way as a
pasted gap, spam61's control run), but seldom before a syllable that only closes a compound. A tail that opens a word
with its follower starts a clause of its own ("MobiFone phối hợp", "ATS tiên tiến", "Synology gồm": "phối", "tiên",
"gồm" are bound tails too) and a capitalised one starts a name ("Charbonnier Trí"); both stay out. Measured on the
clean controls of :mod:`benchmarks.spam_context` (the sets' sentences, Leipzig, UD VTB and TueCL, FLORES) and every
realpages ``lang=vi`` line and document of the dev parts: 2,614 admitted words of 14,753 texts, none taken; on the dev
spam sets langfresh8 ... 32, 3 of 155 missed tokens caught, none of langfresh33's 5 (``tools/spam_context_classes.py``,
which weighs the classes that do not separate too). Flagged, never repaired.
"""

from __future__ import annotations

import re

from .spam_context import _bound, _pmi, candidate, side_odds
from .spam_slots import neighbours

__all__ = ["RIGHT_ODDS", "TAIL_SHARE", "orphan_tail"]

#: the share of the right neighbour's sightings its likeliest predecessor takes, at least (a compound's tail)
TAIL_SHARE = 0.3
#: the log-odds of a syllable against a foreign word before the right neighbour, at least
RIGHT_ODDS = 4.0
_TOKEN_AFTER = re.compile(r" (\S+)")
_SECOND_WORD_AFTER = re.compile(r" \S+ ([^\W\d_]+)")


def orphan_tail(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``text[a:b]`` stands where a compound's first syllable was, its tail left after it (module
    docstring)."""
    m = _TOKEN_AFTER.match(text, b)  # tested first: a pure test, cheaper than neighbours' (perf60)
    if not m or not m.group(1).islower():
        return False  # a capitalised syllable starts a name ("Đức cha Charbonnier Trí xây dựng")
    prev, nxt = neighbours(text, a, b)
    if not prev or not nxt or _bound(nxt, False) < TAIL_SHARE:
        return False
    m = _SECOND_WORD_AFTER.match(text, b)
    if not m or _pmi(nxt, m.group(1).lower()) > 0:
        return False  # the tail opens a word with its follower: a clause starts there ("Synology gồm thiết bị")
    # a lower-case English compound is a spam trade's usual name ("earntech"): the context decides here
    return side_odds(prev, nxt)[2] >= RIGHT_ODDS and candidate(text, a, b, known, allow=("english",))
