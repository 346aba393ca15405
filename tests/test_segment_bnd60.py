"""Round bnd60 (issue 12: sentence boundaries on the dev parts, held41 read after its blind run), by class, each with
negatives:

* a bracketed note closed by a stop after a title in quotes that ends on its own "?", "!" or "?.." belongs to the
  sentence (held41's ``h41ru02``: "«Массовый туризм – зло или благо?..» (http://….html)."; :mod:`.bracket_note`);
* a lower-case Latin word glued to a capitalised Cyrillic one is a unit's end whatever language the paragraph was
  told (held23's ``h23ru34``: "Tomorrow never knowsСтарый Таллинн.", read as English; :func:`.glued.script_glue_breaks`);
* a listed abbreviation written in capitals after a lower-case word and before a capitalised word is an acronym that
  ends the sentence (train31's ``t31ru05``: "… до 7 100 в СВ. Поездка …"; :func:`.abbreviations.caps_acronym_breaks`);
* a Vietnamese word's stop glued to a lower-case Vietnamese word opens a unit (held23's ``h23vi34`` "… thanh
  toán.phổ biến …", held37's ``h37vi11`` "… nhà nguyện.nhân có …"; :func:`.glued.vi_lower_glue_breaks`).
"""

from __future__ import annotations

import pytest

from mtpipe.segment import split_sentences
from mtpipe.segment.abbreviations import caps_acronym_breaks
from mtpipe.segment.bracket_note import bracket_note
from mtpipe.segment.glued import script_glue_breaks, vi_lower_glue_breaks


