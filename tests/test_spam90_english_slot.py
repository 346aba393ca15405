"""spam90: a lower-case compound of two English words no list or writer knows, pasted over a syllable
(mtpipe.clean.spam_engslot)."""

import re

import pytest

from mtpipe.clean.spam import find_spam_tokens
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_classes import class_evidence, class_token
from mtpipe.clean.spam_engslot import GATE, RARE, english_slot, rare_compounds, written_word
from mtpipe.clean.spam_invited import loan_compound

# made-up frames of the dev misses' shapes (a syllable's slot between two syllables, before the final stop, at a
# sentence's start, inside a name); made-up compounds of two English words, no word of any list
_FRAMES = [
    "Nhờ vậy càng tăng thêm nét hữu {}.",
    "Đây là một trong những công trình đẹp nhất của kiến trúc cung {} thời Nguyễn.",
    "{} tế ở Hưng Miếu tổ chức mỗi năm 5 lần.",
    "Những chiếc mặt nạ tuồng {} tự tay người nghệ sĩ vẽ ra, đầy ẩn ý với đường nét khỏe khoắn.",
    "Ông sinh tại An {} huyện Điện Bàn, tỉnh Quảng Nam.",
]
_INVENTED = ["gladforum", "pinkvault", "silverdeal", "northclaim"]


def _es(text: str, tok: str) -> bool:
    a = text.index(tok)
    return english_slot(text, a, a + len(tok), load_bigrams().uni)


@pytest.mark.parametrize("frame", _FRAMES)
@pytest.mark.parametrize("tok", _INVENTED)
def test_invented_compound_pasted_over_a_syllable(frame, tok):
    text = frame.format(tok)
    a = text.index(tok)
    known = load_bigrams().uni
    assert english_slot(text, a, a + len(tok), known)
    assert class_token(text, a, a + len(tok), known) == "english"
    assert "spam90" in (class_evidence(text, a, a + len(tok), known) or "")
    assert not loan_compound(text, a, a + len(tok))  # spam56's veto lets it through
    assert tok in find_spam_tokens(text, min_count=1, context=True)


@pytest.mark.parametrize("frame", _FRAMES)
@pytest.mark.parametrize("tok", [
    "dancesport", "streetstyle", "shophouse", "backtest",  # rare words wordfreq lists (Zipf 1.1-1.5): the data file
    "bluechips", "dancesports",  # a plural of one
    "nanorobot",  # one letter from a listed "nanorobots"
    "maketing", "hatchbach",  # a typo of a listed word
    "livestream", "smartwatch",  # solid compounds of latin_words.txt
])
def test_real_compounds_in_the_same_places(frame, tok):
    text = frame.format(tok)
    assert not _es(text, tok)
    assert tok not in find_spam_tokens(text, min_count=1, context=True)


@pytest.mark.parametrize("text,tok", [
    # written twice on the page: a name the text is about
    ("Nhờ vậy càng tăng thêm nét hữu gladforum. Sau đó gladforum được nhiều người biết đến.", "gladforum"),
    # another Latin word in the sentence: not alone
    ("Nhờ vậy càng tăng thêm nét hữu gladforum trên Facebook của công trình.", "gladforum"),
    # capitals or title case: other rules' shapes
    ("Nhờ vậy càng tăng thêm nét hữu GladForum.", "GladForum"),
    ("Nhờ vậy càng tăng thêm nét hữu Gladforum.", "Gladforum"),
    # a synthetic compound (an object and an agent noun or a gerund): how English coins a technical term
    ("Nhờ vậy càng tăng thêm nét hữu gladtracker.", "gladtracker"),
    ("Nhờ vậy càng tăng thêm nét hữu gladtracking.", "gladtracking"),
    # no split into two English words of four letters or more
    ("Nhờ vậy càng tăng thêm nét hữu xqzvbnmk.", "xqzvbnmk"),
    # where the context model reads a word of its place (after "vào", before "và": a noun's place), under the gate
    ("Với thị trường đang xu hướng tăng, việc tiền dồn vào gladforum và kéo chỉ số là điều bình thường.", "gladforum"),
    ("Áp lực chốt lời tại một số mã vốn hóa lớn và gladforum đang ảnh hưởng đến đà tăng.", "gladforum"),
])
def test_not_an_invented_compound_in_a_slot(text, tok):
    assert not _es(text, tok)


def test_written_words():
    known = load_bigrams().uni
    for w in ("dancesport", "bluechips", "maketing", "markerting", "nanorobot", "streetstyles", "livestream"):
        assert written_word(w, known), w
    for w in ("instaplay", "tripleseven", "juanzone", "promoforum", "promoteapps", "transferdeng", "gladforum"):
        assert not written_word(w, known), w


def test_rare_compound_list():
    words = rare_compounds()
    assert len(words) > 10000
    assert {"dancesport", "streetstyle", "shophouse", "bluechip", "lightstick"} <= words
    assert not words & {"instaplay", "tripleseven", "juanzone", "novalink", "promoforum", "justprofit"}
    lines = [x for x in RARE.read_text(encoding="utf-8").splitlines() if x and not x.startswith("#")]
    assert all(re.fullmatch(r"[a-z]{7,}", x) for x in lines)
    assert GATE == 3.0
