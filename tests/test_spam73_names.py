"""A site's brand said twice is no substitution to undo; a product's name with an acronym is no spam token; a domain
pasted over one syllable in many places is still repaired (issue 12, spam73).

Pages and sentences written for these tests (made-up sites, brands and products), none of ``benchmarks/data``'s."""

from collections import Counter

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.spam import SpamRepair
from mtpipe.clean.spam_products import product_name
from mtpipe.clean.spam_undo import pasted_shape, surroundings, undoable
from mtpipe.document import Document


def plan(text):
    return SpamRepair().plan(text)


def spam_entries(text):
    doc = Cleaner()(Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e for e in doc.ledger if e.rule.startswith("spam.")]


# a forum's CamelCase brand in its thread title, said again as the post's heading (and lower-case in a menu)
BRAND_PAGES = [
    ("Trang chủ\nTừ điển tiếng Nhật NihonMaster Từ điển nhatngu.net Thầy Hùng\n\n"
     "Từ điển tiếng Nhật NihonMaster Từ điển nhatngu.net Thầy Hùng\nBài học hôm nay nói về cách dùng trợ từ.",
     "NihonMaster"),  # read twice as "bản" before spam73
    ("找回密码\n热搜: lingomaster\n\nHọc tiếng Hàn LingoMaster Từ điển hanngu.com Từ điển tiếng Hàn online\n\n"
     "发表于 2025-7-26\nHọc tiếng Hàn LingoMaster Từ điển hanngu.com Từ điển tiếng Hàn online\n\n"
     "Bài viết giải thích nghĩa của từ này.", "LingoMaster"),
    ("Kho tài liệu tiếng Hàn HanguMaster Từ điển online\n\nKho tài liệu tiếng Hàn HanguMaster Từ điển online\n"
     "Bài học hôm nay.", "HanguMaster"),
]


@pytest.mark.parametrize("text,brand", BRAND_PAGES)
def test_a_sites_brand_in_a_title_said_twice_is_never_repaired(text, brand):
    got = [p for p in plan(text) if text[p[0]:p[1]] == brand]
    assert all(rep is None for _, _, rep, _ in got)
    assert all(e.action != "repaired" for e in spam_entries(text))


def test_a_domain_in_a_line_said_twice_is_flagged_not_repaired():
    # the same two neighbours, but in one line said twice: one piece of evidence, not two
    text = "Kinh tế của k9vn.com phố tăng trưởng mạnh\n\nKinh tế của k9vn.com phố tăng trưởng mạnh\nNội dung bài viết."
    got = plan(text)
    assert len(got) == 2 and all(rep is None for _, _, rep, _ in got)


@pytest.mark.parametrize("tok", ["k9vn.com", "zx88.vip", "tx68.net"])
def test_the_seed_class_a_domain_pasted_over_one_syllable_in_several_places_is_still_repaired(tok):
    text = (f"Kinh tế của {tok} phố tăng trưởng mạnh. Chính quyền {tok} phố đã họp. "
            f"Trung tâm của {tok} phố rất đông.")
    assert [rep for *_, rep, _ in plan(text)] == ["thành"] * 3
    # the same neighbours in two different sentences are two places
    text = f"Trung tâm của {tok} phố rất đông. Kinh tế của {tok} phố tăng trưởng mạnh."
    assert [rep for *_, rep, _ in plan(text)] == ["thành"] * 2


def test_a_letter_only_token_is_flagged_wherever_it_recurs():
    text = ("Kinh tế của quekko phố tăng trưởng mạnh. Chính quyền quekko phố đã họp. "
            "Trung tâm của quekko phố rất đông.")
    assert all(rep is None for _, _, rep, _ in plan(text))


@pytest.mark.parametrize("tok,shape", [
    ("w88.is", True), ("fb88", True), ("188bet", True), ("k9vn.com", True), ("skull-bets.io", True),
    ("ChineMaster", False), ("chinemaster", False), ("kubet", False), ("Vinamilk", False),
])
def test_pasted_shape(tok, shape):
    assert pasted_shape(tok) is shape


def test_undoable_counts_places_not_occurrences():
    text = "Kinh tế của k9vn.com phố\nKinh tế của k9vn.com phố\nTrung tâm của k9vn.com phố rất đông"
    starts = [i for i in range(len(text)) if text.startswith("k9vn.com", i)]
    spans = [(a, a + 8) for a in starts]
    assert len(spans) == 3
    ctx = [(a, b, "của", "phố") for a, b in spans]
    clear = {("của", "phố"): "thành"}
    assert surroundings(text, *spans[0]) == surroundings(text, *spans[1]) != surroundings(text, *spans[2])
    assert undoable(text, "k9vn.com", ctx, clear, Counter(thành=3), 2)
    assert not undoable(text, "k9vn.com", ctx[:2], clear, Counter(thành=2), 2)
    assert not undoable(text, "kvnmaster", ctx, clear, Counter(thành=3), 2)  # letters only: a name's shape


# a product's name: an English word glued to an acronym (made-up products)
PRODUCTS = [
    "Theo hãng, ứng dụng mới tải nhanh hơn StudyGPT dù chỉ mới ra mắt ở Mỹ.",
    "Lượt tải trong tuần đầu tiên của ứng dụng này đã vượt StudyGPT.",
    "Người dùng có thể kết nối qua TunnelVPN hoặc dùng mạng riêng của công ty.",
    "Điện thoại chạy hệ điều hành OrbitOS mới nhất và có pin lớn.",
    "Màn hình dùng công nghệ QuantumLED cho độ sáng cao.",
]


@pytest.mark.parametrize("text", PRODUCTS)
def test_a_product_name_with_an_acronym_is_not_flagged(text):
    assert spam_entries(text) == []


@pytest.mark.parametrize("tok,product", [
    ("ChatGPT", True), ("NordVPN", True), ("OpenAI", True), ("HyperOS", True), ("NotebookLM", True),
    ("VayVND", False), ("HomevayLOAN", False), ("VayDI", False),  # the lending trade's word: no English head
    ("SlotVIP", False), ("CoinDEX", False), ("LuckyVIP", False),  # a trade's word among the pieces
    ("WildSultan", False), ("YouTube", False), ("iPhone", False), ("GPT", False), ("Chat", False),
    ("ChatGPTPLUS", False),  # five capitals: no acronym
])
def test_product_name_shape(tok, product):
    assert product_name(tok) is product


@pytest.mark.parametrize("text,tok", [
    ("Sau khi xem video, nhiều người đã tải SlotVIP về máy để chơi.", "SlotVIP"),
    ("Các khoản vay qua VayVND đều có lãi suất rất cao.", "VayVND"),
])
def test_trade_names_of_the_shape_stay_candidates(text, tok):
    from mtpipe.clean.spam_context import real_word

    a = text.index(tok)
    assert real_word(text, a, a + len(tok)) != "product"
