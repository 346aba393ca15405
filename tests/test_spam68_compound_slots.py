"""spam68: two classes of real names that langfresh37's look-alikes showed flagged as pasted spam tokens.

- A compound of English words in title case (``compound``: "Cybertruck", "Cyberbeast") between two lower-case
  syllables counts as pasted only where the slot wants a syllable (:mod:`mtpipe.clean.spam_compslot`): a product,
  a hotel or a person named after the noun of its kind or a verb that takes it ("chiếc Cybertruck đã", "khách sạn
  Movepick và") is kept; a label where a word's syllable was cut out ("chưa có ___ tin", "nước ___ tư") stays flagged.
- A figure that closes a clause ("Kể từ năm 2019, LockBit nhanh chóng") is no count before a noun: a camel-case
  name right after it is not weighed as a counted noun's replacement (``spam_lone._FIGURE_BEFORE``); a camel-case
  label right after a count ("có 12 ___ bày bán") stays flagged; a range of two figures counts as one ("chừng 20–30
  ___, lá": a stray word in a counted noun's place, flagged like one after "30 ").

Every sentence below is made up (the shapes of langfresh37's look-alikes and of the dev sets' spam rows)."""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam import SpamRepair
from mtpipe.clean.spam_compslot import compound_gap
from mtpipe.clean.spam_names import name_shape
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.document import Document


def _flags(text: str) -> list[str]:
    doc = Cleaner(CleanOptions(spam=SpamRepair(context=True)))(
        Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [text[e.start:e.end] for e in doc.ledger if e.rule.startswith("spam.")]


KEPT = [  # real names where Vietnamese puts a name (flagged before spam68)
    "Người mua đặt hàng chiếc Stormhawk đã lên tới 50.000 chiếc trong tuần đầu.",
    "Hãng vừa giới thiệu chiếc Seadragon đầu tiên tại triển lãm ô tô Geneva.",
    "Mẫu bán tải điện Ironhorse với thiết kế góc cạnh gây nhiều tranh cãi.",
    "Khách sạn Moonharbor và bãi biển gần đó luôn đông khách vào mùa hè.",
    "Phiên bản hiệu năng cao Firebolt có khối lượng hơn ba tấn.",
    "Công ty đã mua lại Sailpoint và dùng công nghệ của hãng này để làm dịch vụ đám mây.",
    "Kể từ khi ra đời năm 2021, ShadowByte nhanh chóng trở thành nỗi lo của các ngân hàng.",
    "Trong năm 2023, DarkCloud tấn công hơn 200 doanh nghiệp tại châu Á.",
    "Hãng đã giao 12 chiếc Boeing 787-9 Dreamliner trong tháng trước.",  # a model's name after its figure range
]

FLAGGED = [  # (text, token): a label where a syllable was cut out, or right after a count
    ("Nhiều đội bóng được nhắc tên, nhưng chưa có Wingpaper tin nào được xác nhận.", "Wingpaper"),
    ("Việt Nam là nước Boatrider tư trong khu vực thử nghiệm tính năng này.", "Boatrider"),
    ("Tuy đường xa nhưng cũng nhanh Moonstep bị chặn lại ở cửa khẩu.", "Moonstep"),
    ("Người quản lý cho bên Tigerfield ba thực hiện quá trình giao hàng.", "Tigerfield"),
    ("Cửa hàng có 12 SilverPocket bày bán trong dịp lễ.", "SilverPocket"),
    ("Ngôi nhà có 3 GoldenLucky, phòng ngủ đều ở tầng trên.", "GoldenLucky"),
    ("Cây cao chừng 20–30 quelvix, lá mọc so le.", "quelvix"),
    ("Mỗi gói nặng khoảng 2-3 brontavik và được bán ở chợ.", "brontavik"),
]


@pytest.mark.parametrize("text", KEPT)
def test_name_in_a_name_slot_kept(text: str) -> None:
    assert _flags(text) == []


@pytest.mark.parametrize("text,tok", FLAGGED)
def test_label_in_a_syllable_slot_flagged(text: str, tok: str) -> None:
    assert tok in _flags(text)


def test_the_kept_names_are_compounds() -> None:
    known = load_bigrams().uni
    for tok in ("Stormhawk", "Seadragon", "Ironhorse", "Moonharbor", "Firebolt", "Sailpoint", "Wingpaper"):
        assert name_shape(tok, known) == "compound", tok


@pytest.mark.parametrize("prev,nxt,wanted", [
    ("chiếc", "đã", False), ("sạn", "và", False), ("điện", "với", False), ("cao", "có", False),
    ("có", "tin", True), ("nước", "tư", True), ("nhanh", "bị", True), ("bên", "ba", True),
])
def test_compound_gap(prev: str, nxt: str, wanted: bool) -> None:
    assert compound_gap(prev, nxt) is wanted
