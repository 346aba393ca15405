"""A lower-case hyphenated token led by a spam trade's word before English words, alone in a syllable's slot of a
Vietnamese sentence, is flagged, never repaired (spam94, issue 12 point 3): spam76..93 let it be as an English
compound ("poker-face", "casino-hotel") on sentences written for the tests; no real Vietnamese text of 38,093 news
articles, 3,312 RSS items and the dev realpages holds one (benchmarks/notes/spam94.md).

The positives are the dev spam sets' sentences (langfresh34, 38, 47) missed before spam94. The negatives are real
sentences of pages that write a trade's word leading an English word, each cited; none is flagged before or after:
the Vietnamese pages write the compound with a capital or in brackets after the Vietnamese word, and the lower-case
one in running text is French."""

import pytest

from mtpipe.clean.spam import SpamRepair
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_tradepiece import lone_trade, slot, trade_piece


def spans_of(text, token):
    return [p for p in SpamRepair().plan(text) if text[p[0]:p[1]] == token]


@pytest.mark.parametrize("text,token", [
    ("Khi bơi đòi hỏi nghệ thuật điêu luyện, crypto-return không rất dễ bị lật thuyền.", "crypto-return"),  # lf34
    ("roulette-win lúc buồn, chàng chỉ còn biết gửi nỗi lòng vào tiếng sáo.", "roulette-win"),  # lf38, a start
    ("Đến nay, lớp học chữ Hán Nôm đã thu hút được các học viên đến bet-irish khoa Ngữ văn – truyền thông và khoa "
     "Tiếng Trung của trường Đại học Phan Châu Trinh.", "bet-irish"),  # lf47
])
def test_a_slug_led_by_the_trade_word_alone_in_a_slot_is_flagged_never_repaired(text, token):
    a = text.index(token)
    assert trade_piece(token)[1] == 0  # the trade's word leads
    assert lone_trade(text, a, a + len(token), load_bigrams().uni)
    got = spans_of(text, token)
    assert got and all(rep is None for _, _, rep, _ in got)


REAL = [  # (sentence, token, page)
    ("Đánh đổi (trade-off) là sự xung đột giữa các mục tiêu chính sách dẫn tới kết quả là chỉ đạt được một mục tiêu "
     "chính sách sau khi đã từ bỏ mục tiêu khác.", "trade-off",
     "https://vietnamfinance.vn/danh-doi-la-gi-su-danh-doi-trong-kinh-te-d20882.html"),
    ("Trong Âm nhạc, “Trade-off” dùng để chỉ sự sắp xếp, diễn xuất trao đổi giữa 2 solo chính trong dàn nhạc hoặc "
     "ban nhạc.", "Trade-off", "https://www.saga.vn/thuat-ngu/trade-off-su-danh-doi~3604"),
    ("Điều này có thể xảy ra một cách tự nhiên hoặc thông qua các hoạt động nghiên cứu đầy rủi ro, đặc biệt là nghiên "
     "cứu tăng cường chức năng (Gain-of-function - GOF).", "Gain-of-function",
     "https://www.ntdvn.net/nghien-cuu-tang-cuong-chuc-nang-virus-cua-trung-quoc-dang-pha-vo-cac-co-che-bao-ve-tu-"
     "nhien-von-co-de-ngan-chan-su-lay-lan-cua-virus-nguy-hiem-547665.html"),
    ("Hợp đồng tương lai COIN-Margin được ký quỹ và thanh toán bằng loại tài sản tương ứng (ví dụ như Bitcoin hay "
     "Altcoin), và được thiết kế dựa trên các hợp đồng “nghịch đảo”, nghĩa là trái ngược với các dạng hợp đồng tương "
     "lai trong lĩnh vực tài chính truyền thống.", "COIN-Margin",
     "https://daphoi.com/t/hop-dong-coin-m-va-usdt-m-tren-binance-la-gi/41"),
    ("Bài học thua Haas ở Stuttgart khiến Federer bỏ ý định đánh những cú trái tay top-spin như đã áp dụng ở các giải "
     "sân cứng để thay bằng những cú slice đưa bóng nảy thấp.", "top-spin",
     "baomoi.com, 2017 (github.com/magizbox/scraper @ 3387ada6, vn_news/data/22661388.txt)"),
    ("Le terme bet-hedging est adopté à la suite des travaux de Gillespie[4] et Slatkin[5], mais l'idée avait déjà été "
     "utilisée dans Cohen[6] et Lewontin & Cohen[7].", "bet-hedging",
     "https://profilbaru.com/fr/Stratégie_de_minimisation_des_risques (French Wikipedia's article)"),
]


@pytest.mark.parametrize("text,token,page", REAL)
def test_real_sentences_naming_a_compound_of_a_trade_word_are_not_flagged(text, token, page):
    assert spans_of(text, token) == []


def test_the_lower_case_real_compounds_are_of_the_class():
    """The real negatives in lower case hold the trade's word as a hyphen piece (so they exercise this module), and the
    Vietnamese one stands in brackets, where no syllable's slot is (:func:`slot`)."""
    assert trade_piece("trade-off")[:2] == ("trade", 0) and trade_piece("bet-hedging")[:2] == ("bet", 0)
    assert trade_piece("top-spin")[:2] == ("spin", 1)
    text, token = REAL[0][:2]
    a = text.index(token)
    assert slot(text, a, a + len(token), load_bigrams().uni) is None
    assert trade_piece("Trade-off") is None and trade_piece("COIN-Margin") is None  # capitals: spam.py's own shapes
