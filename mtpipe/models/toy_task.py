"""The toy task: the made-up ru -> en / zh lexicon, random source sentences (with codes copied
through) and their exact translations, what the ``toy`` model is trained on and tested against.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from .vocab import DATA


def toy_lexicon(path: Path | None = None) -> list[tuple[str, str, str]]:
    """The toy lexicon rows ``(ru, en, zh)``."""
    rows = (path or DATA / "toy_lexicon.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return [tuple(r.split("\t")) for r in rows if r.strip()]  # type: ignore[misc]


_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LOWER = _UPPER.lower()
#: prefixes of the placeholder shapes compared on the toy model: never in its training data
_HELD_OUT = ("TERM", "ZX", "ZYQX")


def toy_code(rng: random.Random) -> str:
    """A random Latin token the toy model learns to copy: a code (``KQZ12``), a name (``Velmor``),
    a number (``2024``) or a short mixed token (``b7``); never one of the placeholder shapes."""
    while True:
        kind = rng.random()
        if kind < 0.45:
            code = "".join(rng.choice(_UPPER) for _ in range(rng.randint(2, 5))) + str(rng.randint(0, 99))
        elif kind < 0.7:
            code = rng.choice(_UPPER) + "".join(rng.choice(_LOWER) for _ in range(rng.randint(2, 7)))
        elif kind < 0.85:
            code = str(rng.randint(0, 9999))
        else:
            code = rng.choice(_LOWER) + str(rng.randint(0, 99))
        if not code.upper().startswith(_HELD_OUT):
            return code


def toy_sentence(rng: random.Random, lexicon: list[tuple[str, str, str]], min_words: int = 3, max_words: int = 8,
                 max_terms: int = 3, code: Any = None) -> list[str]:
    """A random toy source sentence as a list of words, without the final period.

    Up to ``max_terms`` tokens that are copied through are inserted: ``TERM0``,
    ``TERM1``... in order of appearance (as the glossary numbers them), or, with
    ``code`` (a function of ``rng``, say :func:`toy_code`), what it returns.
    """
    words: list[Any] = [rng.choice(lexicon)[0] for _ in range(rng.randint(min_words, max_words))]
    n_terms = rng.choice([0, 0, 1, 1, 2, max_terms]) if max_terms else 0
    for _ in range(n_terms):
        words.insert(rng.randint(0, len(words)), None)
    k = 0
    for i, w in enumerate(words):
        if w is None:
            words[i] = code(rng) if code else f"TERM{k}"
            k += 1
    return words


def toy_translate(words: list[str], tgt: str, lexicon: list[tuple[str, str, str]]) -> str:
    """The exact toy translation of a source word list into ``en`` or ``zh`` (words outside the lexicon copied)."""
    table = {ru: (en, zh) for ru, en, zh in lexicon}
    out = [table[w.lower()][0 if tgt == "en" else 1] if w.lower() in table else w for w in words]
    if tgt == "en":
        return " ".join(out) + "."
    return "".join(out) + "。"


def toy_source(words: list[str]) -> str:
    """The toy source sentence text (lower case, final period)."""
    return " ".join(words) + "."
