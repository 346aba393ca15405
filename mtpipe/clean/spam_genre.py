"""Invented names built on the words of the spam trades, pasted once over a Vietnamese syllable (spam39, issue 12
point 3).

The single spam tokens the other tests still passed on the dev sets (langfresh ... 22) are, for more than a third,
invented brand names built on a word of the trades that pay for spam: betting and games ("Vinagame", "Viplovang",
"Tilebongda"), crypto and forex ("PhoCrypto", "OkxTrades", "SkyMining", "AaxDex", "Vistaforex", "TCFX"), quick money
and loans ("SieuCash", "Robocash", "MoneyTop", "Moreloan", "Tiendaytui", "Hanadong"). :mod:`.spam_lending` left the
English words of lending and crypto out because real fintech brands that Vietnamese news names carry them too
("CoinGlass", "GrabPay", "ZaloPay", "CardHub.com"), and the context model of :mod:`.spam_context` alone does not
lift such a pasted name over its gate (the gate leaves 10 of about 44,000 control sentences over it).

Together the two are evidence, inside a sentence: a word that the context model admits
(:func:`.spam_context.candidate`: a Latin word no list knows, written once on its page, in a Vietnamese line) whose
*piece* is one of these words
(:func:`trade_word`), and whose context reads, by the same model, more like a pasted word than the real brands'
do (log-odds over :data:`GATE`, far under the model's own gate: the real fintech brands stand where names stand,
after "từ", "ví", "sàn", before "có thể", "và", with log-odds under 0.5 on the controls). Not after a word that
introduces a name (:func:`named_slot`: "ví ShopeePay", "sàn KuCoin", "Theo CryptoQuant", "dùng CashApp"), and not at
a sentence's start, where a real brand is the subject and reads, to the model, as a pasted word does ("KuCoin vừa
công bố", "MoneyLover đạt": log-odds 1.8 and 3.1). Flagged, never repaired (nothing says which syllable it hides).

A piece, not a substring: a whole part of a camel-case or letter-and-figure name ("Sky|Mining", "Bounty|6",
"Vn|Card"), or the end of a name of one case after letters of its own ("Robo|cash", "ABLOAN", "findong"), or the
start of one followed by figures or by Vietnamese syllables without marks ("Tien|daytui", "Vip|lovang"), or
between such syllables ("muaban|tien|ao"). Never
inside a word ("Picardy", "Liepaya", "Edexcel", "Betaco", "Windhoek"), and "win" and "bet" only as whole pieces,
as they end given names ("Edwin", "Darwin", "Elisabet"): a bare "...bet"/"...win" is :mod:`.spam`'s own shape.

A site under a top-level domain named for a trade (:data:`TRADE_TLDS`: "moonata.trade", after a figure where a
unit should stand: "kéo dài 3 moonata.trade") is the trade's own in any slot where a text does not name a site: it
needs no context score (no control sentence holds one).
"""

from __future__ import annotations

import re
from functools import lru_cache

# asked for every Latin token of a Vietnamese text: imported once, not per call (none of these imports this module)
from .spam_bound import _syllables
from .spam_context import FEATURES, WEIGHTS, candidate, features, score
from .spam_lending import APP_INTRO
from .spam_names import NAME_INTRO
from .spam_placeslot import name_slot
from .spam_shapes import sentence_start
from .spam_tradepiece import lone_trade, lone_trade_evidence
from .trade_vocab import by_length, words

# the literal patterns of the calls below, compiled once (perf54: a string pattern is a lookup in re's cache per call)
_DOMAIN_TLD = re.compile(r"[A-Za-z0-9-]+\.([a-z]+)")
_LATIN_TOKEN = re.compile(r"(?<![\w.])[A-Za-z0-9]+(?![\w])")
_TOKEN_BEFORE = re.compile(r"(\S+) $")

__all__ = ["TRADE_WORDS", "TRADE_TLDS", "GATE", "trade_tld", "trade_word", "named_slot", "numbered_games",
           "pasted_trade_name", "trade_evidence", "trade_peers"]

#: the words of the trades that pay for spam, as brands built on them write them (unmarked Vietnamese too:
#: "vay" a loan, "tien" money, "dong" the currency, "phim" films, "bongda" football): :mod:`.trade_vocab`'s ``name``
#: and ``whole`` words
TRADE_WORDS = words("name") | words("whole")
#: whole pieces only (they end or start real names and words: "Edwin", "Elisabet", "Winston", "Betty")
_WHOLE_ONLY = words("whole")
#: the model's log-odds a trade name needs (module docstring)
GATE = 1.0
_PIECES = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
_ONE_CASE = re.compile(r"(?:[a-z]+|[A-Z][a-z]+|[A-Z]+)(\d*)")


#: the trade words a name may end in or start with, longest first (:func:`trade_word`)
_BY_LENGTH = by_length(TRADE_WORDS - _WHOLE_ONLY)

#: top-level domains named for the trades ("moonata.trade", "vaynhanh.loan"): a site under one is the trade's own
TRADE_TLDS = words("tld")


def trade_tld(tok: str) -> str | None:
    """The top-level domain of :data:`TRADE_TLDS` that ``tok`` (a domain: one name, one top-level domain) is under,
    or None."""
    m = _DOMAIN_TLD.fullmatch(tok)
    return m.group(1) if m and m.group(1) in TRADE_TLDS else None


