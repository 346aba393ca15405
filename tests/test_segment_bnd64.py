"""Round bnd64 (issue 12: held43's sentence boundaries, read after its blind run), by class, each with negatives:

* a capitalised Russian word of six letters or more glued to a capitalised word of five or more is a unit's end (a
  content farm's rubrics "БизнесСтатьиМировая экономика.", held43's ``h43ru02``; a site's name closing a heading,
  held34's "… Сельские школы РоссииСтраница школы …"); a company's name of two capitalised parts is left
  (:func:`.ru_glue.caps_glue_breaks`);
* a clock time after a date written with a month's name, glued to a capitalised word ("19 Июня 2019, 07:03Бизнес");
* a Russian word's stop glued to a lower-case word ("… г. Сестрорецка.история", held43's ``h43ru15``), the Russian
  form of :func:`.glued.vi_lower_glue_breaks`;
* a wire dateline with the place's country in brackets ("ХАРБИН (Китай), 19 июн — ПРАЙМ. …"), and one that opens a
  lead after a sentence on the same line (held43's ``h43ru02``), is part of its first sentence (README Convention 3;
  :mod:`.datelines`).
"""

from __future__ import annotations

import pytest

from mtpipe.segment import split_sentences
from mtpipe.segment.ru_glue import caps_glue_breaks


def _units(text: str, lang: str = "ru") -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


@pytest.mark.parametrize("text,parts", [
    ("Новости. 19 Июня 2019, 07:03БизнесСтатьиМировая экономика. Россия удивила китайцев товарами.",  # h43ru02
     ["Новости.", "19 Июня 2019, 07:03", "Бизнес", "Статьи", "Мировая экономика.",
      "Россия удивила китайцев товарами."]),
    ("МБОУ ООШ | Сельские школы РоссииСтраница школы в «Энциклопедии сельских школ России»",  # h34ru13
     ["МБОУ ООШ | Сельские школы России", "Страница школы в «Энциклопедии сельских школ России»"]),
    ("Главная ОбществоКультура Спорт", ["Главная Общество", "Культура Спорт"]),  # made up: a menu run on
    ("5 марта 2024, 12:30Правительство утвердило новый порядок выплат.",  # made up: a teaser's date glued
     ["5 марта 2024, 12:30", "Правительство утвердило новый порядок выплат."]),
])
def test_capitalised_words_and_a_dated_time_glued_end_units(text, parts):
    assert _units(text) == parts


@pytest.mark.parametrize("text", [
    "Абоненты ВымпелКом и МегаФон получили скидки.",  # a company's name: a short part ("Ком", "Мега")
    "Журнал АвтоВзгляд написал об этом.",  # "Авто": an indeclinable stem
    "Компания «ИнвестСтрой» сдала дом.",  # in quotes: a name
    "Фирма ИнвестСтрой сдала дом.",  # "Инвест": an organisation's name in the dictionary
    "Пост с тегом #ЛюблюМоскву набрал тысячу отметок.",  # a hashtag
    "Пользователь ВКонтакте написал, что Ольга Петрова придёт.",  # one capital before the glue
    "Встреча в 12:30 Правительство не комментирует.",  # a clock time with no date before it
    "Министр сказал: «Работаем». Бизнес Статьи",  # spaced words: no glue
])
def test_names_and_spaced_words_are_left(text):
    assert caps_glue_breaks(text, "ru") == []


def test_the_rule_is_russian_only():
    assert caps_glue_breaks("Новости БизнесСтатьи", "vi") == []
    assert caps_glue_breaks("Новости БизнесСтатьи", "ru") != []


@pytest.mark.parametrize("text,parts", [
    ("В 1969 году она стала Детской музыкальной школой №20 г. Сестрорецка.история",  # h43ru15
     ["В 1969 году она стала Детской музыкальной школой №20 г. Сестрорецка.", "история"]),
    ("Школа стала лучше.история школы",  # made up
     ["Школа стала лучше.", "история школы"]),
])
def test_a_stop_glued_to_a_lower_case_word_ends_the_unit(text, parts):
    assert _units(text) == parts


@pytest.mark.parametrize("text", [
    "Возьмите резину цвета маш.масло для ловли.",  # a cut word: "маш." is no word
    "Уточните в книге по перев.автора в примечании.",  # a cut word the dictionary does not know
    "Читайте на сайте Мусора.нет подробности.",  # a site's name: a short second part
    "Об этом написала газета Лента.ру вчера.",
    "Письмо пришло на адрес школа.новости@mail.ru вчера.",  # an address: "@" on the edge
])
def test_a_stop_inside_a_name_or_after_a_cut_word_is_left(text):
    assert caps_glue_breaks(text, "ru") == []


@pytest.mark.parametrize("text,parts", [
    ("© РИА Новости. Евгений Епанчинцев. ХАРБИН (Китай), 19 июн — ПРАЙМ. Шестое российско-китайское ЭКСПО "
     "завершает свою работу в среду. Компании удивили посетителей.",  # h43ru02
     ["© РИА Новости.", "Евгений Епанчинцев.",
      "ХАРБИН (Китай), 19 июн — ПРАЙМ. Шестое российско-китайское ЭКСПО завершает свою работу в среду.",
      "Компании удивили посетителей."]),
    ("ВАШИНГТОН (США), 3 мар — РИА Новости. Президент подписал указ о пошлинах. Это важно.",  # made up: at the start
     ["ВАШИНГТОН (США), 3 мар — РИА Новости. Президент подписал указ о пошлинах.", "Это важно."]),
    ("Фото: РИА Новости. МОСКВА, 29 авг - РИА Новости. Россия и Китай развивают сотрудничество.",  # made up
     ["Фото: РИА Новости.", "МОСКВА, 29 авг - РИА Новости. Россия и Китай развивают сотрудничество."]),
])
def test_a_wire_dateline_with_a_country_or_inside_a_line_stays_with_its_sentence(text, parts):
    assert _units(text) == parts


@pytest.mark.parametrize("text,parts", [
    ("Он так сказал. США. Это не так.", ["Он так сказал.", "США.", "Это не так."]),  # a place alone: no wire dateline
    ("Он приехал в Москву. МОСКВА была красива. Всё.", ["Он приехал в Москву.", "МОСКВА была красива.", "Всё."]),
    ("Вчера был дождь. Москва, 5 мая — день памяти. Все пришли.",  # title case inside a line: left
     ["Вчера был дождь.", "Москва, 5 мая — день памяти.", "Все пришли."]),
])
def test_capitals_after_a_sentence_without_a_wire_dateline_are_left(text, parts):
    assert _units(text) == parts
