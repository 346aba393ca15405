"""gal103 (issue 12): a photo gallery's captions under the line announcing them, on a Vietnamese page.

``portal.gallery_run`` / ``portal.photo_lead`` (:mod:`mtpipe.clean.gallery_runs103`).  Positives in the shapes of
held55's h55vi11 (a lead-in another rule took first, short captions to the page's end), dev's h45vi05 (a lead-in
with no quantifier first, five dish names, then the text's next paragraph) and held55's h55vi02 (a lead-in naming
"các bức ảnh" closed by a colon); negatives: dev's h51vi04 (a paragraph and a dashed list under the lead-in), a
stopped caption in the run, a heading with no colon, a lead-in above the first sentence, photo words that name no
photo shown, and a Russian page.  The lines are made up in those shapes.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.gallery_runs103 import (GALLERY_RUN, PHOTO_LEAD, caption_shape, gallery_runs, lead,
                                          photo_lead)
from mtpipe.clean.vi_captions47 import POSITION
from mtpipe.document import Document

_TITLE = "Hội đồng hương xã Phước Hòa họp mặt cuối năm"
_TEXT = ("Sáng Chủ nhật vừa qua, tại nhà hàng Sen Hồng, hội đồng hương xã Phước Hòa đã tổ chức buổi họp mặt thường "
         "niên với sự tham dự của đông đảo bà con.",
         "Buổi họp mặt có phần báo cáo hoạt động, trao học bổng cho các cháu học giỏi và chương trình văn nghệ do "
         "chính các hội viên dàn dựng.",
         "Chương trình kết thúc lúc 14 giờ cùng ngày trong không khí ấm áp, thân tình.")
_CAPTIONS = ("Đón tiếp khách mời", "Hoa chúc mừng của hội bạn", "Trao học bổng cho các cháu",
             "Khai tiệc", "Ông Nguyễn Văn Tâm (trái) trưởng ban liên lạc phát biểu")
_NEXT = ("Kết thúc buổi họp mặt, ban liên lạc đã trao 3 giải nhất, 5 giải nhì và nhiều phần quà cho các gia đình "
         "tham gia đông đủ nhất.")


def _removed(text: str, policy: str = "weighed") -> dict[str, str]:
    doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(text, doc_id="s/a.txt", path="s/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_captions_under_a_lead_in_another_rule_took(policy):
    lead_in = "Sau đây là một vài hình ảnh tiêu biểu:"  # boilerplate.caption reads "ảnh tiêu biểu:" as a label
    got = _removed("\n".join([_TITLE, *_TEXT, lead_in, *_CAPTIONS]) + "\n", policy)
    assert lead_in in got
    assert all(got.get(c) == GALLERY_RUN for c in _CAPTIONS[:-1]), got
    assert got.get(_CAPTIONS[-1]) == POSITION, got  # its side word "(trái)": portal.position_caption first (cap104)
    assert not any(s in got for s in (_TITLE, *_TEXT))


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_run_ends_at_the_texts_next_paragraph(policy):
    lead_in = "Hình ảnh về một số món ăn truyền thống của đồng bào các dân tộc trong huyện:"
    dishes = ("Cơm lam ống tre", "Gà nướng mắc khén", "Canh măng chua", "Cá suối nướng")
    got = _removed("\n".join([_TITLE, *_TEXT, lead_in, *dishes, _NEXT]) + "\n", policy)
    assert got.get(lead_in) == PHOTO_LEAD
    assert all(got.get(d) == GALLERY_RUN for d in dishes), got
    assert _NEXT not in got and not any(s in got for s in _TEXT)


def test_colon_lead_in_goes_and_the_stopped_captions_under_it_stay():
    lead_in = ("Cùng thưởng lãm vẻ đẹp quê hương, con người và tình hữu nghị hai nước láng giềng qua các bức ảnh "
               "trưng bày tại triển lãm:")
    under = ("Hội An – đô thị cổ bên dòng sông Hoài, nơi lưu giữ hàng trăm ngôi nhà cổ và những con phố đèn lồng "
             "lung linh về đêm.")
    got = _removed("\n".join([_TITLE, *_TEXT, lead_in, under]) + "\n")
    assert got.get(lead_in) == PHOTO_LEAD
    assert under not in got


def test_a_list_the_paragraph_announces_stays():  # h51vi04's shape
    lead_in = "Dưới đây là một số hình ảnh khác về hội quán:"
    para = ("Các hội quán này, phần lớn được xây dựng từ thế kỷ 18 và 19, không chỉ là nơi thờ tự mà còn giữ nhiều "
            "vai trò khác trong đời sống của cộng đồng như:")
    items = ("- Trụ sở hành chính của bang", "- Trụ sở của hội đồng hương", "- Nơi gặp gỡ của giới buôn bán")
    for lines in ([_TITLE, *_TEXT, lead_in, para, *items],  # the paragraph ends the run before it starts
                  [_TITLE, *_TEXT, lead_in, *items]):  # the dashed list right under the lead-in: no caption shape
        assert {lines[i] for i in gallery_runs(lines, {})} <= {lead_in}


def test_a_stopped_line_in_the_run_keeps_all():
    lines = [_TITLE, *_TEXT, "Sau đây là một số hình ảnh của buổi lễ:", _CAPTIONS[0], "Khai mạc.", _CAPTIONS[1]]
    got = gallery_runs(lines, {})
    assert not any(v[0] == GALLERY_RUN for v in got.values())


def test_heading_without_colon_and_lead_in_above_the_text_stay():
    heading = "Những hình ảnh đáng nhớ của năm"
    assert not lead(heading)
    lines = [heading, *_CAPTIONS[:2], *_TEXT]
    assert gallery_runs(lines, {}) == {}
    lines = ["Sau đây là một số hình ảnh của buổi lễ:", *_CAPTIONS[:2], *_TEXT]  # above the first sentence
    assert gallery_runs(lines, {}) == {}


@pytest.mark.parametrize("line", [
    "Cùng thưởng lãm vẻ đẹp đất nước qua các bức ảnh trưng bày tại triển lãm:",
    "Hình ảnh về một số món ăn là tinh hoa ẩm thực của huyện:",
    "Chùm ảnh bản dựng hoàn chỉnh của mẫu điện thoại mới:",
    "Sau đây là phóng sự ảnh của buổi lễ:",
    "Báo xin chọn và đăng tải một số bức ảnh của liệt sĩ:",
])
def test_photo_lead(line):
    assert photo_lead(line)


@pytest.mark.parametrize("line", [
    "Anh em chụp ảnh lưu niệm cùng khách mời:",  # to take photos
    "Các yếu tố ảnh hưởng đến năng suất gồm:",  # to affect
    "Rồi ảnh nói với tôi:",  # a southern "he"
    "Những hình ảnh đáng nhớ của năm",  # no colon: a heading
    "Theo ông, " + "việc xây dựng " * 10 + "hình ảnh thương hiệu cần:",  # over thirty words
])
def test_no_photo_lead(line):
    assert not photo_lead(line)


@pytest.mark.parametrize("line,ok", [
    ("Khai tiệc", True), ("Anh Lâm (phải) trưởng ban", True), ("Khai mạc.", False), ("Phần 2:", False),
    ("- Trụ sở của bang", False), ("1. Tiếp khách", False), ("• Hoa chúc mừng", False),
])
def test_caption_shape(line, ok):
    assert caption_shape(line) is ok


def test_russian_page_untouched():
    text = "\n".join(["Встреча земляков", "В воскресенье в ресторане прошла ежегодная встреча земляков района.",
                      "Фоторепортаж:", "Встреча гостей", "Открытие вечера"]) + "\n"
    got = _removed(text)
    assert all(rule not in (GALLERY_RUN, PHOTO_LEAD) for rule in got.values())
