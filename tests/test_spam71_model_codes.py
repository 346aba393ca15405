"""A short model code in capitals where a name goes is no spam; one in a syllable's slot still is (issue 12, spam71).

Sentences written for these tests (made-up models and codes), none of ``benchmarks/data/langfresh*``'s."""

import pytest

from mtpipe.clean.spam import SpamRepair
from mtpipe.clean.spam_codeslot import named_code


def plan(text):
    return SpamRepair().plan(text)


def spans_of(text, token):
    return [p for p in plan(text) if text[p[0]:p[1]] == token]


@pytest.mark.parametrize("text,token", [
    ("Hãng đã nhận hơn 50.000 đơn đặt hàng cho mẫu KX5 chỉ trong vòng một ngày.", "KX5"),  # after a kind's noun
    ("Công ty đã xin giấy phép bán RZ3 vào tháng 11 năm ngoái.", "RZ3"),  # after a verb that takes it
    ("Nhiều cửa hàng bắt đầu nhận đặt mua GT4 với giá cao hơn giá gốc.", "GT4"),
    ("Hãy cùng tìm hiểu xem QX7 có những điểm gì mới.", "QX7"),
    ("Đội ngũ thiết kế MV9 do một kỹ sư người Đức dẫn dắt.", "MV9"),
    ("Sân bay được cấp chứng nhận ILS2 về an toàn bay.", "ILS2"),
])
def test_a_model_code_where_a_name_goes_is_not_flagged(text, token):
    assert spans_of(text, token) == []
    a = text.index(token)
    assert named_code(text, a, a + len(token))


@pytest.mark.parametrize("text,token", [
    ("Chúng ta phải KV8 vệ môi trường sống.", "KV8"),  # bảo vệ: a syllable cut out of a word
    ("Anh ấy rất giỏi trong việc ZB8 chế xe máy cũ.", "ZB8"),  # độ chế
    ("Chính phủ đã KQ6 hành nhiều chính sách mới.", "KQ6"),  # ban hành
])
def test_a_code_in_a_syllable_slot_is_still_flagged_never_repaired(text, token):
    got = spans_of(text, token)
    assert got and all(rep is None for _, _, rep, _ in got)
    a = text.index(token)
    assert not named_code(text, a, a + len(token))


def test_a_code_before_a_capital_after_a_lower_case_word_keeps_the_gap_test():
    # a run-in heading with no stop: the word after the code is not its context ("sự sáng tạo Mỗi...")
    text = "Chắp cánh cho sự sáng HK8 Mỗi người dân đều có thể đóng góp cho cộng đồng."
    a = text.index("HK8")
    assert not named_code(text, a, a + 3)
    assert spans_of(text, "HK8")


@pytest.mark.parametrize("text,token", [
    ("Hãng đã giao mẫu KX5 cho khách.", "KX5"),  # not the shape: the test decides nothing for other tokens
    ("Giá vàng hôm nay KX55 tăng nhẹ.", "KX55"),
    ("Mẫu xe mới kx5 ra mắt.", "kx5"),
])
def test_only_two_or_three_capitals_and_one_digit(text, token):
    a = text.index(token)
    assert named_code(text, a, a + len(token)) == (token == "KX5")
