"""The spam trades' vocabulary in one place (trade86, issue 12 point 3): every word the spam detector reads as a word
of the trades that pay for spam (gambling and betting, crypto and forex, quick money and loans, film piracy), once,
with the facts each reader of it needs.

Six modules read these words, each in its own shape, and each counted its false alarms on the controls against its own
table (their docstrings and notes say why each holds what it holds); a word's *uses* say which:

- ``name`` / ``whole``: :data:`.spam_genre.TRADE_WORDS`, a piece an invented brand name is built on (spam39, spam41);
  ``whole``: a whole camel-case piece only, never the end or start of a one-case name (they end and start real names
  and words: "Edwin", "Elisabet", "Winston"; :func:`.spam_genre.trade_word`).
- ``piece``: :data:`.spam_tradepiece.TRADE_PIECES`, a camel-case or hyphen-joined piece alone in a syllable's slot
  (spam76, spam83), as written after a plural's "s"/"es" is taken off (the module folds plurals itself).
- ``glue``: :data:`.spam_tradeglue.GLUE_WORDS`, the word a lower-case token is glued from at one end (spam77): no
  Vietnamese syllable typed without marks (``vi``) and none of the short words that open or close English words.
- ``slug``: :data:`.spam_slugs.GAMBLING_PIECES`, the last piece of a gambling site's hyphenated slug, in any
  European spelling, with plurals and the player's noun (spam41, spam53).
- ``tld``: :data:`.spam_genre.TRADE_TLDS`, a top-level domain named for a trade ("moonata.trade").
- ``head``: :data:`.spam_tradeslug.PLURAL_HEADS`, a plural that opens a slug (spam60: "bets-fortune").
- ``stem``: :data:`.spam_slugs.FOREIGN_STEMS`, another language's word of the trades glued into a lower-case token
  (spam72): :data:`STEM_MIN` letters at least, none the start or end of an English word; :data:`STEM_NOT_BEFORE`
  holds the letters a stem may not stand before ("apostas", not "apostasy"; "aposta", not "apostate"). The
  Filipino (``tl``) stems (spam88: perya, swerte/suwerte, sugal, jueteng, tongits -- the fair's games, luck,
  gambling, the numbers game, a card game; sources in ``data/SOURCES.md``): what the Philippine brands of
  langfresh44 are built on ("gperya", "6swerte", "gtongits"), and the trade's own words beside them; not "sakla",
  "pusta" (Turkish "hide", Polish "empty": "kapusta"), nor "taya", "piso", "sabong", "panalo" (four letters, or
  Vietnamese syllables typed without marks). After a prefix of one letter or of figures alone a stem is read
  too (:mod:`.spam_tradeprefix`).

The regular expressions of the gambling trade's names (trade87) take their alternations of words from here too,
:func:`alternation` of a use (longest first; a search's or a full match's answer does not depend on the order), one
use per word set that a pattern family reads; the patterns keep their own positions and case rules:

- ``bare``: ends a bare brand of one to five letters more (:data:`.spam._BARE`: "Kubet", "Vwin").
- ``end``: ends a longer name in any case (:data:`.spam_shapes._GAMBLING_END`: "kuwin", "HitClub"); ``lower``: the
  same in lower case (``_GAMBLING_LOWER_END``: not "club", "fanclub" is a loanword); ``short``: ends a name after one
  or two letters only ("iwin", "Fabet": ``_GAMBLING_END``, ``_TITLE_BRAND``).
- ``title``: ends a title-case brand, ``opens``: opens one (:data:`.spam_shapes._TITLE_BRAND`: "Cloudbet", "Betway");
  ``opens`` is :data:`.spam_bethead._HEAD`'s lower-case head too ("betnix").
- ``token``: anywhere in a pasted token (:data:`.spam._GAMBLING`, ``_GAMBLING_WORD``); ``brand``: anywhere in a
  brand's name (:data:`.spam_shapes._GAMBLING`); ``vibrand``: a Vietnamese word of the trade typed without marks,
  a brand in any case (:data:`.spam_shapes._VI_GAMBLING`); ``news``: anywhere in a name in the news
  (:data:`.spam_newsnames._GAMBLING`), ``newsend``: at its end only ("Windholz", "Funke" are names); ``host``:
  anywhere in a host that is not a site's plain name (:data:`.spam_sitenamed._GAMBLING`).

The gambler's lucky numbers that gambling brands carry ("fb88", "win365", "ku777", "loto188"; :data:`LUCKY_NUMBERS`,
:data:`LUCKY`) are a fact of the trade too, read by three patterns: :data:`.spam._BRAND` ("MB66": a capitalised
brand with figures only with one of them), :func:`.spam_shapes.brand_shape` and :func:`.spam_newsnames._gambling`
(spam85: once here, not copied thrice).

A word's language (ISO 639-1; ``vi``: Vietnamese typed without marks) is a fact of its own: the ``glue`` words hold
none of ``vi``, the ``stem`` words none of ``en``. The camel-case pieces of the gambling trade's site names
(:func:`camel_pieces`, :mod:`.spam_camel`) are counted, not typed: ``data/gambling_pieces.txt`` stays the output of
``tools/build_gambling_pieces.py`` (counts per word, the lists it was built from in its header), read here.

Each former table is :func:`words` of its use, the same type as before (a frozenset; ``GLUE_WORDS`` and the stems'
pattern longest first); ``tests/test_trade86_vocab.py`` pins them to this module. Where the tables disagree on a word
(a word one use holds that another's rule would want) nothing is decided here: ``benchmarks/notes/trade86.md``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

__all__ = ["CAMEL_PIECES", "LANGS", "LUCKY", "LUCKY_NUMBERS", "STEM_MIN", "STEM_NOT_BEFORE", "USES", "VOCAB",
           "alternation", "by_length", "camel_pieces", "words"]

#: the uses a word may have (module docstring)
USES = ("name", "whole", "piece", "glue", "slug", "tld", "head", "stem",
        "bare", "end", "lower", "short", "title", "opens", "token", "brand", "vibrand", "news", "newsend", "host")
#: the fewest letters a ``stem`` has (spam72)
STEM_MIN = 5
#: a ``stem`` that must not stand right before these letters (an English word starts so: "apostasy", "apostate";
#: several beginnings apart by a space)
STEM_NOT_BEFORE = {"aposta": "t sy", "apostas": "y"}
#: the gambler's lucky numbers a gambling brand carries, searched anywhere in a name (module docstring; "U23", "A320",
#: "MH370" hold none)
LUCKY_NUMBERS = ("88", "66", "99", "777", "365", "168", "789")
#: :data:`LUCKY_NUMBERS` as one pattern (a search's answer; the three readers search a name or token with it)
LUCKY = re.compile("|".join(LUCKY_NUMBERS))
CAMEL_PIECES = Path(__file__).with_name("data") / "gambling_pieces.txt"

# word, its languages ("+" between when several), its uses
_TABLE = """
aposta       pt     stem
apostas      pt     stem
apuesta      es     stem
baccarat     en     name piece glue slug
bahis        tr     stem
bedava       tr     stem
bet          en     whole piece slug tld bare end lower short title opens token brand news host
bets         en     slug head
betting      en     piece glue slug
bettor       en     slug
bettors      en     slug
bingo        en     name piece glue slug tld title opens
blackjack    en     name piece glue slug
bong         vi     news
bongda       vi     name host
bonus        en     piece
broker       en     name piece glue
bukmach      pl     stem
bukmeker     ru     stem
cacuoc       vi     brand vibrand host
capital      en     name piece glue
card         en     whole
carki        tr     stem
carkifelek   tr     stem
cash         en     name glue tld
casino       en     name piece glue slug tld end lower title opens token brand news host
casinos      en     slug head
cassino      pt     slug stem
cazino       ro     slug stem
cekilis      tr     stem
chain        en     whole
chanle       vi     brand vibrand
clmm         vi     brand vibrand
club         en     name piece bare end title token brand news host
coin         en     name piece glue
coins        en     name glue head
credit       en     name glue tld
crypto       en     name piece glue
cryptos      en     head
cuoc         vi     news
cuocbong     vi     vibrand
danhbai      vi     vibrand
danhde       vi     vibrand
darmowe      pl     stem
deneme       tr     piece
deposit      en     piece glue
depozyt      pl     stem
dex          en     whole
doithuong    vi     vibrand
dong         vi     name
einzahlung   de     stem
finance      en     piece glue
forex        en     name piece glue
freispiel    de     stem
fun          en     token newsend host
fx           en     whole piece
gacor        id     stem
gain         en     piece
gamble       en     name piece glue slug
gambler      en     piece glue slug
gamblers     en     slug
gambling     en     name piece glue slug
game         en     name glue token news host
gamebai      vi     vibrand
games        en     name glue
giris        tr     piece
glueck       de     stem
gluecks      de     stem
invest       en     piece glue
investing    en     piece glue
investment   en     piece glue
jackpot      en     name piece glue slug
jackpots     en     slug head
jueteng      tl     stem
kasiino      et     slug
kasino       de     piece glue slug
kasyna       pl     slug stem
kasyno       pl     slug stem
kazino       sr     slug stem
keo          vi     news host
keobong      vi     vibrand
kladion      hr     stem
kredit       ru     stem
lending      en     piece glue
lixi         vi     news
loan         en     name piece glue tld
loans        en     name glue tld head
lode         vi     token brand news host
loteria      es+pt  stem
lottery      en     name piece glue slug
lotto        en     name piece glue slug tld title opens
lucky        en     name glue
million      en     piece glue
miner        en     piece glue
mining       en     name piece glue
money        en     name glue tld
nhacai       vi     brand vibrand host
nohu         vi     token brand vibrand news host
option       en     whole
options      en     whole
oyna         tr     piece
pay          en     whole
perevod      ru     stem
perya        tl     stem
phim         vi     name
poker        en     name piece glue slug tld opens host
profit       en     piece glue
remit        en     name glue
riches       en     piece glue
roulette     en     name piece glue slug
sazky        cs     stem
schedina     it     stem
scommess     it     stem
scommett     it     stem
skedina      it     stem
slot         en     name piece glue slug bare end lower title opens token brand news host
slots        en     name glue slug head
soikeo       vi     vibrand
spielbank    de     stem
spielothek   de     stem
spin         en     piece host
sportsbook   en     name glue slug
sportwett    de     stem
stoixim      el     stem
sugal        tl     stem
suwerte      tl     stem
swap         en     whole
swerte       tl     stem
taixiu       vi     vibrand
taruhan      id     stem
tien         vi     name
tilebong     vi     vibrand
tilecuoc     vi     vibrand
tilekeo      vi     vibrand
togel        id     stem
token        en     name piece glue
tokens       en     head
tongits      tl     stem
trade        en     name piece glue tld
trader       en     piece glue
trades       en     name glue head
trading      en     name piece glue tld
tragamoneda  es     stem
tragaperra   es     stem
tylebong     vi     vibrand
tylecuoc     vi     vibrand
tylekeo      vi     vibrand
vay          vi     name piece
vip          en     name bare end lower title token brand news host
wager        en     name piece glue slug
wagers       en     slug
wetten       de     stem
win          en     whole bare end lower short title token brand newsend host
xchange      en     piece glue
xoso         vi     token brand vibrand news host
zaimy        ru     stem
zaklady      pl     stem
"""
#: word -> (languages, uses)
VOCAB: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    row[0]: (frozenset(row[1].split("+")), frozenset(row[2:])) for row in (line.split() for line in _TABLE.splitlines())
    if row}
#: every language a word of :data:`VOCAB` is written in
LANGS = frozenset().union(*(langs for langs, _ in VOCAB.values()))


def words(use: str) -> frozenset[str]:
    """The words of :data:`VOCAB` with ``use`` (one of :data:`USES`)."""
    if use not in USES:
        raise ValueError(f"no such use: {use!r}")
    return frozenset(w for w, (_, uses) in VOCAB.items() if use in uses)


def by_length(ws: "frozenset[str] | set[str]") -> tuple[str, ...]:
    """``ws`` longest first, then in alphabetical order (the order the readers try them in)."""
    return tuple(sorted(ws, key=lambda w: (-len(w), w)))


def alternation(*uses: str) -> str:
    """The words of any of ``uses`` as a regular expression's alternation, longest first (:func:`by_length`): the
    words are lower-case letters only, nothing to escape; the reader wraps it in its own group and position rule."""
    return "|".join(by_length(frozenset().union(*(words(u) for u in uses))))


@lru_cache(maxsize=1)
def camel_pieces() -> frozenset[str]:
    """The words of ``data/gambling_pieces.txt`` (read once per process; module docstring)."""
    with open(CAMEL_PIECES, encoding="utf-8") as f:
        return frozenset(line.split("\t", 1)[0].strip() for line in f if line.strip() and not line.startswith("#"))
