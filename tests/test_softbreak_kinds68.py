"""A document's kind over its title "О …" / "Về việc …" (round bnd68, realpages Convention 25,
:mod:`mtpipe.clean.softbreak_kinds`): two units, in capitals or in title case over a title in lower case; a kind over
another complement ("на …", "для …") stays one wrapped unit (Convention 20).  The lines are written for the tests."""

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.softbreak import soft_breaks
from mtpipe.clean.softbreak_kinds import kind_over_title
from mtpipe.document import Document
from mtpipe.segment import Segmenter

APART = [
    "ОПОВЕЩЕНИЕ\nО ПРОВЕДЕНИИ ПУБЛИЧНЫХ СЛУШАНИЙ",
    "Оповещение\nо проведении публичных слушаний",
    "Распоряжение\nоб установлении публичного сервитута",
    "Положение\nо порядке предоставления субсидий",
    "Извещение\nо проведении аукциона на право заключения договора аренды",
    "РЕШЕНИЕ № 12\nО бюджете поселения на 2025 год",
    "Решение\nО бюджете поселения на 2025 год",
    "Thông báo\nvề việc tạm dừng tiếp công dân",
    "Quyết định\nvề việc thành lập tổ công tác",
    "KẾ HOẠCH\nV/v tổ chức lễ khai giảng năm học mới",
    "Nghị quyết\nvề phát triển kinh tế - xã hội năm 2025",
]

JOINED = [
    # a kind over a complement that is no title alone (Convention 20, h45ru13, h41ru12)
    "Прейскурант\nна ветеринарные услуги в 2025 году",
    "Четырехнедельное меню\nдля организации питания учащихся",
    # running text: a word that is no kind alone, a line closed as a sentence
    "Администрация сообщает, что принято решение\nо проведении публичных слушаний",
    "Решение\nо проведении слушаний принято на сессии.",
]


@pytest.mark.parametrize("text", APART)
def test_kind_over_its_title_is_two_units(text):
    assert soft_breaks(text) == []


@pytest.mark.parametrize("text", JOINED)
def test_other_shapes_stay_joined(text):
    assert soft_breaks(text) == [text.index("\n")]


GAPS = [
    # (text, joined): over one blank line the same (softbreak_gaps' signs join a heading going on in lower case)
    ("Извещение\n\nо проведении аукциона на право заключения договора аренды", False),
    ("Thông báo\n\nvề việc tạm dừng tiếp công dân", False),
    ("Прейскурант\n\nна ветеринарные услуги в 2025 году", True),
    ("Phụ thu\n\nphòng đơn", True),
]


@pytest.mark.parametrize("text,joined", GAPS)
def test_over_a_blank_line(text, joined):
    assert bool(soft_breaks(text)) is joined


def test_the_sign_itself():
    assert kind_over_title("Оповещение", "о проведении публичных слушаний")
    assert kind_over_title("Thông báo", "Về việc tạm dừng tiếp công dân")
    assert not kind_over_title("Прейскурант", "на ветеринарные услуги")
    assert not kind_over_title("решение", "о проведении слушаний")  # lower case: a word of running text
    assert not kind_over_title("Решение суда", "о взыскании долга")  # more than the kind on the line
    assert not kind_over_title("Оповещение", "о проведении слушаний.")


def test_the_notice_segments_as_two_headings():
    raw = ("Оповещение\nо проведении публичных слушаний\n\nНа публичные слушания представляется проект решения "
           "о внесении изменений в правила благоустройства.\n")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy="balanced"))(Document.from_text(raw, doc_id="kinds")))
    sources = [s.source for s in doc.segments]
    assert sources[:2] == ["Оповещение", "о проведении публичных слушаний"], sources
