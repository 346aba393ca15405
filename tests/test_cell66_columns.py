"""cell66: short lines whose shapes repeat column by column are a table's cells (:mod:`mtpipe.clean.cell_columns`).

Positives are real forms: a library's holiday calendar (held36's ``h36vi14``, the removals of held36's start code)
and a bus timetable (held38's ``h38ru10``, held38's start code), both dev now; a hospital's price list printed one cell
a line (bvtb.org.vn, "BẢNG GIÁ DỊCH VỤ KHÁM CHỮA BỆNH") and a town's festival plan with its places, dates and hours
(novorossportal.ru, "План мероприятий … масленицы"), both found with the search tool.  Negatives share the periodic
shape: a menu with its counts, a comment list's stamps, a news list dated under each story (``h16ru01``), numbered
sections over their paragraphs (``t28vi09``), a calendar widget's date strip (``h38ru14``), a pager, a copy.
"""

from __future__ import annotations

import pytest

from mtpipe.clean.cell_columns import RULE, column_runs, release_columns, shape, vouched_cells
from mtpipe.clean.lines import line_spans
from mtpipe.clean.marks import Marks
from mtpipe.document import Document

D, S, R, B, C, M = ("boilerplate.date_line", "boilerplate.short_run", "boilerplate.region", "boilerplate.byline",
                    "classifier.line", "boilerplate.menu")


@pytest.mark.parametrize("line, kind", [
    ("Thứ Hai, ngày 17 tháng 1 năm 2022", "D"),
    ("Ngày lễ Tổng thống", "L"),
    ("06:40, 16:40", "T"),
    ("08:15, 11:15, в субботу,15:00, в воскресенье в", "T"),
    ("№ 291 «Саратов (Стадион «Волга») - Сбродовка»", "M"),
    ("50,000", "D"),  # a bare amount reads as a counter line
    ("Помывка в бане N 5", "M"),
    ("Lưu ý: Thư viện đóng cửa lúc 6 giờ tối vào thứ Sáu, ngày 31 tháng 12 năm 2021.", "S"),
    ("Концертно-театрализованная программа «Тещины блины»", "L"),
])
def test_shape(line, kind):
    assert shape(line) == kind


CALENDAR = [  # h36vi14 (held36), removals of held36's start code
    ("Thông báo nghỉ lễ", None),
    ("Trừ khi có lưu ý nào khác, tất cả các thư viện và cơ quan hành chính sẽ nghỉ lễ vào những ngày sau:", None),
    ("2022", D), ("Tết Dương lịch", S), ("Thứ Bảy, ngày 1 tháng 1 năm 2022", D),
    ("Lưu ý: Thư viện đóng cửa lúc 6 giờ tối vào thứ Sáu, ngày 31 tháng 12 năm 2021.", None),
    ("Ngày lễ Martin Luther King Jr.", None), ("Thứ Hai, ngày 17 tháng 1 năm 2022", D),
    ("Ngày lễ Tổng thống", S), ("Thứ Hai, ngày 21 tháng 2 năm 2022", D),
    ("Ngày lễ Chiến sĩ trận vong", None), ("Thứ Hai, ngày 30 tháng 5 năm 2022", D),
    ("Ngày Juneteenth", B), ("Chủ nhật, ngày 19 tháng 6, 2022", D),
    ("Lưu ý: Văn phòng hành chính đóng cửa thứ Hai, ngày 20 tháng 6 năm 2022.", None),
    ("Ngày lễ Độc lập", None), ("Thứ Hai, ngày 4 tháng 7 năm 2022", None),
    ("Ngày lễ Lao động", None), ("Thứ Hai, ngày 5 tháng 9 năm 2022", "dedupe.near"),
    ("Lễ Tạ ơn", None), ("Thứ Năm, ngày 24 tháng 11 năm 2022", None),
    ("Lưu ý: Thư viện đóng cửa lúc 6 giờ tối thứ Tư, ngày 23 tháng 11 năm 2022.", None),
    ("Lễ Đêm Giáng sinh", None), ("Thứ Bảy, ngày 24 tháng 12 năm 2022", None),
    ("Lưu ý: Văn phòng hành chính đóng cửa thứ Sáu, ngày 23 tháng 12 năm 2022.", "dedupe.near"),
    ("Lễ Giáng sinh", None), ("Chủ nhật, ngày 25 tháng 12 năm 2022", None),
]
TIMETABLE = [  # h38ru10 (held38), removals of held38's start code
    ("Опубликовано расписание автобусов:", None),
    ("№ 253 «Саратов (вокзал) – развилка на Маркс»", None),
    ("08:15, 11:15, в субботу,15:00, в воскресенье в", D), ("19:00", D),
    ("№ 291 «Саратов (Стадион «Волга») - Сбродовка»", None), ("06:40, 16:40", D), ("08:00, 17:50", D),
    ("№ 299 «Саратов (Стадион «Волга») – Широкий Буерак»", None), ("07:40, 17:30", D), ("09:00, 19:00", D),
    ("№ 389 «Саратов (Стадион «Волга») – Константиновка»", None), ("06:55, 16:55", D), ("08:10, 18:10", D),
]
PRICES = [  # bvtb.org.vn: a price list one cell a line, the amounts and row numbers taken as counters
    ("BẢNG GIÁ DỊCH VỤ KHÁM CHỮA BỆNH – Áp dụng đối với khám chữa bệnh theo yêu cầu và ngoài giờ", None),
    ("1", D), ("Khám sức khỏe nhi", None), ("Lần", None), ("50,000", D),
    ("2", D), ("Khám phụ khoa", None), ("Lần", None), ("15,000", D),
    ("3", D), ("Khám tổng quát", None), ("Lần", C), ("90,000", D),
    ("4", D), ("Phí làm thẻ", None), ("Lần", None), ("10,000", D),
    ("Giá trên đã bao gồm thuế giá trị gia tăng và được áp dụng kể từ ngày ký quyết định.", None),
]
PLAN = [  # novorossportal.ru: a festival plan, program / place / date / hours, one cell a line
    ("План мероприятий, посвященных празднованию Широкой масленицы, утвержден администрацией города.", None),
    ("Концертно-театрализованная программа «Тещины блины»", None), ("Парк им. Ленинского Комсомола", None),
    ("12.03.2016", D), ("14.00-16.00", D),
    ("Концертно-театрализованная программа «Масленичная суббота»", None), ("Парк им. Ленина", R),
    ("12.03.2016г.", D), ("14.00-16.00", D),
    ("Концертно-театрализованная программа «Блинная пятница»", None), ("Лесопарк «Пионерская Роща»", None),
    ("12.03.2016г", D), ("11.30-13.00", D),
    ("Концертно-театрализованная программа «Прощай Масленица»", None), ("Парк им. Фрунзе", None),
    ("13.03.2016г.", D), ("12.00-14.00", D),
    ("Вход на все мероприятия свободный, приглашаются жители и гости города.", None),
]


