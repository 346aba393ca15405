"""Faster versions of hot helpers give exactly what the plain loops they replaced gave."""

import pytest
from hypothesis import example, given, settings, strategies as st

import unicodedata

from mtpipe.ingest import _DROP_CATEGORIES, _KEEP, _SPACE, normalize_text
from mtpipe.langid import _VI_MARKS, script_counts
from mtpipe.quality import _TOKEN, has_repetition
from mtpipe.scripts import is_han


def reference_script_counts(text):
    c = {"cyrillic": 0, "latin": 0, "han": 0, "vi": 0, "other": 0}
    for ch in text:
        if not ch.isalpha():
            continue
        o = ord(ch)
        if is_han(ch):  # the one Han table (mtpipe.scripts; it now takes in Extensions G and H too)
            c["han"] += 1
        elif 0x0400 <= o <= 0x052F:
            c["cyrillic"] += 1
        elif o < 0x0250 or 0x1E00 <= o <= 0x1EFF:
            c["latin"] += 1
            if ch.lower() in _VI_MARKS:
                c["vi"] += 1
        else:
            c["other"] += 1
    return c


def reference_has_repetition(text, min_n=1, times=4, max_n=6):
    toks = _TOKEN.findall(text)
    if len(toks) <= 2 and text:
        toks = [c for c in text if not c.isspace()]
    toks = [t.lower() for t in toks if t not in ",.;:!?，。；：！？、"]
    for n in range(min_n, max_n + 1):
        if len(toks) < n * times:
            break
        for i in range(0, len(toks) - n * times + 1):
            gram = toks[i: i + n]
            if all(toks[i + k * n: i + (k + 1) * n] == gram for k in range(1, times)):
                return True
    return False


MIXED = st.text(alphabet=st.sampled_from(list("abcđăẠẶÂẩİKΩ ,.!-0123½²") + list("Привет ёЁҋ") + list("长春吉林。，") +
                                         ["\U00020001", "\u0301", "\u00ad", "\u212a", "\uf900", "\u0483"]), max_size=80)


