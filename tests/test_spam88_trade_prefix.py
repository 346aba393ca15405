"""Another language's word of the trades after a prefix of one letter or of figures is flagged, never repaired; the
word alone, a suffix after it, two letters or five figures before it, capitals, and a token in company of other Latin
words are not (issue 12, spam88: :mod:`mtpipe.clean.spam_tradeprefix`).

Sentences and tokens written for these tests (made-up names), none of ``benchmarks/data/langfresh*``'s."""

import pytest

from mtpipe.clean.spam import SpamRepair
from mtpipe.clean.spam_slugs import foreign_trade
from mtpipe.clean.spam_tradeprefix import prefixed_stem
from mtpipe.clean.trade_vocab import words


def spans_of(text, token):
    return [p for p in SpamRepair().plan(text) if text[p[0]:p[1]] == token]


@pytest.mark.parametrize("tok,stem", [("kperya", "perya"), ("xsugal", "sugal"), ("9swerte", "swerte"),
                                      ("2024tongits", "tongits"), ("bjueteng", "jueteng"),
                                      ("msuwerte", "suwerte"), ("7kasyno", "kasyno"), ("zbahis", "bahis")])
def test_a_short_prefix_before_a_stem_is_read(tok, stem):
    assert prefixed_stem(tok) == stem
    assert foreign_trade(tok) == stem


@pytest.mark.parametrize("tok", ["perya", "sugal", "peryas", "kperyax", "12345swerte", "Kperya", "KPERYA",
                                 "kapusta", "bbjueteng", "plkasyna", "sakla", "saklamak", "loteria", "e-sugal", "pattaya", "sabong"])
def test_the_word_alone_a_suffix_a_long_figure_capitals_or_no_stem_are_not(tok):
    assert prefixed_stem(tok) is None
    assert foreign_trade(tok) is None


def test_the_filipino_stems_are_stems_of_the_one_vocabulary():
    assert {"perya", "swerte", "suwerte", "sugal", "jueteng", "tongits"} <= words("stem")
    assert not {"pusta", "sakla", "taya", "piso", "sabong", "panalo"} & words("stem")


@pytest.mark.parametrize("text,token", [
    ("Ngôi đình làng được dựng bằng gỗ lim kperya từ nhiều năm trước.", "kperya"),  # between two syllables
    ("Đi dọc bờ sông về phía Bắc, 9swerte cánh đồng lúa trải dài tít tắp.", "9swerte"),  # opening a clause
    ("Chiếc thuyền nhỏ trôi chầm chậm trên dòng nước xsugal.", "xsugal"),  # before the final stop
])
def test_a_prefixed_stem_alone_in_a_sentence_is_flagged_never_repaired(text, token):
    got = spans_of(text, token)
    assert got and all(rep is None for _, _, rep, _ in got)


@pytest.mark.parametrize("text,token", [
    ("Người Philippines gọi hội chợ quê là perya, nơi có vòng quay và trò ném vòng.", "perya"),  # the word alone
    ("Ứng dụng GCash và trang Facebook của kperya đều quảng bá trò chơi này.", "kperya"),  # other Latin words
])
def test_the_word_alone_or_in_latin_company_is_not_flagged(text, token):
    assert spans_of(text, token) == []
