"""cp49: a schedule's date cells are the text's own (mtpipe.clean.dated_facts.schedule_dates; round 48c: the line
classifier trained without held32 scored h32ru10's "26.08.2024" cells 0.96-0.97, over the ru cut).

A date alone on its line straight over a list item ("– с. Воробьёвка (13:00 – 17:00)", "* Tân Trụ: …"), two such or
more on a page, heads a day's items; each district's list restarts its dates, so the forward-running calendar guard
misses the groups of one or two.  A post's one stamp, and dates over headlines (a list of other stories), still go.

The pages are written for these tests in the shapes seen (h32ru10, h32vi08, h30vi11; no line is a benchmark page's)."""

from __future__ import annotations

import pytest

from mtpipe.clean.classifier import judge
from mtpipe.clean.dated_facts import schedule_dates

_RU = ["Отключения коснутся следующих районов области:", "р. Каменский:", "12.03.2025",
       "– с. Верхнее (09:00 – 16:00)", "р. Лесной:", "12.03.2025", "– х. Осиновка (08:00 – 17:00)",
       "– п. Заречный (08:00 – 17:00)", "13.03.2025", "– с. Нижнее (10:00 – 12:00)"]
_VI = ["Lịch cắt điện tuần này như sau:", "1. Thứ hai 14/10/2024:", "* Bến Lức: ấp 3 xã Lương Hòa từ 7h đến 16h.",
       "2. Thứ ba 15/10/2024:", "* Cần Đước: một phần xã Long Hựu từ 8h đến 15h."]
_VI_AGENDA = ["Lịch công tác của Ủy ban nhân dân tỉnh", "THỨ HAI (03/02/2025):",
              "* SÁNG: Chủ tịch dự họp giao ban.", "THỨ BA (04/02/2025):", "- CHIỀU: Phó Chủ tịch làm việc với sở."]


@pytest.mark.parametrize("lines, want", [
    # h32ru10's shape: a district's dates restart, one day's cell over its villages
    (_RU, {2, 5, 8}),
    # h32vi08's shape: numbered days with their weekday, "*" items
    (_VI, {1, 3}),
    # h30vi11's shape: an agenda's weekday and date in brackets over the morning's items
    (_VI_AGENDA, {1, 3}),
    # negatives: a post's one stamp over a list item (one head: no schedule)
    (["Новости", "12.03.2025", "– В городе открылась новая школа.", "Её построили за два года."], set()),
    # dates over headlines (a list of other stories): no list item under them
    (["Другие новости", "12.03.2025", "В городе открылась новая школа", "11.03.2025", "Мост закрыли на ремонт"], set()),
    # a date inside a longer line over an item is a sentence, no cell
    (["Отключения пройдут 12.03.2025 в следующих сёлах нашего района:", "– с. Верхнее",
      "Отключения пройдут 13.03.2025 в следующих сёлах соседнего района:", "– с. Нижнее"], set()),
    # a post's stamp that is itself an item, over its byline (a list of posts, crawl8's shape)
    (["- Chi tiết", "- Được đăng ngày 14 Tháng 1 2021", "- Viết bởi Minh An.", "- Chi tiết",
      "- Được đăng ngày 12 Tháng 1 2021", "- Viết bởi Mầm."], set()),
    # a date without its year is no full date
    (["12 марта", "– с. Верхнее", "13 марта", "– с. Нижнее"], set()),
])
def test_schedule_dates(lines, want):
    assert set(schedule_dates(lines)) == want


def _spans(text: str) -> list[tuple[int, int]]:
    spans, a = [], 0
    for line in text.split("\n"):
        spans.append((a, a + len(line)))
        a += len(line) + 1
    return spans


@pytest.mark.parametrize("lines, lang", [(_RU, "ru"), (_VI, "vi"), (_VI_AGENDA, "vi")])
def test_the_classifier_spares_a_schedules_date_cells(lines, lang):
    text = "\n".join(lines)
    got = judge(text, _spans(text), lang, {}, threshold=0.0)  # every candidate above the cut
    assert not set(schedule_dates(lines)) & set(got), got


def test_the_classifier_still_takes_dates_over_headlines():
    lines = ["Другие новости", "12.03.2025", "В городе открылась новая школа", "11.03.2025", "Мост закрыли на ремонт",
             "Жители района давно ждали, когда в их посёлке откроют новую школу для детей."]
    text = "\n".join(lines)
    got = judge(text, _spans(text), "ru", {}, threshold=0.0)
    assert {1, 3} <= set(got), got
