"""A stray token in the company of explained Latin words (spam49, issue 12 point 3).

:func:`.spam_lone.alone` asks every other word of a token's sentence to be Vietnamese. On news about phones, games and
coffee chains (langfresh14 to langfresh21) a pasted token shares its sentence with the real brands the item is about
("Galaxy Z Flip4", "T1", "Highlands Coffee", "Techinasia"), and every test that needs the token alone let it through:
"giành htclebanon." beside "T1", "tin zthedj." beside "Galaxy Z Fold4", "vòng 3 Usvtc" beside "VinFast".

:func:`in_company` weighs such a token as alone when each other Latin word of its sentence is *explained* (:func:`explained`):
a word of the lists (a syllable's shape, the syllable model's, English's, Wikipedia's, a unit: "Galaxy", "Coffee",
"Express", :func:`.spam_lone._plain`), a known site or a known company's name ("Shopee", "Vietcombank"), a code holding
a figure ("Flip4", "T1", "VN30-Index"), capitals of five letters at most (an acronym: "LMHT", "CKTG"), or a name written
twice on its page (the item's subject). A token of no list beside them is still unexplained; a sentence holding a
second unexplained word (two rare names: "Lisa, Jennie, Rosé, Jisoo") is no such company, and the token keeps the test.

Only for the shapes (:func:`company_shape`) no writer gives a real word: a lower-case run of letters and figures or a
domain (:mod:`.spam_lone`'s ``unwritten``: "mcv5hm", "Tweenwork.com"), a title-case name ending in figures
(``coded``: "Bounty6"), a lower-case invented word of letters alone, no English words written together
("htclebanon", "remitex"; "hotgirl" and "blue-chips" are English words written together, as Vietnamese writes loans,
and stay under the test alone), and the shapes the letter model scores (:mod:`.spam_letters`). Camel-case names keep
the test alone: the item's real brands come in that shape ("những TikToker trẻ như Austin").
"""

from __future__ import annotations

import re

from .spam_classes import _invented
from .spam_lexicon import known_site
from .spam_lone import _MARKED, _WORD, _plain, _sentence, _shape, _vi_word
from .spam_names import _brand_like

# the literal patterns of the calls below, compiled once (perf54: a string pattern is a lookup in re's cache per call)
_DIGIT = re.compile(r"\d")

__all__ = ["company_shape", "explained", "in_company"]

_ACRONYM = re.compile(r"[A-Z]{2,5}")
_PIECES = re.compile(r"[.'’-]")


def explained(word: str, text: str, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``word``, a Latin word of ``text``, is one a writer puts beside Vietnamese (module docstring)."""
    if _DIGIT.search(word) or _ACRONYM.fullmatch(word):
        return True
    if _plain(word, known) or _brand_like(word) or known_site(word.lower()):
        return True
    return len(re.findall(r"(?<![\w.])" + re.escape(word) + r"(?![\w])", text, re.IGNORECASE)) > 1


def company_shape(tok: str, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``tok`` is of a shape :func:`in_company` weighs in :mod:`.spam_lone` (module docstring)."""
    shape = _shape(tok)
    return shape in ("unwritten", "coded") or (shape == "lower" and tok.isalpha() and _invented(tok, known))


def in_company(text: str, a: int, b: int, known: "set[str] | dict[str, int]", min_marked: int) -> bool:
    """Whether ``text[a:b]`` is the only unexplained Latin word of its sentence, a sentence of running Vietnamese
    (``min_marked`` marked words at least): :func:`.spam_lone.alone` with explained company allowed."""
    s, e = _sentence(text, a, b)
    marked = 0
    for m in _WORD.finditer(text, s, e):
        if m.end() > a and m.start() < b:
            continue
        pieces = [p for p in _PIECES.split(m.group(0)) if p]
        if all(_vi_word(p, known) for p in pieces):
            marked += bool(_MARKED.search(m.group(0)))
        elif not (explained(m.group(0), text, known) or all(explained(p, text, known) for p in pieces)):
            return False
    return marked >= min_marked
