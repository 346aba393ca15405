"""Round bnd75 (post-blind, held54's boundaries, by class): initials closing a sentence before a one-letter
preposition, and a name opening its line (a reference, a caption) ending nothing (benchmarks/notes/bnd75.md, (1);
the read-more label of (2) is tests/test_bnd75_cut_link.py)."""

import pytest

from mtpipe.segment import split_sentences
from mtpipe.segment.name_initials import surname_initials_breaks


def _units(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


INITIALS = [
    # held54's h54ru13: a family's two members, no surname right before the second initials
    ("Работы проводились силами тренеров Каралаш В.П., Полоскова А.Н., Зимнуховых Л.В. и А.И., Путиных А.И. и В.И. "
     "В это же время на втором этаже начал работу диспансер.",
     ["Работы проводились силами тренеров Каралаш В.П., Полоскова А.Н., Зимнуховых Л.В. и А.И., Путиных А.И. и В.И.",
      "В это же время на втором этаже начал работу диспансер."]),
    # a surname the dictionary does not read as one (public text)
    ("Состоялась встреча с Генеральным прокурором Республики Беларусь Шведом А.И. В рамках мероприятия он "
     "ознакомился с колледжем.",
     ["Состоялась встреча с Генеральным прокурором Республики Беларусь Шведом А.И.",
      "В рамках мероприятия он ознакомился с колледжем."]),
    # spaced initials, "С" before a lower-case word; a figure after "В"
    ("Работы шли под руководством директора Зотовых А. И. и В. И. С тех пор школа росла.",
     ["Работы шли под руководством директора Зотовых А. И. и В. И.", "С тех пор школа росла."]),
    ("Отделение возглавляли выпускники Колчин Н.Н., Колодкин В.И. В 90-х годах им руководил Зорин Н.К.",
     ["Отделение возглавляли выпускники Колчин Н.Н., Колодкин В.И.", "В 90-х годах им руководил Зорин Н.К."]),
    # the surname sign of bnd51 goes on where the sentence's words stand before the name
    ("С 1974 по 1994 годы школой руководил Шатский В.Н. С 1994 года директором назначен Мусатов В.П.",
     ["С 1974 по 1994 годы школой руководил Шатский В.Н.", "С 1994 года директором назначен Мусатов В.П."]),
    # negatives: a name opening its line, a book's or a painting's title after it (the RT/ng articles, public text)
    ("Проценко П.Г. К незакатному Свету. Анатолий Жураковский: пастырь, поэт, мученик.",
     ["Проценко П.Г. К незакатному Свету.", "Анатолий Жураковский: пастырь, поэт, мученик."]),
    ("Иванов С.В. «Земский собор» (1908)", ["Иванов С.В. «Земский собор» (1908)"]),
    ("Шишкин И.И. В роще (1865)", ["Шишкин И.И. В роще (1865)"]),
    ("Иванов И.И., Петров П.П. В мире знаний", ["Иванов И.И., Петров П.П. В мире знаний"]),
    # a lower-case preposition, a capital after the one-letter word, a third initial, caps, initials before a surname
    ("Найдите информацию о Сидорове А.И. в базе данных.", ["Найдите информацию о Сидорове А.И. в базе данных."]),
    ("Работу выполнил наш студент В.И. В Москве.", ["Работу выполнил наш студент В.И. В Москве."]),
    ("Список составил Иванов И.И. В. Петров.", ["Список составил Иванов И.И. В. Петров."]),
    ("ДОЛЯ СВЕТА ОТ Т.И. В ЦЕНТРЕ КУБА", ["ДОЛЯ СВЕТА ОТ Т.И. В ЦЕНТРЕ КУБА"]),
    ("Благодарим Зайцеву Е.П. и А.И. Лебедеву за помощь.", ["Благодарим Зайцеву Е.П. и А.И. Лебедеву за помощь."]),
]


@pytest.mark.parametrize("text, units", INITIALS)
def test_initials_close_sentence(text, units):
    assert _units(text, "ru") == units


@pytest.mark.parametrize("text, lang, n", [
    ("силами тренеров Путиных А.И. и В.И. В это же время", "ru", 1),
    ("силами тренеров Путиных А.И. и В.И. В это же время", "uk", 0),  # Russian only
    ("Проценко П.Г. К незакатному Свету", "ru", 0),
    ("1. Проценко П.Г. К незакатному Свету", "ru", 0),  # a list number is no sentence's word
    ("Литература и Проценко П.Г. К незакатному Свету", "ru", 0),  # "и" alone is a list's
    ("по теме доклад Проценко П.Г. К сожалению, он болен", "ru", 1),
    ("США.А.И. В это время", "ru", 0),  # no initial: a stop glued before the first letter
])
def test_surname_initials_breaks_table(text, lang, n):
    assert len(surname_initials_breaks(text, lang)) == n
