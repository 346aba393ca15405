"""Round bnd49 (issue 12: no sentence cut at a soft line break), by class, each with negatives: a Vietnamese
official's title over the body he heads, and a name in capitals wrapped that the page prints whole on another line
(:mod:`mtpipe.clean.softbreak_heads`; train31's ``t31vi06``)."""

from __future__ import annotations

import pytest

from mtpipe.clean.softbreak import soft_breaks
from mtpipe.clean.softbreak_heads import printed_whole, title_over_body


def _joined(text: str) -> list[str]:
    """The lines of ``text`` each soft break joins onto the next (the line before the break)."""
    return [text[:k].rsplit("\n", 1)[-1] for k in soft_breaks(text)]


@pytest.mark.parametrize("cur,nxt", [
    ("HIỆU TRƯỞNG", "TRƯỜNG CAO ĐẲNG CÔNG NGHỆ THỦ ĐỨC"),  # t31vi06
    ("CHỦ TỊCH", "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"),
    ("GIÁM ĐỐC", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"),
    ("BỘ TRƯỞNG", "BỘ GIÁO DỤC VÀ ĐÀO TẠO"),
    ("CHỦ TỊCH", "HỘI ĐỒNG QUẢN TRỊ"),
])
def test_title_over_its_body(cur, nxt):
    assert title_over_body(cur, nxt)
    assert _joined(f"{cur}\n{nxt}\n\nCăn cứ Luật Giáo dục nghề nghiệp ngày 27 tháng 11 năm 2014;") == [cur]


@pytest.mark.parametrize("cur,nxt", [
    ("KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"),  # a signature block: on behalf of, then the signer's own title
    ("HIỆU TRƯỞNG", "NGUYỄN VĂN AN"),  # the signer's name
    ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),  # the body first
    ("HIỆU TRƯỞNG", "Nguyễn Văn An"),  # not in capitals
    ("Hiệu trưởng", "Trường Cao đẳng Công nghệ"),  # sentence case: no letterhead
])
def test_no_title_over_body(cur, nxt):
    assert not title_over_body(cur, nxt)


_T31 = ("UBND THÀNH PHỐ HỒ CHÍ MINH\n\nTRƯỜNG CAO ĐẲNG CÔNG NGHỆ\nTHỦ ĐỨC\n\nSố: 34/QĐ-CNTĐ-ĐT\n\n"
        "QUYẾT ĐỊNH\nVề việc ban hành Quy chế tuyển sinh\n\nHIỆU TRƯỞNG\nTRƯỜNG CAO ĐẲNG CÔNG NGHỆ THỦ ĐỨC\n")


def test_name_printed_whole_elsewhere_joins():
    assert "TRƯỜNG CAO ĐẲNG CÔNG NGHỆ" in _joined(_T31) and "HIỆU TRƯỞNG" in _joined(_T31)
    assert "UBND THÀNH PHỐ HỒ CHÍ MINH" not in _joined(_T31)  # two bodies (Convention 6)


@pytest.mark.parametrize("cur,nxt,lines", [
    # a college and its office: the page never prints them as one name (a real letterhead, cam.edu.vn)
    ("TRƯỜNG CAO ĐẲNG NGHỀ CKNN", "PHÒNG ĐÀO TẠO", ["TRƯỜNG CAO ĐẲNG NGHỀ CKNN", "PHÒNG ĐÀO TẠO", "QUY CHẾ"]),
    # a menu printed again in the footer holds more items than the two
    ("ГЛАВНАЯ СТРАНИЦА", "НОВОСТИ ШКОЛЫ", ["ГЛАВНАЯ СТРАНИЦА НОВОСТИ ШКОЛЫ КОНТАКТЫ"]),
    # two words joined: too short to tell a name from two menu items
    ("О ШКОЛЕ", "", ["О ШКОЛЕ"]),
    ("ВЕСТИ", "НОВОСТИ", ["ВЕСТИ НОВОСТИ"]),
    # a stop between
    ("ВЕРХОВНЫЙ СУД.", "РОССИЙСКОЙ ФЕДЕРАЦИИ", ["ВЕРХОВНЫЙ СУД. РОССИЙСКОЙ ФЕДЕРАЦИИ"]),
    # not in capitals
    ("Trường Cao đẳng Công nghệ", "Thủ Đức", ["Trường Cao đẳng Công nghệ Thủ Đức"]),
])
def test_not_printed_whole(cur, nxt, lines):
    assert not printed_whole(cur, nxt, frozenset(lines))


def test_printed_whole_in_russian():
    assert printed_whole("ВЕРХОВНЫЙ СУД", "РОССИЙСКОЙ ФЕДЕРАЦИИ", frozenset(["ВЕРХОВНЫЙ СУД РОССИЙСКОЙ ФЕДЕРАЦИИ"]))


@pytest.mark.parametrize("text,first", [
    ("NĂM PHỤNG VỤ\n2022 – 2023\n\nNĂM A\n", "NĂM PHỤNG VỤ"),  # t29vi05, a liturgical calendar
    ("НАШИ ДОСТИЖЕНИЯ\n2023-2024\n\nКоманда школы заняла первое место.\n", "НАШИ ДОСТИЖЕНИЯ"),  # a school year
    ("LỊCH CÔNG TÁC NĂM HỌC\n2024 - 2025\n", "LỊCH CÔNG TÁC NĂM HỌC"),
])
def test_heading_over_its_years(text, first):
    assert _joined(text) == [first]


@pytest.mark.parametrize("text", [
    "ИСТОРИЯ ШКОЛЫ\n1956\nОткрыта новая школа.\n",  # a timeline's first item: one year
    "Новости школы\n2023-2024\n",  # sentence case: a date under a post's title
    "ĐẠI HỘI.\n2020 – 2025\n",  # a stop ends the heading
    "TIN TỨC\n2022 – 2023 – 2024\n",  # no span of two years
])
def test_no_heading_years(text):
    assert _joined(text) == []
