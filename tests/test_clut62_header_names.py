"""clut62 (issue 12): a body's name heading the site beside its contact line, first on the page.

``boilerplate.header_name`` (:mod:`mtpipe.clean.header_names`).  Positives: the dev pages' headers (h37ru15's legal
name over three lines over its hotline, t28ru89's municipal district over its phone, h38vi10's ministry under the site's
address) and the same shape with a removed e-mail or address line.  Negatives: an official document's letterhead (its
number, motto or act's name under it: h17vi02, h22ru10, a regional ministry's decree on kodeks.karelia.ru), a title
opening with a body's word right over the text (h40vi06's "XÃ ĐẠ LÂY TỔ CHỨC …"), the same name with no contact line
beside it, a sentence, a name that is not the page's first live line, and other languages.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.header_names import RULE, body_name, header_names
from mtpipe.document import Document

_RU_TEXT = ["Турнир по шахматам",
            "30 ноября местная администрация провела очередной турнир по шахматам среди школьников округа.",
            "В этот раз побороться за звание лучших шахматистов собрались сорок игроков."]
_VI_TEXT = ["Lịch tiếp dân",
            "Cán bộ tiếp công dân vào thứ ba và thứ năm hàng tuần tại trụ sở cơ quan theo quy định.",
            "Lãnh đạo Tổng cục tiếp công dân vào ngày 25 hàng tháng, nếu trùng ngày nghỉ thì lùi sang ngày làm việc."]
_CONTACT = ("boilerplate.contact", None)
_PHONE = ("boilerplate.phone_line", None)
_DATE = ("boilerplate.dateline", None)  # h37ru15's hotline went as a dateline: its text is the contact field


def _taken(lines: list[str], removed: dict) -> list[int]:
    got = header_names(lines, removed)
    assert all(rule == RULE and note for rule, note in got.values())
    return sorted(got)


@pytest.mark.parametrize("lines,removed,taken", [
    # h37ru15: the legal name wrapped over three lines (lower case, a quoted name), the hotline under it
    (["logo-minzdrav.png", "Государственное бюджетное учреждение", "здравоохранения Нижегородской области",
      "«Перевозская центральная районная больница»", "Горячая линия: +7 831 (48) 5-32-19", *_RU_TEXT],
     {0: ("chrome.image_filename", None), 4: _DATE}, [1, 2, 3]),
    # t28ru89: a municipal district over its bare phone number
    (["Муниципальное образование Муниципальный округ УРИЦК", "+7 (812) 735-11-33", *_RU_TEXT], {1: _PHONE}, [0]),
    # h38vi10: a ministry under the site's address
    (["www.drvn.gov.vn", "BỘ GIAO THÔNG VẬN TẢI", *_VI_TEXT], {0: _CONTACT}, [1]),
    # the same header with an e-mail or an address line beside it
    (["Администрация Кировского района", "E-mail: adm@kirov.ru", *_RU_TEXT], {1: ("classifier.line", None)}, [0]),
    (["ỦY BAN NHÂN DÂN PHƯỜNG 1", "Địa chỉ: 123 Lê Lợi, Phường 1", *_VI_TEXT], {1: ("portal.header_contact", None)},
     [0]),
    (["МБОУ «Средняя общеобразовательная школа №5»", "8 (8342) 25-39-59", *_RU_TEXT],
     {1: _PHONE}, [0]),
])
def test_header_names(lines, removed, taken):
    assert _taken(lines, removed) == taken


@pytest.mark.parametrize("lines,removed", [
    # a document's letterhead: its number, the motto or the act's name under it (h17vi02, h22ru10, kodeks.karelia.ru)
    (["Điện thoại: 0912 345 678", "ỦY BAN NHÂN DÂN", "XÃ ĐỨC HỢP", "Số: / TB-UBND",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", *_VI_TEXT], {0: _CONTACT}),
    (["+7 (812) 735-11-33", "МУНИЦИПАЛЬНОЕ ОБРАЗОВАНИЕ ПОСЕЛОК ХАНЫМЕЙ", "ГЛАВА ПОСЕЛКА", "ПОСТАНОВЛЕНИЕ",
      *_RU_TEXT], {0: _PHONE}),
    (["Тел.: 8 (8512) 52-30-13", "МИНИСТЕРСТВО ЗДРАВООХРАНЕНИЯ АСТРАХАНСКОЙ ОБЛАСТИ", "ПОСТАНОВЛЕНИЕ",
      "от 18 марта 2022 года N 6П", *_RU_TEXT], {0: _PHONE}),
    # a title opening with a body's word, the text right under it (h40vi06)
    (["XÃ ĐẠ LÂY TỔ CHỨC RA QUÂN DỌN VỆ SINH MÔI TRƯỜNG", "0263 3888 999", *_VI_TEXT[1:]], {1: _PHONE}),
    (["Администрация района подвела итоги года", "+7 (812) 735-11-33", *_RU_TEXT[1:]], {1: _PHONE}),
    # no contact line beside it: a removed menu line, or nothing removed
    (["Муниципальное образование Муниципальный округ УРИЦК", "Главная", *_RU_TEXT], {1: ("boilerplate.menu", None)}),
    (["BỘ GIAO THÔNG VẬN TẢI", *_VI_TEXT], {}),
    # a sentence, and a name under another live line
    (["Министерство здравоохранения сообщило о новых правилах.", "+7 (812) 735-11-33", *_RU_TEXT], {1: _PHONE}),
    (["Новости", "Министерство здравоохранения области", "+7 (812) 735-11-33", *_RU_TEXT], {2: _PHONE}),
])
def test_not_header_names(lines, removed):
    assert _taken(lines, removed) == []


@pytest.mark.parametrize("line,want", [
    ("Государственное бюджетное учреждение", True), ("ГБУЗ «Островская межрайонная больница»", True),
    ("Bệnh viện Đa khoa tỉnh Bình Định", True), ("Sở Giáo dục và Đào tạo", True),
    ("Государство и право", False), ("Trường hợp đặc biệt:", False), ("Министерство сообщило о мерах.", False),
    # the word alone is a weak shape ("bộ" a set, "sở hữu" owning): the contact line beside it and the page's top
    # make the header (test_not_header_names)
    ("Bộ sưu tập ảnh", True), ("Sở hữu", True),
])
def test_body_name(line, want):
    assert body_name(line) is want


def _removed(text: str) -> set[str]:
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id="s/a.txt", path="s/a.txt"))
    return {doc.raw_text[e.start:e.end].strip() for e in doc.ledger if e.action == "removed"}


def test_page():
    text = "\n".join(["Муниципальное образование Муниципальный округ УРИЦК", "+7 (812) 735-11-33", *_RU_TEXT]) + "\n"
    removed = _removed(text)
    assert "Муниципальное образование Муниципальный округ УРИЦК" in removed
    assert not removed & set(_RU_TEXT)


def test_other_languages():
    lines = ["Department of Health", "Phone: +1 (202) 555-0100", "Health news",
             "The department announced new rules for clinics across the state this week."]
    doc = Cleaner(CleanOptions())(Document.from_text("\n".join(lines) + "\n", doc_id="s/a.txt", path="s/a.txt"))
    assert not any(e.rule == RULE for e in doc.ledger)
