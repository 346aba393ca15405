"""spam43: invented hyphenated names between two syllables, a domain after a verb of a body's motion, two letters
framed by figures right after a number (mtpipe.clean.spam_lone, spam_slugs); a title-case brand after a product's
noun or a kind's word and a noun is no pasted host (mtpipe.clean.spam_terms).

Positives are made-up spam shapes (none of the langfresh sets' tokens); each negative has a positive's shape or place:
a real term, site, figure or brand where a writer puts one."""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.document import Document


def _flags(text: str) -> list[str]:
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(
        Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e.text for e in doc.ledger if e.rule.startswith("spam.")]


POSITIVES = [  # (sentence, token): each passed by the cleaner before spam43
    # lower-case hyphenated pieces of different kinds between two syllables
    ("Những đàn chim sẻ thường xuất hiện lucky-zorv các cánh đồng lúa chín ở ven sông.", "lucky-zorv"),
    ("Đây là lần đầu tiên happy-koda năm nay người dân được thấy đàn chim di cư lớn như vậy.", "happy-koda"),
    ("Cá heo thường sinh sống merry-zulp các vùng biển ấm áp quanh năm.", "merry-zulp"),
    # a domain after a verb of a body's motion and a preposition
    ("Khi nước rút, đàn cá nhỏ lại bắt đầu bơi vào spinvaro.net.", "spinvaro.net"),
    ("Sau cơn mưa, những con ốc chậm chạp bò lên luckzet.com rồi nằm im.", "luckzet.com"),
    # two letters framed by figures right after a number
    ("Những phút cuối hiệp 1 4qx77 ra rất căng thẳng giữa hai đội.", "4qx77"),
    # two letters after a figure and a hyphen, inside a name
    ("Theo đoạn phim được chị Lan 8-qz chia sẻ, đàn voi đã xuất hiện gần bản.", "8-qz"),
    # a gambling brand after a product's noun is still flagged (a guard for the negatives below)
    ("Anh ấy từng dùng vợt Topwin suốt những năm thi đấu ở giải quốc gia.", "Topwin"),
]


@pytest.mark.parametrize("text,tok", POSITIVES)
def test_pasted_token_is_flagged(text: str, tok: str) -> None:
    assert tok in _flags(text)


NEGATIVES = [  # (sentence, token): the same shapes and places in real text
    ("Khách sạn có dịch vụ check-in trực tuyến rất tiện lợi cho du khách.", "check-in"),  # English words, one kind
    ("Hợp kim wolfram-rheni được dùng trong cặp nhiệt điện đo nhiệt độ cao.", "wolfram-rheni"),  # a term, under the gate
    ("Nhiều bạn trẻ mê nhạc k-pop hơn nhạc trữ tình trong nước.", "k-pop"),  # a one-letter piece
    ("Người dùng có thể truy cập vào spinvaro.net để đăng ký tài khoản mới.", "spinvaro.net"),  # a site named
    ("Bạn có thể vào trang luckzet.com để xem thêm thông tin chi tiết.", "luckzet.com"),
    ("Cửa hàng đã bán được 5 2in1 trong tuần này với giá tốt.", "2in1"),  # letters of a word between figures
    ("Theo kế hoạch, buổi lễ sẽ bắt đầu lúc 7 5-pm ngày mai tại nhà văn hóa xã.", "5-pm"),  # a time of day
    ("Thế mới có chuyện nhiều người cho là loại vợt Goldline nổi tiếng của ông thực chất được sơn lại.", "Goldline"),
    ("Anh ấy từng dùng vợt Ultrafox suốt những năm thi đấu ở giải quốc gia.", "Ultrafox"),  # a product's brand
    ("Chị ấy vừa mua chiếc điện thoại Maxpro mới để tặng mẹ nhân dịp sinh nhật.", "Maxpro"),
]


@pytest.mark.parametrize("text,tok", NEGATIVES)
def test_real_token_is_kept(text: str, tok: str) -> None:
    assert tok not in _flags(text)
