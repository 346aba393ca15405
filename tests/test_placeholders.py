"""Placeholder shapes and what counts as a leaked placeholder."""

import pytest

from mtpipe.models.build_test import mangle_placeholders
from mtpipe.placeholders import SHAPES, leak_spans, leaks, placeholder, scrub_leaks

# text -> keys of the placeholder-shaped strings found in it
LEAK_CASES = [
    ("Mayor TERM1 visited.", ["TERM1"]),
    ("TER M1", ["TERM1"]),
    ("term1 and Term_2", ["TERM1", "TERM2"]),
    ("ТЕРМ1", ["TERM1"]),                 # Cyrillic
    ("TERM 1 0", ["TERM10"]),             # spaced digits
    ("T E R M 3", ["TERM3"]),
    ("市长TERM0访问TERM1", ["TERM0", "TERM1"]),  # next to Chinese
    ("visitedTERM2", ["TERM2"]),
    ("ZX1, Z X2, зх3", ["ZX1", "ZX2", "ZX3"]),
    ("Zyqxb and Zy qxc", ["ZYQXB", "ZYQXC"]),
    ("⟦1⟧ ⟦ 2 ⟧ 〚3〛 ⟦4", ["⟦1⟧", "⟦2⟧", "〚3〛", "⟦4"]),
    # ordinary text
    ("the term 1 of office; Term 2", []),
    ("Peter M1 determ1 DETERM1", []),
    ("Kawasaki ZX-10R", ["ZX10"]),       # placeholder-shaped: allowed only when the source has it
    ("Терминал 1, термин", []),
    ("Tập Cận Bình, 习近平, 2024", []),
]


@pytest.mark.parametrize("text,keys", LEAK_CASES)
def test_leak_spans(text, keys):
    assert [k for _, _, k in leak_spans(text)] == keys


@pytest.mark.parametrize("output,allowed,left", [
    ("Code term1 and TERM1.", ["Код term1 и Чанчунь."], ["TERM1."]),
    ("A TERM0 b", ["TERM0"], []),
    ("A TERM0 TERM0 b", ["TERM0"], ["TERM0"]),
    ("nothing here", [], []),
])
def test_leaks_beyond_the_source(output, allowed, left):
    found = leaks(output, allowed)
    assert [output[a:b] for a, b, _ in found] == [x.rstrip(".") for x in left]


@pytest.mark.parametrize("output,want", [
    ("Mayor TERM3 visited Changchun.", "Mayor visited Changchun."),
    ("Mayor visited Changchun TER M1.", "Mayor visited Changchun."),
    ("市长ТЕРМ1访问了长春。", "市长访问了长春。"),
])
def test_scrub_leaks(output, want):
    assert scrub_leaks(output, ["Мэр посетил Чанчунь."]) == want


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_shapes_read_back_their_own_numbers_and_count_as_placeholders(name):
    shape = SHAPES[name]
    for k in (0, 1, 25, 26, 63):
        p = placeholder(k, name)
        m = shape.pattern.fullmatch(p)
        assert m and shape.number(m) == k
        assert leak_spans(f"x {p} y"), p


@pytest.mark.parametrize("key", ["a", "b", "c", "d", "e", "f"])
@pytest.mark.parametrize("name", sorted(SHAPES))
def test_what_the_mangling_model_makes_of_a_placeholder_is_caught(name, key):
    text = " ".join(f"word {placeholder(k, name)}" for k in range(8))
    out = mangle_placeholders(text, key, keep=0.0)
    assert out != text
    # once the leaks are scrubbed, nothing but the words is left (at most a stray letter of a
    # rare word spelled out letter by letter)
    assert all(t == "word" or len(t) == 1 for t in scrub_leaks(out).split()), out
