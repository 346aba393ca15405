"""The trade's words where :func:`.spam_lone.lone_token` has no place for them (spam84, issue 12 point 3).

langfresh43 (the Hellenic Gaming Commission's blacklist of unlicensed gambling hosts) missed three names that carry
the gambling trade's word plainly, each in a place the token tests do not weigh:

- a *foreign trade word after the sentence's first syllable* (``opener``): a lower-case token glued from another
  language's word of the trade (:func:`.spam_slugs.foreign_trade`, spam72: German "wetten", Spanish "apuestas",
  Polish "kasyno" ...) right after the syllable that opens the sentence, before a lower-case syllable ("Minh
  wettstar-pferdewetten cũng rất quan tâm", for "Minh Mạng"). :func:`.spam_lone._place` reads a capitalised syllable
  before a token as a name's only when it does not open the sentence (every opener is capitalised), and a syllable
  before an inner token only in lower case; the opener falls between. The foreign trade word takes no context gate
  in any other place (spam72: the word is the evidence); here neither.
- a *domain named for a foreign trade word* (``site``): ``name.tld`` whose name is such a token ("marcaapuestas.es",
  "superaposta.com", "conticazino.ro") after a word that names a site ("trang", "web", "truy cập": spam43's
  exemption in :func:`.spam_lone.lone_token`, there for the sites Vietnamese text does name, "trang vnexpress.net").
  A Vietnamese text names no other market's betting site in its own language; "trang marcaapuestas.es." stood for
  "trang nhã" (elegant). Any of lone_token's places (:func:`.spam_lone._place`), not only after a site's word.
- a *"Bet" head of a camel-case name* (``bethead``): "BetScreamer", "BetBoom", "BetWinner" -- "Bet" a piece of its
  own (a capital after it: not "Beta", "Better", "Betaco", "BetaArchive") and one or two pieces more, in any of
  lone_token's places but a sentence's start (a brand is its subject there), *also* after a word that introduces a
  name ("của BetScreamer.": :func:`.spam_genre.named_slot` keeps :func:`.spam_tradepiece.lone_trade` off there, for
  real brands: "từ CoinGlass", "dùng TradingView"). No real brand a Vietnamese text names is built so; the controls
  and 38,093 real news articles hold none (benchmarks/notes/spam84.md).
- a *figure glued to a gambling word* closing a clause before a comma (``figure``): "1stjackpot", "5thpoker" (a
  figure, an ordinal's letters, a slug's gambling word: the two blacklists read write 106 and 74 such host names,
  "10bet", "121casino", "77jackpot", "7kasino"). Between two syllables, before the final stop, at a start or after
  a number they are flagged already; before a comma (spam52's "comma" place) :func:`.spam_lone.lone_token` asks the context
  model over :data:`.spam_lone.LOW_GATE` of every letter-figure token ("thư 1stjackpot, làm việc" read 1.05, for
  "thư giãn"); a gambling word glued to the figure needs no gate there.

Each needs all that :func:`.spam_lone.lone_token` asks of a stray token: written once, explained by no list
(:func:`.spam_lone.stray`), of no class of real text (:func:`.spam_context.real_word`) and the only Latin word of a
sentence of running Vietnamese (:func:`.spam_lone.alone`). Flagged, never repaired; asked from
:func:`.spam_classes.class_token`, whose evidence names the class.
"""

from __future__ import annotations

import re

from .spam_context import real_word
from .spam_gaps import vietnamese_syllable
from .spam_lexicon import known_site
from .spam_lone import MIN_MARKED_DOMAIN, _closing, _place, alone, stray
from .spam_shapes import local_domain, sentence_start
from .spam_slugs import GAMBLING_PIECES, foreign_trade
from .trade_vocab import by_length

__all__ = ["foreign_slot", "foreign_slot_evidence"]

_SITE = re.compile(r"([a-z0-9]+(?:-[a-z0-9]+)*)\.[a-z]{2,6}")
_BET_HEAD = re.compile(r"Bet(?:[A-Z][a-z]{2,}){1,2}")
_OPENER = re.compile(r"(?:^|(?<=[\s\"“(]))([^\W\d_]+) $")
_NEXT = re.compile(r" ([^\W\d_]+)")
#: a figure, an ordinal's letters, a gambling word (a slug's: :data:`.spam_slugs.GAMBLING_PIECES`), letters; not
#: "beta" (the terms: "3betaxin", "betacaroten": :mod:`.spam_bethead`)
_FIGURE_LED = re.compile(r"\d{1,4}(?:st|nd|rd|th)?(?!beta)(?:" + "|".join(by_length(GAMBLING_PIECES)) + r")[a-z]*")


def _once(text: str, tok: str) -> bool:
    return len(re.findall(r"(?<![\w.-])" + re.escape(tok) + r"(?![\w-])", text, re.IGNORECASE)) == 1


def _kind(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> str | None:
    tok = text[a:b]
    site = _SITE.fullmatch(tok)
    if site:
        return "site" if foreign_trade(site.group(1)) and not known_site(tok) and not local_domain(tok) else None
    if _BET_HEAD.fullmatch(tok):
        return "bethead"
    if _FIGURE_LED.fullmatch(tok):
        return "figure"
    if foreign_trade(tok):
        m = _OPENER.search(text[max(0, a - 40):a])
        if m is None or not m.group(1)[:1].isupper() or not vietnamese_syllable(m.group(1), known):
            return None
        if not sentence_start(text, a - 1 - len(m.group(1))):
            return None  # after a capitalised syllable inside the sentence: lone_token's "name" place already
        n = _NEXT.match(text, b)
        return "opener" if n and n.group(1).islower() and vietnamese_syllable(n.group(1), known) else None
    return None


def foreign_slot(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> str | None:
    """``opener``, ``site``, ``bethead`` or ``figure`` when ``text[a:b]`` is of a class of the module docstring."""
    kind = _kind(text, a, b, known)
    if kind is None:
        return None
    tok = text[a:b]
    if not stray(tok, known) or not _once(text, tok) or real_word(text, a, b) is not None:
        return None
    if not alone(text, a, b, known, MIN_MARKED_DOMAIN if kind == "site" else 4):
        return None
    if kind == "opener":
        return kind
    place = _place(text, a, b, known)
    if kind == "figure":
        return kind if place is None and _closing(text, a, b, known) else None
    return kind if place is not None and (kind == "site" or place != "start") else None


def foreign_slot_evidence(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> str | None:
    """The ledger's evidence when :func:`foreign_slot` holds, else None."""
    kind = foreign_slot(text, a, b, known)
    if kind is None:
        return None
    tok = text[a:b]
    what = {"opener": f"another language's gambling word {foreign_trade(tok)!r} glued into a name, right after the "
                      "sentence's first syllable",
            "site": f"a domain named for another language's gambling word {foreign_trade(tok.split('.')[0])!r}",
            "bethead": "a camel-case name headed by the gambling word 'Bet'",
            "figure": "a figure glued to a gambling word, closing a clause before a comma"}[kind]
    return f"the only Latin word of a Vietnamese sentence, explained by no list: {what} (spam84)"
