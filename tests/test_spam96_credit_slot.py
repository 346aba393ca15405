"""spam96: a recurring token right after a photo credit's label is never repaired by votes (benchmarks/notes/spam96.md).

The passages are from two real news articles of the baomoi snapshot (spam82's, article ids 21495097 "Loạt ảnh để đời
của người Pháp về Hà Nội thời thuộc địa" and 21487413 "Con đèo gần Hà Nội có gì mà dân tình ầm ầm đổ đến đây?"),
quoted short. At integ ff549f40 the recurring-token path repaired "Aavh.org" to "thành"/"Thành" and "changtraim52"
to "Chụp" there.
"""

from pathlib import Path

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam import SpamRepair
from mtpipe.clean.spam_creditslot import credit_spans
from mtpipe.document import Document

AAVH = ("Chợ Đồng Xuân năm 1931. Hình ảnh nằm trong loạt ảnh về  Hà Nội thời thuộc địa do trang mạng Hiệp hội bằng "
        "hữu Huế xưa của Pháp (Aavh.org) đăng tải. Phố Jean Dupuis, nay là Phố Hàng Chiếu, 1931. Ảnh: Aavh.org Cửa ô "
        "Quan Chưởng trên Phố Hàng Chiếu, 1931. Ảnh: Aavh.org Phố Hàng Đường, 1931. Ảnh: Aavh.org Phố Hàng Buồm, 1931. "
        "Ảnh: Aavh.org Phố Hàng Bạc, 1931. Ảnh: Aavh.org Phố Hàng Thiếc, 1931. Ảnh: Aavh.org Phố Hàng Hòm, 1931. "
        "Ảnh: Aavh.org Phố Bát Đàn, 1931. Ảnh: Aavh.org")
CHANGTRAI = ("khoảng 40 km nữa là đến chân đèo Thung Khe. Ảnh: kieugianggg Ảnh: changtr-g Nếu nghỉ lại qua đêm hoặc "
             "đi qua lúc chiều muộn, nhớ mang theo áo ấm để đối phó với cái lạnh vùng núi. Ảnh: phamthuanh Ảnh: "
             "changtraim52 Ảnh: changtraim52 Ảnh: Caracat Ảnh: hellyngg Theo Hà Nguyên (Ngoisao)")


def _spam(text: str) -> list[tuple[str, str, str | None]]:
    doc = Cleaner(CleanOptions(spam=SpamRepair()))(Document(doc_id="t", path="", raw_text=text, text=text,
                                                            meta={"lang": "vi"}))
    return [(e.text, e.action, e.replacement) for e in doc.ledger if e.rule.startswith("spam.")]


def test_site_credited_under_photos_is_not_repaired():
    entries = _spam(AAVH)
    assert all(action != "repaired" for _, action, _ in entries), entries
    # the credits go (a site credited, no gambling shape: spam80's news_flags); the one in running text stays flagged
    assert entries == [("Aavh.org", "flagged", None)]


def test_photographer_credited_twice_is_not_repaired():
    assert all(action != "repaired" for _, action, _ in _spam(CHANGTRAI))


def test_running_text_still_repaired_beside_a_credit():
    # the seed page whose "w88.is" stands for "thành" in running text 15 times (tests/data/seeds/003_*,
    # tests/test_clean.py::test_spam_token_restored_in_all_15_places), with a photo credit naming the token added
    seed = next((Path(__file__).parent / "data" / "seeds").glob("003_*")).read_text(encoding="utf-8")
    text = seed + "\nÔng Hà Quang Trung phát biểu tại cuộc họp. Ảnh: w88.is\n"
    credit = text.rindex("w88.is")
    plan = SpamRepair().plan(text)
    # a gambling name after the label: flagged, never repaired, never let go (spam80's news_flags keeps it)
    assert [(a, rep) for a, _, rep, _ in plan if a == credit] == [(credit, None)]
    # the running text's 15 read as without the caption
    assert [p for p in plan if p[0] != credit] == SpamRepair().plan(seed)
    assert sum(rep is not None for _, _, rep, _ in plan) == 15


def test_credit_slot_shape():
    text = "Phố Hàng Bạc, 1931. Ảnh: Aavh.org Phố Hàng Thiếc. Nguồn ảnh: abc.org và (Ảnh: xyz.net) Hà Nội phố Aavh.org đây"
    spans = [(text.index(t), text.index(t) + len(t)) for t in ("Aavh.org", "abc.org", "xyz.net")]
    last = text.rindex("Aavh.org")
    assert credit_spans(text, spans + [(last, last + 8)]) == set(spans)
