"""A surname and its initials closing a Russian sentence (round bnd51, issue 12: sentence boundaries on real pages;
read on held36's ``h36ru15``, a school's history, dev since the twenty-fifth session).

Russian writes a person as "Фамилия И.О." (the initials after the surname: lists, registers, a school's or a firm's
history) as well as "И.О. Фамилия"; razdel never ends a sentence after initials, so "С 1974 по 1994 годы школой
руководил Шатский В.Н. С 1994 года директором школы назначен Мусатов В.П." came back one unit, and so do "… рисунки
директора школы Зотова Д.Г. Проводились прекрасные праздники …" and "… подписал Иванов А.П. Он отметил …".

The sign (:func:`surname_initials_breaks`): a title-case word the dictionary reads as a surname (or guesses so: a
surname it does not know), two initials after it ("В.Н.", "В. Н."), then a space and a capitalised word the
dictionary knows and reads as no name of any kind (no surname, first name, patronymic, place, organisation or
initial): a preposition ("С 1994 года"), a pronoun ("Он", "Это"), a verb ("Проводились"), a common noun.  The
initials then closed the name and the sentence.  Left alone: initials before a surname ("глава Камышлова М.Н.
Чухарев.", "Зайцевой Е.П. Лебедевой": the next word reads as a name), a word the dictionary does not know (a rare
surname), a single letter that is itself an initial ("Иванов И.И. П. Петров"), a place ("… Иванов И.И. Москва"),
a position before the initials ("Директор В.Н. Шатский": no surname before them), and other languages.

Round bnd75 (held54's ``h54ru13``: "… силами тренеров …, Путиных А.И. и В.И. В это же время …"): **a one-letter
word after the initials** with no stop, then a lower-case word or a figure ("В это же время", "С 1994 года", "К
сожалению") is a preposition or a conjunction, no initial (an initial takes its stop) and no name: the initials closed
the sentence whatever stands before them, a surname the dictionary does not read as one ("Шведом А.И. В рамках …")
or a family's two members ("Путиных А.И. и В.И."). And **no name opening its line** ends a sentence by either sign:
"Проценко П.Г. К незакатному Свету. …" (a reference: the author, the book's title), "Иванов С.В. «Земский собор»
(1908)" (a caption: the painter, the painting) are one unit each; the line must hold a lower-case word (two letters or
more, not the "и" of a list of names) before the name, the words of the sentence the initials close.  Evidence
(``benchmarks/notes/bnd75.md``): dev holds no such place (its one "Фамилия И.О. Capital" end, ``h36ru15``, has the
sentence's words before it); the RT/ng articles hold 2 places the surname sign took, both a line's opening name (a
reference, a caption); public text (code search) 6 sentence ends after initials before "В"/"С" + a lower-case word,
every one with the sentence's words before the name, and 2 titles after a line's opening name ("Шишкин И.И. В
роще", "Таран В.В. В Питере …").

Round bnd76 (blind Russian boundaries on new sites; the fresh gold corpus UD_Russian-GSD): **a Latin capital standing
alone after a Russian word**, its stop, then a Russian sentence's capital (:func:`latin_letter_breaks`): "… к светлому
спектральному классу S. В соответствии …", "… на престол взошёл Павел I. Началось …", "… в группе B. Шансы …", and a
Latin capital glued after a hyphen ("на языке Objective-C. Композиция", "TLAM-N. Эти", "HISAR-A. Кроме").  A Russian
initial is a Cyrillic letter; a Latin one before a Russian word is a group, a class, a grade, a Roman numeral or a
model's suffix, and razdel, reading any lone capital as an initial, kept the two sentences together.  Evidence
(``benchmarks/notes/bnd76.md``): every line of the RT/ng articles through the segmenter before and after: 59 new
ends, every one a sentence end on reading (kings, groups, leagues, grades, a sports schedule's "Группа A." before its
matches), none lost; UD_Russian-GSD's gold ends 3 (all missed before); public text (code search, "Петра I. В",
"витамин A. ") 19 hits, all ends; dev realpages and segreal hold none.  Left alone: a Latin letter that looks
Cyrillic (А В С Е Н К М О Р Т Х) before a word the dictionary reads as a name ("директор A. Иванов": a Cyrillic
initial typed on a Latin keyboard), a Latin word or capital after the stop ("J. P. Morgan"), a Cyrillic capital after
the letter that is itself an initial ("A. Б. Иванов"), other languages.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["latin_letter_breaks", "surname_initials_breaks"]

# the second initial and the spaces after it, then a capitalised word (a quote may open it); opening on the first
# initial's stop (a literal first: the scan is fast); the first initial and the surname are read back from there
_SECOND_INITIAL = re.compile(r"\.\s?[А-ЯЁ]\.(\s+)(?=[«\"“]?([А-ЯЁ][а-яё]*)(?![\w.]))")
# a title-case word, a space and the first initial (before its stop)
_SURNAME_BEFORE = re.compile(r"(?:^|(?<=[^\w.-]))([А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]{2,})?) [А-ЯЁ]$")
_NAME_TAGS = ("Surn", "Name", "Patr", "Geox", "Orgn", "Init")


def _tags(word: str) -> tuple[bool, frozenset[str]]:
    """Whether the dictionary knows ``word`` and the name tags of its readings; (False, {}) without a dictionary."""
    return _tags_lower(word.lower())


@lru_cache(maxsize=4096)
def _tags_lower(word: str) -> tuple[bool, frozenset[str]]:
    from ..russian_dictionary import morph

    m = morph()
    if m is None:
        return False, frozenset()
    tags = {t for p in m.parse(word) for t in _NAME_TAGS if t in p.tag}  # type: ignore[attr-defined]
    return bool(m.word_is_known(word)), frozenset(tags)  # type: ignore[attr-defined]


# a one-letter preposition or conjunction (no stop: no initial), a space, a lower-case word or a figure (bnd75)
_ONE_LETTER_WORD = re.compile(r"[ВСКОУИАЯ] (?:[а-яё]|\d)")
# a lower-case word of two letters or more, not the "и" of a list of names (bnd75: the sentence's own words)
_CLAUSE_WORD = re.compile(r"(?<![\w.-])(?!и(?![а-яё]))[а-яё]{2,}(?![\w.])")


def _clause_before(text: str, at: int) -> bool:
    """Whether the line holds a lower-case word before ``at`` (the name): no list or caption line opening with it."""
    start = max(text.rfind("\n", 0, at) + 1, at - 300)
    return _CLAUSE_WORD.search(text, start, at) is not None


def surname_initials_breaks(text: str, lang: str) -> list[int]:
    """Offsets where a sentence opens after a surname and its initials closed the one before (Russian)."""
    if lang != "ru" or "." not in text:
        return []
    out = []
    for m in _SECOND_INITIAL.finditer(text):
        first = m.start() - 1  # the first initial: a capital standing alone (no word, no stop glued before it)
        if first < 0 or not text[first].isupper() or (first and (text[first - 1].isalnum() or text[first - 1] in ".-")):
            continue
        if len(m.group(2)) == 1 and _ONE_LETTER_WORD.match(text, m.end(1)) is not None:
            if _clause_before(text, first):  # "… Путиных А.И. и В.И. В это же время …" (bnd75)
                out.append(m.end(1))
            continue
        head = _SURNAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if head is None or "Surn" not in _tags(head.group(1))[1] or not _clause_before(text, head.start(1)):
            continue
        known, tags = _tags(m.group(2))
        if known and not tags:
            out.append(m.end(1))
    return out


# a Latin capital alone after a Russian word, or glued after a hyphen to a Latin word; its stop; then a Russian capital
# opening a word in lower case or a one-letter word (bnd76)
_LATIN_LETTER = re.compile(r"[A-Z](?<=[а-яё]\s[A-Z]|[A-Za-z]-[A-Z])\.(\s+)(?=[«\"“]?([А-ЯЁ](?:[а-яё]+|(?=\s))))")
_LOOKALIKE = frozenset("ABCEHKMOPTX")  # Latin capitals that print as Cyrillic ones: a typed initial may be one


def latin_letter_breaks(text: str, lang: str) -> list[int]:
    """Offsets where a sentence opens after a Latin capital that closed the one before (Russian): "классу S. В …"."""
    if lang != "ru" or ". " not in text:
        return []
    out = []
    for m in _LATIN_LETTER.finditer(text):
        if text[m.start()] in _LOOKALIKE and len(m.group(2)) > 1 and _tags(m.group(2))[1] & {"Surn", "Name", "Patr"}:
            continue  # "директор A. Иванов": an initial typed with a Latin letter
        out.append(m.end(1))
    return out
