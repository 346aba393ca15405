"""clut88: a link to another story marked ">>" on a Vietnamese page too.

``boilerplate.pointer_mark`` (:func:`mtpipe.clean.ru_cards.pointer_marks`, ru46) was Russian only, outside the
article's text; dev's Vietnamese pages print the same pointers, and between the paragraphs too (held20's ">> Hội
nghị đánh giá kết quả …" under the lead, left; held17, held36 and train27vi's ">>> Xem thêm …" taken by the
Vietnamese pointer rules).  Positives are made up; the negatives are the nearest content shapes: a reply's quotation
in lower case, a pointer glued to a whole paragraph (baomoi's news bodies: ">> Xem thêm: Kỹ thuật trồng tía tô …
1. Chuẩn bị dụng cụ …", over the word cap), a line between the paragraphs ending on a stop or a question mark or in
a quotation run, one ">" (a Markdown quotation), CJK after the marks, an English page.
"""

from __future__ import annotations

import pytest

from mtpipe.clean.ru_cards import pointer_mark, pointer_marks

_TEXT = ["Sáng 12/3, UBND huyện tổ chức hội nghị tổng kết công tác phòng chống thiên tai năm 2024.",
         "Tại hội nghị, các đại biểu đã thảo luận và thống nhất nhiều giải pháp cho năm tới."]


@pytest.mark.parametrize("line, pointer", [
    (">> Đoàn công tác tỉnh làm việc với huyện về xây dựng nông thôn mới", True),
    (">>> Ủy ban nhân dân xã thông báo lịch tiếp công dân tháng 5", True),
    (">> Hội nghị triển khai nhiệm vụ năm 2025", True), (">>2 cách trồng rau sạch tại nhà", True),
    (">> mình nghĩ là cầu sẽ xong trước Tết", False),  # a reply's quotation: lower case
    ("> Đoàn công tác tỉnh làm việc với huyện", False),  # one mark: a quotation
    (">> 中文新闻标题", False), (">>", False),
    (">> Xem thêm: Kỹ thuật trồng tía tô tại nhà cho thu hoạch quanh năm  1. Chuẩn bị dụng cụ trồng, đất trồng và "
     "giống Dụng cụ trồng Bạn có thể tận dụng bao xi măng, chậu, khay, thùng xốp có sẵn trong nhà", False),
])
def test_pointer_mark_vietnamese(line, pointer):
    assert pointer_mark(line) is pointer


def test_pointer_above_the_text_of_a_vietnamese_page():
    lines = ["Thứ Tư, 08/04/2015, 08:11", ">> Đoàn công tác tỉnh làm việc với huyện về xây dựng nông thôn mới",
             *_TEXT]
    assert sorted(pointer_marks(lines, {0: ("boilerplate.date_line", None)}, "vi")) == [1]
    assert sorted(pointer_marks([*_TEXT, ">>> Ủy ban nhân dân xã thông báo lịch tiếp công dân"], {}, "vi")) == [2]


def test_headline_pointer_between_the_paragraphs_of_a_vietnamese_page():
    between = [_TEXT[0], ">> Đoàn công tác tỉnh làm việc với huyện về xây dựng nông thôn mới", _TEXT[1]]
    assert sorted(pointer_marks(between, {}, "vi")) == [1]  # held20's shape: a related story under the lead
    assert pointer_marks(between, {}, "ru") == {}  # Russian: outside the text only (ru46)


def test_a_quotation_or_a_sentence_between_the_paragraphs_stays():
    sentence = [_TEXT[0], ">> Theo tôi, cầu sẽ xong trước Tết.", _TEXT[1]]  # a reply's quoted sentence
    assert pointer_marks(sentence, {}, "vi") == {}
    run = [_TEXT[0], ">> Đoàn công tác tỉnh làm việc với huyện", "> Cảm ơn bạn đã chia sẻ", _TEXT[1]]
    assert pointer_marks(run, {}, "vi") == {}  # a quotation run
    asked = [_TEXT[0], ">> Khi nào cầu Bến Thủy được thông xe?", _TEXT[1]]
    assert pointer_marks(asked, {}, "vi") == {}


def test_an_english_page_stays():
    lines = [">> Council approves the new bridge budget", "The council met on Monday to discuss the bridge.",
             "It approved the budget after a long debate about the costs."]
    assert pointer_marks(lines, {}, "en") == {}
