"""lost42: dated lines of the article's own body that the date and byline rules took as stamps
(mtpipe.clean.body_dates).

* a calendar's day or period heading (calendar words and numbers alone: no year, no time, no counter) under a heading
  or a list's lead and over a list item of the text is no date stamp (``boilerplate.date_line``; held31: a church's
  week of services lost "30 января, пятница.", a parish's liturgical calendar its "(Tháng 3 – Tháng 4 – Tháng 5)");
* a heading in capitals with one year after it ("LỊCH PHỤNG VỤ 2015") is no name with the page's view counter
  (``boilerplate.byline``; held31).

The pages are written for these tests in the shapes seen (no line is a benchmark page's); each positive has a
negative of the same shape that must still go."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.body_dates import day_heading, year_title
from mtpipe.clean.features import is_date_line
from mtpipe.document import Document

POLICIES = ("balanced", "weighed")


def _removed(text: str, policy: str) -> dict[str, str]:
    doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(text, doc_id="site/a.txt", path="site/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


# -- a calendar's day heading --------------------------------------------------------------------------------------

_WEEK = ["Приход храма Святой Троицы приглашает прихожан на богослужения будущей недели.",
         "Расписание богослужений с 12 марта по 15 марта:",
         "13 марта, четверг.",
         "- 17:00 — вечернее богослужение с чтением акафиста",
         "14 марта, пятница. Память святых мучеников.",
         "- 8:30 — Божественная литургия",
         "- 17:00 — всенощное бдение",
         "Просим прихожан приходить заранее и соблюдать тишину в храме во время богослужения."]

_CALENDAR = ["Giáo xứ Thánh Tâm",
             "THÔNG BÁO",
             "LỊCH PHỤNG VỤ 2024",
             "(Tháng 6 – Tháng 7 – Tháng 8)",
             "1/ Thứ 6 (7/6): Lễ kính Thánh Tâm Chúa Giêsu – Bổn mạng Giáo Xứ.",
             "- 5h00: Thánh lễ sáng",
             "- 18h00: Thánh lễ chiều",
             "2/ Chúa nhật (9/6): Rước kiệu Thánh Thể quanh khuôn viên nhà thờ sau Thánh lễ sáng.",
             "Xin quý ông bà anh chị em sắp xếp thời gian tham dự đầy đủ các Thánh lễ trong tháng."]


@pytest.mark.parametrize("policy", POLICIES)
def test_a_day_heading_of_a_schedule_stays(policy):
    removed = _removed("\n".join(_WEEK) + "\n", policy)
    assert "13 марта, четверг." not in removed, removed


@pytest.mark.parametrize("policy", POLICIES)
def test_a_period_heading_and_a_calendar_title_with_its_year_stay(policy):
    removed = _removed("\n".join(_CALENDAR) + "\n", policy)
    assert "(Tháng 6 – Tháng 7 – Tháng 8)" not in removed and "LỊCH PHỤNG VỤ 2024" not in removed, removed


# same shape, a stamp: the post's date carries its year and time, under the title, over a list of the text
_STAMPED = ["Приход храма Святой Троицы приглашает прихожан на богослужения будущей недели.",
            "Расписание богослужений:",
            "13 марта 2025, 10:21",
            "- 17:00 — вечернее богослужение с чтением акафиста",
            "- 8:30 — Божественная литургия в четверг утром",
            "Просим прихожан приходить заранее и соблюдать тишину в храме во время богослужения."]


@pytest.mark.parametrize("policy", POLICIES)
def test_a_stamp_with_its_year_over_a_list_still_goes(policy):
    removed = _removed("\n".join(_STAMPED) + "\n", policy)
    assert removed.get("13 марта 2025, 10:21") == "boilerplate.date_line", removed


@pytest.mark.parametrize("lines, want", [
    (["Расписание богослужений с 12 марта по 15 марта:", "13 марта, четверг.", "- 17:00 — вечернее богослужение"],
     True),
    (["LỊCH PHỤNG VỤ 2024", "(Tháng 6 – Tháng 7 – Tháng 8)", "1/ Thứ 6 (7/6): Lễ kính Thánh Tâm"], True),
    # a label, no heading: the field's value, not a day heading
    (["Дата:", "13 марта, четверг.", "- 17:00 — вечернее богослужение"], False),
    # a year or a time: a post's stamp
    (["Расписание богослужений:", "13 марта 2025", "- 17:00 — вечернее богослужение"], False),
    (["Расписание богослужений:", "13 марта, 10:21", "- 17:00 — вечернее богослужение"], False),
    # a counter with the date: no calendar words alone
    (["Новости прихода", "13 марта 0 комментариев", "- Андрей Захаров написал"], False),
    # nothing of a list under it: a date between paragraphs (a list of posts and their dates)
    (["Новости прихода", "13 марта, четверг.", "Сегодня в храме прошла встреча с прихожанами."], False),
    # the date is itself a bullet of a post's meta list
    (["Новости прихода", "- 13 марта", "- 2 мин чтения"], False),
])
def test_day_heading(lines, want):
    assert is_date_line(lines[1])
    assert day_heading(lines, 1, lambda k: True) is want


def test_day_heading_needs_a_live_heading_above():
    lines = ["Расписание богослужений с 12 марта по 15 марта:", "13 марта, четверг.", "- 17:00 — вечернее богослужение"]
    assert day_heading(lines, 1, lambda k: k != 0) is False


# -- a heading in capitals with its year ---------------------------------------------------------------------------

@pytest.mark.parametrize("line, want", [
    ("LỊCH PHỤNG VỤ 2015", True),
    ("ПЛАН РАБОТЫ НА 2024", True),
    ("Мария Щелканова 37 0", False),  # a byline with its counters
    ("МАРИЯ ЩЕЛКАНОВА 37 0", False),  # two counters: a byline in capitals
    ("Мария Щелканова 2015", False),  # mixed case: a name and one counter
    ("LỊCH PHỤNG VỤ 315", False),  # no year
])
def test_year_title(line, want):
    assert year_title(line) is want


@pytest.mark.parametrize("policy", POLICIES)
def test_a_byline_with_its_counters_still_goes(policy):
    page = ["Мария Щелканова 37 0",
            "Городской парк откроет после ремонта новую детскую площадку и беговые дорожки вдоль пруда.",
            "Работы завершатся к началу лета, сообщили в администрации района в понедельник утром."]
    removed = _removed("\n".join(page) + "\n", policy)
    assert removed.get("Мария Щелканова 37 0") == "boilerplate.byline", removed


# -- a head line the text opens by naming (mtpipe.clean.head_guards) -----------------------------------------------

from mtpipe.clean.regions import furniture_regions  # noqa: E402

_ENTRY = ["VIETNAMESE", "chương trình tiếp sức mùa thi", "chiến dịch tình nguyện", "ENGLISH", "exam support campaign",
          "NOUN", "/ɪɡˈzæm səˈpɔrt/",
          "Chương trình tiếp sức mùa thi là một hoạt động tình nguyện do Đoàn Thanh niên tổ chức hằng năm cho thí sinh.",
          "Các tình nguyện viên hướng dẫn thí sinh tìm phòng thi và hỗ trợ chỗ ở miễn phí cho người ở xa."]


def _region(lines: list[str]) -> set[str]:
    removed = {3: ("chrome.icons", None), 5: ("chrome.icons", None)}  # the furniture the layers before found
    return {lines[i] for i in furniture_regions(lines, dict(removed), "vi")}


def test_a_term_the_text_opens_by_naming_stays_in_the_head():
    gone = _region(_ENTRY)
    assert "chương trình tiếp sức mùa thi" not in gone, gone
    assert "chiến dịch tình nguyện" in gone and "exam support campaign" in gone, gone  # the rest of the block goes


def test_a_menu_whose_short_items_the_lead_holds_still_goes():
    page = list(_ENTRY)
    page[1], page[2] = "Tin tức", "Thanh niên"  # two-word items the lead holds: a menu's, not the subject
    gone = _region(page)
    assert {"Tin tức", "Thanh niên"} <= gone, gone


def test_a_head_line_the_text_names_only_further_down_still_goes():
    page = _ENTRY + ["Một câu khác của bài viết nói thêm về các hoạt động.", "Bài viết nhắc lại chiến dịch tình nguyện "
                     "của thành phố trong mùa hè năm nay với nhiều hoạt động."]
    gone = _region(page)
    assert "chiến dịch tình nguyện" in gone, gone  # named in the fourth paragraph, not the lead


# -- a table's row copying another row's cell with its label in front (mtpipe.clean.tables_labels) ------------------

from mtpipe.clean.tables_labels import cell_key, copies_cell  # noqa: E402

_CELLS = {cell_key(c) for c in ("За счет средств физических и юридических лиц – 28 августа |", "Зачисление |",
                                 "13-25 июля")}


@pytest.mark.parametrize("line, near, want", [
    ("Зачисление за счет средств физических и юридических лиц – 28 августа", True, True),  # a row's label in front
    ("За счет средств физических и юридических лиц – 28 августа", False, True),  # the same cell: as before
    ("Зачисление за счет средств физических и юридических лиц – 28 августа", False, False),  # no near copy
    ("Приём и зачисление за счет средств физических и юридических лиц – 28 августа", True, False),  # three words
    ("Итоги 13-25 июля", True, False),  # a short cell: too few words to say it is copied
    ("Зачисление за счет средств бюджета – 7 августа", True, False),  # another row
])
def test_copies_cell(line, near, want):
    assert copies_cell(cell_key(line), _CELLS, near) is want


_ADMISSIONS = ["Приёмная комиссия колледжа сообщает сроки вступительной кампании этого года для всех абитуриентов.",
        "СРОКИ ВСТУПИТЕЛЬНОЙ КАМПАНИИ",
        "Подача документов |", "Вступительные экзамены |", "Рейтинговые списки |", "Зачисление |",
        "КОЛЛЕДЖ (среднее профессиональное образование)",
        "Первый период 24-28 июня", "Второй период 12-16 августа",
        "Публикация рейтинговых списков – 17 августа |",
        "За счет средств областного бюджета – 18 августа",
        "За счет средств физических и юридических лиц – 28 августа |",
        "АКАДЕМИЯ (высшее образование)", "Бакалавриат, специалитет |",
        "13-25 июля", "22-26 августа |",
        "Публикация рейтинговых списков – 27 июля |",
        "Зачисление за счет средств областного бюджета – 7 августа",
        "Зачисление за счет средств физических и юридических лиц – 28 августа",
        "Документы принимаются в приёмной комиссии по адресу колледжа с девяти утра до пяти вечера по будним дням."]


@pytest.mark.parametrize("policy", POLICIES)
def test_a_row_copying_a_cell_with_its_label_stays_in_the_table(policy):
    removed = _removed("\n".join(_ADMISSIONS) + "\n", policy)
    assert "Зачисление за счет средств физических и юридических лиц – 28 августа" not in removed, removed


@pytest.mark.parametrize("policy", POLICIES)
def test_a_near_copy_after_the_table_and_its_text_still_goes(policy):
    page = _ADMISSIONS[:-2] + _ADMISSIONS[-1:] + [
        "Справки по телефону приёмной комиссии можно получить ежедневно, кроме субботы и воскресенья.",
        "Зачисление за счет средств физических и юридических лиц – 28 августа"]
    removed = _removed("\n".join(page) + "\n", policy)
    assert removed.get("Зачисление за счет средств физических и юридических лиц – 28 августа") == "dedupe.near", removed
