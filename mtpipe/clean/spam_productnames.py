"""Tech product names the spam-token tests read as pasted in real tech news (spam81, issue 12 point 3).

langfresh41's look-alike controls (Vietnamese tech news on Apple's AirTag, eSIM and contactless payment) had five
``spam.unrepaired`` flags on integ, all real product names, each written once in its sentence (the sets weigh a
sentence alone: in a whole article the name recurs and :func:`.spam_realwords.named_again` keeps it). Three classes
are taken out here, each by evidence a pasted token does not carry; never a gambling shape
(``spam_newsnames._gambling``: a listed brand, a brand's shape, a trade's word, a lucky number, "win", "bet").

- :func:`prefixed_product`: an electronic or internet product written Apple's way, a lower-case "e" or "i" and then
  an acronym or a capitalised English word ("eSIM", "eKYC", "iOS", "iPhone", "iCloud", "eReader"). The dev spam
  sets (langfresh, langfresh8 ... 40) hold one token that opens with a lower-case letter before a capital, "tXpxo"
  (no such prefix, no word after it); their clean controls write the shape 200 times and more ("iPhone" 139,
  "iOS" 31, "eSIM" 29, "iPad", "eBay", "iRobot", "eReader").
- :func:`after_make`: a camel-case name of letters right after a capitalised Latin word of no Vietnamese syllable's
  shape that does not open the sentence: a product after its make or line ("Galaxy SmartTags", "Apple AirPods",
  "Microsoft PowerPoint"). Of the dev spam cases the tests catch, 16 stand right after such a word; none is a
  camel-case name of letters ("Grab Oliwcq6gn", "Shopee acidcreek.com", "Tiktok Shop CHYNMEXICO", "T1 Sumvip").
- :func:`latin_company` (asked by :func:`.spam_camelwords.english_run`, spam79's rule for a camel-case run of
  English words "the only Latin word of a Vietnamese sentence"): the sentence names a Latin name of its own, a
  title-case word of no Vietnamese syllable's shape that does not open the sentence ("Apple" in "Dẫu vậy, Apple
  phải mất ... biến AirTag thành hiện thực") or a word with a capital inside ("iPhone", "VNeID"). Such a word passed
  :func:`.spam_lone.alone` as an English word ("apple"), but written with its capital inside a sentence it is a name;
  real Latin names come in company (spam40). spam79's cases (WildSultan, TreasureMile, GetRedStag...) stand in
  sentences with no Latin word of their own.

:func:`opens_word`, asked by :func:`.spam_names.pasted_name` where a camel-case name stands between two lower-case
syllables that a missing syllable would join: no gap when the syllable after the name opens a word with the one
after it ("sử dụng trong AirTag hiện tại": "hiện tại"), as no gap when the one before closes a word
(:func:`.spam_bound.closes_word`, spam23). Camel names only: an invented title-case name where a person's stands
("sau khi Novrekilova nói rằng", tests/test_spam_round19.py) stays flagged. Of every dev spam case (2,358) and
look-alike flag, ``pasted_name`` changes on that AirTag alone.

One class is added, asked from :func:`.spam_classes.class_token` (flagged, never repaired): a lower-case host or a
lower-case token of letters and a figure between a lower-case syllable and a capitalised one where a syllable is
wanted (:func:`unwritten_before_name`: "do thực btcminer.website Pháp xây dựng", "chợ 30netzteil Thành"). The other
rules ask the syllable after such a token to be in lower case.
"""

from __future__ import annotations

import re

__all__ = ["BEFORE_NAME_CONTEXT", "BEFORE_NAME_SLOT", "OPENS_COMMON", "OPENS_MIN", "OPENS_PMI", "after_make",
           "latin_company", "opens_word", "prefixed_product", "product_flags", "unwritten_before_name"]

#: the slot odds (:func:`.spam_slots.slot_odds`) and the context log-odds (:func:`.spam_context.score`) a host or a
#: lower-case token with a figure before a capitalised syllable needs (:func:`unwritten_before_name`)
BEFORE_NAME_SLOT = 2.0
BEFORE_NAME_CONTEXT = 2.0
#: a bigram's count and PMI for :func:`opens_word`
OPENS_MIN = 2
OPENS_PMI = 1.0
OPENS_COMMON = 20
_HOST = re.compile(r"[a-z0-9][a-z0-9-]*\.[a-z]{2,}")
_PREV_WORD = re.compile(r"(?:^|\s)([^\W\d_]+) $")
_NEXT_WORD = re.compile(r" ([^\W\d_]+)")

_PREFIXED = re.compile(r"[ei](?:([A-Z]{2,4})|([A-Z][a-z]{2,}))")
_CAMEL = re.compile(r"(?:[A-Z][a-z]+){2,}s?")
_MAKE = re.compile(r"(?:^|[\s(“\"])([A-Z][A-Za-z]+) $")
_WORD = re.compile(r"[^\W_]+(?:[.'’-][^\W_]+)*")
_INNER_CAP = re.compile(r"[a-z][A-Z]")
_OPEN = " \"“«(‘'"


def _syllable_shape(word: str) -> bool:
    from .spam_gaps import _SYLLABLE, _strip_tones

    return bool(_SYLLABLE.fullmatch(_strip_tones(word.lower())))


def prefixed_product(tok: str) -> bool:
    """``tok`` is "e" or "i", then an acronym or a capitalised English word ("eSIM", "iOS", "iPhone")."""
    from .spam_names import load_words

    m = _PREFIXED.fullmatch(tok)
    return bool(m) and (m.group(1) is not None or m.group(2).lower() in load_words())


