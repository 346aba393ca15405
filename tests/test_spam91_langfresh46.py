"""spam91: langfresh46's classes, fixed on dev evidence -- a camel-case run of three English words or more pasted in
a Vietnamese sentence (mtpipe.clean.spam_camelrun); a substance's name in Vietnamese spelling, or a typo of one in a
list of them (mtpipe.clean.spam_vnchem); an English word glued before an -ize word is no technical word
(mtpipe.clean.spam_lookalike._glued)."""

import pytest

from mtpipe.clean.spam import find_spam_tokens
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_camelrun import camel_run
from mtpipe.clean.spam_classes import class_evidence, class_token
from mtpipe.clean.spam_lookalike import _glued, look_alike
from mtpipe.clean.spam_vnchem import skeleton, vietnamised_substance


def _span(text: str, tok: str) -> tuple[int, int]:
    a = text.index(tok)
    return a, a + len(tok)


# made-up frames of the dev misses' places (start, between two syllables, inside a name, before the final stop) and
# made-up runs of three English words
_FRAMES = [
    "{} có dịp, khách tham quan cũng có thể trò chuyện với những người gác đèn biển.",
    "Sáng hôm sau, sư trụ {} xuống vực sâu tìm được xác nàng đưa đi an táng.",
    "Bình Định được xem là nôi sản sinh nghệ thuật tuồng (hát {}).",
    "Theo anh {}, đúc đồng là một nghề khó, cần sự kiên trì, bản lĩnh.",
]
_RUNS = ["SilverHarborDeals", "FastRiverProfit", "TopCashGuru"]


@pytest.mark.parametrize("frame", _FRAMES)
@pytest.mark.parametrize("tok", _RUNS)
def test_camel_run_pasted(frame, tok):
    text = frame.format(tok)
    a, b = _span(text, tok)
    known = load_bigrams().uni
    assert camel_run(text, a, b, known)
    assert class_token(text, a, b, known) in ("camelrun", "run")  # spam79's run is asked first
    assert class_evidence(text, a, b, known)
    assert tok.lower() in find_spam_tokens(text, min_count=1, context=True)


@pytest.mark.parametrize("text,tok", [
    # the news controls' places: a hashtag, a Vietnamese name's abbreviation in brackets, a photo credit
    ("Người dùng mạng xã hội lan truyền từ khóa #SilverHarborDeals để phản đối.", "SilverHarborDeals"),
    ("Ông Hưởng, cố vấn cao cấp Ngân hàng Bưu điện Liên Việt (SilverHarborDeals) cho rằng nợ xấu luôn tồn tại.",
     "SilverHarborDeals"),
    ("Đậu phụ ăn quá thường xuyên sẽ gây hại. Ảnh: SilverHarborDeals Táo bón là bệnh thường gặp.", "SilverHarborDeals"),
    # written twice on the page: a name the text is about
    ("Sáng hôm sau, sư trụ SilverHarborDeals xuống vực. SilverHarborDeals được nhiều người biết đến.",
     "SilverHarborDeals"),
    # another Latin name in the sentence ("CoinMarketCap và TradingView"): not alone
    ("Dữ liệu từ CoinMarketCap và TradingView cho thấy giá tiếp tục giảm sâu.", "CoinMarketCap"),
    # two pieces only (spam79's and the pair class's shape), or a piece no English list knows
    ("Sáng hôm sau, sư trụ SilverHarbor xuống vực sâu tìm được xác nàng.", "SilverHarbor"),
    ("Sáng hôm sau, sư trụ SilverXqzvHarbor xuống vực sâu tìm được xác nàng.", "SilverXqzvHarbor"),
])
def test_not_a_pasted_camel_run(text, tok):
    a, b = _span(text, tok)
    assert not camel_run(text, a, b, load_bigrams().uni)


@pytest.mark.parametrize("word,skel", [
    ("polyethylene", "polietilen"), ("polyetylen", "polietilen"), ("polyester", "poliest"), ("polyeste", "poliest"),
])
def test_skeleton_folds_both_spellings(word, skel):
    assert skeleton(word) == skel


_CHEM = ("Các loại nhựa nhiệt dẻo không cần biến đổi cấu trúc phân tử (như polyetylen, polypropylene, nylon, "
         "polyvinyclorua và nhựa nhiệt dẻo {})." )


@pytest.mark.parametrize("tok", ["polyyeste", "polyeste", "polyetylen", "polypropylen"])
def test_vietnamised_substance_in_a_list(tok):
    text = _CHEM.format(tok)
    a, b = _span(text, tok)
    assert vietnamised_substance(text, a, b)
    assert look_alike(text, a, b) == "english"
    assert tok not in find_spam_tokens(text, min_count=1, context=True)


@pytest.mark.parametrize("text,tok", [
    # one letter from a substance's skeleton ("composition"), but no other substance named: langfresh29's spam token
    ("Đến hơn 19 compostione tối cùng ngày, đám cháy cơ bản đã được khống chế.", "compostione"),
    # a typo needs eight letters of skeleton; a trade word or a lucky number is a brand's
    ("Trong danh sách có polyetylen và polyyesx.", "polyyesx"),
    ("Trong danh sách có polyetylen và casinolen.", "casinolen"),
])
def test_not_a_vietnamised_substance(text, tok):
    a, b = _span(text, tok)
    assert not vietnamised_substance(text, a, b)


@pytest.mark.parametrize("word", ["nebulised", "nebuliser", "organized", "optimization", "energizer", "atomizer"])
def test_technical_ize_words_stay_vetoed(word):
    assert not _glued(word)
    text = f"Máy {word} được dùng trong bệnh viện."
    a, b = _span(text, word)
    assert look_alike(text, a, b) == "english"


@pytest.mark.parametrize("word", ["webmonetizer", "cashoptimizer"])
def test_glued_ize_compound_is_no_lookalike(word):
    assert _glued(word)
    text = f"Điều này khẳng định sức ảnh hưởng rộng lớn của nền văn hóa Đông Sơn thời bấy {word}."
    a, b = _span(text, word)
    assert look_alike(text, a, b) is None
