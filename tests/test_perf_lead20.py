"""The lead's two exact prefilters of the twentieth session give the slow path's answers: ``cells.glued_cell_breaks``
returns nothing at once where no figure has a letter right after it (both of its shapes need one), and
``heading_line.caps_heading`` stops at the first lower-case letter."""

from __future__ import annotations

import pytest

from mtpipe.segment import cells
from mtpipe.segment.heading_line import CAPS_HEADING_WORDS, _CLOSERS, caps_heading

TEXTS = ["Thứ2Thứ 3Thứ 4", "27/11Tm CHÚA NHẬT", "30/11Đ Thứ hai", "Day 1Day 2", "Windows 10Home", "2.4GHz", "1/2kg",
         "В 2024 году открыли 3 школы.", "Ngày 12/3 trời mưa.", "Thứ 2 Thứ 3", "", "abc", "10 11 12"]


def _slow_cells(text: str) -> list[int]:
    out = [m.end() for m in cells._DAY_NUMBER.finditer(text) if text[m.start()].isupper()]
    for m in cells._DAY_MONTH.finditer(text):
        if not text[m.end()].isupper():
            continue
        out.append(m.end())
        code = cells._code_cell(text, m.end())
        if code > 0:
            out.append(code)
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_glued_cell_breaks_as_the_slow_path(text):
    assert cells.glued_cell_breaks(text) == _slow_cells(text)


def _slow_caps(text: str, spans: list[tuple[int, int]]) -> bool:
    letters = [c for c in text if c.isalpha()]
    if len(spans) > 3 or len(letters) < 8 or any(c.islower() for c in letters) or len(text.split()) > CAPS_HEADING_WORDS:
        return False
    return all(text[a:b].rstrip().rstrip(_CLOSERS)[-1:] == "." and not text[a:b].rstrip().endswith("..")
               for a, b in spans[:-1])


@pytest.mark.parametrize("text,spans", [
    ("ТРАВА ЗАБВЕНИЯ. ПОЧЕМУ ЗАРАСТАЮТ КЛАДБИЩА?", [(0, 15), (16, 42)]),
    ("ВНИМАНИЕ! Конкурс начался.", [(0, 9), (10, 26)]),
    ("ОДИН. ДВА. ТРИ. ЧЕТЫРЕ.", [(0, 5), (6, 10), (11, 15), (16, 23)]),
    ("АБВ. ГД", [(0, 4), (5, 7)]),
    ("Ⓐ ТРАВА ЗАБВЕНИЯ. ПОЧЕМУ", [(0, 17), (18, 24)]),  # a lower-case symbol that is no letter
    ("ОДНО ДВА ТРИ ЧЕТЫРЕ ПЯТЬ ШЕСТЬ СЕМЬ ВОСЕМЬ ДЕВЯТЬ ДЕСЯТЬ ОДИННАДЦАТЬ ДВЕНАДЦАТЬ ТРИНАДЦАТЬ. А",
     [(0, 91), (92, 93)]),
])
def test_caps_heading_as_the_slow_path(text, spans):
    assert caps_heading(text, spans) == _slow_caps(text, spans)
