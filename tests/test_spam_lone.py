"""spam40: a stray Latin token, the only one in a sentence of running Vietnamese (mtpipe.clean.spam_lone).

Positives are made-up spam shapes (none of langfresh23's tokens); each negative has a positive's shape or place:
a real unit, code, brand, term or name where a writer puts one."""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_lone import alone, lone_token, stray, true_start
from mtpipe.document import Document


def _flags(text: str) -> list[str]:
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(
        Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e.text for e in doc.ledger if e.rule.startswith("spam.")]


def _lone(text: str, tok: str) -> str | None:
    a = text.index(tok)
    return lone_token(text, a, a + len(tok), load_bigrams().uni)


POSITIVES = [  # (sentence, token, place)
    ("tuvelo khi mùa mưa đến, nông dân trong làng lại xuống đồng cấy lúa.", "tuvelo", "start"),
    ("qex4-vui những ngày cuối năm, người dân trong làng đều tất bật chuẩn bị đón Tết.", "qex4-vui", "start"),
    ("LuxoTrade365 mùa này những cánh đồng lúa chín vàng rực cả một vùng quê.", "LuxoTrade365", "start"),
    ("Ông đã gắn bó với nghề làm gốm hơn 30 8kuvo nay và truyền nghề cho con cháu.", "8kuvo", "number"),
    ("Gia đình bà có 15 ZentaPlus, năm nay thu hoạch được hơn hai tấn chè búp tươi.", "ZentaPlus", "number"),
    ("Chiếc thuyền nhỏ xuôi theo dòng sông 6vakeo, qua những cánh đồng lúa xanh mướt của làng.", "6vakeo", "name"),
    ("Người thợ cả đã dành trọn cả cuộc đời mình cho nghề chạm 3xaru.", "3xaru", "end"),
]


@pytest.mark.parametrize("text,tok,place", POSITIVES)
def test_lone_token_place(text: str, tok: str, place: str) -> None:
    assert _lone(text, tok) == place


@pytest.mark.parametrize("text,tok,place", POSITIVES)
def test_cleaner_flags_lone_token(text: str, tok: str, place: str) -> None:
    assert tok in _flags(text)


NEGATIVES = [  # (sentence, token): the same shapes and places in real text
    ("Con lợn nặng hơn 120 kg được bán với giá rất cao trong dịp Tết.", "kg"),  # a unit after a number
    ("Giống lúa O. glaberrima được trồng ở châu Phi từ rất lâu trước khi lúa châu Á đến.", "glaberrima"),  # after an abbreviation's stop
    ("Ông giữ chức vụ này trong giai đoạn 2016-nay, được nhiều người dân quý mến.", "2016-nay"),  # a year span
    ("Món gà được tẩm shoyu rồi nướng trên than hồng cho đến khi chín vàng.", "shoyu"),  # a term inside a sentence
    ("Tuyến quốc lộ 12B đi qua trung tâm thành phố và nối với nhiều huyện miền núi.", "12B"),  # a road's code
    ("Khách hàng có thể thanh toán bằng ví ShopeePay khi mua hàng trên mạng mà không mất phí.", "ShopeePay"),  # a named slot
    ("Nhà sáng lập SmartLoan cho biết công ty sẽ mở rộng hoạt động trong năm tới.", "SmartLoan"),  # a founder's company
    ("Nhà thờ thánh Gioanbaotixita được xây dựng vào cuối thế kỷ trước ở làng này.", "Gioanbaotixita"),  # a saint's name
    ("Xăng E5RON92 được bán tại hầu hết các cửa hàng xăng dầu trên cả nước từ năm ngoái.", "E5RON92"),  # a fuel's code
    ("Nhiều bạn trẻ thích phong cách ăn mặc vintage khi đi dạo phố vào cuối tuần.", "vintage"),  # an English word
    ("Nhà ông có 28 chiếc VinFast VF8, năm nay ông mua thêm hai chiếc nữa cho con.", "VinFast"),  # not alone
    ("Máy bay Su-27 có tầm hoạt động lớn và trang bị vũ khí hiện đại.", "Su-27"),  # a model in capitals
    ("Hợp kim wolfram-rheni là mềm hơn ở nhiệt độ thấp làm cho chúng dễ dàng gia công.", "wolfram-rheni"),  # a term
    ("Đồng vị 269Hs có thời gian tồn tại lâu nhất với chu kỳ bán rã vài giây.", "269Hs"),  # an isotope
    ("Những người thợ đã làm việc ở đây từ năm 1Quang đến nay.", "1Quang"),  # a figure glued to a name
    ("Đây là điểm mạnh đặc biệt của dịch vụ giao hàng B2C.", "B2C"),  # a code before the stop
    ("Chiếc thuyền nhỏ xuôi theo dòng sông Hồng qua những cánh đồng của làng Mekong.", "Mekong"),  # a name
    ("Người thợ cả đã dành trọn cả cuộc đời mình cho nghề chạm khắc gỗ 3D.", "3D"),  # a figure and a letter
]


@pytest.mark.parametrize("text,tok", NEGATIVES)
def test_lone_token_leaves_real_tokens(text: str, tok: str) -> None:
    assert _lone(text, tok) is None


def test_stray_and_alone() -> None:
    known = load_bigrams().uni
    assert stray("6hoom", known) and stray("nam-binh-credit", known) and stray("AlimexFund", known)
    assert not stray("kg", known) and not stray("m2", known) and not stray("100oC", known) and not stray("csgt", known)
    assert not stray("check-in", known) and not stray("vnexpress.vn", known) and not stray("hotel", known)
    text = "Máy ảnh Sony a7R III có cảm biến 61MP và quay video 8K rất đẹp."
    a = text.index("a7R")
    assert not alone(text, a, a + 3, known)  # a review names its models together
    text = "Đây là chợ đầu mối chuyên mua bán các loại rau quả và nông sản 7ytre."
    a = text.index("7ytre")
    assert alone(text, a, a + 5, known)


def test_true_start() -> None:
    assert true_start("abc khi", 0)
    assert true_start("Trời mưa. abc khi", 10)
    assert not true_start("xử lý C. ruderalis như", 9)
    assert not true_start("(sa. kulaputra)", 5)


def test_ledger_says_why() -> None:
    text = POSITIVES[3][0]
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(
        Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    notes = [e.note for e in doc.ledger if e.rule == "spam.unrepaired"]
    assert notes and "only Latin word" in notes[0]


def test_time_span_is_no_stray() -> None:
    known = load_bigrams().uni
    assert not stray("11h30-14h30", known) and not stray("5-10kg", known)
    assert _lone("Quán mở cửa từ 9 11h30-14h30 các ngày trong tuần trừ chủ nhật.", "11h30-14h30") is None


def test_lower_case_page_and_brand_names() -> None:
    known = load_bigrams().uni
    assert not stray("lazada", known) and not stray("vietcombank", known)  # a known site's or a Vietnamese company's name
    text = "mình thấy giao hàng ở đây nhanh lắm. sendoxu thì giao chậm hơn một chút, nhưng giá rẻ hơn nhiều."
    assert _lone(text, "sendoxu") is None  # its writer starts no sentence with a capital
    text = "Mình thấy giao hàng ở đây nhanh lắm. sendoxu thì giao chậm hơn một chút, nhưng giá rẻ hơn nhiều."
    assert _lone(text, "sendoxu") == "start"
