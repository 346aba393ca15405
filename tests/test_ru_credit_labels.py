"""A Russian picture credit whose label or separator the caption rules do not know (issue 12, clut60).

``boilerplate.photo_credit`` (:mod:`mtpipe.clean.ru_cards`, the shape :mod:`mtpipe.clean.ru_credit_labels`): a
picture word or two joined, a dash, a colon or "©", then a short source without a clause.  Forms of real news pages'
credits (73online.ru, riamo.ru, 5-tv.ru, 62info.ru, life.ru; none on the dev pages, content or clutter); negatives:
sentences about a picture, a book's or a shop's fields, a video's heading, the caption rules' own "Фото:" and
"Фото ©".
"""

import pytest

from mtpipe.clean.ru_cards import photo_credit
from mtpipe.clean.ru_credit_labels import label_credit
from test_ru_photo_sources import _BOTTOM, _TOP, _removed


@pytest.mark.parametrize("line, kind", [
    ("Фото – архив 73online.ru", "dash"),  # 73online.ru
    ("Фото - © страница ЧП Серпухов Вконтакте", "dash"),  # riamo.ru
    ("Фото — пресс-служба ГУ МЧС России по г. Москве", "dash"),  # an abbreviation's stop inside
    ("фото - архив «Сельской нови»", "dash"),
    ("Фотографии – Нина Петрова", "dash"),
    ("Фото, видео: МЧС России", "colon"),  # 5-tv.ru
    ("Фото/видео: пресс-служба ГУ МЧС", "colon"),
    ("Иллюстрации:  ГУ МЧС по Рязанской области", "colon"),  # 62info.ru
    ("Инфографика: РИА Новости", "colon"),
    ("Коллаж: Лента.ру", "colon"),
    ("Обложка © Telegram /МЧС Орловской области", "copyright"),  # life.ru
])
def test_label_credit(line, kind):
    assert label_credit(line) == kind
    assert photo_credit(line)


@pytest.mark.parametrize("line", [
    "Фото — это память семьи.",  # a sentence about a picture: a clause's word
    "Фото - один из способов запомнить событие",  # a verb
    "Фотографии – важная часть нашего архива",  # lower case, no source's word
    "Фото – архив семьи Ивановых хранится в музее.",
    "Фото - что это такое?",
    "Снимок — Марс. Он сделан марсоходом.",  # a stop inside: two sentences
    "Видео — лучший способ сохранить праздник",
    "Видео: Лучшие голы сезона",  # "Видео" alone labels no credit: a heading of the text's video
    "Обложка: мягкая",  # a book's or a shop's fields
    "Обложка: твердый переплет",
    "Иллюстрации: цветные",
    "Иллюстрация: рис. 3 показывает рост цен",
    "Фото: МЧС России",  # the caption rules' shapes: a line they kept stays kept
    "Фото © ТАСС",
    "Фото – архив редакции, фотограф Иван Петров, снимок сделан в 1985 году в городе Орле",  # a long source
])
def test_not_label_credit(line):
    assert label_credit(line) == ""


@pytest.mark.parametrize("line", [
    "Фото – архив 73online.ru",
    "Фото - © страница ЧП Серпухов Вконтакте",
    "Фото, видео: МЧС России",
    "Иллюстрации:  ГУ МЧС по Рязанской области",
    "Обложка © Telegram /МЧС Орловской области",
])
def test_credit_between_paragraphs_removed(line):
    got = _removed(_TOP + [line] + _BOTTOM)
    assert got.get(" ".join(line.split())) == "boilerplate.photo_credit" or got.get(line) == "boilerplate.photo_credit"


@pytest.mark.parametrize("line", [
    "Фото — это память семьи.",
    "Видео: Лучшие голы сезона",
    "Фотографии – важная часть нашего архива",
])
def test_sentence_about_a_picture_kept(line):
    assert line not in _removed(_TOP + [line] + _BOTTOM)
