"""cp62, twenty-ninth session: content lines dev lost, by class (issue 12).

* a month and its year alone heading that month's calendar, its entries opening with the days' numbers one after
  another, is the calendar's title, no date line (``day_headings.month_heading``; held24's ``h24vi09`` "Tháng Tám –
  2023" over "01 | Thứ Ba. …" / "02 | Thứ Tư …"; the liturgical calendars of real parish sites print "THÁNG 01.2023"
  over "01.01 … Thứ Hai …" or "Tháng 01/2023" over "02.01 Thứ Hai. …");
* a bare Vietnamese name over a text that calls that person by a title word and the name's last syllable is the
  text's subject, no byline (``signoff.subject_name``; train28's ``t28vi30`` "Đào Hoài Giang" over "… cô giáo …" /
  "Cô Giang tôi, …");
* a line opening with the word for a kind of territory names a place, no person (``signoff.not_a_name``; train27ru's
  ``t27ru32`` "Республика Бурятия" in an act's letterhead);
* a Russian headline whose finite verb is a past singular in "-ал"/"-ял", over a view counter and a source and then
  the body, is a title, no tag list (``notices.finite_headline``; train27ru's ``t27ru52``);
* two sentences of one pattern side by side with terms swapped are a series' items, no near copy
  (``minimal_pairs.swapped_terms``; probe58's dev ``vi-21478226``, a chemistry lesson's cases).

Negatives of each shape: an archive's month links, a calendar widget's bare numbers, a lone month heading; a byline
over a text that does not call the author, a name a text mentions without a title word; real personal names; a tag
list in capitals, a headline over a line of its own.  The pages are written for these tests (no line is a benchmark
page's)."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.day_headings import month_heading
from mtpipe.clean.minimal_pairs import swapped_terms
from mtpipe.clean.notices import finite_headline
from mtpipe.clean.signoff import not_a_name, subject_name
from mtpipe.document import Document

POLICIES = ("balanced", "weighed")

_VI_TEXT = ("Đó là tên của cô giáo dạy Văn của tôi những năm cấp hai, người đã khiến cả lớp tin rằng học Văn cũng "
            "có thể rất vui.")
_VI_TEXT2 = ("Cô Giang tôi nhỏ người, giọng nói nhẹ nhàng nhưng mỗi giờ giảng của cô đều khiến chúng tôi say mê đến "
             "tận tiếng trống hết giờ.")
_VI_NEWS = ("Sáng nay, Sở Giáo dục và Đào tạo tỉnh đã tổ chức hội nghị tổng kết năm học với sự tham dự của hơn hai "
            "trăm cán bộ quản lý.")
_VI_NEWS2 = ("Phát biểu tại hội nghị, ông Trần Văn Minh nhấn mạnh yêu cầu đổi mới phương pháp dạy học ở tất cả các "
             "cấp học trong năm tới.")
_RU_BODY = ("Председатель Духовного управления мусульман России сообщил, что мечети в Москве и других регионах "
            "будут закрыты для посещения до конца месяца.")


# --- a month's heading over its days' entries ---------------------------------------------------------------

_CAL_VI = ["Tháng Tám – 2023", "Ý cầu nguyện: Cầu cho những ngày giới trẻ thế giới.",
           "01 | Thứ Ba. Thánh Alphongsô Maria Ligôri, giám mục. Lễ nhớ.",
           "02 | Thứ Tư đầu tháng. Thánh Êusêbiô Vercellêsi.", "03 | Thứ Năm đầu tháng. Xh 40,16-21."]
_CAL_DOTTED = ["THÁNG 01.2023", "01.01 1-1 10 Tr CHÚA NHẬT CUỐI TUẦN BÁT NHẬT GIÁNG SINH. Lễ trọng.",
               "02.01 2 11 Tr Thứ Hai. Thánh Basiliô Cả, giám mục. Lễ nhớ."]
_CAL_SLASH = ["Tháng 01/2023", "", "01.01           CHÚA NHẬT CUỐI TUẦN BÁT NHẬT GIÁNG SINH.", "",
              "02.01           Thứ Hai. Thánh Basiliô Cả và Thánh Grêgôriô Nazianzênô."]
_CAL_RU = ["Август 2023", "1 августа — концерт органной музыки в соборе", "2 августа — лекция о истории города",
           "3 августа — экскурсия по старому городу"]

_MONTH_KEPT = [(_CAL_VI, 0), (_CAL_DOTTED, 0), (_CAL_SLASH, 0), (_CAL_RU, 0)]
_MONTH_TAKEN = [
    (["Lưu trữ", "Tháng Tám 2023", "Tháng Bảy 2023", "Tháng Sáu 2023"], 1),  # an archive's month links
    (["Tháng Tám 2023", "T2 T3 T4 T5 T6 T7 CN", "1 2 3 4 5 6", "7 8 9 10 11 12 13"], 0),  # a calendar widget
    (["Tháng Tám – 2023", _VI_NEWS, _VI_NEWS2], 0),  # no day entries under it
    (["Tháng Tám – 2023", "01 | Thứ Ba. Thánh Alphongsô.", "05 | Thứ Bảy. Thánh Đaminh."], 0),  # no next day
    (["Ngày 12 tháng 8 năm 2023", "01 | Thứ Ba. Thánh Alphongsô.", "02 | Thứ Tư. Thánh Êusêbiô."], 0),  # a date
    (["Август 2023", _RU_BODY, _RU_BODY, _RU_BODY, "1 августа — концерт в соборе", "2 августа — лекция"], 0),  # far
]


@pytest.mark.parametrize("lines,i", _MONTH_KEPT)
def test_a_months_heading_over_its_days(lines, i):
    assert month_heading(lines, i)


@pytest.mark.parametrize("lines,i", _MONTH_TAKEN)
def test_archive_months_widgets_and_dates_are_no_month_headings(lines, i):
    assert not month_heading(lines, i)


def _removed(lines: list[str], policy: str) -> dict[str, str]:
    doc = Cleaner(CleanOptions(removal_policy=policy))(
        Document.from_text("\n".join(lines), doc_id="site/a.txt", path="site/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


@pytest.mark.parametrize("policy", POLICIES)
def test_a_calendars_month_heading_stays(policy):
    assert "Tháng Tám – 2023" not in _removed(_CAL_VI, policy)


@pytest.mark.parametrize("policy", POLICIES)
def test_a_month_stamp_over_the_text_still_goes(policy):
    removed = _removed(["Tổng kết năm học ở các trường", "", "Tháng Tám – 2023", "", _VI_NEWS, "", _VI_NEWS2], policy)
    assert removed.get("Tháng Tám – 2023") == "boilerplate.date_line"


# --- a name the text tells about -----------------------------------------------------------------------------

_SUBJECT = [
    (["Đào Hoài Giang", "", _VI_TEXT, _VI_TEXT2], 0),
    (["Nguyễn Văn Minh", _VI_NEWS, "Năm nay thầy Minh đã bước sang tuổi sáu mươi nhưng vẫn đứng lớp mỗi ngày."], 0),
    (["Trần Thị Lan", "Bà Lan năm nay đã ngoài tám mươi tuổi nhưng ngày nào cũng ra chợ bán rau từ sáng sớm."], 0),
]
_NO_SUBJECT = [
    (["Đào Hoài Giang", "", _VI_NEWS, _VI_NEWS2], 0, "vi"),  # a byline: the text does not call the person
    (["Trần Văn Minh", _VI_NEWS, _VI_NEWS2], 0, "vi"),  # "ông Trần Văn Minh" is another's full name, no "ông Minh"
    (["Hoàng Giang", "Giang sơn gấm vóc của đất nước trải dài từ Bắc vào Nam với biết bao cảnh đẹp."], 0, "vi"),
    (["Андрей Захаров", "Сегодня Андрей Захаров рассказал журналистам о планах на следующий год."], 0, "ru"),
    (["Đào Hoài Giang", "Cô Giang", _VI_NEWS], 0, "vi"),  # a short line, no sentence calling her
]


@pytest.mark.parametrize("lines,i", _SUBJECT)
def test_a_name_the_text_tells_about(lines, i):
    assert subject_name(lines, i, "vi")


@pytest.mark.parametrize("lines,i,lang", _NO_SUBJECT)
def test_bylines_stay_names(lines, i, lang):
    assert not subject_name(lines, i, lang)


@pytest.mark.parametrize("policy", POLICIES)
def test_a_posts_subject_stays_and_a_byline_goes(policy):
    post = ["29 tháng 12, 2010", "", "Đào Hoài Giang", "", _VI_TEXT, _VI_TEXT2]
    assert "Đào Hoài Giang" not in _removed(post, policy)
    news = ["29 tháng 12, 2010", "", "Đào Hoài Giang", "", _VI_NEWS, _VI_NEWS2]
    assert _removed(news, policy).get("Đào Hoài Giang") == "boilerplate.byline"


# --- a place's designation -------------------------------------------------------------------------------------

@pytest.mark.parametrize("line,lang", [("Республика Бурятия", "ru"), ("Поселок Сазанлей", "ru"),
                                       ("Город Москва", "ru"), ("Tỉnh Bắc Giang", "vi"), ("Xã Đức Hợp", "vi"),
                                       ("Thành phố Hải Phòng", "vi"), ("Thị xã Sơn Tây", "vi")])
def test_a_places_designation_is_no_name(line, lang):
    assert not_a_name([line, _RU_BODY], 0, lang, set())


@pytest.mark.parametrize("line,lang", [("Андрей Захаров", "ru"), ("Ксения Морозова", "ru"), ("Đặng Sơn Duân", "vi"),
                                       ("Thành Long", "vi"), ("Lý Kiến Trúc", "vi")])
def test_personal_names_stay_names(line, lang):
    assert not not_a_name([line, _RU_BODY], 0, lang, set())


# --- a headline with its past-tense verb -------------------------------------------------------------------------

_HEAD = "Председатель Совета муфтиев России призвал мусульман праздновать Ураза-байрам дома"


@pytest.mark.parametrize("lines", [
    [_HEAD, "Сейчас читают: 941", "kommersant.ru", _RU_BODY],  # a counter and a source between
    [_HEAD, "", _RU_BODY],
    ["Губернатор области потерял доверие избирателей после громкого скандала", "РИА Новости", _RU_BODY],
    ["Суд оправдал бывшего главу района по делу о превышении полномочий", _RU_BODY],
])
def test_a_headline_with_a_past_verb(lines):
    assert finite_headline(lines, 0, "ru", set())


@pytest.mark.parametrize("lines", [
    ["Китай США связь экономика санкции общество Китай США", _RU_BODY],  # a tag list: no finite verb
    [_HEAD, "Читайте также другие новости нашего сайта каждый день", _RU_BODY],  # a line of its own between
    [_HEAD, "Сейчас читают: 941", "kommersant.ru", "Новости", "Подписаться"],  # no body under it
    ["ФИНАЛ КАНАЛ СЕРИАЛ ЖУРНАЛ МАТЕРИАЛ", _RU_BODY],  # nouns in "-ал" in capitals: no sentence case
])
def test_tag_lists_and_lines_over_no_body(lines):
    assert not finite_headline(lines, 0, "ru", set())


@pytest.mark.parametrize("policy", POLICIES)
def test_a_headline_over_its_counter_stays(policy):
    page = ["Равиль Гайнутдин Россия Москва Равиль Гайнутдин Россия Москва", "", _HEAD, "", "Сейчас читают: 941",
            "kommersant.ru", "", _RU_BODY, _RU_BODY.replace("Москве", "Казани")]
    assert _HEAD not in _removed(page, policy)


# --- two items of one pattern with terms swapped -------------------------------------------------------------------

_ALKALI = ("Rót từ từ dung dịch kiềm đến dư vào dung dịch chứa a mol muối Al 3+ (hoặc Zn 2+ ). Sau phản ứng thu được b "
           "mol kết tủa.")
_ACID = ("Rót từ từ dung dịch axit đến dư vào dung dịch chứa a mol muối AlO 2 - (hoặc ZnO 2 2- ). Sau phản ứng thu được "
         "b mol kết tủa.")
_TAX_PEOPLE = "Налог уплачивается физическими лицами не позднее 1 декабря года, следующего за истекшим периодом."
_TAX_FIRMS = "Налог уплачивается организациями не позднее 28 марта года, следующего за истекшим периодом."
_SUMMER = "Vào mùa hè, thư viện mở cửa từ 7 giờ sáng đến 9 giờ tối tất cả các ngày trong tuần."
_WINTER = "Vào mùa đông, thư viện mở cửa từ 8 giờ sáng đến 8 giờ tối tất cả các ngày trong tuần."
_LEAD = ("Ngày 5-3, Huyện đoàn Diên Khánh tổ chức lễ phát động Tháng Thanh niên năm 2024 với nhiều hoạt động ý "
         "nghĩa.")
_LEAD_AGAIN = ("Huyện đoàn Diên Khánh vừa tổ chức lễ phát động Tháng Thanh niên năm 2024 với nhiều hoạt động ý "
               "nghĩa.")


@pytest.mark.parametrize("first,later", [(_ALKALI, _ACID), (_TAX_PEOPLE, _TAX_FIRMS), (_SUMMER, _WINTER)])
def test_items_of_one_pattern(first, later):
    assert swapped_terms(first, later, 1)


@pytest.mark.parametrize("first,later,gap", [
    (_LEAD, _LEAD_AGAIN, 1),  # a lead paraphrased: words dropped and added
    (_ALKALI, _ALKALI.replace("kết tủa.", "kết tủa. Ảnh: Internet."), 1),  # a copy with a credit added
    ("Туризм в Африке", "Туризм в Америке", 1),  # titles, no sentences
    (_TAX_PEOPLE, _TAX_PEOPLE.replace("1 декабря", "2 декабря"), 1),  # a number alone changed
    (_SUMMER, _WINTER, 5),  # far apart: no series side by side
    ("Giá heo hơi tại miền Nam giảm cao nhất 2.000 đồng/kg, thu mua trong khoảng 55.000 - 58.000 đồng/kg.",
     "Giá lợn hơi tại miền Nam giảm cao nhất 2.000 đồng/kg, thu mua trong khoảng 55.000 - 58.000 đồng/kg.", 1),  # reworded
    ("Мэр Ван Цзылянь посетил парк и провёл совещание о развитии района.",
     "Мэр Ван Цзылянь посетил парк и провел совещание о развитии района!", 1),  # a spelling variant
])
def test_copies_and_titles_are_no_pattern_items(first, later, gap):
    assert not swapped_terms(first, later, gap)


@pytest.mark.parametrize("policy", POLICIES)
def test_a_lessons_cases_stay_and_a_paraphrased_lead_goes(policy):
    intro = ("Với hình thức thi trắc nghiệm như hiện nay, việc giải nhanh các bài toán Hóa học là yêu cầu hàng đầu "
             "của người học.")
    lesson = ["Hướng dẫn giải bài toán Hóa học dạng đồ thị", intro, _ALKALI, _ACID]
    assert not {_ALKALI, _ACID} & set(_removed(lesson, policy))
    news = ["Phát động Tháng Thanh niên ở Diên Khánh", _LEAD, _LEAD_AGAIN, intro]
    assert _removed(news, policy).get(_LEAD_AGAIN) == "dedupe.near"
