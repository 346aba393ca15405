"""Russian units a page glues with no space where the word before the glue is capitalised (branch ``bnd64``).

:data:`.glued._CAMEL` ends a unit where a lower-case word runs into a capitalised one ("… для школьниковМинистр …");
it leaves a capitalised word glued to the next ("ВымпелКом", "МегаФон": a company's name).  A content farm's page
(held43's ``h43ru02``: "Новости. 19 Июня 2019, 07:03БизнесСтатьиМировая экономика. …") runs its rubrics together,
each a capitalised word; so do a rubric glued to a lead (held2's "… 2014 ОбществоМножество жителей …"), a site's name
closing a heading ("… Сельские школы РоссииСтраница школы …", held34) and a menu glued to a title ("… Охрана
УчащимсяПравила посещения …", train27ru).  A name made of two capitalised parts has a short or cut first part
("Авто", "Эко", "Спец", "Кино", "Мега", "Вымпел"+"Ком", "Борис"+"Хоф"): the rule wants six letters or more before
the glue and five or more after it, the first part no name of an organisation and no indeclinable stem of a compound
in the dictionary ("Газпром", "Инвест", "Авто"), no quote or "#" before the pair ("«ИнвестСтрой»", "#ЛюблюМоскву").

Also here: **a stop glued to a lower-case word** ("… музыкальной школой №20 г. Сестрорецка.история …": an image's
alt text the page glued after the sentence, held43's ``h43ru15``), the Russian form of
:func:`.glued.vi_lower_glue_breaks` ("… thanh toán.phổ biến …", held23, held37): a word of four letters or more
that the dictionary knows as a word and no listed abbreviation ("маш.масло", "перев.автора", "Пед.колледж" are
left), its stop, and a known lower-case word of four letters or more with no dot, "@" or "/" on its edges
("Мусора.нет", "Лента.ру", "гибдд.рф": a site's name); and **a clock time glued to a capitalised word** after a
date written with a month's name ("19 Июня 2019, 07:03Бизнес"): :func:`.date_items.time_glued_breaks` reads the
numeric date ("10/05 13:00Qua …") only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .abbreviations import ABBREVIATIONS

# a run of capitalised Cyrillic words glued with no space (no quote or "#" before it, no closing quote after it)
# (the closing quote is looked for in code: a lookahead after the run would backtrack over a long glued token)
_CAPS_RUN = re.compile(r"(?<![^\W\d_])(?<![#«\"“„])[А-ЯЁ][а-яё]+(?:[А-ЯЁ][а-яё]+)+")
_PART = re.compile(r"[А-ЯЁ][а-яё]+")
# a date with a month's name (a year and a comma maybe), then a clock time glued to a capitalised word
_MONTH_TIME = re.compile(r"(?<!\d)\d{1,2}\s+[^\W\d_]{3,9}\.?(?:\s+\d{4})?,?\s+\d{1,2}:\d{2}(?=[А-ЯЁA-ZĐ][а-яёa-z])")


# a word, its stop and a lower-case word glued on with no space, no dot, "@", "/" or "-" on their edges
_STOP_LOWER = re.compile(r"(?<![\w.@/-])([А-ЯЁа-яё][а-яё]{3,})\.([а-яё]{4,})(?![\w.@/-])")


@lru_cache(maxsize=4096)
def _word(word: str) -> bool:
    """Whether the dictionary knows ``word`` as a word, no abbreviation."""
    from ..russian_dictionary import morph

    m = morph()
    if m is None or not m.word_is_known(word.lower()):  # type: ignore[attr-defined]
        return False
    parses = m.parse(word.lower())  # type: ignore[attr-defined]
    return bool(parses) and "Abbr" not in str(parses[0].tag)


@lru_cache(maxsize=4096)
def _name_stem(word: str) -> bool:
    """Whether the dictionary reads ``word`` as an organisation's name or an indeclinable stem ("Газпром", "Авто")."""
    from ..russian_dictionary import morph

    m = morph()
    if m is None:
        return True  # no dictionary: leave the glue alone
    parses = m.parse(word.lower())  # type: ignore[attr-defined]
    tag = str(parses[0].tag) if parses else ""
    return "Orgn" in tag or "Fixd" in tag or not m.word_is_known(word.lower())  # type: ignore[attr-defined]


# (perf82) a necessary condition of a _STOP_LOWER match: the stop before a lower-case Cyrillic letter (a literal first)
_STOP_SEED = re.compile(r"\.[а-яё]")


def caps_glue_breaks(text: str, lang: str, runs: bool = True) -> list[int]:
    """Offsets where a unit opens after a capitalised word, a date's clock time or a stop glued to it (Russian).

    ``runs=False`` says ``text`` holds no lower-case Cyrillic letter right before a Cyrillic capital (the caller
    searched for it, :data:`.glued._CAMEL_SEED`): no run of :data:`_CAPS_RUN` can match, its scan is skipped
    (perf82)."""
    if lang not in ("ru", "uk"):
        return []
    out = []
    for run in _CAPS_RUN.finditer(text) if runs else ():
        j = run.end()
        while j < len(text) and text[j].isalpha():
            j += 1
        if text[j:j + 1] in ("»", "”"):
            continue  # "ИнвестСтрой»": a name in quotes
        parts = [(m.start(), m.end()) for m in _PART.finditer(text, run.start(), run.end())]
        for (a, b), (c, d) in zip(parts, parts[1:]):
            if b - a >= 6 and d - c >= 5 and not _name_stem(text[a:b]):
                out.append(b)  # six letters or more before the glue, five or more after it
    if ":" in text:
        out.extend(m.end() for m in _MONTH_TIME.finditer(text))
    if _STOP_SEED.search(text) is not None:
        out.extend(m.start(2) for m in _STOP_LOWER.finditer(text)
                   if m.group(1).lower() not in ABBREVIATIONS["ru"] and _word(m.group(1)) and _word(m.group(2)))
    return out
