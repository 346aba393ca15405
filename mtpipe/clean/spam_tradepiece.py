"""Names built on a word of the spam trades as one of their pieces, alone in a syllable's slot (spam76, issue 12
point 3).

:func:`.spam_genre.pasted_trade_name` flags a name built on a trade's word only where the context model reads it as
pasted over its low gate, and never at a sentence's start. The dev sets' misses of the class read under that gate
or stand at a start ("NbnMining thu nhập" 0.85, "khối AdoTrading." 0.21, "OkxTrades thu hoạch", "AbilityFx qua thời
gian"), and the hyphenated ones are no candidate of the model at all ("chất ark-invests,", "rồng share-coin.").
The model does not tell them from real brands (the controls' "từ CoinGlass cho thấy" -0.03); where they stand does:

- a *piece*: a camel-case piece ("Nbn|Mining", "Cheeky|Riches") or a hyphen-joined lower-case piece, a plural's
  "s"/"es" taken off, of :data:`TRADE_PIECES`: gambling and casino games, betting, forex and crypto trading,
  investing, loans, profits and riches. Not "pay" (the payment brands Vietnamese news names: "ZaloPay", "GrabPay"
  alone in a sentence of the controls), not "game", "card", "cash", "money" (:mod:`.spam_genre`'s, under its gate),
  not "vegas" (the city written as one word, "đến LasVegas thường": one dev case, "DreamVegas", given up).
  In a hyphenated token the trade's word is any piece: the head ("share-coin", "ark-invests", "grand-clubs",
  "123-vay"), beside a piece of no list ("finance-helpya", "spin-sity", "bit-xchange") or leading English words
  ("crypto-return", "roulette-win", "bet-irish", "casino-atlanta"). spam76..93 let a lower-case pair led by the
  trade's word before English words be, as an English compound ("poker-face", "casino-hotel"), on sentences written
  for the tests; spam94 dropped that on real text: 0 such compounds, lower case, in 38,093 news articles (spam82's
  snapshots), 3,312 RSS items (``tools/build_vi_rss_sample.py``) and the dev realpages, and none in the Vietnamese
  pages the search tool found on betting, crypto and economics (those write "Trade-off", "Gain-of-function",
  "COIN-Margin" with a capital, or in brackets after the Vietnamese word: no slot this module takes). The shape is
  real in other languages' running text ("Le terme bet-hedging est adopté", French Wikipedia), where no Vietnamese
  sentence holds it: :func:`slot` asks for one.
- *alone in a syllable's slot* (:func:`slot`): the only Latin word of a sentence of running Vietnamese
  (:func:`.spam_lone.alone`), written once on its page, explained by no list and of no real-word class
  (:func:`.spam_context.real_word`: "ChatGPT"); between syllables (a comma before or after it), before the
  sentence's stop, or opening the sentence before a lower-case syllable -- not before a verb a subject takes
  (:data:`SUBJECT_VERBS`: "TradingView cho biết", "CoinGlass vừa công bố"), and not after a word that introduces a
  name (:func:`.spam_genre.named_slot`: "từ CoinGlass", "dùng TradingView", "quỹ VinaCapital", "ở LasVegas").

spam83 added "bonus" and three words of the Turkish betting hosts ("giris" entry, "oyna" play, "deneme" trial), the
words of five letters or more (four for "oyna") that recur in 20 host names or more of Anxarden/turkish-filterlists'
gambling filter ("bonus" 43, "giris" 76, "oyna" 41, "deneme" 25; "bonus" in 17 of todorss' too): no Latin token of
38,093 real news articles (spam82's snapshots) holds one as a piece (not "kumar", "kazan": a name, a city).

Counted over the controls (spam_miss_gates' 52,429 texts and every dev set's clean and look-alike sentences, 53,016
texts): 5 tokens carry such a piece (CoinGlass, CoinMarketCap, TradingView, AmiBroker twice), none of them alone
in a slot this module takes ("pay" would add 26, "GrabPay" alone after "Ở Singapore," among them). Flagged, never
repaired (nothing says which syllable the name hides).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .spam_tradeglue import glued_trade
from .trade_vocab import words

__all__ = ["SUBJECT_VERBS", "TRADE_PIECES", "lone_trade", "lone_trade_evidence", "slot", "trade_piece"]

#: the trades' words as a name's piece (module docstring), as written after a plural's "s"/"es" is taken off
TRADE_PIECES = words("piece")  # :mod:`.trade_vocab`'s ``piece`` words
#: the words a brand that opens its sentence as the subject is followed by (news: "TradingView cho biết", "CoinGlass
#: vừa công bố", "... đã ra mắt"): a verb, an auxiliary or an adverb of tense
SUBJECT_VERBS = frozenset("cho vừa đã sẽ đang công ra tuyên thông ghi báo cũng chính hiện là được đạt tăng giảm "
                          "mua bán phát dự cung hỗ cập triển ký hợp nhận".split())
_CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
_CAMEL_TOKEN = re.compile(r"[A-Za-z0-9]+")
_HYPHENED = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+")
_CLAUSE_END = re.compile(r"[.!?,;:)”\"]*(?:\s|$)")
_TOKEN_AFTER = re.compile(r"[,;:]? ([^\W\d_]+)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+),? $")


def _fold(piece: str) -> str | None:
    low = piece.lower()
    for form in (low, low[:-1] if low.endswith("s") else "", low[:-2] if low.endswith("es") else ""):
        if form in TRADE_PIECES:
            return form
    return None


@lru_cache(maxsize=8192)  # a pure function of the token
def trade_piece(tok: str) -> tuple[str, int, tuple[str, ...]] | None:
    """The word of :data:`TRADE_PIECES` that ``tok`` holds as a piece of its own (a camel-case piece of a name of two
    at least, or a hyphen-joined lower-case piece), its index and the token's pieces, or None."""
    if _HYPHENED.fullmatch(tok):
        ps = tuple(tok.split("-"))
    elif _CAMEL_TOKEN.fullmatch(tok):
        ps = tuple(_CAMEL.findall(tok))
        if len(ps) < 2 or not any(p[:1].isupper() for p in ps[1:]):
            return None  # one word ("Trading", "Casino"), or letters glued to a figure
    else:
        return None
    return next(((f, i, ps) for i, f in enumerate(map(_fold, ps)) if f), None)