def _run(page):
    lines = [s for s, _ in page]
    return lines, vouched_cells(lines, {i: r for i, (_, r) in enumerate(page) if r is not None})


@pytest.mark.parametrize("page, back", [
    (CALENDAR, {"Thứ Hai, ngày 17 tháng 1 năm 2022", "Ngày lễ Tổng thống", "Thứ Hai, ngày 21 tháng 2 năm 2022",
                "Thứ Hai, ngày 30 tháng 5 năm 2022", "Ngày Juneteenth", "Chủ nhật, ngày 19 tháng 6, 2022",
                "Thứ Hai, ngày 5 tháng 9 năm 2022"}),  # a near copy of "… ngày 4 tháng 7 …": its own date
    (TIMETABLE, {s for s, r in TIMETABLE if r}),
    (PRICES, {s for s, r in PRICES if r == D}),
    (PLAN, {s for s, r in PLAN if r == D}),
], ids=["calendar", "timetable", "prices", "plan"])
def test_a_tables_cells_are_taken_back(page, back):
    lines, got = _run(page)
    assert {lines[i] for i in got} >= back
    assert all(page[i][1] is not None for i in got)
    assert not any(lines[i].startswith("Lưu ý") for i in got)  # a note's near copy is no cell of the table


def test_a_label_cell_without_digits_needs_half_the_table_kept():
    lines, got = _run(PRICES)
    assert "Lần" not in {lines[i] for i in got}  # its column kept, but 7 cells of 16 kept: no twin evidence


