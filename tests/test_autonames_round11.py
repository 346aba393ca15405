"""Issue 17, round 11: auto-names that are no Chinese names (other names than the judged ones)."""

from __future__ import annotations

import pytest

from mtpipe.translit.detect import _given_syllable, find_palladius_names


def _names(text: str) -> list[str]:
    return [s.text for s in find_palladius_names(text, places=False)]


@pytest.mark.parametrize("text", [
    "Матч завершён. У Чжан остаются шансы на титул.",
    "У Лю появилась возможность выйти в финал.",
    "Сезон окончен.\nУ Чэнь есть ещё один старт.",
])
def test_a_sentence_starting_with_the_preposition_u_before_a_surname_alone_is_no_name(text):
    assert _names(text) == []


@pytest.mark.parametrize("text, name", [
    ("Вчера У Чжан заявил о победе.", "У Чжан"),          # not at a sentence start
    ("У Си Цзиньпина есть план.", "Си Цзиньпина"),       # the surname of the next name
    ("Чемпион Вэньлун Ли выиграл.", "Вэньлун Ли"),        # given name first, Chinese syllables
])
def test_chinese_names_stay(text, name):
    assert name in _names(text)


def test_given_name_syllables_chinese_given_names_hardly_use():
    assert not any(_given_syllable(s) for s in ("nei", "kei", "ken", "shei"))
    assert all(_given_syllable(s) for s in ("wen", "long", "qing", "jin", "shi", "tang", "sui"))
