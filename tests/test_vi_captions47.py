"""post35 (issue 12): what the cleaner left on the blind part held35, fixed by class.

* ``portal.position_caption`` (:mod:`mtpipe.clean.vi_captions47`): a caption naming the people of a photo with
  their place in it, "(từ trái sang)", "(thứ 3 từ phải qua)".  Positives: h35vi03 ("Cẩm, Quyên và Nguyên (từ trái
  sang) tại căng-tin …"), h18vi09 ("Lê Nguyễn Huyền Trân, lớp 12C (thứ 3 từ phải qua) thuyết trình …"), and the
  marker's other written forms ("(thứ hai từ trái)", "(từ trái qua phải)", "(hàng đầu, thứ hai từ phải sang)").
  Negatives of the same shape: a paragraph of two sentences placing a person, a quoted speech, a line announcing a
  list, the page's title before the first sentence, a phrase naming a direction in no bracket ("rẽ trái sang …").
* ``portal.image_cell_caption``: a caption cell right under its Markdown image, paragraphs around them (h35vi14's
  "Khai giảng lớp xóa mù chữ tại xã Phú Lũng. |", the paragraph above mixed with numbers and tokens).  Negatives:
  the page's title in a cell under its header image (h30vi03), a table row under the cell, a short line under it.
* the widget words of Belarusian and Ukrainian pages beside the Russian ones (``chrome.related``,
  ``boilerplate.widget``): "Меткі:", "Чытайце яшчэ" (h35ru08), "Чытайце таксама", "Глядзіце таксама" (Belarusian
  site themes), "Мітки:", "Позначки:" (WordPress uk).  Negatives: sentences that use the words.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.vi_captions47 import IMAGE_CELL, POSITION, image_cell_captions, position_caption
from mtpipe.document import Document

_VI = ("Hoàng Hiểu đến từ Đông Hưng, Quảng Tây là sinh viên khoa Tiếng Việt Đại học Hà Nội.",
       "Bố của Hoàng Hiểu là trí thức từng sang Việt Nam học và làm việc một thời gian ở Hà Nội.",
       "Nguyên, người Nam Ninh, đến Việt Nam học ngành Thương mại Quốc tế từ năm 2008 và rất thích nơi này.")
_RU = ("В деревне Будилово уже пять лет местные власти не могут толком отремонтировать водопровод.",
       "Раз в неделю в Будилово привозят цистерну воды – восемь тонн на 250 жителей деревни.")


def _removed(text: str, policy: str) -> dict[str, str]:
    doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(text, doc_id="s/a.txt", path="s/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


@pytest.mark.parametrize("line", [
    "Cẩm, Quyên và Nguyên (từ trái sang) tại căng-tin trường ĐH Hà Nội",
    "Lê Nguyễn Huyền Trân, lớp 12C (thứ 3 từ phải qua) thuyết trình về việc trồng rau thủy canh bằng tiếng Anh.",
    "Ông Nguyễn Văn A (thứ hai từ trái) trao quà cho các hộ nghèo",
    "Các đại biểu (từ trái qua phải) cắt băng khánh thành công trình",
    "Đoàn công tác (hàng đầu, thứ hai từ phải sang) chụp ảnh lưu niệm tại trường",
])
def test_position_caption_shape(line):
    assert position_caption(line)


@pytest.mark.parametrize("line", [
    "Ông A (thứ hai từ trái) cho biết nhà máy đã hoạt động trở lại. Theo ông, sản lượng tăng 20%.",  # two sentences
    "Ông A (thứ hai từ trái) nói: “Chúng tôi sẽ tiếp tục hỗ trợ bà con”",  # a quoted speech
    "Những người tham gia (từ trái sang):",  # announces a list
    "Đến ngã tư, xe rẽ trái sang đường Nguyễn Trãi rồi đi thẳng tới chợ.",  # no bracket
    "Ảnh (từ trái)",  # too short
])
def test_position_caption_negatives(line):
    assert not position_caption(line)


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_position_caption_goes_after_the_first_sentence(policy):
    cap = "Cẩm, Quyên và Nguyên (từ trái sang) tại căng-tin trường ĐH Hà Nội"
    got = _removed("\n".join([_VI[0], _VI[1], cap, _VI[2]]), policy)
    assert got.get(cap) == POSITION
    title = "Ba bạn trẻ (từ trái sang) chọn học tiếng Việt ở Hà Nội"  # the title, before any sentence: stays
    assert title not in _removed("\n".join([title, _VI[0], _VI[1], _VI[2]]), policy)


_ABOVE = "BHG- Trong 3 ngày từ 22 – 25.4, 4 xã biên giới huyện Yên Minh đồng loạt khai giảng 16 lớp xóa mù chữ."
_BELOW = ("Ban Chỉ đạo Phổ cập giáo dục, xóa mù chữ các xã đã thành lập tổ khảo sát, vận động người mù chữ từ 15 - 60 "
          "tuổi tham gia học tập.")
_CELL = "Khai giảng lớp xóa mù chữ tại xã Phú Lũng. |"


def test_image_cell_caption():
    lines = [_ABOVE, "![]() |", _CELL, _BELOW]
    assert image_cell_captions(lines, {}) == {2: (IMAGE_CELL, image_cell_captions(lines, {})[2][1])}


@pytest.mark.parametrize("lines", [
    ["![]() |", "Tiếp tục lùi thời gian thông quan tại cặp cửa khẩu Chi Ma-Ái Điểm |", _BELOW],  # title, nothing above
    [_ABOVE, "![]() |", _CELL, "| Xã | Số lớp | Học viên |"],  # a table's row under it
    [_ABOVE, "![]() |", _CELL, "Lớp học buổi tối."],  # a short line under it
    ["| Thứ hai | 7:30 |", "![]() |", _CELL, _BELOW],  # a table's row above the image
    [_ABOVE, "Ảnh: Minh Hà", _CELL, _BELOW],  # no image right above
])
def test_image_cell_caption_negatives(lines):
    assert image_cell_captions(lines, {}) == {}


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_image_cell_caption_in_the_cleaner(policy):
    got = _removed("\n".join(["Khai giảng 16 lớp xóa mù chữ tại các xã biên giới Yên Minh", _ABOVE, "![]() |", _CELL,
                              _BELOW]), policy)
    assert _CELL in got


@pytest.mark.parametrize("line", ["Меткі:", "Чытайце яшчэ", "Чытайце таксама", "Глядзіце таксама:", "Мітки:",
                                  "Позначки:"])
@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_belarusian_and_ukrainian_widget_words(line, policy):
    assert line in _removed("\n".join([_RU[0], _RU[1], line]), policy)


@pytest.mark.parametrize("line", [
    "Чытайце яшчэ раз умовы конкурсу, перш чым адпраўляць заяўку.",
    "Меткі на дрэвах паставілі лесаводы яшчэ восенню, каб не памыліцца.",
    "Глядзіце таксама на надвор'е: у суботу чакаецца моцны вецер.",
])
def test_sentences_with_the_words_stay(line):
    assert line not in _removed("\n".join([_RU[0], line, _RU[1]]), "weighed")


# ``boilerplate.bracket_credit`` (:mod:`mtpipe.clean.bracket_credits`) and ``boilerplate.title_echo``
# (:mod:`mtpipe.clean.title_echo`): the closing lines of h35vi01 and h35ru12, with the other forms of their class.
from mtpipe.clean.bracket_credits import CREDIT, bracket_credit  # noqa: E402
from mtpipe.clean.title_echo import ECHO, title_echo  # noqa: E402


@pytest.mark.parametrize("line", [
    "(Y.T., Sở Ngoại vụ TPHCM)",  # h35vi01
    "(H.V., Sở Ngoại vụ TPHCM, ngày 5-10-2006)",  # the same CMS's older page (pages corpus)
    "(N.H - Phòng Văn hóa huyện)",
    "(А.С., пресс-служба администрации района)",
    "(T.H.)",
])
def test_bracket_credit_shape(line):
    assert bracket_credit(line)


@pytest.mark.parametrize("line", [
    "(ЧПОУ НКЭС)",  # an abbreviation without dots: content on a dev page
    "(при наличии свободных номеров)",
    "(dưới 2 tuổi)",
    "(Mt 5,1-12a)",
    "(Số 01/T6.2021)",
    "(Y.T., Sở Ngoại vụ TPHCM) cho biết thêm về chuyến thăm.",  # not the whole line
])
def test_bracket_credit_negatives(line):
    assert not bracket_credit(line)


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_bracket_credit_closes_the_text_only(policy):
    cred = "(Y.T., Sở Ngoại vụ TPHCM)"
    assert _removed("\n".join([*_VI, cred]), policy).get(cred) == CREDIT
    assert cred not in _removed("\n".join([_VI[0], cred, _VI[1], _VI[2]]), policy)  # the text goes on under it


@pytest.mark.parametrize("title, line", [
    ("Заслуженная награда!", "Заслуженная награда! Поздравляем!!!"),  # h35ru12
    ("Выпускной вечер 2024", "Выпускной вечер 2024. До новых встреч!"),
    ("Chung kết hội thi văn nghệ", "Chung kết hội thi văn nghệ - Chúc mừng các đội!"),
])
def test_title_echo_shape(title, line):
    assert title_echo(title, line)


@pytest.mark.parametrize("title, line", [
    ("Заслуженная награда!", "Заслуженная награда досталась школе за её шестьдесят лет работы."),  # a sentence
    ("Заслуженная награда!", "Заслуженная награда нашла своих героев."),  # no break after the title's words
    ("Xây tương lai bằng tiếng Việt", "Xây tương lai bằng tiếng Việt: sinh viên Trung Quốc kể về năm học đầu tiên."),
    ("Заслуженная награда!", "Заслуженная награда!"),  # a whole copy: the duplicate layer's
    ("Заслуженная награда!", "Поздравляем! Заслуженная награда!"),  # does not open with the title
    ("Новости", "Новости района за неделю"),  # a one-word title
])
def test_title_echo_negatives(title, line):
    assert not title_echo(title, line)


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_title_echo_in_the_cleaner(policy):
    echo = "Заслуженная награда! Поздравляем!!!"
    page = ["Заслуженная награда!", *_RU, echo]
    assert _removed("\n".join(page), policy).get(echo) == ECHO
    assert echo not in _removed("\n".join(["Заслуженная награда!", _RU[0], echo, _RU[1]]), policy)  # not the last


# ``boilerplate.language_switch`` (:mod:`mtpipe.clean.language_switch`): h35vi03's "EN" / "VN", h29ru07's "EN",
# the html part's "Укр" / "Рус" / "Eng", t31ru01's "RU".
from mtpipe.clean.language_switch import SWITCH, language_code, language_switches  # noqa: E402


@pytest.mark.parametrize("line, ok", [("EN", True), ("VN", True), ("Рус", True), ("| Eng |", True), ("RU", True),
                                      ("VNĐ", False), ("EN VN", False), ("Tin tức", False), ("USD", False)])
def test_language_code(line, ok):
    assert language_code(line) is ok


def test_language_switch_runs_above_the_text():
    lines = ["logo", "EN", "VN", "", "Xây tương lai bằng tiếng Việt", _VI[0], _VI[1]]
    assert set(language_switches(lines, {0: ("x", "")})) == {1, 2}
    assert set(language_switches(["EN", "VN", _VI[0]], {})) == {0, 1}  # two codes next to each other
    assert language_switches(["Tỷ giá", "VN", _VI[0]], {}) == {}  # one code, nothing removed next to it
    assert language_switches([_VI[0], "EN", "VN", _VI[1]], {}) == {}  # under the first sentence: a table's cells


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_language_switch_in_the_cleaner(policy):
    got = _removed("\n".join(["logo", "EN", "VN", "", "Xây tương lai bằng tiếng Việt", *_VI]), policy)
    assert got.get("VN") == SWITCH or ("VN" in got and "EN" in got)


# ``boilerplate.title_echo_inside`` (h35vi11) and ``captions.alt_prefix`` (:mod:`mtpipe.clean.alt_prefix`, h35vi04)
from mtpipe.clean.alt_prefix import ALT, alt_prefixes  # noqa: E402
from mtpipe.clean.title_echo import INSIDE, title_inside  # noqa: E402

_TITLE = "Hà Giang bắt đầu thu phí tham quan Bảo tàng tỉnh"


@pytest.mark.parametrize("line, ok", [
    ("Hà Giang bắt đầu thu phí tham quan Bảo tàng tỉnh từ ngày 1/9/2023", True),  # h35vi11
    ("Hà Giang bắt đầu thu phí tham quan Bảo tàng tỉnh (ảnh minh họa)", True),
    ("Hà Giang bắt đầu thu phí tham quan Bảo tàng tỉnh từ ngày 1/9 với giá 40.000 đồng.", False),  # a sentence
    ("Hà Giang bắt đầu thu phí tham quan Bảo tàng tỉnh", False),  # the whole copy: the duplicate layer's
    ("Bảo tàng tỉnh Hà Giang bắt đầu thu phí tham quan", False),  # another order
])
def test_title_inside(line, ok):
    assert title_inside(_TITLE, line) is ok


def test_title_inside_needs_a_long_title():
    assert not title_inside("Hội chợ cam", "Hội chợ cam năm nay có gì mới")  # a subheading extending a short title


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_title_inside_in_the_cleaner(policy):
    img = "Hà Giang bắt đầu thu phí tham quan Bảo tàng tỉnh từ ngày 1/9/2023"
    got = _removed("\n".join([_TITLE, _VI[0], img, _VI[1], _VI[2]]), policy)
    assert got.get(img) == INSIDE


_CAPTION = "Chương trình Giao lưu hữu nghị thanh niên biên giới Việt Nam - Trung Quốc năm 2023. (Ảnh: Hằng Nguyễn)"


@pytest.mark.parametrize("line, rule, hit", [
    ("chương trình Giao lưu hữu nghị thanh niên biên giới Việt Nam - Trung Quốc năm 2023", "boilerplate.caption", True),
    ("Chương trình Giao lưu hữu nghị", "portal.event_caption", True),
    ("chương trình Giao lưu hữu nghị thanh niên biên giới", "dedupe.exact", False),  # no caption rule under it
    ("Chương trình năm nay kéo dài ba ngày với nhiều hoạt động giao lưu sôi nổi giữa thanh niên hai nước.",
     "boilerplate.caption", False),  # a paragraph sharing no opening
    ("Chương trình Giao", "boilerplate.caption", False),  # too short
])
def test_alt_prefix(line, rule, hit):
    got = alt_prefixes([_VI[0], line, _CAPTION, _VI[1]], {2: (rule, "")})
    assert (got.get(1, ("",))[0] == ALT) is hit
