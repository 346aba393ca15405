"""Letter-digit tokens of no code's shape: host labels, not models or codes (spam25; issue 12 point 3).

News writes codes in a few shapes: capitals and figures ("U23", "VF8", "H5N1", "RTX4090", "MH370", "4G"), one
letter and figures with a model's suffix ("A321neo", "M2pro", "S8plus"), a word and its number ("iPhone15",
"Win11", "covid19", "w3schools"), a figure and a unit ("120Hz", "19h30", "5tr5", "1m70"). Gambling spam pastes
host labels of letters and figures that fit none of them:

- one letter, figures, then three lower-case letters or more that make no English word, no model's suffix and no
  Vietnamese syllable ("f4bfn", "p1wry", "Z8bna");
- four runs of letters and figures or more, one after the first two lower-case letters or more and no unit
  ("E7hj7"; codes of that many runs are capitals, single letters or units: "H5N1", "H7N9", "5tr5", "utf8mb4");
- a zero before four letters or more ("0rfinys"; "0km", "0đ" are a unit and a price, no figure opens with 0);
- (spam29) two capitals or more, one or two figures, two capitals or more, no model's suffix at the end: a label of
  the shapes above as titles and scraped headings write it, in capitals ("UKS4DU", "OBD4XT"; codes in capitals have a
  single letter on one side, "H5N1", "B2B", or three figures or more, "A350XWB", "LGA1700"); none stands in the
  clean controls (benchmarks/README.md, Round 22);
- a Vietnamese label (three syllables or more without marks, each opening with a consonant or a capital, six
  letters at least) then two figures or more, any case ("LoBachThu247", "LOBACHTHU247"); a code's letters are an
  abbreviation ("VTV1", "HTV7", "RTX4090"), a brand's and its year a name ("Samsung2024", "iPhone15", "Galaxy2023").

:func:`odd_case`: one lower-case letter, a capital, three lower-case letters or more that make no word and read as
no language's ("tXpxo"); a brand writes a prefix letter before a word ("iPhone", "eBay", "iCloud", "vCard").

:func:`new_gtld`: a top-level domain of four letters or more other than the old generic ones (".blue", ".shop",
".click", ".today"): news names its sources under ".com", ".net", ".org", ".vn" and the country codes; a label no
list knows under such a domain ("oucnyi.blue") is a host's (:func:`.spam_names._domain_shape`).

:func:`enumerated`: a capitalised Latin word between a list's comma after a Latin name and a conjunction before
another ("Lisa với Celine, Bvlgari và MAC Cosmetics", a real sentence of langfresh17's controls) is a name of the
list, not a syllable's stand-in: the conjunction beside it is no syllable a token breaks.

:func:`host_code` only says the shape; :mod:`.spam_names` weighs where the token stands (beside a Vietnamese
syllable, at a sentence's start) as for its other ``coded`` labels, and a known site is never one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .spam_gaps import _SYLLABLE, vietnamese_syllable
from .spam_shapes import MEASURE

__all__ = ["odd_case", "host_code", "enumerated", "new_gtld", "MODEL_SUFFIXES"]

#: one letter, figures, then three lower-case letters or more
_LETTER_DIGITS_TAIL = re.compile(r"[A-Za-z]\d+([a-z]{3,})")
#: what follows a model's figures ("A321neo", "M2pro", "S8plus", "A7iii", "Z Fold5"...)
MODEL_SUFFIXES = frozenset("neo pro max plus ultra lite mini edge note iii fold flip".split())
_SYLLABLES_DIGITS = re.compile(r"([A-Za-z]{6,})\d{2,}")
_RUN = re.compile(r"[A-Za-z]+|\d+")
_ZERO_LETTERS = re.compile(r"0[a-z]{4,}")
#: two capitals or more, one or two figures, two capitals or more (spam29): a host label in capitals
_CAPS_LABEL = re.compile(r"[A-Z]{2,}\d{1,2}([A-Z]{2,})")


@lru_cache(maxsize=4096)
def host_code(token: str) -> bool:
    """Whether ``token`` (letters and figures) has a host label's shape and no code's (module docstring)."""
    from .spam_names import load_words, solid_compounds

    m = _LETTER_DIGITS_TAIL.fullmatch(token)
    if m:
        tail = m.group(1)
        return not (tail in MODEL_SUFFIXES or tail in load_words() or tail in solid_compounds()
                    or _SYLLABLE.fullmatch(tail))
    runs = _RUN.findall(token)
    if "".join(runs) == token and len(runs) >= 4 and any(
            r.isalpha() and r.islower() and len(r) >= 2 and not MEASURE.fullmatch("1" + r) for r in runs[1:]):
        return True  # a lower-case run inside, of no unit ("E7hj7"; "utf8mb4" is a name and a unit)
    if _ZERO_LETTERS.fullmatch(token):
        return True
    m = _CAPS_LABEL.fullmatch(token)
    if m and m.group(1).lower() not in MODEL_SUFFIXES:
        return True  # a label in capitals, as titles write it ("UKS4DU", "OBD4XT"; "H5N1", "S23ULTRA" are codes)
    m = _SYLLABLES_DIGITS.fullmatch(token)
    if m:
        label = m.group(1)
        parts = re.findall(r"[A-Z][a-z]+", label) if _CAMEL.fullmatch(label) else None
        if parts:  # camel case: each capital opens a syllable ("LoBachThu"; "iPhone" is no syllable and "phone")
            return len(parts) >= 3 and all(_SYLLABLE.fullmatch(p.lower()) for p in parts)
        low = label.lower()
        return (label.isupper() or label[1:].islower()) and low not in load_words() and _onset_syllables(low, 0)
    return False


_CAMEL = re.compile(r"(?:[A-Z][a-z]+){2,}")
_ONSET = re.compile(r"[bcdđghklmnpqrstvx]")


@lru_cache(maxsize=4096)
def _onset_syllables(word: str, n: int) -> bool:
    """Whether ``word`` is Vietnamese syllables without marks, each opening with a consonant, three at least
    ("lobachthu"; "iphone" opens with a vowel, "samsung" is two)."""
    if not word:
        return n >= 3
    return any(_ONSET.match(word) is not None and _SYLLABLE.fullmatch(word[:i]) is not None
               and _onset_syllables(word[i:], n + 1) for i in range(2, len(word) + 1))


#: conjunctions that join the last names of a list ("A, B và C")
_CONJUNCTIONS = frozenset("và hay hoặc cùng lẫn".split())
_LIST_BEFORE = re.compile(r"([A-Z][A-Za-z0-9&'.-]*), $")
_LIST_AFTER = re.compile(r" (\w+) ([A-Z0-9][\w&'.-]*)")


def enumerated(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``text[a:b]`` stands in a list of Latin names: after ", " that follows a capitalised Latin word (no
    Vietnamese syllable), before a conjunction and another capitalised word or figure ("Celine, Bvlgari và MAC")."""
    m = _LIST_BEFORE.search(text[max(0, a - 40):a])
    n = _LIST_AFTER.match(text[b:b + 60])
    return bool(m and n and n.group(1).lower() in _CONJUNCTIONS and m.group(1).isascii()
                and not vietnamese_syllable(m.group(1), known) and not vietnamese_syllable(n.group(2), known))


