"""Short Cyrillic lines of Russian's neighbours told by the Russian dictionary (used by :mod:`mtpipe.langid`).

A short Bulgarian, Macedonian, Serbian, Ukrainian or Belarusian sentence may hold none of the letters
Russian never writes and none of the listed function words ("Очите на Марга почнаха да стават големи.",
"Нико није ништа рекао.", "Не проси мале."), and py3langid then prefers Russian.  Such a line is not
Russian when most of its plain words are no Russian word form at all: pymorphy3's Russian dictionary
(OpenCorpora, already a dependency of the name tools) does not know "очите", "почнаха", "није", "ништа".
A Russian sentence's unknown words are names, slang and typos; names are set aside (capitalised words
after the first, an unknown first word), two unknown plain words, more than half of the plain ones, are
needed, and py3langid over Russian and the neighbours must not prefer Russian (a Russian line of
transliterations, "Лаккха Сингх исполнил чхаппан бхог бхаджан.", has unknown words but reads as Russian).  The language
is then py3langid's among the neighbours that can write the line (:func:`mtpipe.langid_cyrillic.russian_only`:
a line with ы is no Bulgarian).  Bulgarian's postposed articles (очите, майката, детето) and aorists
(каза, почнаха) are such unknown forms; two unknown words with an article's ending (:data:`_ARTICLES`)
are enough for Bulgarian or Macedonian even among known Russian words ("Давам думата на председателя на
Парламентарната група").

Without pymorphy3 installed, nothing here fires (the line stays as :mod:`mtpipe.langid` called it).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from .langid_cyrillic import CYRILLIC_ALL, RU_MARKERS, able_to_write
from .russian_dictionary import morph as _morph  # the one copy of the dictionary

__all__ = ["dictionary_neighbour", "plain_words", "written_with_i", "SOUTH_SLAVIC_CLITICS", "UNKNOWN_MIN", "UNKNOWN_SHARE"]

#: Unknown plain words needed, and their share of the plain words.
UNKNOWN_MIN = 2
UNKNOWN_SHARE = 0.5
#: Bulgarian and Macedonian postposed articles (-ът, -ят; -та, -то, -те): two words with one that the
#: Russian dictionary does not know ("думата", "третото", "очите") tell Bulgarian or Macedonian.
_ARTICLES = ("ът", "ят", "та", "то", "те")
_NEIGHBOURS = tuple(code for code in CYRILLIC_ALL if code != "ru")
_STRESS = re.compile("[\u0300\u0301]")
_CYR_WORD = re.compile(r"(?<![\w#@-])[\u0400-\u052f]+(?![\w-])")  # not a hashtag's or handle's word
#: South Slavic clitics and pronouns no Russian text writes as words (none in the 5,639 Russian check
#: sentences): reflexive "се", "ме", "си", "аз", "ти" (Ukrainian's "you" too) and the copula "е" (not the
#: "е" of "т. е.", "а. е.", "И. Е."); lower case ("Аз" also as the first word).
SOUTH_SLAVIC_CLITICS = frozenset("се ме си аз ти е".split())


@lru_cache(maxsize=1 << 16)
def _known(word: str) -> bool:
    """Whether the Russian dictionary knows ``word`` (remembered: a lookup walks its DAWG letter by letter)."""
    return bool(_morph().word_is_known(word))  # type: ignore[union-attr]


def plain_words(text: str) -> list[str]:
    """Lower-cased whole Cyrillic words that are no name: lower-case words, and the first word when it is
    capitalised only as a sentence's start (not a piece of "3-го" or "Тук-тук", not "КАТО")."""
    return list(_plain_words(text))


def _plain_words(text: str) -> Iterator[str]:
    for i, m in enumerate(_CYR_WORD.finditer(text)):
        w = m.group()
        if w.islower() or (i == 0 and m.start() < 3 and len(w) > 1 and w[0].isupper() and w[1:].islower()):
            yield w.lower()


def _clitic(text: str) -> bool:
    """A lower-case South Slavic clitic word (:data:`SOUTH_SLAVIC_CLITICS`) that is no abbreviation's letter."""
    # capitalised, only "Аз" (I): "Си" is Xi Jinping's surname in Russian ("Си Цзиньпин едет...")
    return any((m.group() if i or m.group() != "Аз" else "аз") in SOUTH_SLAVIC_CLITICS
               and text[m.end():m.end() + 1] != "." for i, m in enumerate(_CYR_WORD.finditer(text)))


