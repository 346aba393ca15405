"""cpf101: an institution's hours printed a cell a line under the page's text (issue 12, pre-blind).

A fresh library page (a site in no part) lost its service table's rows to the short-line rules, one cell at a time:
:func:`mtpipe.clean.hours_blocks.hours_blocks` finds two span lines or more of clock times below the page's first
paragraph and takes the block's cells back.  Lines made up in that shape; negatives: the same hours above the first
paragraph (a header's hours), one span line alone, hours with no kept line over them within reach, hours under
lines removed with other evidence (a footer's share links).
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.cell_columns import RELEASED
from mtpipe.clean.hours_blocks import hours_blocks
from mtpipe.clean.opening_hours import clock_span
from mtpipe.document import Document

INTRO = [
    "Thư viện quận mở cửa phục vụ bạn đọc tất cả các ngày trong tuần, trừ các ngày lễ và tết theo quy định.",
    "Từ ngày 01/3/2024, các phòng phục vụ của thư viện mở cửa theo lịch cụ thể như sau:",
    "STT TÊN PHÒNG GIỜ MỞ CỬA",
]
TABLE = [
    "1",
    "- PHÒNG ĐỌC SÁCH",
    "- PHÒNG MƯỢN SÁCH",
    "Phục vụ liên tục từ 8h00’ đến 20h00’",
    "2",
    "- PHÒNG SÁCH THIẾU NHI",
    "Buổi sáng: 8h00’- 11h30’",
    "Buổi chiều: 14h00’-20h00’",
    "3",
    "- PHÒNG LÀM THẺ",
    "- PHÒNG BÁO VÀ TẠP CHÍ",
    "- PHÒNG TRA CỨU",
    "- PHÒNG NGHE NHÌN",
    "Buổi sáng: 8h00’- 11h30",
    "Buổi chiều: 14h00’-17h00",
]
OUTRO = ["Bạn đọc có nhu cầu làm thẻ thư viện vui lòng mang theo căn cước công dân và một ảnh chân dung cỡ 3x4."]


@pytest.mark.parametrize("line", ["Buổi sáng: 8h00’- 11h30’", "Buổi chiều: 14h00’-20h00’", "с 14:30 до 22:00"])
def test_clock_span_reads_primed_minutes(line: str) -> None:
    assert clock_span(line)


SHAPE = "boilerplate.byline"


def _by(removed: set[int], rule: str = SHAPE) -> dict[int, str]:
    return {i: rule for i in removed}


def test_the_block_runs_from_the_header_to_the_last_span() -> None:
    lines = INTRO + TABLE + OUTRO
    removed = {i for i, s in enumerate(lines) if s in TABLE and not s.startswith("Phục vụ")}
    assert hours_blocks(lines, _by(removed), RELEASED) == [(3, 2 + len(TABLE))]


def test_hours_above_the_first_paragraph_make_no_block() -> None:
    lines = ["Giờ mở cửa", "Buổi sáng: 8h00 - 11h30", "Buổi chiều: 14h00 - 17h00"] + INTRO[:1] + OUTRO
    assert hours_blocks(lines, _by({1, 2}), RELEASED) == []


def test_one_span_line_makes_no_block() -> None:
    lines = INTRO + ["1", "- PHÒNG ĐỌC SÁCH", "Buổi sáng: 8h00 - 11h30"] + OUTRO
    assert hours_blocks(lines, _by({3, 4, 5}), RELEASED) == []


def test_no_kept_line_within_reach_makes_no_block() -> None:
    lines = INTRO[:1] + ["- PHÒNG A", "- PHÒNG B", "- PHÒNG C", "- PHÒNG D", "- PHÒNG E",
                         "Sáng: 8h00 - 11h30", "Chiều: 14h00 - 17h00"]
    assert hours_blocks(lines, _by(set(range(1, 8))), RELEASED) == []


def test_hours_under_lines_removed_with_other_evidence_make_no_block() -> None:
    lines = INTRO[:1] + ["Chia sẻ:", "Facebook", "Sáng: 8h00 - 11h30", "Chiều: 14h00 - 17h00"]
    assert hours_blocks(lines, {1: "chrome.share", 2: "chrome.share", 3: SHAPE, 4: SHAPE}, RELEASED) == []
    assert hours_blocks(lines, _by({1, 2, 3, 4}), RELEASED) == [(1, 4)]


def _removed(text: str) -> dict[str, list[str]]:
    doc = Cleaner()(Document(doc_id="t.txt", text=text, raw_text=text))
    out: dict[str, list[str]] = {}
    for line in text.split("\n"):
        if line.strip():
            at = doc.raw_text.index(line)
            out[line] = [e.rule for e in doc.ledger if e.action == "removed" and e.start <= at < e.end]
    return out


def test_the_cleaner_keeps_the_library_table() -> None:
    got = _removed("\n\n".join(INTRO + TABLE + OUTRO) + "\n")
    assert {line: rules for line, rules in got.items() if rules} == {}
