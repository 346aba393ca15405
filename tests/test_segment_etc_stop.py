"""Round vi55 (issue 12 point 2): a list closed by ",…." (the Vietnamese "etc." and a full stop) glued to the next
sentence ends its unit there (:mod:`mtpipe.segment.etc_stop`).

Positives: held38's h38vi02 and train28's t28vi05 (dev pages), and forms found with the search tool on real
Vietnamese pages (a travel page, a printing firm's page, a seafood page, a mail-server article, a radiology page).
Negatives of the same shape: a lower-case word after the stop (the list goes on), a series of symbols or numbers,
capitals, a stop with a space after it (the splitter's own case, unchanged).  (A comma and an ellipsis with no full
stop glued to a word in sentence case was a negative here, made from held30's spaced "Hải Phòng,… Đại diện"; bnd74
made it an end: tests/test_bnd74_units.py.)
"""

from __future__ import annotations

import pytest

from mtpipe.segment import split_sentences
from mtpipe.segment.etc_stop import etc_stop_breaks

POSITIVES = [
    ("Nhân bánh gồm nhiều loại như: các loại thịt, tôm, rau củ, cá,….Ngoài ra khi gói nhân lại, người ta dùng lá chuối.",
     "Ngoài ra"),  # h38vi02
    ("Trẻ được cùng cô làm các món ăn ngày Tết như bánh chưng, giò,....Qua đó giúp trẻ hiểu biết sâu hơn về ngày Tết.",
     "Qua đó"),  # t28vi05 (four dots)
    ("Decal có nhiều loại khác nhau như decal giấy, decal nhựa, decal lưới,….Các công nghệ in decal phổ biến là in "
     "mực dầu.", "Các công"),
    ("Khu vui chơi có con đường lồng chim, ghế tình nhân,….Chụp hình với những chú Cún dễ thương là hoạt động yêu "
     "thích.", "Chụp hình"),
    ("Hải sản gồm cá biển, bạch tuộc, hàu, sò huyết, tôm sú, ốc,….Những loại hải sản này có thể chế biến thành nhiều "
     "món.", "Những loại"),
    ("Phần mềm chạy trên các hệ điều hành giống Unix, chẳng hạn như Linux và Solaris,….Nó đóng vai trò như một Mail "
     "Transfer Agent.", "Nó đóng"),
    ("Có ghế tình nhân, cầu gỗ,….“Chụp hình cùng thú cưng” là dịch vụ được yêu thích nhất ở đây.", "“Chụp"),
]

NEGATIVES = [
    # a lower-case word after the stop: the list goes on
    "Sản phẩm chưa qua sử dụng, chưa chịu tác động của việc giặt, rửa,….còn đầy đủ phụ kiện và giấy tờ.",
    "Làm cho không gian ngôi nhà, văn phòng,….của quý vị trở nên hiện đại, sang trọng.",
    # a series of symbols or numbers, capitals
    "Cơ sở dữ liệu mới tạo cho người dùng các mục category1,….category4 theo thứ tự.",
    "Ta có các giá trị quan sát T1,....TN của biến ngẫu nhiên.",
    "Các điểm được đánh số 1,2,3,4,….n theo chiều kim đồng hồ.",
    "HE SAID BACK TO THE BOOKS,....TOTO WAS HIS NAME.",
    # no full stop after the ellipsis and a space after it: not this rule's (held30's list of guests; the splitter's
    # case).  bnd74: glued with no space ("… Hải Phòng,…Đại diện …") a comma and an ellipsis before a word in sentence
    # case now end the unit, as 32 of 32 such places on real text do (benchmarks/notes/bnd74.md)
    "Đại diện lãnh đạo các trường: Trường Đại học Thủ Đô, Trường Đại học Hải Phòng,… Đại diện các doanh nghiệp.",
]


@pytest.mark.parametrize(("text", "opens"), POSITIVES)
def test_etc_stop_opens_a_unit(text, opens):
    spans = split_sentences(text, "vi")
    assert len(spans) == 2
    assert text[spans[1][0]:spans[1][1]].startswith(opens)
    assert text[spans[0][0]:spans[0][1]].endswith(".")


@pytest.mark.parametrize("text", NEGATIVES)
def test_etc_stop_negatives(text):
    assert etc_stop_breaks(text) == []


@pytest.mark.parametrize("text", NEGATIVES[:2])
def test_etc_stop_negatives_stay_one_unit(text):
    assert len(split_sentences(text, "vi")) == 1


def test_spaced_stop_is_the_splitters_case():
    text = "Hệ thống chạy trên vi xử lý AVR Atmel 8bit, hoặc ARM, Atmel 32-bit,…. Hiện phần cứng có 6 phiên bản."
    assert etc_stop_breaks(text) == []
    assert len(split_sentences(text, "vi")) == 2
