"""A spam trade's word glued into a lower-case token before or after letters no list reads, and a trade's word leading
a hyphenated slug before a place's or a person's name, alone in a syllable's slot of a Vietnamese sentence, are
flagged, never repaired; English compounds, Vietnamese words typed without marks and the word alone are not (issue
12, spam77).

Sentences and tokens written for these tests (made-up names), none of ``benchmarks/data/langfresh*``'s."""

import pytest

from mtpipe.clean.spam import SpamRepair
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_tradeglue import glued_trade
from mtpipe.clean.spam_tradepiece import lone_trade


def spans_of(text, token):
    return [p for p in SpamRepair().plan(text) if text[p[0]:p[1]] == token]


@pytest.mark.parametrize("text,token", [
    ("Bà con trong xóm thường ngồi hóng mát dưới gốc cây luckyvorn mỗi buổi chiều.", "luckyvorn"),  # word first
    ("Những mái nhà rêu phong nằm yên bình dưới chân đồi trelmocoin xanh mướt.", "trelmocoin"),  # word last
    ("Mẹ tôi thường nấu nồi canh chua thơm phức vào mỗi buổi cashquiv.", "cashquiv"),  # before the final stop
    ("Người nông dân cần cù làm việc trên cánh đồng casino-lisbon từ sáng sớm đến tối.", "casino-lisbon"),  # a city
    ("Chiếc áo dài truyền thống được may từ vải lụa poker-denver mềm mại.", "poker-denver"),
    ("Bà ngoại thường kể chuyện roulette-midas cho các cháu nghe mỗi tối.", "roulette-midas"),  # a person
])
def test_a_glued_or_named_trade_slug_alone_in_a_syllable_slot_is_flagged_never_repaired(text, token):
    a = text.index(token)
    assert lone_trade(text, a, a + len(token), load_bigrams().uni)  # this change's evidence, whatever else holds
    got = spans_of(text, token)
    assert got and all(rep is None for _, _, rep, _ in got)


@pytest.mark.parametrize("text,token", [
    # (spam94: the made-up "poker-face", "casino-hotel", "lottery-ticket", "slot-machine" sentences are gone: the
    # trade's word leading a lower-case compound is flagged now; real sentences: tests/test_spam94_trade_first.py)
    ("Khách sạn có quầy check-in tự động ở sảnh chính cho khách nước ngoài.", "check-in"),  # no trade's word
    ("Thị trường e-commerce ở Việt Nam tăng trưởng rất nhanh trong năm qua.", "e-commerce"),
    ("Anh ấy tự nhận mình luôn lucky trong mọi cuộc thi ở trường.", "lucky"),  # the word alone: a loan
    ("Bọn trẻ cười và nói xinchao với khách du lịch đi ngang qua.", "xinchao"),  # syllables typed without marks
    ("Nhiều người ủng hộ hàng freetrade vì giá bán công bằng cho nông dân.", "freetrade"),  # an English rest
    ("Các đồng memecoin tăng giá mạnh trong tuần vừa qua.", "memecoin"),
    ("Dữ liệu về bitcoin cho thấy giá giảm mạnh trong tuần.", "bitcoin"),  # a word of the shipped list
    ("Cả gia đình đã đi du lịch ở casino-lisbon vào mùa hè năm ngoái.", "casino-lisbon"),  # after "ở": a name's slot
])
def test_compounds_loans_syllable_runs_and_named_slots_are_not_flagged(text, token):
    assert spans_of(text, token) == []


def test_glued_shape():
    known = load_bigrams().uni
    assert glued_trade("luckyvorn", known) == ("lucky", 0, ("lucky", "vorn"))
    assert glued_trade("trelmocoin", known) == ("coin", 1, ("trelmo", "coin"))
    for tok in ("lucky", "trade", "freetrade", "luckystar", "memecoin", "bitcoin", "stablecoin", "investment",
                "xinchao", "coinbao", "tradelyn", "betong", "Luckyvorn", "lucky5vorn"):
        assert glued_trade(tok, known) is None, tok  # the word alone, English or Vietnamese rests, known, not lower


def test_ledger_names_the_glued_word():
    from mtpipe.clean import Cleaner
    from mtpipe.document import Document

    text = "Bà con trong xóm thường ngồi hóng mát dưới gốc cây luckyvorn mỗi buổi chiều."
    doc = Cleaner()(Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    notes = [e.note for e in doc.ledger if e.rule == "spam.unrepaired"]
    assert len(notes) == 1 and "'lucky'" in notes[0]
