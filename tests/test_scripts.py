"""One table of scripts: every module answers "is this a Chinese character" alike."""

from __future__ import annotations

import re

import pytest

from mtpipe.scripts import HAN, char_class, is_cjk, is_han, is_kana

#: (character, is_han, is_cjk (no word spaces), what)
CASES = [
    ("中", True, True, "main block"),
    ("㐀", True, True, "Extension A (the ranges from 4E00 missed it)"),
    ("䷀", False, False, "Yijing hexagram between Extension A and the main block (3400-9FFF took it)"),
    ("豈", True, True, "compatibility ideograph"),
    ("𠀀", True, True, "Extension B"),
    ("𰀀", True, True, "Extension G"),
    ("あ", False, True, "hiragana"),
    ("ア", False, True, "katakana"),
    ("한", False, True, "hangul"),
    ("。", False, False, "CJK punctuation"),
    ("，", False, False, "full-width comma"),
    ("Ж", False, False, "Cyrillic"),
    ("ệ", False, False, "Vietnamese"),
    ("a", False, False, "Latin"),
]


@pytest.mark.parametrize("ch, han, cjk, what", CASES, ids=[c[3] for c in CASES])
def test_one_answer_everywhere(ch, han, cjk, what):
    from mtpipe.evaluate import cjk_share
    from mtpipe.glossary.match import _is_cjk
    from mtpipe.langid import _HAN_RE

    assert is_han(ch) is han
    assert is_cjk(ch) is cjk and _is_cjk(ch) is cjk
    assert bool(_HAN_RE.match(ch)) is han
    assert bool(re.fullmatch(f"[{char_class(HAN)}]", ch)) is han
    assert (cjk_share([ch]) == 1.0) is (han or is_kana(ch))
