"""A camel-case run of two or three English words, written once, the only Latin word of a Vietnamese sentence,
standing where the text wants one more syllable of a word, is flagged, never repaired; real brands of English words
where a name stands (after "của", "dịch vụ", "Hãy cùng", at a sentence's start, before a figure, as a host), an
English name written twice, and runs with a piece no English list knows are not this class (issue 12, spam79).

Sentences and tokens written for these tests (made-up names), none of ``benchmarks/data/langfresh*``'s."""

import pytest

from mtpipe.clean.spam import SpamRepair
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_camelwords import _english, english_run, run_evidence


def spans_of(text, token):
    return [p for p in SpamRepair().plan(text) if text[p[0]:p[1]] == token]


@pytest.mark.parametrize("text,token", [
    # "mãnh liệt", "buồn bã", "bám biển", "nguyên liệu": the syllable's slot, a comma or a stop on one side
    ("Những cây thông già vẫn đứng vững với sức sống mãnh GoldenFalcon, bất chấp gió bão.", "GoldenFalcon"),
    ("Cô bé ngồi một mình bên hiên, lòng trống rỗng, SilverHarbor bã đến lạ.", "SilverHarbor"),
    ("Những người thợ lặn ở đây gắn bó với nghề và sống bám LuckyHarborRun.", "LuckyHarborRun"),
    ("Gỗ được dùng làm nguyên liệu cho xây dựng và MagicForest liệu cho đồ mỹ nghệ.", "MagicForest"),
])
def test_an_english_run_in_a_syllable_slot_is_flagged_never_repaired(text, token):
    a = text.index(token)
    assert english_run(text, a, a + len(token), load_bigrams().uni)  # this change's evidence, whatever else holds
    assert "spam79" in run_evidence(text, a, a + len(token), load_bigrams().uni)
    got = spans_of(text, token)
    assert got and all(rep is None for _, _, rep, _ in got)


@pytest.mark.parametrize("text,token", [
    ("Hãy cùng MarryBaby tìm hiểu vấn đề này trong bài viết dưới đây.", "MarryBaby"),  # a site inviting its reader
    ("Giá mở cửa cho km đầu tiên của dịch vụ GreenCar là 20.000 đồng.", "GreenCar"),  # after a kind: a name's slot
    ("Theo số liệu từ CoinGlass, giá bitcoin giảm mạnh trong tuần qua.", "CoinGlass"),
    ("Trong tủ lạnh nhà tôi lúc nào cũng có SnowBerry trái cây tươi mát.", "SnowBerry"),  # after "có": an object
    ("OpenNet đánh giá mức độ minh bạch của các trang web trong khu vực.", "OpenNet"),  # a sentence's subject
    ("Điện thoại hỗ trợ sạc siêu nhanh SuperDart 65W, đầy pin trong nửa giờ.", "SuperDart"),  # a figure after it
    ("Theo khảo sát của trang web hẹn hò LonelyHearts.com, nhiều người độc thân.", "LonelyHearts"),  # a host
    # an English name written twice: a name the text is about
    ("Quán cà phê SunnyCorner mở cửa sớm; khách quen của SunnyCorner gọi đồ uống bền bỉ.", "SunnyCorner"),
    ("Ban nhạc đã biểu diễn cùng Jimmy trong đêm nhạc ở sân vận động mãnh liệt.", "Jimmy"),  # one capital: no run
])
def test_real_names_of_english_words_where_names_stand_are_not_this_class(text, token):
    a = text.index(token)
    assert not english_run(text, a, a + len(token), load_bigrams().uni)


def test_the_shape():
    for tok in ("WildFalcon", "GetRedFox", "TreasureIsland", "SitAndPlay"):
        assert _english(tok), tok
    # a piece no English list knows, a two-letter piece, four pieces, lower case, one word, capitals
    for tok in ("VinFast", "MobiFone", "GoOnus", "MyWay", "SitAndGoPlanet", "wildfalcon", "Wildfalcon", "WILDFALCON"):
        assert not _english(tok), tok
