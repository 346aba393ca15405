"""A Latin word pasted over one syllable of a two-syllable Vietnamese name (spam44, issue 12 point 3).

Vietnamese place and country names are written as capitalised syllables that nearly always stand together: "Việt
Nam", "Hà Nội", "Nhật Bản", "Hà Tĩnh". When a spam token is pasted over one of the two, the other is left alone beside
a Latin word: "ở Senmo Nam từ", "tại Zthedj Nội.", "hãng Cozmo Bản", "chỉ số AQI tại Hà Gola thường xuyên". No real
text writes a foreign word before "Nam" of "Việt Nam" or after "Hà" of "Hà Nội" while the name ends there: a foreign
name beside a Vietnamese name's syllable goes on with its own capitalised words ("U23 Việt Nam", "VinFast Bắc Mỹ",
"Son Heung Min"), and a word that only follows a name ("UBATGT Quốc gia", "BTV Tỉnh ủy") is no bound tail.

The evidence is the syllable model's (:func:`.spam_bigrams.load_syllables`: Vietnamese Wikipedia and FLORES, the
share of each syllable's sightings written with a capital inside a sentence, and its bigrams):

- *a tail left alone* (``before``): the capitalised syllable right after the word (no capitalised word right after it) is a
  name's syllable (:data:`TAIL_CAP` of its sightings capitalised) whose likeliest predecessor takes
  :data:`TAIL_SHARE` of its sightings and is itself a name's syllable (:data:`HEAD_CAP`): "Nam" after "Việt" (50%),
  "Nội" after "Hà" (44%), "Bản" after "Nhật" (29%);
- *a head left alone* (``after``): the capitalised syllable right before the word, not a sentence's first word, is a
  name's syllable (:data:`HEAD_CAP`) whose likeliest successor takes :data:`HEAD_SHARE` of its sightings and is a
  name's syllable (:data:`TAIL_CAP`): "Hà" before "Nội" (44%), "Việt" before "Nam" (74%), "Nhật" before "Bản" (52%);
  no capitalised word right after the token, and the head written with a Vietnamese mark (a head of plain letters,
  "La" of "La Mã", "Na" of "Na Uy", "Hong" of "Hong Kong", starts foreign names too: "La Liga", "Na Rae"), and
  not a word of its own with the word before it ("tiếng Việt VPSKeys với": the language, whose name may come next;
  :data:`TAKEN`).

Only for a word the context model may weigh at all (:func:`.spam_context.candidate`: a Latin word of no list, written
once on its page, in a Vietnamese line, of none of the real-text classes). Flag only, never repaired.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .spam_bigrams import CORPUS, SYLLABLES, load_syllables, pair_count, syllable_counts
from .spam_context import candidate
from .spam_gaps import vietnamese_syllable
from .spam_shapes import sentence_start
from .table_cache import persisted

# the literal patterns of the calls below, compiled once (perf54: a string pattern is a lookup in re's cache per call)
_NAME_AFTER = re.compile(r" ([^\W\d_]+)(?![\w.-]\w)( \S+)?")
_WORD_AFTER = re.compile(r" ([^\W\d_]+)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+) $")

__all__ = ["HEAD_CAP", "HEAD_SHARE", "TAIL_CAP", "TAIL_SHARE", "TAKEN", "name_tables", "split_name", "split_name_evidence"]

#: a tail syllable: capitalised in this share of its sightings inside sentences at least ("Nam" 85%, "Bản" 30%)
TAIL_CAP = 0.25
#: a head syllable: capitalised this often ("Việt" 97%, "Hà" 92%, "Nhật" 87%; "Trung" 61%, "Quốc" 45% are not)
HEAD_CAP = 0.6
#: a tail is bound to its head when the head takes this share of the tail's sightings ("Quốc" after "Trung": 18%)
TAIL_SHARE = 0.25
#: a head is bound to its tail when the tail takes this share of the head's sightings ("Quang" before "Trung": 15%)
HEAD_SHARE = 0.4
#: a head completes the word before it when that word takes it this often (module docstring)
TAKEN = 0.02
_MIN = 50  # sightings a syllable needs for its shares to count


@lru_cache(maxsize=1)
@persisted("spam_namecut.name_tables", (CORPUS, SYLLABLES, Path(__file__).resolve().with_name("spam_bigrams.py"),
                                        Path(__file__).resolve()))
def name_tables() -> tuple[dict[str, str], dict[str, str]]:
    """The bound tails (tail -> head) and bound heads (head -> tail) of :func:`.spam_bigrams.load_syllables`
    (module docstring; built once per user and read back, :mod:`.table_cache`: a walk over the 243,653 pair counts,
    0.1 CPU-s, after reading them, 0.13)."""
    bg = load_syllables()
    pred: dict[str, tuple[str, int]] = {}
    succ: dict[str, tuple[str, int]] = {}
    for (x, y), n in bg.bi.items():
        if n > pred.get(y, ("", 0))[1]:
            pred[y] = (x, n)
        if n > succ.get(x, ("", 0))[1]:
            succ[x] = (y, n)
    cap = bg.cap or {}

    def share(w: str) -> float:
        return cap.get(w, 0) / bg.uni[w] if bg.uni[w] >= _MIN else 0.0

    tails = {y: x for y, (x, n) in pred.items() if bg.uni[y] >= _MIN and n >= TAIL_SHARE * bg.uni[y]
             and share(y) >= TAIL_CAP and share(x) >= HEAD_CAP}
    heads = {x: y for x, (y, n) in succ.items() if bg.uni[x] >= _MIN and n >= HEAD_SHARE * bg.uni[x]
             and share(x) >= HEAD_CAP and share(y) >= TAIL_CAP}
    return tails, heads


def _title_syllable(word: str, known: "set[str] | dict[str, int]") -> bool:
    return len(word) >= 2 and word[:1].isupper() and word[1:].islower() and vietnamese_syllable(word, known)


def split_name(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> str | None:
    """``before`` (a bound tail follows ``text[a:b]``), ``after`` (a bound head precedes it) or None (module
    docstring)."""
    if not candidate(text, a, b, known):
        return None
    tails, heads = name_tables()
    m = _NAME_AFTER.match(text[b:b + 60])
    nxt, after_nxt = (m.group(1), (m.group(2) or "").strip()) if m else (None, "")
    if nxt and _title_syllable(nxt, known) and not after_nxt[:1].isupper():
        head = tails.get(nxt.lower())
        m = _WORD_BEFORE.search(text[max(0, a - 30):a])
        if head is not None and not (m and m.group(1).lower() == head):
            return "before"
    m = _WORD_BEFORE.search(text[max(0, a - 30):a])
    if m and _title_syllable(m.group(1), known) and not sentence_start(text, m.start(1) + max(0, a - 30)):
        tail = heads.get(m.group(1).lower())
        if tail is not None and _taken(text, m.start(1) + max(0, a - 30), m.group(1).lower()):
            return None  # the head completes the word before it ("tiếng Việt", "người Việt"): no name starts there
        if tail is not None and not text[b:b + 2].strip()[:1].isupper() and not m.group(1).isascii():
            return "after"
    return None


def _taken(text: str, p: int, head: str) -> bool:
    """Whether the word right before ``text[p:]`` takes ``head`` after it in :data:`TAKEN` of its sightings at least
    (the syllable model's bigrams): "tiếng Việt" (7.5%), "người Việt" (2.6%), "nước Việt" (2.1%) are words of their
    own, a language or a people; "tại Hà" (1.1%), "ở Hà" (0.8%) start a name."""
    m = _WORD_BEFORE.search(text[max(0, p - 30):p])
    if not m:
        return False
    uni = syllable_counts()[0]  # load_syllables()'s counts, without its pair counter (perf51)
    before = m.group(1).lower()
    return uni[before] > 0 and pair_count(before, head) >= TAKEN * uni[before]


def split_name_evidence(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> str | None:
    """The ledger's evidence when :func:`split_name` holds, else None."""
    place = split_name(text, a, b, known)
    if place is None:
        return None
    tails, heads = name_tables()
    if place == "before":
        tail = _WORD_AFTER.match(text[b:b + 40]).group(1)  # type: ignore[union-attr]
        return f"a Latin word of no list where {tails[tail.lower()].title()!r} of a name ending {tail!r} stands"
    head = _WORD_BEFORE.search(text[max(0, a - 30):a]).group(1)  # type: ignore[union-attr]
    return f"a Latin word of no list where {heads[head.lower()].title()!r} of a name starting {head!r} stands"
