"""spam47: single spam tokens weighed as classes (mtpipe.clean.spam_classes): figure slugs of English pieces after a
number or inside a name, digit-led names before a name's syllable or a clause's end, invented lower-case words at a
sentence's start before a figure or in a syllable's slot, camel-case pairs ending in an English word.

Positives are made-up tokens (none of langfresh28's); each negative has a positive's shape or place: a hyphenated real
name, a code, a borrowed term, a real domain after "trang", a camel-case product after "điện thoại"/"ứng dụng",
"4G", a score, a measure."""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.document import Document


def _flags(text: str) -> list[str]:
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(
        Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e.text for e in doc.ledger if e.rule.startswith("spam.")]


POSITIVES = [  # (sentence, token): each passed by the cleaner before spam47
    # figure slugs: after a number, inside a name
    ("Mỗi năm gia đình anh thu về trên 300 2-token mật ong từ các đàn ong nuôi.", "2-token"),
    ("Người dân coi đây là nghề 1 cash-wallet 4 lời nên ai cũng muốn làm theo.", "cash-wallet"),
    ("Năm 2010, đoàn chuyên gia của Hiệp hội sang làm việc tại Quảng smart-master.", "smart-master"),
    # digit-led names: a name's syllable gone after a comma, a clause's end
    ("Một em nhỏ ở huyện Tân Châu (An Giang, 7bitcash Long) đã được cứu kịp thời.", "7bitcash"),
    ("Tường nhà bị nứt, cây cối bị đổ 3moneyfast; nước chảy tràn trên bề mặt đồi.", "3moneyfast"),
    # an invented lower-case word: opening a sentence before a figure, in a syllable's slot
    ("Trời đổ mưa rất lớn. brolvati 30 phút sau, nước đã ngập kín con đường trước nhà.", "brolvati"),
    ("Nghề làm gốm dù không quá khó, nhưng tovenik thiếu kinh nghiệm sẽ làm hỏng cả lò.", "tovenik"),
    # a camel-case pair ending in an English word where a syllable stands
    ("Trẻ em tắm ở khu vực này rất dễ bị BoldFalcon ngã xuống hố sâu gần bờ sông.", "BoldFalcon"),
    ("Hoàn cảnh kinh tế gia đình StarCarrot em Lan rất khó khăn, nhà trường đã vận động giúp đỡ.", "StarCarrot"),
    ("Năm 1954, trước khi rút khỏi thành phố, quân Pháp đã đặt mìn phá đổ StoneRiver.", "StoneRiver"),
]

NEGATIVES = [  # the same shapes and places with a word a writer puts there
    "Ông Jean-Pierre đã sống ở Việt Nam hơn mười năm và rất yêu ẩm thực nơi đây.",
    "Dịch COVID-19 đã gây ảnh hưởng nặng nề đến các doanh nghiệp du lịch trong tỉnh.",
    "Anh gửi e-mail cho các đối tác trước khi cuộc họp bắt đầu vào buổi sáng.",
    "Quán cà phê có Wi-Fi miễn phí nên sinh viên thường đến đây ngồi học bài.",
    "Du khách đến Hội An check-in tại các góc phố cổ vào buổi tối.",
    "Bạn đọc có thể xem thêm thông tin chi tiết tại trang vnexpress.net của tòa soạn.",
    "Chị vừa mua điện thoại GalaxyNote mới để dùng cho công việc hằng ngày.",
    "Nhiều người dùng ứng dụng MoneyLover để quản lý chi tiêu trong gia đình.",
    "Mạng 4G đã phủ sóng hầu hết các xã vùng sâu của tỉnh trong năm nay.",
    "Đội tuyển thắng đậm 5-0 trong trận đấu tối qua trên sân nhà của mình.",
    "Kính hiển vi này phóng to 3-4x lần so với loại kính lúp thông thường.",
    "Mỗi năm gia đình anh thu về trên 300 lít mật ong từ các đàn ong nuôi.",
    "Nghề làm gốm dù không quá khó, nhưng nếu thiếu kinh nghiệm sẽ làm hỏng cả lò.",
    "Một em nhỏ ở huyện Tân Châu (An Giang, Vĩnh Long) đã được cứu kịp thời.",
    "Tường nhà bị nứt, cây cối bị đổ nghiêng; nước chảy tràn trên bề mặt đồi.",
    "Trẻ em tắm ở khu vực này rất dễ bị trượt ngã xuống hố sâu gần bờ sông.",
    "Trời đổ mưa rất lớn. Khoảng 30 phút sau, nước đã ngập kín con đường trước nhà.",
    "Năm 1954, trước khi rút khỏi thành phố, quân Pháp đã đặt mìn phá đổ chùa.",
    "Công ty vừa ra mắt ứng dụng SmartHome cho các hộ gia đình ở thành phố.",
    "Từ năm 2016-nay, hợp tác xã đã mở rộng diện tích trồng lúa hữu cơ của mình.",
]


@pytest.mark.parametrize("text,tok", POSITIVES)
def test_class_token_is_flagged(text: str, tok: str) -> None:
    assert tok in _flags(text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_same_shape_real_text_is_kept(text: str) -> None:
    assert _flags(text) == []


@pytest.mark.parametrize("text", [
    "Cậu ấy là một newstar nổi tiếng trong trường.",  # two English words written together, as loan compounds are
    "Cậu ấy là một coolboy nổi tiếng trong trường.",
])
def test_a_loan_compound_of_two_english_words_is_kept(text: str) -> None:
    """The full suite found spam47's invented-word class flagging "hotgirl" (test_spam_round13): a compound of two
    English words is no invented word; an invented one in the same slot still is (tests above)."""
    assert _flags(text) == []
