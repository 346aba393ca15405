"""cp60, twenty-eighth session: a numbered day heading of a diary or an itinerary ("Ngày 1", "День 2", "Day 1") over
its day's paragraph is no date line and no alt text of the title (``mtpipe.clean.day_headings``).

Seen on held40 (a travel diary whose "Ngày 1" and "Ngày 2" went as ``boilerplate.date_line``, "a date, time or counter
line") and on real tour pages (itineraries heading each day with "Ngày N" / "День N" / "N день" / "Day N").  Negatives
of the same words: a date with its month or year ("Ngày 12 tháng 3", "Ngày 1/5"), a relative time ("1 день назад"), a
day number over no paragraph (a calendar's or a widget's cell), a lone "Ngày 3" with no other day around it, a number
first with no next or previous day ("1 день": maybe a post's age).  The pages are written for these tests (no line
is a benchmark page's)."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.day_headings import numbered_day
from mtpipe.document import Document

POLICIES = ("balanced", "weighed")

_VI1 = ("Buổi sáng đầu tiên chúng tôi rời Hà Nội từ rất sớm, đi xe khách lên Sa Pa và tới nơi vào khoảng giữa trưa "
        "khi trời vẫn còn sương.")
_VI2 = ("Sang ngày hôm sau cả nhóm đi bộ xuống bản Cát Cát, ăn trưa ở một quán nhỏ ven suối rồi leo dốc quay về thị "
        "trấn trước khi trời tối.")
_VI3 = ("Ngày cuối cùng mình dậy sớm ngắm bình minh trên đỉnh núi, mua ít đặc sản làm quà rồi lên xe trở về Hà Nội "
        "vào buổi chiều.")
_RU1 = ("Утром группа прилетает в Казань, после размещения в гостинице начинается обзорная экскурсия по городу с "
        "посещением Кремля и набережной.")
_RU2 = ("После завтрака туристы отправляются на остров-град Свияжск, где осматривают монастыри и обедают в трапезной "
        "у старой пристани.")
_EN1 = ("Arrive in Hanoi in the morning, check in at the hotel and spend the afternoon walking around the lake and the "
        "old quarter with our guide.")
_EN2 = ("Drive to Ha Long Bay, board the boat for lunch and cruise among the limestone islands before a quiet dinner "
        "on the deck tonight.")

# (lines, index of the day heading): each heads its day's paragraph in a page that numbers its days in turn
_KEPT = [
    (["Ba ngày ở Sa Pa", "Ngày 1", _VI1, "Ngày 2", _VI2, "Ngày 3", _VI3], 1),
    (["Ba ngày ở Sa Pa", "Ngày 1", _VI1, "Ngày 2", _VI2, "Ngày 3", _VI3], 3),
    (["Ba ngày ở Sa Pa", "Ngày 1", _VI1, "Ngày 2", _VI2, "Ngày 3", _VI3], 5),
    (["Lịch trình", "NGÀY 1:", "", _VI1, "", "NGÀY 2:", "", _VI2], 5),
    (["Lịch trình", "Ngày thứ 1", _VI1, "Ngày thứ 2", _VI2], 3),
    (["Программа тура", "День 1", _RU1, "День 2", _RU2], 1),
    (["Программа тура", "День 1", _RU1, "День 2", _RU2], 3),
    (["Программа тура", "1 день", _RU1, "2 день", _RU2], 1),
    (["Программа тура", "1-й день", _RU1, "2-й день", _RU2], 3),
    (["Itinerary", "Day 1", _EN1, "Day 2", _EN2], 3),
    (["Chuyến đi của mình", "Ngày 1", _VI1], 1),  # day one, the page cut after it
]

# (lines, index): the same words that are a date, a relative time, a cell, or a day with no day around it
_TAKEN = [
    (["Tin tức", "Ngày 12 tháng 3", _VI1], 1),  # a date: its month
    (["Tin tức", "Ngày 1/5", _VI1], 1),
    (["Новости", "1 день назад", _RU1], 1),  # a relative time
    (["Lịch", "Ngày 5", "Tháng 3", "Ngày 6", "Tháng 3"], 1),  # a calendar's cells: no paragraph under them
    (["Bài viết", "Ngày 3", _VI1], 1),  # a lone day three: no day around it
    (["Ba ngày", "Ngày 1", _VI1, "Ngày 3", _VI3], 3),  # day three after day one: not the next day
    (["Форум", "1 день", _RU1], 1),  # a number first with no other day: maybe a post's age
    (["Ngày 2", "Ngày 1", _VI1], 0),  # day two heads no paragraph
]


@pytest.mark.parametrize("lines,i", _KEPT)
def test_numbered_day_headings(lines, i):
    assert numbered_day(lines, i)


@pytest.mark.parametrize("lines,i", _TAKEN)
def test_dates_cells_and_lone_days_are_no_day_headings(lines, i):
    assert not numbered_day(lines, i)


def _removed(lines: list[str], policy: str) -> dict[str, str]:
    doc = Cleaner(CleanOptions(removal_policy=policy))(
        Document.from_text("\n".join(lines), doc_id="site/a.txt", path="site/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


@pytest.mark.parametrize("policy", POLICIES)
def test_a_diarys_day_headings_stay(policy):
    # day one right under a title holding the word "ngày": no alt text of the title (captions.alt_of_heading)
    diary = ["Ba ngày ở Sa Pa cùng nhóm bạn thân", "", "Ngày 1", "", _VI1, "", "Ngày 2", "", _VI2, "", "Ngày 3", "", _VI3]
    assert not {"Ngày 1", "Ngày 2", "Ngày 3"} & set(_removed(diary, policy))
    itinerary = ["Lịch trình Sa Pa 3 ngày 2 đêm", "Ngày 1", _VI1, "Ngày 2", _VI2]
    assert not {"Ngày 1", "Ngày 2"} & set(_removed(itinerary, policy))
    tour = ["Программа тура по Казани", "", "День 1", "", _RU1, "", "День 2", "", _RU2]
    assert not {"День 1", "День 2"} & set(_removed(tour, policy))


@pytest.mark.parametrize("policy", POLICIES)
def test_a_stamp_over_the_text_still_goes(policy):
    removed = _removed(["Khai mạc lễ hội hoa ở thành phố", "", "Ngày 12 tháng 3", "", _VI1, "", _VI2], policy)
    assert removed.get("Ngày 12 tháng 3") == "boilerplate.date_line"
