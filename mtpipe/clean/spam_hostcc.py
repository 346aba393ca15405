"""A host's name joined to a country's code by a hyphen (spam86, issue 12 point 3).

Gambling sites that serve several markets name each market's site by its country's two letters after a hyphen:
"wowspin-ph", "luckyplay-ph" (the Philippines, langfresh44), "casinoin-gr" (Greece, langfresh43), and in the two
real blacklists spam84 read (the Hellenic Gaming Commission's, 10,328 hosts, and todorss's, 6,059) about a hundred
host labels end so: "-bg" 17, "-gr" 13, "-pl", "-nl", "-lv" 4 each, "-pe", "-cl", "-pt", "-fr", "-ee", "-br",
"-pk", "-kz", "-cz". :func:`.spam_lone.lone_token` weighs such a token as an invented hyphenated word, with the
context model over :data:`.spam_slugs.HYPHEN_GATE` between two syllables and :func:`.spam_slugs.name_run` inside a
name; the pasted ones read -0.7 to 1.7 ("chạm juanmate-ph rất" 1.74, for "chạm trổ"), and one stands between a
person's title and a name's syllable where :func:`.spam_lone._place` has no place ("vua gjackpot-ph Đại", for
"Bảo Đại": that place is "name" only when the name's syllable closes the clause).

The token (:func:`host_cc`): a lower-case host piece of three letters or figures at least (a letter first),
more pieces of two at least, and last a country's code of :data:`CODES` after a hyphen. The host is invented: no
word of the lists (:func:`.spam_lone._plain`: "covid-uk", "grab-th"), no brand or known site's name
(:func:`.spam_names._brand_like`, :func:`.spam_lexicon.known_site`: "lazada-ph", "shopee-sg", "bbc-uk" name a real
brand's market and are left). :data:`CODES` are the
two-letter country codes that are neither an English word nor a Vietnamese syllable's spelling and no end of a
hyphenated English term: not "in", "on", "up", "it", "us", "my", "me", "no", "to", "be", "am", "as", "at", "go"
("check-in", "add-on", "pick-up"), not "ca", "co", "la", "ma", "mu", "ta", "ke", "ba", "so", "vi" ("boong-ke",
"can-xi", "com-pa"), not "vn": a Vietnamese text names its own market's sites (as :func:`.spam_shapes.local_domain`
keeps ".vn" hosts). Real news (38,093 articles, benchmarks/notes/spam86.md) writes no lower-case token of this shape
in a line of running Vietnamese; its hyphenated lower-case tokens end in "-in", "-up", "-on", "-fu", "-ta", "-xi".

The frame is lone_token's: :func:`.spam_lone.stray` (no list explains the token), written once, no
:func:`.spam_context.real_word` class, the only Latin word of a sentence of running Vietnamese
(:func:`.spam_lone.alone`, four marked words), at one of :func:`.spam_lone._place`'s places or inside a name
(:func:`.spam_slugs.name_run`: after a person's title, before a capitalised syllable). No context gate: the code
after the host is the evidence. Flagged, never repaired; asked from :func:`.spam_classes.class_token`.
"""

from __future__ import annotations

import re

__all__ = ["CODES", "host_cc", "host_cc_evidence"]

#: two-letter country codes a market's site name ends with (module docstring: no English word, no Vietnamese
#: syllable, no English hyphenated term's end, not Vietnam's own)
CODES = frozenset("ae ar bd bg br ch cl cn cz dk ee es fi fr gb gh gr hk hr id ie il jp kh kr kz lk lt lv mx ng nl "
                  "np nz ph pk pl pt rs sg sk th tr tw ua uk uz za".split())
_HOST_CC = re.compile(r"[a-z][a-z0-9]{2,}(?:-[a-z0-9]{2,})*-([a-z]{2})")


def _code(tok: str) -> str | None:
    m = _HOST_CC.fullmatch(tok)
    return m.group(1) if m and m.group(1) in CODES else None


def host_cc(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``text[a:b]`` is a host's name joined to a country's code, pasted over a syllable (module
    docstring)."""
    tok = text[a:b]
    if _code(tok) is None:
        return False
    from .spam_context import real_word
    from .spam_gaps import _SYLLABLE
    from .spam_lexicon import known_site
    from .spam_lone import _place, _plain, alone, stray
    from .spam_names import _brand_like
    from .spam_slugs import name_run

    head = tok.split("-", 1)[0]
    if _SYLLABLE.fullmatch(head) or _plain(head, known) or _brand_like(head) or known_site(head + ".com"):
        return False  # a real brand's market ("lazada-ph", "bbc-uk"), a word ("covid-uk"), a syllable cut at a hyphen
    if not stray(tok, known):
        return False
    if len(re.findall(r"(?<![\w.-])" + re.escape(tok) + r"(?![\w-])", text, re.IGNORECASE)) != 1:
        return False
    if real_word(text, a, b) is not None or not alone(text, a, b, known, 4):
        return False
    return _place(text, a, b, known) is not None or name_run(text, a, b, known)


def host_cc_evidence(text: str, a: int, b: int) -> str:
    """The ledger's evidence for a token :func:`host_cc` holds."""
    return (f"the only Latin word of a Vietnamese sentence, explained by no list: a host's name joined to the country "
            f"code {_code(text[a:b])!r} by a hyphen, as sites name one market's copy (spam86)")
