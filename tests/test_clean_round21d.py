"""Cleaning, round 21d (issue 12, branch prec21): content lines lost on the new-site part held17 (and held16),
fixed as classes, table-driven; every line here was written for the tests, none is a page's.  Each table holds
the shape that was lost (kept now) and the same shape as clutter (still removed).

* a run of short lines that closes the page after a single sentence-like line is the page's own text (a
  charter's title block and first headings), not a footer menu (``guards.closes_page``);
* an official letterhead whose number is left blank ("Số:      / TB-UBND") is a letterhead (``layout``);
* parallel list items written on one pattern are not a lead the next paragraphs repeat (``dedupe.covered``);
* a numbered section heading taking up the title is not a near copy of the title (``dedupe.near``);
* an upper-case title of twelve words or more with a year and no stamp is no masthead (``caps_clause``).
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.boilerplate import classify
from mtpipe.clean.features import caps_clause
from mtpipe.clean.guards import closes_page, numbered_heading, sibling_items
from mtpipe.clean.layout import _number_line, letterhead
from mtpipe.document import Document
from mtpipe.segment import Segmenter


def _run(text):
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy="balanced"))(doc))
    assert unaccounted(doc) is None
    return doc


def _removed(doc):
    return {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}


@pytest.mark.parametrize("run,n,body,want", [
    ([10, 11, 12, 13, 14, 15], 16, [5], True),  # ends the page, one sentence before it
    ([10, 11, 12, 13, 14, 15], 16, [], True),  # no sentence at all
    ([10, 11, 12, 13, 14, 15], 17, [5], False),  # a line follows (a footer's copyright)
    ([10, 11, 12, 13, 14, 15], 16, [3, 5], False),  # an article of two sentences before it: a footer menu
    ([10, 11, 12, 13, 14, 15], 16, [3, 20], True),  # body lines after the run do not count
])
def test_closes_page_table(run, n, body, want):
    assert closes_page(run, n, body) is want


@pytest.mark.parametrize("line,nexts,want", [
    ("• Người dự tuyển bậc cử nhân không quá 22 tuổi.", ["• Người dự tuyển bậc thạc sĩ không quá 30 tuổi.",
                                                          "• Người dự tuyển bậc tiến sĩ không quá 35 tuổi."], True),
    ("2.1. Кандидат на программу бакалавриата не старше 22 лет.", ["2.2. Кандидат на магистратуру не старше 30 лет.",
                                                                    "2.3. Кандидат на аспирантуру не старше 35 лет."], True),
    ("• Người dự tuyển bậc cử nhân", ["- Người dự tuyển bậc thạc sĩ", "• Người dự tuyển bậc tiến sĩ"], False),
    ("Người dự tuyển bậc cử nhân không quá 22 tuổi, bậc thạc sĩ", ["Người dự tuyển bậc cử nhân không quá 22 tuổi.",
                                                                  "Bậc thạc sĩ không quá 30 tuổi."], False),
    ("• a", [], False),
])
def test_sibling_items_table(line, nexts, want):
    assert sibling_items(line, nexts) is want


@pytest.mark.parametrize("first,later,want", [
    ("Làm thế nào để đăng ký tạm trú cho người thuê nhà?", "1. Làm thế nào để đăng ký tạm trú cho người thuê nhà?", True),
    ("Как оформить временную регистрацию?", "I. Как оформить временную регистрацию?", True),
    ("1. Обзор рынка: часть 1", "2. Обзор рынка: часть 2", False),  # items of one list
    ("Как оформить временную регистрацию?", "Как оформить временную регистрацию", False),
    ("Мы обсудили 3 вопроса", "2024. Мы обсудили 3 вопроса", False),  # a year, no section number
])
def test_numbered_heading_table(first, later, want):
    assert numbered_heading(first, later) is want


@pytest.mark.parametrize("line,want", [
    ("Số:         / TB-UBND", True),
    ("Số: …/QĐ-UBND", True),
    ("Số: ____/2024/QĐ-UBND", True),
    ("Số: 15/2023/QĐ-UBND", True),
    ("Số / trang", False),  # no issuer's code in capitals
    ("Số: / tb", False),
    ("So sánh / đánh giá", False),
])
def test_blank_number_line_table(line, want):
    assert _number_line(line) is want


_VI_BODY = ("Thực hiện kế hoạch của huyện, Ủy ban nhân dân xã thông báo lịch tiếp công dân trong tháng tới "
            "tại trụ sở xã, người dân cần mang theo giấy tờ tùy thân.")


def test_letterhead_with_a_blank_number_stays_and_a_head_without_one_goes():
    head = ["Tin tức - Sự kiện", "ỦY BAN NHÂN DÂN", "XÃ AN BÌNH", "––––––", "Số:        / TB-UBND",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc", "An Bình, ngày …. tháng 3 năm 2024",
            "THÔNG BÁO", "Về lịch tiếp công dân tháng 4"]
    assert {1, 2} <= letterhead(head + [_VI_BODY])
    menu = ["Trang chủ", "Giới thiệu", "Tin tức", "Văn bản", "Liên hệ"]
    doc = _run("\n\n".join(["Lịch tiếp công dân tháng 4 năm 2024"] + menu + head[1:] + [_VI_BODY]) + "\n")
    kept = doc.text
    for line in head[1:]:
        assert line.strip() in kept.replace("\n", " ") or line.startswith("––"), line
    # the same head with no number line: a region of short lines, furniture, goes (the title right above stays)
    plain = ["Trang chủ", "Giới thiệu", "Tin tức", "Văn bản", "Liên hệ", "Đăng nhập", "Tìm kiếm"]
    doc2 = _run("\n\n".join(["Lịch tiếp công dân tháng 4 năm 2024"] + plain + ["Về lịch tiếp công dân tháng 4", _VI_BODY])
                + "\n")
    gone = _removed(doc2)
    assert sum(p in gone for p in plain) >= 5


@pytest.mark.parametrize("line,want", [
    # few function words: the length alone tells a title from a masthead
    ("KẾ HOẠCH CHUYỂN ĐỔI SỐ NGÀNH GIÁO DỤC HUYỆN BÌNH SƠN GIAI ĐOẠN 2024-2026", True),
    ("ПЛАН МЕРОПРИЯТИЙ АДМИНИСТРАЦИИ СЕЛЬСКОГО ПОСЕЛЕНИЯ НОВОСЁЛКОВСКИЙ СЕЛЬСОВЕТ МУНИЦИПАЛЬНОГО РАЙОНА "
     "ЗАРЕЧНЫЙ РАЙОН ОРЛОВСКОЙ ОБЛАСТИ 2024-2025", True),
    ("KẾ HOẠCH CHUYỂN ĐỔI SỐ NGÀNH GIÁO DỤC GIAI ĐOẠN 2024-2026", False),  # nine words: a masthead's length
    ("BÁO PHỤ NỮ ONLINE - TIN NÓNG - THỨ BA 12 MAR 2024", False),  # a name and a date
    ("21/03/2024 ВСЕ НОВОСТИ РАЙОНА СЕГОДНЯ", False),
    ("ТАБЛИЦА КУРСОВ ВАЛЮТ ЦЕНТРАЛЬНОГО БАНКА РОССИИ НА 12.03.2024 ДЛЯ ВСЕХ ОТДЕЛЕНИЙ БАНКА", False),  # a stamp
])
def test_long_caps_title_is_a_clause_table(line, want):
    assert caps_clause(line, "vi" if "Đ" in line or "Ạ" in line else "ru") is want


_RU_MENU = ["Главная", "Новости", "Документы", "Фотоальбомы", "Контакты", "Поиск по сайту", "Форма входа"]
_RU_SIDE = "Банк данных содержит сведения о ветеранах района, которые жили и работали в наших сёлах."
_CHARTER = ["П О Л О Ж Е Н И Е", "О СОВЕТЕ ВЕТЕРАНОВ", "СЕЛЬСКОГО ПОСЕЛЕНИЯ", "НОВОСЁЛКОВСКИЙ СЕЛЬСОВЕТ",
            "Раздел I", "ОСНОВНЫЕ ЦЕЛИ", "Пункт 1. Совет ветеранов"]
_FOOTER = ["Полезные ссылки", "Почётные граждане", "Музей села", "Гимн района", "Наши земляки", "Фотогалерея"]
_RU_ART = ["Глава района проверил, как идёт ремонт дорог в трёх сёлах после весеннего паводка.",
           "По его словам, работы подрядчик должен закончить до начала учебного года, сроки не изменятся."]


def test_short_run_closing_the_page_after_one_sentence_stays():
    doc = _run("\n".join(_RU_MENU + [_RU_SIDE] + _CHARTER) + "\n")
    gone = _removed(doc)
    assert not any(gone.get(t) == "boilerplate.menu" for t in _CHARTER[1:])


@pytest.mark.parametrize("lines,menu", [
    (_RU_MENU[:1] + [_RU_SIDE] + _CHARTER, False),  # the charter closes the page after one sentence: kept
    (_RU_ART + _FOOTER + ["© 2024 Администрация поселения"], True),  # a footer menu above the site's closing line
    (_RU_ART + _FOOTER, True),  # a footer menu closing the page after an article of two sentences
    ([_RU_SIDE] + _FOOTER + ["© 2024 Администрация поселения"], True),  # one sentence, but a line after the run
])
def test_menu_rule_table(lines, menu):
    # the site's closing line is the chrome layer's (removed before this layer runs)
    gone = {i: ("chrome.copyright", None) for i, t in enumerate(lines) if t.startswith("©")}
    found = {lines[i] for i, v in classify(lines, "ru", gone).items() if v[0] == "boilerplate.menu"}
    run = _CHARTER[1:] if not menu else _FOOTER
    assert (found >= set(run)) is menu and (menu or not found & set(run)), found


_ITEMS = ["• Người dự tuyển bậc cử nhân không quá 22 tuổi, có điểm trung bình học tập (GPA) từ 3.0 trở lên.",
          "• Người dự tuyển bậc thạc sĩ không quá 30 tuổi, có bằng cử nhân hoặc tương đương, có điểm trung bình "
          "học tập (GPA) từ 3.0 trở lên.",
          "• Người dự tuyển bậc tiến sĩ không quá 35 tuổi, có bằng thạc sĩ hoặc tương đương, có điểm trung bình "
          "chung (GPA) từ 3.0 trở lên.",
          "• Người dự tuyển khóa ngắn hạn (thời gian học từ 1-2 năm, sau khi học xong được cấp chứng chỉ) không "
          "quá 45 tuổi."]
_LEAD_PARTS = ["Ủy ban nhân dân huyện đã kiểm tra tiến độ sửa chữa đường giao thông tại ba xã sau mùa mưa lũ năm nay.",
               "Theo kế hoạch, các nhà thầu phải hoàn thành công việc trước khi năm học mới bắt đầu vào tháng chín.",
               "Người dân trong vùng cho biết con đường đã xuống cấp nhiều năm và đi lại rất khó khăn vào mùa mưa."]


def test_parallel_list_items_are_no_covered_lead():
    doc = _run("\n".join(["Thông báo tuyển sinh học bổng năm 2025", "1. Điều kiện dự tuyển"] + _ITEMS) + "\n")
    assert _ITEMS[0] not in _removed(doc)


def test_a_cut_off_lead_the_paragraphs_repeat_still_goes():
    lead = _LEAD_PARTS[0] + " " + _LEAD_PARTS[1][:60].rstrip()
    doc = _run("\n".join(["Sửa đường sau mùa mưa lũ ở ba xã", lead] + _LEAD_PARTS) + "\n")
    assert _removed(doc).get(lead) == "dedupe.covered"


_QA = ["Cách thức đăng ký tạm trú cho người thuê nhà tại xã như thế nào?",
       "Cách thức đăng ký tạm trú cho người thuê nhà tại xã như thế nào? Bài viết giải đáp các bước cần làm.",
       "1. Cách thức đăng ký tạm trú cho người thuê nhà tại xã như thế nào?",
       "Người thuê nhà cần nộp hồ sơ tại công an xã trong vòng ba mươi ngày kể từ ngày chuyển đến chỗ ở mới.",
       "Hồ sơ gồm tờ khai thay đổi thông tin cư trú và giấy tờ chứng minh chỗ ở hợp pháp của người thuê."]


def test_numbered_heading_taking_up_the_title_stays():
    assert _QA[2] not in _removed(_run("\n".join(_QA) + "\n"))


def test_a_plain_second_print_of_the_title_still_goes():
    lines = _QA[:2] + [_QA[0].rstrip("?") + " ?"] + _QA[3:]
    gone = _removed(_run("\n".join(lines) + "\n"))
    assert gone.get(lines[2]) in ("dedupe.near", "dedupe.exact"), gone


def test_long_caps_title_with_a_year_survives_the_cleaner():
    title = "KẾ HOẠCH CHUYỂN ĐỔI SỐ NGÀNH GIÁO DỤC HUYỆN BÌNH SƠN GIAI ĐOẠN 2024-2026"
    masthead = "BÁO PHỤ NỮ ONLINE - TIN NÓNG - THỨ BA 12 MAR 2024"
    gone = _removed(_run("\n".join([masthead, title, _VI_BODY, _VI_BODY.replace("tháng tới", "tháng sau")]) + "\n"))
    assert title not in gone and gone.get(masthead) == "boilerplate.masthead", gone


_RU_DECREE_BODY = ["В соответствии с Федеральным законом от 06.10.2003 № 131-ФЗ администрация сельского поселения "
                   "постановляет утвердить порядок проведения публичных слушаний.",
                   "Контроль за исполнением настоящего постановления оставляю за собой, постановление вступает в силу "
                   "со дня его обнародования."]


@pytest.mark.parametrize("head", [
    ["РОССИЙСКАЯ ФЕДЕРАЦИЯ", "ЗАРЕЧНАЯ СЕЛЬСКАЯ АДМИНИСТРАЦИЯ", "ПОЧИНКОВСКОГО РАЙОНА ОРЛОВСКОЙ ОБЛАСТИ", "ПОСТАНОВЛЕНИЕ",
     "от 12.03.2024 № 15", "с. Заречное", "Об утверждении порядка проведения публичных слушаний"],
    ["АДМИНИСТРАЦИЯ ЗАРЕЧНОГО СЕЛЬСОВЕТА", "ПОСТАНОВЛЕНИЕ", "от «___» ________ 2024 г. № ___",
     "Об утверждении порядка проведения публичных слушаний"],  # the number left blank
])
def test_russian_decree_head_on_single_lines_stays(head):
    # no blank line between the head's lines: the lower-case "от …" line was soft-joined to the capitals above it,
    # and the joined line taken as a masthead with a date
    doc = _run("\n".join(head + _RU_DECREE_BODY) + "\n")
    gone = _removed(doc)
    assert not gone, gone
    # the number line is joined to neither neighbour (a join's ledger entry holds the newline and its context)
    lines = doc.raw_text.split("\n")
    k = next(i for i, t in enumerate(lines) if "№" in t)
    ends = {sum(len(t) + 1 for t in lines[:j + 1]) - 1 for j in (k - 1, k)}
    assert not any(e.action == "joined" and any(e.start <= x < e.end for x in ends) for e in doc.ledger)


@pytest.mark.parametrize("text,joined", [
    ("ПОСТАНОВЛЕНИЕ\nот 12.03.2024 № 15\nс. Заречное\n", False),
    ("Как сообщает газета\nот 12 марта, глава района\nпроверил дороги.\n", True),  # a sentence cut at line ends
])
def test_number_line_is_not_soft_joined(text, joined):
    from mtpipe.clean.softbreak import soft_breaks

    assert bool(soft_breaks(text)) is joined
