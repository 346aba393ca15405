"""Gambling brands from a real blocklist (issue 12 point 3, lang12): ``mtpipe/clean/spam_lexicon.py``.

The table holds brand stems of hostsVN's gambling lists; a token whose stem is listed, standing as a word in a
line of Vietnamese, is flagged whatever its shape (title case, camel case, capitals, a domain), and a real
word, name or code never is."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.spam import SpamRepair
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_gaps import vietnamese_syllable
from mtpipe.clean.spam_lexicon import BRANDS, brand_stem, listed_brand, listed_in_line, load_brands
from mtpipe.document import Document

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("name, stem", [
    ("fb88vn", "fb88"), ("fb88link", "fb88"), ("fb88vip", "fb88"), ("kuwinok36", "kuwin"), ("happyluke1", "happyluke"),
    ("happylukes", "happyluke"), ("w88vn2", "w88"), ("cmd368blog", "cmd368"), ("betway2", "betway"),
    # no stem shorter than three, none of digits only, no brand cut at its own gambling word
    ("fun88", "fun88"), ("188bet", "188bet"), ("dafabet", "dafabet"), ("rikvip", "rikvip"), ("bet365", "bet365"),
    ("x8bet", "x8bet"), ("hitclub", "hitclub")])
def test_brand_stem(name, stem):
    assert brand_stem(name) == stem


def test_table_is_compact_and_holds_no_word():
    brands = load_brands()
    assert 10_000 < len(brands) and BRANDS.stat().st_size < 400_000
    uni = load_bigrams().uni
    assert not [s for s in brands if len(s) < 3 or s.isdigit() or vietnamese_syllable(s, uni)]
    # short letter-only stems read as acronyms (UBND, ATGT) unless they hold a letter Vietnamese does not write
    assert not [s for s in brands if s.isalpha() and len(s) <= 4 and not re.search("[fjwz]", s)]


def test_held_out_stems_are_not_shipped():
    held = {s for s in (ROOT / "benchmarks/data/langfresh12/heldout_stems.txt").read_text(encoding="utf-8").split()
            if not s.startswith("#")}
    assert len(held) > 1000 and not held & load_brands()


@pytest.mark.parametrize("text, tok", [
    # brands of no gambling shape (langfresh11's misses, dev now), in each case spam writes them
    ("HappyLuke có hàng sớm nhất, dân buôn Việt Nam thường sang Singapore mua máy.", "HappyLuke"),
    ("Hai dòng JBO thiết bị đều cần có các sự đột phá.", "JBO"),
    ("Nhiều cửa hàng CMD368 tay đã có kế hoạch đón hàng mới.", "CMD368"),
    ("Dafabet đại diện cho biết họ đang chuẩn bị cho hai kịch bản bán hàng.", "Dafabet"),
    ("tưới rau, b52 Cầu Giấy được mở cửa hôm qua.", "b52"),
    ("Ông ấy nói lixi88 là nơi bán hàng tốt nhất.", "lixi88"),
    ("Người dân vào dafabet.com xem bóng đá mỗi tối.", "dafabet.com"),
])
def test_listed_brand_in_vietnamese_is_flagged_not_repaired(text, tok):
    a = text.index(tok)
    plan = [p for p in SpamRepair().plan(text) if p[0] == a]
    assert plan and plan[0][1] == a + len(tok) and plan[0][2] is None


@pytest.mark.parametrize("text", [
    # real codes, companies and names written as news writes them
    "Cổ phiếu F88 đã có 3 phiên tăng trần liên tiếp.",
    "Đội tuyển U23 Việt Nam đã thắng trận đấu hôm qua.",
    "Máy bay B52 của Mỹ đã ném bom Hà Nội năm 1972.",
    "Samsung và Apple có cuộc chiến nảy lửa để thống trị thị trường smartphone.",
    "Theo vnexpress.net, ông Nguyễn Văn An đã đến Hà Nội.",
    "Nhà văn Darwin đã viết nhiều cuốn sách về tiến hóa.",
])
def test_real_words_and_codes_stay_clean(text):
    assert SpamRepair().plan(text) == []


def test_listed_brand_only_in_a_line_of_vietnamese():
    text = "Dafabet is a bookmaker.\nHọ nói Dafabet đã đến đây."
    assert listed_brand("Dafabet")
    assert not listed_in_line(text, 0, 7)
    b = text.index("Dafabet", 8)
    assert listed_in_line(text, b, b + 7)


def test_cleaner_warm_loads_the_table():
    load_brands.cache_clear()
    Cleaner().warm()
    assert load_brands.cache_info().currsize == 1


def test_cleaner_flags_a_listed_brand():
    text = "Hai dòng JBO thiết bị đều cần có các sự đột phá."
    doc = Cleaner()(Document(doc_id="d", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    assert [e.rule for e in doc.ledger if e.rule.startswith("spam.")] == ["spam.unrepaired"]
