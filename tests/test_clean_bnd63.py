"""Round bnd63 (issue 12: sentence boundaries on real pages), by class, with negatives:

* a section heading of questions, a line opened by a section number whose every part is closed by a "?", is one unit
  wherever it stands (README Convention 2; :func:`mtpipe.segment.heading_line.numbered_questions`; ``t27vi92``,
  ``h11vi03``, ``t28vi12``).  Before bnd63 ``t27vi92``'s came out one unit only because its table of contents'
  entry read as a copy of the page's title (:func:`mtpipe.segment.heading_line.title_copy`), and the other two were
  split.
"""

from __future__ import annotations

import pytest

from mtpipe.segment.heading_line import numbered_questions
from mtpipe.segment.sentences import split_sentences


def _units(line: str) -> list[str]:
    lang = "ru" if any("а" <= ch <= "я" for ch in line.lower()) else "vi"
    return [line[a:b] for a, b in split_sentences(line, lang)]


@pytest.mark.parametrize("line", [
    "1. Khiếu nại là gì? Tố cáo là gì?",  # t27vi92, under its (removed) table of contents
    "1. Thượng Hải ở đâu? Thượng Hải thuộc tỉnh nào?",  # h11vi03
    "1/Giới thiệu về Phượng Hoàng cổ trấn? Phượng Hoàng cổ trấn ở đâu?",  # t28vi12
    "II. Что такое ипотека? Кому она нужна?",  # the same shape with a Roman number (made up to show the scope)
    "2) Где купить? Сколько стоит? Как выбрать?",  # three questions, "2)" (made up to show the scope)
])
def test_numbered_heading_of_questions_is_one_unit(line):
    assert _units(line) == [line]


@pytest.mark.parametrize("line,units", [
    # a numbered list item of exclamations (held11's h11ru09)
    ("4. Да! По всему видно, что Китай – независимая страна!",
     ["4. Да!", "По всему видно, что Китай – независимая страна!"]),
    # a question answered by a sentence closed by a stop (the shape of crawl's msnbc list items, in Vietnamese)
    ("3. Bạn có biết? Anh ấy biết.", ["3. Bạn có biết?", "Anh ấy biết."]),
    # two questions of running text without a number (bnd61's negative)
    ("Bạn cần tư vấn? Hãy gọi cho chúng tôi?", ["Bạn cần tư vấn?", "Hãy gọi cho chúng tôi?"]),
])
def test_not_a_numbered_heading_of_questions(line, units):
    assert _units(line) == units


def test_scope_of_the_line():
    line = "1. Khiếu nại là gì? Tố cáo là gì?"
    assert numbered_questions(line, [(0, 3), (3, 20), (20, len(line))])  # the number's own unit set aside
    assert not numbered_questions(line, [(0, len(line))])  # one part: nothing to join
    five = "1. A là gì? B là gì? C là gì? D là gì? E là gì?"  # more parts than QUESTION_PARTS
    long = "1. Chúng " + " ".join(["ta"] * 11) + "? Chúng " + " ".join(["ta"] * 9) + "?"  # over TITLE_LINE_WORDS
    for text in (five, long):
        units = _units(text)
        assert len(units) > 1 and all(numbered_questions(u, [(0, len(u))]) is False for u in units)
