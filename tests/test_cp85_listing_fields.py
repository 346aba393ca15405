"""cp85 (issue 12, held48's content lost blind): three classes, each with negatives of the nearest clutter.

* a listing card's fields -- a price per period, an area, a count of rooms ("3 triệu/tháng 25m²", "1 phòng ngủ",
  "45 кв. м", "2 bedrooms") -- are the listed item's facts, no widget's counters (``boilerplate.counters``,
  ``boilerplate.repeated_label``; :mod:`mtpipe.clean.record_fields`); "12 ингредиентов", "Bình luận (3)", a
  widget's label still go;
* a question heading the section's text asks again after a connective ("1.1. Vì sao …?" / "Vậy vì sao …?") is no
  near copy (``dedupe.near``; :mod:`mtpipe.clean.question_echoes`); a caption's or teaser's copy still goes;
* a title-cased phrase with its year ("Họp Mặt 2021") is no byline with a view counter (``boilerplate.byline``;
  :mod:`mtpipe.clean.year_titles`); "Мария Щелканова 37 0", "Nguyễn Hưng 2021" still go.

Every page here is made up for these tests in the shapes seen (no line is a benchmark page's)."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.keep import other_texts
from mtpipe.clean.layout import repeated_labels
from mtpipe.clean.question_echoes import question_echo
from mtpipe.clean.record_fields import record_field
from mtpipe.clean.widgets import counters
from mtpipe.clean.year_titles import titled_year
from mtpipe.document import Document

POLICIES = ("balanced", "weighed")


def _removed(text: str, policy: str = "weighed") -> dict[str, str]:
    doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(text, doc_id="site/a.txt", path="site/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


# -- a listing card's fields ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["3 triệu/tháng 25m²", "12 triệu/tháng 80m2", "1 phòng ngủ", "3 phòng ngủ 2 WC",
                                  "2.500.000 VNĐ", "45 кв. м", "25 000 ₽/мес", "2 комнаты", "2 bedrooms",
                                  "$1,200/month", "850 sq ft"])
def test_record_fields(line):
    assert record_field(line)


@pytest.mark.parametrize("line", ["12 ингредиентов", "Lượt xem: 571", "571 lượt xem", "5 комментариев",
                                  "Bình luận (3)", "1400 рецептов", "Шаг 1", "Xperia 5 III", "5 năm", "3 ngày",
                                  "12 views", "Просмотров: 120", "", "phòng ngủ"])
def test_no_record_field(line):
    assert not record_field(line)


_VI_TEXT = ("Khu vực này có nhiều phòng trọ mới xây, gần chợ và trường học, thuận tiện cho sinh viên và người đi "
            "làm.")
_CARDS_VI = ["Cho Thuê Phòng Trọ Mới Xây Gần Chợ Bà Chiểu", "4 triệu/tháng 25m²", "1 phòng ngủ",
             "Quận Bình Thạnh, Hồ Chí Minh", "Căn Hộ Mini Full Nội Thất Quận 10", "6 triệu/tháng 35m²", "1 phòng ngủ",
             "Quận 10, Hồ Chí Minh", "Nhà Nguyên Căn Hẻm Xe Hơi Gò Vấp", "12 triệu/tháng 80m²", "2 phòng ngủ",
             "Quận Gò Vấp, Hồ Chí Minh", "Phòng Studio Có Ban Công Quận 3", "7 triệu/tháng 30m²", "1 phòng ngủ",
             "Quận 3, Hồ Chí Minh", _VI_TEXT]
_CARDS_RU = ["Однокомнатная квартира у метро", "25 000 ₽/мес", "38 кв. м", "Квартира с ремонтом в центре",
             "32 000 ₽/мес", "45 кв. м", "Студия в новом доме", "21 000 ₽/мес", "27 кв. м",
             "Все квартиры сдаются собственниками без комиссии, показ возможен в любой день недели."]


def test_a_listings_fields_are_no_counters():
    assert counters(_CARDS_VI, set()) == {}
    assert counters(_CARDS_RU, set()) == {}


def test_a_listings_repeated_field_is_no_label():
    assert repeated_labels(_CARDS_VI, set()) == {}


@pytest.mark.parametrize("policy", POLICIES)
@pytest.mark.parametrize("cards", [_CARDS_VI, _CARDS_RU])
def test_a_listings_cards_stay_through_the_cleaner(policy, cards):
    removed = _removed("\n".join(cards) + "\n", policy)
    fields = [s for s in cards if record_field(s)]
    assert not [s for s in fields if s in removed], removed


def test_counters_and_labels_beside_a_listing_still_go():
    lines = ["Рецепты дня", "12 ингредиентов", "Борщ украинский с пампушками", "Классический рецепт борща.",
             "8 ингредиентов", "Салат оливье", "Праздничный салат для всей семьи.", "6 ингредиентов", "Сырники",
             "Нежные сырники на завтрак за двадцать минут.",
             "Это длинная строка текста статьи, в которой рассказывается о рецептах дня и о том, как их готовить."]
    assert sorted(counters(lines, set())) == [1, 4, 7]
    views = [_VI_TEXT, "Lượt xem: 12", _VI_TEXT.replace("chợ", "bến xe"), "Lượt xem: 340", "Lượt xem: 57"]
    assert sorted(counters(views, set())) == [1, 3, 4]
    labels = ["Tin mới", "Hình ảnh", _VI_TEXT, "Hình ảnh", "Một đoạn khác của bài viết.", "Hình ảnh"]
    assert sorted(repeated_labels(labels, set())) == [1, 3, 5]


# -- a question heading asked again by its text --------------------------------------------------------------------

@pytest.mark.parametrize("first, later", [
    ("1.1. Vì sao mèo thích nằm trong hộp giấy?", "Vậy vì sao mèo thích nằm trong hộp giấy?"),
    ("2. Зачем кошки прячутся в коробки?", "Так зачем кошки прячутся в коробки?"),
    ("Why do cats sit in boxes?", "So, why do cats sit in boxes?"),
    ("Người Hoa có ăn bánh ú vào ngày này không?", "Vậy thì người Hoa có ăn bánh ú vào ngày này không?"),
])
def test_question_echo(first, later):
    assert question_echo(first, later) and other_texts(first, later)


@pytest.mark.parametrize("first, later", [
    ("Vì sao mèo thích nằm trong hộp giấy?", "Vì sao mèo thích nằm trong hộp giấy? ảnh 1"),  # a caption's copy
    ("Vì sao mèo thích nằm trong hộp giấy?", "Xem thêm: Vì sao mèo thích nằm trong hộp giấy?"),  # a teaser
    ("Vì sao mèo thích nằm trong hộp giấy?", "Vậy vì sao mèo thích nằm trong hộp giấy."),  # no question
    ("Vì sao mèo thích nằm trong hộp giấy?", "Mèo nhà bạn vì sao mèo thích nằm trong hộp giấy?"),  # no connective
    ("Vì sao?", "Vậy vì sao?"),  # one word: nothing to echo
])
def test_no_question_echo(first, later):
    assert not question_echo(first, later)


_Q_PAGE = ["Mèo và những chiếc hộp giấy",
           "1. Tìm hiểu thói quen của mèo nhà",
           "1.1. Vì sao mèo thích nằm trong hộp giấy?",
           "Nhiều người nuôi mèo nhận thấy thú cưng của mình bỏ qua chiếc giường đắt tiền để chui vào hộp giấy cũ.",
           "Vậy vì sao mèo thích nằm trong hộp giấy?",
           "Các nhà nghiên cứu cho rằng không gian kín giúp mèo cảm thấy an toàn và giảm căng thẳng khi ở môi trường "
           "lạ.",
           "1.2. Mèo có cần hộp riêng không?",
           "Chủ nuôi nên đặt vài chiếc hộp ở góc yên tĩnh để mèo tự chọn chỗ nghỉ ngơi mà không bị làm phiền."]


@pytest.mark.parametrize("policy", POLICIES)
def test_the_echoed_question_stays_through_the_cleaner(policy):
    removed = _removed("\n".join(_Q_PAGE) + "\n", policy)
    assert "Vậy vì sao mèo thích nằm trong hộp giấy?" not in removed, removed
    assert "1.1. Vì sao mèo thích nằm trong hộp giấy?" not in removed, removed


# -- a title with its year -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, lang, want", [
    ("Họp Mặt 2021", "vi", True),
    ("Đại Hội Đồng Hương 2020", "vi", True),
    ("Выпускной Вечер 2023", "ru", True),
    ("Nguyễn Hưng 2021", "vi", False),  # a surname first: a name with its counter
    ("Мария Щелканова 2015", "ru", False),  # a surname's ending
    ("Мария Щелканова 37 0", "ru", False),  # two counters
    ("Русранд Экономика 31", "ru", False),  # no year
    ("Họp mặt 2021", "vi", False),  # not every word capitalised: no name test passed anyway
    ("World Cup 2018", "en", False),  # only vi and ru are read
])
def test_titled_year(line, lang, want):
    assert titled_year(line, lang) is want


_VI_POST = ["Quê Hương Tôi", "Họp Mặt 2022",
            "Ngày 17 tháng Chạp hằng năm, bà con đồng hương gặp gỡ nhau tại nhà văn hóa xã trong không khí ấm áp.",
            "Năm nay chương trình có thêm phần trao học bổng cho các cháu học sinh vượt khó học giỏi của làng."]


@pytest.mark.parametrize("policy", POLICIES)
def test_a_title_with_its_year_stays_and_a_byline_with_its_counters_goes(policy):
    removed = _removed("\n".join(_VI_POST) + "\n", policy)
    assert "Họp Mặt 2022" not in removed, removed
    page = ["Nguyễn Văn Hưng 37 0", _VI_POST[2], _VI_POST[3]]
    assert _removed("\n".join(page) + "\n", policy).get("Nguyễn Văn Hưng 37 0") == "boilerplate.byline"
