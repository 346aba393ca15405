"""Single spam tokens :mod:`.spam_lone` passed on langfresh28, weighed as classes (spam47, issue 12 point 3).

The same frame as :func:`.spam_lone.lone_token` (the token the only Latin word of a sentence of running Vietnamese,
:func:`.spam_lone.alone`; written once on its page; standing as a word), four shapes it let through:

- a *figure slug*: lower-case hyphenated pieces of figures and English words, one word of three letters at least, no
  piece of one or two letters ("1-hash", "3-coin", "eco-hash", "web-master": a host's slug) where a counted noun
  stands: right after a figure, before a lower-case syllable, a figure or a stop; or inside a name (after a
  capitalised syllable that does not open the sentence, :func:`.spam_slugs.name_run`) with the context model of
  :mod:`.spam_context` over :data:`.spam_slugs.HYPHEN_GATE`. :func:`.spam_lone.stray` lets such pieces pass as a
  term of one kind ("check-in", "covid-19"); real terms hold a short piece or capitals ("e-mail", "Wi-Fi",
  "COVID-19", "Jean-Pierre"), scores and measures hold no word ("5-0", "3-4x");
- a *digit-led name* (lower case, a figure first, three letters at least: "12inv", "7daycash"; the ``unwritten``
  shape of :mod:`.spam_lone`) where :func:`.spam_lone._place` sees no place: before a capitalised Vietnamese syllable
  after a comma or a bracket (a name's first syllable gone: "(Long Hồ, 12inv Long)"), or before a ";" or ":" after a
  lower-case syllable with the context model over :data:`.spam_lone.LOW_GATE` (a clause's end, as a stop's);
- a lower-case *invented word* (:func:`.spam_slugs.invented_word`'s shape: letters alone, five at least, no word of
  any list) opening a sentence before a figure ("xyzab 20 phút sau"), on a page that capitalises its starts; or
  between two syllables where the Wikipedia model of :mod:`.spam_slots` wants a syllable (:func:`.spam_slots.slot_odds`
  over :data:`SLOT_ODDS`) and the context model reads it as pasted over :data:`SLOT_GATE`, a lower bar than
  :data:`.spam_slugs.LOWER_GATE` (Wikipedia's lower-case terms, "shoyu", stand where foreign words stand);
- a *camel-case pair of English words* (two pieces, four letters at least each, both English words, "KeepRake",
  "SuperLenny") between two syllables, inside a name or before the final stop, not after a word that introduces a
  name (:func:`.spam_genre.named_slot`: "ứng dụng", "điện thoại", "hãng"), with the context model over
  :data:`.spam_camel.ODD_GATE` and the slot odds over :data:`CAMEL_SLOT_ODDS` (real brands, "LipIce", "GreenCar",
  stand where a name stands, not where Vietnamese wants a syllable).

Asked first: a camel-case run of two or three English words where a syllable is wanted (:mod:`.spam_camelwords`,
spam79); a token of any shape right after a syllable written only as a word's first half (:mod:`.spam_boundpair`,
spam82: "tấp cotosen hơn"); another language's trade word, a site named for one, a "Bet" head where
:mod:`.spam_lone` has no place for them (:mod:`.spam_foreignslot`, spam84); an invented lower-case word right after a
word of kinship or of a place (:mod:`.spam_kinslot`, spam85: "bà guarupps"); a host's name joined to a country's
code (:mod:`.spam_hostcc`, spam86: "wowspin-ph"); a stray lower-case token between a person's title and a name's
syllable (:mod:`.spam_titleslot`, spam86: "vua funaloma Long cho"); a lower-case compound of two English words that no
list or writer knows, pasted over a syllable (:mod:`.spam_engslot`, spam90: "hữu instaplay."). Flagged, never repaired.
"""

from __future__ import annotations

import re

