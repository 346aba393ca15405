"""Cleaning, eighteenth round (issue 12, branch clean18), table-driven; every line here was written for the
tests, none is a page's.

* a "sentence" needs five words of letters, two thirds of its first tokens: a shop widget ending in a
  currency abbreviation ("… Web 0 товаров , сумма 0 руб.") does not start the article
  (``features._sentence_like``);
* the page's header judged as a block (``boilerplate.region``, :mod:`mtpipe.clean.regions`);
* a lone bulleted copy of the title above the plain title: the bulleted copy goes (``dedupe.furniture_copy``);
* a list item announced by the kept line before it (ending in ":") is never the classifier's.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.classifier import announced
from mtpipe.clean.features import _sentence_like
from mtpipe.clean.regions import furniture_regions
from mtpipe.clean.lines import line_spans
from mtpipe.document import Document
from mtpipe.segment import Segmenter

_RU = "Глава района проверил, как идёт ремонт дорог в трёх сёлах после весеннего паводка."
_RU2 = "По его словам, работы подрядчик должен закончить до начала учебного года, сроки не изменятся."
_VI = "Ủy ban nhân dân huyện đã kiểm tra tiến độ sửa chữa đường giao thông tại ba xã sau mùa mưa lũ."
_VI2 = "Theo kế hoạch, các nhà thầu phải hoàn thành công việc trước khi năm học mới bắt đầu."


def _run(text):
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy="balanced"))(doc))
    assert unaccounted(doc) is None
    return doc


def _kept(doc):
    return [doc.text[a:b].strip() for a, b in doc.meta["kept"]]


def _removed(doc):
    return {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}


@pytest.mark.parametrize("line,want", [
    ("shop.example.ru  Web  0 товаров , сумма 0 руб.", False),  # a cart widget: a site, numbers, a comma
    ("Корзина 0 шт. , итого 0 руб. , 0 коп.", False),
    ("Giỏ hàng: 0 , 0 đ , 0 sp.", False),
    (_RU, True),
    ("В 2024 году цена выросла на 10%.", True),  # numbers in a real sentence: five words of letters
    ("Цена билета на концерт составит 500 руб.", True),
    ("Giỏ hàng có 0 sản phẩm, tổng cộng 0 đ.", True),  # syllables: six words of letters of nine tokens
    ("Дата-центры: есть ли опасность утечки данных?", True),
    ("今天北京的天气很好，我们去公园散步吧。", True),  # Han: characters count as words, no token test
])
def test_sentence_needs_words_of_letters(line, want):
    assert _sentence_like(line) is want


@pytest.mark.parametrize("lines,removed,want", [
    # bulleted notices above the title: three bullets are evidence enough; the title right above the text stays
    (["• Оперативный штаб", "• Военная служба", "• Уважаемые жители района!", "Субботник в селе", _RU, _RU2],
     {}, {0, 1, 2}),
    # a breadcrumb whose first item another layer removed: the rest of the header goes, the title stays
    (["- Главная", "- Жителям", "- Новости и события", "Субботник", _RU, _RU2],
     {0: ("chrome.nav", None)}, {1, 2}),
    # a headline opening the page (its <title>) stays too
    (["Субботник в селе прошёл на славу", "Поиск", "Войти", "Контакты", "Субботник", _RU],
     {2: ("boilerplate.menu", None)}, {1, 3}),
    # no evidence (a date is none): nothing goes
    (["Новости района", "Субботник", "12 мая 2024", "Субботник в селе", _RU], {2: ("boilerplate.date_line", None)}, set()),
    # two bullets are no evidence
    (["• Новости", "• События", "Субботник в селе", _RU], {}, set()),
    # a line of the head that goes on (a colon, a comma) or a long one: not furniture as a whole
    (["- Главная", "Вниманию жителей:", "Сбор мусора", "Субботник", _RU], {0: ("chrome.nav", None)}, set()),
    (["- Главная", "Администрация района сообщает о том, что в субботу", "Сбор мусора", "Субботник", _RU],
     {0: ("chrome.nav", None)}, set()),
    # only one short line besides the title: too little to judge as a block
    (["- Главная", "Новости", "Субботник", _RU], {0: ("chrome.nav", None)}, set()),
    # no text at all: no region
    (["- Главная", "Новости", "Контакты", "Субботник"], {0: ("chrome.nav", None)}, set()),
    (["• Trang chủ", "• Tin tức", "• Liên hệ", "Lễ ra quân làm sạch đường làng", _VI, _VI2], {}, {0, 1, 2}),
])
def test_header_region_table(lines, removed, want):
    assert set(furniture_regions(lines, dict(removed))) == want


def test_header_region_through_the_cleaner():
    doc = _run("\n".join(["• Оперативный штаб", "", "• Военная служба по контракту", "",
                          "• Уважаемые жители района!", "", "Субботник в селе", "", _RU, "", _RU2]) + "\n")
    assert _kept(doc) == ["Субботник в селе", _RU, _RU2]
    assert _removed(doc)["• Оперативный штаб"] == "boilerplate.region"


@pytest.mark.parametrize("text,bullet,title", [
    # h14ru06's shape: the header's copy above the year-less date goes too, the copy by the text stays (Convention 1;
    # relabelled by conv55, dedupe.header_copy since the twenty-sixth session)
    (["• День школьных библиотек", "", "День школьных библиотек", "27 октября", "День школьных библиотек.", "",
      _RU, _RU2], "• День школьных библиотек", "День школьных библиотек."),
    (["• Ngày hội đọc sách", "", "Ngày hội đọc sách", "", _VI, _VI2], "• Ngày hội đọc sách", "Ngày hội đọc sách"),
])
def test_lone_bulleted_copy_goes_plain_title_stays(text, bullet, title):
    doc = _run("\n".join(text) + "\n")
    kept = _kept(doc)
    assert title in kept and bullet not in kept
    assert _removed(doc)[bullet] == "dedupe.furniture_copy"
    if title.endswith("."):
        assert _removed(doc)["День школьных библиотек"] == "dedupe.header_copy"


def test_lone_bulleted_copy_with_text_between_is_kept_first():
    # a sentence of the text stands between the two copies: the later one is no title over the text, the first
    # copy stays, as before
    doc = _run("\n".join(["Заголовок статьи о школе", "", "• День школьных библиотек", "", _RU, "",
                          "День школьных библиотек", "", _RU2]) + "\n")
    assert "• День школьных библиотек" in _kept(doc)
    assert _removed(doc)["День школьных библиотек"] == "dedupe.exact"


@pytest.mark.parametrize("lines,i,want", [
    (["Mô hình layer gồm có 3 layer:", "- Layer GUI (Graphics User Interface)"], 1, True),
    (["Состав комплекта:", "- Кабель", "- Блок питания"], 2, True),  # over a sibling item
    (["Состав комплекта:", "- Кабель", "• Блок питания"], 2, False),  # another bullet: not the same list
    (["Состав комплекта.", "- Кабель"], 1, False),  # not announced
    (["Состав комплекта:", "Кабель"], 1, False),  # no list item
])
def test_announced_list_item_table(lines, i, want):
    text = "\n".join(lines)
    assert announced(text, line_spans(text), {}, i) is want


def test_announced_list_item_removed_line_breaks_the_chain():
    text = "Состав:\nМеню\n- Кабель"
    assert announced(text, line_spans(text), {1: ("chrome.nav", None)}, 2) is False
