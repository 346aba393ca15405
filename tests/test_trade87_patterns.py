"""The gambling trade's regular expressions take their words from :mod:`mtpipe.clean.trade_vocab` (trade87): each
pattern is pinned to its derivation (a use's words, longest first, in the pattern's own position rule), the uses keep
the relations the patterns were written with, and each pattern answers as before on the class's shapes."""

from __future__ import annotations

import re

import pytest

from mtpipe.clean import spam, spam_bethead, spam_newsnames, spam_shapes, spam_sitenamed
from mtpipe.clean import trade_vocab as v
from mtpipe.clean.trade_vocab import alternation, by_length, words


def test_alternation_is_the_use_words_longest_first():
    assert alternation("bare") == "|".join(by_length(words("bare")))
    assert alternation("news", "newsend") == "|".join(by_length(words("news") | words("newsend")))
    assert all(w.isalpha() and w.islower() for u in v.USES for w in words(u))  # nothing in a word to escape
    with pytest.raises(ValueError):
        alternation("bares")


def test_each_pattern_is_its_derivation():
    a = alternation
    assert spam._BARE.pattern == r"(?<![\w./@:-])([A-Za-z]{1,5}(?:" + a("bare") + r")|[A-Z]{2,3}\d)(?![\w/@.-])"
    assert spam._GAMBLING_WORD.pattern == a("token") and not spam._GAMBLING_WORD.flags & re.IGNORECASE
    assert spam._GAMBLING.pattern == r"\d|" + a("token") + r"|\.(?:live|top|xyz|asia|co|cc)$"
    assert spam_shapes._GAMBLING.pattern == a("brand") and spam_shapes._GAMBLING.flags & re.IGNORECASE
    assert spam_shapes._GAMBLING_END.pattern == rf"[a-z]{{2,}}(?:{a('end')})$|^[a-z](?:{a('short')})$"
    assert spam_shapes._GAMBLING_END.flags & re.IGNORECASE
    assert spam_shapes._GAMBLING_LOWER_END.pattern == rf"[a-z]{{2,}}(?:{a('lower')})$|^[a-z](?:{a('short')})$"
    assert not spam_shapes._GAMBLING_LOWER_END.flags & re.IGNORECASE
    assert spam_shapes._TITLE_BRAND.pattern == (rf"^(?:{a('opens')})[a-z]{{3,}}|[a-z]{{3,}}(?:{a('title')})$"
                                               rf"|^[a-z]{{1,2}}(?:{a('short')})$")
    assert spam_shapes._VI_GAMBLING.pattern == a("vibrand") and spam_shapes._VI_GAMBLING.flags & re.IGNORECASE
    assert spam_bethead._HEAD.pattern == r"(?:" + a("opens") + r")[a-z]{3,}"
    assert spam_newsnames._GAMBLING.pattern == a("news") + r"|(?:" + a("newsend") + r")$"
    assert spam_sitenamed._GAMBLING.pattern == a("host") and spam_sitenamed._GAMBLING.flags & re.IGNORECASE


def test_the_prefilter_covers_every_word_brand_shape_reads():
    # _SHAPED is brand_shape's cheap first test: a token none of whose words it finds has no brand shape (perf7)
    read = ("brand", "vibrand", "end", "lower", "short", "title", "opens")
    assert spam_shapes._SHAPED.pattern == r"\d|" + alternation(*read)
    for w in frozenset().union(*(words(u) for u in read)):
        assert spam_shapes._SHAPED.search(w) and spam_shapes._SHAPED.search(w.upper()), w


def test_the_uses_keep_the_relations_the_patterns_were_written_with():
    assert words("short") <= words("bare") <= words("end") <= words("brand")  # a short or bare end is a name's end
    assert words("lower") == words("end") - {"club"}  # "fanclub", "nightclub": loanwords in lower case
    assert words("end") <= words("title")  # a title-case brand ends in "bingo", "lotto" too
    assert words("bare") <= words("token") and words("end") <= words("host")
    assert not words("news") & words("newsend")  # "win", "fun" only at a name's end ("Windholz", "Funke")
    vi = {w for w, (langs, _) in v.VOCAB.items() if "vi" in langs}
    assert words("vibrand") <= vi  # Vietnamese typed without marks


@pytest.mark.parametrize("pattern,yes,no", [
    (spam._BARE, ["Kubet", "Vwin", "Hitclub", "rikvip", "BK8", "abcdeslot"],
     ["abcdefbet", "Vcasino", "bet.com", "win2"]),
    (spam._GAMBLING, ["fun88", "kubet", "q8vn.com", "nohu", "x.asia"], ["poker", "nhacai", "CASINO"]),
    (spam_shapes._GAMBLING, ["SUNWIN", "nhacaitop", "CLMM", "lode"], ["poker", "game", "keo", "bongda"]),
    (spam_shapes._GAMBLING_END, ["kuwin", "HitClub", "iwin", "Mycasino"], ["win", "VIP", "bingo2", "xxbingo"]),
    (spam_shapes._GAMBLING_LOWER_END, ["kuwin", "rikvip", "iwin", "abcasino"], ["fanclub", "Kuwin", "vip"]),
    (spam_shapes._TITLE_BRAND, ["betway", "cloudbet", "fabet", "vwin", "pokerabc", "abclotto"],
     ["bet", "pokerab", "abcpoker"]),
    (spam_shapes._VI_GAMBLING, ["tylekeo", "TILEBONG", "soikeo", "gamebai"], ["tlekeo", "keo", "lode", "bongda"]),
    (spam_newsnames._GAMBLING, ["Kubet", "Sumvip", "Vwin", "lixi88", "Keonhacai"], ["Windholz", "Funke", "Spinoza"]),
    (spam_sitenamed._GAMBLING, ["Spinbet", "Bongdaplus", "Funtop", "pokerking"], ["Thanhnien", "Chanle", "Lixi"]),
])
def test_each_pattern_answers_as_written(pattern, yes, no):
    for s in yes:
        assert pattern.search(s), (pattern.pattern, s)
    for s in no:
        assert not pattern.search(s), (pattern.pattern, s)


def test_a_lower_case_gambling_head():
    assert spam_bethead._HEAD.fullmatch("betnix") and spam_bethead._HEAD.fullmatch("slotastic")
    assert not spam_bethead._HEAD.fullmatch("betn") and not spam_bethead._HEAD.fullmatch("winabc")
    assert not spam_bethead._HEAD.fullmatch("Betnix")
