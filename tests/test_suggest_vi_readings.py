"""Issue 17, round 11: pinyin from a Vietnamese (Sino-Vietnamese) form of a Chinese person.

A Hán-Việt syllable stands for several characters with different pinyin; in a name the position
decides which are likely (a surname by how many people bear it, a given-name character by how often
given names use it), and a character is read as names read it (薄 bo, 解 xie as surnames).
"""

from __future__ import annotations

import pytest

from mtpipe.translit.sinoviet import to_pinyin


@pytest.mark.parametrize("vi, en", [
    ("Từ Tài Hậu", "Xu Caihou"),        # 徐: the surname, not the frequent 词/辞 ci
    ("Bạc Hy Lai", "Bo Xilai"),         # 薄 read bo as a surname (bao elsewhere)
    ("Tăng Khánh Hồng", "Zeng Qinghong"),  # 曾 zeng as a surname
    ("Giải Chấn Hoa", "Xie Zhenhua"),   # 解 xie as a surname
    ("Lý Thụy Hoàn", "Li Ruihuan"),     # 瑞 rui in a given name, not 睡 shui
    ("Dương Thượng Côn", "Yang Shangkun"),  # 昆 kun, not 棍 gun
])
def test_a_vietnamese_form_reads_by_the_name_prior_of_its_position(vi: str, en: str) -> None:
    assert to_pinyin(vi, "person").text == en


def test_places_keep_the_general_reading() -> None:
    # no name prior for a place: one word, read by the characters' general frequency
    r = to_pinyin("Trường Xuân", "place")
    assert r.text == "Changchun"


def test_the_candidates_still_offer_the_other_readings() -> None:
    r = to_pinyin("Từ Tài Hậu", "person")
    assert len(r.candidates) >= 2 and r.candidates[0].confidence >= r.candidates[1].confidence


@pytest.mark.parametrize("vi, en", [("Tư Mã Ý", "Sima Yi"), ("Gia Cát Lượng", "Zhuge Liang"),
                                    ("Mộ Dung Phục", "Murong Fu")])
def test_a_compound_surname_is_the_surname_word(vi: str, en: str) -> None:
    assert to_pinyin(vi, "person").text == en
