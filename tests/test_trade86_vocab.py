"""The spam trades' vocabulary in one place (trade86, issue 12 point 3): :mod:`mtpipe.clean.trade_vocab` holds each
word once with its uses and languages, and every former table is derived from it by the rule pinned here."""

from __future__ import annotations

import re

import pytest

from mtpipe.clean import spam_camel, spam_genre, spam_slugs, spam_tradeglue, spam_tradepiece, spam_tradeslug
from mtpipe.clean import trade_vocab as v
from mtpipe.clean.trade_vocab import by_length, words


def test_trade_words_are_the_name_and_whole_words():
    assert type(spam_genre.TRADE_WORDS) is frozenset
    assert spam_genre.TRADE_WORDS == words("name") | words("whole")
    assert spam_genre._WHOLE_ONLY == words("whole") and type(spam_genre._WHOLE_ONLY) is frozenset
    assert spam_genre._BY_LENGTH == by_length(spam_genre.TRADE_WORDS - spam_genre._WHOLE_ONLY)
    assert type(spam_genre._BY_LENGTH) is tuple


def test_trade_tlds_are_the_tld_words():
    assert type(spam_genre.TRADE_TLDS) is frozenset and spam_genre.TRADE_TLDS == words("tld")


def test_trade_pieces_are_the_piece_words():
    assert type(spam_tradepiece.TRADE_PIECES) is frozenset and spam_tradepiece.TRADE_PIECES == words("piece")


def test_glue_words_are_the_glue_words_longest_first():
    assert type(spam_tradeglue.GLUE_WORDS) is tuple
    assert spam_tradeglue.GLUE_WORDS == tuple(sorted(words("glue"), key=lambda w: (-len(w), w)))


def test_gambling_pieces_and_foreign_stems_are_the_slug_and_stem_words():
    assert type(spam_slugs.GAMBLING_PIECES) is frozenset and spam_slugs.GAMBLING_PIECES == words("slug")
    assert type(spam_slugs.FOREIGN_STEMS) is frozenset and spam_slugs.FOREIGN_STEMS == words("stem")
    alts = spam_slugs._FOREIGN_STEM.pattern.split("|")
    assert [a.split("(")[0] for a in alts] == list(by_length(words("stem")))
    assert "apostas(?!y)" in alts  # v.STEM_NOT_BEFORE


def test_plural_heads_are_the_head_words():
    assert type(spam_tradeslug.PLURAL_HEADS) is frozenset and spam_tradeslug.PLURAL_HEADS == words("head")


def test_the_camel_pieces_are_read_from_the_build_output():
    assert spam_camel.PIECES == v.CAMEL_PIECES and v.CAMEL_PIECES.name == "gambling_pieces.txt"
    assert spam_camel.load_pieces() is v.camel_pieces()
    assert {"casino", "reels", "riches"} <= v.camel_pieces()


def test_each_word_once_with_known_uses_and_languages():
    rows = [line.split() for line in v._TABLE.splitlines() if line.strip()]
    names = [r[0] for r in rows]
    assert len(names) == len(set(names)) == len(v.VOCAB)  # a word twice would be a second fact
    assert names == sorted(names)
    for w, (langs, uses) in v.VOCAB.items():
        assert uses and uses <= set(v.USES), w
        assert langs and all(re.fullmatch(r"[a-z]{2}", lang) for lang in langs), w
        assert w.isascii() and w.isalpha() and w.islower(), w


def test_the_uses_keep_their_rules():
    assert not words("name") & words("whole")  # "whole" is the name use of a whole piece only, not a second fact
    vi = {w for w, (langs, _) in v.VOCAB.items() if "vi" in langs}
    assert vi and not words("glue") & vi  # spam77: no Vietnamese syllable typed without marks is glued
    assert words("glue") <= words("name") | words("piece")  # spam77: drawn from the two
    assert not words("glue") & words("whole")
    for s in words("stem"):
        assert len(s) >= v.STEM_MIN and "en" not in v.VOCAB[s][0], s
    assert set(v.STEM_NOT_BEFORE) <= words("stem")
    assert all(h.endswith("s") for h in words("head"))


def test_words_refuses_an_unknown_use():
    with pytest.raises(ValueError):
        words("names")


@pytest.mark.parametrize("tok,word", [("Robocash", "cash"), ("SkyMining", "mining"), ("Edwin", None)])
def test_the_derived_name_words_still_read(tok, word):
    assert spam_genre.trade_word(tok) == word


@pytest.mark.parametrize("tok,stem", [("sitedeapostas", "apostas"), ("bezdepozytu", "depozyt"), ("loteria", None)])
def test_the_derived_stems_still_read(tok, stem):
    assert spam_slugs.foreign_trade(tok) == stem
