"""The fast paths of perf42 give the slow paths' answers (same-shape inputs on both sides of each test)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from mtpipe.langid_dictionary import dictionary_neighbour

pytest.importorskip("pymorphy3")

# lines of Russian's neighbours and Russian lines of the same shape: with and without a clitic, with "ли" or "я",
# one long word or two, unknown words with and without an article's ending, transliterations
NEIGHBOURS = [
    "Очите на Марга почнаха да стават големи.",  # Bulgarian: unknown forms, no clitic
    "Давам думата на председателя на Парламентарната група",  # Bulgarian: postposed articles
    "Нико није ништа рекао.",  # Serbian
    "Не проси мале.",
    "Страх ли те е?",  # clitics
    "Каза да не се шегувам.",
    "Аз не знам.",
    "Оди си дома.",
    "Си Цзиньпин едет в Москву",  # "Си": a Chinese name, no clitic
    "Детето спи",  # one article's form, two words
    "Майката",  # one word
    "Почнаха",
    "Ти си мой приятел.",
    "Я не знаю, почему так вышло.",  # Russian with "я"
    "Знаешь ли ты его?",  # Russian with "ли"
    "Лаккха Сингх исполнил чхаппан бхог бхаджан.",  # Russian transliterations
    "Особенности выращивания помидоров в теплице",
    "Открываться поликлиника будет поэтапно.",
    "Юноши:",
    "ПОСТАНОВЛЕНИЕ",
    "Хто знає, коли буде засідання?",  # Ukrainian
    "Было вельмі прыгожа.",  # Belarusian
    "Тук-тук, кой е там?",
    "Составно́е имя",
    "",
    "12.03.2024",
]


def _corpus_lines() -> list[str]:
    lines = list(NEIGHBOURS)
    flores = Path(__file__).parent / "data" / "flores200-devtest" / "rus_Cyrl.devtest"
    if flores.exists():
        lines += flores.read_text(encoding="utf-8").splitlines()[:300]
    ru = Path(__file__).parents[1] / "benchmarks" / "data" / "realpages" / "ru.ann"
    if ru.exists():
        lines += [t[2:].replace("‖", "") for t in ru.read_text(encoding="utf-8").splitlines()
                  if t[:2] in ("+ ", "- ")][:400]
    return lines


def test_dictionary_neighbour_quick_exit_gives_the_full_answer():
    for line in _corpus_lines():
        assert dictionary_neighbour(line) == dictionary_neighbour(line, quick=False), line
    # and the neighbours' lines are still told (the quick exit skips no line the full rule catches)
    assert dictionary_neighbour("Очите на Марга почнаха да стават големи.") is not None
    assert dictionary_neighbour("Страх ли те е?") is not None
    assert dictionary_neighbour("Особенности выращивания помидоров в теплице") is None


def test_dictionary_neighbour_quick_exit_on_random_cyrillic_lines():
    rng = random.Random(42)
    words = ("се е си ме аз ти ли я и на да не ще във това очите почнаха големи думата детето майката"
             " нико није ништа рекао проси мале стават група председателя парламентарната Марга Каза"
             " выращивания помидоров теплице будет поэтапно сказал что это как").split()
    for _ in range(400):
        line = " ".join(rng.choice(words) for _ in range(rng.randint(1, 7)))
        if rng.random() < 0.5:
            line = line[:1].upper() + line[1:]
        assert dictionary_neighbour(line) == dictionary_neighbour(line, quick=False), line
