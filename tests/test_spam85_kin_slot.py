"""spam85: an invented lower-case word right after a word of kinship or of a place (mtpipe.clean.spam_kinslot)."""

import pytest

from mtpipe.clean.spam import find_spam_tokens
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_kinslot import kin_slot


def _kin(text: str, tok: str) -> bool:
    a = text.index(tok)
    return kin_slot(text, a, a + len(tok), load_bigrams().uni)


@pytest.mark.parametrize("text,tok", [
    ("Những câu chuyện ấy đã thấm vào máu thịt của bà zorvakim.", "zorvakim"),
    ("Người dân trên đảo quibrelt trồng tỏi và hành quanh năm.", "quibrelt"),
    ("Đất sét được lấy từ bờ sông fendrosk, khi nung rất dẻo và bền.", "fendrosk"),
    ("Cả làng trvoskel đều ra đồng gặt lúa từ sáng sớm.", "trvoskel"),
    ("Năm ấy ông plindrax đã rời quê lên thành phố lập nghiệp.", "plindrax"),
    ("Du khách vượt qua đèo kwimbers để ngắm biển mây trên đỉnh núi.", "kwimbers"),
])
def test_invented_word_after_a_person_or_place_word(text, tok):
    assert _kin(text, tok)
    assert tok in " ".join(find_spam_tokens(text, min_count=1, context=True))


@pytest.mark.parametrize("text,tok", [
    ("Đa phần công chúng vẫn quen với một cô hotgirl xinh đẹp và biết diễn.", "hotgirl"),  # English words glued
    ("Tôi đã gặp người lái xe becak chở khách đi quanh thành phố.", "becak"),  # "xe": not a person's or place's word
    ("Người dân đảo Phú Quốc sống bằng nghề đánh cá và làm nước mắm.", "Phú"),  # a capitalised name
    ("Sản phẩm của anh shipper được giao tận nhà trong ngày hôm đó.", "shipper"),  # a loanword of the lists
    ("Ông zorvakim và bà zorvakim cùng dự lễ hội ở làng bên cạnh.", "zorvakim"),  # written twice
    ("Bà con ở xã mualuaxanh đã thu hoạch xong vụ lúa chiêm năm nay.", "mualuaxanh"),  # unmarked syllables
    ("Chị Lan đã mua cho bà zorvakim một chiếc iPhone mới tinh.", "zorvakim"),  # another Latin word
])
def test_not_a_kin_slot(text, tok):
    assert not _kin(text, tok)
