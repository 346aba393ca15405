"""Russian case forms of transliterated names, generated from the base form.

Chinese names in Russian decline like ordinary nouns by their ending: a
consonant takes -а/-у/-ом/-е (Цзиньпин → Цзиньпина), -ь and -й are soft
(Чанчунь → Чанчуня, Чанчуню, Чанчунем, Чанчуне; Шанхай → Шанхая), -а and -я
decline as feminine nouns (Лхаса → Лхасы; Монголия → Монголии); names ending
in -о, -у, -э, -и, -е, -ю, -ы stay the same (Ханчжоу, Хух-Хото, Шаньси).

In a name of several words only the last word changes (Си Цзиньпин → Си
Цзиньпина), except that adjectives before it agree with it case by case
(Внутренняя Монголия → Внутренней Монголии, Внутреннюю Монголию).  A phrase
that starts with adjectives and their noun and goes on with words in the
genitive inflects its head instead (Демонстрационная зона международного
сотрудничества ... → Демонстрационную зону международного сотрудничества ...;
Коммунистическая партия Китая → Коммунистической партии Китая), and so does
a lower-case common noun before a name in apposition (район Динху → района
Динху; город Цзилинь → в городе Цзилинь).  A word
written in a hyphenated given name inflects at its end (Цзы-лянь → Цзы-ляня).
Over-generation is harmless: a form that never occurs never matches.
"""

from __future__ import annotations

__all__ = ["case_forms", "word_forms"]

_VELAR_HUSHING = set("жшчщцкгх")
_INDECLINABLE = set("оуэиеюыё")
_CYR = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")

# Paradigms aligned by case: nominative, genitive, dative, accusative, instrumental, prepositional.
# A noun of masculine declension is inanimate here (accusative = nominative): these are places and,
# for people, the accusative is listed again among the extra forms.
_CASES = 6


def _tail(word: str, ending: str) -> str:
    return ending.upper() if word[-1:].isupper() else ending


def _noun_paradigm(w: str) -> list[str] | None:
    """Case-aligned forms of a noun, or None when it does not decline."""
    last = w[-1].lower()
    stem, t = w[:-1], (lambda e: _tail(w, e))
    if w.lower().endswith("ие") and len(w) > 3:  # neuter: собрание -> собрания
        return [w] + [stem + t(e) for e in ("я", "ю", "е", "ем", "и")]
    if last in _INDECLINABLE:
        return None
    if last == "ь":
        return [w] + [stem + t(e) for e in ("я", "ю", "ь", "ем", "е")]
    if last == "й":
        return [w] + [stem + t(e) for e in ("я", "ю", "й", "ем", "е")]
    if last == "а":
        gen = "и" if stem[-1:].lower() in _VELAR_HUSHING else "ы"
        return [w] + [stem + t(e) for e in (gen, "е", "у", "ой", "е")]
    if last == "я":
        if stem[-1:].lower() == "и":  # Монголия: -ии in the oblique cases
            return [w] + [stem + t(e) for e in ("и", "и", "ю", "ей", "и")]
        return [w] + [stem + t(e) for e in ("и", "е", "ю", "ей", "е")]
    ins = "ем" if last in "жшчщц" else "ом"
    return [w] + [w + t(e) for e in ("а", "у", "", ins, "е")]


def _noun_extra(w: str) -> list[str]:
    """Forms beyond the singular cases: animate accusative, plural, variant endings."""
    last = w[-1].lower()
    if last in _INDECLINABLE:
        return []
    stem = w[:-1]
    if last == "ь":
        return [stem + _tail(w, e) for e in ("и", "ей")]
    if last == "а":
        return [stem + _tail(w, "ою")]
    if last == "я":
        return [stem + _tail(w, "ею")]
    if last == "й":
        return []
    return [w + _tail(w, e) for e in ("ы", "ов", "ам", "ами", "ах")]


