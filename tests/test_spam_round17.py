"""Single spam tokens, spam22 (issue 12 point 3): the host labels spam21 left, each class with negatives of the
same shape (codes, models, brands and names real Vietnamese text writes in the same places).

- ``coded``: a label of letters and digits in any case that no code is shaped like: letters, digits, letters
  ("Zapt5kits"), three letters or more and digits where the letters are no known word ("Vemtu48"), capitals
  that read as a Vietnamese syllable and a digit ("TRAM8"), digits and a random string ("3vqmtr"); beside a
  Vietnamese syllable, at a sentence's start, or after the comma of a Vietnamese clause.
- ``caps``: a word of capitals with unlikely letters, not made of syllables and English words, not "VN...".
- lower-case random words of five letters; camel case inside a Vietnamese name; a capitalised intro word in a
  name ("Hoàng Anh") is the name's syllable, and a lower-case random word after an intro word still counts.
Tokens here are written for the tests (no set's token)."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_names import name_shape
from mtpipe.document import Document


def _spam_tokens(text):
    doc = Cleaner()(Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return {text[e.start:e.end]: e.rule for e in doc.ledger if e.rule.startswith("spam.")}


@pytest.mark.parametrize("tok,shape", [
    ("Vemtu48", "coded"), ("Brux207", "coded"), ("pliqa93", "coded"), ("Zapt5kits", "coded"), ("wo7qz", "coded"),
    ("Hubr4x", "coded"), ("3vqmtr", "coded"), ("TRAM8", "coded"), ("MINH7", "coded"), ("kfe3wob", "random"),
    ("QUIVERAS", "caps"), ("ZORBLAXE", "caps"), ("qwopt", "random"), ("zubfy", "random"), ("TrixHubStar", None),
    # codes, models, units, versions: no host's shape
    ("U23", None), ("S24", None), ("A19", None), ("LPDDR5", None), ("RTX4090", None), ("BT2", None), ("H5N1", None),
    ("IPv6", None), ("9to5Mac", None), ("covid19", None), ("Win11", None), ("Xbox360", None), ("iPhone15", None),
    ("256GB", None), ("600Mbit", None), ("mp3", None), ("MH370", None), ("SEA32", None), ("Office2019", None),
    ("Windows11", None), ("Python3", None), ("Pixel8", None), ("WH1000XM5", None), ("GTX1080Ti", None), ("u326B", None),
    # companies in capitals: syllables and English words, "VN...", likely letters, abbreviations
    ("VINAMILK", None), ("SACOMBANK", None), ("TECHCOMBANK", None), ("VINFAST", None), ("VIETTEL", None),
    ("VNINDEX", None), ("PETROLIMEX", None), ("HABECO", None), ("UBMTTQ", None), ("NASDAQ", None),
])
def test_shape(tok, shape):
    assert name_shape(tok, load_bigrams().uni) == shape


@pytest.mark.parametrize("text,tok", [
    # letters and digits, any case, in any place beside a syllable
    ("Vemtu48 nhất là trong mùa mưa, nhiều tuyến đường bị ngập sâu.", "Vemtu48"),
    ("Theo kế hoạch, đội tuyển sẽ có ba giai đoạn chuẩn bị Brux207 vòng loại diễn ra vào tháng sau.", "Brux207"),
    ("Nhiều người dân cho rằng Zapt5kits này cần được xem xét lại.", "Zapt5kits"),
    ("Giá bán khởi điểm chỉ từ 12 triệu đồng (phiên 3vqmtr 128GB).", "3vqmtr"),
    ("Trong khi đó, Hubr4x Nội ghi nhận mức tăng thấp hơn.", "Hubr4x"),
    ("Tuy nhiên, pliqa93 Brazil vẫn chưa công bố kết quả.", "pliqa93"),
    # capitals of unlikely letters, between syllables or at a start before one
    ("Công ty sẽ tiếp QUIVERAS bàn giao các căn hộ vào cuối năm.", "QUIVERAS"),
    ("ZORBLAXE thị trường trong nước, giá vàng tiếp tục giảm.", "ZORBLAXE"),
    # lower-case random words of five letters, at a start or after a name
    ("qwopt kiện được tổ chức tại nhà thi đấu của thành phố.", "qwopt"),
    ("Đội tuyển sẽ tập trung vào tuần sau cùng HLV Minh Anh zubfyx.", "zubfyx"),
    # camel case inside a Vietnamese name
    ("Theo bà Trần TrixHubStar Lan, doanh thu quý này tăng mạnh.", "TrixHubStar"),
])
def test_pasted_host_is_flagged(text, tok):
    assert tok in _spam_tokens(text)


@pytest.mark.parametrize("text", [
    # codes and models in the same places
    ("U23 Việt Nam sẽ gặp đối thủ mạnh ở vòng bảng."),
    ("Mẫu xe VF 8 được bàn giao cho khách hàng từ tháng 3."),
    ("Điện thoại Redmi9 có giá chỉ hơn 3 triệu đồng."),
    ("Máy dùng chip A19 Pro và bộ nhớ LPDDR5 mới."),
    ("Virus H5N1 đã được phát hiện tại hai tỉnh."),
    ("Phiên bản 256GB có giá 27 triệu đồng."),
    ("Theo 9to5Mac, Apple sẽ ra mắt sản phẩm mới vào tháng 9."),
    ("Nhiều trang như MyTour, iViVu, Chudu24, v.v. đều giảm giá phòng."),
    # companies in capitals at a start or between syllables
    ("VINAMILK công bố kết quả kinh doanh quý III."),
    ("Chỉ số VNINDEX giảm hơn 10 điểm trong phiên sáng nay."),
    ("Cổ phiếu SACOMBANK tăng trần ngay trong phiên đầu tuần."),
    # camel-case brands and unknown names between or after syllables
    ("Chuỗi TopZone và Di Động Việt đã giảm giá mạnh."),
    ("Người dùng TikTok có thể mua hàng ngay trong ứng dụng."),
    ("Anh Jonghyeok đặt xe, hướng về khu trung tâm thành phố."),
])
def test_codes_brands_names_are_left(text):
    assert _spam_tokens(text) == {}
