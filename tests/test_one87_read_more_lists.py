"""one87 (issue 12): the read-more words written once.  ``controls.READ_MORE`` (the words :func:`control` and the rules
file's ``chrome.read_more`` share, now with the Vietnamese "Đọc tiếp") and ``controls.MORE_LINK`` (the words
``chrome.read_more`` and the teaser-tail rule ``chrome.read_more_tail`` share: "Читать дальше", "Xem tiếp",
"Xem chi tiết", "Read more", "Continue reading") are the one list of each; the rules file names them as
``<<read_more>>`` / ``<<more_link>>``, and the case-sensitive tail rule as ``<<Read_more>>`` / ``<<More_link>>``
(each word with its capital).  Behaviour unchanged: ``tools/front_dump.py`` over dev compared equal with ``cmp``."""

from __future__ import annotations

import re

import pytest

from mtpipe.clean.controls import _CONTROL, MORE_LINK, READ_MORE, control
from mtpipe.clean.rules import default_rules_path, load_rules

_RULES = {r.name: r for r in load_rules()}


def _pattern(name: str) -> str:
    """The rule's pattern as written in generic.toml (comments left out)."""
    text = (default_rules_path() / "generic.toml").read_text(encoding="utf-8")
    block = text[text.index(f'name = "{name}"\n'):]
    return next(line for line in block.splitlines() if line.startswith("pattern"))


def _words(words: str) -> list[str]:
    return words.split("|")


def test_no_read_more_word_written_twice():
    # each word of the two lists is written in controls.py once and nowhere in the rules it is shared with
    texts = [_pattern("chrome.read_more").casefold(), _pattern("chrome.read_more_tail").casefold(),
             _CONTROL.pattern.replace(READ_MORE, "").casefold()]
    for w in _words(READ_MORE) + _words(MORE_LINK):
        assert [t for t in texts if re.search(rf"(?<![\w]){re.escape(w)}(?![\w])", t)] == [], w


def test_tokens_named():
    assert "<<read_more>>" in _pattern("chrome.read_more") and "<<more_link>>" in _pattern("chrome.read_more")
    tail = _pattern("chrome.read_more_tail")
    assert "<<Read_more>>" in tail and "<<More_link>>" in tail


@pytest.mark.parametrize("s", ["Đọc tiếp", "đọc tiếp …", "Đọc tiếp »", "Подробнее", "Читать полностью"])
def test_read_more_line_both(s):
    assert _RULES["chrome.read_more"].match(s) is not None and control(s)


@pytest.mark.parametrize("s", ["Xem tiếp", "Xem chi tiết »", "Читать дальше", "Read more", "Continue reading…"])
def test_more_link_line_rule_only(s):
    # the rule removes them as before; control() never held them (conservative holds the rule's lines, and a wider
    # control() would remove them there: a change of behaviour)
    assert _RULES["chrome.read_more"].match(s) is not None and not control(s)


@pytest.mark.parametrize("line,tail", [
    ("Hội nghị đã thành công tốt đẹp. Đọc tiếp", " Đọc tiếp"),
    ("Xã tổ chức ngày hội đại đoàn kết. Xem chi tiết »", " Xem chi tiết »"),
    ("В школе прошёл праздник. Подробнее →", " Подробнее →"),
    ("The meeting ended late. Continue reading “Council votes”", " Continue reading “Council votes”"),
    ("В школе прошёл праздник. Читать дальше...", " Читать дальше..."),
])
def test_tail_capitalised(line, tail):
    m = _RULES["chrome.read_more_tail"].pattern.search(line)
    assert m is not None and m.group(0) == tail


@pytest.mark.parametrize("line", ["Hội nghị đã thành công tốt đẹp. đọc tiếp", "В школе прошёл праздник. подробнее",
                                  "The meeting ended late. read more"])
def test_tail_stays_case_sensitive(line):
    assert _RULES["chrome.read_more_tail"].pattern.search(line) is None
