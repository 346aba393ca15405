"""cp54: a short gap inside a block of short kept lines is the block's own (mtpipe.clean.kept_blocks).

The blind parts' first-run losses (held29..held37, reconstructed on the code each was first measured on) were short
lines of a structured block whose other lines the cleaner kept, each taken by another rule.  The net takes back a run
of at most three short removed lines inside a block of short lines that keeps two lines above the run, two below and
half its lines, whatever rule took it; run evidence (templates, front matter, Markdown) and exact copies still
remove.  Furniture of the same shapes stays removed: a date over a long lead, a caption between paragraphs, a menu's
run, a menu mostly removed, a block's edge.

The pages are written for these tests in the shapes seen (h32ru10, h31vi12, h36vi14, h37ru11, h37vi12, h37ru15,
t29ru08; no line is a benchmark page's) and in two shapes of public price lists found with the search tool.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.kept_blocks import RULE, block_gaps
from mtpipe.document import Document

_DATE, _NEAR, _EXACT, _TPL = "boilerplate.date_line", "dedupe.near", "dedupe.exact", "boilerplate.template"

# h32ru10's shape: a district's days, a bare date over the villages cut off that day
_OUTAGES = ["р. Каменский:", "– с. Верхнее (09:00 – 16:00)", "– х. Осиновка (08:00 – 17:00)", "13.03.2025",
            "– п. Заречный (08:00 – 17:00)", "– с. Нижнее (10:00 – 12:00)"]
# h31vi12's shape: a TV guide, one slot a line
_GUIDE = ["08:10 Biển đảo quê hương", "08:30 Ca khúc Việt Nam", "09:00 Tin trong nước", "09:05 Tin quốc tế",
          "09:10 Chuyên đề pháp luật", "09:30 Câu lạc bộ trẻ"]
# h36vi14's shape: a library's holiday calendar, a holiday's name over its date
_CALENDAR = ["Ngày lễ Lao động", "Thứ Hai, ngày 2 tháng 9 năm 2024", "Lễ Tạ ơn", "Thứ Năm, ngày 28 tháng 11 năm 2024",
             "Lễ Giáng sinh", "Thứ Tư, ngày 25 tháng 12 năm 2024"]
# h37ru11's shape: a price table's head, its wrapped head cell in lower case
_PRICES = ["Стоимость услуг бассейна", "№ Услуга Стоимость, руб.", "за 1 посещение/ 1 час",
           "Взрослые Дети Пенсионеры", "1 Плавание 300 р. 150 р."]
# h37vi12's shape: a hotel's room table one cell a line, a room type a near copy took
_ROOMS = ["500", "650", "D(có ban công)", "101, 102, 103, 105", "300", "Trong 3 giờ"]
# h37ru15's shape: an institution's letterhead, its hotline and e-mail between its name and address
_LETTERHEAD = ["Государственное бюджетное учреждение", "«Лесная районная больница»", "Телефон доверия: +7 800 100-20-30",
               "E-mail: info@lesnaya-crb.ru", "Адрес: 600100, Лесная область,", "г. Лесной, ул. Садовая, 5"]
# t29ru08's shape: results by age group, the group's heading a near copy of the one above
_RESULTS = ["2 место — «Факел», Северный район", "3 место — «Заря», Южный район",
            "Возрастная группа 2001-2002 года рождения", "1 место — «Искра», Центральный район",
            "2 место — «Заря», Южный район"]
# a public price list's shape (a clinic's services, one cell a line): a price a date rule took
_CLINIC = ["Приём терапевта", "1500", "Повторный приём", "1200", "Вызов на дом", "2500"]
# a sports centre's price list printed one cell a line (the shape of meteor-sport.ru's "Прейскурант на платные
# услуги", found with the search tool): a cell's hour limit taken as a time line
_SPORT = ["1.3.1", "школьники в рабочие дни", "до 15:00", "чел. ч", "90", "1.3.2", "ветераны труда"]
# a hotel's room card, one field a line (the shape of moonlighthotelgroup.com's room list, found with the search
# tool): the surcharge field taken as a widget's field
_ROOM_CARD = ["PHÒNG ĐÔI", "Nghỉ giờ (2 giờ đầu): 350.000 vnđ", "Nghỉ qua đêm: 650.000 vnđ",
              "Giờ phụ trội: 60.000 vnđ/h", "Số người ở: 03 người", "Phòng không hút thuốc"]


@pytest.mark.parametrize("lines, removed, want", [
    (_OUTAGES, {3: _DATE}, [(3, 3)]),
    (_GUIDE, {2: "boilerplate.dateline", 3: "boilerplate.dateline"}, [(2, 3)]),
    (_CALENDAR, {3: _NEAR}, [(3, 3)]),
    (_PRICES, {2: "boilerplate.lower_edge"}, [(2, 2)]),
    (_ROOMS, {2: _NEAR}, [(2, 2)]),
    (_RESULTS, {2: _NEAR}, [(2, 2)]),
    (_CLINIC, {3: _DATE}, [(3, 3)]),
    (_SPORT, {2: _DATE}, [(2, 2)]),
    (_ROOM_CARD, {3: "boilerplate.field_run"}, [(3, 3)]),
])
def test_a_gap_inside_a_kept_block_is_taken_back(lines, removed, want):
    assert block_gaps(lines, removed) == want


_LEAD = ("Жители трёх сёл района впервые за шесть лет смогут добраться до областного центра на автобусе, "
         "сообщили в администрации.")
_PARA = ("Đoàn công tác đã làm việc với lãnh đạo tỉnh về kế hoạch phát triển du lịch trong giai đoạn tới, "
         "trong đó có nhiều dự án hạ tầng quan trọng.")


@pytest.mark.parametrize("lines, removed", [
    # a post's stamp between its title and a long lead: the lead is no short kept line
    (["Новости района", "Автобус до Лесного", "13.03.2025", _LEAD, "Рейсы начнутся в апреле."], {2: _DATE}),
    # a photo caption between two paragraphs
    ([_PARA, "Ảnh: Minh Anh", _PARA], {1: "boilerplate.credit"}),
    # a menu's run of four between kept short lines: too long a run for a gap
    (["Главная", "О школе", "Новости", "Контакты", "Документы", "Фотоальбом", "Отзывы", "Карта сайта"],
     {2: "boilerplate.menu", 3: "boilerplate.menu", 4: "boilerplate.menu", 5: "boilerplate.menu"}),
    # a menu the cleaner left two items of on each side of a gap, most of its items removed: no block the page keeps
    (["Главная", "О школе", "Новости", "Контакты", "Документы", "Фотоальбом", "Отзывы", "Карта сайта", "Вход",
      "Поиск", "Регистрация"], {0: "boilerplate.menu", 1: "boilerplate.menu", 4: "boilerplate.menu",
                                7: "boilerplate.menu", 8: "boilerplate.menu", 9: "boilerplate.menu",
                                10: "boilerplate.menu"}),
    # the block's edge: one kept short line above only, a long line over it
    ([_LEAD, "Расписание:", "13.03.2025", "– с. Верхнее", "– с. Нижнее"], {2: _DATE}),
    # an exact copy of a kept line and a template line stay removed whatever the block
    (_RESULTS, {2: _EXACT}),
    (_GUIDE, {2: _TPL}),
    # a long line (a sentence of a dozen words) is no cell of the block
    (["1500", "1200", "Стоимость приёма указана без учёта анализов и дополнительных исследований в клинике", "2500",
      "3000"], {2: "boilerplate.site_notice"}),
    # a site's letterhead: its own contact fields are furniture (Convention 13 of the realpages README, conv54), a
    # run holding a contact rule's removal stays removed
    (_LETTERHEAD, {2: "boilerplate.dateline", 3: "boilerplate.contact"}),
    (_LETTERHEAD, {4: "portal.header_contact"}),
    # a rule bar without letters is not taken back
    (["Приём терапевта", "1500", "|", "Вызов на дом", "2500"], {2: "classifier.line"}),
])
def test_furniture_of_the_same_shapes_stays_removed(lines, removed):
    assert block_gaps(lines, removed) == []


@pytest.mark.parametrize("lines, line", [(_OUTAGES, "13.03.2025")])
def test_the_cleaner_keeps_the_gap_with_a_ledger_entry(lines, line):
    text = "\n".join(lines + ["", _LEAD]) + "\n"
    doc = Cleaner()(Document(doc_id="t.txt", text=text, raw_text=text))
    kept = [doc.text[a:b] for a, b in doc.meta["kept"]]
    assert any(line in k for k in kept)
    assert [e.text.strip() for e in doc.ledger if e.rule == RULE and e.action == "kept"] == [line]


def test_the_cleaner_leaves_a_letterheads_contact_fields_removed():
    text = "\n".join(_LETTERHEAD + ["", _LEAD]) + "\n"
    doc = Cleaner()(Document(doc_id="t.txt", text=text, raw_text=text))
    removed = {e.text.strip() for e in doc.ledger if e.action == "removed"}
    assert "E-mail: info@lesnaya-crb.ru" in removed
    assert not [e for e in doc.ledger if e.rule == RULE and e.action == "kept"]
