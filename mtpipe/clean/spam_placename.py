"""A camel-case or letter-and-figure name where a Vietnamese place's own name goes (spam62, issue 12 point 3).

The class: a stray Latin name (:func:`.spam_lone.lone_token` has checked that it is the only Latin word of a sentence
of running Vietnamese, written once, explained by no list) of a shape no place's name has, right after a word that
names a *kind* of place (:data:`PLACE_KINDS`: "làng", "phố", "sông", "xã", "núi" ...), where that place's own name
stands. The shapes (:func:`unplaced_shape`): camel case ("TrustSafeAssets", "OptimumTraders", "AbestMall",
"CoinDuck"), camel case ending in figures ("OnCredit247"), a title-case name ending in figures ("Coinbit24",
"Jcai539"). A place's name is written syllable by syllable, each with its capital ("làng Chuông", "sông Hoài",
"phố Hàng Bạc", "sông Mekong", "phố Wall"); a name glued at a case change or closed by figures is a brand or a host.

:func:`.spam_lone.lone_token` let such names pass in every slot a word introducing a name opens
(:func:`.spam_genre.named_slot`), since a camel-case brand stands right there in real text ("ví ShopeePay", "sàn
KuCoin", "dòng MacBook", "ứng dụng TikTok"); a *place* kind takes no brand. Left out of the kinds: "ở", "tại" (a
shop, a firm, a site: "tại VinMart"), "bản" (also a version, a text: "phiên bản", "văn bản"), "hồ" (also a clock:
"đồng hồ"), "đường" (also a line, a sugar; streets are numbered), "dòng" (a stream, and a product line: "dòng
MacBook").

Seen where it was missed on the dev spam sets: "Người làng TrustSafeAssets không biết", "trên sông Coinbit24 thu hút",
"các tuyến đường phố OptimumTraders." (langfresh34), "con sông AbestMall," (langfresh30), "ở làng Jcai539 mới
có" (langfresh31; its "làng CoinDuck Xá" was caught before). On the dev spam sets langfresh8 ... 34 these 5 more
tokens are caught, none lost; on the clean controls of :mod:`benchmarks.spam_context` (the sets' sentences,
Leipzig, UD VTB and TueCL, FLORES), every realpages ``lang=vi`` line and document of the dev parts and langfresh34's
controls (14,931 texts), and the Wikipedia articles held out of the syllable tables (782), no new flag: no name
of these shapes after a place kind stands alone in its sentence (the one there, "nhà xuất bản BookSurge", follows
"bản"). Flagged, never repaired (nothing says which syllable it hides).
"""

from __future__ import annotations

import re

__all__ = ["PLACE_KINDS", "after_kind", "cut_place", "unlettered_place", "unplaced_shape", "unplaced_name"]

#: words that name a kind of place whose own name follows them (module docstring: the ones left out, and why)
PLACE_KINDS = frozenset("làng xã thôn buôn phố tỉnh huyện quận sông núi đảo vịnh".split())
#: camel case (figures may close it), or a title-case word of three letters at least closed by figures
_SHAPE = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+\d*|[A-Z][a-z]{2,}\d+")
_WORD_BEFORE = re.compile(r"(?:^|\s)([^\W\d_]+) $")
#: a kind and one capitalised syllable before the token (an opening quote may stand before the kind)
_KIND_SYLLABLE = re.compile(r"(?:^|[\s\"“«(‘'])([^\W\d_]+) ([^\W\d_a-z][^\W\d_]*) $")
_CUT_KINDS = PLACE_KINDS | {"hồ"}


def unplaced_shape(tok: str) -> bool:
    """Whether ``tok`` has a shape no place's name has: camel case, or a title-case name closed by figures."""
    return _SHAPE.fullmatch(tok) is not None


def unplaced_name(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]``, a stray Latin name alone in its sentence, has a shape no place's name has
    (:func:`unplaced_shape`) and stands right after a word of :data:`PLACE_KINDS` (one space between), in lower case,
    where the place's own name goes, or after such a word and the name's first syllable (:func:`cut_place`)."""
    return unplaced_shape(text[a:b]) and after_kind(text, a)


def after_kind(text: str, a: int) -> bool:
    """Whether ``text[a]`` stands right after a word of :data:`PLACE_KINDS` (one space between), in lower case, where
    the place's own name goes, or after such a word and the name's first syllable (:func:`cut_place`)."""
    m = _WORD_BEFORE.search(text[max(0, a - 30):a])
    return bool(m) and m.group(1) in PLACE_KINDS or cut_place(text, a)


def unlettered_place(text: str, a: int) -> bool:
    """Whether ``text[a:]``, a stray lower-case word alone in its sentence (:func:`.spam_lone.lone_token`'s ``lower``
    shape: letters alone, five at least, or hyphenated pieces), stands where a place's own name goes
    (:func:`after_kind`): spam104, the ``lower`` shape of spam62's class. A place's name is written with its capitals
    ("sông Hồng", "làng Chuông", "phố Wall"); a word in lower case there is none ("bờ sông vocekoo,", langfresh31).
    Over the dev controls (12,825 texts: dev realpages ``lang=vi`` lines, the sets' clean, look-alike and original
    sentences) and 38,093 news articles no stray lower-case word stands alone so; the kinds left out of
    :data:`PLACE_KINDS` would take real words there ("đường piste", "hàm lượng cao allicin", "hoạt động xilanh",
    "bạch cầu promyelocytic", "phiên bản phablet", "ở fanmeeting": benchmarks/notes/spam104.md)."""
    return after_kind(text, a)


def cut_place(text: str, a: int) -> bool:
    """Whether ``text[a]`` follows a place's kind, in any case, and one capitalised Vietnamese syllable: where a
    two-syllable place's last syllable goes ("Vịnh Hạ SureGrowth trên cạn" for "Vịnh Hạ Long", langfresh35; "hồ Tả
    GloryAchieve," for "hồ Tả Vọng", langfresh29: both missed before spam64). The kind is written with a capital when
    it opens the name ("Vịnh Hạ Long", "Hồ Tây"); "hồ" counts here, since a clock's brand ("đồng hồ Casio") is no
    Vietnamese syllable. Over the clean controls (53,105 texts, module docstring's and the realpages lines) no name of
    these shapes stands so alone in its sentence; a brand after a whole place name is left ("Việt Nam VinFast",
    "đảo Phú Quốc VinWonders": two syllables)."""
    from .spam_gaps import vietnamese_syllable
    from .spam_bigrams import load_bigrams

    m = _KIND_SYLLABLE.search(text[max(0, a - 40):a])
    return bool(m) and m.group(1).lower() in _CUT_KINDS and m.group(2)[1:].islower() \
        and vietnamese_syllable(m.group(2), load_bigrams().uni)
