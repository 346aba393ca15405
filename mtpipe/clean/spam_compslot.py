"""A compound of English words between two syllables, weighed by whether the slot wants a syllable (spam68, issue 12).

:func:`.spam_names.pasted_name` read a label made of two or three English words, in title case or capitals (the
``compound`` shape: "Rosycooks", "DAVEFRIES"), as pasted wherever it stood between two lower-case Vietnamese
syllables. Real products and places are named so too, and Vietnamese puts their names right there, after the noun
of their kind or the verb that takes them: "chiếc Cybertruck đã", "bán tải điện Cybertruck với", "phiên bản hiệu
năng cao Cyberbeast có" (langfresh37's look-alikes, a Tesla news page), "khách sạn Movepick và", "tu sĩ Morellet đã",
"chiếc đài Orionton của" (held-out Wikipedia, realpages' train27): 9 look-alikes and 13 of the 51,563 clean control
texts flagged, against two dev spam tokens this branch alone caught ("người tiêu dùng Rosycooks người bán", "chưa có
DAVEFRIES tin"). :func:`.spam_slots.slot_odds` tells the two apart: how likely Wikipedia puts some syllable between
the two neighbours against a foreign word. A pasted label stands where a syllable was cut out (the dev tokens of this
branch at 3.48 to 7.15); a name stands where a name goes ("chiếc ·" -3.4 to -1.6, "sạn · và" -3.4, "điện · với" 1.2).
:func:`compound_gap` keeps the branch where the odds exceed :data:`COMPOUND_ODDS` (spam67's bar for "a syllable is
wanted"; :mod:`.spam_slots` flags on the odds alone over 3.5) or the model knows neither neighbour.
"""

from __future__ import annotations

__all__ = ["COMPOUND_ODDS", "compound_gap"]

#: log-odds of a syllable over a foreign word between the two neighbours over which a compound reads as pasted
COMPOUND_ODDS = 3.0


def compound_gap(prev: str, nxt: str) -> bool:
    """Whether the slot between the syllables ``prev`` and ``nxt`` wants a syllable more than a name (module
    docstring): :func:`.spam_slots.slot_odds` over :data:`COMPOUND_ODDS`, or no odds (neither syllable known)."""
    from .spam_slots import slot_odds  # (spam_slots imports spam_names, which calls this)

    odds = slot_odds(prev.lower(), nxt.lower())
    return odds is None or odds > COMPOUND_ODDS