def slot(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> str | None:
    """Where ``text[a:b]`` stands in a syllable's slot of its Vietnamese sentence: ``start`` (opening it before a
    lower-case syllable), ``inner`` (after a syllable, a comma between or not, before a syllable or the clause's
    punctuation), or None."""
    from .spam_lone import _vi_word
    from .spam_shapes import sentence_start

    if not (a == 0 or text[a - 1] in " \n\"“(") or not (b == len(text) or text[b] in " \n,;:.!?)”\""):
        return None
    m = _TOKEN_AFTER.match(text, b)
    nxt = m.group(1) if m else None
    if sentence_start(text, a):
        ok = text[b:b + 1] == " " and nxt and nxt.islower() and _vi_word(nxt, known) and nxt not in SUBJECT_VERBS
        return "start" if ok else None
    m = _WORD_BEFORE.search(text[max(0, a - 40):a])
    prev = m.group(1) if m else None
    after = bool(nxt and _vi_word(nxt, known)) or bool(_CLAUSE_END.match(text, b))
    return "inner" if prev and _vi_word(prev, known) and after else None


def lone_trade(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> str | None:
    """The slot (:func:`slot`) where ``text[a:b]``, a name built on a trade's word alone in its sentence, stands
    (module docstring), or None."""
    tok = text[a:b]
    hit = trade_piece(tok) or glued_trade(tok, known)  # or glued in lower case: "luckyabow" (spam77)
    if hit is None:
        return None
    from .spam_bigrams import written_words
    from .spam_context import real_word
    from .spam_genre import named_slot
    from .spam_lexicon import known_site
    from .spam_lone import alone
    from .spam_names import load_words, solid_compounds

    low = tok.lower()
    if low in load_words() or low in solid_compounds() or low in written_words() or low.replace("-", "") in \
            load_words() or known_site(low) or low in known:
        return None
    if len(re.findall(r"(?<![\w.-])" + re.escape(tok) + r"(?![\w-])", text, re.IGNORECASE)) > 1:
        return None  # written twice on its page: a real name
    if named_slot(text, a) or real_word(text, a, b) is not None or not alone(text, a, b, known):
        return None
    return slot(text, a, b, known)


def lone_trade_evidence(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> str | None:
    """The ledger's evidence when :func:`lone_trade` holds, else None."""
    place = lone_trade(text, a, b, known)
    if place is None:
        return None
    where = "at the sentence's start" if place == "start" else "in a syllable's slot"
    word = (trade_piece(text[a:b]) or glued_trade(text[a:b], known))[0]  # type: ignore[index]
    return f"name built on the spam trade word {word!r} as a piece of its own, the only Latin word of a Vietnamese " \
           f"sentence, {where}"
