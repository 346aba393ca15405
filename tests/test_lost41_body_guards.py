"""lost41: lines of the article's own body that a rule took as furniture (mtpipe.clean.body_guards).

* a list item whose club name is quoted whole and glued in its owner's spelling («ДиНа») is no breadcrumb of glued
  link labels (``boilerplate.glued_crumbs``; held26: a tournament's groups lost four items);
* a dated line ending with a colon ("THỨ BA (03/03/2026):" over a day's items of a week's schedule) is a heading, no
  post's stamp (``boilerplate.dateline``, ``boilerplate.masthead``; held30's one line lost);
* rows of a two-column table printed "label | value |" under a live line, the text's sentences going on below, are
  the article's table, not short lines for the line classifier (train28);
* a title whose words the lead and a caption after it hold in order is no lead running those paragraphs together
  (``dedupe.covered``; held29, crawl9): such a lead opens as one of them opens.

The pages are written for these tests in the shapes seen (no line is a benchmark page's)."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.body_guards import date_heading, label_value_rows, quoted_name, run_together
from mtpipe.clean.notices import glued_crumbs
from mtpipe.document import Document

POLICIES = ("balanced", "weighed")


def _removed(text: str, policy: str) -> dict[str, str]:
    doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(text, doc_id="site/a.txt", path="site/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


# -- a name quoted whole -------------------------------------------------------------------------------------------

_GROUPS = ["Региональный турнир по мини-футболу откроется в субботу в Твери",
           "В субботу в Твери стартует региональный турнир по мини-футболу среди любительских команд. "
           "Матчи пройдут в двух группах.",
           "Участники турнира:", "ГРУППА «А»", "«Спартак» (Кострома)", "«ДиНа» (Тверь)",
           "«Ротор» (Волгоград, Волгоградская область)", "«Луч» (Владивосток, Приморский край)",
           "Первые матчи начнутся в десять часов утра, вход на трибуны будет свободным для всех болельщиков."]


@pytest.mark.parametrize("policy", POLICIES)
def test_a_quoted_glued_name_in_a_list_stays(policy):
    removed = _removed("\n".join(_GROUPS) + "\n", policy)
    assert "«ДиНа» (Тверь)" not in removed, removed


@pytest.mark.parametrize("line, want", [
    ("«ДиНа» (Тверь)", False),  # one name quoted whole
    ("клуб “ВКонтакте” (Москва)", False),
    ("ГлавнаяНовости", True),  # labels glued: no quotes
    ("«Главная»НовостиСпорт", True),  # a quoted label, then labels glued: not one name quoted whole
    ("ГлавнаяНовостиСпорт", True),
])
def test_glued_crumbs_with_and_without_a_quoted_name(line, want):
    assert glued_crumbs(line) is want


@pytest.mark.parametrize("token, want", [("«МиГ»", True), ("“VinFast”,", True), ("«Главная»Новости", False),
                                         ("ГлавнаяНовости", False), ("«Главная", False)])
def test_quoted_name(token, want):
    assert quoted_name(token) is want


# -- a dated heading ending with a colon ---------------------------------------------------------------------------

_WEEK = ["LỊCH CÔNG TÁC CỦA LÃNH ĐẠO UBND PHƯỜNG AN BÌNH",
         "(Tuần thứ 10 từ ngày 02/03/2026 đến ngày 06/03/2026)",
         "THỨ BA (03/03/2026):",
         "* SÁNG: Chủ tịch UBND phường dự họp giao ban công tác quý I tại hội trường Ủy ban nhân dân phường.",
         "Thành phần tham dự: lãnh đạo các phòng chuyên môn, Văn phòng HĐND và UBND phường.",
         "THỨ TƯ (04/03/2026):",
         "* SÁNG: Phó Chủ tịch UBND phường kiểm tra công tác vệ sinh môi trường trên địa bàn các khu phố."]


@pytest.mark.parametrize("policy", POLICIES)
def test_a_dated_day_heading_stays(policy):
    removed = _removed("\n".join(_WEEK) + "\n", policy)
    assert "THỨ BA (03/03/2026):" not in removed and "THỨ TƯ (04/03/2026):" not in removed, removed


@pytest.mark.parametrize("policy", POLICIES)
@pytest.mark.parametrize("stamp", ["Thứ Ba, 03/03/2026 10:30 (GMT+7)", "THỨ BA, 03/03/2026 10:30"])
def test_a_post_s_date_stamp_stays_removed(policy, stamp):
    # the same date without the colon, as a post's stamp under its title: still furniture
    text = "\n".join(["Phường An Bình ra quân dọn vệ sinh môi trường", stamp,
                      "Sáng nay, hàng trăm người dân phường An Bình đã cùng nhau ra quân dọn vệ sinh các tuyến phố.",
                      "Chủ tịch UBND phường cho biết hoạt động sẽ được duy trì vào mỗi sáng chủ nhật hằng tuần."]) + "\n"
    assert stamp in _removed(text, policy)


@pytest.mark.parametrize("line, want", [("THỨ HAI (09/02/2026):", True), ("Ngày 1 (12/03):", True),
                                        ("THỨ HAI (09/02/2026)", False), ("Thứ Hai, 09/02/2026 10:30", False)])
def test_date_heading(line, want):
    assert date_heading(line) is want


# -- "label | value |" rows ----------------------------------------------------------------------------------------

_HOTEL = ["По правилам проживания", "Регистрация прибытия | 15:00 |", "Регистрация отъезда | 11:00 |", "Отмена брони |",
          "По правилам отмены |",
          "Бронирование и отмена брони проводятся на сайте. При бронировании гость получает письмо с подтверждением."]


@pytest.mark.parametrize("policy", POLICIES)
def test_label_value_rows_of_the_text_stay(policy):
    removed = _removed("\n".join(_HOTEL) + "\n", policy)
    assert "Регистрация прибытия | 15:00 |" not in removed and "Регистрация отъезда | 11:00 |" not in removed, removed


_SENTENCE = "Бронирование и отмена брони проводятся на сайте. При бронировании гость получает письмо с подтверждением."


@pytest.mark.parametrize("lines, removed, want", [
    (["По правилам проживания", "Заезд | 15:00 |", "Выезд | 11:00 |", _SENTENCE], set(), {1, 2}),
    (["По правилам проживания", "Заезд | 15:00 |", "Выезд | 11:00 |", _SENTENCE], {0}, set()),  # under furniture
    (["Заезд | 15:00 |", "Выезд | 11:00 |", _SENTENCE], set(), set()),  # the page's top: a header's rows
    (["По правилам проживания", "Заезд | 15:00 |", "Выезд | 11:00 |", "Главная"], set(), set()),  # no text below
    (["По правилам проживания", "Заезд | 15:00 |", _SENTENCE], set(), set()),  # one row
    (["Курсы валют", "Прожиточный минимум |", "на 2025 год 16 669 руб. |", _SENTENCE], set(), set()),  # no label cell
    (["Новости дня", "11.02.2026 | 20:30 |", "12.02.2026 | 09:15 |", _SENTENCE], set(), set()),  # dates: no label
    (["Новости дня", "Главная | Новости |", "Контакты | Карта |", _SENTENCE], set(), set()),  # links: no value
])
def test_label_value_rows(lines, removed, want):
    assert label_value_rows(lines, removed) == want


# -- a title the lead and a caption take up ------------------------------------------------------------------------

_TITLE = "Đoàn công tác của tỉnh Bình Định bắt đầu chuyến thăm chính thức tới tỉnh Chăm-pa-xắc, Lào"
_VISIT = [_TITLE,
          "Sáng 12/3, Đoàn đại biểu của tỉnh Bình Định do đồng chí Chủ tịch UBND tỉnh làm Trưởng đoàn bắt đầu chuyến "
          "thăm và làm việc tại tỉnh Chăm-pa-xắc, Lào. Đón đoàn tại cửa khẩu có lãnh đạo tỉnh bạn.",
          "Đồng chí Chủ tịch UBND tỉnh dẫn đầu đoàn đại biểu tỉnh Bình Định bắt đầu chuyến thăm chính thức tới tỉnh "
          "Chăm-pa-xắc, Lào.",
          "Trong khuôn khổ chuyến công tác, đoàn sẽ hội đàm với lãnh đạo tỉnh Chăm-pa-xắc và khảo sát một số mô hình "
          "nông nghiệp."]
_P1 = "Hội nghị tổng kết công tác năm 2025 của ngành giáo dục tỉnh diễn ra sáng nay tại hội trường lớn."
_P2 = "Phát biểu tại hội nghị, Giám đốc Sở Giáo dục đánh giá cao những kết quả mà toàn ngành đã đạt được trong năm qua."
_P3 = "Hội nghị cũng đã khen thưởng cho các tập thể và cá nhân có thành tích xuất sắc trong năm học vừa qua."
_LEAD = _P1 + " " + _P2[:60] + "..."


@pytest.mark.parametrize("policy", POLICIES)
def test_a_title_the_lead_and_a_caption_take_up_stays(policy):
    assert _TITLE not in _removed("\n".join(_VISIT) + "\n", policy)


@pytest.mark.parametrize("policy", POLICIES)
def test_a_lead_running_the_paragraphs_together_stays_removed(policy):
    # the same shape as the rule's premise: a lead that runs two paragraphs together, cut off, above them
    assert _removed("\n".join(["Tổng kết năm học", _LEAD, _P1, _P2, _P3]) + "\n", policy).get(_LEAD) == "dedupe.covered"


@pytest.mark.parametrize("key, follow, want", [
    ("hội nghị tổng kết công tác năm", ["hội nghị tổng kết công tác", "phát biểu tại"], True),
    ("đoàn công tác của tỉnh", ["sáng 12 3 đoàn đại biểu", "đồng chí chủ tịch"], False),
    ("đoàn công tác của tỉnh", ["", "đoàn công"], False),
])
def test_run_together(key, follow, want):
    assert run_together(key, follow) is want
