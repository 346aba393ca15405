"""The gambling trade's words where :func:`mtpipe.clean.spam_lone.lone_token` has no place for them (spam84, issue 12
point 3): another language's trade word glued into a name right after the sentence's first syllable, a domain named
for such a word after a word that names a site, a camel-case name headed by "Bet" after a word that introduces a
name; flagged, never repaired. Real words holding the letters ("Alphabet", "Wetter", "apostasy", "BetaArchive"),
the Spanish word in a Spanish sentence, the sites Vietnamese text names and a brand as a sentence's subject are not;
and the vocabulary's new words (trade_vocab: "aposta", "cazino", "stoixim"; "kasyno"/"kasyna"/"cazino" as a slug's
last piece) read.

Sentences and tokens written for these tests (made-up names), none of ``benchmarks/data/langfresh*``'s."""

import pytest

from mtpipe.clean.spam import SpamRepair
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_classes import class_evidence
from mtpipe.clean.spam_foreignslot import foreign_slot
from mtpipe.clean.spam_slugs import foreign_trade, slug


def spans_of(text, token):
    return [p for p in SpamRepair().plan(text) if text[p[0]:p[1]] == token]


@pytest.mark.parametrize("text,token,kind", [
    ("Hùng superwetten-online cũng rất quan tâm đến việc học hành của con mình.", "superwetten-online", "opener"),
    ("Lan megaapuestas vẫn thường ghé thăm ngôi chùa này vào mỗi dịp lễ tết.", "megaapuestas", "opener"),
    ("Ngôi nhà nhỏ được bài trí đơn giản nhưng rất trang todoapuestas.net.", "todoapuestas.net", "site"),
    ("Khu vườn phía sau nhà được chăm sóc kỹ lưỡng, trang casadeaposta.pt.", "casadeaposta.pt", "site"),
    ("Mọi người đều ngưỡng mộ vẻ đẹp cổ kính của BetNovaro.", "BetNovaro", "bethead"),
    ("Bà con trong xóm thường ngồi hóng mát dưới gốc cây BetKoruma mỗi buổi chiều.", "BetKoruma", "bethead"),
    ("Nơi đây là chốn để vua nghỉ ngơi, thư 2ndkasino, làm việc những khi rảnh rỗi.", "2ndkasino", "figure"),
    ("Cả làng vui mừng đón tin vui, mừng 5thpoker, ai cũng cười nói rộn ràng.", "5thpoker", "figure"),
])
def test_a_trade_word_where_lone_token_has_no_place_is_flagged_never_repaired(text, token, kind):
    a = text.index(token)
    known = load_bigrams().uni
    assert foreign_slot(text, a, a + len(token), known) == kind
    assert "spam84" in class_evidence(text, a, a + len(token), known)
    got = spans_of(text, token)
    assert got and all(rep is None for _, _, rep, _ in got)


@pytest.mark.parametrize("text,token", [
    ("Hùng superstar-online cũng rất quan tâm đến việc học hành của con cái mình.", "superstar-online"),  # no trade word
    ("Lan wetterstation vẫn thường ghé thăm ngôi chùa này vào mỗi dịp lễ tết.", "wetterstation"),  # "Wetter", weather
    ("Theo trang vnexpress.net, giá xăng đã tăng mạnh trong tuần qua.", "vnexpress.net"),  # a site Vietnamese names
    ("Bài viết được đăng trên trang apostasy.org từ nhiều năm trước.", "apostasy.org"),  # "apostasy", English
    ("Công ty mẹ của Google là Alphabet đã công bố kết quả kinh doanh quý ba.", "Alphabet"),
    ("Nhiều người dùng tìm tài liệu cũ trên BetaArchive mỗi ngày.", "BetaArchive"),  # "Beta", no "Bet" piece
    ("BetNovaro cho biết sẽ mở rộng thị trường sang châu Á trong năm tới.", "BetNovaro"),  # the subject, at the start
    ("Mọi người đều nhắc đến BetNovaro, và BetNovaro cũng đã trả lời.", "BetNovaro"),  # written twice: a real name
    ("Nơi đây là chốn để vua nghỉ ngơi, thư 5G, làm việc những khi rảnh rỗi.", "5G"),  # a figure, no trade word
    ("Mỗi năm có khoảng 3betaxin, theo thống kê của bệnh viện tỉnh.", "3betaxin"),  # no gambling piece's slot
    ("La apuesta del gobierno por la reforma fiscal fue criticada por la oposición.", "apuesta"),  # Spanish text
])
def test_real_words_and_names_holding_the_letters_are_not_taken(text, token):
    a = text.index(token)
    assert foreign_slot(text, a, a + len(token), load_bigrams().uni) is None


@pytest.mark.parametrize("tok,stem", [("nossaaposta", "aposta"), ("superaposta", "aposta"), ("bestcazino", "cazino"),
                                      ("pamestoixima", "stoixim"), ("apostasy", None), ("apostates", None),
                                      ("aposta", None), ("cazino", None)])
def test_the_new_stems_read_and_english_words_do_not(tok, stem):
    assert foreign_trade(tok) == stem


@pytest.mark.parametrize("tok,ok", [("super-kasyno", True), ("ruby-kasyna", True), ("grand-cazino", True),
                                    ("kasyno-online", False)])
def test_casino_in_polish_and_romanian_ends_a_slug(tok, ok):
    assert slug(tok) is ok
