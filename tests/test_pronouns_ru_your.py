"""The reader-address patterns read "ваш" in its twelve forms from one place, and no longer take "Вашингтон" (cp84's
fresh Russian news sample: an RT sentence about Washington removed as a prompt to the reader)."""

from pathlib import Path

import pytest

from mtpipe.clean import controls, notices, unstopped

PATTERNS = [controls._ADDRESS, notices._ADDRESS, unstopped._YOU]
FORMS = ["ваш", "ваша", "ваше", "ваши", "вашего", "вашему", "вашей", "вашем", "вашим", "вашими", "ваших", "вашу"]


@pytest.mark.parametrize("pattern", PATTERNS)
@pytest.mark.parametrize("form", FORMS)
def test_every_form_of_your_is_an_address(pattern, form):
    assert pattern.search(f"Оставьте {form} отзыв") and pattern.search(f"{form.capitalize()} отзыв важен")


@pytest.mark.parametrize("pattern", PATTERNS)
@pytest.mark.parametrize("word", ["Вашингтон", "Вашингтоном", "Вашингтоне", "вашингтонский", "Вашкевич", "вашество"])
def test_words_that_only_begin_with_vash_are_not(pattern, word):
    assert not pattern.search(f"Переговоры с {word} продолжились")


def test_the_pattern_lives_in_one_place():
    root = Path(__file__).resolve().parents[1] / "mtpipe"
    assert not [p for p in root.rglob("*.py") if "ваш[а-я]*" in p.read_text(encoding="utf-8")]
