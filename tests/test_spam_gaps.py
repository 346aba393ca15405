"""Spam tokens seen once that no gambling shape and no gap of the syllable model gave away (issue 12 point 3,
lang11): inside a Vietnamese name, between two syllables, inside a hyphenated transcription, before "/ngày";
and the brand shapes widened from langfresh10's misses (dev now). Each flagged, never repaired; the clean
controls hold Latin codes, names, units and loanwords that must stay untouched."""

from __future__ import annotations

import pytest

from mtpipe.clean.spam import SpamRepair
from mtpipe.clean.spam_gaps import vietnamese_syllable
from mtpipe.clean.spam_shapes import brand_shape

KNOWN = {"kim", "long", "y", "la"}


@pytest.mark.parametrize("word", ["Nguyễn", "nghiêng", "Xuân", "Kim", "khuỷu", "Đồng", "người", "Y"])
def test_vietnamese_syllables(word):
    assert vietnamese_syllable(word, KNOWN)


@pytest.mark.parametrize("word", ["Gowin", "smartphone", "Samsung", "Paripesa", "xtan", "Apple", "b52", "khuya"])
def test_no_vietnamese_syllable(word):
    # "khuya" fits the pattern but is neither marked nor known to this toy model
    assert not vietnamese_syllable(word, KNOWN)


@pytest.mark.parametrize("tok,shape", [
    ("Rikvip", "title"), ("rikvip", "cased"), ("cenvip", "cased"), ("iwin", "cased"), ("nhacaitop", "cased"),
    ("Nhacaitop", "cased"), ("q8vn", "strong"),
    ("supervip", None), ("fanclub", None), ("twin", None), ("Darwin", None), ("u23", None), ("f88.vn", None),
])
def test_brand_shapes_widened(tok, shape):
    assert brand_shape(tok) == shape


def _plan(text):
    return {text[a:b]: rep for a, b, rep, _ in SpamRepair().plan(text)}


@pytest.mark.parametrize("text,tok", [
    # langfresh10 (dev): inside a name
    ("Đây là vấn đề mà theo Bộ trưởng Bộ Y tế Nguyễn Thị Kim Gowin là “không thể chấp nhận”.", "Gowin"),
    ("Ông đã có buổi làm việc với UBND tỉnh Đồng cenvip, đề nghị tỉnh này sớm triển khai.", "cenvip"),
    ("Sự phối hợp chặt chẽ của Thủ tướng Lý Rikvip và Quốc vụ viện Trung Quốc.", "Rikvip"),
    # at a start, before a capital syllable; a one-letter stem; unaccented "nhà cái"
    ("Gowin Y tế vừa có văn bản gửi các đơn vị trực thuộc.", "Gowin"),
    ("Bệnh viện quá tải, cấp cứu nhacaitop phải chờ phòng.", "nhacaitop"),
    ("Đôn đốc các cơ sở khám chữa bệnh phòng iwin trong dịp Tết.", "iwin"),
    # a letter-digit run between two syllables; before "/ngày"; inside a transcription (langfresh, dev)
    ("Không để tình trạng bệnh nhân đi tìm 3king sỹ khi trực Tết.", "3king"),
    ("Có bệnh viện khám tới 8.000 bệnh rikvip/ngày và đây là điều đáng lo.", "rikvip"),
    ("Hàng trăm người Ấn Độ và Pa-BK8-xtan hiện đang bị giam giữ.", "BK8"),
    # a code in capitals between two name syllables
    ("Dự họp có đồng chí Trần KB47 Hùng, Phó Chủ tịch tỉnh.", "KB47"),
])
def test_flagged_never_repaired(text, tok):
    plan = _plan(text)
    assert tok in plan, plan
    assert plan[tok] is None


@pytest.mark.parametrize("text", [
    "Vào phút 17, U23 Việt Nam có bàn thắng vươn lên dẫn trước.",
    "Đội tuyển U23 Việt Nam đã đánh bại U23 Thái Lan.",
    "Hãng đặt mua 20 máy bay A320 của Airbus.",
    "Giá gạo xuất khẩu tăng 20 USD/tấn so với tháng trước.",
    "Người dân đeo khẩu trang phòng Covid-19 và giữ khoảng cách.",
    "Đánh giá kết quả thực hiện nhiệm vụ phát triển KT-XH trong tháng.",
    "Công ty TNHH Kinh doanh Thương mại và Dịch vụ VinFast đã thông báo.",
    "Ông Edwin thì không đồng ý với kế hoạch.",
    "Các thành viên fanclub của ca sĩ đến sân bay đón.",
    "Gói supervip của nhà mạng có giá 200.000 đồng.",
    "Mạng 4g phủ sóng toàn huyện, cân nặng 46kg.",
    "Thầy trò HLV Kim Sang-sik chơi chủ động.",
    "Samsung Galaxy S8 có giá 18,5 triệu đồng tại Hà Nội.",
    "Nhà văn Darwin đã viết về điều đó.",
])
def test_clean_controls_untouched(text):
    assert _plan(text) == {}
