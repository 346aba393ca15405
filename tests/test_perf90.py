"""perf90: the cheap screens in front of the forty-second session's layers answer as the scans they stand before.

Each screen must let through every line its scan could take: a screen that drops a character or a stem fails here.
"""

from __future__ import annotations

import random

from mtpipe.clean import reader_calls98, site_heads, wrapped_heads

_ALPHABET = list("abcđăêôơưкдпиртсуё .:|-–—\t\u00a0?!") + ["subscri", "tải", "перев", "chúc", "dịch", "обновл"]


def _strings(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 14))) for _ in range(n)]


def test_seed_pattern_finds_a_stem_exactly_where_a_substring_test_does():
    for stem in reader_calls98._SEEDS:  # every stem, alone and inside a line
        assert reader_calls98._SEED.search(stem) is not None
        assert reader_calls98._SEED.search(f"xx {stem} yy") is not None
    for s in _strings(4000, 90) + [w[:-1] for w in reader_calls98._SEEDS]:
        folded = s.casefold()
        assert (reader_calls98._SEED.search(folded) is not None) == any(w in folded for w in reader_calls98._SEEDS)


def test_separator_screen_lets_through_every_joined_line():
    """``site_titles`` takes "A - B" (every separator, a tab or a no-break space around it) past its screen."""
    copy = "Tiêu đề bài viết dài"
    for sep in ("-", "–", "—", "|"):
        for space in (" ", "\t", "\u00a0"):
            lines = [f"Hội Khuyến học{space}{sep}{space}{copy}", copy, "Đây là một câu văn bản dài của bài viết này."]
            assert site_heads.site_titles(lines, {}, "hoikhuyenhoc.vn") == {0: (
                site_heads.RULE_TITLE, "the site's name 'Hội Khuyến học' joined to a copy of the title (line 2)")}
    lines = [f"Hội Khuyến học: {copy}", copy, "Đây là một câu văn bản dài của bài viết này."]
    assert site_heads.site_titles(lines, {}, "hoikhuyenhoc.vn") == {}


def test_sentence_test_with_its_end_first():
    words = wrapped_heads._SENTENCE_WORDS
    assert wrapped_heads._sentence(" ".join(["слово"] * words) + ":")
    assert not wrapped_heads._sentence(" ".join(["слово"] * (words - 1)) + ".")
    assert not wrapped_heads._sentence(" ".join(["слово"] * (words + 3)))
