"""held44's clutter left, by class (issue 12, clut73).

* ``boilerplate.tag_label`` (:func:`mtpipe.clean.labels.tag_labels`): a tags label with its tags on the line, tags of
  several words ("Теги: Любытинский округ, Зарубино, детская площадка", h44ru06's class; "Tags: games", crawl).
* ``boilerplate.messenger_contact`` (:mod:`mtpipe.clean.messenger_contacts`): a seller's Zalo/Viber/WhatsApp line,
  its label and telephone numbers only (t27vi104, t31vi08, h44vi14's class).
* ``portal.english_ui`` with "Sidebar" (h44vi13, crawl12's kam-news.ru); ``boilerplate.rubric`` with "Лента"
  (h44ru07).

Positives are made up in each class; negatives are the nearest content shapes: a sentence listing places with
commas, a label with a sentence after it, a record's telephone field without a messenger, a paragraph giving a Zalo
number, a number the text points to, a one-word heading followed by its text.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.furniture import rubric
from mtpipe.clean.labels import tag_labels
from mtpipe.clean.lines import line_spans
from mtpipe.clean.marks import Marks
from mtpipe.clean.messenger_contacts import MessengerContacts, messenger_contact
from mtpipe.clean.vi_heads import english_ui
from mtpipe.document import Document

_R1 = "В субботу в посёлке Окуловка начали ремонт школьного стадиона, работы продлятся до конца лета."
_R2 = "По словам главы округа, новое покрытие беговых дорожек уже закупили, подрядчик приступит к укладке в июле."
_R3 = "Жители попросили также установить на стадионе освещение, администрация обещала рассмотреть просьбу."
_V1 = "Trung tâm ngoại ngữ của huyện vừa khai giảng lớp tiếng Trung giao tiếp cho công nhân các khu công nghiệp."
_V2 = "Theo ban giám đốc, mỗi lớp có hai mươi học viên và học vào buổi tối các ngày trong tuần."
_V3 = "Học viên hoàn thành khóa học sẽ được cấp chứng chỉ và được giới thiệu việc làm tại các doanh nghiệp."


def _kept(lines: list[str], doc_id: str) -> list[str]:
    doc = Cleaner(CleanOptions())(Document.from_text("\n".join(lines) + "\n", doc_id=doc_id))
    return [doc.text[a:b].strip() for a, b in doc.meta["kept"]]


@pytest.mark.parametrize("line, lang, taken", [
    ("Теги: Окуловка, стадион, школьный спорт, ремонт", "ru", True),
    ("Тэги: Новгородская область, благоустройство", "ru", True),
    ("Метки: Окуловский округ", "ru", True),
    ("Tags: games, puzzles", "en", True),
    # a sentence or a clause after the label, a list with function words, a label alone
    ("Метки: на упаковке указаны сроки годности.", "ru", False),
    ("Метки: красные, синие и зелёные ставят на ящики с рассадой", "ru", False),
    ("Теги: это элементы разметки, которые браузер не показывает", "ru", False),
    ("Теги:", "ru", False),
    # a sentence listing places with commas (no label): not this rule's
    ("Маршрут пройдёт через Окуловку, Угловку, Кулотино и Боровичи.", "ru", False),
    ("Окуловка, Угловка, Кулотино, Боровичи", "ru", False),
])
def test_tag_label(line, lang, taken):
    assert (0 in tag_labels([line], set(), lang)) is taken


def test_tag_label_on_a_russian_page():
    tags = "Теги: Окуловский округ, Окуловка, школьный стадион, спорт, благоустройство"
    places = "Ремонт коснётся стадионов в Окуловке, Угловке, Кулотине и Боровичах, сообщили в администрации."
    kept = _kept(["Ремонт стадиона в Окуловке", "", _R1, _R2, places, _R3, tags], "tags.txt")
    assert tags not in kept
    assert _R1 in kept and _R2 in kept and places in kept and _R3 in kept


@pytest.mark.parametrize("line, taken", [
    ("ZALO: 0366.282.656 hoặc 0345.666.656", True),
    ("SĐT/Zalo : 0368.162.155/0346.013.156", True),
    ("Mobile / Zalo: 0912 842 224", True),
    ("Hotline - Zalo: 0912 842 224, 0345 666 656", True),
    ("Zalo 0912345678", True),
    ("WhatsApp: +7 999 123-45-67", True),
    # a telephone field without a messenger (a record's or an address block's), a sentence giving a Zalo number,
    # a name after the number, a year
    ("ĐT: 08 8441769", False),
    ("Đt:(070.823804)", False),
    ("Phụ huynh liên hệ qua Zalo 0912 345 678 để đăng ký cho con.", False),
    ("Zalo: 0912 842 224 (anh Nam)", False),
    ("Zalo: 2023", False),
    ("Zalo", False),
])
def test_messenger_contact(line, taken):
    assert messenger_contact(line) is taken


def _layer(lines: list[str], lang: str = "vi") -> dict[int, str]:
    doc = Document.from_text("\n".join(lines) + "\n", doc_id="m.txt")
    marks = Marks(doc, lang, line_spans(doc.text))
    MessengerContacts().mark(marks)
    return {i: v[0] for i, v in marks.removed.items()}


def test_messenger_layer_points_and_removed():
    zalo = "SĐT/Zalo: 0368.162.155"
    assert _layer(["Lớp tiếng Trung giao tiếp", zalo, _V1, _V2]) == {1: "boilerplate.messenger_contact"}
    # a number the text points to stays (Convention 13): a clause of three words or more ending with ":"
    assert _layer([_V1, "Mọi thắc mắc xin liên hệ:", zalo, _V2]) == {}
    # a label alone above it is no clause
    assert _layer([_V1, "Liên hệ:", zalo, _V2]) == {2: "boilerplate.messenger_contact"}


def test_messenger_contact_on_a_vietnamese_page():
    zalo = "SĐT/Zalo: 0368.162.155/0346.013.156"
    paragraph = "Học viên đăng ký qua số điện thoại 0368.162.155 hoặc trực tiếp tại trung tâm vào giờ hành chính."
    kept = _kept(["Khai giảng lớp tiếng Trung giao tiếp", "", _V1, zalo, _V2, paragraph, _V3], "zalo.txt")
    assert zalo not in kept
    assert _V1 in kept and _V2 in kept and paragraph in kept and _V3 in kept


def test_sidebar_and_feed_rubric():
    assert english_ui("Sidebar") and english_ui("  Sidebar ") and not english_ui("Sidebar của trang web")
    assert rubric("ЛЕНТА", "ru") == "лента" and rubric("Лента", "ru") == "лента"
    assert rubric("Лента для упаковки", "ru") is None


def test_feed_rubric_before_the_text_only():
    # the rubric over the text goes; a one-word heading followed by its text is not a rubric's name and stays
    kept = _kept(["ЛЕНТА", _R1, _R2, _R3], "feed.txt")
    assert "ЛЕНТА" not in kept and _R1 in kept and _R3 in kept
    kept = _kept(["Стадион", _R1, _R2, _R3], "heading.txt")
    assert "Стадион" in kept
