"""cp76: the spam layers' per-token caches are keyed by the id of the word list they were asked with; the list itself
is kept beside each answer, so a list freed and an id reused by another list never answers for it (a cache leaking
from one caller's words into another's).  The cleaner always asks with the one syllable model (same answers)."""

from __future__ import annotations

from types import SimpleNamespace

from mtpipe.clean import spam_names, spam_plain, spam_shapes, spam_slots


def _twice(fn, first, second):  # type: ignore[no-untyped-def]
    """``fn`` asked with a made-up list, the list dropped, then with another (often at the freed list's id)."""
    a = fn(first())
    b = fn(second())
    return a, b


def test_plain_word_answers_for_its_own_list() -> None:
    tok = "Xyzzyqa"
    for _ in range(20):  # id reuse is likely, not certain: many tries
        a, b = _twice(lambda k: spam_plain.plain_word(tok, k), lambda: {"xyzzyqa"}, set)
        assert a is True and b is False


def test_plain_word_same_list_same_answer() -> None:
    known = {"qwertzy"}
    assert spam_plain.plain_word("Qwertzy", known) is spam_plain.plain_word("Qwertzy", known) is True
    assert spam_plain.plain_word("Qwertzyx", known) is False  # negative: a word the list lacks


def test_slot_shape_answers_for_its_own_list() -> None:
    tok = "ABCDEFGHQ"  # capitals: no shape where the list knows the word, "capitals" where not
    for _ in range(20):
        a, b = _twice(lambda k: spam_slots._shape(tok, k), lambda: {"abcdefghq"}, set)
        assert a is None and b == "capitals"


def test_pasted_name_cache_keeps_its_list() -> None:
    known = {"moskva"}
    spam_names.pasted_name("xem Zorblatt ở", 4, 12, known)
    got = spam_names._SHAPES[(id(known), "Zorblatt")]
    assert got[0] is known  # the list kept with the answer: its id cannot be taken by another list


def test_bound_answers_for_its_own_model() -> None:
    def model(pairs):  # type: ignore[no-untyped-def]
        from collections import Counter

        bi = Counter(pairs)
        uni = Counter(y for (_, y) in pairs)
        return SimpleNamespace(bi=bi, uni=uni)

    for _ in range(20):
        a = spam_shapes._bound(model([("a", "b")] * 6), "b")  # "b" always after "a": bound
        b = spam_shapes._bound(model([("a", "b"), ("c", "b"), ("d", "b"), ("e", "b"), ("f", "b"), ("g", "b")]), "b")
        assert a is True and b is False
