"""A half-width '?' typed as a question mark in Chinese is not a lost character (field trial 8, finding E);
a '?' that stands for a lost Chinese character still is.  Lines from chardet's test files (GB2312
2.blog.westca.com, cnblog.org; Big5 0804.blogspot.com, letterlego.blogspot.com; tests/data/SOURCES)."""

from __future__ import annotations

import pytest

from mtpipe.clean.lines import lost_chars

QUESTIONS = [  # real questions: the word before the '?' ends a question
    "就是谁也说不清楚是为什么?因为你中国卖产品也好",
    "那么是不是就是说Yahoo一定做得比Google好呢?正好是相反的。",
    "记:您5年来最大的遗憾是什么?最大的希望是什么?",
    "你今天来吗?我在家等你。",  # 吗
    "這件事怎麼辦才好呢?大家都不知道。",  # traditional
    "一共需要多少?我们还不清楚。",
]
LOST = [  # a character the encoding lost: the '?' follows an ordinary word
    "趙先生越來越不明白的又問了兒子 “那為什麼家?給打掃的那麼乾淨然後",  # 裡 lost (a question word earlier in the clause)
    "Jackson Bate, 1918-）的《塞繆爾?約翰生》（Samuel Johnson）",  # the name dot lost
    "“已成为?梏的旧的交往形式被适应于比较发达的生产力”",  # 桎 lost
]


@pytest.mark.parametrize("line", QUESTIONS)
def test_chinese_question_marks_are_not_lost_characters(line: str) -> None:
    assert lost_chars(line) == 0


@pytest.mark.parametrize("line", LOST)
def test_lost_chinese_characters_are_still_counted(line: str) -> None:
    assert lost_chars(line) == 1


def test_a_page_that_lost_its_characters_is_still_warned() -> None:
    """Traditional Chinese written out as GB2312 (what a lossy conversion does): its characters outside
    GB2312 become '?', and the page is warned even though some of them follow a question word."""
    page = "\n".join(LOST[:1] + ["他說這裡的風景很美麗，讓人覺得輕鬆愉快。", "記者問：您覺得這個問題應該怎麼處理？"])
    lossy = page.encode("gb2312", errors="replace").decode("gb2312")
    assert lossy.count("?") >= 4
    assert lost_chars(lossy) >= 2
