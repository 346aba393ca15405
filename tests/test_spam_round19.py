"""spam24 (issue 12 point 3): the Vietnamese Wikipedia syllable table and the words it writes.

Sentences written for these tests (none of a benchmark set). Each real name of the table is paired with an invented
token of the same shape in the same sentence: the name is left, the invented one is still flagged (at the branch
point both were flagged).
"""

from __future__ import annotations

import gzip
import importlib.util
import sys
from pathlib import Path

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.spam_bigrams import SYLLABLES, load_bigrams, load_syllables, written_words
from mtpipe.clean.spam_gaps import _SYLLABLE, _strip_tones
from mtpipe.document import Document

ROOT = Path(__file__).resolve().parents[1]

# (sentence with a name Vietnamese Wikipedia writes, its token; the same sentence with an invented token)
PAIRS = [
    ("Vùng này từng là đất của người Champa nên còn nhiều tháp.", "Champa", "Chumvaxet"),
    ("Mùa xuân năm ấy hoàng đế Nicaea đã thành công trong việc giành lại ngai vàng.", "Nicaea", "Nixvaela"),
    ("Giới thiệu các di tích của cố đô Nara gồm:", "Nara", "Navrexa"),
    ("Họ dựng lại ngôi chùa, hồi mà Nara đã là kinh đô của Nhật Bản.", "Nara", "Norquxa"),
    ("Mọi việc thay đổi sau khi Navratilova nói rằng bà đã quá mệt.", "Navratilova", "Novrekilova"),
    ("Chỉ có Oahu là có sân bay quốc tế lớn.", "Oahu", "Oxbiqu"),
    ("Sau khi Keiki đầu hàng, nhiều phiên vẫn tiếp tục kháng cự.", "Keiki", "Kexqiu"),
    ("Năm ấy Thái tử Shotoku đã dùng Nho học để dạy dân.", "Shotoku", "Shrovuky"),
    ("Người dân cho thịt vào xoong và xào với muối.", "xoong", "xqorvi"),
    ("Hai nước ký hiệp ước đóng cửa các cơ sở hạt nhân Yongbyon vào năm sau.", "Yongbyon", "Yorqbuxen"),
]


def _flagged(text: str) -> list[str]:
    doc = Cleaner()(Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [text[e.start:e.end] for e in doc.ledger if e.rule.startswith("spam.")]


@pytest.mark.parametrize("text,name,invented", PAIRS)
def test_a_word_wikipedia_writes_is_no_pasted_host(text: str, name: str, invented: str) -> None:
    assert name.lower() in written_words()
    assert _flagged(text) == []


@pytest.mark.parametrize("text,name,invented", PAIRS)
def test_the_same_place_with_an_invented_token_is_still_flagged(text: str, name: str, invented: str) -> None:
    assert invented.lower() not in written_words()
    assert _flagged(text.replace(name, invented, 1)) == [invented]


def _rows() -> list[list[str]]:
    with gzip.open(SYLLABLES, "rt", encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if not line.startswith("#")]


def test_the_table_lists_other_words_then_syllables_then_bigrams() -> None:
    kinds = [r[0] for r in _rows()]
    first = {k: kinds.index(k) for k in "wub"}
    last = {k: len(kinds) - 1 - kinds[::-1].index(k) for k in "wub"}
    assert last["w"] < first["u"] and last["u"] < first["b"]
    assert len(kinds) > 200_000


def test_syllable_rows_are_vietnamese_syllables_and_word_rows_are_not() -> None:
    rows = _rows()
    syl = [r[1] for r in rows if r[0] == "u"]
    other = [r[1] for r in rows if r[0] == "w"]
    assert all(_SYLLABLE.fullmatch(_strip_tones(w)) for w in syl)
    assert not any(_SYLLABLE.fullmatch(_strip_tones(w)) for w in other)
    assert all(w.isascii() and w.isalpha() and len(w) >= 3 for w in other)
    bigram_parts = {p for r in rows if r[0] == "b" for p in r[1].split(" ")}
    assert bigram_parts <= set(syl)


@pytest.mark.parametrize("a,b", [("tuy", "nhiên"), ("khách", "sạn"), ("xã", "hội"), ("có", "thể")])
def test_load_syllables_adds_the_table_to_the_flores_counts(a: str, b: str) -> None:
    flores, big = load_bigrams(), load_syllables()
    table = {(r[0], r[1]): int(r[2]) for r in _rows() if r[0] in "ub"}
    assert big.uni[b] == flores.uni[b] + table[("u", b)]
    assert big.bi[(a, b)] == flores.bi[(a, b)] + table[("b", f"{a} {b}")]
    assert big.bi[(a, b)] > 10 * max(1, flores.bi[(a, b)])


@pytest.mark.parametrize("word,capitalised", [("quốc", True), ("nam", True), ("nhiên", False), ("sạn", False)])
def test_capitals_inside_sentences_are_counted(word: str, capitalised: bool) -> None:
    big = load_syllables()
    assert (big.cap[word] >= 0.3 * big.uni[word]) is capitalised


def _builder():
    spec = importlib.util.spec_from_file_location("build_vi_syllables", ROOT / "tools" / "build_vi_syllables.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_vi_syllables", mod)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("word,ok", [("nghiêng", True), ("quốc", True), ("khuya", True), ("moskva", False),
                                     ("pyotr", False), ("bt2", False), ("x", False)])
def test_builder_syllable_test(word: str, ok: bool) -> None:
    assert _builder().is_syllable(word) is ok


def test_builder_keeps_running_vietnamese_lines_only() -> None:
    text = ("== Tham khảo ==\n"
            "Hà Nội là thủ đô của nước Cộng hòa Xã hội chủ nghĩa Việt Nam. Thành phố nằm bên bờ sông Hồng.\n"
            "IANA whois information and the Internet Archive copy of the website\n"
            "Liên kết ngoài\n")
    out = list(_builder().sentences(text))
    assert out == ["Hà Nội là thủ đô của nước Cộng hòa Xã hội chủ nghĩa Việt Nam.", "Thành phố nằm bên bờ sông Hồng."]


def test_builder_holds_out_the_same_articles_every_run() -> None:
    b = _builder()
    names = [f"viwiki/{i}.txt" for i in range(400)]
    held = [n for n in names if b.held(n, 10)]
    assert held == [n for n in names if b.held(n, 10)] and 20 < len(held) < 60