from .spam_bound import _syllables, english_form
from .spam_camelwords import english_run, run_evidence
from .spam_camelrun import camel_run, camel_run_evidence
from .spam_productnames import unwritten_before_name
from .spam_boundpair import broken_pair, pair_evidence
from .spam_foreignslot import foreign_slot, foreign_slot_evidence
from .spam_engslot import english_slot, english_slot_evidence
from .spam_hostcc import host_cc, host_cc_evidence
from .spam_kinslot import kin_evidence, kin_slot
from .spam_titleslot import title_slot, title_slot_evidence
from .spam_context import features, real_word, recurs, score
from .spam_gaps import _SYLLABLE, vietnamese_syllable
from .spam_genre import named_slot
from .spam_lexicon import known_site
from .spam_lone import LOW_GATE, _CLOSE, _lower_starts, _place, alone, stray, true_start
from .spam_names import _brand_like, _splits, load_words, solid_compounds
from .spam_shapes import BEFORE, sentence_start
from .spam_slots import neighbours, slot_odds
from .spam_slugs import HYPHEN_GATE, invented_word, name_run

# the literal patterns of the calls below, compiled once (perf54: a string pattern is a lookup in re's cache per call)
_COMMA_OR_PAREN_END = re.compile(r"[,(]$")
_DIGIT = re.compile(r"\d")
_DIGIT_OR_WORD = re.compile(r"\d|[^\W\d_]+$")
_FIGURE = re.compile(r"\d[\d.,]*")
_TOKEN_AFTER = re.compile(r" (\S+)")
_TOKEN_BEFORE = re.compile(r"(\S+) $")

__all__ = ["CAMEL_SLOT_ODDS", "SLOT_GATE", "SLOT_ODDS", "class_evidence", "class_token"]

#: the Wikipedia model's log-odds of a syllable over a foreign word (:func:`.spam_slots.slot_odds`) a lower-case
#: invented word's slot needs, and the context log-odds with it
SLOT_ODDS = 2.5
SLOT_GATE = 1.0
#: and a camel-case pair of English words' slot
CAMEL_SLOT_ODDS = 1.5
_FIGURE_SLUG = re.compile(r"(?:\d+|[a-z]{3,})(?:-(?:\d+|[a-z]{3,}))+")
_DIGIT_LED = re.compile(r"\d+[a-z][a-z0-9]*")
_CAMEL_PAIR = re.compile(r"([A-Z][a-z]{3,})([A-Z][a-z]{3,})")


def _figure_slug(tok: str, known: "set[str] | dict[str, int]") -> bool:
    if not _FIGURE_SLUG.fullmatch(tok) or known_site(tok) or _brand_like(tok) or tok in load_words():
        return False

    # one piece at least an English word of no syllable's shape ("hash"; "2016-nay" is a span of years)
    return any(p.isalpha() and p in load_words() and not _SYLLABLE.fullmatch(p) for p in tok.split("-"))


