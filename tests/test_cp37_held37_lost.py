"""cp37 (issue 12): the content lines the cleaner lost on held37 (blind at the session's start, dev after its
figures), fixed as guards on the rules that fired, each a class:

* ``boilerplate.lower_edge``: a lower-case line under a line whose final stop is an abbreviation's ("№ п/п
  Наименование Цена, руб." over "на 1 человека/ 1 сеанс": a wrapped table header) may go on from it
  (:func:`mtpipe.clean.edges.abbreviation_end`, the splitter's abbreviation tables);
* ``structure.table``: a table's header row closed by ``|`` like the rows under it is the table's, also among the
  page's first lines (:func:`mtpipe.clean.tables_labels.header_row`); the numbered heading above it that
  ``boilerplate.between_removed`` took then comes back (``guard.withdrawn``);
* ``dedupe.near``: a row's label cell whose row code alone differs from another row's ("S(không hút thuốc)" under
  "C1(không hút thuốc)") is the table's cell (:func:`mtpipe.clean.tables_labels.copies_cell`);
* ``dedupe.contained``: a title held by a breadcrumb trail of two labels or more (Vietnamese labels are syllables)
  is the page's heading, the trail the copy (:func:`mtpipe.clean.headings.menu_trail`, ``trail_before``).

Positives are held37's shapes and real forms seen on dev pages and pages found with the search corpus (a price
list's "Цена за единицу, руб.", a municipal price table's "N п/п | Наименование услуг | … | Цена, руб. |");
negatives are the clutter the rules still remove.  The pages below were written for these tests.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.edges import abbreviation_end
from mtpipe.clean.headings import menu_trail, trail_before
from mtpipe.clean.lines import dedupe_key
from mtpipe.clean.tables_labels import cell_key, copies_cell, header_row
from mtpipe.document import Document
from mtpipe.segment import Segmenter


def _ledger(text: str, policy: str = "balanced") -> dict[str, str]:
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy=policy))(doc))
    assert unaccounted(doc) is None
    return {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}


# -- boilerplate.lower_edge: an abbreviation's stop above ---------------------------------------------------------

@pytest.mark.parametrize("line, lang", [
    ("№ п/п Наименование Цена, руб.", "ru"),  # held37
    ("Наименование услуг ед. изм. Цена за единицу, руб.", "ru"),  # a sports centre's price list (search corpus)
    ("Стоимость, тыс.", "ru"),
    ("Ремонт кровли, покраска фасадов и т.д.", "ru"),
    ("проживающих по адресу: Московская обл.", "ru"),
    ("Địa chỉ: 12 Lê Lợi, Q.", "vi"),
])
def test_an_abbreviation_ends_the_line(line, lang):
    assert abbreviation_end(line, lang)


@pytest.mark.parametrize("line, lang", [
    ("Мы долго шли через лес.", "ru"),
    ("Об этом сообщили в МЧС.", "ru"),  # an acronym ends a sentence
    ("Он сказал нет.", "ru"),
    ("Chúng tôi đi học.", "vi"),
    ("Цена, руб", "ru"),  # no stop at all: the open-end checks' business, not this one's
])
def test_a_sentence_end_is_no_abbreviation(line, lang):
    assert not abbreviation_end(line, lang)


PRICES = ("Прейскурант цен на бассейн и сауну\n\n"
          "№ п/п Наименование Цена, руб.\n"
          "{line}\n"
          "Отдыхающие в санатории Сторонние Дополнительные места\n"
          "1 Бассейн 175 р. 200 р.\n"
          "Сеанс длится сорок пять минут, стоимость указана на одного человека, в бассейне одновременно могут "
          "находиться до четырёх человек.\n"
          "Дети в возрасте от трёх до десяти лет оплачивают половину стоимости любой услуги санатория.\n")


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_a_header_wrapped_after_its_unit_stays(policy):
    line = "на 1 человека/ 1 сеанс"
    assert line not in _ledger(PRICES.format(line=line), policy)


@pytest.mark.parametrize("header", ["Прейскурант действует с первого марта.", "Цены указаны за одно посещение."])
def test_a_lower_case_line_under_a_sentence_end_still_goes(header):
    # the same line under a sentence's stop continues nothing: a tag or a menu's item before the article; the edge
    # rule still marks it (cp54: standing inside the block of short lines the page keeps, the price table's head, it
    # is then taken back by guard.kept_block, whose ledger entry names the edge rule)
    page = PRICES.replace("№ п/п Наименование Цена, руб.", header).format(line="на 1 человека/ 1 сеанс")
    doc = Segmenter()(Cleaner()(Document.from_text(page, doc_id="doc.txt", path="doc.txt")))
    assert [(e.rule, e.note.split(" would")[0]) for e in doc.ledger if e.text.strip() == "на 1 человека/ 1 сеанс"] \
        == [("guard.kept_block", "boilerplate.lower_edge")]
    page = page.replace("Прейскурант цен на бассейн и сауну\n\n", "")  # one kept short line above it: no block
    assert _ledger(page).get("на 1 человека/ 1 сеанс") == "boilerplate.lower_edge"


# -- structure.table: a header row closed by "|" at the page's top ---------------------------------------------

@pytest.mark.parametrize("lines", [
    ["Тип праздника | График работы | Доступные услуги |",  # held37
     "Официальные государственные праздники | Выходной день | Только онлайн-запись |"],
    ["N п/п | Наименование услуг | Единица измерения | Цена, руб. |",  # a municipal price table (search corpus)
     "1.1. | учащиеся школ | 1 час/1 чел. | 50,0 |"],
    ["Способ | Доступность |", "Портал госуслуг | 24/7 |"],
])
def test_header_rows(lines):
    assert header_row(lines, 0)


@pytest.mark.parametrize("lines", [
    ["Главная | Новости | Контакты | Карта сайта |", "Официальные государственные праздники | Выходной день |"],
    ["Главная | Новости | Контакты", "Официальные государственные праздники | Выходной день | Все услуги"],
    ["Тип праздника | График работы | Доступные услуги |", "Многофункциональные центры работают по графику."],
    ["Тип праздника | График работы | Доступные услуги |"],
])
def test_no_header_rows(lines):
    assert not header_row(lines, 0)


HOLIDAYS = ("Многофункциональные центры Москвы изменяют график работы в официальные праздничные дни. Рассмотрим "
            "особенности предоставления услуг в такие дни.\n"
            "Содержание\n"
            "1. Общий график работы в праздники\n"
            "Тип праздника | График работы | Доступные услуги |\n"
            "Официальные государственные праздники | Выходной день | Только онлайн-запись |\n"
            "Предпраздничные дни | Сокращенный день | Все услуги |\n"
            "Между праздниками | Обычный график | Все услуги |\n"
            "2. Как узнать точный график\n"
            "2.1. Официальные источники\n"
            "- Сайт mos.ru в разделе МФЦ\n"
            "- Единый справочный телефон: +7 (495) 777-77-77\n"
            "- Информационные табло в центрах\n"
            "2.2. Особенности записи\n"
            "- Онлайн-запись доступна круглосуточно\n"
            "- В праздники увеличивается очередь\n"
            "3. Альтернативные способы\n"
            "Способ | Доступность |\n"
            "Портал госуслуг | 24/7 |\n"
            "Мобильное приложение | 24/7 |\n"
            "Рекомендации\n"
            "Планируйте посещение МФЦ с учетом праздничного графика и записывайтесь на прием заранее.\n")


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_a_table_header_and_the_heading_above_stay(policy):
    removed = _ledger(HOLIDAYS, policy)
    assert "Тип праздника | График работы | Доступные услуги |" not in removed
    assert "1. Общий график работы в праздники" not in removed
    assert removed.get("Содержание") is not None  # the contents label still goes


# -- dedupe.near: a row's label whose code alone differs ----------------------------------------------------------

_ROOMS = {cell_key(c) for c in ("C1(không hút thuốc)", "C2(không hút thuốc)", "308", "Trong 3 giờ")}


@pytest.mark.parametrize("line", ["S(không hút thuốc)", "VIP(không hút thuốc)", "B(không hút thuốc)"])
def test_another_rows_code_copies_a_cell(line):
    assert copies_cell(cell_key(line), _ROOMS, near=True)


@pytest.mark.parametrize("line, near", [
    ("S(không hút thuốc)", False),  # an exact-copy check wants the same key
    ("S(có hút thuốc)", True),  # another label
    ("Giá phòng đơn", True),
    ("Standard(không hút thuốc)", True),  # a word, no code
])
def test_no_row_code_copy(line, near):
    assert not copies_cell(cell_key(line), _ROOMS, near=near)


# -- dedupe.contained: a title held by a breadcrumb trail ---------------------------------------------------------

_VI_TITLE = ("Phân tích chuỗi ngành công nghiệp máy móc nông nghiệp của Trung Quốc, chính sách, tình hình thị "
             "trường, bối cảnh cạnh tranh và xu hướng phát triển trong năm 2022")


@pytest.mark.parametrize("crumb, tail", [
    ("Trang chủ » tìm nguồn cung ứng sản phẩm » máy móc » ", " phân tích-ngành-máy-nông-nghiệp-của-Trung-Quốc"),  # held37
    ("Trang chủ » tìm nguồn cung ứng sản phẩm » máy móc » ", ""),
    ("Trang chủ | Kinh tế tài chính | Thị trường nông sản | ", ""),
    ("Главная / Университет / Пресс-центр / Новости / ", ""),  # a university's news trail (dev)
])
def test_a_title_after_a_trail(crumb, tail):
    head = crumb + _VI_TITLE + tail
    assert trail_before(dedupe_key(head), dedupe_key(_VI_TITLE), head)


@pytest.mark.parametrize("head", [
    "Trang chủ » " + _VI_TITLE,  # one label: the eight-word limit of before holds
    "Bài viết hôm nay nói về chủ đề sau: " + _VI_TITLE,  # a sentence's colon
    "Hôm nay chúng tôi giới thiệu với bạn đọc bài viết rất dài và kỹ lưỡng về " + _VI_TITLE,  # no separators
    _VI_TITLE + " » Trang chủ",  # the title first
])
def test_no_trail_before(head):
    assert not trail_before(dedupe_key(head), dedupe_key(_VI_TITLE), head)


def test_a_short_trail_still_counts_words():
    assert menu_trail("главная политика ", "Главная Политика ")
    assert not menu_trail("trang chủ tìm nguồn cung ứng sản phẩm máy móc ", "Trang chủ tìm nguồn cung ứng sản phẩm máy móc ")


MACHINES = ("Trang chủ » tìm nguồn cung ứng sản phẩm » máy móc » " + _VI_TITLE + "\n"
            "phân tích-ngành-máy-nông-nghiệp-của-Trung-Quốc\n\n"
            + _VI_TITLE + "\n\n"
            "Tổng quan về ngành máy móc nông nghiệp\n\n"
            "Máy móc nông nghiệp là các loại máy móc được sử dụng trong canh tác cây trồng và sản xuất chăn nuôi, "
            "cũng như trong chế biến và xử lý sơ bộ các sản phẩm nông nghiệp và chăn nuôi.\n\n"
            "Hầu hết các máy móc nông nghiệp đều được thiết kế và sản xuất chuyên biệt dựa trên đặc điểm của nông "
            "nghiệp và các yêu cầu của các hoạt động khác nhau.\n")


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_the_title_under_its_breadcrumb_stays(policy):
    removed = _ledger(MACHINES, policy)
    assert _VI_TITLE not in removed
    assert any(k.startswith("Trang chủ »") for k in removed)  # the breadcrumb still goes
