"""perf77: spam_lone._shape remembered per token, spam_names._vi_line reading words only up to the second marked one,
find_spam_tokens looking the syllable model up once: the same answers as before."""
from __future__ import annotations

import re

from mtpipe.clean import spam_lone, spam_names
from mtpipe.clean.spam import find_spam_tokens

_TOKENS = ["fb88", "6hoom", "switch-poker", "OnCredit247", "Abu09", "adomty", "abc-vay", "shoyu", "3xq55", "7-qz",
           "5mm2", "MegaBet", "Darwin", "vatgia.com", "thanh-", "VinFast", "x", "24-7bank", "20-Jun", "1Quang"]


def test_shape_remembered_is_the_shape_computed() -> None:
    for tok in _TOKENS:
        assert spam_lone._shape(tok) == spam_lone._shape.__wrapped__(tok), tok
        assert spam_lone._shape(tok) == spam_lone._shape.__wrapped__(tok), tok  # asked again: from the cache


def test_shape_a_changed_token_gets_its_own_answer() -> None:
    spam_lone._shape.cache_clear()
    assert spam_lone._shape("6hoom") == "unwritten"
    assert spam_lone._shape("adomty") == "lower"  # another token: computed, not the last answer
    assert spam_lone._shape("MegaBet") == spam_lone._shape.__wrapped__("MegaBet")
    assert spam_lone._shape.cache_info().misses == 3


def _vi_line_before(text: str, a: int, b: int) -> bool:  # the implementation before perf77
    start = text.rfind("\n", 0, a) + 1
    end = text.find("\n", b)
    line = text[start:a] + " " + text[b:len(text) if end < 0 else end]
    marked = filter(spam_names._VI_MARK.search, spam_names._WORD.findall(line))
    return next(marked, None) is not None and next(marked, None) is not None


def test_vi_line_same_answers() -> None:
    texts = ["Hôm nay fb88 trời đẹp", "Hôm nay fb88 weather", "Today fb88 is fine", "fb88",
             "Dòng một\nToday fb88 is fine\nHôm nay trời đẹp", "Tin tức: fb88\nkhông", "đẹp fb88 " + "word " * 300,
             "x fb88 y đã z", "A\n\nfb88\n", "trời fb88"]
    for text in texts:
        for m in re.finditer(r"fb88", text):
            assert spam_names._vi_line(text, *m.span()) == _vi_line_before(text, *m.span()), text


def test_find_spam_tokens_unchanged_on_examples() -> None:
    text = ("Người chơi nạp tiền vào fb88 để nhận thưởng. Trang fb88 đang khuyến mãi lớn.\n"
            "Anh ấy dùng adomty hôm qua và gặp switch-poker ở quán.")
    got = find_spam_tokens(text, 1, True)
    assert got == find_spam_tokens(text, 1, True)  # asked again (caches warm): the same answer
    assert "fb88" in got and got["fb88"] == [(m.start(), m.end()) for m in re.finditer("fb88", text)]
