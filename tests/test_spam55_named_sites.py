"""spam55: a site named by its domain where a noun phrase stands, before the clause's verb or after a site's noun
(:mod:`mtpipe.clean.spam_sitenamed`), is the sentence's word, not a pasted token.

Positives: sentences of real pages naming Vietnamese sites so (sources in each row's comment) and spam54's written
forms; none may be flagged. Negatives: gambling and letter-digit shapes in the same slots, and the dev sets' pasted
domains in their own slots (a sentence's first word, a syllable inside a word, a function word): still flagged."""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam_sitenamed import named_site
from mtpipe.document import Document


def _flags(text: str) -> list[str]:
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(
        Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e.text for e in doc.ledger if e.rule.startswith("spam.")]


REAL = [
    # doanhnghiephoinhap.vn (cuoc-chien-dot-tien-giua-cac-san-tmdt-len-cao-trao)
    "Hoạt động thâu tóm, mua lại cổ phần (M&A) trong lĩnh vực TMĐT đã diễn ra từ năm 2013 với thương vụ nhommua.com "
    "sáp nhập cùng với cungmua.com.",
    "Trong các doanh nghiệp TMĐT dẫn đầu về lượt truy cập trang web trong quý 1-2020 đã không còn thương hiệu "
    "Adayroi.com (từng nằm trong nhóm dẫn đầu năm 2019).",
    # tuyendungvietnam.com.vn (quy chế hoạt động)
    "Thành viên trên Sàn giao dịch TMĐT Tuyendungvietnam.com.vn là các cá nhân, thương nhân có hoạt động thương mại "
    "hợp pháp, được Tuyendungvietnam.com.vn chính thức công nhận và được phép sử dụng dịch vụ do Sàn giao dịch TMĐT "
    "Tuyendungvietnam.com.vn cung cấp.",
    # tuantu.vn (điều khoản sử dụng VeXeRe)
    "Bằng việc truy cập, xem và sử dụng Trang Web và/hoặc bằng việc đặt vé xe khách qua VeXeRe.com, bạn xác nhận đồng "
    "ý và đã đọc, hiểu và chấp thuận bị ràng buộc bởi Quy chế hoạt động của Sàn giao dịch thương mại điện tử "
    "VeXeRe.com và các Điều khoản sử dụng.",
    # studylib.net (Tiki: điều khoản và điều kiện nhà bán hàng)
    "Chào mừng quý Nhà Bán Hàng đến với Tiki.vn (bao gồm website và ứng dụng di động) (sau đây được viết tắt là “Sàn "
    "thương mại điện tử tiki.vn”).",
    # batdongsan.com.vn (tin tức, 2023 and 2024)
    "Báo cáo NCTT vừa được Batdongsan.com.vn công bố mới đây cho thấy, so với cùng thời điểm năm 2022, nhu cầu tìm mua "
    "căn hộ và biệt thự trên cả nước ghi nhận xu hướng tăng lần lượt là 64% và 96%.",
    # kynguyenso.plo.vn (6 web Việt lọt vào top 1000 website thế giới)
    "Tốc độ tăng hạng nhanh nhất thuộc về nhaccuatui.com (tăng 125 hạng so với tháng 4), tiếp theo là vnexpress.net "
    "(tăng 95 hạng) và vietbao.vn (tăng 94 hạng).",
    # spam54's written forms (the class's subject slot after frame words)
    "Riêng vatgia.com có hơn 1 triệu sản phẩm.",
    "Hiện cellphones.com có nhiều ưu đãi.",
    "Ngoài tiki.com còn có lazada.vn và shopee.vn.",
    "Năm ngoái batdongsan.com có lượng truy cập lớn.",
    "Theo khảo sát, chotot.com cho biết lượng tin đăng tăng mạnh.",
]


@pytest.mark.parametrize("text", REAL)
def test_named_site_not_flagged(text: str) -> None:
    assert _flags(text) == []


SPAM = [
    # gambling and letter-digit shapes in the class's slots
    "Riêng kubet.com có hơn 1 triệu sản phẩm.",
    "Hiện fb88.com có nhiều ưu đãi.",
    "Năm ngoái nhacaiuytin.com có lượng truy cập lớn.",
    # the dev sets' pasted domains in their own slots (langfresh13..31)
    "Ocdhotel.com rất vui khi thấy việc làm của mình được ghi nhận.",
    "Cụ thể, Shopee acidcreek.com nhận 113.000 nhà bán hàng mới.",
    "Để kinh Ioanabarbu.com thành công, bạn cần nắm rõ thị trường.",
    "Nhiều bà con cho biết alonhacai.com vụ này ít bị sâu bệnh.",
    "Thông tin labogi.com Viện Vật lý địa cầu cho biết.",
]


@pytest.mark.parametrize("text", SPAM)
def test_pasted_domain_still_flagged(text: str) -> None:
    assert _flags(text) != []


@pytest.mark.parametrize("text,tok,expected", [
    ("Riêng vatgia.com có hơn 1 triệu sản phẩm.", "vatgia.com", True),
    ("Theo khảo sát, chotot.com cho biết lượng tin đăng tăng.", "chotot.com", True),
    ("đã diễn ra với thương vụ nhommua.com sáp nhập cùng với cungmua.com.", "nhommua.com", True),
    ("được Tuyendungvietnam.com.vn chính thức công nhận", "Tuyendungvietnam.com.vn", True),
    ("Abtinstock.com phá bỏ phải nắm được", "Abtinstock.com", False),  # a bare sentence start
    ("Riêng w88.is có", "w88.is", False),  # a gambling top-level domain and a digit
    ("Riêng kubet.com có", "kubet.com", False),  # a gambling word
    ("Riêng vatgia.com bán", "vatgia.com", False),  # no predicate's opening word after it
    ("Hôm qua anh ấy vatgia.com có", "vatgia.com", False),  # no frame word, no site noun before it
    ("những mẹ rùa bắt đầu bơi vào jokaroom.net.", "jokaroom.net", False),  # "vào" names no site here
])
def test_named_site_slot(text: str, tok: str, expected: bool) -> None:
    a = text.index(tok)
    assert named_site(text, a, a + len(tok)) is expected
