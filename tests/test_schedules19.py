"""Lead, nineteenth session: a schedule printed one cell a line is the article's text (``mtpipe.clean.schedules``,
``mtpipe.clean.body_dates.date_series``).

held32 (blind, measured, then read) lost 44 of its 50 content lines on three such pages: a power company's outages
by district, day ("26.08.2024" …) and village, a council's week of engagements ("Thứ hai" / "21/5" …), a
kindergarten's week of menus ("THỨ 2" … "THỨ 7" over the dishes).  The day cells went as stamps
(``boilerplate.date_line``, ``signoff.date``); guarding those handed the cells to ``classifier.line``,
``boilerplate.menu`` and ``boilerplate.between_removed``, the rows repeated from day to day to ``dedupe.exact``.  Bare
days running forward (three at least) mark the block; its shape rules' removals are taken back with a ``kept`` entry.
Negatives of the same shape: a list of other stories dated newest first, a lone stamp, two days only, a share bar
after the schedule.  The pages are written for these tests (no line is a benchmark page's)."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.body_dates import _day_key, date_series
from mtpipe.clean.schedules import schedule_blocks
from mtpipe.document import Document

POLICIES = ("balanced", "weighed")


def _clean(text: str, policy: str) -> Document:
    return Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(text, doc_id="site/a.txt", path="site/a.txt"))


def _removed(doc: Document) -> dict[str, str]:
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


_WATER = ["Водоканал предупреждает об отключении холодной воды на следующей неделе.",
          "Отключения пройдут в таких районах:",
          "Северный район:",
          "03.03.2025",
          "– ул. Садовая (09:00 – 15:00)",
          "– пер. Речной (09:00 – 15:00)",
          "04.03.2025",
          "– ул. Садовая (09:00 – 15:00)",
          "05.03.2025",
          "– ул. Лесная (10:00 – 16:00)",
          "– ул. Садовая (09:00 – 15:00)",
          "Южный район:",
          "03.03.2025",
          "– ул. Полевая (08:00 – 12:00)",
          "06.03.2025",
          "– ул. Полевая (08:00 – 12:00)",
          "Приносим извинения за временные неудобства и просим заранее запастись водой."]

_MEALS = ["THỰC ĐƠN TUẦN 3 CỦA TRƯỜNG MẦM NON HOA SEN",
          "Nhà trường thông báo thực đơn của các cháu trong tuần như sau.",
          "BỮA",
          "THỨ 2", "THỨ 3", "THỨ 4", "THỨ 5", "THỨ 6",
          "BỮA SÁNG",
          "Cháo thịt bằm", "Bún mọc", "Cháo thịt bằm", "Phở bò", "Bánh canh cá",
          "BỮA TRƯA",
          "Cơm trắng", "Canh bí đỏ", "Cơm trắng", "Thịt kho trứng", "Canh chua cá",
          "Phụ huynh có ý kiến xin liên hệ với giáo viên chủ nhiệm của lớp để nhà trường điều chỉnh kịp thời."]


@pytest.mark.parametrize("policy", POLICIES)
def test_a_schedule_by_day_keeps_its_days_and_rows(policy):
    doc = _clean("\n".join(_WATER), policy)
    removed = _removed(doc)
    assert not any(k in removed for k in ("03.03.2025", "04.03.2025", "05.03.2025", "06.03.2025",
                                         "– ул. Садовая (09:00 – 15:00)", "– ул. Полевая (08:00 – 12:00)"))
    kept = [e for e in doc.ledger if e.rule == "guard.schedule"]
    assert kept and all(e.action == "kept" and "would remove it" in e.note for e in kept)


@pytest.mark.parametrize("policy", POLICIES)
def test_a_week_of_menus_keeps_its_weekdays_and_dishes(policy):
    removed = _removed(_clean("\n".join(_MEALS), policy))
    assert not any(k in removed for k in ("THỨ 2", "THỨ 4", "THỨ 6", "Cơm trắng", "Cháo thịt bằm", "BỮA TRƯA"))


def test_days_running_forward_are_a_series():
    lines = ["Lịch làm việc", "Thứ hai", "12/3", "Họp giao ban", "Thứ ba", "13/3", "Tiếp dân", "Thứ tư", "14/3"]
    assert all(date_series(lines, i) for i, s in enumerate(lines) if _day_key(s))
    assert _day_key("Chủ nhật") == ("w", 6) and _day_key("THỨ 7") == ("w", 5) and _day_key("пятница") == ("w", 4)
    assert _day_key("31.02") is None and _day_key("Họp giao ban") is None


@pytest.mark.parametrize("lines", [
    ["Tin khác", "Giá lúa tăng mạnh", "19/07", "Khánh thành cầu mới", "18/07", "Mưa lớn ở miền núi", "16/07"],
    ["Ngày đăng: 05.05.2024", "05.05.2024", "Текст новости."],
    ["Thứ hai", "Họp", "Thứ ba", "Tiếp dân"],
    ["10.05.2024", "Новость", "01.06.2024", "Новость", "02.08.2024"],
])
def test_newest_first_a_lone_stamp_two_days_or_far_dates_are_no_series(lines):
    assert not any(date_series(lines, i) for i in range(len(lines)))
    assert schedule_blocks(lines, {}) == []


def test_the_block_stops_at_furniture_after_the_schedule():
    lines = ["Lịch trực:", "Thứ hai", "Tổ 1", "Thứ ba", "Tổ 2", "Thứ tư", "Tổ 3", "Chia sẻ", "Facebook"]
    blocks = schedule_blocks(lines, {7: "chrome.share", 8: "chrome.share"})
    assert blocks == [(0, 6, 3)]


@pytest.mark.parametrize("policy", POLICIES)
def test_a_dated_list_of_other_stories_still_goes(policy):
    page = ["Ủy ban nhân dân xã tổ chức hội nghị tổng kết công tác năm và triển khai nhiệm vụ năm mới cho các thôn.",
            "Hội nghị đã biểu dương nhiều tập thể và cá nhân có thành tích xuất sắc trong phong trào thi đua.",
            "Tin cùng chuyên mục",
            "Xã tổ chức ra quân làm đường giao thông nông thôn", "15/01/2025",
            "Trao quà Tết cho các hộ nghèo trên địa bàn", "12/01/2025",
            "Tập huấn kỹ thuật trồng lúa cho nông dân", "08/01/2025"]
    removed = _removed(_clean("\n".join(page), policy))
    assert {"15/01/2025", "12/01/2025", "08/01/2025"} <= set(removed)
