"""Round bnd69 (issue 12): units the realpages Conventions name but the code cut, and cp86's ledger slip.

* a kind in capitals over its complement in capitals ("ПРЕЙСКУРАНТ⏎НА ВЕТЕРИНАРНЫЕ УСЛУГИ", "BẢNG GIÁ⏎DỊCH VỤ …"):
  one wrapped unit (Conventions 20, 25; :func:`mtpipe.clean.softbreak_kinds.kind_over_complement`);
* two fields of a contact box on one line after an e-mail address ("Email: … ĐT: …"): one unit (Convention 21; bnd41's
  cut after the address is gone from :mod:`mtpipe.segment.page_units`);
* a "©" credit and a dialogue turn are no cut-out inline element (:mod:`mtpipe.clean.softbreak_turns`): cp86's fresh
  RT page joined "© Из архива автора" to the interview question under it and ``chrome.copyright`` removed both.

Every line is made up for the tests in the shape of the class; negatives are the nearest content shapes (two sentences
in capitals, a heading over a sentence, a document's kind over its "О …" title, fields a stop parts).
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.softbreak import soft_breaks
from mtpipe.clean.softbreak_kinds import kind_over_complement
from mtpipe.clean.softbreak_turns import fragment_apart
from mtpipe.document import Document
from mtpipe.segment import Segmenter


def _segments(raw: str) -> list[str]:
    return [s.source for s in Segmenter()(Document.from_text(raw, doc_id="bnd69")).segments]


def _units(raw: str) -> list[str]:
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy="balanced"))(Document.from_text(raw, doc_id="bnd69")))
    return [s.source for s in doc.segments]


# --- (a) a kind in capitals over its complement in capitals -------------------------------------------------------

JOINED = [
    ("ru", "ПРЕЙСКУРАНТ\nНА ВЕТЕРИНАРНЫЕ УСЛУГИ В 2025 ГОДУ"),
    ("ru", "ЧЕТЫРЕХНЕДЕЛЬНОЕ МЕНЮ\nДЛЯ ОРГАНИЗАЦИИ ПИТАНИЯ УЧАЩИХСЯ"),
    ("ru", "РАСПИСАНИЕ\nНА ВТОРОЕ ПОЛУГОДИЕ"),
    ("ru", "ОБЪЯВЛЕНИЕ\nПО ИТОГАМ КОНКУРСА РИСУНКОВ"),
    ("vi", "BẢNG GIÁ\nDỊCH VỤ NHA KHOA"),
    ("vi", "BẢNG BÁO GIÁ\nTHIẾT KẾ NỘI THẤT NĂM 2025"),
    ("vi", "DANH SÁCH\nHỌC SINH ĐẠT GIẢI CẤP HUYỆN"),
    ("vi", "THỰC ĐƠN\nBỮA TRƯA CHO BÉ MẪU GIÁO"),
]

APART = [
    # two sentences in capitals: a stop ends the first; the first is a clause, no noun's nominative
    ("ru", "ВНИМАНИЕ!\nНА ДОРОГАХ ГОЛОЛЕД"),
    ("ru", "МЫ ПОБЕДИЛИ\nНА ФИНАЛЕ ЗАБИЛИ ТРИ ГОЛА"),
    # a heading over a sentence in capitals (a comma, a stop)
    ("ru", "НОВОСТИ\nПО ДАННЫМ МЧС, В ГОРОДЕ ВЫПАЛ СНЕГ"),
    ("ru", "ОБЪЯВЛЕНИЕ\nНА ДОРОГАХ ГОЛОЛЕД."),
    # a document's kind over its title "О …" (Convention 25)
    ("ru", "ОПОВЕЩЕНИЕ\nО ПРОВЕДЕНИИ ПУБЛИЧНЫХ СЛУШАНИЙ"),
    ("vi", "QUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY CHẾ"),
    ("vi", "DANH SÁCH\nVỀ VIỆC KHEN THƯỞNG"),
    # a section word over a whole heading in another case (Convention 20: h38vi10's shape)
    ("vi", "Lịch tiếp dân\nLỊCH VÀ THỜI GIAN TIẾP CÔNG DÂN"),
    ("vi", "Bảng giá\nDỊCH VỤ NHA KHOA"),
    # a longer heading over a caps line: no list kind
    ("vi", "TIN TỨC SỰ KIỆN\nDỊCH VỤ NHA KHOA"),
]


@pytest.mark.parametrize("lang,text", JOINED)
def test_a_kind_over_its_complement_is_one_unit(lang, text):
    cur, nxt = text.split("\n")
    assert kind_over_complement(cur, nxt)
    assert soft_breaks(text + "\n") == [len(cur)]
    assert _units(text + "\n") == [text.replace("\n", " ")]


@pytest.mark.parametrize("lang,text", APART)
def test_the_nearest_shapes_stay_apart(lang, text):
    cur, nxt = text.split("\n")
    assert not kind_over_complement(cur, nxt)
    assert soft_breaks(text + "\n") == []


# --- (b) two fields on one line after an e-mail address -------------------------------------------------------------

FIELDS = [
    ("vi", "Email: vanphong@giaoxu.org ĐT: (028) 3894 1492"),
    ("vi", "E-mail: lienhe@truong.edu.vn Điện thoại: 0909 123 456"),
    ("ru", "E-mail: shkola@mail.ru Тел.: 8 (495) 123-45-67"),
    ("ru", "Почта: priemnaya@adm.ru Телефон: 8 (800) 123-45-67"),
    ("ru", "Тел.: 8 (495) 123-45-67 Факс: 8 (495) 123-45-68"),
]


@pytest.mark.parametrize("lang,line", FIELDS)
def test_two_fields_on_one_line_are_one_unit(lang, line):
    assert _segments(line + "\n") == [line]


@pytest.mark.parametrize("lang,text,units", [
    # a stop after the address parts the fields
    ("vi", "Email: lienhe@truong.edu.vn. Điện thoại: 0909 123 456",
     ["Email: lienhe@truong.edu.vn.", "Điện thoại: 0909 123 456"]),
    # a label closed by ":" on its own line: its value under it is a unit (Convention 4, kept by 21)
    ("ru", "Телефон приёмной:\n8 (495) 123-45-67", ["Телефон приёмной:", "8 (495) 123-45-67"]),
    # an address inside a sentence, then a new sentence
    ("vi", "Bài viết gửi về lienhe@giaoxu.org trước ngày 5/3. Ban biên tập sẽ trả lời sớm.",
     ["Bài viết gửi về lienhe@giaoxu.org trước ngày 5/3.", "Ban biên tập sẽ trả lời sớm."]),
])
def test_fields_a_mark_parts_stay_two_units(lang, text, units):
    assert _segments(text + "\n") == units


# --- (d) a credit or a dialogue turn is no cut-out inline element ----------------------------------------------------

@pytest.mark.parametrize("cur,nxt,apart", [
    ("© Из архива автора", "— Герои фильма — довольно краси", True),
    ("Подпись к снимку", "— Что вы там снимали? Это", True),
    ("Фото", "– Вы были там раньше", True),
    ("© Фото: Иван Петров", "Москва сегодня", True),
    # the cut-out inline element the sign is for
    ("Viết cho", "Cẩm nang tuyển sinh", False),
    ("сообщает агентство", "Киодо", False),
])
def test_fragment_apart(cur, nxt, apart):
    assert fragment_apart(cur, nxt) is apart


def test_a_credit_over_an_interview_question_keeps_the_question():
    raw = ("— Вы долго готовились к съёмкам в этой стране?\n"
           "— Почти год. Мы изучали правила и договаривались о маршрутах.\n"
           "Автобусная остановка\n"
           "© Из архива автора\n"
           "— Люди в кадре — довольно краси\n"
           "вые люди. Их специально подбирали для съёмок?\n"
           "— Не знаю. Нам показывали только то, что разрешали показывать.\n")
    doc = Segmenter()(Cleaner()(Document.from_text(raw, doc_id="rt.txt")))
    assert "© Из архива автора" not in " ".join(s.source for s in doc.segments)
    assert any(s.source.startswith("— Люди в кадре — довольно краси вые люди.") for s in doc.segments)
    credit = [e for e in doc.ledger if e.action == "removed" and "©" in e.text]
    assert [e.text.strip() for e in credit] == ["© Из архива автора"]  # the credit's line, no line under it
    # the span holds no character the output keeps
    kept = {doc.to_raw(i) for s in doc.segments for i in range(s.start, s.end) if not doc.text[i].isspace()}
    assert not any(credit[0].start <= k < credit[0].end for k in kept)


def test_a_fragment_between_lines_still_joins():
    text = "Bài viết cho\nCẩm nang tuyển sinh\n của báo, ông Nguyễn Văn A cho biết thêm.\n"
    assert len(soft_breaks(text)) == 2