def _adjective_paradigm(w: str) -> list[str] | None:
    """Case-aligned forms of an adjective in -ая/-яя/-ый/-ий/-ой, or None if it is not one."""
    low = w.lower()
    if len(low) < 4:
        return None
    stem = w[:-2]
    if low.endswith("ая"):
        ends = ("ая", "ой", "ой", "ую", "ой", "ой")
    elif low.endswith("яя"):
        ends = ("яя", "ей", "ей", "юю", "ей", "ей")
    elif low.endswith("ый"):
        ends = ("ый", "ого", "ому", "ый", "ым", "ом")
    elif low.endswith("ий"):
        soft = stem[-1:].lower() not in _VELAR_HUSHING
        ends = ("ий", "его", "ему", "ий", "им", "ем") if soft else ("ий", "ого", "ому", "ий", "им", "ом")
    elif low.endswith("ой"):
        ins = "им" if stem[-1:].lower() in _VELAR_HUSHING else "ым"
        ends = ("ой", "ого", "ому", "ой", ins, "ом")
    elif low.endswith("ое"):
        ins = "им" if stem[-1:].lower() in _VELAR_HUSHING else "ым"
        ends = ("ое", "ого", "ому", "ое", ins, "ом")
    elif low.endswith("ее"):
        ends = ("ее", "его", "ему", "ее", "им", "ем")
    else:
        return None
    return [stem + _tail(w, e) for e in ends]


def word_forms(word: str) -> list[str]:
    """One word (the last of a name) and its case forms; the word itself first."""
    if not word or word[-1].lower() not in _CYR:
        return [word]
    para = _noun_paradigm(word)
    if para is None:
        return [word]
    return list(dict.fromkeys(para + _noun_extra(word)))


def _head_phrase_forms(words: list[str]) -> list[str] | None:
    """Forms of a phrase that starts with adjectives and their noun, followed by words that
    stay as they are (Демонстрационная зона международного сотрудничества ... ->
    Демонстрационную зону международного сотрудничества ...), or with a lower-case common
    noun before a name in apposition (район Динху -> района Динху; город Цзилинь -> городе
    Цзилинь); None for other names."""
    n_adj = 0
    while n_adj < len(words) - 1 and _adjective_paradigm(words[n_adj]) is not None:
        n_adj += 1
    if n_adj >= len(words) - 1 or (n_adj == 0 and not words[0][:1].islower()):
        return None
    noun_word = words[n_adj]
    if not noun_word or noun_word[-1].lower() not in _CYR:
        return None
    noun = _noun_paradigm(noun_word)
    if noun is None:
        return None
    adjs = [_adjective_paradigm(w) or [w] * _CASES for w in words[:n_adj]]
    rest = words[n_adj + 1:]
    return list(dict.fromkeys(" ".join([a[c] for a in adjs] + [noun[c]] + rest) for c in range(_CASES)))


def case_forms(name: str) -> list[str]:
    """The base form and its case forms; the base form comes first.

    Args:
        name: A Russian name in the nominative (``Си Цзиньпин``, ``Внутренняя Монголия``).

    Returns:
        Distinct forms: the last word inflected (adjectives before it agreeing case by case).
    """
    words = name.split(" ")
    head = _head_phrase_forms(words)
    if head is not None:
        return head
    last = words[-1]
    if not last or last[-1].lower() not in _CYR:
        return [name]
    noun = _noun_paradigm(last)
    if noun is None:
        return [name]
    adjs = {i: _adjective_paradigm(w) for i, w in enumerate(words[:-1])}
    out = []
    for case in range(_CASES):
        out.append(" ".join((adjs[i][case] if adjs[i] else w) for i, w in enumerate(words[:-1])) +
                   (" " if len(words) > 1 else "") + noun[case])
    head = " ".join(words[:-1]) + (" " if len(words) > 1 else "")
    out += [head + f for f in _noun_extra(last)]
    if any(adjs.values()):  # an adjective may also stay as written (headline style, apposition)
        out += [head + f for f in noun]
    return list(dict.fromkeys(out))