def class_token(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> str | None:
    """The class (module docstring) in which ``text[a:b]`` reads as pasted, or None."""
    tok = text[a:b]
    if not tok.isascii() or not (a == 0 or text[a - 1] in BEFORE) or not (b == len(text) or text[b] in " \n,;:" + _CLOSE):
        return None
    if english_run(text, a, b, known):
        return "run"  # a camel-case run of English words where a syllable is wanted (spam79)
    if camel_run(text, a, b, known):
        return "camelrun"  # three English words or more, alone and once, in a pasted token's place (spam91)
    if unwritten_before_name(text, a, b, known):
        return "host"  # a host or a figure-letter token between a lower-case syllable and a capitalised one (spam81)
    if broken_pair(text, a, b, known):
        return "pair"  # right after a syllable written only as a word's first half ("tấp cotosen hơn": spam82)
    trade = foreign_slot(text, a, b, known)
    if trade is not None:
        return trade  # another language's trade word after the opener, in a site's name; a "Bet" head (spam84)
    if kin_slot(text, a, b, known):
        return "kin"  # an invented lower-case word after a word of kinship or of a place ("bà guarupps": spam85)
    if host_cc(text, a, b, known):
        return "hostcc"  # a host's name joined to a country's code ("chạm wowspin-ph rất": spam86)
    if title_slot(text, a, b, known):
        return "title"  # between a person's title and a name's syllable, the clause going on ("vua ___ Long cho")
    if english_slot(text, a, b, known):
        return "english"  # two English words no list or writer knows, pasted over a syllable ("hữu instaplay.": spam90)
    slug = _figure_slug(tok, known)
    digit = bool(_DIGIT_LED.fullmatch(tok)) and sum(c.isalpha() for c in tok) >= 3 and stray(tok, known)
    lower = tok.isalpha() and tok.islower() and len(tok) >= 5 and stray(tok, known)
    m = _CAMEL_PAIR.fullmatch(tok)
    camel = bool(m) and stray(tok, known) and _english_pair(m.group(1), m.group(2))
    if not (slug or digit or lower or camel):
        return None
    if recurs(text, tok):
        return None  # written twice on the page: a real name

    if not alone(text, a, b, known):
        return None
    nxt = _TOKEN_AFTER.match(text[b:b + 40])
    nxt_word = nxt.group(1) if nxt else ""
    prev = _TOKEN_BEFORE.search(text[max(0, a - 40):a])
    prev_word = prev.group(1) if prev else ""
    if slug:
        if _FIGURE.fullmatch(prev_word) and (_DIGIT_OR_WORD.match(nxt_word) and
                                                      (nxt_word[:1].isdigit() or nxt_word.islower())
                                                      or text[b:b + 1] in ".,;)"):
            return "number"

        if name_run(text, a, b, known) and score(features(text, a, b)) > HYPHEN_GATE:
            return "name"
        return None
    if real_word(text, a, b) is not None:
        return None
    if digit:
        word = nxt_word.rstrip(".,;:!?)")
        if _COMMA_OR_PAREN_END.search(text[max(0, a - 2):a].rstrip()) and word[:1].isupper() \
                and vietnamese_syllable(word, known):
            return "name"
        if text[b:b + 1] in ";:" and prev_word.islower() and prev_word.isalpha() and score(features(text, a, b)) > LOW_GATE:
            return "end"
        return None
    place = _place(text, a, b, known)
    if lower:
        if place is None and true_start(text, a) and sentence_start(text, a) and _DIGIT.match(nxt_word) \
                and not _lower_starts(text, a):
            return "start"
        if place == "inner" and _slot(text, a, b) > SLOT_ODDS and score(features(text, a, b)) > SLOT_GATE:
            return "inner" if _invented(tok, known) else None
        return None
    from .spam_camel import ODD_GATE

    if place in ("inner", "name", "end") and not named_slot(text, a) and score(features(text, a, b)) > ODD_GATE \
            and _slot(text, a, b) > CAMEL_SLOT_ODDS:
        return place
    return None


def _slot(text: str, a: int, b: int) -> float:
    odds = slot_odds(*neighbours(text, a, b))
    return -99.0 if odds is None else odds


def _invented(tok: str, known: "set[str] | dict[str, int]") -> bool:
    """No word of any list (the test of :func:`.spam_slugs.invented_word` before its context gate), nor two English
    words written together, as Vietnamese writes loan compounds ("hotgirl", "worldcup", "newstar")."""
    return not (_brand_like(tok) or tok in known or tok in load_words() or tok in solid_compounds()
                or english_form(tok) or _syllables(tok) or _splits(tok.lower(), load_words(), 2))


def _english_pair(head: str, tail: str) -> bool:
    return tail.lower() in load_words()


def class_evidence(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> str | None:
    """The ledger's evidence when :func:`class_token` holds, else None."""
    place = class_token(text, a, b, known)
    if place is None:
        return None
    if place == "run":
        return run_evidence(text, a, b, known)
    if place == "camelrun":
        return camel_run_evidence(text, a, b)
    if place == "pair":
        return pair_evidence(text, a, b, known)
    if place in ("opener", "site", "bethead", "figure"):
        return foreign_slot_evidence(text, a, b, known)
    if place == "kin":
        return kin_evidence(text, a, b)
    if place == "hostcc":
        return host_cc_evidence(text, a, b)
    if place == "title":
        return title_slot_evidence(text, a, b)
    if place == "english":
        return english_slot_evidence(text, a, b)
    where = {"start": "at a sentence's start before a figure", "number": "right after a number",
             "name": "inside a name", "end": "before a clause's end", "inner": "between two syllables",
             "host": "between a syllable and a capitalised one, where a syllable is wanted (spam81)"}[place]
    return f"the only Latin word of a Vietnamese sentence, of a shape no writer puts there (spam47), {where}"