def _units(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


@pytest.mark.parametrize("prev,nxt", [
    ("Вторая часть «Заметок» называлась «Массовый туризм – зло или благо?..»",  # h41ru02
     "(http://pribaikal.ru/organizations-item/article/22934.html)."),
    ("Источник: paavohtl «What was Radiant AI, anyway?»", "(https://blog.paavo.me/radiant-ai/)."),  # a real page's citation
    ("Ask one behavioral question: “What typically derails your plans?”",
     "(e.g., emotional spending, forgetting, unexpected expenses)."),  # a real product spec
    ("Барнет говорит: «Hmm … jeg tenker på noe nytt!»", "(ikke når ideen kommer)."),
    ("Статья называлась «Кто виноват?!»", "(см. выпуск № 12)."),
    ("… 7 лет.", "(ГБОУ СОШ № 709 СПДО №2)."),  # bnd50's form, unchanged
])
def test_a_note_after_a_title_closed_on_its_own_stop_goes_on(prev, nxt):
    assert bracket_note(prev, nxt)


@pytest.mark.parametrize("prev,nxt", [
    ("Он крикнул: «Стой!»", "(Смеётся.)"),  # the note's stop inside the bracket: no stop after it
    ("Forum thread «Thousands of Conflicts - Any solution?»", "(https://discourse.joplinapp.org/t/39084) — типичный"),
    ("Тираж составил «2020»", "(по данным редакции)."),  # no stop of the title's own
    ("Читайте «Итоги 2023.»", "(с. 5)."),  # a stop after a number: left as bnd50 left it
    ("Она спросила: «Зачем?»", "(Пауза.) Потом она ушла, не дождавшись ответа и не попрощавшись ни с кем."),
])
def test_no_note_of_the_title(prev, nxt):
    assert not bracket_note(prev, nxt)


@pytest.mark.parametrize("text,lang,units", [
    ("Вторая часть «Заметок» называлась «Массовый туризм – зло или благо?..» "
     "(http://pribaikal.ru/organizations-item/article/22934.html). Часть третья называлась «Опять о массовом туризме».",
     "ru", 2),
    ("Источник: paavohtl «What was Radiant AI, anyway?» (https://blog.paavo.me/radiant-ai/). Дальше идёт текст.",
     "ru", 2),
    ("Он спросил: «Почему?» Ответа не было.", "ru", 2),  # no note: the title's "?" still ends the sentence
])
def test_split_keeps_the_note_with_its_title(text, lang, units):
    assert len(_units(text, lang)) == units


@pytest.mark.parametrize("text,lang,units", [
    ("Tomorrow never knowsСтарый Таллинн. + 12'R", "en", ["Tomorrow never knows", "Старый Таллинн.", "+ 12'R"]),
    ("Tomorrow never knowsСицилия благословенная", "en", ["Tomorrow never knows", "Сицилия благословенная"]),
    ("Latest newsГлавные новости дня", "en", ["Latest news", "Главные новости дня"]),
    ("Tin mới nhấtНовости Вьетнама", "vi", ["Tin mới nhất", "Новости Вьетнама"]),
    ("Tomorrow never knowsСтарый Таллинн.", "ru", ["Tomorrow never knows", "Старый Таллинн."]),  # _CAMEL, as before
])
def test_a_latin_word_glued_to_a_cyrillic_capital_ends_a_unit(text, lang, units):
    assert _units(text, lang) == units


@pytest.mark.parametrize("text,lang", [
    ("iPhoneПро", "en"),  # a word's own capitals, no lower-case Latin word of three letters before
    ("Visit mail.ruНовости today.", "en"),  # two letters: a domain's zone
    ("The brand ВымпелКом grew.", "en"),  # Cyrillic inside, no Latin word glued
    ("Read the news at ТАСС today.", "en"),
    ("Новости дня на сайте", "en"),
])
def test_no_script_glue(text, lang):
    assert script_glue_breaks(text, lang) == []


@pytest.mark.parametrize("text,units", [
    ("Билеты стоят от 1 100 рублей в сидячем вагоне до 7 100 в СВ. Поездка на поезде займёт 20 часов.",  # t31ru05
     ["Билеты стоят от 1 100 рублей в сидячем вагоне до 7 100 в СВ.", "Поездка на поезде займёт 20 часов."]),
    ("Вопрос обсудили на заседании СБ. Он поручил подготовить доклад.",
     ["Вопрос обсудили на заседании СБ.", "Он поручил подготовить доклад."]),
    ("Материалы передали в ГР. Документы изучат до конца месяца.",
     ["Материалы передали в ГР.", "Документы изучат до конца месяца."]),
])
def test_a_listed_abbreviation_in_capitals_is_an_acronym_that_ends(text, units):
    assert _units(text, "ru") == units


@pytest.mark.parametrize("text", [
    "Собор Св. Петра стоит в Риме.",  # the abbreviation as written: a title before a name
    "в храме СВ. НИКОЛАЯ состоялся молебен",  # a line in capitals
    "ХРАМ СВ. Николая открыт",  # capitals before it: a heading
    "школа ИМ. Пушкина открыта",  # "им." stands before a name however written
    "на ул. Ленина открыли сквер",
    "Он ехал в СВ. вагоне до самой Москвы",  # a lower-case word after it
])
def test_no_caps_acronym(text):
    assert caps_acronym_breaks(text, "ru") == []
    assert len(_units(text, "ru")) == 1


def test_caps_acronym_is_russian_ukrainian_bulgarian_only():
    assert caps_acronym_breaks("Trụ sở tại TP. Hồ Chí Minh", "vi") == []
    assert caps_acronym_breaks("в СВ. Поездка", "en") == []


@pytest.mark.parametrize("text,units", [
    ("Các công việc bán hàng gồm cam kết hàng giờ và cấu trúc thanh toán.phổ biến trong các doanh nghiệp bán lẻ.",
     ["Các công việc bán hàng gồm cam kết hàng giờ và cấu trúc thanh toán.",
      "phổ biến trong các doanh nghiệp bán lẻ."]),  # h23vi34
    ("Bà con quyết định đóng góp để làm một nhà nguyện.nhân có một dự án định cư của khu H.",
     ["Bà con quyết định đóng góp để làm một nhà nguyện.", "nhân có một dự án định cư của khu H."]),  # h37vi11
    ("Học sinh được nghỉ học.trường sẽ thông báo lịch sau.",
     ["Học sinh được nghỉ học.", "trường sẽ thông báo lịch sau."]),
])
def test_a_vietnamese_stop_glued_to_a_lower_case_word_ends_a_unit(text, units):
    assert _units(text, "vi") == units


@pytest.mark.parametrize("text", [
    "(Baonghean.vn) - Huyện Hưng Nguyên tổ chức lễ hội.",  # a site's name: no Vietnamese letter
    "– Trang Web: giaophandanang.org",
    "• Email: thcsthangbinh.nc@thanhhoaedu.vn.",
    "Sau đây, Giacaphehomnay.net sẽ chia sẻ đến quý bạn đọc.",
    "Xem tại https://tuổitrẻ.vn/tin-mới.html hôm nay.",  # a dot inside an address
    "Trang chủ tại trường.việt.nam là trang mới.",  # a dotted name of three parts
    "Thanh toán.Phổ biến",  # a capital after it: the general rule's, not this one's
])
def test_no_vietnamese_lower_glue(text):
    assert vi_lower_glue_breaks(text, "vi") == []


def test_vietnamese_lower_glue_is_vietnamese_only():
    assert vi_lower_glue_breaks("сосны.эти деревья", "ru") == []
    assert vi_lower_glue_breaks("thanh toán.phổ biến", "en") == []
