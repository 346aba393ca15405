"""``weighed``'s second signal (a run of held lines between two removed lines is removed after all) leaves a run that
holds a line its neighbours say nothing about (cp59, :mod:`mtpipe.clean.release_guards`): a paragraph of the text (a
sentence end and six words or more: t27vi87's narrative sentence between two photos, held as a caption) or raw HTML
stored as text that carries words (h23vi24's field labels and values closed by their tags, among markup-only lines the
cleaner removes; README convention 11).  On dev the signal released 27 lines: 22 clutter (none of either kind), 5
content (3 of these kinds)."""

import pytest

from mtpipe.clean.policy import THRESHOLDS, Gate, HeldRemovals, release_supported
from mtpipe.clean.release_guards import worded_markup

from test_cp59_unlisted_rules import _rule

TABLE = {"test.held": _rule({"vi": [8, 20], "ru": [8, 20]}), "test.sure": _rule({"vi": [0, 500], "ru": [0, 500]})}


def _released(lang: str, *held: str) -> bool:
    lines = ["Trang chủ", *held, "Chia sẻ"]
    removed = HeldRemovals(Gate(TABLE, THRESHOLDS["weighed"], "weighed", lang), lines)
    removed[0] = ("test.sure", None)
    removed[len(lines) - 1] = ("test.sure", None)
    for i in range(1, len(lines) - 1):
        removed[i] = ("test.held", None)
    assert set(removed.held) == set(range(1, len(lines) - 1))
    release_supported(removed)
    return all(i in removed for i in range(1, len(lines) - 1))


@pytest.mark.parametrize("lang, line", [  # paragraphs of dev pages under or between photos (train27vi, train27ru)
    ("vi", "Trong tiếng trống vang dội, đoàn rước long trọng cung nghinh tượng Thánh nữ tiến vào thánh đường. Cộng "
           "đoàn vừa đi vừa suy niệm, cầu nguyện, thể hiện lòng tôn kính và quyết tâm noi gương Mẹ Thánh."),
    ("vi", "Trước Thánh lễ, Lm Giuse đã làm phép tượng Mẹ Thánh Têrêsa Calcutta."),
    ("vi", "Đồng tế với ngài có Lm Phó Giuse Đỗ Trọng Luân và Lm Giuse Phạm Đăng Khải."),
    ("ru", "Российские туристы, в целом, могут комфортно путешествовать по Китаю и без знания китайского языка."),
])
def test_a_held_paragraph_stays(lang, line):
    assert not _released(lang, line)
    assert not _released(lang, "Ảnh: Giáo xứ", line)  # the run stays whole


@pytest.mark.parametrize("lang, line", [  # the clutter the signal released on dev (held14, held21, held8, vi28, ...)
    ("vi", "Ngày gia nhập"),
    ("ru", "Временно исполняющий обязанности губернатора Приморского края Тарасенко Андрей Владимирович"),
    ("vi", "Rào cản thương mại Mỹ và những gợi ý cho Việt Nam"),
    ("vi", "Ý kiến-Bài vở vui lòng gởi về:  lykientrucvh@gmail.com (VănHóa Online-California)"),
    ("vi", "VĂN HÓA ONLINE - ĐIỂM NÓNG A - THỨ SÁU 21 AUG 2020"),
    ("ru", "USD 94.09 -0.23 EUR 100.53 +0.25"),
    ("vi", "image001"),
    ("ru", "Ярославская обл., Россия"),
    ("vi", "&nbsp;</div>"),  # raw HTML of markup only
    ("vi", '<div class="col-sm-9 col-xs-12" style="box-sizing: border-box; position: relative; min-height: 1px'),
])
def test_held_furniture_between_removed_lines_is_still_released(lang, line):
    assert _released(lang, line)


#: raw HTML stored as text that carries the page's words: h23vi24 (dev), and CMS tables stored with their markup
#: (public database dumps of Vietnamese shops and schools, found with the search tool)
WORDED = ["Ủy ban nh&acirc;n d&acirc;n cấp Tỉnh</div>", "H&igrave;nh thức nộp</th>", "Ph&iacute;, lệ ph&iacute;</th>",
          "Thời gian bảo h&agrave;nh</td>", "C&ocirc;ng ty ph&aacute;t h&agrave;nh</td>", "T&ecirc;n ng&agrave;nh</td>",
          "- H&#7885;c b&#7893;ng &#272;&#7891;ng h&agrave;nh</td>", "Стоимость&nbsp;услуги</td>",
          'Cơ quan thực hiện <div class="row info-row" style="box-sizing: border-box; margin-right: -15px;']
#: markup only, an image's markup with its alt text, an ampersand of plain text
UNWORDED = ["&nbsp;</div>", "</div>", "<div>", '<td colspan="2">&nbsp; </td>', "</th>",
            '<th style="box-sizing: border-box; padding: 10px; text-align: left; border-bottom: 2px solid rgb(206',
            '<image>![Хабаровск / Фото: Корабел.ру](data:image/svg+xml;base64,PHN2Zz4=)</image>',
            '<img src="/upload/news/2023/photo.jpg" alt="Площадка в Марьиной роще">', "AT&T и Verizon", "Tom & Jerry"]


@pytest.mark.parametrize("line", WORDED)
def test_worded_raw_html_stays(line):
    assert worded_markup(line)
    assert not _released("vi", line)


@pytest.mark.parametrize("line", UNWORDED)
def test_markup_without_words_is_no_raw_html_text(line):
    assert not worded_markup(line)
