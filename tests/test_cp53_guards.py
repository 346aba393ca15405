"""cp53 (issue 12, 25th session): guards on rules that could take a real sentence.

* ``boilerplate.image_alt`` (:func:`mtpipe.clean.ru_cards.image_alt`): after a user's picture words ("Аватар
  пользователя", "Фото автора") an alt text names the user; a sentence that opens with the same words holds a verb
  or a clause's word (:func:`mtpipe.clean.ru_photo_sources.clause_word`) and is the text's; after "Изображение" and
  a title, the template names the site: a sentence's verb right before the site's words makes the line a sentence.
"""

from __future__ import annotations

import pytest

from mtpipe.clean.ru_cards import image_alt
from mtpipe.clean.ru_photo_sources import clause_word


@pytest.mark.parametrize("line, alt", [
    # the template's alt text: still taken (held36's "Аватар пользователя Angler", Drupal's localisation)
    ("Аватар пользователя Angler", True), ("Изображение пользователя vasya_92", True),
    ("Аватар участника Ольга Петрова", True), ("Фото автора Мария Иванова", True),
    ("Аватарка пользователя kotik.93", True), ("Фото пользователя Сергей К.", True),
    ("Изображение Принципы школьного питания: как кормят наших детей? на Schoolofcare.ru!", True),
    # a sentence that opens with the words: a verb or a clause's word in it
    ("Фото автора статьи опубликовали все местные газеты.", False),
    ("Аватар пользователя можно сменить в настройках профиля.", False),
    ("Фото участника конкурса набрало больше всего голосов.", False),
    ("Изображение пользователя было удалено модератором.", False),
    ("Фото автора снимка хранится в архиве музея.", False),
    ("Аватар пользователя появляется рядом с каждым его сообщением.", False),
    # "Изображение" + a title + the site: the verb of a sentence right before the site's words
    ("Изображение Астраханская область, Ахтубинский район в соцсети TenChat", True),
    ("Изображение Земли из космоса разместили на сайте NASA.", False),
    ("Изображение Путина появилось на сайте Kremlin.ru.", False),
    ("Изображение Мадонны опубликовали в сети Instagram.", False),
    ("Изображение Христа на Туринской плащанице", False),
])
def test_image_alt_is_no_sentence(line, alt):
    assert image_alt(line) is alt


@pytest.mark.parametrize("tok, clause", [
    ("опубликовали", True), ("хранится", True), ("можно", True), ("было", True), ("набрало", True),
    ("Angler", False), ("Петрова", False), ("совет", False), ("статьи", False), ("Опубликовали", False),
])
def test_clause_word(tok, clause):
    assert clause_word(tok) is clause


def test_a_sentence_that_opens_with_a_photo_word_stays_in_the_text():
    from mtpipe.clean import Cleaner, CleanOptions
    from mtpipe.document import Document

    text = ["Выставка юного фотографа открылась в районной библиотеке",
            "В субботу в районной библиотеке открылась выставка работ школьника, который снимает природу с десяти лет.",
            "Фото автора статьи опубликовали все местные газеты.",
            "Сам он говорит, что больше всего любит снимать птиц на рассвете, когда в лесу ещё тихо.",
            "Выставка продлится до конца месяца, вход для всех посетителей свободный."]
    for alt, kept in (("Фото автора статьи опубликовали все местные газеты.", True),
                      ("Аватар пользователя Angler", False)):
        lines = text[:2] + [alt] + text[3:]
        doc = Cleaner(CleanOptions(removal_policy="balanced"))(
            Document.from_text("\n".join(lines) + "\n", doc_id="site/a.txt", path="site/a.txt"))
        rules = {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}
        assert (alt.rstrip(".") not in {k.rstrip(".") for k in rules}) is kept
