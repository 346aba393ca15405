"""spam27 (issue 12 point 3): a label the shape tests doubt, standing where the Wikipedia model wants a syllable.

Every sentence and token here is written for the test (no langfresh row or token). SLOT rows: a random, compound,
camel-case or capitals label pasted over a syllable that binds to its neighbours ("Liên · bóng đá", "nhằm · nhận", "tại ·
Nam Á"); at the branch point (spam25 merged) the cleaner missed 9 of the 10 (an older rule
caught "tạo QWELMOR ấn"). NAME rows: the same labels where
Vietnamese text puts a name ("Ông ·", "Tập đoàn ·", "của ·"): never flagged by this class.
"""

import gzip
import importlib.util
from pathlib import Path

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_slots import FOREIGN, ODDS_ONE, ODDS_TWO, load_slots, neighbours, slot_odds, syllable_slot
from mtpipe.document import Document

ROOT = Path(__file__).resolve().parents[1]

SLOT = [
    ("SkyBrook", "Đội tuyển sẽ tham dự giải do Liên SkyBrook bóng đá châu Á tổ chức."),
    ("BlueFinch", "Chương trình nhằm BlueFinch nhận những đóng góp của giáo viên."),
    ("RiverGlen", "Đội tuyển sẽ tham dự giải do Liên đoàn RiverGlen đá châu Á tổ chức."),
    ("Stonebay", "Các cầu thủ đã tập luyện trên sân Stonebay Trường trước trận đấu."),
    ("Moonfield", "Hàng nghìn du khách tại Moonfield Nam Á đã đến xem lễ hội."),
    ("wbxqrt7zn", "Hàng nghìn du khách tại wbxqrt7zn Nam Á đã đến xem lễ hội."),
    # six capitals or more that no list knows
    ("BRELKO", "Trận đấu diễn ra tại sân vận động quốc gia BRELKO Đình vào tối thứ Bảy."),
    ("DOVRAK", "Nhìn chung, phiên bản mới nhận được nhiều DOVRAK cấp đáng kể về thiết kế."),
    ("PRUVAXO", "Hàng nghìn du khách tại PRUVAXO Nam Á đã đến xem lễ hội."),
    ("QWELMOR", "Sản phẩm mới đã tạo QWELMOR ấn mạnh trên thị trường trong nước."),
]

NAME = [
    ("Stonebay", "Ông Stonebay cho biết công ty sẽ mở rộng sản xuất trong năm tới."),
    ("Moonfield", "Tập đoàn Moonfield đã công bố kết quả kinh doanh quý ba."),
    ("RiverGlen", "Ứng dụng RiverGlen được nhiều người dùng tải về trong tháng qua."),
    ("SkyBrook", "Đại diện của SkyBrook cho biết sản phẩm sẽ có mặt tại Việt Nam."),
    ("BlueFinch", "Nhóm nhạc BlueFinch sẽ biểu diễn tại Hà Nội vào tháng tới."),
    ("TikToker", "Nhiều TikToker trẻ đã chia sẻ video này trên mạng xã hội."),
    ("QWELMOR", "Đại diện của QWELMOR cho biết công ty sẽ mở rộng sản xuất."),
    ("BRELKO", "Tập đoàn BRELKO đã công bố kết quả kinh doanh quý ba."),
    # an acronym of a Vietnamese body stands where names stand (odds 3.3, under the bar)
    ("UBATGT", "Ông hiện là Phó Chủ tịch UBATGT Quốc gia và phụ trách khu vực phía Bắc."),
    # a word of capitals Wikipedia writes
    ("UNESCO", "Năm ngoái, quần thể này đã được UNESCO công nhận là di sản văn hóa thế giới."),
]

# shapes outside the class: a title-case word of no host's shape, a name no list doubts (left, even in a slot)
OUTSIDE = [
    ("Drelvomm", "Các cầu thủ đã tập luyện trên sân Drelvomm Trường trước trận đấu."),
    ("Pinecrest", "Đoàn công tác đã đến thăm Nhà hát Lớn và quảng trường Pinecrest Đình."),
]


def _span(text, tok):
    a = text.index(tok)
    return a, a + len(tok)