@settings(max_examples=400, deadline=None)
@given(MIXED)
def test_script_counts_equal_the_loop(text):
    assert script_counts(text) == reference_script_counts(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
@example("\U00030000")  # CJK Extension G: Han in the one table, missed by the old ranges
def test_script_counts_equal_the_loop_on_any_text(text):
    assert script_counts(text) == reference_script_counts(text)


WORDS = st.lists(st.sampled_from(["the", "zone", "长", "春", ",", "park", "парк", "."]), max_size=40).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(WORDS, st.integers(1, 3), st.integers(1, 5), st.integers(1, 6))
def test_has_repetition_equals_the_loop(text, min_n, times, max_n):
    assert has_repetition(text, min_n, times, max_n) == reference_has_repetition(text, min_n, times, max_n)


def test_has_repetition_cases():
    assert has_repetition("the zone the zone the zone the zone")
    assert not has_repetition("the zone the zone the zone park")
    assert has_repetition("长春长春长春长春")


# the loop normalize_text had before its fast path for plain runs
def reference_normalize_text(raw: str) -> tuple[str, list[int]]:
    """Normalise ``raw`` and map every output character back to ``raw``.

    NFC per character cluster; control, format and private-use characters
    dropped (newlines kept; CR/LF and CR become LF); every run of spaces becomes
    one space; lines are stripped; runs of blank lines become one blank line;
    the text is stripped at both ends.

    Returns:
        ``(text, offsets)`` with ``len(offsets) == len(text) + 1``; ``offsets[i]``
        is where ``text[i]`` starts in ``raw`` and the last entry is ``len(raw)``.
    """
    # pass 1: NFC per cluster, drop controls, unify spaces and newlines
    chars: list[str] = []
    offs: list[int] = []
    i, n = 0, len(raw)
    while i < n:
        c = raw[i]
        if c == "\r":
            chars.append("\n")
            offs.append(i)
            i += 2 if raw.startswith("\r\n", i) else 1
            continue
        if c in ("\u2028", "\u2029", "\x0b", "\x0c", "\x85"):
            chars.append("\n")
            offs.append(i)
            i += 1
            continue
        if _SPACE.match(c):
            chars.append(" ")
            offs.append(i)
            i += 1
            continue
        if unicodedata.category(c) in _DROP_CATEGORIES and c not in _KEEP:
            i += 1
            continue
        j = i + 1
        while j < n and unicodedata.combining(raw[j]):
            j += 1
        cluster = unicodedata.normalize("NFC", raw[i:j]) if j - i > 1 or ord(c) > 0x7F else c
        for ch in cluster:
            chars.append(ch)
            offs.append(i)
        i = j
    # pass 2: fold spaces, strip lines, collapse blank lines
    out: list[str] = []
    out_offs: list[int] = []
    line: list[tuple[str, int]] = []
    blank_pending = False

    def flush_line() -> None:
        nonlocal blank_pending
        while line and line[-1][0] == " ":
            line.pop()
        k = 0
        while k < len(line) and line[k][0] == " ":
            k += 1
        body = line[k:]
        if not body:
            if out:
                blank_pending = True
        else:
            if out:
                out.append("\n")
                out_offs.append(body[0][1])
                if blank_pending:
                    out.append("\n")
                    out_offs.append(body[0][1])
            for ch, o in body:
                out.append(ch)
                out_offs.append(o)
            blank_pending = False
        line.clear()

    prev_space = False
    for ch, o in zip(chars, offs):
        if ch == "\n":
            flush_line()
            prev_space = False
            continue
        if ch == " ":
            if prev_space:
                continue
            prev_space = True
        else:
            prev_space = False
        line.append((ch, o))
    flush_line()
    out_offs.append(len(raw))
    return "".join(out), out_offs



NOISY = st.lists(st.sampled_from(list("ab Д\tй长,.") + ["\r", "\n", "\r\n", "\u00a0", "\u0301", "\u0308", "\u00ad",
                                                            "\u200b", "\u200d", "\u2028", "\u3000", "\u212b", "\ufeff",
                                                            "e\u0301", "\u0483", "\ue000", "ạ", "\x00"]), max_size=80).map("".join)


@settings(max_examples=500, deadline=None)
@given(NOISY)
def test_normalize_text_equals_the_loop(raw):
    assert normalize_text(raw) == reference_normalize_text(raw)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_normalize_text_equals_the_loop_on_any_text(raw):
    assert normalize_text(raw) == reference_normalize_text(raw)


def test_normalize_text_on_the_seeds(seeds_dir):
    for p in sorted(seeds_dir.glob("*.txt")):
        raw = p.read_text(encoding="utf-8")
        assert normalize_text(raw) == reference_normalize_text(raw), p.name


def test_cydifflib_gives_difflibs_matching_blocks():
    """The cleaner's near-duplicate checks use cydifflib: it must agree with difflib exactly."""
    import difflib
    import random

    cydifflib = pytest.importorskip("cydifflib")
    rng = random.Random(3)
    alphabet = "абвгд ab,.长春 (1-2)ạ"
    for _ in range(300):
        a = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120)))
        b = list(a)
        for _ in range(rng.randint(0, 12)):
            b.insert(rng.randint(0, len(b)), rng.choice(alphabet))
            if b and rng.random() < 0.5:
                b.pop(rng.randrange(len(b)))
        b = "".join(b)
        want = difflib.SequenceMatcher(None, a, b, autojunk=False)
        got = cydifflib.SequenceMatcher(None, a, b, autojunk=False)
        assert [tuple(m) for m in got.get_matching_blocks()] == [tuple(m) for m in want.get_matching_blocks()]
        assert (got.real_quick_ratio(), got.quick_ratio(), got.ratio()) == \
            (want.real_quick_ratio(), want.quick_ratio(), want.ratio())


def test_cleaner_decisions_on_the_seeds_equal_difflibs(seeds_dir, monkeypatch):
    import difflib

    import mtpipe.clean.dedupe as dedupe
    from mtpipe.clean import Cleaner
    from mtpipe.ingest import read_document

    def removals():
        out = []
        for p in sorted(seeds_dir.glob("*.txt")):
            doc = Cleaner()(read_document(p, seeds_dir))
            out.append([(e.rule, e.start, e.end) for e in doc.ledger])
        return out

    fast = removals()
    monkeypatch.setattr(dedupe, "_SequenceMatcher", difflib.SequenceMatcher)
    assert removals() == fast
    assert any(r.startswith("dedupe.") for doc in fast for r, *_ in doc)
