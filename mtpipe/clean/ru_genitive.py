"""A Russian subheading of a common noun and a name in the genitive is no byline (issue 12, cp86;
``boilerplate.byline``'s guard, through :func:`.signoff.not_a_name`).

cp84's fresh RT sample lost the subheadings "Вылет Макаровой" ("Makarova's exit"), "Покоритель Арктики" ("the
conqueror of the Arctic") and "Победа Рублёва" to ``boilerplate.byline``: two capitalised words pass the name test.
A byline is a person's name in the nominative (and a role); a subheading is a common noun governing a name in the
genitive.  Without a morphological dictionary the suffixes tell two shapes apart (:func:`genitive_heading`):

* the second word is a feminine surname in an oblique case ("-овой", "-евой", "-ёвой", "-иной", "-ыной": "Вылет
  Макаровой", "Отставка Петровой"); no nominative surname ends so ("-ской"/"-цкой" stay out: "Дмитрий Донской",
  "Трубецкой");
* the second word is a masculine surname in the genitive ("-ова", "-ева", "-ёва", "-ина", "-ына") after a first word
  that is no feminine given name (none of "-а", "-я", "-ь" at its end): "Вылет Рублёва", "Уход Смирнова"; "Анна
  Рублёва", "Любовь Петрова", "Никита Сергеева"? (a man's name in "-а" with a woman's surname does not occur, and
  the branch leaves every first word in "-а"/"-я" alone);
* the first word is an agent noun in "-тель" ("Покоритель Арктики", "Победитель Уимблдона"): no given name or
  surname put first ends so.

cp87 (cp86's fresh check: "Ставка Кафельникова", "Переориентация Стэмкоса", "Победа Рублёва" still read as bylines):
the project's Russian dictionary (pymorphy3, :mod:`mtpipe.russian_dictionary`, a required dependency) knows given
names ("Анна", "Любовь", "Надежда": a ``Name`` reading) and surnames (``Surn``).  :func:`common_noun_head`: the first
word is a word it knows, of four letters at least, whose every reading is an inanimate common noun (no ``Name``,
``Surn``, ``Patr``; "Победа", "Ставка", "Переориентация", "Вылет"), the first reading nominative; the second word has
a genitive reading and no nominative given name's ("Зима Мария", a surname first, stays a byline).  "Анна Рублёва",
"Любовь Петрова", "Вера Зверева", "Роза Сябитова" keep their first word's ``Name`` reading and stay names.  Without
the dictionary the branch is off.  On the dev .ann files the branch adds 17 lines over the suffix tests, all clutter
(menu and tag items: "Новости Москвы", "Лига Европы", "Динамо Киев"), which other rules take or leave as before
(it only stops the byline rule, a guard).

cp90 (cp88's fresh draw: RT's subheadings "Вотчина Юрия Долгорукого", "Дубль Проворова", "Прикрылись Северной
Кореей" still read as bylines), three more shapes, dictionary only:

* the noun's nominative may be any of its readings, not only the first: an inanimate masculine noun reads as
  accusative first as often as nominative ("Дубль": accs, nomn);
* a noun head over a name of two words, both in the genitive (:func:`genitive_heading` with three words: "Вотчина
  Юрия Долгорукого", "Улица Михаила Светлова"; the second and third words a genitive reading each, neither a given
  name's nominative): a byline's three words are a given name, a patronymic or a surname, all nominative;
* :func:`verb_head`: the first word is a word the dictionary knows whose every reading is a finite verb
  ("Прикрылись Северной Кореей", "Горят леса"): no given name or surname is only a verb ("Любим", "Роман" keep a
  name's or a noun's reading and stay names); a credit's verb before a name in the nominative stays a credit
  ("Подготовил Заквасин Алексей", "Записала Анна Петрова").

cp91 (cp90's fresh draw: "Тень Марадоны", "Триумф Схипперс" still read as bylines): :func:`foreign_name_head`, a
noun head (as :func:`common_noun_head`) over one word the dictionary does not know -- a foreign name, declined
("Марадоны") or not ("Схипперс"), which the guesser cannot put in the genitive.  A credit's noun ("Фото", "Текст",
"Видео", "Источник", :data:`_CREDIT_NOUNS`) stays out: "Фото Схипперс" is a credit.  A byline opens with a given name,
which the dictionary tags ``Name`` or does not know; none of the first words it passes is one (the few given names
that are also only inanimate nouns, "Виола", are a stated trade).

These shapes (cp86's, cp87's, cp90's and cp91's) keep a heading over the text only: when the next non-blank line is removed
already (a photo's credit under "Поверхность Марса", "Вотчина Юрия Долгорукого" as a caption), the line is read as
before (:func:`.signoff.not_a_name`).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["genitive_heading", "common_noun_head", "verb_head", "foreign_name_head"]

_FEM_OBLIQUE = re.compile(r"(?:ов|ев|ёв|ин|ын)ой$")
_MASC_GENITIVE = re.compile(r"(?:ов|ев|ёв|ин|ын)а$")
_FEM_GIVEN_END = ("а", "я", "ь")
_AGENT = re.compile(r"..тель$")
_PERSON = re.compile(r"Name|Surn|Patr")
_NOMN_PERSON = re.compile(r"(?:Name|Surn|Patr).*nomn")
_MIN_NOUN = 4  # "Си Цзиньпин": "си" is a note's name too
_CYRILLIC = re.compile(r"^[а-яё]{4,}$")
#: nouns a credit or a source line opens with ("Фото Схипперс", "Текст Иванов"): no heading's head (cp91)
_CREDIT_NOUNS = frozenset((
    "фото", "фотография", "видео", "текст", "источник", "иллюстрация", "рисунок", "графика", "инфографика",
    "коллаж", "перевод", "интервью", "кадр", "подготовка", "материал", "съёмка", "съемка", "репортаж", "редакция",
    "комментарий", "мнение", "колонка", "блог", "обзор", "скриншот", "изображение", "карикатура", "фотоколлаж"))


@lru_cache(maxsize=4096)
def _tags(word: str) -> tuple[str, ...] | None:
    """The dictionary's readings of ``word`` (lower case), most probable first; None without the dictionary or when
    it does not know the word (a guess)."""
    from ..russian_dictionary import morph

    m = morph()
    if m is None:
        return None
    return tuple(str(p.tag) for p in m.parse(word)) if m.word_is_known(word) else None  # type: ignore[attr-defined]


@lru_cache(maxsize=4096)
def _guessed(word: str) -> tuple[str, ...]:
    from ..russian_dictionary import morph

    m = morph()
    return () if m is None else tuple(str(p.tag) for p in m.parse(word))  # type: ignore[attr-defined]


def common_noun_head(first: str, second: str) -> bool:
    """A known inanimate common noun in the nominative, then a word with a genitive reading and no given name's
    nominative one (lower-cased words; module docstring, cp87)."""
    if len(first) < _MIN_NOUN:
        return False
    tags = _tags(first)
    if not tags or not any("nomn" in t for t in tags) or \
            not all(t.startswith("NOUN") and "inan" in t and not _PERSON.search(t) for t in tags):
        return False
    return _genitive(second)


def _noun_head(first: str) -> bool:
    tags = _tags(first) if len(first) >= _MIN_NOUN else None
    return bool(tags) and any("nomn" in t for t in tags) and \
        all(t.startswith("NOUN") and "inan" in t and not _PERSON.search(t) for t in tags)


def foreign_name_head(words: list[str]) -> bool:
    """Two lower-cased words: a known inanimate common noun in the nominative, no credit's noun, then a word the
    dictionary does not know (a foreign name: "тень марадоны", "триумф схипперс"; module docstring, cp91)."""
    if len(words) != 2 or words[0] in _CREDIT_NOUNS or not _noun_head(words[0]):
        return False
    second = words[1]
    return _CYRILLIC.match(second) is not None and _tags(second) is None and _tags_known_guard(second)


def _tags_known_guard(word: str) -> bool:
    """The guesser reads ``word`` as no given name's nominative singular (a foreign given name after a noun-like
    one); "Марадоны" may read as a plural."""
    return not any("Name" in t and "sing,nomn" in t for t in _guessed(word))


def _genitive(word: str) -> bool:
    """``word`` (lower case) has a genitive reading and no given name's nominative one."""
    after = _guessed(word)
    return any("gent" in t for t in after) and not any("Name" in t and "nomn" in t for t in after)


def verb_head(words: list[str]) -> bool:
    """The first of ``words`` (lower case) is a word the dictionary knows, every reading of it a finite verb, and no
    word after it reads as a person's name in the nominative (module docstring, cp90)."""
    tags = _tags(words[0]) if words else None
    if not tags or not all(t.startswith("VERB") for t in tags):
        return False
    return not any(_NOMN_PERSON.search(t) for w in words[1:] for t in _guessed(w))


def genitive_heading(words: list[str]) -> bool:
    """Two Russian capitalised words (lower-cased) that read as a common noun and a name in the genitive, no
    person's name (module docstring)."""
    if len(words) == 3:  # a noun over a two-word name in the genitive (cp90)
        return common_noun_head(words[0], words[1]) and _genitive(words[2])
    if len(words) != 2:
        return False
    first, second = words
    if _FEM_OBLIQUE.search(second) and len(second) > 5:
        return True
    if _MASC_GENITIVE.search(second) and not first.endswith(_FEM_GIVEN_END):
        return True
    return _AGENT.search(first) is not None or common_noun_head(first, second) or foreign_name_head(words)
