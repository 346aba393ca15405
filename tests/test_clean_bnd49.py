"""Round bnd49 (issue 12: no sentence cut at a soft line break), by class, each with negatives: a Vietnamese
official's title over the body he heads, a name in capitals wrapped that the page prints whole on another line, a
heading in capitals over its span of years (:mod:`mtpipe.clean.softbreak_heads`; train31's ``t31vi06``, train29's
``t29vi05``), and a Russian heading in capitals going on in the genitive over a wide gap
(:func:`mtpipe.clean.softbreak_gaps.caps_genitive_gap`; held34's ``h34ru11``)."""

from __future__ import annotations

import pytest

from mtpipe.clean.softbreak import soft_breaks
from mtpipe.clean.softbreak_gaps import caps_genitive_gap
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


# --- a heading in capitals over a wide gap, going on in the genitive (softbreak_gaps, held34 h34ru11) ---------------

_DEPUTIES = ("ДЕПУТАТЫ\n\n4-Х ГОРОДСКИХ И 4-Х РАЙОННЫХ СОВЕТОВ ДЕПУТАТОВ,\n\n"
             "ПРОВОДЯЩИЕ ЛИЧНЫЕ ПРИЕМЫ ГРАЖДАН ПО СУББОТАМ\n")


@pytest.mark.parametrize("cur,nxt", [
    ("ДЕПУТАТЫ", "4-Х ГОРОДСКИХ И 4-Х РАЙОННЫХ СОВЕТОВ ДЕПУТАТОВ,"),  # h34ru11
    ("ВЕРХОВНЫЙ СУД", "РОССИЙСКОЙ ФЕДЕРАЦИИ"),  # Convention 6's own example
    ("ГЛАВА АДМИНИСТРАЦИИ", "ГОРОДСКОГО ПОСЕЛЕНИЯ"),
])
def test_caps_heading_goes_on_in_the_genitive(cur, nxt):
    assert caps_genitive_gap(cur, nxt)


@pytest.mark.parametrize("cur,nxt", [
    ("ГЛАВНАЯ", "НОВОСТИ"),  # a menu: nominative
    ("ДЕПУТАТЫ.", "ГОРОДСКИХ СОВЕТОВ"),  # a stop ends the heading
    ("Депутаты", "ГОРОДСКИХ СОВЕТОВ"),  # sentence case
    ("ДЕПУТАТЫ", "Городских советов"),
    ("РОССИЙСКАЯ ФЕДЕРАЦИЯ", "ЛИПЕЦКАЯ ОБЛАСТЬ"),  # letterhead levels, a nominative each (Convention 6)
    ("THÔNG BÁO", "CỦA UBND XÃ"),  # not Russian
])
def test_no_caps_genitive_gap(cur, nxt):
    assert not caps_genitive_gap(cur, nxt)


def test_genitive_gap_only_on_a_wide_gapped_page():
    assert len(soft_breaks(_DEPUTIES, wide=True)) == 4  # both gaps joined (the second: a comma line, bnd46)
    assert soft_breaks(_DEPUTIES) == []
