"""Spam tokens with no digit or one ("Kubet", "KV8"), and plain domains between syllables that make no word
(issue 12, lang7).  Names and sentences written for these tests, none of ``benchmarks/data/langfresh``'s."""

import pytest

from mtpipe.clean.spam import SpamRepair


def plan(text):
    return SpamRepair().plan(text)


@pytest.mark.parametrize("text,token", [
    ("Chính phủ đã Fabet hành nhiều chính sách mới.", "Fabet"),  # ban hành
    ("Giá xăng dầu trong nước đã tăng Sbobet trong tháng qua.", "Sbobet"),  # tăng mạnh
    ("Chúng ta phải KV8 vệ môi trường sống.", "KV8"),  # bảo vệ
    ("Người dân Kubet nước đều vui mừng.", "Kubet"),  # cả nước
])
def test_a_bare_brand_in_a_gap_is_flagged_never_repaired(text, token):
    got = [p for p in plan(text) if text[p[0]:p[1]] == token]
    assert got and all(rep is None for _, _, rep, _ in got)


@pytest.mark.parametrize("text", [
    "Thuyết tiến hóa của Darwin đã thay đổi cách nhìn về sự sống.",
    "Mẫu xe VF8 của hãng đã được bán tại Mỹ.",
    "Công ty mẹ Alphabet của Google công bố kết quả kinh doanh.",
    "Ông Edwin nói rằng chính phủ sẽ hỗ trợ người dân.",
    "Anh ấy thích chơi game trên PS5 vào cuối tuần.",
    "Họ làm việc ở phòng họp B2 và tầng CT3 của tòa nhà.",
    "Tuyến đường liên cảng A5 và A5 mở rộng đã thông xe.",  # recurring: never flagged by recurrence alone
])
def test_real_names_and_models_are_not_spam(text):
    assert plan(text) == []


@pytest.mark.parametrize("text", [
    "Người dùng có thể truy cập google.com để tìm thông tin.",
    "Nhiều bạn trẻ mua vé qua traveloka.com trong dịp lễ.",
    "Bạn có thể đặt phòng khách sạn trên agoda.com với giá rẻ.",
])
def test_a_named_site_is_not_spam(text):
    assert plan(text) == []


@pytest.mark.parametrize("text,token", [
    ("Trường hợp luật có quy định tinhoc.com khung giá thì phải theo.", "tinhoc.com"),
    ("Mọi người đều muốn shopnow.com một cái Tết vui vẻ.", "shopnow.com"),
])
def test_a_plain_domain_between_syllables_that_make_no_word_is_flagged(text, token):
    got = [p for p in plan(text) if text[p[0]:p[1]] == token]
    assert got and all(rep is None for _, _, rep, _ in got)
