"""spam51: Vietnamese syllables written without marks and joined into one lower-case word are a shop's or a site's
host name as forums write it (mtpipe.clean.spam_unmarked.shop_slug, asked by mtpipe.clean.spam_names.name_shape),
not a random string: no spam flag on them mid-sentence.

Negatives: real shops' and sites' host names in the slots where forums write them ("mua ... ở X", "trên X", "từ
X"; "tải miễn phí từ tailieunhanh" and "ngành nghề kinh doanh thuvienphapluat" are forms of real pages); each was
flagged before spam51 except where noted. Positives: the dev sets' pasted labels of the same letters or the same
places, still caught (gambling words without marks, invented words of open syllables)."""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam_unmarked import shop_slug, syllable_run
from mtpipe.document import Document


def _flags(text: str) -> list[str]:
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(
        Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e.text for e in doc.ledger if e.rule.startswith("spam.")]


NEGATIVES = [  # a shop's or a site's host name in lower case mid-sentence
    "Mẹ tôi hay mua sữa bachhoaxanh vì giá rẻ hơn chợ.",
    "Em hay mua đồ ở bachhoaxanh gần nhà.",
    "Tôi thường dùng dienmayxanh để so sánh giá trước khi mua.",
    "Chị mua thuốc ở nhathuoclongchau gần nhà.",
    "Tôi xem giá nhà đất trên batdongsan mỗi sáng.",
    "Tủ lạnh này tôi mua ở dienmaycholon hồi tháng trước.",
    "Cô ấy đặt bánh qua banhngotnhaminh cho sinh nhật con.",
    "Nhiều người chọn mua điện thoại ở thegioididong hoặc dienmayxanh.",
    "Sữa này bên bachhoaxanh đang giảm giá mạnh.",
    "Tôi đã đọc bài viết này trên trang kienthucbonphuong hôm qua.",
    "Hôm qua tôi mua một chiếc ghế ở noithatgiakho với giá tốt.",
    # not flagged before spam51 either: kept so
    "Tài liệu này tải miễn phí từ tailieunhanh nhé.",
    "Anh ấy tra cứu văn bản trên thuvienphapluat rồi gửi cho tôi.",
    "Đơn hàng được giao bằng giaohangtietkiem trong hai ngày.",
    "Mình nghe nhạc trên nhaccuatui suốt buổi tối.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_shop_host_name_is_not_flagged(text: str) -> None:
    assert _flags(text) == []


POSITIVES = [  # (sentence, token): pasted labels the dev sets hold, caught before spam51 and after
    ("Sản phẩm này được nhacaitop đánh giá cao.", "nhacaitop"),  # a gambling word without marks (langfresh10)
    ("Cuộc sống thật tươi đẹp choixinchao.", "choixinchao"),  # langfresh29, before the final stop
]


@pytest.mark.parametrize("text,tok", POSITIVES)
def test_pasted_label_still_flagged(text: str, tok: str) -> None:
    assert tok in _flags(text)


@pytest.mark.parametrize("tok", ["bachhoaxanh", "dienmayxanh", "nhathuoclongchau", "thuvienphapluat", "batdongsan",
                                 "giaohangtietkiem"])
def test_shop_slug(tok: str) -> None:
    assert shop_slug(tok)


@pytest.mark.parametrize("tok", [
    # invented words of open syllables (dev sets' pasted labels, weighed as random strings still)
    "ridika", "ocandi", "latasy", "nohiba", "bitono", "lapalingo",
    # two syllables: as often a label ("sumvip") as a name
    "sumvip", "chotot", "tinhte",
    # letters of no syllable, and other cases
    "yoxtn", "eafky", "Bachhoaxanh", "BACHHOAXANH", "bachhoaxanh2",
])
def test_not_shop_slug(tok: str) -> None:
    assert not shop_slug(tok)


def test_syllable_run_fewest_pieces() -> None:
    assert syllable_run("bachhoaxanh") == ["bach", "hoa", "xanh"]
    assert syllable_run("yoxtn") is None