def written_with_i(text: str) -> bool:
    """Whether a plain word of ``text`` (four letters at least) is unknown to the Russian dictionary but known with
    one и read as ы ("народний": народный), and no word is a frequent Russian one: the spelling of Ukrainian,
    Bulgarian, Serbian or Macedonian, whose alphabets have no ы. Weak evidence, used only where the page is in
    such a language (:func:`mtpipe.langid.with_document_prior`: "36-а, народний депутат Гетманцев.")."""
    if _morph() is None:
        return False
    words = list(_plain_words(_STRESS.sub("", text)))
    if any(w in RU_MARKERS for w in words):
        return False
    return any(len(w) >= 4 and "и" in w and not _known(w) and any(
        _known(w[:i] + "ы" + w[i + 1:]) for i, ch in enumerate(w) if ch == "и") for w in words)


def _chinese_tag(text: str) -> bool:
    """Every Cyrillic word of ``text`` reads as Palladius syllables: a Chinese name, as a lower-case tag writes
    it too ("си цзиньпин"), where "си" is no South Slavic clitic."""
    from .langid_cyrillic import _palladius

    words = [w.lower() for w in _CYR_WORD.findall(text)]
    rest = [w for w in words if w not in SOUTH_SLAVIC_CLITICS]  # and no Russian word form ("Оди си дома."; "ли" is short)
    return len(words) >= 2 and bool(rest) and all(_palladius(w) and (len(w) <= 3 or _morph() is None or not _known(w))
                                                  for w in rest)


def _unknown_words(words: list[str], south: bool) -> list[str] | None:
    """The words the Russian dictionary does not know, in order; None as soon as :func:`dictionary_neighbour`'s test
    after them must fail whatever the words not looked up yet are (perf81: a lookup walks the DAWG; most lines that
    reach it are Russian, and half of their words known settles it).  The test fails when no two unknown words
    with an article's ending (only with ``south``) and no two unknown words over half of the words: the words
    still to look up can at most all be unknown, so the bounds below are the most the test can still see."""
    most = len(words)  # unknown words at most: those found so far and every word not looked up yet
    articles = sum(1 for w in words if w.endswith(_ARTICLES)) if south else 0  # articled unknown words at most
    unknown: list[str] = []
    for w in words:
        if articles < UNKNOWN_MIN and (most < UNKNOWN_MIN or most <= UNKNOWN_SHARE * len(words)):
            return None
        if _known(w):
            most -= 1
            if south and w.endswith(_ARTICLES):
                articles -= 1
        else:
            unknown.append(w)
    return unknown


def dictionary_neighbour(text: str, quick: bool = True) -> str | None:
    """The neighbour of Russian a Cyrillic line is in when most of its plain words are unknown to the
    Russian dictionary (see the module's docstring); None when it may be Russian.  ``quick``: a line without a
    clitic returns None before the neighbours are weighed when the rest would (the same answers, tested)."""
    text = _STRESS.sub("", text)  # "Составно́е": a stress mark is no word break
    words = []
    for w in _plain_words(text):  # (stopped at the first frequent Russian word: most Russian lines, cheaply)
        if w in RU_MARKERS and w not in ("ли", "я"):  # Bulgarian writes "ли" and "я" (her) too
            return None
        words.append(w)
    clitic = _clitic(text)
    if quick and not clitic and (_morph() is None or "ли" in words or "я" in words or sum(len(w) > 1 for w in words) < UNKNOWN_MIN):
        return None  # what follows ends in None then: no dictionary, a Russian word, or too few words to count unknown
    from .langid import _identifier  # the one shared py3langid model (imported past the loop: most lines end in it)

    candidates = able_to_write(text, _NEIGHBOURS)  # the neighbours whose letters the line keeps to (russian_only)
    if candidates and clitic and not _chinese_tag(text):  # "Страх ли те е?", "Каза да не се шегувам.", "Аз не знам."
        return _identifier(candidates).classify(text)[0]
    morph = _morph()
    if not candidates or morph is None or any(w in RU_MARKERS for w in words):
        return None
    # the first word only when the dictionary knows it: unknown, it may be a name ("Аламаган -- стратовулкан")
    first_known = bool(words) and text.lstrip()[:1].isupper() and _known(words[0])
    if words and text.lstrip()[:1].isupper() and not first_known:
        words = words[1:]
    words = [w for w in words if len(w) > 1]
    south = tuple(code for code in ("bg", "mk") if code in candidates)
    unknown = _unknown_words(words, bool(south))
    if unknown is None:
        return None
    articled = [w for w in unknown if w.endswith(_ARTICLES)]
    if not (south and len(articled) >= UNKNOWN_MIN) and (
            len(unknown) < UNKNOWN_MIN or len(unknown) <= UNKNOWN_SHARE * len(words)):
        return None
    # and py3langid, Russian included, must not prefer Russian: a Russian line of transliterated words
    # ("Лаккха Сингх исполнил чхаппан бхог бхаджан.") has unknown words but reads as Russian to it
    best = _identifier(("ru",) + candidates).classify(text)[0]
    if best == "ru":
        return None
    if south and len(articled) >= UNKNOWN_MIN:  # "Давам думата ... на Парламентарната група": postposed articles
        return best if best in south else south[0]
    return best
