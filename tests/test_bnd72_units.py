"""Round bnd72 (issue 12, post-blind): held51's three boundary errors, fixed by class.

* A wire agency's name in capitals alone before a lead that opens with its date: "ОРЕАНДА-НОВОСТИ. 22 февраля в …"
  (README Convention 3: a dateline opening a lead is part of its first sentence).  The caps-dateline rule wanted a
  capitalised sentence after the stop; a lead opening with a day and a Russian month now counts too.
* "гор." after a plural adjective in "-их/-ых" before a capital: the noun "горы" closing a sentence ("… Тянь-Шанских
  гор. Курорт …"), not the abbreviation of "город" that razdel's head list holds.
* A model's code, digits glued to one to three capitals, before ". " and a capital ("танка Т-72Б. Челябинских …",
  "дороже 17А. И …", "Су-30СМ. В …"): razdel reads the letter as an initial and keeps the two sentences together.

Every line is made up in the shape of the class; negatives are the nearest shapes.
"""

from __future__ import annotations

import pytest

from mtpipe.segment import split_sentences


def _split(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, "ru")]


ONE_UNIT = [
    # an agency's name alone, the lead opening with its date
    "ОРЕАНДА-НОВОСТИ. 22 февраля в Краснодаре состоится открытие выставки молодых художников.",
    "ИНТЕРФАКС. 3 марта в Москве пройдёт заседание комиссии по бюджету.",
    # "гор." before a lower-case word or after a word that is no plural adjective: left as it was
    "Он лечился в гор. больнице № 2 до весны.",
    # a code before a lower-case word goes on
    "Танк Т-72Б. был модернизирован в прошлом году.",
]

TWO_UNITS = [
    ("Он расположен на северных склонах Тянь-Шанских гор.", "Курорт Санья называют китайскими Гавайями."),
    ("Туристы спустились с Карпатских гор.", "Страна теряет леса."),
    ("Так, 12А — дороже 17А.", "И действительно — стоимость летних шин выше."),
    ("Разработка велась на базе основного танка Т-72Б.", "Челябинских конструкторов вдохновил опыт."),
    ("В Сирии работают истребители Су-30СМ.", "В небе их сопровождают разведчики."),
    ("Его адрес: ул. Тамбовская, 11А.", "Представители фонда это подтвердили."),
]


@pytest.mark.parametrize("text", ONE_UNIT)
def test_one_unit(text: str) -> None:
    assert _split(text) == [text]


@pytest.mark.parametrize("first,second", TWO_UNITS)
def test_two_units(first: str, second: str) -> None:
    assert _split(first + " " + second) == [first, second]


def test_caps_word_before_a_lead_without_a_date_still_ends() -> None:
    # a caps acronym ending a sentence before a number that is no date: not a dateline
    assert _split("Он работал в НАСА. 22 человека пришли на встречу в пятницу.") == [
        "Он работал в НАСА.", "22 человека пришли на встречу в пятницу."]


def test_city_abbreviation_before_a_name_goes_on() -> None:
    # "гор." after a preposition before a name: the abbreviation, kept with its name
    assert _split("Он родился в гор. Москве в 1950 году.") == ["Он родился в гор. Москве в 1950 году."]


def test_agency_date_lead_needs_a_month() -> None:
    # a number that is no day of a month after the caps word: the end stands
    assert _split("РЕЗУЛЬТАТЫ. 22 участника прошли во второй тур конкурса.") == [
        "РЕЗУЛЬТАТЫ.", "22 участника прошли во второй тур конкурса."]
