"""spam85: the gambler's lucky numbers in one place (trade_vocab.LUCKY), read by three patterns; spam._GAMBLING's
top-level domains are the cheap ones only (".vip", ".bet", ".club", ".win" hold a ``token`` word: same answers)."""

import re

from mtpipe.clean import spam, spam_newsnames, spam_shapes
from mtpipe.clean.trade_vocab import LUCKY, LUCKY_NUMBERS, words


def test_lucky_numbers_are_one_pattern_read_thrice():
    assert LUCKY.pattern == "88|66|99|777|365|168|789" == "|".join(LUCKY_NUMBERS)
    assert spam._LUCKY is LUCKY and spam_shapes._LUCKY is LUCKY and spam_newsnames._LUCKY is LUCKY


def test_lucky_numbers_on_made_up_brands_and_codes():
    for brand in ("zo88", "Vin365", "luck777", "Kx168", "ab789", "q66", "99ok"):
        assert LUCKY.search(brand), brand
    for code in ("U23", "A320", "MH370", "G20", "VF8", "B737", "2024"):
        assert not LUCKY.search(code), code


def test_gambling_pattern_keeps_its_answers_without_trade_word_tlds():
    # the dropped alternatives ended in a token word, which the pattern finds anywhere
    assert {"vip", "bet", "club", "win"} <= words("token")
    old = re.compile(r"\d|" + spam._GAMBLING_WORD.pattern + r"|\.(?:vip|bet|club|win|live|top|xyz|asia|co|cc)$")
    hosts = ["kuzo.vip", "lamo.bet", "hatra.club", "pelu.win", "misa.live", "nuro.top", "vexa.xyz", "dana.asia",
             "tiko.co", "bamo.cc", "tintuc.com", "vnexpress.net", "hoa.org", "sach.info", "x.io", "poker.me", "VIP.COM"]
    for h in hosts:
        assert bool(old.search(h)) == bool(spam._GAMBLING.search(h)), h
    for h in hosts[:10]:
        assert spam._GAMBLING.search(h), h
    for h in ("tintuc.com", "vnexpress.net", "hoa.org"):
        assert not spam._GAMBLING.search(h), h
