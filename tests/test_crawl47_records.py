"""crawl47: a page's fact sheet laid out label over value is the page's own record, also where no other page of the
crawl prints the form.

crawl12's giaoxugiaohovietnam.com (four pages of one site: one parish's fact sheet, three history pages) lost seven
lines of the fact sheet: the labels stand alone on their line and their values on the next ("Năm thành lập" /
"08 / 07/ 1975", "Số giáo dân" / "5156", "Bổn Mạng" / "Thánh Giuse Thợ (01.05)", a table read a cell a line), under
"Label : value" fields of the page's own ("Địa chỉ : …", "Chánh xứ : Linh mục …").  ``boilerplate.date_line`` took the
values as dates and counters, ``boilerplate.short_run`` and the classifier the labels, ``boilerplate.field_run`` the
empty "Chúa nhật :" fields.  :func:`mtpipe.clean.records.record_lines` took the record only where another page of the
folder printed the form; a fact sheet laid out as a table (two labels over their values at least) with three own
values or more is a record on its own page.  The negatives stay removed: a date widget above a record ("Sidebar" /
"Thứ Sáu" / "26.04.2024": a cell opens no block), a forum poster's box of counters under labels, a contact footer
(phones and e-mails under their labels), colon fields alone without the form (loss38's rule), and a web or e-mail
address under its label (README convention 9).

The pages are written for these tests in the shapes seen (no line is a benchmark page's)."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.records import record_lines
from mtpipe.clean.templates import TemplateCounter
from mtpipe.document import Document

POLICIES = ("balanced", "conservative")

_HISTORY = {"vi": ["Trang chủ", "Giới thiệu", "Liên hệ", "Lược sử giáo xứ số {k}",
                   "Năm {year}, một nhóm giáo dân từ miền Bắc vào đây khai hoang và dựng một nhà nguyện bằng tre lá.",
                   "Đến năm {later}, Đức cha thành lập giáo xứ và cử một linh mục về coi sóc cộng đoàn mới."],
            "ru": ["Главная", "О нас", "Контакты", "История школы № {k}",
                   "В {year} году в бывшем купеческом доме открылась начальная школа на сорок учеников.",
                   "К {later} году школа получила новое здание и стала средней, с библиотекой и спортзалом."]}

# (a fact sheet's lines, the content lines among them, the clutter lines among them), each form as seen
_SHEETS = {
    "parish_vi": (["Nhà thờ Giáo xứ Bình An", "Địa chỉ : ấp Bình An, xã Long Phước, Long Thành, Đồng Nai",
                   "Chánh xứ : Linh mục Phêrô Trần Văn Hòa", "Phó xứ : Linh mục Giuse Lê Minh Đức",
                   "Tel", "E-mail", "giaoxubinhan@gmail.com", "Năm thành lập", "12 / 05/ 1968", "Bổn Mạng",
                   "Thánh Phêrô (29.06)", "Số giáo dân", "3210", "Giờ lễ", "Chúa nhật :", "Ngày thường :"],
                  ["Năm thành lập", "12 / 05/ 1968", "Số giáo dân", "3210", "Chúa nhật :", "Ngày thường :", "Tel"],
                  ["giaoxubinhan@gmail.com"]),
    "school_ru": (["Школа № 14 города Твери", "Адрес: ул. Пушкина, д. 8, Тверь",
                   "Директор: Ольга Николаевна Белова", "Завуч: Сергей Петрович Котов",
                   "Год основания", "1936", "Число учащихся", "812", "Покровитель", "Святой Николай (19.12)",
                   "Сайт", "http://school14.example.ru/"],
                  ["Год основания", "1936", "Число учащихся", "812"],
                  ["http://school14.example.ru/"]),
}


def _page(form: str, k: int) -> str:
    """The fact sheet's page: the site's menu, the sheet, then its history's text."""
    sheet, lang = _SHEETS[form][0], form[-2:]
    menu, text = _HISTORY[lang][:3], [ln.format(k=k, year=1950 + k, later=1960 + k) for ln in _HISTORY[lang][3:]]
    return "\n".join(menu + sheet + text) + "\n"


def _histories(form: str, k: int) -> str:
    """Another page of the same site: a history page of its own, no fact sheet."""
    return "\n".join(ln.format(k=k, year=1900 + k, later=1920 + k) for ln in _HISTORY[form[-2:]]) + "\n"


