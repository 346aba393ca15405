"""Placeholder tokens that stand for protected terms inside model input.

The form is ``TERM<n>`` (n from 0).  Test models built by ``mtpipe models
build-test`` have these as atomic SentencePiece symbols (``TERM0``..``TERM63``)
and the trained toy model copies them through; real models usually copy a
Latin token like this through a Cyrillic or Vietnamese sentence, and when they
do not, verification notices and the glossary falls back to other strategies.
"""

from __future__ import annotations

import re

__all__ = ["PLACEHOLDER_RE", "N_ATOMIC", "placeholder", "atomic_symbols"]

#: How many placeholders the test models' vocabularies hold as single pieces.
N_ATOMIC = 64

PLACEHOLDER_RE = re.compile(r"TERM(\d+)")


def placeholder(n: int) -> str:
    """The placeholder for the n-th protected term of a segment."""
    return f"TERM{n}"


def atomic_symbols() -> list[str]:
    """Symbols to register as user-defined SentencePiece pieces."""
    return [placeholder(i) for i in range(N_ATOMIC)]
