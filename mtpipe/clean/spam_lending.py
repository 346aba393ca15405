"""Loan-app names pasted once over a Vietnamese syllable (spam38, issue 12 point 3).

After gambling, the spam that Vietnamese pages carry most is for lending apps ("app vay tiền"), and their names are
built on the Vietnamese word for a loan, written without its marks: "Vaytocdo", "MoVay", "PostVay", "SIEUVAY",
"Topvaynhanh", "HomevayLOAN", "TindungEasy" ("tín dụng", credit). As the unmarked gambling words of
:mod:`.spam_shapes` ("nhacai", "nohu"), no language's word and no loanword carries them as a *piece* of a Latin name,
so the piece is a brand's shape in any case (:func:`lending_name`); :func:`pasted_lending` flags such a name beside a
lower-case Vietnamese syllable, as :func:`.spam_shapes.pasted_brand` does an unmarked gambling word's (never repaired:
nothing says which syllable it hides).

A piece, not a substring: "vay" ends the name ("Luvay", "Appvay", "OVay"), or something of its own follows it:
a capital ("VayOkNgay", "HomevayLOAN"), a figure ("Dongvay24") or Vietnamese syllables without marks ("Vaytocdo":
"tốc độ", "Topvaynhanh": "nhanh"). Real names hold "vay" too, but as letters of one word: "Vayu" (the cyclone),
"Vaynerchuk", "Avaya", "Novaya" (no piece: a single letter or no syllables follow), and "Svay" (Svay Rieng: a
word the lists know). A name that is one with "vay" at its end ("Simon Levay") stands after a capitalised given
name of no Vietnamese syllable: :func:`name_under_way`, where the name is left. And news about lending scams names
the apps it warns of: after a word that introduces an app's or a company's name (:data:`APP_INTRO`: "ứng dụng
Vaytocdo", "công ty MoVay", "sàn", "ví", "trang") the name is left too.

What stays out, tried and dropped (spam38): the English words of lending and crypto names ("cash", "loan",
"money", "coin", "crypto", "forex") are in real fintech brands that Vietnamese news names ("MoneyLover",
"CoinEx", "CryptoQuant", "MoneyHero", "CashApp"), whose context scores lie where the missed spam names' do; and
"dong" ("Doctordong", "Hotdong": "đồng") is a syllable of Chinese and Korean place names ("Guangdong",
"Myeongdong").
"""

from __future__ import annotations

import re

# asked for every Latin token of a Vietnamese text: imported once, not per call (none of these imports this module)
from .spam_bigrams import written_words
from .spam_bound import _syllables
from .spam_names import load_words, solid_compounds
from .spam_shapes import BEFORE, _vietnamese

__all__ = ["APP_INTRO", "LENDING", "lending_name", "name_under_way", "pasted_lending"]

#: the unmarked Vietnamese words of lending that loan-app names are built on ("vay": a loan, "tindung": credit)
LENDING = re.compile(r"vay|tindung", re.IGNORECASE)
_LATIN = re.compile(r"[A-Za-z0-9]+")
_CAPITALISED = re.compile(r"[A-Z][a-z]+")
#: words after which a text names an app, a site or a company ("ứng dụng", "sử dụng", "app", "ví", "sàn", "nền tảng",
#: "trang", "web", "hãng", "công ty", "thương hiệu", "tên", "gọi"): the last syllable of each
APP_INTRO = frozenset("dụng app ví sàn tảng trang web website hãng ty hiệu tên gọi".split())
_WORD = re.compile(r"[^\W\d_]+")


def lending_name(tok: str) -> bool:
    """Whether ``tok`` (a name, or a domain's name) holds a lending word as a piece of its own (module docstring),
    and is no word the lists know and not the word itself."""
    name = tok.split(".")[0]
    if not _LATIN.fullmatch(name) or not LENDING.search(name):
        return False
    low = name.lower()
    if LENDING.fullmatch(low) or low in written_words() or low in load_words() or low in solid_compounds():
        return False
    for m in LENDING.finditer(name):
        tail = name[m.end():]
        if not tail or tail[0].isupper() or tail[0].isdigit() or (len(tail) >= 2 and tail.isalpha()
                                                                   and tail.islower() and _syllables(tail)):
            return True
    return False


def name_under_way(text: str, a: int, known: "set[str] | dict[str, int]") -> bool:
    """Whether the word right before ``text[a:]`` (one space between) is a capitalised word of no Vietnamese
    syllable: a foreign given name, whose surname ``text[a:]`` is ("Simon Levay")."""
    from .spam_gaps import vietnamese_syllable

    m = re.search(r"(\S+) $", text[max(0, a - 40):a])
    return bool(m) and bool(_CAPITALISED.fullmatch(m.group(1))) and not vietnamese_syllable(m.group(1), known)


def pasted_lending(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``text[a:b]``, standing as a word, is a loan-app name (:func:`lending_name`) with a lower-case
    Vietnamese word beside it in its line, not after a word that introduces an app's name (:data:`APP_INTRO`), and
    no foreign given name's surname (:func:`name_under_way`)."""
    if not (a == 0 or text[a - 1] in BEFORE) or not lending_name(text[a:b]):
        return False
    left = _WORD.findall(text[max(0, a - 30):a].split("\n")[-1])[-1:]
    right = _WORD.findall(text[b:b + 30].split("\n")[0])[:1]
    before = re.search(r"(\S+) $", text[max(0, a - 40):a])
    if before and before.group(1).lower() in APP_INTRO:
        return False  # an app named where a name is expected ("ứng dụng Vaytocdo")
    return any(_vietnamese(w, known) and w[:1].islower() for w in left + right) and not name_under_way(text, a, known)