#: generic top-level domains of four letters or more that predate the 2013 ones
_OLD_GENERIC = frozenset("info name mobi asia aero coop jobs museum travel".split())


def new_gtld(tld: str, label: str, shape: "str | None", known: "set[str] | dict[str, int]") -> bool:
    """A generic top-level domain of 2013 or later (four lower-case letters or more, no old one: ".blue", ".shop")
    over a label of a host's shape (``shape``) or one that no list knows (:func:`.spam_bound.foreign`)."""
    from .spam_bound import foreign

    return (len(tld) >= 4 and tld.isascii() and tld.isalpha() and tld.islower() and tld not in _OLD_GENERIC
            and bool(shape or foreign(label, known)))


_ODD_CASE = re.compile(r"[a-z]([A-Z][a-z]{3,})")


def odd_case(token: str, known: "set[str] | dict[str, int]") -> bool:
    """One lower-case letter, then a capitalised string that is no word and reads as no language's (module
    docstring: "tXpxo"; "iPhone", "iCloud", "eBay" are a prefix letter and a word)."""
    from .spam_names import RANDOM_MAX, load_words, randomness, solid_compounds

    m = _ODD_CASE.fullmatch(token)
    if not m:
        return False
    rest = m.group(1).lower()
    return not (rest in load_words() or rest in solid_compounds() or rest in known) and randomness(rest) < RANDOM_MAX
