"""Gambling brands from real blocklists (used by :mod:`.spam`; lang12).

The shapes of :mod:`.spam_shapes` catch a brand by its look ("kuwin", "Fabet", "v8club"); a brand of no
gambling shape ("Paripesa", "HappyLuke", "JBO", "CMD368") passes them.  ``data/spam_brands.txt`` lists the
brand stems of a public gambling-domain blocklist (hostsVN's gambling list; see ``data/SOURCES.md``),
reduced by :func:`brand_stem` ("fb88vn", "fb88vip" -> "fb88"; "kuwinok36" -> "kuwin"; "happylukes" ->
"happyluke") and filtered by ``tools/build_spam_brands.py``: stems that are words or names of English or
another large language of the web (wordfreq), Vietnamese syllables or tokens of the syllable model's text,
and short letter-only stems that read as an acronym (three or four letters with none of f, j, w, z, which
Vietnamese does not write) are left out, so a real word never fires.

A token whose stem is listed, standing as a word in a line of Vietnamese, is a pasted brand: :mod:`.spam`
flags it (and repairs it only where its gap test is sure of the syllable).  A code-like stem ("b52", "w88":
one or two letters and digits) counts only written in lower case, as news writes real codes and companies
with capitals ("U23", "B52" the bomber, "A320", "F88" the pawn-shop chain, which the blocklist holds).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

__all__ = ["BRANDS", "KNOWN_SITES", "brand_stem", "load_brands", "listed_brand", "known_site", "load_known_sites"]

#: the shipped table: one stem a line, sorted; ``#`` lines are comments
BRANDS = Path(__file__).with_name("data") / "spam_brands.txt"
#: domains of sites real text names as subjects and objects ("Booking.com vừa công bố", "của Amazon.com cho thấy"):
#: the Majestic Million's top sites, gambling names dropped (``tools/build_known_sites.py``, lang14)
KNOWN_SITES = Path(__file__).with_name("data") / "known_sites.txt"

# what mirrors append to a brand's name ("fb88vn", "fb88link", "kuwinok36", "w88vip", "cmd368blog")
_MIRROR = ("official online mobile mobi asia link blog club game games live site news info plus vip app ok no1 "
           "top hot pro moi new now vn tv com net win bet").split()
_MIRROR_RE = re.compile(r"(?:" + "|".join(sorted(_MIRROR, key=len, reverse=True)) + r")$")
# strong mirror tails: stripped even when what is left has no digit ("kuwinok" -> "kuwin"; not "dafabet")
_STRONG = frozenset("official online mobile mobi asia link blog vip app ok no1 moi vn".split())
_CODE = re.compile(r"[a-z]{1,2}\d{1,4}")
_NAME = re.compile(r"[a-z0-9]+")


def brand_stem(name: str) -> str:
    """The brand in a domain's name: mirror tails and trailing counters taken off while a stem of three
    characters, a letter among them, stays ("fb88vn" -> "fb88", "kuwinok36" -> "kuwin", "happyluke1" ->
    "happyluke"; "fun88", "188bet", "dafabet", "rikvip" stay)."""
    n = name.lower().replace("-", "")
    while True:
        digits = re.search(r"\d+$", n)
        if digits:
            rest = n[:digits.start()]
            # a counter after a brand that holds a digit, after a mirror tail, or after a long name
            if len(rest) >= 3 and rest[-1].isalpha() and (any(c.isdigit() for c in rest) or _tail_at(rest) >= 3
                                                           or (rest.isalpha() and len(rest) >= 5)):
                n = rest
                continue
            return n
        tail = _MIRROR_RE.search(n)
        if tail:
            rest = n[:tail.start()]
            if len(rest) >= 3 and any(c.isalpha() for c in rest) and (
                    any(c.isdigit() for c in rest) or (tail.group() in _STRONG and len(rest) >= 4)):
                n = rest
                continue
        if n.endswith("s") and len(n) >= 7 and n[:-1].isalpha():  # "happylukes"
            n = n[:-1]
            continue
        return n


def _tail_at(name: str) -> int:
    """Where a mirror tail ends ``name`` (-1: none)."""
    tail = _MIRROR_RE.search(name)
    return tail.start() if tail else -1


@lru_cache(maxsize=1)
def load_brands() -> frozenset[str]:
    """The shipped brand stems (read once per process; the cleaner's ``warm()`` loads them)."""
    with open(BRANDS, encoding="utf-8") as f:
        return frozenset(s for s in (line.strip() for line in f) if s and not s.startswith("#"))


@lru_cache(maxsize=1)
def load_known_sites() -> frozenset[str]:
    """The shipped known sites (read once per process; the cleaner's ``warm()`` loads them)."""
    with open(KNOWN_SITES, encoding="utf-8") as f:
        return frozenset(s for s in (line.strip() for line in f) if s and not s.startswith("#"))


def known_site(token: str) -> bool:
    """Whether ``token`` is the domain of a site real text names ("Booking.com", "trip.com"): never a pasted token."""
    return "." in token and token.lower() in load_known_sites()


@lru_cache(maxsize=8192)  # a text's Latin tokens recur (names, units): each is reduced once
def listed_brand(token: str) -> bool:
    """Whether ``token`` (a word, a camel- or title-case name, a domain) names a listed brand."""
    name = token.split(".", 1)[0].lower().replace("-", "")
    if not _NAME.fullmatch(name) or len(name) < 3:
        return False
    brands = load_brands()
    stem = name if name in brands else brand_stem(name)
    if stem not in brands:
        return False
    if _CODE.fullmatch(stem):  # "b52", "w88": a code unless written in lower case ("F88", the pawn-shop chain)
        return token.split(".", 1)[0].islower()
    return True


_VI_MARK = re.compile("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_]+")
_LOCAL_TLD = re.compile(r"\.(?:vn|gov|edu|org)$", re.IGNORECASE)


def listed_in_line(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` is a listed brand standing as a word in a line of Vietnamese (two marked words in
    it at least): a lower-case, title-case, camel-case or capital name, or a domain not under a local
    top-level domain ("fb88vn", "Paripesa", "HappyLuke", "CMD368", "oppabet.com"; not "vnexpress.net")."""
    token = text[a:b]
    if _LOCAL_TLD.search(token) or not listed_brand(token):
        return False
    start = text.rfind("\n", 0, a) + 1
    end = text.find("\n", b)
    line = text[start:a] + " " + text[b:len(text) if end < 0 else end]
    return sum(bool(_VI_MARK.search(w)) for w in _WORDS.findall(line)) >= 2
