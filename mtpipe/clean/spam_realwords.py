"""Real words the spam-token tests read as pasted on real pages (spam74, issue 12 point 3).

The spam sets hold single sentences, one token each; the real pages (benchmarks/page_flags.py over every dev
realpages page) had 84 ``spam.unrepaired`` flags on their Vietnamese pages, none of them pasted spam
(benchmarks/notes/spam74.md). Two classes are taken out here, each by evidence a pasted token does not carry:

- :func:`in_address`: a piece of a web address written in the text ("https" before "://", "37" and "2" inside
  "dong-dat-37-tai-kon-tum-2-truong"). The token is no word of the sentence: it stands in a run of characters
  (no space) that holds "://" or starts with "www.". 25 flags on 9 pages of 6 parts (c8vi04, h24vi13, h25vi06,
  h41vi05, h42vi13, h44vi14, h9vi05, t27vi78, t27vi79). No case of any spam set (langfresh, langfresh8 ... 39)
  holds an address, and seed 003's 15 "w88.is" stand as words.
- :func:`recurring_name`: a token the page writes more than once, in letters only, that
  :meth:`~.spam.SpamRepair.plan`'s votes read as no one syllable ("vacxin" x15 on one page, "Travip" x4, "EVNHANOI"
  x3, "Gstar" x2, "UBMTTQVN" x2, "ChineMaster" x2: a loanword, a pen name, an organisation's acronym, a company, a
  site's brand). A name a text is about recurs; a pasted token that recurs is an injection over one word, which
  the votes read as one syllable (seed 003) and repair. The pasted shapes stay flagged: a figure or a domain
  ("Top9.com.vn", "Saoviet.info": :func:`~.spam_undo.pasted_shape`), a gambling brand's shape or a trade's word
  ("kubet", "SlotVIP": :func:`~.spam_shapes.brand_shape`, :func:`~.spam_genre.trade_word`). No spam set's case
  holds its token twice, so the spam sets cannot move.
- :func:`named_again` (spam78): the same evidence where only one of the page's occurrences of a name looked pasted
  (the others stand where a name may: after "hãng", before a comma, at a sentence's start). A run of real news text
  nobody on the project wrote (benchmarks/notes/spam78.md: 410 articles, ~9,600 sentences) had 24 flags, all real
  words; 10 of them were names the article writes two to fourteen times ("GrabBike" x8, "Nadal" x14, "Arsenal",
  "AsNTM", "Chettys", "Sopheap", "Cheongung", "Mandzukic", "Unal"), flagged where one occurrence alone read as
  pasted.
- :func:`drop_figures` (spam78): figures news text writes in a convention of its own, read as letter-digit codes: a
  height in metres and centimetres ("Minh Tú 1m78.", "cao 1m7"), a telephone number with its last digits hidden ("theo
  số điện thoại 0916863xxx."), a time of day ("Lúc 18h50:"), a COVID-19 patient's number ("đi ăn liên hoan cùng
  BN2899", nine flags on four articles of the check sample). No listed gambling stem (spam_brands.txt, the held-out
  stems) has any of these shapes ("6h66", "2m99" are no time or height of the rule: kept); the spam sets hold none
  as a case's token (one control: "loại 1m21 và 1m31", a piano's height).
"""

from __future__ import annotations

import re
from collections import Counter

from ..segment.abbreviations import title_before_name
from .spam_abbrevs import drop_lexicon
from .spam_genre import trade_word
from .spam_lexicon import listed_brand
from .spam_newsnames import news_flags
from .spam_productnames import product_flags
from .spam_shapes import brand_shape
from .spam_undo import surroundings

__all__ = ["in_address", "drop_addresses", "drop_lexicon", "recurring_name", "unread_flags", "drop_linked",
           "named_again", "drop_figures", "drop_real"]

_LETTERS = re.compile(r"[A-Za-z]{3,}")
_OPEN = "([<{\"'“‘«*"
# a height; a telephone number, its last digits hidden; a time of day; a patient's number (COVID-19 reports)
_FIGURE = re.compile(r"1m\d{1,2}|0\d{5,8}[xX*]{2,4}|(?:[01]?\d|2[0-3])h[0-5]\d|BN\d{1,5}")
_LINKED = re.compile(r"://(?:www\.)?([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")


