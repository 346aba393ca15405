"""A Latin token right after a syllable Vietnamese writes only as the first half of one word ("tấp" -> "nập",
"khẳng" -> "định") stands in that word's second half: flagged, never repaired, whatever its shape and whatever other
Latin words the sentence names; real names and loans after such a syllable (a foreign name of two words, the partner
mistyped, a syllable that closes a word of its own) and real product names in a name's slot are not this class
(issue 12, spam82).

Sentences and tokens written for these tests (made-up names; real product names as the news writes them), none of
``benchmarks/data/langfresh*``'s."""

import pytest

from mtpipe.clean.spam import SpamRepair
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_boundpair import _telex, bound_partner, broken_pair, pair_evidence


def spans_of(text, token):
    return [p for p in SpamRepair().plan(text) if text[p[0]:p[1]] == token]


def test_bound_syllables():
    assert bound_partner("tấp")[0] == "nập"
    assert bound_partner("khẳng")[0] == "định"
    assert bound_partner("hâm")[0] == "mộ"
    # syllables that end words or stand before names are not bound: "nhà", "quan" (quan trọng, quan hệ), "của"
    for syl in ("nhà", "quan", "của", "thị", "sản"):
        assert bound_partner(syl) is None, syl


@pytest.mark.parametrize("text,token", [
    ("Phiên chợ cuối năm bao giờ cũng tấp zorvenka, người mua kẻ bán chen chúc.", "zorvenka"),  # lower, invented
    ("Chuyên gia khẳng BlueMarlinX rằng giá cà phê sẽ còn tăng trong quý tới.", "BlueMarlinX"),  # camel
    ("Sau kỳ nghỉ, ai cũng thấy sảng luckpromax và tràn đầy năng lượng.", "luckpromax"),  # glued English pieces
    # other Latin words in the sentence: the slot says it all the same
    ("Apple và Samsung đều hâm Vortexia88 dòng sản phẩm gập của mình trong năm nay.", "Vortexia88"),
])
def test_a_token_in_a_bound_pairs_second_half_is_flagged_never_repaired(text, token):
    a = text.index(token)
    known = load_bigrams().uni
    assert broken_pair(text, a, a + len(token), known)
    assert "spam82" in pair_evidence(text, a, a + len(token), known)
    got = spans_of(text, token)
    assert got and all(rep is None for _, _, rep, _ in got)


@pytest.mark.parametrize("text,token", [
    ("Nữ diễn viên gạo cội Meryl Streep nhận giải thành tựu trọn đời.", "Meryl"),  # a foreign name of two words
    ("Bộ váy đỏ rực Valentina Moretti mặc trong đêm chung kết gây chú ý.", "Valentina"),
    ("Triều Tiên hiện đang nỗ lwujc đẩy mạnh chương trình tên lửa.", "lwujc"),  # "lực" mistyped in Telex
    ("Tên lửa này có khả anwng bay xa hơn 10.000 km.", "anwng"),  # "năng" mistyped
    ("Phố đi bộ cuối tuần tấp nap người qua lại.", "nap"),  # the partner without marks: a syllable
    ("Công nhân đeo găng taycao su khi làm việc trong xưởng.", "taycao"),  # the partner glued to the next word
    ("Tôi đã tiêm vắc xin28 ngày trước khi lên đường.", "xin28"),
    # real product names where a name stands: no bound syllable before them
    ("Apple cho biết AirTag mới dùng chip U2 để định vị chính xác hơn.", "AirTag"),
    ("Người dùng có thể kích hoạt eSIM trực tuyến qua ứng dụng của nhà mạng.", "eSIM"),
    ("Samsung ra mắt Galaxy SmartTag2 với thời lượng pin dài hơn.", "SmartTag2"),
    ("Ứng dụng ChatGPT của OpenAI có hơn 100 triệu người dùng mỗi tuần.", "ChatGPT"),
    ("Khách hàng có thể đặt xe qua GrabBike hoặc BeBike tùy khu vực.", "GrabBike"),
])
def test_real_names_and_loans_are_not_this_class(text, token):
    a = text.index(token)
    assert not broken_pair(text, a, a + len(token), load_bigrams().uni)


def test_a_name_written_twice_is_not_this_class():
    text = "Nhóm fan hâm Korvexa lập trang riêng; Korvexa nay có hàng nghìn thành viên."
    a = text.index("Korvexa")
    assert not broken_pair(text, a, a + len("Korvexa"), load_bigrams().uni)


def test_telex_keys():
    assert _telex("lực") == "luwcj"
    assert _telex("năng") == "nawng"
    assert _telex("định") == "ddinhj"
