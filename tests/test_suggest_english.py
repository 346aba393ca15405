"""``glossary suggest`` does not read common English words as pinyin names or places (field trial b, item 9)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtpipe.glossary.mine import suggest
from mtpipe.translit.pinyin import english_lookalikes, is_english_lookalike, parse_syllables

# English words that segment into pinyin syllables, each as the miner met them: a repeated single
# word (a place candidate), a three-syllable word after a surname-like start, a pair of two-syllable words
ENGLISH = [
    "The Meeting was held on Monday. After the Meeting the ministers left.",
    "Module one covers grammar. Module two covers reading.",
    "The Agenda was agreed. Agenda items follow.",
    "Senate Debate resumed. Senate Debate ended late.",
    "Police said Machine Guns were found. Police Machine Guns again.",
    # English proper nouns of pinyin shape (SCOWL's capitalised entries)
    "President Obama met the premier. Obama said talks went well.",
    "Canada and Cuba signed a deal. Canada will send aid to Cuba.",
]
# real pinyin names and places in English and Vietnamese text: these stay proposed
PINYIN = [
    ("Foreign Minister Wang Yi met Premier Li Qiang in Beijing on Monday.", {"Wang Yi", "Li Qiang"}),
    ("Ông Hu Heping (Hu He Ping) phát biểu tại hội nghị.", {"Hu Heping"}),
    # given names that are also English words or names, after a surname
    ("Vice Governor Liang Lina met Zhang Ailing and Zhao Deming in Jinan.", {"Liang Lina", "Zhang Ailing", "Zhao Deming"}),
    ("Trains from Xi'an reach Guangzhou daily. Guangzhou and Xi'an grew fast.", {"Xi'an", "Guangzhou"}),
]


def _proposed(tmp_path: Path, text: str) -> set[str]:
    (tmp_path / "doc.txt").write_text(text + "\n", encoding="utf-8")
    return {s.en for s in suggest([tmp_path]) if s.kind in ("person", "place")}


@pytest.mark.parametrize("text", ENGLISH)
def test_english_words_are_not_proposed(tmp_path: Path, text: str):
    assert _proposed(tmp_path, text) == set()


@pytest.mark.parametrize("text,names", PINYIN)
def test_pinyin_names_stay_proposed(tmp_path: Path, text: str, names: set[str]):
    assert names <= _proposed(tmp_path, text)


def test_lookalike_list_is_english_and_segments_as_pinyin():
    words = english_lookalikes()
    assert len(words) > 2000 and {"meeting", "module", "agenda", "obama", "canada", "manila"} <= words
    assert all(len(parse_syllables(w) or []) >= 2 for w in words)
    # Chinese places and names are not in it
    assert not {"guangzhou", "xian", "heping", "shanghai", "beijing", "qiang", "hunan", "wuhan", "taiyuan",
                "zedong", "xiaoping", "kunming"} & words
    assert is_english_lookalike("MEETING") and not is_english_lookalike("Me'eting")
