"""Faster text helpers (issue 16) give exactly what the plain code they replaced gave."""

import re
import unicodedata

from hypothesis import example, given, settings, strategies as st

from mtpipe import placeholders
from mtpipe.placeholders import leak_spans
from mtpipe.quality import has_repetition, script_of

from test_fast_paths import reference_has_repetition


def reference_script_of(text):
    counts = {"cyrillic": 0, "latin": 0, "han": 0}
    for ch in text:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        if name.startswith("CYRILLIC"):
            counts["cyrillic"] += 1
        elif name.startswith("LATIN"):
            counts["latin"] += 1
        elif name.startswith("CJK"):
            counts["han"] += 1
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] else "none"


SCRIPTS = st.text(alphabet=st.sampled_from(list("abcđăẠ İKΩ ,.!-0123½²") + list("Привет ёЁҋ") + list("长春吉林。，")
                                           + ["\U00020001", "\u0301", "\u212a", "\uf900", "\u3042", "\uac00"]), max_size=80)


@settings(max_examples=400, deadline=None)
@given(SCRIPTS)
@example("")
@example("ab长春")  # a tie: the first script in the table wins, as before
def test_script_of_equals_the_loop(text):
    assert script_of(text) == reference_script_of(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_script_of_equals_the_loop_on_any_text(text):
    assert script_of(text) == reference_script_of(text)


WORDS = st.lists(st.sampled_from(["the", "zone", "长", "春", ",", "park", "парк", ".", "a"]), max_size=40).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(WORDS, st.integers(0, 3), st.integers(0, 5), st.integers(0, 6))
@example("", 0, 4, 6)
@example("the", 0, 4, 6)
def test_has_repetition_equals_the_loop_for_any_settings(text, min_n, times, max_n):
    assert has_repetition(text, min_n, times, max_n) == reference_has_repetition(text, min_n, times, max_n)


# the plain alternation leak_spans scanned with before its first-character check
REFERENCE_LEAK = re.compile(placeholders._LEAK_ALTERNATIVES)

LEAKY = st.lists(st.sampled_from(list("TtТтZzЗзEeЕеЭэRrРрMmМмXxХхYyУуQqКк 0123456789_-#№⟦〚⟧〛абвabc中。")
                                 + ["\u00a0", "\u200b", "TERM", "ZX", "Zyqx"]), max_size=40).map("".join)


@settings(max_examples=1000, deadline=None)
@given(LEAKY)
@example("DETERM1 TERM1 TER M1 term_1 ТЕРМ1 TERM 1 0 ⟦ 1 ⟧ visitedTERM1 zyqxb Z X 3 〚")
def test_leak_spans_equal_the_plain_pattern(text):
    want = [(m.start(), m.end(), placeholders._key(m.group(0))) for m in REFERENCE_LEAK.finditer(text)]
    assert leak_spans(text) == want


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_leak_spans_equal_the_plain_pattern_on_any_text(text):
    want = [(m.start(), m.end(), placeholders._key(m.group(0))) for m in REFERENCE_LEAK.finditer(text)]
    assert leak_spans(text) == want


def test_token_counts_from_ids_equal_counts_from_pieces(tiny_models, seeds_dir):
    """count_tokens reads ids (faster than piece strings): one id per piece, the same count."""
    import random

    from mtpipe.config import load_config
    from mtpipe.tokens import RouteTokenCounter

    counter = RouteTokenCounter(load_config(tiny_models))
    rng = random.Random(5)
    alphabet = [chr(c) for c in (rng.randint(32, 0x2FFFF) for _ in range(2000)) if not 0xD800 <= c <= 0xDFFF]
    alphabet += list("абв abc 长春 ﬁ ① ㍻ \u3000")
    texts = [line for p in sorted(seeds_dir.glob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines()]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(500)]
    for src, tgt in (("ru", "en"), ("ru", "zh"), ("en", "zh")):
        tok = counter.tokenizer(src, tgt)
        for text in texts:
            want = len(tok.prefix(src, tgt)) + len(tok.sp.encode(text, out_type=str)) + 1
            assert counter.count_tokens(text, src, tgt) == want, text


def _reference_xml_text(s):
    from mtpipe.writers.tmx import _TEXT_ESC, _TEXT_RE, XML_ILLEGAL

    return _TEXT_RE.sub(lambda m: _TEXT_ESC[m.group()], XML_ILLEGAL.sub("", s))


def _reference_xml_attr(s):
    from mtpipe.writers.tmx import _ATTR_ESC, _ATTR_RE, XML_ILLEGAL

    return '"' + _ATTR_RE.sub(lambda m: _ATTR_ESC[m.group()], XML_ILLEGAL.sub("", s)) + '"'


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab Д长&<>\"'\r\n\t\x00\x01\x0b\x1f\ufffe\uffff\ud800;#")), max_size=30))
@example("")
def test_xml_escapes_equal_the_two_substitutions(text):
    from mtpipe.writers.tmx import xml_attr, xml_text

    assert xml_text(text) == _reference_xml_text(text)
    assert xml_attr(text) == _reference_xml_attr(text)
