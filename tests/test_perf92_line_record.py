"""perf92's per-line record (``words.line_words`` / ``line_folded``) answers as the ``split()`` / ``casefold()`` it
stands for, and the call sites that read it in place of a split with a limit answer as before
(benchmarks/notes/perf92.md)."""

from __future__ import annotations

import random

from mtpipe.clean.features import _NAME_WORD, STOP_WORDS, _is_name
from mtpipe.clean.site_pointers import MAX_WORDS, _POINTER, _POINTER_SEED, site_pointer
from mtpipe.clean.words import line_folded, line_words, word_count, words_at_least

_PIECES = ["Андрей", "Захаров", "Đặng", "Sơn", "Duân", "in", "and", "ß", "STRASSE", "İstanbul", "ǅ", "中国外交部", "発言",
           "Читайте", "также", "подробнее", "читайте статью:", "Подробнее — в специальном репортаже", "Xem", "thêm", "tại", "đây", "x", "1.", "—", "•", "-", "«", "»",
           " ", "  ", "\t", "\u00a0", "\u2003", "\u3000", "\x1c", "\u200b", "\n", ".", ":", "Anna-Maria"]


def _line(rng: random.Random, most: int = 12) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, most)))


def test_the_record_is_the_split_and_the_fold() -> None:
    rng = random.Random(92)
    for _ in range(6000):
        s = _line(rng)
        words = line_words(s)
        assert type(words) is tuple and words == tuple(s.split()), repr(s)
        assert line_words(s) is words  # made once: the next caller reads the same record
        assert line_folded(s) == s.casefold(), repr(s)


def test_words_at_least_is_the_word_count() -> None:
    rng = random.Random(192)
    for _ in range(3000):
        s = _line(rng) * (rng.choice([1, 1, 1, 300]))  # some lines over 2,000 characters (not remembered)
        for k in range(1, 9):
            assert words_at_least(s, k) == (word_count(s) >= k), (repr(s[:80]), k)


def _site_pointer_before(s: str) -> bool:  # perf80's definition, the split with a limit
    words = s.split(None, MAX_WORDS)
    if not 0 < len(words) <= MAX_WORDS:
        return False
    line = " ".join(words)
    return _POINTER_SEED.search(line) is not None and _POINTER.search(line) is not None


def _is_name_before(line: str, lang: str) -> bool:  # the definition before perf92
    words = line.strip(" •·-–—").split(None, 4)
    if not 2 <= len(words) <= 4:
        return False
    stop = STOP_WORDS.get(lang, frozenset())
    return all(_NAME_WORD.match(w) and w[0].isupper() and w.casefold() not in stop
               and not (w.isascii() and w.casefold() in STOP_WORDS["en"]) for w in words)


def test_the_sites_that_split_with_a_limit_answer_as_before() -> None:
    rng = random.Random(292)
    pointers = names = 0
    for _ in range(6000):
        s = _line(rng, rng.choice([2, 3, 6, 12, 80]))
        pointers += site_pointer(s)
        assert site_pointer(s) == _site_pointer_before(s), repr(s)
        for lang in ("ru", "vi", "en"):
            names += _is_name(s, lang)
            assert _is_name(s, lang) == _is_name_before(s, lang), (repr(s), lang)
    assert pointers >= 20 and names >= 20, (pointers, names)  # the made-up lines reach both answers
    assert site_pointer("Подробнее — в специальном репортаже Анны Головчинской.")
    assert not site_pointer("Подробнее — в специальном репортаже " + "слово " * MAX_WORDS)
    assert _is_name("Андрей Захаров", "ru") and not _is_name("Андрей Захаров Андрей Захаров Андрей", "ru")
