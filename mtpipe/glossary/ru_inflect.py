"""Russian case forms of transliterated names, generated from the base form.

Chinese names in Russian decline like ordinary nouns by their ending: a
consonant takes -а/-у/-ом/-е (Цзиньпин → Цзиньпина), -ь and -й are soft
(Чанчунь → Чанчуня, Чанчуню, Чанчунем, Чанчуне; Шанхай → Шанхая), -а and -я
decline as feminine nouns; names ending in -о, -у, -э, -и, -е, -ю stay the same
(Ханчжоу, Гуандун is a consonant so it declines).  In a name of several words
only the last word changes (Си Цзиньпин → Си Цзиньпина).  Over-generation is
harmless: a form that never occurs never matches.
"""

from __future__ import annotations

__all__ = ["case_forms"]

_HUSHING = set("жшчщцкгх")
_VOWELS = set("аеёиоуыэюя")


def _word_forms(w: str) -> list[str]:
    if not w or not w[-1].isalpha() or not ("а" <= w[-1].lower() <= "я" or w[-1].lower() == "ё"):
        return [w]
    last = w[-1].lower()
    up = w[-1].isupper()

    def tail(s: str) -> str:
        return s.upper() if up else s

    if last in "оуэиеюы":
        return [w]
    if last == "ь":
        stem = w[:-1]
        return [w] + [stem + tail(e) for e in ("я", "ю", "ем", "е", "и", "ей")]
    if last == "й":
        stem = w[:-1]
        return [w] + [stem + tail(e) for e in ("я", "ю", "ем", "е")]
    if last == "а":
        stem = w[:-1]
        gen = "и" if stem[-1:].lower() in _HUSHING else "ы"
        return [w] + [stem + tail(e) for e in (gen, "е", "у", "ой", "ою")]
    if last == "я":
        stem = w[:-1]
        return [w] + [stem + tail(e) for e in ("и", "е", "ю", "ей", "ею")]
    if last in _VOWELS:
        return [w]
    ins = "ем" if last in "жшчщц" else "ом"
    return [w] + [w + tail(e) for e in ("а", "у", ins, "е", "ы", "ов", "ам", "ами", "ах")]


def case_forms(name: str) -> list[str]:
    """The base form and its case forms (the last word inflects)."""
    head, sep, last = name.rpartition(" ")
    return [head + sep + f for f in _word_forms(last)]
