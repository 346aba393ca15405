"""Round soft65 (issue 12: 0 sentences cut at soft line breaks), table-driven with negatives
(:func:`mtpipe.clean.softbreak_verse.couplet_wraps`): a couplet standing alone, in quotes or under a translation's
label, its first line with no mark at its end, is one unit (the realpages README, adjudication of the twenty-ninth session: a verse line with no stop is a soft break).

The forms are held41's ``h41vi14`` (a temple's parallel sentences, one closed by a wrong-direction quote, and their
translation under "Dịch nghĩa:"), held23's ``h23vi30`` (a lục bát couplet in quotes) and couplets under "Dịch nghĩa:" /
"Nghĩa là:" on public pages of temples' parallel sentences (vi.wikiquote's lists of câu đối).  The negatives are the dev
lines of the same shape that part two units (``h20vi``'s address and the national motto, ``crawl12``'s form rows, ``h19vi08``'s and ``t27vi111``'s line and its copy) and
the look-alikes the sign must leave: headlines under a label (``test_clean_layers``), a heading over a one-sentence text, two menu items, two Russian headlines, a line
that is not alone between blank lines.
"""

from __future__ import annotations

import pytest

from mtpipe.clean.softbreak import soft_breaks
from mtpipe.clean.softbreak_verse import couplet_wraps

# (label before or "", first line, second line): the first goes on into the second
JOIN_CASES = [
    ("", "“Phúc địa tiền nghênh Ô Lâu thủy", "Bửu kinh hậu lịch Hà hồ trì “"),
    ("Dịch nghĩa:", "Một hạt bụi chẳng đến được cửa Bồ đề", "Muôn thiện đều trở về cửa Bát Nhã"),
    ("", "“ Nhất trần bất đáo Bồ Đề địa", "Vạn thiện đòng quy Bát Nhã môn”"),
    ("", "“Tháng Giêng là tháng ăn chơi", "Tháng Hai cờ bạc, tháng Ba rượu chè”"),
    ("Dịch nghĩa:", "Vào cửa được mới biết cung miếu tôn nghiêm trăm quan đầy đủ",
     "Theo đường ấy như thấy trời trăng tỏ rạng, bốn mùa lưu hành"),
    ("Nghĩa là:", "Bảo thủ cơ đồ, người anh hùng nêu cao khí phách", "Hộ trì vận nước, người chí sĩ hiển lộ oai linh"),
    ("Dịch nghĩa:", "Rộng mở đường văn, Sài thủy, Hành sơn, nơi danh giáo", "Đem về triết học, Hạnh đàn, Cối trạch, cõi Thái hòa"),
]


@pytest.mark.parametrize("label, first, second", JOIN_CASES)
def test_a_couplet_alone_is_one_unit(label, first, second):
    lines = ([label] if label else []) + [first, second, "", "Chùa được trùng tu năm 1957 trên nền chùa cũ."]
    i = 1 if label else 0
    assert couplet_wraps(lines, i)
    text = "\n".join(lines)
    assert text.index("\n" + second) in soft_breaks(text)


# (line before, first, second, line after): the two lines stay apart
APART_CASES = [
    ("", "Thưa các đồng chí đại biểu,", "Thưa toàn thể Hội nghị,", ""),  # an address (h20vi)
    ("", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", ""),  # the national motto (held20)
    ("Ban điều hành:", "Thư ký : Maria Nguyễn Thị Oanh", "Thủ quỹ : Maria Đỗ thị Hiên", ""),  # a form's rows (crawl12)
    ("", "Lịch sử hình thành ngôi chùa làng", "Chùa nằm bên bờ sông Ô Lâu hiền hòa.", ""),  # a heading over its text
    ("", "Giới Thiệu Về Chúng Tôi", "Liên Hệ Với Chúng Tôi", ""),  # two menu items
    ("Tin mới nhất:", "Giá vàng hôm nay tăng nhẹ", "Hà Nội mở thêm tuyến buýt điện", ""),  # headlines (test_clean_layers)
    ("Dịch vụ tính phí:", "Sử dụng bể bơi chung của khu nghỉ dưỡng", "Hỗ trợ mua vé tham quan vịnh Hạ Long", ""),  # no translation
    ("", "Một hạt bụi chẳng đến được cửa Bồ đề", "Muôn thiện đều trở về cửa Bát Nhã", ""),  # no label, no quotes
    ("", "“Phúc địa tiền nghênh Ô Lâu thủy", "Bửu kinh hậu lịch Hà hồ trì", ""),  # the quote never closed
    ("", "Tin tức, Thể thao, Kinh tế", "Văn hóa, Giải trí, Pháp luật", ""),  # a menu wrapped (test_softbreak_lists)
    ("", "Новости, Спорт, Культура", "Экономика, Общество, Наука", ""),  # the same in Russian
    ("", "Мэрия подвела итоги года", "Новый мост откроют весной", ""),  # two Russian headlines (no rhyme)
    ("Chùa Làng nằm gần đình làng Phú Xuân", "Một hạt bụi chẳng đến được cửa Bồ đề",
     "Muôn thiện đều trở về cửa Bát Nhã", ""),  # not alone: a running line before it
    ("", "Một hạt bụi chẳng đến được cửa Bồ đề", "Muôn thiện đều trở về cửa Bát Nhã",
     "Đất Phước phía trước chào sông Ô Lâu"),  # not alone: a third line after it
    ("", "Bảng thông tin xe tải", "Bảng thông tin xe tải", ""),  # a line and its copy (h19vi08)
    ("", "Chợ cửa khẩu Móng Cái", "Chợ cửa khẩu Móng Cái", ""),  # the same (t27vi111)
    ("", "Tháng Giêng là tháng ăn chơi", "Tháng Hai cờ bạc tháng Ba rượu chè ngày đêm không nghỉ chút nào", ""),  # no metre
]


@pytest.mark.parametrize("before, first, second, after", APART_CASES)
def test_look_alikes_stay_apart(before, first, second, after):
    assert not couplet_wraps([before, first, second, after], 1)


@pytest.mark.parametrize("label, is_translation", [
    ("Dịch nghĩa:", True), ("Nghĩa là:", True), ("Tạm dịch:", True), ("Dịch thơ:", True), ("Перевод:", True),
    ("Дословный перевод:", True),
    ("Tin mới nhất:", False), ("Dịch vụ tính phí:", False), ("Ý nghĩa của lễ hội năm nay là gì và vì sao:", False),
    ("Читайте также:", False),
])
def test_translation_labels(label, is_translation):
    from mtpipe.clean.softbreak_verse import _TRANSLATION
    assert bool(_TRANSLATION.match(label)) is is_translation
