"""Another language's gambling or loan word glued into a stray lower-case token is flagged; the word alone, an English
word that starts so, and a token in company of other Latin words are not (issue 12, spam72).

Sentences and tokens written for these tests (made-up names), none of ``benchmarks/data/langfresh*``'s."""

import pytest

from mtpipe.clean.spam import SpamRepair
from mtpipe.clean.spam_slugs import foreign_trade


def spans_of(text, token):
    return [p for p in SpamRepair().plan(text) if text[p[0]:p[1]] == token]


@pytest.mark.parametrize("text,token", [
    ("Ngôi chùa cổ nằm dưới chân núi topkasynoonline của vùng đất phía Bắc.", "topkasynoonline"),  # a name's slot
    ("Chiếc thuyền nhỏ trôi chầm chậm trên dòng nước glueckspirale.", "glueckspirale"),  # before the final stop
    ("Làng nghề gốm nổi tiếng với những chiếc bình bahisuzmani, được nhiều người ưa chuộng.", "bahisuzmani"),  # comma
    ("Căn nhà được dựng bằng gỗ lim kreditbystro chắc chắn từ nhiều năm trước.", "kreditbystro"),  # two syllables
    ("Mùa này người dân trong làng đi hái chè perevod-bystro trên những sườn đồi.", "perevod-bystro"),  # hyphenated
    ("Vào những ngày cuối năm, kreditbystro người dân trong làng lại tất bật chuẩn bị.", "kreditbystro"),  # a clause
])
def test_a_glued_foreign_trade_word_alone_in_a_sentence_is_flagged_never_repaired(text, token):
    assert foreign_trade(token)
    got = spans_of(text, token)
    assert got and all(rep is None for _, _, rep, _ in got)


@pytest.mark.parametrize("text,token", [
    ("Người dân Mexico thường chơi trò loteria trong các dịp lễ hội của làng.", "loteria"),  # the word alone: a term
    ("Trong tiếng Nga, từ kredit có nghĩa là khoản vay mà người dân phải trả.", "kredit"),
    ("Vào những ngày cuối năm, loteria người dân trong làng lại tất bật chuẩn bị.", "loteria"),
    ("Tác giả viết nhiều về sự apostasy trong lịch sử của các tôn giáo lớn.", "apostasy"),  # an English word
])
def test_the_word_alone_or_an_english_word_is_not_flagged(text, token):
    assert foreign_trade(token) is None
    assert spans_of(text, token) == []


@pytest.mark.parametrize("token,stem", [
    ("drueckgluecknow", "glueck"), ("meusitedeapostas", "apostas"), ("bonusbezdepozytu", "depozyt"),
    ("carkidondurhemen", "carki"), ("cekilis-kazan", "cekilis"), ("alembahisx", "bahis"),
])
def test_foreign_trade_names_the_stem(token, stem):
    assert foreign_trade(token) == stem


@pytest.mark.parametrize("token", ["loteria", "kredit", "apostasy", "sportwetten", "plkasyna", "Glueckshaus",
                                   "kredit24", "kasyno.com", "rankingkasino"])
def test_no_stem_glued_to_three_letters_of_a_lower_case_word(token):
    # alone or two letters more (a word, a country code); capitals, figures, a host: other tests' shapes;
    # "kasino" is a GAMBLING_PIECES spelling, not a stem here
    assert foreign_trade(token) is None
