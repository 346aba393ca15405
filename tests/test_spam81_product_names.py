"""Tech product names in tech news are not flagged as pasted spam: an "e"/"i" product written Apple's way ("eSIM",
"iPhone"), a camel-case name after its make ("Galaxy SmartTags"), a camel-case run of English words in a sentence that
names a Latin name of its own ("Apple ... AirTag"); a lower-case host between a syllable and a capitalised one where a
syllable is wanted is flagged ("thực btcminer.website Pháp"); gambling shapes stay flagged (issue 12, spam81).

Sentences and tokens written for these tests (made-up names and sentences), none of ``benchmarks/data/langfresh*``'s."""

import pytest

from mtpipe.clean.spam import SpamRepair
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_camelwords import english_run
from mtpipe.clean.spam_productnames import (after_make, latin_company, opens_word, prefixed_product,
                                            product_flags, unwritten_before_name)


def flags_of(text, token):
    return [p for p in SpamRepair().plan(text) if text[p[0]:p[1]] == token]


def test_the_prefixed_product_shape():
    for tok in ("eSIM", "eKYC", "iOS", "iPhone", "iCloud", "eReader", "iPad"):
        assert prefixed_product(tok), tok
    # another prefix letter, no word after the prefix, a figure, two capitals, title case, lower case
    for tok in ("tXpxo", "iXpxo", "mCare", "iX3", "ESIM", "Esim", "esim", "eZqwk"):
        assert not prefixed_product(tok), tok


def test_a_gambling_shape_after_the_prefix_stays_flagged():
    text = "Ông cho biết đã quen chơi iWin từ khi còn là sinh viên ở thành phố."
    a = text.index("iWin")
    assert prefixed_product("iWin")  # the shape, yet a gambling word: kept
    assert product_flags(text, [(a, a + 4, None, "iwin")]) == [(a, a + 4, None, "iwin")]


@pytest.mark.parametrize("text,token", [
    ("Nhiều nhà mạng đã cho phép khách hàng kích hoạt eSIM trực tuyến ngay trên ứng dụng.", "eSIM"),
    ("Ngân hàng yêu cầu khách hàng xác thực eKYC bằng khuôn mặt trước khi mở tài khoản.", "eKYC"),
    ("Nhiều người dùng đã chuyển sang dòng iPhone mới sau khi hãng giảm giá mạnh.", "iPhone"),
])
def test_a_prefixed_product_is_not_flagged(text, token):
    assert not flags_of(text, token)


@pytest.mark.parametrize("text,token", [
    ("Sản phẩm cạnh tranh trực tiếp với các đối thủ như Galaxy PowerTags của Samsung.", "PowerTags"),
    ("Người dùng có thể mở tệp bằng Microsoft PowerPoint hoặc các ứng dụng khác.", "PowerPoint"),
])
def test_a_camel_name_after_its_make_is_not_flagged(text, token):
    a = text.index(token)
    assert after_make(text, a, a + len(token))
    assert not flags_of(text, token)


@pytest.mark.parametrize("text,token", [
    ("Galaxy SmartTags được bán ra với giá thấp hơn nhiều sản phẩm cùng loại.", "Galaxy"),  # the make: no camel
    ("Nhiều người dùng WildFalcon để tìm kiếm thông tin trên mạng mỗi ngày.", "WildFalcon"),  # after a syllable
    ("Tập đoàn SmartTags công bố kết quả kinh doanh quý ba vượt kỳ vọng.", "SmartTags"),  # after a marked syllable
    ("Apple SmartTags chưa từng được công bố chính thức.", "SmartTags"),  # the word before opens the sentence
    ("Người chơi ở Grab Oliwcq6gn Lô thật.", "Oliwcq6gn"),  # no camel name of letters (langfresh14b's shape)
])
def test_not_after_a_make(text, token):
    a = text.index(token)
    assert not after_make(text, a, a + len(token))


