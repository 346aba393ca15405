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


def reference_brand_shape(tok):
    # the rules without the cheap first test (so the test follows the rules when a branch adds one)
    from mtpipe.clean.spam_shapes import _brand_shape

    return _brand_shape(tok)


PIECES = ["bet", "Bet", "BET", "win", "WIN", "club", "vip", "slot", "casino", "xoso", "nohu", "lode", "nhacai", "cacuoc",
          "bingo", "lotto", "poker", "danhbai", "gamebai", "taixiu", "doithuong", "88", "66", "777", "7", "ku", "Sun", "hit", "tin", "cho", "Nam", "Hanoi", "vn", ".com",
          ".vn", ".net", ".gov.vn", "-", "\u212a", "\u017f", "\u0130", "\u0131", "\u0663", "²", "Darwin", "Alphabet"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=4).map("".join))
@example("Kubet")
@example("sunwin.vip")
@example("Loto188")
@example("poker")
@example("fanclub")
@example("Pokerstars")
@example("xoso")
@example("danhbai")
@example("Gowin")
@example("²vn")
@example("x①bet")
def test_brand_shape_equals_the_plain_checks(tok):
    from mtpipe.clean.spam_shapes import brand_shape

    assert brand_shape(tok) == reference_brand_shape(tok)


def test_brand_shape_on_real_tokens():
    from mtpipe.clean.spam_shapes import TOKEN, brand_shape

    texts = [p.read_text(encoding="utf-8") for p in sorted((DATA / "spam").rglob("*")) if p.is_file()]
    texts += [p.read_text(encoding="utf-8") for p in sorted((DATA / "seeds").glob("*.txt"))]
    toks = [m.group(1) for t in texts for m in TOKEN.finditer(t)]
    got = [brand_shape(t) for t in toks]
    assert got == [reference_brand_shape(t) for t in toks]
    assert len(toks) > 1000 and any(got)


def _ratio(a, b):
    from mtpipe.clean.dedupe import _SequenceMatcher

    return _SequenceMatcher(None, a, b, autojunk=False).ratio()


def _bound(a, b):
    from mtpipe.clean.dedupe import _bigrams, _block_bound

    return _block_bound(_bigrams(a), _bigrams(b), len(a) + len(b))


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="ab c", max_size=40), st.text(alphabet="ab c", max_size=40))
@example("a", "a")
@example("ab", "ba")
@example("aaaa", "aa")
def test_block_bound_is_never_below_the_ratio(a, b):
    assert _bound(a, b) >= _ratio(a, b)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.lists(st.tuples(st.integers(0, 300), st.text(max_size=3)), max_size=12))
def test_block_bound_on_edited_copies(text, edits):
    other = text
    for at, ins in edits:  # a near copy: a few characters changed
        at = at % (len(other) + 1)
        other = other[:at] + ins + other[at + 1:]
    assert _bound(text, other) >= _ratio(text, other)


def test_block_bound_on_real_paragraphs():
    lines = [ln for p in sorted((DATA / "seeds").glob("*.txt")) for ln in p.read_text(encoding="utf-8").splitlines()
             if len(ln) > 40]
    pruned = 0
    for i, a in enumerate(lines):
        for b in lines[i:i + 25]:
            bound, ratio = _bound(a, b), _ratio(a, b)
            assert bound >= ratio
            pruned += bound < 0.9
    assert pruned > 100  # it rules out most pairs of different paragraphs


def reference_words_at_least(line, k):
    from mtpipe.clean.templates import word_count

    return word_count(line) >= k


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab  \n\tя中文かな。，、\u3000")), max_size=60),
       st.integers(1, 12))
@example("中国外交部发言人毛宁主持例行记者会", 8)
@example("a " * 1500 + "中", 1600)  # longer than the remembered lines
def test_words_at_least_equals_the_word_count(line, k):
    from mtpipe.clean.templates import words_at_least

    assert words_at_least(line, k) == reference_words_at_least(line, k)
    assert words_at_least(line, k) == reference_words_at_least(line, k)  # (remembered the second time)
