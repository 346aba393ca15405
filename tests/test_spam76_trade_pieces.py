"""A name one of whose pieces (camel-case or hyphen-joined) is a word of the spam trades, alone in a syllable's slot
of a Vietnamese sentence, is flagged, never repaired; real brands where a text names them, a brand opening its
sentence as the subject and the word alone are not (issue 12, spam76; spam94 dropped spam76's English compounds
led by the trade's word, "poker-face": tests/test_spam94_trade_first.py).

Sentences and tokens written for these tests (made-up names), none of ``benchmarks/data/langfresh*``'s."""

import pytest

from mtpipe.clean.spam import SpamRepair
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_tradepiece import lone_trade, trade_piece


def spans_of(text, token):
    return [p for p in SpamRepair().plan(text) if text[p[0]:p[1]] == token]


@pytest.mark.parametrize("text,token", [
    ("Bà con trong xóm thường ngồi hóng mát dưới gốc cây BlueTrades mỗi buổi chiều.", "BlueTrades"),  # two syllables
    ("RiverCasino ngày xưa, người dân trong làng sống bằng nghề đánh cá.", "RiverCasino"),  # a sentence's start
    ("Mẹ tôi thường nấu nồi canh chua thơm phức vào mỗi buổi FoxProfits.", "FoxProfits"),  # before the final stop
    ("Trời vừa sáng, MoonLoans người dân đã ra đồng làm việc.", "MoonLoans"),  # after a comma
    ("Những mái nhà rêu phong nằm yên bình dưới chân đồi lake-coins xanh mướt.", "lake-coins"),  # the trade's word last
    ("Chiếc áo dài truyền thống được may từ vải lụa slots-vorna mềm mại.", "slots-vorna"),  # first, an invented piece
    ("Người nông dân cần cù làm việc trên cánh đồng 7-vay từ sáng sớm đến tối.", "7-vay"),  # after figures
])
def test_a_trade_piece_alone_in_a_syllable_slot_is_flagged_never_repaired(text, token):
    a = text.index(token)
    assert lone_trade(text, a, a + len(token), load_bigrams().uni)  # this module's evidence, whatever else holds
    got = spans_of(text, token)
    assert got and all(rep is None for _, _, rep, _ in got)


@pytest.mark.parametrize("text,token", [
    ("Dữ liệu từ CoinGlass cho thấy trong 24 giờ qua thị trường giảm mạnh.", "CoinGlass"),  # a source's name
    ("TradingView cho biết số người dùng tại Việt Nam đã tăng gấp đôi.", "TradingView"),  # the subject
    ("CoinGlass vừa công bố số liệu về các vị thế bị thanh lý trong tuần.", "CoinGlass"),
    ("Nhiều nhà đầu tư mới dùng TradingView để theo dõi giá cổ phiếu hằng ngày.", "TradingView"),  # an app used
    ("Quỹ VinaCapital dự báo tăng trưởng kinh tế năm nay đạt khoảng sáu phần trăm.", "VinaCapital"),  # a kind's name
    ("Bộ phim lấy bối cảnh một sòng bạc ở LasVegas vào thập niên tám mươi.", "LasVegas"),  # a place
    ("Ở Singapore, GrabPay có thể được sử dụng để mua thực phẩm mà không cần tiền mặt.", "GrabPay"),  # "pay": no piece
    # (spam94: the made-up "poker-face", "casino-hotel", "lottery-ticket" sentences are gone: the trade's word
    # leading a lower-case compound is flagged now; real sentences: tests/test_spam94_trade_first.py)
    ("Khách sạn có quầy check-in tự động ở sảnh chính cho khách nước ngoài.", "check-in"),  # no trade's word
    ("Thị trường e-commerce ở Việt Nam tăng trưởng rất nhanh trong năm qua.", "e-commerce"),
    ("Nhiều người trẻ bắt đầu tìm hiểu về trading từ khi còn học đại học.", "trading"),  # the word alone: a loan
    ("Ma Cao nổi tiếng với những casino lớn nhất của châu Á.", "casino"),
])
def test_real_names_compounds_and_the_word_alone_are_not_flagged(text, token):
    assert spans_of(text, token) == []


def test_pieces():
    assert trade_piece("NeoMining")[0] == "mining" and trade_piece("BlueTrades")[0] == "trade"
    assert trade_piece("cat-riches")[0] == "riches" and trade_piece("AbcFx")[0] == "fx"
    assert trade_piece("Trading") is None and trade_piece("GrabPay") is None and trade_piece("casino") is None
    assert trade_piece("Coin6") is None  # letters glued to a figure: spam.py's own shapes


@pytest.mark.parametrize("text", [
    "Bà con trong xóm thường ngồi hóng mát dưới gốc cây BlueTrades mỗi buổi chiều.",
    "Những mái nhà rêu phong nằm yên bình dưới chân đồi lake-coins xanh mướt.",
])
def test_ledger_names_the_trade_word(text):
    from mtpipe.clean import Cleaner
    from mtpipe.document import Document

    doc = Cleaner()(Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    notes = [e.note for e in doc.ledger if e.rule == "spam.unrepaired"]
    assert len(notes) == 1 and "spam trade word '" in notes[0] and "None" not in notes[0]