@lru_cache(maxsize=8192)  # a pure function of the token: each token's pieces weighed once (perf60)
def trade_word(tok: str) -> str | None:
    """The word of :data:`TRADE_WORDS` that ``tok`` (a name, or a domain's name) is built on as a piece of its own
    (module docstring), or None."""
    name = tok.split(".")[0]
    if not name.isascii() or not name.isalnum():
        return None
    pieces = _PIECES.findall(name)
    if len(pieces) > 1 and "".join(pieces) == name:
        hit = next((p.lower() for p in pieces if p.lower() in TRADE_WORDS), None)
        if hit or not _ONE_CASE.fullmatch(name):
            return hit
    m = _ONE_CASE.fullmatch(name)
    if not m:
        return None
    low = name[:len(name) - len(m.group(1))].lower()
    for w in _BY_LENGTH:
        if w not in low:
            continue
        if low.endswith(w) and len(low) > len(w):
            return w  # "Robocash", "ABLOAN", "findong", "Vinagame"
        for i in (j.start() for j in re.finditer(w, low)):
            head, rest = low[:i], low[i + len(w):]
            if (not head or _syllables(head)) and (rest and _syllables(rest) or not rest and m.group(1) and not head):
                return w  # "Coin6", "Tiendaytui", "Viplovang", "muaban|tien|ao", "Top|phim|moi"
    return None


def _score(text: str, a: int, b: int) -> float:
    return score(features(text, a, b))


def pasted_trade_name(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``text[a:b]`` is a name built on a trade word (:func:`trade_word`) that the context model admits and
    reads as pasted over :data:`GATE`."""
    tok = text[a:b]
    if trade_tld(tok):  # a site of the trades, standing as a word, not where a text names a site
        return not named_slot(text, a) and candidate(text, a, b, known)
    if lone_trade(text, a, b, known):  # alone in a syllable's slot, whatever the context reads (spam76)
        return True

    # after a word that names a kind of place only where the place's own name goes on (a trade's word is no
    # syllable of a place's name: "bản bongdatam Cấu", spam50)
    return (trade_word(tok) is not None and not sentence_start(text, a)
            and (not named_slot(text, a) or name_slot(text, a, b, known)) and candidate(text, a, b, known)
            and _score(text, a, b) - _EDITION_WEIGHT * numbered_games(text, a, b) > GATE and not trade_peers(text, a, b))


#: a games' name and its edition ("Seagame 31", "SEA Games 32", "Paragames 12"): a name with a capital built on "game(s)"
#: before a bare figure of one to four digits that a lower-case word, a stop or the line's end follows (not a unit,
#: a currency or a range: "Vinagame 400 USD", "Megagame 2-3", "Xgame 5kg")
_EDITION = re.compile(r" \d{1,4}(?: +([^\W\d_])|[.,;:!?)”\"']|$)")
#: the context model's weight of a figure after the word (:data:`.spam_context.FEATURES` ``next_figure``)
_EDITION_WEIGHT = WEIGHTS[FEATURES.index("next_figure")]


def numbered_games(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` names games numbered by their edition, the figure after it (spam54): multi-sport games and
    game series are numbered ("tài trợ chính cho Seagame 31 tổ chức tại Việt Nam", langfresh31's look-alike; "SEA
    Games 32 diễn ra", "ASEAN Para Games 12 khởi tranh" as the press writes them), so the figure is the name's, no
    sign that a syllable stood before it; the context model counts a figure after a word as such a sign
    (``next_figure``: "Robocash 400 USD" over "khoảng"), and :func:`pasted_trade_name` takes that weight off here.
    A name in lower case is no title ("vinagame 31")."""
    tok = text[a:b]
    m = _EDITION.match(text, b)
    return bool(m) and (m.group(1) or "a").islower() and tok != tok.lower() and trade_word(tok) in ("game", "games")


def trade_peers(text: str, a: int, b: int) -> bool:
    """Whether the sentence of ``text[a:b]`` names another Latin name built on the same trade word: a market's
    players listed ("cao gấp ba lần ZaloPay và bỏ xa ShopeePay", "AirPay phổ biến ..., ViettelPay phổ biến ...":
    langfresh29's look-alikes, spam50). A spammer pastes one label over one syllable; a text comparing the services
    of a trade names several, each built on the trade's word."""
    from .spam_lone import _sentence

    word = trade_word(text[a:b])
    s, e = _sentence(text, a, b)
    return any(trade_word(m.group(0)) == word for m in _LATIN_TOKEN.finditer(text[s:e])
               if m.start() + s != a and m.group(0).lower() != text[a:b].lower())


def named_slot(text: str, a: int) -> bool:
    """Whether the word right before ``text[a:]`` (one space between) introduces a name: a title, a kind of
    organisation, place or product, an app's or a site's name (:data:`.spam_names.NAME_INTRO`,
    :data:`.spam_lending.APP_INTRO`: "ví ShopeePay", "sàn KuCoin", "Theo CryptoQuant", "dùng CashApp")."""
    m = _TOKEN_BEFORE.search(text[max(0, a - 40):a])
    return bool(m) and m.group(1).strip("\"'“‘«(").lower() in NAME_INTRO | APP_INTRO | _USE


#: verbs of use after which an app or a payment service is named ("dùng", "qua" is a site's word already)
_USE = frozenset("dùng thuê chọn cài tải mở".split())


def trade_evidence(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> str | None:
    """The ledger's evidence when :func:`pasted_trade_name` holds, else None."""
    if not pasted_trade_name(text, a, b, known):
        return None
    if trade_tld(text[a:b]):
        return f"a site under the trade's top-level domain {trade_tld(text[a:b])!r}, standing as a word"
    if trade_word(text[a:b]) is None or _score(text, a, b) <= GATE:  # held by spam76's test alone
        return lone_trade_evidence(text, a, b, known)
    return (f"name built on the spam trade word {trade_word(text[a:b])!r}: context log-odds "
            f"{_score(text, a, b):.2f} over {GATE}")
