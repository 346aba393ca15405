"""Round bnd78 (issue 12: held56's sentence boundaries outside its timetable, read after its blind run), by class,
each with negatives (made-up examples of the class and the pools' shapes, not only the pages' strings):

* a title in straight double quotes with a stop inside, quoted in the middle of a sentence, is no end ('… выставка
  "Шелковая мода. 30 предметов …".', ``h56ru02``), and a title with two stops inside in either quotes is one unit
  (:mod:`mtpipe.segment.quoted_title`); quoted speech after a colon and a closed quote before a new sentence keep
  their ends;
* a Vietnamese work's title after the noun naming its kind is no glued heading ("… ra mắt hai tập sách Những câu
  chuyện đi cùng năm tháng …", ``h56vi01``; :mod:`mtpipe.segment.work_titles`); a heading glued to its lead still
  splits;
* a long line of running text with no mark at its end, one blank line, and a line that goes on in lower case to a
  stop are one sentence (``h56vi07``; :mod:`mtpipe.clean.softbreak_long`); a heading over its slug, a short line,
  two blank lines, a next line in capitals or with no stop stay apart.
"""

from __future__ import annotations

import pytest

from mtpipe.clean.softbreak import soft_breaks
from mtpipe.clean.softbreak_long import long_gaps
from mtpipe.segment import split_sentences
from mtpipe.segment.work_titles import names_work


def _units(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


# ---- 1. quoted titles with stops inside ---------------------------------------------------------------------------

ONE_UNIT_RU = [
    '16 апреля в Китайском культурном центре в Москве открылась выставка "Шелковая мода. 30 предметов одежды, '
    'рассказывающих о культурном наследии Китая".',
    'Экскурсия по выставочному проекту "Музей. Фонды. Открыто" проводится по четвергам в 11 часов.',
    'Экскурсия по выставочному проекту «Музей. Фонды. Открыто» проводится по четвергам в 11 часов.',
    'В пятницу покажут спектакль "Лес. Весна. 1917" в постановке молодого режиссёра.',
    'Сегодня откроется фестиваль «Кино. Музыка. Театр», на котором выступят гости из Казани.',
]


@pytest.mark.parametrize("text", ONE_UNIT_RU)
def test_a_quoted_title_with_stops_inside_is_one_unit(text):
    assert _units(text, "ru") == [text]


APART_RU = [
    ('Перед игрой выйдет программа "Реальный спорт. Гандбол", не пропустите! Болейте за наших.',
     ['Перед игрой выйдет программа "Реальный спорт. Гандбол", не пропустите!', 'Болейте за наших.']),
    ('Он сказал: "Мы придём. Ждите нас". Потом ушёл.', None),  # speech after a colon keeps its inner end
    ('Это "правда". Но не вся.', ['Это "правда".', 'Но не вся.']),
    ('Это важно. "Мы придём. Ждите нас" -- сказал он.', None),  # a quote opening a sentence
]


@pytest.mark.parametrize("text,units", APART_RU)
def test_quoted_speech_and_closed_quotes_keep_their_ends(text, units):
    got = _units(text, "ru")
    if units is None:
        assert len(got) >= 3
    else:
        assert got == units


# ---- 2. a work's title after its kind -----------------------------------------------------------------------------

VI_TITLES = [
    "Nhà xuất bản Văn học ra mắt hai tập sách Những câu chuyện đi cùng năm tháng và Ánh nắng và màu trăng, tuyển "
    "chọn những bài tản văn đặc sắc.",
    "Lưu Chí Vỹ thể hiện ca khúc Những bữa cơm nhà với nhiều cảm xúc.",
    "Nguyễn Thiện Đức tự tin thể hiện bài hát Để gió cuốn đi của cố nhạc sĩ Trịnh Công Sơn.",
    "Cô đóng vai chính trong bộ phim Để viên đạn bay do đạo diễn Khương Văn dàn dựng.",
    "Anh vừa ra mắt sản phẩm âm nhạc mới mang tên Những bữa cơm nhà.",
]


@pytest.mark.parametrize("text", VI_TITLES)
def test_a_work_title_after_its_kind_is_no_glued_heading(text):
    assert _units(text, "vi") == [text]


VI_GLUED = [
    ("Hiện trường vụ tai nạn Theo ông Tuấn Anh, xe ô tô đã va chạm mạnh.", "Theo ông Tuấn Anh"),
    ("Miệt mài bên một tác phẩm Hiện nay, cuộc sống của đôi vợ chồng rất hạnh phúc.", "Hiện nay"),
    ("Bệnh dễ lây lan nhanh Theo bác sĩ Khanh, bệnh thủy đậu do siêu vi gây ra.", "Theo bác sĩ"),
]


@pytest.mark.parametrize("text,second", VI_GLUED)
def test_a_heading_glued_to_its_lead_still_splits(text, second):
    units = _units(text, "vi")
    assert len(units) == 2 and units[1].startswith(second)


@pytest.mark.parametrize("text,at,expected", [
    ("ra mắt hai tập sách Những", "ra mắt hai tập sách ", True),
    ("Ca khúc Trong mơ", "Ca khúc ", True),
    ("dự án phim mang tên Khi", "dự án phim mang tên ", True),
    ("Miệt mài bên một tác phẩm Hiện", "Miệt mài bên một tác phẩm ", False),
    ("xem phim Đây", "xem phim ", False),
    ("sách Những", "sách ", False),
])
def test_names_work(text, at, expected):
    assert names_work(text, len(at)) is expected


# ---- 3. a long sentence parted over a blank line ------------------------------------------------------------------

LONG = ("Sáng chủ nhật , ngày 16/02/2014 tại khuôn viên Trường Trung cấp kinh tế kỹ thuật Tây Ninh, ban điều hành hội "
        "cựu học sinh trường đã tổ chức thành công buổi họp lần thứ 15 với sự tham dự của quý đại biểu ,thầy cô và học sinh")
LONG_RU = ("В субботу на площади перед домом культуры жители района и гости праздника смотрели выступления "
           "самодеятельных коллективов и участвовали в конкурсах для детей и взрослых")


@pytest.mark.parametrize("cur,nxt", [
    (LONG, "các khóa tổng cộng 115 người tham dự ."),
    (LONG_RU, "весь день до позднего вечера."),
])
def test_a_long_line_goes_on_over_one_blank_line(cur, nxt):
    lines = [cur, "", nxt]
    assert long_gaps(lines) == [(0, 2)]
    text = "\n".join(lines) + "\n"
    assert len(soft_breaks(text)) == 2  # both newlines of the gap joined


@pytest.mark.parametrize("lines", [
    ["Lễ hội chùa Ông Bổn của người Hoa ở Bình Dương thu hút đông đảo du khách", "", "le hoi chua ong bon"],  # slug
    [LONG + ".", "", "các khóa tổng cộng 115 người tham dự ."],  # the line ends its sentence
    [LONG, "", "", "các khóa tổng cộng 115 người tham dự ."],  # two blank lines
    [LONG, "", "Các khóa tổng cộng 115 người tham dự ."],  # the next line opens a sentence
    [LONG, "", "các khóa tổng cộng 115 người tham dự"],  # no stop: a slug, a tag, a caption
    [LONG, "", "a) các khóa tổng cộng 115 người tham dự ."],  # a list item
    ["Học sinh các khóa về dự họp mặt truyền thống của trường năm nay", "", "các thầy cô đều có mặt."],  # short
    [LONG.upper(), "", "các khóa tổng cộng 115 người tham dự ."],  # a heading in capitals
])
def test_a_gap_stays_apart(lines):
    assert long_gaps(lines) == []
