"""Round bnd76 (pre-blind, Russian boundaries on new sites): a Latin capital standing alone after a Russian word (a
group, a class, a grade, a Roman numeral) or glued after a hyphen (a model's or a language's suffix) closes a sentence
before a Russian capital; razdel read it as an initial (benchmarks/notes/bnd76.md; evidence: UD_Russian-GSD's gold
ends, the RT/ng articles, public text).  A Latin letter that prints as a Cyrillic one before a name is a typed
initial and goes on."""

import pytest

from mtpipe.segment import split_sentences
from mtpipe.segment.name_initials import latin_letter_breaks


def _units(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


ENDS = [
    # UD_Russian-GSD's gold ends (a star's class, a king's numeral, a language's name)
    ("Звезда принадлежит к светлому спектральному классу S. В соответствии с этим её относят к гигантам.",
     ["Звезда принадлежит к светлому спектральному классу S.", "В соответствии с этим её относят к гигантам."]),
    ("Город отошёл к боснийскому королю Твртко I. Сын чиновника, Покровский родился в 1802 году.",
     ["Город отошёл к боснийскому королю Твртко I.", "Сын чиновника, Покровский родился в 1802 году."]),
    ("Ниже приведён пример на языке Objective-C. Композиция рассказывает о серийном убийце.",
     ["Ниже приведён пример на языке Objective-C.", "Композиция рассказывает о серийном убийце."]),
    # the RT/ng articles: a sports group, a league, a grade, a one-letter word after the stop, a model's suffix
    ("Команды определят, кто займёт первое место в группе B. Шансы россиян выглядят куда предпочтительнее.",
     ["Команды определят, кто займёт первое место в группе B.", "Шансы россиян выглядят куда предпочтительнее."]),
    ("Клуб продолжает борьбу за выживание в Серии A. Туринцы отправили в ворота соперника три мяча.",
     ["Клуб продолжает борьбу за выживание в Серии A.", "Туринцы отправили в ворота соперника три мяча."]),
    ("На престол взошёл Павел I. Началось короткое царствование.",
     ["На престол взошёл Павел I.", "Началось короткое царствование."]),
    ("Экспедицию основали по указу Петра I. В Воронеже строили корабли.",
     ["Экспедицию основали по указу Петра I.", "В Воронеже строили корабли."]),
    ("Ранее они создали систему ПВО малой дальности HISAR-A. Кроме того, фирма выпускает ракеты.",
     ["Ранее они создали систему ПВО малой дальности HISAR-A.", "Кроме того, фирма выпускает ракеты."]),
    ("Морковь богата бета-каротином, который организм превращает в витамин A. «Это важно», — сказал врач.",
     ["Морковь богата бета-каротином, который организм превращает в витамин A.", "«Это важно», — сказал врач."]),
]

GOES_ON = [
    # a Cyrillic initial typed with a Latin letter that looks like it, before a name
    "Директор школы A. Иванов выступил с речью.",
    "Слово предоставили учителю M. Петровой, она рассказала о школе.",
    # a Latin name after the stop, a second initial after the letter, a lower-case word after the stop
    "Сделку провёл банк J. P. Morgan в прошлом году.",
    "Директор школы A. Б. Иванов выступил с речью.",
    "Образцы группы B. в таблице отмечены звёздочкой.",
    # a letter glued to a Russian word, a two-letter code (razdel's case, not this rule's)
    "Вода кипит при 100 °C, а при 90 °C нет.",
]


@pytest.mark.parametrize("text,units", ENDS)
def test_latin_letter_ends_a_sentence(text: str, units: list[str]) -> None:
    assert _units(text, "ru") == units


@pytest.mark.parametrize("text", GOES_ON)
def test_latin_letter_no_end(text: str) -> None:
    assert _units(text, "ru") == [text]
    assert latin_letter_breaks(text, "ru") == []


@pytest.mark.parametrize("text,lang,breaks", [
    ("в группе B. Шансы есть", "ru", [12]),
    ("в группе B.  В среду игра", "ru", [13]),
    ("на языке Objective-C. Композиция", "ru", [22]),
    ("к группе S. Петров пришёл", "ru", [12]),  # S prints as no Cyrillic letter: no typed initial
    ("учителю M. Петровой", "ru", []),
    ("учителю M. Школа закрыта", "ru", [11]),  # a word that is no name after a look-alike letter
    ("Группа B: Россия", "ru", []),
    ("в группе B. Шансы есть", "uk", []),  # the rule is Russian
    ("в группе B. Шансы есть", "vi", []),
])
def test_latin_letter_breaks_table(text: str, lang: str, breaks: list[int]) -> None:
    assert latin_letter_breaks(text, lang) == breaks
