"""Vietnamese abbreviations and loanwords written as one word are real words, never pasted spam (issue 12, spam75):
``mtpipe/clean/data/vi_abbrevs.txt`` (soe-vinorm's and Vinorm's abbreviation tables) read by
:mod:`mtpipe.clean.spam_abbrevs`. Negatives: each spam shape beside a listed word is still found; a listed word with
a figure or a domain's ending is no listed word.

Sentences written for these tests (made-up places, companies and names), none of ``benchmarks/data``'s."""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.spam import SpamRepair, find_spam_tokens
from mtpipe.clean.spam_abbrevs import drop_lexicon, lexicon_word, load_abbrevs
from mtpipe.document import Document


def spam_entries(text):
    doc = Cleaner()(Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e for e in doc.ledger if e.rule.startswith("spam.")]


def test_the_table_holds_abbreviations_and_no_spam_shape():
    words = load_abbrevs()
    assert {"tphcm", "ubnd", "hđnd", "ubmttqvn", "axit"} <= words
    assert not {"sabong", "vinagame", "vndong", "findong", "kubet", "fb88"} & words
    assert all(w == w.lower() and w.isalpha() and len(w) >= 3 for w in words)


@pytest.mark.parametrize("tok", ["tphcm", "TpHCM", "TPHCM", "UBND", "HĐND", "UBMTTQVN", "axit"])
def test_a_listed_word_in_any_case_is_a_lexicon_word(tok):
    assert lexicon_word(tok)


@pytest.mark.parametrize("tok", ["tphcm88", "tphcm.vip", "ubnd.com", "TPHCM68", "sabong", "VINAGAME", "Hcmbet"])
def test_a_figure_a_domain_or_an_unlisted_word_is_no_lexicon_word(tok):
    assert not lexicon_word(tok)


# a listed word between syllables (each flagged before spam75: "tphcm" on two dev pages)
REAL = [
    ("Dịch vụ giao hàng nhanh tại bình dương, tphcm\n", "tphcm"),
    ("Công ty có văn phòng tại TpHCM và chi nhánh ở Cần Thơ.", "TpHCM"),
    ("Hôm qua UBMTTQVN xã Tân Vĩnh tổ chức hội nghị hiệp thương lần thứ nhất.", "UBMTTQVN"),
    ("Cho dung dịch axit loãng tác dụng với kim loại kẽm thì sinh ra khí.", "axit"),
]


@pytest.mark.parametrize("text,tok", REAL)
def test_a_listed_word_between_syllables_is_not_flagged(text, tok):
    assert tok.lower() not in find_spam_tokens(text, 1, True)
    assert SpamRepair().plan(text) == []
    assert spam_entries(text) == []


# each spam shape beside a listed word: still found (random letters, all caps, a gambling brand, a figure, a domain;
# a toneless split such as "sabong" is in no table: test_the_table_holds_abbreviations_and_no_spam_shape)
PASTED = [
    ("Ông Trần abudoxi Văn là nghệ nhân gốm của TPHCM, tâm huyết với nghề từ thuở nhỏ.", "abudoxi"),
    ("Toàn xã có 440 hộ với 2.887 HODDIRS khẩu, UBND xã cho biết.", "hoddirs"),
    ("Theo UBND phường, kubet người dân đã đóng góp hơn hai trăm triệu đồng.", "kubet"),
    ("Hội nghị của HĐND tỉnh tphcm88 diễn ra trong hai ngày cuối tháng.", "tphcm88"),
    ("Đại diện UBND huyện cho biết ubnd.vip công trình sẽ hoàn thành trong năm nay.", "ubnd.vip"),
    ("Đại diện UBND huyện cho biết tphcm.com công trình sẽ hoàn thành trong năm nay.", "tphcm.com"),
]


@pytest.mark.parametrize("text,tok", PASTED)
def test_a_spam_token_beside_a_listed_word_is_still_found(text, tok):
    found = find_spam_tokens(text, 1, True)
    assert tok in found
    assert not ({"tphcm", "ubnd", "hđnd"} & set(found))


def test_drop_lexicon_keeps_the_other_spans():
    text = "tại tphcm và fb88 rồi"
    found = {"tphcm": [(4, 9)], "fb88": [(13, 17)]}
    assert drop_lexicon(text, found, 1) == {"fb88": [(13, 17)]}