def test_an_english_run_beside_a_latin_name_is_not_flagged():
    text = "Dẫu vậy, Apple phải mất một khoảng thời gian khá dài trước khi biến SkyBeacon thành hiện thực."
    a = text.index("SkyBeacon")
    assert latin_company(text, a, a + 9)
    assert not english_run(text, a, a + 9, load_bigrams().uni)  # spam79's rule; another may weigh a made-up name


@pytest.mark.parametrize("text", [
    "Apple phải mất một khoảng thời gian khá dài trước khi biến SkyBeacon thành hiện thực.",  # opens the sentence
    "Cô bé ngồi một mình bên hiên, lòng trống rỗng, SkyBeacon bã đến lạ.",  # no Latin word
    "Những người thợ lặn ở Quảng Ngãi gắn bó với nghề và sống bám SkyBeacon.",  # Vietnamese names only
])
def test_no_latin_company(text):
    a = text.index("SkyBeacon")
    assert not latin_company(text, a, a + 9)


def test_an_english_run_with_no_latin_company_stays_flagged():
    text = "Những cây thông già vẫn đứng vững với sức sống mãnh GoldenFalcon, bất chấp gió bão."
    a = text.index("GoldenFalcon")
    assert english_run(text, a, a + 12, load_bigrams().uni)
    assert flags_of(text, "GoldenFalcon")


@pytest.mark.parametrize("text,token", [
    ("Cầu sắt bắc qua sông được chính quyền thực coinfarm.website Pháp xây dựng từ cuối thế kỷ trước.",
     "coinfarm.website"),
    ("Ngôi đình do người dân làng góp công xây dựng, sau đó được thực shopdeal.online Pháp tu sửa lại.",
     "shopdeal.online"),
    ("Du khách thường ghé chợ 7kwzrob Thành để mua quà lưu niệm trước khi rời thành phố.", "7kwzrob"),
])
def test_an_unwritten_token_before_a_capitalised_syllable_in_a_syllable_slot_is_flagged(text, token):
    a = text.index(token)
    assert unwritten_before_name(text, a, a + len(token), load_bigrams().uni)
    got = flags_of(text, token)
    assert got and all(rep is None for _, _, rep, _ in got)


@pytest.mark.parametrize("text,token", [
    ("Theo thông tin đăng trên trang vnexpress.net Hà Nội sẽ có mưa lớn vào cuối tuần.", "vnexpress.net"),  # a site
    ("Sản phẩm được bán trên amazon.com Mỹ với giá rẻ hơn nhiều so với trong nước.", "amazon.com"),
    ("Bài viết được đăng trên báo điện tử tuoitre.vn Thành phố Hồ Chí Minh hôm qua.", "tuoitre.vn"),  # local
    ("Người dân thực coinfarm.website pháp luật về đất đai.", "coinfarm.website"),  # the next syllable in lower case
    ("Ông Nguyễn Văn An cho biết Apple đã thực coinfarm.website Pháp hóa.", "coinfarm.website"),  # a Latin word
    ("Du khách thường ghé chợ 7KWZ Thành để mua quà lưu niệm trước khi rời thành phố.", "7KWZ"),  # capitals: a code
    ("Du khách thường ghé chợ 7kw Thành để mua quà lưu niệm trước khi rời thành phố.", "7kw"),  # a unit's letters
])
def test_not_an_unwritten_token_before_a_name(text, token):
    a = text.index(token)
    assert not unwritten_before_name(text, a, a + len(token), load_bigrams().uni)


def test_a_name_before_a_word_that_opens_is_no_gap():
    text = "So với mẫu cũ, chip mới được dùng trong SkyBeacon hiện tại cho phép kết nối xa hơn."
    b = text.index("SkyBeacon") + 9
    assert opens_word(text, b, "hiện")  # "hiện tại": a word of its own after the name
    assert not opens_word("đặc SkyBeacon của người Tày", 13, "của")  # a function word opens nothing
    assert not opens_word("sức sống mãnh SkyBeacon liệt", 23, "liệt")  # no syllable after it
