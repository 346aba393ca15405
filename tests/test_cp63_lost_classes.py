"""cp63, twenty-ninth session: the content lines held41 lost blind, by class (issue 12).

* a bare name right under a live field label of its own line is that field's value, no byline
  (``signoff.labelled_value``; held41's ``h41ru15`` "Директор:" over "Урусова Галина Викторовна"; "Главный врач:",
  "Hiệu trưởng:", "Người đại diện:" over their holders); a credit's label ("Автор:", "Tác giả:") is removed first, and
  the name under it still goes as the byline;
* two rows with the same words that end with their own time of day written with the hour's word or letter ("+ Thời
  gian mở cửa phục vụ: 7 giờ 30" under the weekdays, "… 8 giờ 00" under Saturday, held41's ``h41vi11``; "07g00",
  "9 ч. 30 мин.") are two facts, no near copy (``keep.time_tail``); a counter at the end still marks a copy;
* a heading in a block of its own over its image's caption that repeats it and goes on stays: the caption is the copy
  (``captions.alt_prefix`` reads an alt text glued to its caption only; held41's ``h41vi02``); the alt text glued to
  its caption still goes;
* comma-separated items two or more of which open with the word for a kind of territory are a place's address, no
  tag list (``signoff.address_line`` for ``boilerplate.tag_list``; held41's ``h41vi15`` "Xã Bắc Hải, huyện Tiền Hải,
  tỉnh Thái Bình", lost under the balanced and conservative policies), and such an address right above the text is no
  headline under which a name printed twice would be a site's label (``boilerplate.doubled_label``); tags stay tags.

The pages are written for these tests in the shapes seen (no line is a benchmark page's)."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.alt_prefix import ALT, alt_prefixes
from mtpipe.clean.keep import time_tail
from mtpipe.clean.labels import doubled_label
from mtpipe.clean.signoff import address_line, labelled_value
from mtpipe.document import Document

POLICIES = ("balanced", "weighed")

_RU = ("Муниципальное учреждение дополнительного образования детей открыто в 1969 году и принимает учеников с "
       "пяти лет.\n"
       "Школа имеет четыре отдела и проводит концерты для жителей района в течение всего учебного года.\n")
_VI = ("Trường được thành lập năm 1995 theo quyết định của Ủy ban nhân dân tỉnh và hiện có hơn 1.200 học sinh.\n"
       "Nhà trường luôn chú trọng nâng cao chất lượng dạy và học, đổi mới phương pháp giảng dạy.\n")


def _removed(text: str, policy: str) -> dict[str, str]:
    doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(text, doc_id="site/a.txt",
                                                                          path="site/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


# --- a name under a live field label ------------------------------------------------------------------------

# (the page's head: title, label, name), the name kept
_VALUES = [
    ("Детская школа искусств № 8", "Директор:", "Урусова Галина Викторовна"),  # h41ru15's shape
    ("Городская больница № 2", "Главный врач:", "Петров Сергей Иванович"),
    ("Детский сад № 14 «Солнышко»", "Заведующая:", "Смирнова Ольга Петровна"),
    ("Trường THCS Nguyễn Du", "Hiệu trưởng:", "Nguyễn Văn Hùng"),
    ("Công ty TNHH Minh Phát", "Người đại diện:", "Trần Thị Lan"),
]
# a credit's label over its name: the byline still goes
_CREDITS = [
    ("Китай ввёл новые пошлины", "Автор:", "Петров Сергей Иванович", _RU),
    ("Trung Quốc áp thuế mới", "Tác giả:", "Nguyễn Văn Hùng", _VI),
]


@pytest.mark.parametrize("policy", POLICIES)
@pytest.mark.parametrize("title,label,name", _VALUES)
def test_a_name_under_a_live_label_is_its_value(title: str, label: str, name: str, policy: str) -> None:
    body = _RU if any("а" <= ch <= "я" for ch in label.casefold()) else _VI
    got = _removed("\n".join([title, label, name]) + "\n" + body, policy)
    assert name not in got and label not in got, got


@pytest.mark.parametrize("title,label,name,body", _CREDITS)
def test_a_name_under_a_credit_label_is_still_the_byline(title: str, label: str, name: str, body: str) -> None:
    got = _removed("\n".join([title, label, name]) + "\n" + body, "balanced")
    assert got.get(name) == "boilerplate.byline" and label in got, got


@pytest.mark.parametrize("policy", POLICIES)
def test_a_bare_name_under_the_title_is_still_the_byline(policy: str) -> None:
    got = _removed("Китай ввёл новые пошлины\nПетров Сергей Иванович\n" + _RU, policy)
    assert got.get("Петров Сергей Иванович") == "boilerplate.byline", got


@pytest.mark.parametrize("lines,i,bad,want", [
    (["Директор:", "Урусова Галина Викторовна"], 1, set(), True),
    (["Người đại diện:", "Trần Thị Lan"], 1, set(), True),
    (["Автор:", "Петров Сергей Иванович"], 1, {0}, False),  # the label removed: a credit's
    (["Об этом рассказал глава района, отвечая на вопросы журналистов:", "Петров Сергей"], 1, set(), False),
    (["Телефон: 8 (3812) 55-12-34", "Петров Сергей"], 1, set(), False),  # a field with its value
    (["Директор:", "Урусова Галина Викторовна"], 0, set(), False),  # the first line has no label above
])
def test_labelled_value(lines: list[str], i: int, bad: set[int], want: bool) -> None:
    assert labelled_value(lines, i, bad) is want


# --- rows ending with their own time of day -----------------------------------------------------------------

_HOURS_VI = ["Giờ hoạt động của thư viện", "Thứ Hai đến thứ Sáu:", "+ Thời gian mở cửa phục vụ: 7 giờ 30",
             "+ Thời gian hết giờ phục vụ: 16 giờ 30", "Thứ Bảy:", "+ Thời gian mở cửa phục vụ: 8 giờ 00",
             "+ Thời gian hết giờ phục vụ: 16 giờ 00",
             "- Thư viện không phục vụ vào ngày lễ, tết theo quy định và các ngày nghỉ đột xuất khác."]
_HOURS_MINUTES = ["Thời gian phục vụ bạn đọc", "Mùa hè:", "- Buổi sáng mở cửa từ 7 giờ 00 phút",
                  "- Buổi chiều đóng cửa lúc 17 giờ 00 phút", "Mùa đông:", "- Buổi sáng mở cửa từ 7 giờ 30 phút",
                  "- Buổi chiều đóng cửa lúc 16 giờ 30 phút",
                  "Bạn đọc vui lòng xuất trình thẻ thư viện khi vào phòng đọc và giữ trật tự chung."]
_MASSES = ["Giờ lễ tại giáo xứ", "Ngày thường:", "Thánh lễ sáng: 05g00", "Thánh lễ chiều: 17g30", "Chúa nhật:",
           "Thánh lễ sáng: 07g00", "Thánh lễ chiều: 16g00",
           "Giáo xứ được thành lập năm 1958 và hiện có khoảng ba nghìn giáo dân sinh sống trong bốn giáo họ."]
_HOURS_RU = ["Режим работы библиотеки", "Будни:", "Начало работы в 9 ч. 00 мин.", "Окончание работы в 18 ч. 30 мин.",
             "Суббота:", "Начало работы в 10 ч. 00 мин.", "Окончание работы в 16 ч. 00 мин.",
             "В санитарный день, последнюю пятницу месяца, библиотека закрыта для читателей."]


@pytest.mark.parametrize("policy", POLICIES)
@pytest.mark.parametrize("lines", [_HOURS_VI, _HOURS_MINUTES, _MASSES, _HOURS_RU],
                         ids=["vi-gio", "vi-gio-phut", "vi-g", "ru-ch-min"])
def test_rows_ending_with_their_own_hour_are_no_copies(lines: list[str], policy: str) -> None:
    got = _removed("\n".join(lines) + "\n", policy)
    assert not [k for k, v in got.items() if v == "dedupe.near"], got


@pytest.mark.parametrize("s,want", [
    ("+ Thời gian mở cửa phục vụ: 8 giờ 00", True), ("- Buổi chiều đóng cửa lúc 16 giờ 30 phút", True),
    ("Chúa nhật: 07g00", True), ("Окончание работы в 18 ч. 30 мин.", True), ("Ca 3: Sáng, Bắt đầu làm bài: 9h30", True),
    ("Comment number 102.", False), ("Китай пока не будет вводить пошлины на товары из США-4", False),
    ("Гражданский кодекс часть 2", False), ("Ảnh hưởng của đầu tư trực tiếp nước ngoài trang 2", False),
    ("Рекламный баннер 300x600px left-2", False), ("Bánh trung thu nặng 250g", False),
])
def test_time_tail_hour_words(s: str, want: bool) -> None:
    assert time_tail(s) is want


def test_a_counter_at_the_end_still_marks_a_copy() -> None:
    lines = ["Китай пока не будет вводить пошлины на товары из США",
             "Министерство коммерции КНР заявило во вторник, что Китай пока не будет вводить новые пошлины.",
             "Китай пока не будет вводить пошлины на товары из США-1",
             "По словам представителя ведомства, Пекин внимательно следит за развитием ситуации на рынках.",
             "Китай пока не будет вводить пошлины на товары из США-4",
             "Аналитики ожидают, что переговоры двух стран продолжатся в следующем месяце в Женеве."]
    got = _removed("\n".join(lines) + "\n", "balanced")
    assert got.get(lines[4], "").startswith("dedupe."), got


# --- a heading over its image's caption ---------------------------------------------------------------------

_HEAD = "Cục Lao động thành phố tiếp tục cung cấp khóa học tiếng Hoa cho lao động di trú trong mùa dịch"
_CAP = _HEAD + ". (Nguồn ảnh: Cục Lao động)"
_P0 = "Hội nghị diễn ra trong hai ngày với sự tham gia của đại diện các sở, ngành và doanh nghiệp trên địa bàn."
_P1 = "Các học viên được hướng dẫn sử dụng ứng dụng học trực tuyến và nhận tài liệu miễn phí từ ban tổ chức."


@pytest.mark.parametrize("lines,breaks,hit", [
    ([_P0, _HEAD, _CAP, _P1], set(), True),  # the alt text glued to its caption (h35vi04's shape)
    ([_P0, _HEAD, _CAP, _P1], {1}, False),  # a blank line between: a heading over its image's caption
    ([_HEAD, _CAP, _P1], {0}, False),  # the page's title, a block of its own (h41vi02's shape)
    ([_HEAD, _CAP, _P1], set(), True),
])
def test_alt_prefix_reads_a_block_only(lines: list[str], breaks: set[int], hit: bool) -> None:
    got = alt_prefixes(lines, {lines.index(_CAP): ("boilerplate.caption", "")}, breaks)
    assert (got.get(lines.index(_HEAD), ("",))[0] == ALT) is hit


@pytest.mark.parametrize("policy", POLICIES)
def test_a_title_over_its_image_caption_stays(policy: str) -> None:
    text = "\n\n".join([_HEAD, _CAP + "\n" + _CAP, _P0 + "\n" + _P1]) + "\n"
    got = _removed(text, policy)
    assert _HEAD not in got and got.get(_CAP), got


# --- a place's address, no tag list -------------------------------------------------------------------------


@pytest.mark.parametrize("s,want", [
    ("Xã Bắc Hải, huyện Tiền Hải, tỉnh Thái Bình", True),  # h41vi15's shape
    ("Địa chỉ: ấp Tân Quang, xã Hiếu Phụng, Vũng Liêm, tỉnh Vĩnh Long", True),  # crawl12's record (c12vi03)
    ("Thành phố Hà Nội, quận Ba Đình, phường Kim Mã", True),
    ("Республика Бурятия, Хоринский район, село Хоринск", True),
    ("Tags: Trung Quốc, Mỹ, thuế quan", False), ("Теги: Китай, США, пошлины", False),
    ("Hà Nội, TP.HCM, Đà Nẵng", False), ("Tỉnh ủy, HĐND, UBND", False),  # one kind word, no address
])
def test_address_line(s: str, want: bool) -> None:
    assert address_line(s) is want


_CHURCH = ("Theo truyền khẩu, giáo họ được đón nhận Tin Mừng vào năm 1770, do một số giáo dân di cư từ vùng khác "
           "đem tới.\nNăm 2003, giáo họ khởi công xây dựng ngôi thánh đường mới với tháp chuông cao 34,5m.\n")


@pytest.mark.parametrize("policy", ("balanced", "conservative", "weighed"))
def test_a_name_over_its_address_stays(policy: str) -> None:
    name, address = "Nhà thờ Giáo họ Vát Cấp", "Xã Bắc Hải, huyện Tiền Hải, tỉnh Thái Bình"
    got = _removed("\n\n".join([name, name, address, _CHURCH]), policy)
    assert address not in got and name in _kept_lines(got, [name, name]), got


def _kept_lines(got: dict[str, str], lines: list[str]) -> list[str]:
    """The lines of ``lines`` the ledger has no removal for (a line printed twice: one copy removed leaves one)."""
    return lines[1:] if lines[0] in got else lines


@pytest.mark.parametrize("policy", ("balanced", "conservative"))
def test_tags_still_go(policy: str) -> None:
    got = _removed("Trung Quốc áp thuế mới\n" + _VI + "Tags: Trung Quốc, Mỹ, thuế quan, xuất khẩu\n", policy)
    assert got.get("Tags: Trung Quốc, Mỹ, thuế quan, xuất khẩu", "").startswith("boilerplate."), got


def test_doubled_label_reads_no_address_as_the_headline() -> None:
    lines = ["Nhà thờ Giáo họ Vát Cấp", "Nhà thờ Giáo họ Vát Cấp", "Xã Bắc Hải, huyện Tiền Hải, tỉnh Thái Bình",
             *_CHURCH.splitlines()]
    assert doubled_label(lines, {1: ("dedupe.exact", "")}) == {}
    lines[2] = "Thánh lễ bổn mạng diễn ra long trọng sáng Chúa nhật tuần qua"  # a headline: the doubled line a label
    assert 0 in doubled_label(lines, {1: ("dedupe.exact", "")})