def _spam(text, tok):
    doc = Cleaner()(Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    a, b = _span(text, tok)
    return [e for e in doc.ledger if e.rule.startswith("spam.") and e.start < b and a < e.end]


@pytest.mark.parametrize("tok,text", SLOT)
def test_slot_label_is_flagged(tok, text):
    a, b = _span(text, tok)
    assert syllable_slot(text, a, b, load_bigrams().uni)
    hits = _spam(text, tok)
    assert hits and all(e.rule == "spam.unrepaired" for e in hits)


@pytest.mark.parametrize("tok,text", NAME)
def test_name_slot_is_left(tok, text):
    a, b = _span(text, tok)
    assert not syllable_slot(text, a, b, load_bigrams().uni)
    assert not _spam(text, tok)


def test_random_label_in_a_name_slot_is_not_this_class():
    text = "Mã đơn hàng của bạn là wbxqrt7zn và sẽ được giao trong ba ngày."
    assert not syllable_slot(text, *_span(text, "wbxqrt7zn"), load_bigrams().uni)


@pytest.mark.parametrize("tok,text", OUTSIDE)
def test_shapes_outside_the_class(tok, text):
    assert not syllable_slot(text, *_span(text, tok), load_bigrams().uni)


@pytest.mark.parametrize("prev,nxt,lo,hi", [
    ("liên", "bóng", ODDS_TWO, None),   # "Liên đoàn bóng đá": a syllable is missing
    ("của", "cho", None, ODDS_TWO),     # "của Apple cho": a name's place
    ("cạnh", None, 2.0, None),          # "cạnh tranh": bound
    ("tại", None, None, 0.0),           # "tại Paris"
    ("ty", None, None, 0.0),            # "công ty Samsung"
    (None, "biết", 2.0, None),          # "cho biết": the name stands two words earlier
])
def test_slot_odds(prev, nxt, lo, hi):
    v = slot_odds(prev, nxt)
    assert v is not None
    assert lo is None or v > lo
    assert hi is None or v < hi


def test_slot_odds_unknown_neighbours():
    assert slot_odds(None, None) is None
    assert slot_odds("xyzq", None) is None


@pytest.mark.parametrize("text,tok,want", [
    ("đến Starbucks uống", "Starbucks", ("đến", "uống")),
    ("đến Starbucks, uống", "Starbucks", ("đến", None)),     # a comma closes the slot
    ("(đến) Starbucks uống", "Starbucks", (None, "uống")),
    ("Starbucks “uống”", "Starbucks", (None, None)),
    ("A320 Starbucks 2024", "Starbucks", (None, None)),        # a code and a figure are no syllables
    ("“Đến Starbucks uống.", "Starbucks", ("đến", "uống")),
])
def test_neighbours(text, tok, want):
    assert neighbours(text, *_span(text, tok)) == want


def test_table():
    sl = load_slots()
    assert 0.0 < sl.rate_after < 0.1 and 0.0 < sl.rate_before < 0.1
    assert sl.p_foreign_after("tại") > 10 * sl.p_foreign_after("cạnh")
    assert sl.p_foreign_after("zzzz") == pytest.approx(sl.rate_after)  # unseen: the average
    with gzip.open(FOREIGN, "rt", encoding="utf-8") as f:
        head = [next(f) for _ in range(3)]
    assert head[0].startswith("# vi foreign neighbours:") and head[1].startswith("t\t*\t")
    assert head[2].split("\t")[1] == "và"  # the most frequent syllable first


def _builder():
    spec = importlib.util.spec_from_file_location("build_vi_foreign", ROOT / "tools" / "build_vi_foreign.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("sentence,want", [
    ("Theo Apple, iPhone (bản", [("theo", True, True), ("F", True, False), ("F", True, True), ("bản", False, True)]),
    ("giá 1.000 USD tại Paris.", [("giá", True, True), ("N", True, True), ("F", True, True), ("tại", True, True),
                                  ("F", True, False)]),
    ("máy bay A320 và Su-27", [("máy", True, True), ("bay", True, True), ("F", True, True), ("và", True, True),
                               ("F", True, True)]),
    # a dash is no word: it breaks every pair it stands in
    ("nhà “Ngọc” —", [("nhà", True, True), ("ngọc", False, False), ("", True, True)]),
])
def test_builder_words(sentence, want):
    assert _builder().kinds(sentence) == want


def test_camel_bar_sits_above_a_real_plural_slot():
    # "những TikToker trẻ" (a real word of a clean control: spamnames16) reads 6.0: the camel bar is above it
    from mtpipe.clean.spam_slots import ODDS_CAMEL

    assert slot_odds("những", "trẻ") < ODDS_CAMEL < slot_odds("nhằm", "nhận")


def test_warm_reads_the_slot_tables():
    # a fresh process: the cleaner's warm-up reads what the first doubtful label would (test_warm_up's class)
    import json
    import os
    import subprocess
    import sys

    code = ("import json\nfrom mtpipe.clean import Cleaner\nfrom mtpipe.clean import spam_slots as s\n"
            "Cleaner().warm()\n"
            "print(json.dumps([s.load_slots.cache_info().currsize, s._succ.cache_info().currsize]))")
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert json.loads(out.stdout.strip().splitlines()[-1]) == [1, 1]
