"""cp43, twentieth session: schedules whose days are not bare dates, a table ruled with em dashes, a removal whose
evidence a last layer took back, a season's years under its heading (``mtpipe.clean.list_guards``).

Read on train29 (a dev part of pages whose article is a list, a schedule, a menu or a programme): a festival's days
"Ngày 01/10/2017" … taken as the post's stamps, a canteen's "1 день" / "2 день" / "3 день", a kindergarten's week of
menus printed a row a few lines under "THỨ SÁNG TRƯA …" (its "Canh: …" and "Yaourt" under each day taken as a link
widget and a repeated label), a tariff table ruled with "|———|" taken for a link footer, the pool timetable's heading
taken as a widget's item between a copy and that "footer", "NĂM PHỤNG VỤ" / "2022 – 2023" taken as a date line.
Negatives of the same shape: a list of other stories dated newest first, a lone stamp with its time, numbered links
with no day column over them, a link footer of "|" cells, a run between two lines that stay removed, a site's years
under a sentence.  The pages are written for these tests (no line is a benchmark page's)."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.body_dates import _day_key
from mtpipe.clean.lines import line_spans
from mtpipe.clean.list_guards import day_key, extra_days, release_withdrawn, row_days, season_line
from mtpipe.clean.marks import Marks
from mtpipe.clean.tables import is_separator
from mtpipe.document import Document

POLICIES = ("balanced", "weighed")


def _clean(lines: list[str], policy: str) -> Document:
    text = "\n".join(lines)
    return Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(text, doc_id="site/a.txt", path="site/a.txt"))


def _removed(doc: Document) -> dict[str, str]:
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


_FAIR = ["HỘI CHỢ NÔNG SẢN HUYỆN NĂM 2024",
         "Ban tổ chức thông báo lịch các hoạt động của hội chợ tại sân vận động huyện như sau.",
         "Thời gian Hoạt động Địa điểm",
         "Ngày 05/09/2024",
         "08:00 Khai mạc hội chợ Sân khấu chính",
         "15:00 Thi nấu ăn Khu ẩm thực",
         "Ngày 06/09/2024",
         "08:00 Trưng bày nông sản Gian hàng",
         "Ngày 07/09/2024",
         "09:00 Trao giải và bế mạc Sân khấu chính",
         "Mọi chi tiết xin liên hệ văn phòng Ủy ban nhân dân huyện trong giờ hành chính các ngày làm việc."]


@pytest.mark.parametrize("policy", POLICIES)
def test_days_written_with_their_calendar_word_head_a_schedule(policy):
    removed = _removed(_clean(_FAIR, policy))
    assert not {"Ngày 05/09/2024", "Ngày 06/09/2024", "Ngày 07/09/2024"} & set(removed)


@pytest.mark.parametrize("policy", POLICIES)
def test_dated_teasers_newest_first_still_go(policy):
    page = ["Ủy ban nhân dân xã tổ chức hội nghị tổng kết công tác năm và triển khai nhiệm vụ năm mới cho các thôn.",
            "Hội nghị đã biểu dương nhiều tập thể và cá nhân có thành tích xuất sắc trong phong trào thi đua.",
            "Tin cùng chuyên mục",
            "Xã tổ chức ra quân làm đường giao thông nông thôn", "Ngày 15/01/2025",
            "Trao quà Tết cho các hộ nghèo trên địa bàn", "Ngày 12/01/2025",
            "Tập huấn kỹ thuật trồng lúa cho nông dân", "Ngày 08/01/2025"]
    removed = _removed(_clean(page, policy))
    assert {"Ngày 15/01/2025", "Ngày 12/01/2025", "Ngày 08/01/2025"} <= set(removed)


def test_day_keys_beyond_bare_dates():
    assert day_key("Ngày 01/10/2017") == _day_key("01/10/2017") is not None and day_key("01/10/2017") is None
    assert day_key("1 день") == ("n", 1) and day_key("День 2") == ("n", 2) and day_key("Day 3") == ("n", 3)
    assert day_key("Ngày 30/08/2017 10:07:52") is None and day_key("5 дней назад") is None
    assert day_key("Ngày đăng: 30/08/2017") is None and day_key("Tin ngày 01/10") is None


_CANTEEN = ["Организация горячего питания",
            "Меню для учащихся 1-4 классов",
            "1 день", "2 день", "3 день",
            "ЗАВТРАК", "Каша овсяная молочная 200", "Чай с сахаром 200", "Хлеб пшеничный 40",
            "ОБЕД", "Суп гороховый 250", "Хлеб пшеничный 40",
            "ЗАВТРАК", "Омлет натуральный 150", "Чай с сахаром 200",
            "ОБЕД", "Борщ со сметаной 250", "Хлеб пшеничный 40"]


def test_day_numbers_running_forward_are_days():
    assert extra_days(_CANTEEN) == [2, 3, 4]
    assert extra_days(["1 день", "Новость", "3 день", "Новость", "5 день"]) == []  # not one apart


_WEEK = ["Thực đơn tuần của trường mầm non",
         "Nhà trường xin gửi tới phụ huynh thực đơn mẫu của các cháu trong tuần để gia đình tiện theo dõi.",
         "THỨ SÁNG TRƯA XẾ",
         "2 Cháo thịt – Sữa Mặn: Cá sốt cà",
         "Canh: Rau ngót nấu thịt",
         "Chuối Phở gà",
         "Sữa chua",
         "3 Bún mọc – Sữa Mặn: Trứng chiên",
         "Canh: Bí đỏ nấu tôm",
         "Cam Bánh canh cá",
         "Sữa chua",
         "4 Mì trứng – Sữa Mặn: Thịt kho",
         "Canh: Cải thảo nấu xương",
         "Dưa hấu Cháo gà",
         "Sữa chua",
         "5 Phở bò – Sữa Mặn: Tôm rim",
         "Canh: Mồng tơi nấu cua",
         "Đu đủ Súp rau củ",
         "Sữa chua"]


@pytest.mark.parametrize("policy", POLICIES)
def test_a_week_of_menus_a_row_a_few_lines_keeps_its_rows(policy):
    removed = _removed(_clean(_WEEK, policy))
    assert not {"Canh: Rau ngót nấu thịt", "Canh: Bí đỏ nấu tôm", "Sữa chua", "Chuối Phở gà"} & set(removed)


def test_numbered_rows_need_a_day_column_over_them():
    assert sorted(row_days(_WEEK)) == [3, 7, 11, 15]
    links = ["Đọc nhiều nhất", "1 Giá xăng tăng mạnh", "Video", "2 Khánh thành cầu mới", "Video",
             "3 Mưa lớn ở miền núi", "Video"]
    assert row_days(links) == {} and extra_days(links) == []


_TARIFF = ["Решение Совета депутатов городского округа от 12.11.2019 № 44/7",
           "ТАРИФЫ НА ПЛАТНЫЕ УСЛУГИ ДОМА КУЛЬТУРЫ НА 2020 ГОД",
           "|———|————————————|————|——————|",
           "| N | Наименование услуги | Единица | Тариф, руб. |",
           "|———|————————————|————|——————|",
           "| 1 | Прокат костюма | за сутки | 500,00 |",
           "| 2 | Аренда зала | за час | 1500,00 |"]


@pytest.mark.parametrize("policy", POLICIES)
def test_a_table_ruled_with_em_dashes_is_no_link_footer(policy):
    removed = _removed(_clean(_TARIFF, policy))
    assert not {"| N | Наименование услуги | Единица | Тариф, руб. |", "| 1 | Прокат костюма | за сутки | 500,00 |",
                "| 2 | Аренда зала | за час | 1500,00 |"} & set(removed)


@pytest.mark.parametrize("policy", POLICIES)
def test_a_footer_of_links_still_goes(policy):
    page = ["Дом культуры приглашает жителей района на концерт народного хора в субботу вечером.",
            "Вход на концерт свободный, начало в шесть часов вечера в большом зале.",
            "Главная | О нас | Кружки | Афиша | Контакты"]
    assert "Главная | О нас | Кружки | Афиша | Контакты" in _removed(_clean(page, policy))
    assert is_separator("|———|————|———|") and is_separator("|---|---|") and not is_separator("| Главная | О нас |")


def _marks(lines: list[str], removed: dict[int, tuple[str, str]]) -> Marks:
    doc = Document.from_text("\n".join(lines), doc_id="site/a.txt", path="site/a.txt")
    return Marks(doc=doc, lang="ru", spans=line_spans(doc.text), removed=dict(removed))


def test_a_run_between_removed_lines_goes_back_with_its_evidence():
    lines = ["Длительность занятия 45 минут", "РАСПИСАНИЕ ЗАЛА", "| Пн | Вт | Ср |", "Текст."]
    marks = _marks(lines, {0: ("dedupe.exact", "same"), 1: ("boilerplate.between_removed", "between")})
    release_withdrawn(marks)  # line 2 (the neighbour below) was taken back: not removed any more
    assert 1 not in marks.removed and 0 in marks.removed
    assert [e.rule for e in marks.doc.ledger if e.action == "kept"] == ["guard.withdrawn"]


def test_a_run_between_two_removed_lines_stays_removed():
    lines = ["Меню сайта", "Погода", "Курс валют", "Текст."]
    marks = _marks(lines, {0: ("boilerplate.menu", "m"), 1: ("boilerplate.between_removed", "between"),
                           2: ("boilerplate.menu", "m")})
    release_withdrawn(marks)
    assert set(marks.removed) == {0, 1, 2} and not marks.doc.ledger


def test_a_season_under_its_heading_is_no_stamp():
    assert season_line(["NĂM HỌC", "2023 – 2024"], 1) and season_line(["СЕЗОН", "2012/2013"], 1)
    assert not season_line(["Trường tổ chức lễ khai giảng.", "2023 – 2024"], 1)  # under a sentence
    assert not season_line(["NĂM HỌC", "2019 – 2024"], 1)  # a site's years, not one season
    assert not season_line(["2023 – 2024"], 0)


@pytest.mark.parametrize("policy", POLICIES)
def test_a_liturgical_year_heading_keeps_its_second_line(policy):
    page = ["LỊCH CÔNG GIÁO", "2023 – 2024",
            "Mùa Vọng là mùa chuẩn bị mừng lễ Giáng Sinh và trông đợi Chúa đến lần thứ hai trong vinh quang.",
            "Các giáo xứ cử hành thánh lễ theo lịch phụng vụ chung của giáo phận trong suốt năm."]
    assert "2023 – 2024" not in _removed(_clean(page, policy))
