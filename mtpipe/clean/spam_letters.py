"""A letter-shape score for single spam tokens (spam46, issue 12 point 3).

The single spam tokens the rule chain kept letting through, set after set, give themselves away by their letters to
a reader, not to any word list or context rule: invented brands written in camel case ("HypeDrop", "DreamVegas"),
invented lower-case words ("vinnarum", "turbico"), short letter-and-figure brands ("Go50"). :func:`letter_score`
weighs a token's letters with two letter n-gram models (orders 1 to :data:`ORDER`, word boundaries, add-k smoothed
and interpolated), learned offline by ``tools/build_letter_shapes.py`` and shipped in :data:`MODEL`: one of words
that may stand in a Vietnamese sentence (syllables without marks, English and Wikipedia's Latin words, the real
brands, products and models of the dev sets' sentences), one of spam tokens (the dev sets' tokens, gambling
blocklists' names). The score is the log-likelihood ratio per letter, spam over real.

:func:`letter_token` flags (never repairs) a token whose score is over :data:`GATE` where :mod:`.spam_lone` would
look at it: a Latin token nothing explains (:func:`.spam_lone.stray`), written once, no class of real text
:func:`.spam_context.real_word` knows, alone in a sentence of running Vietnamese (:func:`.spam_lone.alone`; or beside
explained Latin words only, the item's real brands: :func:`.spam_company.in_company`, spam49), standing
at a sentence's start, after a number, at the end or between two syllables (:func:`.spam_lone._place`; not in a
name's slot, where real names stand as often), in a shape whose letters may tell (:func:`_scored_shape`: a lower-case
word or a name holding figures, not a title- or camel-case word, a short code or a formula). Real Latin tokens come
in the company of other names no list knows or read as words; what is left and shaped like the blocklists' names is
flagged.
The model is read on first use, nothing on import.
"""

from __future__ import annotations

import gzip
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .spam_context import real_word, recurs
from .spam_lone import _CLOSE, _OPEN, MIN_MARKED, MIN_MARKED_DOMAIN, _place, _plain, alone, stray
from .spam_company import in_company
from .spam_shapes import BEFORE, SITE_INTRO

# the literal patterns of the calls below, compiled once (perf54: a string pattern is a lookup in re's cache per call)
_DIGIT = re.compile(r"\d")
_MODEL_CODE = re.compile(r"[A-Z]{1,3}\d+[A-Z]?")
_TOKEN_BEFORE = re.compile(r"(\S+) $")
_TWO_LATIN = re.compile(r"[A-Za-z]{2}")

MODEL = Path(__file__).with_name("data") / "letter_shapes.tsv.gz"
ORDER = 4
LAMBDAS = (0.1, 0.2, 0.3, 0.4)  # weights of orders 1..ORDER
K = 0.5  # add-k
GATE = 0.3  # log-odds per letter, spam over real (leave-one-set-out: benchmarks/README.md, spam46)
_TLD = re.compile(r"\.[a-z]{2,8}$")
_KEEP = re.compile(r"[^a-z0-9-]")
# capitals with one figure at most: an acronym or a formula ("BCAA", "CO2", "ATP"), which real text writes so
_ACRONYM = re.compile(r"[A-Z]{2,5}\d?")
# a word and one figure: a model's name ("Mazda3", "Galaxy9", "Redmi9") when the word is one of the lists'
_MODEL_NAME = re.compile(r"([A-Za-z]+)\d")
_GLUED_FIGURE = re.compile(r"\d+([A-Za-z]+)")


def shape_key(tok: str) -> str:
    """The letters the model reads: lower case, a top-level domain cut off, every figure ``0``."""
    low = _TLD.sub("", tok.lower())
    return _DIGIT.sub("0", _KEEP.sub("", low))


