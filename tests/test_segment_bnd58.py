"""Round bnd58 (issue 12: boundary F1 on real pages, read on held40, dev since the post-blind round), table-driven per
class with negatives (:mod:`mtpipe.segment.stray_marks`):

* an image's slug glued between its caption and the text ("Hội quán Dương Thươngduongthuong1Hội quán nằm …",
  "duongthuong3Năm 1928, …"; ``h40vi04``): no extension and no space, so bnd57's file-name rule misses it;
* a title closed by an ellipsis before a date that opens the text ("… привели к новому автобусу… 3 июня с конвейера
  …"; ``h40ru03``).

Other forms are written after the page's pattern (a site's image names repeat the caption: "chuacau-2",
"nhacotanky_01"); the negatives are the look-alikes the rules must leave: a model code glued to a word, a slug inside
running text, a pause before a date inside a sentence.
"""

from __future__ import annotations

import pytest

from mtpipe.russian_dictionary import morph
from mtpipe.segment.sentences import split_sentences
from mtpipe.segment.stray_marks import _fold


def _units(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


# (language, text, units): an image's slug glued between its caption and the text
SLUG_CASES = [
    ("vi", "Hội quán Dương Thươngduongthuong1Hội quán nằm trên số 64 Trần Phú, ngay tại chùa Phúc Kiến.",
     ["Hội quán Dương Thương", "duongthuong1", "Hội quán nằm trên số 64 Trần Phú, ngay tại chùa Phúc Kiến."]),
    ("vi", "duongthuong3Năm 1928, hội quán được đổi tên thành Trung Hoa quán.",
     ["duongthuong3", "Năm 1928, hội quán được đổi tên thành Trung Hoa quán."]),
    ("vi", "Chùa Cầuchuacau-2Chùa Cầu là biểu tượng của phố cổ Hội An.",
     ["Chùa Cầu", "chuacau-2", "Chùa Cầu là biểu tượng của phố cổ Hội An."]),
    ("vi", "Nhà cổ Tấn Kýnhacotanky_01Ngôi nhà được xây dựng cách đây gần 200 năm.",
     ["Nhà cổ Tấn Ký", "nhacotanky_01", "Ngôi nhà được xây dựng cách đây gần 200 năm."]),
    ("vi", "Phố cổ về đêm. phocovedem2Phố cổ lung linh ánh đèn lồng.",
     ["Phố cổ về đêm.", "phocovedem2", "Phố cổ lung linh ánh đèn lồng."]),
    ("ru", "sobor_sofii12Собор построен в XI веке по приказу князя.",
     ["sobor_sofii12", "Собор построен в XI веке по приказу князя."]),
    # negatives: a model code glued to a Latin word, a code inside running text, a slug that repeats no caption,
    # a short code opening the line
    ("vi", "Mua iphone14Pro Max giá rẻ tại cửa hàng.", ["Mua iphone14Pro Max giá rẻ tại cửa hàng."]),
    ("vi", "Số ca covid19Việt Nam tăng nhanh.", ["Số ca covid19Việt Nam tăng nhanh."]),
    ("vi", "Sản phẩm mới: samsunggalaxy2Điện thoại giá rẻ.", ["Sản phẩm mới: samsunggalaxy2Điện thoại giá rẻ."]),
    ("vi", "Trường Đại học Bách Khoahcmut2Trường được thành lập năm 1957.",
     ["Trường Đại học Bách Khoahcmut2Trường được thành lập năm 1957."]),
    ("vi", "mp3Bài hát mới nhất.", ["mp3Bài hát mới nhất."]),
    ("ru", "Видеокарта gtx1080Ti вышла давно.", ["Видеокарта gtx1080Ti вышла давно."]),
    ("ru", "Купить iphone14Pro можно здесь.", ["Купить iphone14Pro можно здесь."]),
]

# a title closed by an ellipsis before a date that opens the text (Russian; the dictionary reads the word before it)
ELLIPSIS_DATE_CASES = [
    ("ru", "Новые вызовы привели к новому автобусу… 3 июня с конвейера в Орехово-Зуевском городском округе сойдёт "
           "первый автобус.",
     ["Новые вызовы привели к новому автобусу…", "3 июня с конвейера в Орехово-Зуевском городском округе сойдёт "
      "первый автобус."]),
    ("ru", "Читать далее… 5 мая в школе прошёл концерт.", ["Читать далее…", "5 мая в школе прошёл концерт."]),
    ("ru", "Весна пришла рано… 12 марта 2023 года в городе расцвели яблони.",
     ["Весна пришла рано…", "12 марта 2023 года в городе расцвели яблони."]),
    ("ru", "Лето без отдыха... 1 июня в парке пройдёт праздник для детей.",
     ["Лето без отдыха...", "1 июня в парке пройдёт праздник для детей."]),
    # negatives: a verb, a participle or a preposition before the pause, a number before the ellipsis, a date that
    # closes the sentence, a number that names no date
    ("ru", "Премьера состоится… 3 июня в Большом театре.", ["Премьера состоится… 3 июня в Большом театре."]),
    ("ru", "Срок сдачи назначен… 10 июля этого года.", ["Срок сдачи назначен… 10 июля этого года."]),
    ("ru", "Концерт перенесли на… 3 июня в парке.", ["Концерт перенесли на… 3 июня в парке."]),
    ("ru", "Скидки действуют с 1… 3 июня во всех магазинах.", ["Скидки действуют с 1… 3 июня во всех магазинах."]),
    ("ru", "Итоги конкурса подведут… 3 июня.", ["Итоги конкурса подведут… 3 июня."]),
    ("ru", "Мы долго ждали… 3 часа прошли как один миг.", ["Мы долго ждали… 3 часа прошли как один миг."]),
]


@pytest.mark.parametrize("lang,text,units", SLUG_CASES)
def test_bnd58_slug_units(lang, text, units):
    assert _units(text, lang) == units


@pytest.mark.skipif(morph() is None, reason="the ellipsis rule reads the dictionary (pymorphy3)")
@pytest.mark.parametrize("lang,text,units", ELLIPSIS_DATE_CASES)
def test_bnd58_ellipsis_date_units(lang, text, units):
    assert _units(text, lang) == units


def test_bnd58_fold():
    assert _fold("Dương Thương") == "duongthuong"
    assert _fold("Đà Nẵng 2") == "danang2"