def _opens(text: str, s: int, a: int) -> bool:
    """Whether nothing but opening marks stands between the sentence's start ``s`` and ``a``."""
    return not text[s:a].strip(_OPEN)


def after_make(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` is a camel-case name of letters right after a capitalised Latin word of no syllable's shape
    that does not open its sentence ("như Galaxy SmartTags giá")."""
    if not _CAMEL.fullmatch(text[a:b]):
        return False
    m = _MAKE.search(text, max(0, a - 30), a)
    if not m or not m.group(1).isascii() or _syllable_shape(m.group(1)):
        return False
    from .spam_lone import _sentence

    return not _opens(text, _sentence(text, a, b)[0], m.start(1))


def latin_company(text: str, a: int, b: int) -> bool:
    """Whether the sentence of ``text[a:b]`` holds another Latin name: a title-case ASCII word of no Vietnamese
    syllable's shape that does not open the sentence, or a word with a capital after a lower-case letter."""
    from .spam_lone import _sentence

    s, e = _sentence(text, a, b)
    for m in _WORD.finditer(text, s, e):
        w = m.group(0)
        if (m.end() > a and m.start() < b) or not w.isascii() or not w[:1].isalpha():
            continue
        if _INNER_CAP.search(w):
            return True
        if w[:1].isupper() and w[1:].islower() and w.isalpha() and not _syllable_shape(w) \
                and not _opens(text, s, m.start()):
            return True
    return False


def product_flags(text: str, plan: list[tuple[int, int, str | None, str]]) -> list[tuple[int, int, str | None, str]]:
    """``plan`` less the flags of :func:`prefixed_product` and :func:`after_make` (module docstring); repairs and
    gambling shapes are kept."""
    from .spam_newsnames import _gambling as gambling

    out = []
    for p in plan:
        a, b, rep, _ = p
        tok = text[a:b]
        if rep is None and not gambling(tok) and (prefixed_product(tok) or after_make(text, a, b)):
            continue
        out.append(p)
    return out


def unwritten_before_name(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> bool:
    """``text[a:b]`` is a host written in lower case (a domain that is no known site, under no local top-level domain)
    or a lower-case token of letters and a figure (:mod:`.spam_lone`'s ``unwritten`` shape: "30netzteil", "6hoom")
    between a lower-case Vietnamese syllable and a capitalised one, in a sentence of running Vietnamese where it is
    the only Latin word (no Latin name either, :func:`latin_company`), not after a word that names a site or a name
    ("trang", "của"), whose neighbours want a syllable: slot odds over :data:`BEFORE_NAME_SLOT`, context over
    :data:`BEFORE_NAME_CONTEXT` ("do thực btcminer.website Pháp xây dựng": "thực dân Pháp", slot 6.62, context
    5.56; "chợ 30netzteil Thành": "chợ Bến Thành", 2.62 and 2.75; langfresh41). :mod:`.spam_lone` takes these
    shapes between two syllables only before a lower-case one (its ``inner`` place) and :mod:`.spam_names` a host
    likewise; a capitalised syllable after the gap was left to no rule. A name may follow a site named where a text
    names one ("trên trang vnexpress.net Hà Nội ...": slot 1.06). Controls: 0 of 19,251 such tokens in 38,093 real
    news articles (the two snapshots of spam78's notes, every article), 0 of 446 in the held-out Wikipedia file."""
    tok = text[a:b]
    if text[a - 1:a] != " " or text[b:b + 1] != " ":
        return False
    from .spam_lone import _shape

    if not (_HOST.fullmatch(tok) or "." not in tok and _shape(tok) == "unwritten"):
        return False
    from .spam_gaps import vietnamese_syllable
    from .spam_lone import MIN_MARKED_DOMAIN, alone, stray
    from .spam_names import NAME_INTRO
    from .spam_shapes import local_domain

    prev, nxt = _PREV_WORD.search(text, max(0, a - 30), a), _NEXT_WORD.match(text, b)
    if not (prev and nxt and prev.group(1).islower() and nxt.group(1)[:1].isupper() and nxt.group(1)[1:].islower()):
        return False
    if prev.group(1) in NAME_INTRO or not vietnamese_syllable(prev.group(1), known) \
            or not vietnamese_syllable(nxt.group(1), known) or local_domain(tok) or not stray(tok, known) \
            or not alone(text, a, b, known, MIN_MARKED_DOMAIN) or latin_company(text, a, b):
        return False
    from .spam_context import features, score
    from .spam_slots import neighbours, slot_odds

    odds = slot_odds(*neighbours(text, a, b))
    return odds is not None and odds > BEFORE_NAME_SLOT and score(features(text, a, b)) > BEFORE_NAME_CONTEXT


def opens_word(text: str, b: int, nxt: str) -> bool:
    """Whether ``nxt`` (the syllable right after ``text[:b]`` and a space) opens a word with the syllable after it:
    their bigram seen :data:`OPENS_MIN` times, PMI over :data:`OPENS_PMI`, ``nxt`` none of the :data:`OPENS_COMMON`
    commonest syllables, function words ("của người" opens nothing: langfresh22's "đặc Nhatviphay của người" stays
    a gap). :func:`.spam_bound.closes_word`'s test on the other side: "trong AirTag hiện tại" -- "hiện tại" is a word
    of its own, so no syllable is missing before it."""
    from .spam_bigrams import load_bigrams

    m = re.match(r" [^\W\d_]+ ([^\W\d_]+)", text[b:b + 40])
    if not m:
        return False
    bg = load_bigrams()
    pair = (nxt.lower(), m.group(1).lower())
    return bg.bi[pair] >= OPENS_MIN and bg.pmi(*pair) > OPENS_PMI and pair[0] not in bg.commonest(OPENS_COMMON)
