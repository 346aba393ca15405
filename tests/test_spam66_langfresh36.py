"""spam66: langfresh36's misses, as classes (:data:`mtpipe.clean.spam_shapes.TOKEN`, :mod:`mtpipe.clean.spam_perprice`).

A slug longer than the 31 characters :data:`~mtpipe.clean.spam_shapes.TOKEN` read ("cekilise-katil-sende-araba-kazan",
langfresh36; real Turkish news slugs found with the search tool) is now read, and weighed as the shorter ones are; a
site's slug or host where a price's currency goes with a space after the "/" ("20.000 cekilis-dunyam/ người") is
flagged as the glued form was. Negatives: long Vietnamese slugs of the clean realpages lines, English compounds and
currencies counted per unit, with or without the space."""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_perprice import priced_host, priced_host_spans
from mtpipe.clean.spam_shapes import TOKEN
from mtpipe.document import Document


def _flags(text: str) -> list[str]:
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(
        Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e.text for e in doc.ledger if e.rule.startswith("spam.")]


@pytest.mark.parametrize("text,want", [
    ("cekilise-katil-sende-araba-kazan sóng", ["cekilise-katil-sende-araba-kazan"]),  # langfresh36, 32 characters
    ("x sosyal-medya-hesabim-calindi-ne-yapmaliyim y", ["sosyal-medya-hesabim-calindi-ne-yapmaliyim"]),  # real slugs
    ("x kilicdarogluna-akil-verdiler-mekik-plazayi-arastirin y",
     ["kilicdarogluna-akil-verdiler-mekik-plazayi-arastirin"]),
    ("x nhung-luu-y-khi-xin-hoc-bong-cua-chinh-phu-trung-quoc y",  # a realpages line: read (and left: one kind)
     ["nhung-luu-y-khi-xin-hoc-bong-cua-chinh-phu-trung-quoc"]),
    ("x ab-cd y", ["ab-cd"]),  # the short tokens as before
    ("x z5043599551450828a49e73fa9b006592af522c56400db y", []),  # a long run of letters and digits: still not read
    ("x Sosyal-Medya-Hesabim-Calindi-Ne-Yapmaliyim y", []),  # a long one in capitals: not read
    ("x " + "a" * 30 + "-" + "b" * 30 + " y", []),  # over 60 characters: not read
])
def test_token_reads_long_slugs(text: str, want: list[str]) -> None:
    assert [m.group(1) for m in TOKEN.finditer(text)] == want


@pytest.mark.parametrize("text,span,want", [
    ("Vé tham quan tháp 20.000 cekilis-dunyam/ người.", "cekilis-dunyam", True),  # langfresh36
    ("vào cửa khoảng 40.000 skull-bets.io/ người, không", "skull-bets.io", True),  # langfresh33's host, spaced
    ("vào cửa khoảng 40.000 skull-bets.io/người, không", "skull-bets.io", True),  # and glued, as before
    ("giá phòng từ 1.500.000 hediye-cekilisi/ đêm", "hediye-cekilisi", True),
    ("thu 250.000 zorelia-bonusfortune/ chiều", "zorelia-bonusfortune", True),  # langfresh35's slug
    ("mỗi điểm đón khoảng 500 check-in/ ngày", "check-in", False),  # an English compound of one kind: counted
    ("giá 20.000 cekilis-dunyam/ng thôi", "cekilis-dunyam", False),  # no Vietnamese syllable after the "/"
])
def test_priced_slug(text: str, span: str, want: bool) -> None:
    spans = priced_host_spans(text)
    a = text.index(span)
    assert (a, a + len(span)) in spans
    assert priced_host(text, a, a + len(span), load_bigrams().uni) is want


@pytest.mark.parametrize("text", [
    "Giá vé 20.000 đồng/ người, trẻ em được miễn phí.",
    "Giá thuê phòng chỉ từ 25 USD/ đêm vào mùa thấp điểm.",
    "Mỗi ngày có 2 e-book/ người được tải về miễn phí.",
    "Xem tại trang 2 tin-tuc/ the-thao để biết thêm.",
])
def test_priced_spans_none(text: str) -> None:
    assert priced_host_spans(text) == []


SPAM = [
    ("cekilise-katil-sende-araba-kazan sóng biển vỗ nhè nhẹ.", "cekilise-katil-sende-araba-kazan"),  # langfresh36
    ("Vé tham quan tháp 20.000 cekilis-dunyam/ người.", "cekilis-dunyam"),  # langfresh36
    # the same classes with other slugs (real Turkish news slugs: search tool) in other dev sentences
    ("sosyal-medya-hesabim-calindi-ne-yapmaliyim khoảng một giờ thực hiện nghi lễ, người dân được tự do lễ bái.",
     "sosyal-medya-hesabim-calindi-ne-yapmaliyim"),
    ("Mùa lúa chín năm nay kéo dài 4 vatan-kahramanlarinin-yakinlari-icin-el-ele liền, thích hợp cho chuyến du ngoạn.",
     "vatan-kahramanlarinin-yakinlari-icin-el-ele"),
    ("Các vườn hoa mận mở cửa đón khách với mức giá vào cửa khoảng 40.000 skull-bets.io/ người, không giới hạn thời "
     "gian.", "skull-bets.io"),
    ("Giá phòng tại khu nghỉ dưỡng dao động từ 1.500.000 hediye-cekilisi/ đêm, đã bao gồm bữa sáng.", "hediye-cekilisi"),
]


@pytest.mark.parametrize("text,tok", SPAM)
def test_flagged(text: str, tok: str) -> None:
    assert tok in _flags(text)


REAL = [
    # long Vietnamese slugs on clean realpages lines (a study-abroad page, a travel page)
    "Trung Quốc tại Trung Quốc.\n\nnhung-luu-y-khi-xin-hoc-bong-cua-chinh-phu-trung-quoc\n\nSinh viên quốc tế đã nhận "
    "được học bổng của chính phủ Trung Quốc sẽ được sắp xếp theo học tại 88 cơ sở.",
    "Đi khi nào\n\nkinh-nghiem-phuot-bac-kinh-mcmli\n\nMùa thu là lựa chọn tốt nhất để đến đây, thời tiết ôn hòa.",
    # prices per unit with a space after the "/", an English compound counted per day
    "Giá vé vào cửa khoảng 40.000 đồng/ người, trẻ em dưới 1m được miễn phí.",
    "Giá thuê phòng chỉ từ 25 USD/ đêm vào mùa thấp điểm.",
    "Quán cà phê này đón khoảng 500 check-in/ ngày vào dịp cuối tuần.",
]


@pytest.mark.parametrize("text", REAL)
def test_not_flagged(text: str) -> None:
    assert _flags(text) == []
