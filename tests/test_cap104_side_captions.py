"""cap104 (issue 12): a photo's caption placing its people by a side word alone, "(phải)", "(trái)", "(giữa)".

``portal.position_caption`` (:mod:`mtpipe.clean.vi_captions47`) took the marker with "từ" ("(từ trái sang)", "(thứ 3
từ phải qua)"); Vietnamese captions as often write the side alone: "Anh Lâm Đức Tố Giang (phải) trưởng Ban Liên Lạc
…" (held55's h55vi11), "Mane (trái) ghi bàn thắng …", "Thứ trưởng … (bìa phải) cùng đoàn công tác …".  Only a photo
has a left and a right.  The guards are the rule's own: one sentence, 4-40 words, no quotation, colon or question,
after the article's first sentence.  Negatives: the fruit's gloss "quả (trái)", a side word in no bracket, a side
word inside a quoted speech or before a colon, two sentences, the page's title.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.vi_captions47 import POSITION, position_caption
from mtpipe.document import Document

_VI = ("Chiều 12/3, tại Hà Nội, Bộ Giáo dục và Đào tạo tổ chức lễ trao quyết định bổ nhiệm cán bộ lãnh đạo.",
       "Phát biểu tại buổi lễ, Thứ trưởng đề nghị các đồng chí được bổ nhiệm phát huy năng lực và "
       "tinh thần trách nhiệm.",
       "Thay mặt các cán bộ được bổ nhiệm, TS Đỗ Anh Dũng cảm ơn sự tin tưởng của lãnh đạo Bộ và "
       "hứa hoàn thành nhiệm vụ.")


def _removed(text: str, policy: str) -> dict[str, str]:
    doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(text, doc_id="s/a.txt", path="s/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


@pytest.mark.parametrize("line", [
    "Anh Lâm Đức Tố Giang (phải) trưởng Ban Liên Lạc hội ĐH Lương Mai",
    "Mane (trái) ghi bàn thắng mở tỉ số cho Liverpool trước Leeds.",
    "Thứ trưởng Bộ Y tế Trần Văn Thuấn (bìa phải) cùng đoàn công tác kiểm tra điểm tiêm vắc xin",
    "Laura Zuniga (đứng giữa) cùng các tang vật khi bị bắt giữ",
    "Bobby Holland Hanton (bên phải) và Chris Hemsworth (trái)",
    "David Beckham (ngoài cùng bên trái) cùng các con đi dạo trên bãi biển.",
    "HLV Hansi Flick (Giữa) sẽ đảm nhiệm ghế HLV trưởng đội tuyển Đức",
])
def test_side_word_caption_shape(line):
    assert position_caption(line)


@pytest.mark.parametrize("line", [
    "Quả (trái) bơ năm nay được mùa và được giá ở chợ đầu mối.",  # a fruit's gloss, no side
    "Đến ngã tư, xe rẽ phải rồi đi thẳng tới chợ Bến Thành.",  # a side word in no bracket
    "Ông A (phải) nói: “Chúng tôi sẽ tiếp tục hỗ trợ bà con”",  # a quoted speech
    "Nếu bạn để ý sẽ thấy nhẫn cưới xuất hiện rồi biến mất\", John Dickson (ngoài cùng bên phải) tâm sự.",  # quote
    "Ông A (trái) cho biết nhà máy đã hoạt động trở lại. Theo ông, sản lượng tăng 20%.",  # two sentences
    "Ronaldo (phải)",  # too short
])
def test_side_word_negatives(line):
    assert not position_caption(line)


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_side_word_caption_goes_after_the_first_sentence(policy):
    cap = "Thứ trưởng Phạm Ngọc Thưởng (phải) cùng các cán bộ được bổ nhiệm tại buổi lễ"
    got = _removed("\n".join([_VI[0], _VI[1], cap, _VI[2]]), policy)
    assert got.get(cap) == POSITION
    assert not any(v == POSITION for k, v in got.items() if k != cap)
    title = "Thứ trưởng Phạm Ngọc Thưởng (phải) trao quyết định bổ nhiệm"  # the title, before any sentence: stays
    assert title not in _removed("\n".join([title, _VI[0], _VI[1], _VI[2]]), policy)


def test_fruit_gloss_stays_in_the_text():
    line = "Quả (trái) bơ Đắk Lắk năm nay được mùa, thương lái thu mua tại vườn"
    assert line not in _removed("\n".join([_VI[0], _VI[1], line, _VI[2]]), "weighed")


_GALLERY = ["Sáng ngày Chủ Nhật 16/11/2014, tại nhà hàng Vườn Hồng, hội đồng hương đã tổ chức buổi họp mặt "
            "thường niên.",
            "Đến dự có các vị khách mời là đại biểu của hội đồng hương huyện và các hội đồng hương bạn "
            "trong thành phố.",
            "Sau đây là một vài hình ảnh tiêu biểu:", "Duyên dáng tiếp tân",
            "Anh Lâm Đức Tố Giang (phải) trưởng Ban Liên Lạc hội đồng hương", "Khai tiệc",
            "Đồng hương huyện chan hòa cùng anh em"]


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_gallery_run_goes_past_a_side_word_caption(policy):
    """A caption ``portal.position_caption`` took inside a gallery does not end the gallery's run (gallery_runs103
    stops at a removed line): the captions under it go too."""
    got = _removed("\n".join(_GALLERY), policy)
    assert got.get(_GALLERY[4]) == POSITION
    assert got.get(_GALLERY[5]) == "portal.gallery_run"
    assert got.get(_GALLERY[6]) == "portal.gallery_run"
    assert _GALLERY[0] not in got and _GALLERY[1] not in got