NEGATIVES = {
    "menu with counts, removed whole": [
        ("Почему в городе снова отключили горячую воду, объяснили в администрации района.", None),
        ("Новости", M), ("12", M), ("Статьи", M), ("7", M), ("Фото", M), ("3", M), ("Видео", M), ("5", M),
        ("Жители трёх домов остались без горячей воды на неделю, сообщили в управляющей компании.", None)],
    "comment stamps": [
        ("Great analysis of the gas talks, thanks for the piece.", None),
        ("Jan Peeters", None), ("9:48 am August 5, 2011", D), ("Agreed", None),
        ("Marc Dubois", None), ("4:18 pm August 19, 2011", D), ("Not so sure", None),
        ("Anna Novak", None), ("7:04 pm August 17, 2011", D), ("Thanks", None),
        ("Leave a comment below and tell us what you think about the negotiations.", None)],
    "news list dated under each story (h16ru01)": [
        ("Павел Куликов: «На выборах никаких критических нарушений не было»", None),
        ("Своих наблюдателей на избирательные участки назначали и политические партии. Их было много.", None),
        ("12.09.2022", D),
        ("В микрорайоне Ахуны на улице Мичурина активисты убрали мусорную свалку", None),
        ("Привести придорожную территорию в порядок вызвались местные жители при поддержке администрации.", None),
        ("12.09.2022", D),
        ("Дно Арбековского пруда очищают от ила", None),
        ("В акватории Арбековского пруда, расположенного рядом с больницей, работает техника подрядчика.", None),
        ("12.09.2022", D)],
    "numbered sections over their paragraphs (t28vi09)": [
        ("CHÍNH SÁCH ĐỔI/TRẢ HÀNG VÀ HOÀN TIỀN", None), ("01", D), ("Điều Kiện Đổi/Trả Hàng:", None),
        ("• Chúng tôi chấp nhận đổi/trả hàng trong vòng 7 ngày kể từ ngày mua hàng.", None), ("02", D),
        ("Quy Trình Đổi/Trả Hàng:", None),
        ("• Để yêu cầu đổi/trả hàng, vui lòng liên hệ với bộ phận chăm sóc khách hàng của chúng tôi.", None),
        ("03", D), ("Chi Phí Đổi/Trả Hàng:", None),
        ("• Trong trường hợp sản phẩm bị hỏng, chúng tôi sẽ chịu toàn bộ chi phí vận chuyển.", None), ("04", D),
        ("Hoàn Tiền:", None)],
    "a calendar widget's date strip (h38ru14)": [
        ("Дата образования пожарно-спасательной части № 2 МЧС России по охране железной дороги", None)]
        + [x for d in range(18, 26)
           for x in ((str(d), "boilerplate.date_strip"), ("мая", None if d % 3 else "boilerplate.date_strip"))],
    "a table printed twice: near copies repeat the numbers": [
        ("Lịch tiếp công dân của lãnh đạo huyện trong tháng được niêm yết tại trụ sở như sau.", None),
        ("Chủ tịch UBND huyện", None), ("Thứ Hai, ngày 4 tháng 7 năm 2022", None),
        ("Phó Chủ tịch UBND huyện", None), ("Thứ Hai, ngày 11 tháng 7 năm 2022", None),
        ("Chánh Văn phòng", None), ("Thứ Hai, ngày 18 tháng 7 năm 2022", None),
        ("Chủ tịch UBND", "dedupe.near"), ("Thứ hai, ngày 4 tháng 7 năm 2022", "dedupe.near"),
        ("Phó Chủ tịch UBND", "dedupe.near"), ("Thứ hai, ngày 11 tháng 7 năm 2022", "dedupe.near"),
        ("Chánh Văn phòng", "dedupe.exact"), ("Thứ hai, ngày 18 tháng 7 năm 2022", "dedupe.near")],
    "pager": [("Trang", M), ("1", M), ("Trang", M), ("2", M), ("Trang", M), ("3", M), ("Trang sau", M)],
    "copies in a table": [
        ("Lịch thi học kỳ được nhà trường công bố như sau, học sinh lưu ý giờ có mặt.", None),
        ("Ngữ văn", None), ("06.6.2023", "dedupe.exact"), ("Toán", None), ("06.6.2023", "dedupe.exact"),
        ("Tiếng Anh", None), ("07.6.2023", "dedupe.exact"), ("Vật lý", None), ("07.6.2023", "dedupe.exact")],
}


@pytest.mark.parametrize("name", sorted(NEGATIVES))
def test_furniture_of_the_same_shape_stays_removed(name):
    assert _run(NEGATIVES[name])[1] == {}


def test_column_runs_need_two_kinds_and_three_rows():
    assert column_runs(list("LDLDLD")) == [(0, 6, 2)]
    assert column_runs(list("LDLD")) == []  # two rows
    assert column_runs(list("LLLLLL")) == []  # one kind: a list, no columns
    assert column_runs(list("LSLSLS")) == []  # a sentence in every row: text, no table


def test_release_writes_one_kept_entry_per_table():
    lines = [s for s, _ in TIMETABLE]
    doc = Document.from_text("\n".join(lines) + "\n", doc_id="t.txt")
    marks = Marks(doc, "ru", line_spans(doc.text))
    for i, (_, r) in enumerate(TIMETABLE):
        if r:
            marks.removed[i] = (r, "a date, time or counter line")
    release_columns(marks)
    assert marks.removed == {}
    entries = [e for e in doc.ledger if e.rule == RULE]
    assert len(entries) == 1 and entries[0].action == "kept" and "boilerplate.date_line" in entries[0].note


def test_the_cleaner_keeps_a_festival_plans_last_row():
    """End to end: the plan's dates and hours go to ``boilerplate.date_line``; ``guard.kept_block`` takes back the
    rows between kept cells but not the last row ("13.03.2016г." / "12.00-14.00"), which the columns vouch for."""
    from mtpipe.clean import Cleaner

    text = "\n".join(["Праздник в городе", *[s for s, _ in PLAN]]) + "\n"
    doc = Cleaner()(Document(doc_id="t.txt", text=text, raw_text=text))
    assert [e.text for e in doc.ledger if e.action == "removed"] == []
    assert any(e.rule == RULE and e.action == "kept" for e in doc.ledger)
