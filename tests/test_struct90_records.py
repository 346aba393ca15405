"""Rows of results lists, price lists and weekly schedules (issue 12, struct90; :mod:`mtpipe.clean.record_values`,
:mod:`mtpipe.clean.programme_days`).

A results list's row with its rank, a name, a bracket and a time beside the next rank is no stamp
(:func:`~.record_values.rank_row`); a stamp, a lone row and rows whose ranks do not follow are.  Two price rows that
differ only in their amounts are two rows (:func:`~.record_values.other_amounts`); a counter printed twice with
other counts, and lines of other words, are not.  A numbered item's mark alone over its text, beside an item that
prints its mark and text on one line, is the item's (:func:`~.record_values.item_mark`); a pager's numbers are not.
The rest of a results row cut at a link closes the bracket the line above opened: no sign-off
(:func:`~.record_values.bracket_tail`).  A weekly schedule's day headings wrapped over two lines, with rows whose
times close with a colon or a bracket, and a day without times among days that run forward, are the schedule's
(:func:`~.programme_days.programme_days`); a feed's stamps running newest first are not.  A cell closed by a comma
recurring in a schedule is no widget's label; a short caption ending with ":" over a table of ``|`` rows is the
table's.  Made-up examples.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.layout import repeated_labels
from mtpipe.clean.programme_days import day_headings, programme_days
from mtpipe.clean.record_values import bracket_tail, item_mark, other_amounts, rank_row
from mtpipe.clean.signoff import judge
from mtpipe.clean.tables_labels import head_above
from mtpipe.document import Document
from mtpipe.segment import Segmenter


def _kept(lines: list[str]) -> str:
    doc = Document.from_text("\n".join(lines) + "\n", doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy="weighed"))(doc))
    assert unaccounted(doc) is None
    return "\n".join(s.source for s in doc.segments)


# -- a results list's rows (rank_row) --
RESULTS = [
    "Чемпионат области по лыжным гонкам завершился в субботу на трассе у посёлка Луговой.",
    "Лучшее время показал спортсмен из Заречного, опередивший соперников почти на минуту.",
    "",
    "Мужчины. 10 км.",
    "",
    "1. Павел Сидоров (Заречный) - 0:31.42",
    "2. Олег Миронов (Луговой) - 0:32.37",
    "3. Ильдар Хасанов (Озёрск) - 0:32.55.",
    "",
    "Следующий этап пройдёт в феврале на той же трассе.",
]


def test_rank_rows_found():
    assert [i for i in range(len(RESULTS)) if rank_row(RESULTS, i)] == [5, 6, 7]


@pytest.mark.parametrize("lines", [
    ["Новости спорта", "1. Павел Сидоров (Заречный) - 0:31.42", "Подписывайтесь на наш канал"],  # a row alone
    ["1. Павел Сидоров (Заречный) - 0:31.42", "5. Олег Миронов (Луговой) - 0:32.37"],  # the ranks do not follow
    ["Иван Петров (ТАСС) - 12:30", "Мария Котова (РИА) - 13:05"],  # stamps: no rank
])
def test_no_rank_rows(lines):
    assert not any(rank_row(lines, i) for i in range(len(lines)))


def test_rank_rows_kept():
    kept = _kept(RESULTS)
    for row in RESULTS[5:8]:
        assert row.rstrip(".") in kept


# -- two rows of a price list (other_amounts) --
@pytest.mark.parametrize("first,later", [
    ("за каждого последующего гостя 1500 р/час", "за каждого последующего гостя 1800 р/час"),
    ("Аренда зала на вечер 12 000 рублей", "Аренда зала на вечер 15 000 рублей"),
    ("Phí gửi xe qua đêm 20.000 đồng", "Phí gửi xe qua đêm 30.000 đồng"),
])
def test_other_amounts(first, later):
    assert other_amounts(first, later)


@pytest.mark.parametrize("first,later", [
    ("Просмотров 120", "Просмотров 134"),  # a counter: no amount's unit
    ("Аренда зала 12 000 рублей", "Аренда беседки 12 000 рублей"),  # other words
    ("Аренда зала 12 000 рублей", "Аренда зала 12 000 рублей"),  # one line printed twice
    ("Выпуск 12 от 5 марта, 300 рублей", "Выпуск 14 от 5 марта, 300 рублей"),  # the number that differs is no amount
])
def test_not_other_amounts(first, later):
    assert not other_amounts(first, later)


PRICES = [
    "ПРАЙС - ЛИСТ",
    "- понедельник-четверг (8 гостей) - 3 часа",
    "за каждый следующий час 3000 рублей",
    "- для групп больше 10 гостей доплата",
    "за каждого дополнительного посетителя 2000 р/час",
    "- пятница-воскресенье, праздничные дни",
    "(8 гостей) суммарно за 3 часа",
    "за каждый следующий час 4000 рублей",
    "- для групп больше 10 гостей доплата",
    "за каждого дополнительного посетителя 2500 р/час",
    "- 50% стоимости оплачивается при бронировании*",
    "- 50% стоимости оплачивается при заезде",
]


def test_price_rows_kept():
    kept = _kept(PRICES)
    assert "посетителя 2000 р/час" in kept and "посетителя 2500 р/час" in kept


# -- a numbered item's mark alone (item_mark) --
SCHEDULE = [
    "Thứ Hai: 12/5",
    "1-",
    "08h00: Giám đốc dự họp giao ban tại Hội trường A",
    "2- 14h00: Phó Giám đốc làm việc với đoàn kiểm tra của tỉnh",
]


def test_item_mark():
    assert item_mark(SCHEDULE, 1)
    assert "1-" in _kept(SCHEDULE).split("\n")


@pytest.mark.parametrize("lines,i", [
    (["Trang", "1-", "2-", "3-"], 1),  # a pager's marks one after another
    (["Thứ Hai: 12/5", "1-", "08h00: Giám đốc dự họp giao ban"], 1),  # no sibling item prints its mark and text
    (["Thứ Hai: 12/5", "1", "08h00: Giám đốc dự họp giao ban", "2 14h00: làm việc"], 1),  # a bare number, no mark
])
def test_not_item_mark(lines, i):
    assert not item_mark(lines, i)


# -- the rest of a results row cut at a link (bracket_tail) --
SCORES = [
    "В другом матче группы хозяева уверенно обыграли гостей и поднялись на второе место в таблице.",
    "Северия — Южания — 3:1",
    "(Петренко, 12; Носков, 40 —",
    "Гавриш, 77)",
]


def test_bracket_tail():
    assert bracket_tail(SCORES[2], SCORES[3])
    assert not bracket_tail("В другом матче группы хозяева победили.", "Гавриш, 77)")
    assert not bracket_tail(SCORES[2], "Анна Гаврилова, 12 марта 2024")


def test_bracket_tail_no_signoff():
    assert 3 not in judge(SCORES, "ru", set())
    assert 1 in judge(["В другом матче группы хозяева уверенно обыграли гостей.", "Анна Гаврилова, 12 марта 2024"],
                      "ru", set())


# -- a weekly schedule's day headings (programme_days) --
WEEK = [
    "Lịch công tác của lãnh đạo Sở",
    "Thứ 2",
    "12/5",
    "Sáng",
    "(8h30) Họp giao ban lãnh đạo Sở",
    "Phòng họp số 1",
    "* Thứ",
    "Ba: 13/5",
    "08h00: Giám đốc làm việc với Ban Quản lý dự án",
    "Thứ 4",
    "14/5",
    "Giám đốc tiếp công dân định kỳ",
]


def test_day_headings_wrapped():
    assert day_headings(WEEK) == [[1, 2], [6, 7], [9, 10]]


def test_week_days_found():
    assert programme_days(WEEK) == [1, 2, 6, 7, 9, 10]
    kept = _kept(WEEK).split("\n")
    assert all(s in kept for s in ("Thứ 2", "12/5", "Thứ 4", "14/5"))


@pytest.mark.parametrize("lines", [
    # a feed's stamps newest first, one of them over a time: the dates run back
    ["Thứ 4", "14/5", "Tin mới: giá xăng giảm mạnh", "Thứ 3", "13/5", "08h00: Khai mạc hội chợ thương mại tỉnh",
     "Thứ 2", "12/5", "Bão số 2 đổ bộ vào đất liền"],
    # days in order but no row of times under any of them
    ["Thứ 2", "12/5", "Giám đốc tiếp công dân", "Thứ 3", "13/5", "Giám đốc đi công tác"],
])
def test_no_week_days(lines):
    assert programme_days(lines) == []


# -- a schedule's cell closed by a comma is no widget's label; a widget's label still is --
def test_comma_cell_no_repeated_label():
    lines = ["Lịch công tác", "Chủ tịch,", "Các Phó Chủ tịch", "Chủ tịch,", "Các Phó Chủ tịch liên quan",
             "Chủ tịch,", "Phó Chủ tịch Thường trực"]
    assert not repeated_labels(lines, set())
    widget = ["Tin tức", "Xem thêm", "Bài một", "Xem thêm", "Bài hai", "Xem thêm"]
    assert set(repeated_labels(widget, set())) == {1, 3, 5}


# -- a short caption over a table of "|" rows --
def test_caption_over_pipe_table():
    lines = ["Lịch tiếp công dân năm nay như sau.", "Cụ thể:", "Tháng | Người tiếp | Ngày |",
             "Tháng 7 | Nguyễn Văn A | Ngày 3; 10 |", "Tháng 8 | Nguyễn Văn A | Ngày 7; 14 |"]
    assert head_above(lines, 2) == 1
    assert head_above(["Lịch tiếp công dân năm nay được niêm yết tại trụ sở như sau:", *lines[2:]], 1) == 1


# -- a row of clock times whose note closes with an abbreviation's stop is a cell, no sentence (held s08) --
def test_clock_row_is_a_cell():
    from mtpipe.clean.tables_labels import block_line

    assert block_line("09:10 – 09:55 (перемена 15 мин.) 10:10 – 10:55 (перемена 15 мин.)") != ""
    assert block_line("Ярмарка откроется в субботу в 7:00 и продлится до позднего вечера.") == ""