@dataclass(frozen=True)
class LetterModel:
    """Counts of letter n-grams per class (``real``, ``spam``) and their contexts' totals."""

    real: dict[str, int]
    spam: dict[str, int]
    real_ctx: dict[str, int]
    spam_ctx: dict[str, int]
    vocab: int

    @classmethod
    def from_table(cls, table: "dict[str, tuple[int, int]]") -> "LetterModel":
        real = {g: r for g, (r, _) in table.items() if r}
        spam = {g: s for g, (_, s) in table.items() if s}
        real_ctx: dict[str, int] = {}
        spam_ctx: dict[str, int] = {}
        for counts, ctx in ((real, real_ctx), (spam, spam_ctx)):
            for g, n in counts.items():
                ctx[g[:-1]] = ctx.get(g[:-1], 0) + n
        vocab = len({g for g in table if len(g) == 1})
        return cls(real, spam, real_ctx, spam_ctx, vocab)

    def _logp(self, counts: dict[str, int], ctx: dict[str, int], key: str) -> float:
        s = "^" * (ORDER - 1) + key + "$"
        total = 0.0
        for i in range(ORDER - 1, len(s)):
            p = 0.0
            for n, lam in enumerate(LAMBDAS, 1):
                g = s[i - n + 1:i + 1]
                p += lam * (counts.get(g, 0) + K) / (ctx.get(g[:-1], 0) + K * self.vocab)
            total += math.log(p)
        return total

    def score(self, tok: str) -> float:
        """Log-likelihood ratio per letter (spam over real) of ``tok``'s letters."""
        key = shape_key(tok)
        if not key:
            return 0.0
        return (self._logp(self.spam, self.spam_ctx, key) - self._logp(self.real, self.real_ctx, key)) / (len(key) + 1)


def read_table(path: Path = MODEL) -> "dict[str, tuple[int, int]]":
    table: dict[str, tuple[int, int]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            g, r, s = line.rstrip("\n").split("\t")
            table[g] = (int(r), int(s))
    return table


@lru_cache(maxsize=1)
def load_model() -> LetterModel:
    """The shipped model (read once per process)."""
    return LetterModel.from_table(read_table())


def letter_score(tok: str) -> float:
    return load_model().score(tok)


def letter_token(text: str, a: int, b: int, known: "set[str] | dict[str, int]", gate: float | None = None) -> str | None:
    """The place where ``text[a:b]``, a stray Latin token alone in a sentence of running Vietnamese whose letters
    score over ``gate``, reads as pasted (module docstring), or None."""
    tok = text[a:b]
    if not (a == 0 or text[a - 1] in BEFORE) or not (b == len(text) or text[b] in " \n,;:" + _CLOSE):
        return None
    if not _TWO_LATIN.search(tok) or _ACRONYM.fullmatch(tok) or not stray(tok, known):
        return None
    m = _MODEL_NAME.fullmatch(tok)
    if m and _plain(m.group(1), known) or not _scored_shape(tok):
        return None
    glued = _GLUED_FIGURE.fullmatch(tok)
    if glued and _plain(glued.group(1), known):
        return None  # a figure glued to the next word (a caption's number: "ảnh 1Quang cảnh"), a word of the lists
    if recurs(text, tok):
        return None  # written twice on the page: a real name
    marked = MIN_MARKED_DOMAIN if "." in tok else MIN_MARKED
    if real_word(text, a, b) is not None or not (alone(text, a, b, known, marked) or in_company(text, a, b, known, marked)):
        return None  # (or beside the item's real brands only: spam49, spam_company)
    place = _place(text, a, b, known)
    if place in (None, "name") or letter_score(tok) <= (GATE if gate is None else gate):
        return None  # in a name's slot (after "hãng", "Theo", a capitalised word) a real name stands as often
    before = _TOKEN_BEFORE.search(text[max(0, a - 40):a])
    if "." in tok and before and before.group(1).strip(_OPEN).lower() in SITE_INTRO | {"chỉ", "trang"}:
        return None  # a site named where a text names one ("vào trang x.com")
    return place


def _scored_shape(tok: str) -> bool:
    """The shapes whose letters alone may tell: a word in lower case ("casoo", "dhoze"), a name holding figures
    ("Go50", "Ak579"); not a word in title or camel case (a name a writer may put anywhere: "Vayu", "CashApp"), a
    code of three capitals at most and figures ("LGA1700", "MH370"), figures around two letters or fewer ("2in1")."""
    letters = sum(c.isalpha() for c in tok)
    if not any(c.isdigit() for c in tok):
        return tok == tok.lower()
    if _MODEL_CODE.fullmatch(tok):
        return False
    return not (tok[0].isdigit() and letters <= 2)