def _site(form: str) -> list[str]:
    return [_page(form, 0)] + [_histories(form, k) for k in range(1, 4)]


def _clean(texts: list[str], policy: str, folder: str = "site") -> list:
    cleaner = Cleaner(CleanOptions(removal_policy=policy))
    docs = [Document.from_text(t, doc_id=f"{folder}/{k}.txt", path=f"{folder}/{k}.txt") for k, t in enumerate(texts)]
    cleaner.first_pass(docs)
    return [cleaner(d) for d in docs]


def _removed(doc) -> set[str]:
    return {e.text.strip() for e in doc.ledger if e.action == "removed"}


@pytest.mark.parametrize("policy", POLICIES)
@pytest.mark.parametrize("form", sorted(_SHEETS))
def test_a_fact_sheet_laid_out_label_over_value_stays_on_a_page_alone(form, policy):
    sheet, content, _ = _SHEETS[form]
    docs = _clean(_site(form), policy)
    removed = _removed(docs[0])
    for line in content:
        assert line not in removed, (line, removed)
    assert _HISTORY[form[-2:]][0] in removed  # the menu is still the site's template


def _counter(pages: list[str], folder: str = "site") -> TemplateCounter:
    counter = TemplateCounter()
    for p in pages:
        counter.add(p, folder)
    return counter


@pytest.mark.parametrize("form", sorted(_SHEETS))
def test_record_lines_takes_the_sheet_without_the_form_and_leaves_addresses(form):
    sheet, content, clutter = _SHEETS[form]
    lines = _page(form, 0).splitlines()
    got = record_lines(lines, _counter(_site(form)), "site")
    assert {lines.index(s) for s in content} <= got
    assert not {lines.index(s) for s in clutter} & got
    assert 0 not in got and lines.index(sheet[0]) not in got


# ---- negatives: the same shapes that are no fact sheet


@pytest.mark.parametrize("lines", [
    # a forum poster's box: labels over counters and a date, one own value
    ["Форум", "Поиск", "Сообщения", "2101", "Зарегистрирован", "12.05.2019", "Откуда: Питер", "Репутация", "15",
     "Вопрос: как лучше организовать разбор выражений без рекурсии на длинных строках?"],
    # a post's stamp and counters laid out label over value, one field of its own
    ["Tin tức", "Ngày đăng", "20/04/2021", "Lượt xem", "4316", "Tác giả: Nguyễn Văn An",
     "Sáng nay, hội cứu trợ trẻ em khuyết tật thành phố tổ chức lễ kỷ niệm hai mươi năm thành lập."],
    # a contact footer: three addresses of its own, phones and an e-mail under their labels (contacts, no facts)
    ["Bài viết kết thúc ở đây và không có gì thêm.", "Trụ sở chính: 12 Lê Lợi, Quận 1, TP. Hồ Chí Minh",
     "Chi nhánh Hà Nội: 45 Tràng Tiền, Hoàn Kiếm", "Chi nhánh Đà Nẵng: 8 Bạch Đằng, Hải Châu", "Điện thoại",
     "028 3823 4567", "Hotline", "0909 123 456", "Email", "lienhe@example.vn"],
    # colon fields of the page's own, no cell laid out label over value and no form (loss38: no record)
    ["Họ đạo được lập năm 1930.", "Địa chỉ: ấp Tân Hòa, xã Long Phú, Tam Bình", "Chầu lượt: CN XII Thường niên",
     "Linh mục Chánh sở: Giuse Trần Văn Lộc", "Chúa nhật: 04g30", "Năm 1957, cha sở đầu tiên xây nhà thờ."],
])
def test_no_record_of_counters_or_of_colon_fields_alone(lines):
    page = "\n".join(lines) + "\n"
    assert record_lines(lines, _counter([page] + [_histories("parish_vi", k) for k in range(1, 4)]), "site") == set()


def test_a_date_widget_above_a_record_opens_no_block():
    # "Sidebar" / "Thứ Sáu" / "26.04.2024" over the title and the record: a cell only continues a block
    sheet = _SHEETS["parish_vi"][0]
    page = "\n".join(["Sidebar", "Thứ Sáu", "26.04.2024"] + sheet) + "\n"
    lines = page.splitlines()
    got = record_lines(lines, _counter([page] + [_histories("parish_vi", k) for k in range(1, 4)]), "site")
    assert lines.index("Năm thành lập") in got
    assert not {0, 1, 2} & got
