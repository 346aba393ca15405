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
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["surname_initials_breaks"]

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


def surname_initials_breaks(text: str, lang: str) -> list[int]:
    """Offsets where a sentence opens after a surname and its initials closed the one before (Russian)."""
    if lang != "ru" or "." not in text:
        return []
    out = []
    for m in _SECOND_INITIAL.finditer(text):
        head = _SURNAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if head is None or "Surn" not in _tags(head.group(1))[1]:
            continue
        known, tags = _tags(m.group(2))
        if known and not tags:
            out.append(m.end(1))
    return out
