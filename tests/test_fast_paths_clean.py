"""Cleaning's shortcuts (issue 16) give exactly what the plain code they replaced gave."""

from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from mtpipe.clean import edges
from mtpipe.clean.features import _WORDS, STOP_WORDS

DATA = Path(__file__).parent / "data"


def reference_english_sentence(s):
    words = _WORDS.findall(s)
    if len(words) < 8 or not all(w.isascii() for w in words):
        return False
    low = [w.casefold() for w in words]
    return sum(w in STOP_WORDS["en"] for w in low) >= 2 and sum(w in edges._VI_BARE for w in low) <= 1


LINES = st.lists(st.sampled_from(["the", "of", "and", "photo", "REUTERS", "cua", "duoc", "Москва", "café", "½", "²",
                                  "x_y", "42", "—", "’", "Ａ", "Ⅻ", "İ", "ǅ", ",", ".", "/Kim Jae"]),
                 max_size=16).map(" ".join)


@settings(max_examples=500, deadline=None)
@given(st.one_of(LINES, st.text(max_size=80)))
@example("A man walks past the sign, May 3, 2022. REUTERS/Kim Jae ½")
@example("The president of the country and the minister said it was café time")
def test_english_sentence_equals_the_word_scan(line):
    assert edges._english_sentence(line) == reference_english_sentence(line)


def test_english_sentence_on_real_lines():
    lines = [ln for p in sorted((DATA / "seeds").glob("*.txt")) for ln in p.read_text(encoding="utf-8").splitlines()]
    lines += (DATA / "flores200-devtest" / "eng_Latn.devtest").read_text(encoding="utf-8").splitlines()[:300]
    got = [edges._english_sentence(ln) for ln in lines]
    assert got == [reference_english_sentence(ln) for ln in lines]
    assert sum(got) > 100  # the English lines are found
