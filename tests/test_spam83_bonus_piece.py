""""bonus", and the Turkish betting hosts' "giris", "oyna", "deneme", are words of the gambling trade's names (spam83,
issue 12 point 3): a camel-case or hyphen-joined name with one as a piece of its own, alone in a syllable's slot of a
Vietnamese sentence, is flagged, never repaired, as :mod:`mtpipe.clean.spam_tradepiece` flags the trade's other
words; the word alone, a name where a text names a brand, a brand opening its sentence as the subject, and real
names holding such letters ("Begiristain", "Kazan", "Krishnakumar") are not.

Sentences written for these tests; the spam names made up, none of ``benchmarks/data/langfresh*``'s."""

import pytest

from mtpipe.clean.spam import SpamRepair
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_tradepiece import lone_trade, trade_piece


def spans_of(text, token):
    return [p for p in SpamRepair().plan(text) if text[p[0]:p[1]] == token]


@pytest.mark.parametrize("text,token", [
    ("Bà con trong xóm thường ngồi hóng mát dưới gốc cây BonusKamyon mỗi buổi chiều.", "BonusKamyon"),  # two syllables
    ("Mẹ tôi thường nấu nồi canh chua thơm phức vào mỗi buổi TeyzeBonus.", "TeyzeBonus"),  # before the final stop
    ("Những mái nhà rêu phong nằm yên bình dưới chân đồi vardo-bonus xanh mướt.", "vardo-bonus"),  # the head, hyphened
    ("Người nông dân cần cù làm việc trên cánh đồng BonusesKral từ sáng sớm đến tối.", "BonusesKral"),  # a plural
    # the Turkish betting hosts' words (spam83): entry, play, trial
    ("Bà con trong xóm thường ngồi hóng mát dưới gốc cây TilkiGiris mỗi buổi chiều.", "TilkiGiris"),
    ("Những mái nhà rêu phong nằm yên bình dưới chân đồi zorba-oyna xanh mướt.", "zorba-oyna"),
    ("Mẹ tôi thường nấu nồi canh chua thơm phức vào mỗi buổi DenemeKapi.", "DenemeKapi"),
])
def test_a_bonus_piece_alone_in_a_syllable_slot_is_flagged_never_repaired(text, token):
    a = text.index(token)
    assert lone_trade(text, a, a + len(token), load_bigrams().uni)
    got = spans_of(text, token)
    assert got and all(rep is None for _, _, rep, _ in got)


@pytest.mark.parametrize("text,token", [
    ("Cuối năm, nhân viên công ty được nhận thêm bonus tương đương hai tháng lương.", "bonus"),  # the word alone
    ("Khoản Bonus này được trả vào cuối quý theo kết quả kinh doanh.", "Bonus"),  # capitalised, alone
    ("BonusCard vừa công bố chương trình tích điểm mới cho khách hàng thân thiết.", "BonusCard"),  # the subject
    ("Khách hàng có thể đổi điểm qua ứng dụng BonusCard để nhận quà tặng.", "BonusCard"),  # an app named
    ("Trang Bonus.com.vn đăng tải thông tin khuyến mãi mỗi ngày cho người đọc.", "Bonus.com.vn"),  # a credited site
])
def test_the_word_alone_real_brands_and_compounds_are_not_flagged(text, token):
    assert spans_of(text, token) == []


# (spam94: the made-up "được cộng bonus-point vào" is gone: the trade's word leading a lower-case compound is taken now,
# as no real Vietnamese text writes one; real sentences of the class: tests/test_spam94_trade_first.py)


@pytest.mark.parametrize("text,token", [
    ("Giám đốc thể thao Txiki Begiristain cho biết câu lạc bộ sẽ không bán cầu thủ này.", "Begiristain"),  # a name
    ("Đội bóng Rubin Kazan đã giành chiến thắng trên sân nhà tối qua.", "Kazan"),  # a city, no word of the list
    ("Ông Krishnakumar phát biểu tại hội nghị về công nghệ thông tin ở Hà Nội.", "Krishnakumar"),  # "kumar": a name
])
def test_names_that_hold_turkish_letters_are_no_trade_names(text, token):
    a = text.index(token)
    assert trade_piece(token) is None and lone_trade(text, a, a + len(token), load_bigrams().uni) is None


def test_pieces():
    assert trade_piece("BonusKamyon")[0] == "bonus" and trade_piece("TeyzeBonuses")[0] == "bonus"
    assert trade_piece("vardo-bonus")[0] == "bonus" and trade_piece("TilkiGiris")[0] == "giris"
    assert trade_piece("zorba-oyna")[0] == "oyna" and trade_piece("DenemeKapi")[0] == "deneme"
    assert trade_piece("Bonus") is None and trade_piece("bonus") is None  # one word: a loan
    assert trade_piece("Bonusy") is None  # no piece of its own