def in_address(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` is a piece of a web address: the run of non-space characters around it holds "://" or starts
    with "www." (an opening bracket or quote aside)."""
    s = a
    while s > 0 and not text[s - 1].isspace():
        s -= 1
    e = b
    while e < len(text) and not text[e].isspace():
        e += 1
    run = text[s:e]
    return "://" in run or run.lstrip(_OPEN).lower().startswith("www.")


def drop_addresses(text: str, found: dict[str, list[tuple[int, int]]],
                   min_count: int) -> dict[str, list[tuple[int, int]]]:
    """``found`` (token -> spans) less the spans inside a web address; tokens left with ``min_count`` spans."""
    out = {k: sorted(s for s in v if not in_address(text, *s)) for k, v in found.items()}
    return {k: v for k, v in out.items() if len(v) >= min_count}


def drop_figures(text: str, found: dict[str, list[tuple[int, int]]]) -> dict[str, list[tuple[int, int]]]:
    """``found`` (token -> spans) less the spans of a figure written in a news convention, no code (:data:`_FIGURE`:
    "1m78", "0916863xxx", "18h50", "BN2899"); tokens left without a span are dropped."""
    out = {k: [s for s in v if not _FIGURE.fullmatch(text[s[0]:s[1]])] for k, v in found.items()}
    return {k: v for k, v in out.items() if v}


def recurring_name(text: str, ctx: "list[tuple[int, int, str | None, str | None]]",
                   clear: "dict[tuple[str | None, str | None], str | None]", votes: "Counter[str]",
                   min_agree: int) -> bool:
    """The recurring token at ``ctx`` (each occurrence's ``(start, end, prev, next)``; ``clear`` and ``votes``:
    :meth:`~.spam.SpamRepair.plan`'s) is a name the page writes again: letters only (three or more, ASCII), no
    brand shape and no trade's word in it, and no one reading is voted for at ``min_agree`` different places (a
    letter-only token pasted over "thành" in three sentences still reads "thành" three times: flagged)."""
    toks = {text[a:b] for a, b, *_ in ctx}
    if len(ctx) < 2 or not all(_LETTERS.fullmatch(t) and not brand_shape(t) and trade_word(t) is None for t in toks):
        return False
    top = votes.most_common(1)[0][0] if votes else None
    places = {surroundings(text, a, b) for a, b, prev, nxt in ctx if top is not None and clear.get((prev, nxt)) == top}
    return len(places) < min_agree


def unread_flags(text: str, tok: str, ctx: "list[tuple[int, int, str | None, str | None]]",
                 clear: "dict[tuple[str | None, str | None], str | None]", votes: "Counter[str]",
                 min_agree: int) -> list[tuple[int, int, str | None, str]]:
    """The flags (``(start, end, None, tok)``) of a recurring token no reading repairs: every occurrence, or none
    when it is a name the page writes again (:func:`recurring_name`)."""
    if recurring_name(text, ctx, clear, votes, min_agree):
        return []
    return [(a, b, None, tok) for a, b, *_ in ctx]


def drop_linked(text: str, plan: list[tuple[int, int, str | None, str]]) -> list[tuple[int, int, str | None, str]]:
    """``plan`` less the flags (no replacement) of a domain the page also writes as a web address's host
    ("Chào mừng bạn đến với Top9.com.vn" on a page that links "https://top9.com.vn/..."): a site named where the
    page links to it, its own or one it cites. Repairs are kept."""
    flagged = [tok for _, _, rep, tok in plan if rep is None and "." in tok]
    if not flagged:
        return plan
    hosts = {h.lower() for h in _LINKED.findall(text)}
    return [p for p in plan if p[2] is not None or p[3].lower() not in hosts]


def drop_real(text: str, plan: list[tuple[int, int, str | None, str]]) -> list[tuple[int, int, str | None, str]]:
    """``plan`` less the flags :func:`drop_linked` drops and those of :func:`.spam_newsnames.news_flags` (spam80:
    a credited source, a figure's unit, a written word, a model code after its make),
    :func:`.spam_productnames.product_flags` (spam81: "eSIM", "iPhone"; "Galaxy SmartTags") and :func:`drop_titles`."""
    return drop_titles(text, product_flags(text, news_flags(text, drop_linked(text, plan))))


def drop_titles(text: str, plan: list[tuple[int, int, str | None, str]]) -> list[tuple[int, int, str | None, str]]:
    """``plan`` less the flags of a title before a name: a token of the segmenter's one list of titles
    (:data:`mtpipe.segment.abbreviations.NAME_TITLES`), its stop, then a capital on the same line ("trưởng khoa MUDr.
    Vaněk": held55, forty-third session; a title is written text, never a pasted token)."""
    return [p for p in plan if p[2] is not None or text[p[1]:p[1] + 1] != "."
            or not title_before_name(text[p[0]:p[1]], text[p[1] + 1:p[1] + 40], text[p[1] + 1:p[1] + 2])]


def _written_again(text: str, tok: str) -> bool:
    """``tok`` is a name the text writes two or more times as a word: letters only (three or more, ASCII), no brand
    shape, no trade's word, no listed brand, and two whole-word occurrences in the same case at least."""
    if not _LETTERS.fullmatch(tok) or brand_shape(tok) or trade_word(tok) is not None or listed_brand(tok):
        return False
    return len(re.findall(rf"(?<![\w.@/-]){re.escape(tok)}(?![\w@/-]|\.\w)", text)) >= 2


def named_again(text: str, plan: list[tuple[int, int, str | None, str]]) -> list[tuple[int, int, str | None, str]]:
    """``plan`` (the flags and repairs of a token :meth:`~.spam.SpamRepair.plan` weighs gap by gap) less the flags
    of a name the text writes again (:func:`_written_again`); repairs are kept."""
    return [p for p in plan if p[2] is not None or not _written_again(text, text[p[0]:p[1]])]
