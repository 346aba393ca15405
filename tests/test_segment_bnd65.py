"""Round bnd65 (issue 12: held47's sentence boundaries, read after its blind run), by class, each with negatives:

* a clock time written with a dot and a space ("с 7. 30. до 18.00", held47's ``h47ru14``) is one unit, and ends the
  sentence where its own stop stands before a capital (:mod:`mtpipe.segment.spaced_time`);
* a Vietnamese office's abbreviation with a stop before the body it heads ("BT Đảng ủy, CT. UBND xã", held47's
  ``h47vi12``) ends no sentence (:mod:`mtpipe.segment.vi_titles`);
* a read-more link led by a lone ">" after a sentence's stop ("… ở Việt Nam. > Xem chi tiết", held47's ``h47vi05``)
  is a unit of its own, as ">>" and "»" lead one (:mod:`mtpipe.segment.tails`).
"""

from __future__ import annotations

import pytest

from mtpipe.segment import split_sentences
from mtpipe.segment.heading_line import merge_title_line
from mtpipe.segment.spaced_time import spaced_time_goes_on
from mtpipe.segment.vi_titles import office_goes_on


def _units(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


@pytest.mark.parametrize("text,parts", [
    ("МДОУ функционирует по 5 дневной рабочей неделе с 7. 30. до 18.00, выходные дни – суббота и воскресенье.",
     ["МДОУ функционирует по 5 дневной рабочей неделе с 7. 30. до 18.00, выходные дни – суббота и воскресенье."]),
    ("Приём с 8. 00 до 17. 00 без перерыва.", ["Приём с 8. 00 до 17. 00 без перерыва."]),
    ("Приём с 9. 00 – 13. 00, перерыв с 13. 00 до 14. 00.", ["Приём с 9. 00 – 13. 00, перерыв с 13. 00 до 14. 00."]),
    ("Работает с 7. 30 до 19. 00 ежедневно.", ["Работает с 7. 30 до 19. 00 ежедневно."]),
    # the time closed by its own stop ends the sentence before a capital
    ("Занятия начинаются в 8. 30. Перерыв в 12.00.", ["Занятия начинаются в 8. 30.", "Перерыв в 12.00."]),
    ("Сеанс в 19. 30. Билеты в кассе.", ["Сеанс в 19. 30.", "Билеты в кассе."]),
    ("Відкрито з 9. 00 до 18. 00 щодня.", ["Відкрито з 9. 00 до 18. 00 щодня."]),
])
def test_a_spaced_clock_time_is_one_unit(text, parts):
    lang = "uk" if "щодня" in text else "ru"
    assert _units(text, lang) == parts


@pytest.mark.parametrize("text,parts", [
    # a sentence that ends with a number, the next opening with one: no preposition of time before the number
    ("Итог 7. 30 человек получили награды.", ["Итог 7.", "30 человек получили награды."]),
    ("Всего их было 25. 30 из них ушли.", ["Всего их было 25.", "30 из них ушли."]),
    # minutes that are a count ("30 минут спустя"), an hour past 23
    ("Мы ушли в 7. 30 минут спустя всё кончилось.", ["Мы ушли в 7.", "30 минут спустя всё кончилось."]),
    ("Мы дошли до 12. 15 участников сошли с дистанции.", ["Мы дошли до 12.", "15 участников сошли с дистанции."]),
    # a form's number, a list of numbers, a time written without the space: as before
    ("Он учится в 7. классе.", ["Он учится в 7. классе."]),
    ("Пункты: 1. 2. 3. Всё.", ["Пункты: 1. 2. 3. Всё."]),
    ("Начало в 18.00. Вход свободный.", ["Начало в 18.00.", "Вход свободный."]),
    ("Сад работает с 7.30. до 18.00, выходные дни – суббота.", ["Сад работает с 7.30. до 18.00, выходные дни – суббота."]),
])
def test_a_number_ending_a_sentence_is_no_time(text, parts):
    assert _units(text, "ru") == parts


def test_spaced_time_reads_russian_and_ukrainian_only():
    assert spaced_time_goes_on("с 7.", "30. до 18.00", "ru")
    assert not spaced_time_goes_on("с 7.", "30. до 18.00", "vi")
    assert not spaced_time_goes_on("было 7.", "30 из них", "ru")


@pytest.mark.parametrize("text,parts", [
    ("Tham dự buổi lễ có Đ/c Nguyễn Văn Lễ - BT Đảng ủy, CT. UBND xã cùng hơn 100 cụ ông cụ bà.",  # h47vi12's shape
     ["Tham dự buổi lễ có Đ/c Nguyễn Văn Lễ - BT Đảng ủy, CT. UBND xã cùng hơn 100 cụ ông cụ bà."]),
    ("Tham dự có ông Nguyễn Văn A, PBT. Đảng ủy, bà Lê Thị B, CT. HĐND xã.",
     ["Tham dự có ông Nguyễn Văn A, PBT. Đảng ủy, bà Lê Thị B, CT. HĐND xã."]),
    ("Ông Trần Văn B, UVTV. Huyện ủy, PCT. UBND huyện phát biểu.",
     ["Ông Trần Văn B, UVTV. Huyện ủy, PCT. UBND huyện phát biểu."]),
    ("Ông D (CT. Hội Nông dân xã) cho biết vụ mùa tốt.", ["Ông D (CT. Hội Nông dân xã) cho biết vụ mùa tốt."]),
    ("Ông Nguyễn Văn E, P.CT. MTTQ huyện chủ trì.", ["Ông Nguyễn Văn E, P.CT. MTTQ huyện chủ trì."]),
    ("Ông Phạm Văn G, CVP. HĐND-UBND huyện ký.", ["Ông Phạm Văn G, CVP. HĐND-UBND huyện ký."]),
])
def test_an_office_abbreviation_before_its_body_goes_on(text, parts):
    assert _units(text, "vi") == parts


@pytest.mark.parametrize("text,parts", [
    # "CT" the scan, "HT" an organisation's acronym: real sentence ends
    ("Bệnh nhân được chụp CT. Kết quả cho thấy khối u nhỏ.", ["Bệnh nhân được chụp CT.", "Kết quả cho thấy khối u nhỏ."]),
    ("Bệnh nhân được chụp CT. UBND xã đã hỗ trợ chi phí.", ["Bệnh nhân được chụp CT.", "UBND xã đã hỗ trợ chi phí."]),
    ("Đây là trách nhiệm của HT. Để đạt được điều này, chúng tôi làm việc.",
     ["Đây là trách nhiệm của HT.", "Để đạt được điều này, chúng tôi làm việc."]),
    # a body word that also opens sentences
    ("Ông A, CT. Hội nghị diễn ra sau đó.", ["Ông A, CT.", "Hội nghị diễn ra sau đó."]),
    ("Anh ấy làm việc ở CT. Trường hợp này hiếm gặp.", ["Anh ấy làm việc ở CT.", "Trường hợp này hiếm gặp."]),
])
def test_an_office_abbreviation_ending_a_sentence_stays_an_end(text, parts):
    assert _units(text, "vi") == parts


def test_office_goes_on_needs_a_listed_office():
    assert office_goes_on("Nguyễn Văn Lễ - BT Đảng ủy, CT.", "UBND xã")
    assert not office_goes_on("Nguyễn Văn Lễ, CLB.", "UBND xã")  # a club, a noun: its sentence may end
    assert not office_goes_on("được chụp CT.", "UBND xã")


@pytest.mark.parametrize("text,parts", [
    ("Nhiều đoạn phố có cảm giác như không phải ở Việt Nam. > Xem chi tiết",  # h47vi05
     ["Nhiều đoạn phố có cảm giác như không phải ở Việt Nam.", "> Xem chi tiết"]),
    ('Chữ Việt phải được đặt trên nhất và to nhất trong cái biển hiệu đó...". > Xem chi tiết',  # h47vi05
     ['Chữ Việt phải được đặt trên nhất và to nhất trong cái biển hiệu đó...".', "> Xem chi tiết"]),
    ("Đoàn đã trao quà cho các em. >Xem thêm", ["Đoàn đã trao quà cho các em.", ">Xem thêm"]),
    ("Выставка продлится до мая. > Подробнее", ["Выставка продлится до мая.", "> Подробнее"]),
    ("Đoàn đã trao quà cho các em. Xem chi tiết »", ["Đoàn đã trao quà cho các em.", "Xem chi tiết »"]),
])
def test_a_read_more_link_after_a_lone_arrow_is_a_unit(text, parts):
    lang = "ru" if "Подробнее" in text else "vi"
    assert _units(text, lang) == parts


@pytest.mark.parametrize("text", [
    "Trang chủ > Tin tức > Xem chi tiết",  # a breadcrumb: no stop before the ">"
    "Giá trị x > Chi tiết",
])
def test_a_lone_arrow_without_a_stop_is_left(text):
    assert _units(text, "vi") == [text]


def _title(text: str, lang: str = "ru") -> list[str]:
    spans = split_sentences(text, lang)
    return [text[a:b].strip() for a, b in merge_title_line(text, spans, lang)]


@pytest.mark.parametrize("text", [
    "Немецкое качество Mercedes-Benz? Забудьте. Китайское качество рулит по всему миру!",  # h47ru02
    "Открытие 94го театрального сезона состоялось! Всех поздравляем!",  # h26ru11
    "Внимание! Конкурс!",  # crawl10, README Convention 2
    "Đội tuyển đã vô địch! Xin chúc mừng!",  # made up: a Vietnamese headline
])
def test_a_title_line_closed_by_an_exclamation_is_one_unit(text):
    lang = "vi" if "Đội" in text else "ru"
    assert _title(text, lang) == [text]


@pytest.mark.parametrize("text,parts", [
    # a greeting in two languages opening a text (h24ru13): each part is not in the page's script
    ("Buongiorno, signore e signori! Добрый день всем!", ["Buongiorno, signore e signori!", "Добрый день всем!"]),
    # an exclamation, then a part with no stop (h46ru02) or a sentence closed by a full stop: as before
    ("Выбери олимпиаду! Китайский язык", ["Выбери олимпиаду!", "Китайский язык"]),
    ("Зима пришла! Это видно по сугробам.", ["Зима пришла!", "Это видно по сугробам."]),
    # a statement and an exclamation: no "!" or "?" inside (post36's negative)
    ("Мы вышли на улицу. Жуть!", ["Мы вышли на улицу.", "Жуть!"]),
    # a post's opening sentences closed by "!" (more than TITLE_WORDS words)
    ("Сегодня состоялся мой плановый прием жителей района и города. Благодарю каждого, кто пришел и высказался "
     "на встрече! Спасибо всем!",
     ["Сегодня состоялся мой плановый прием жителей района и города.",
      "Благодарю каждого, кто пришел и высказался на встрече!", "Спасибо всем!"]),
])
def test_an_exclamation_that_is_no_title_keeps_its_ends(text, parts):
    assert _title(text) == parts
