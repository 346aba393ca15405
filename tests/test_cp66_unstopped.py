"""A sentence written without its stop as the page's last line, straight under the text (a forum post's last line,
"Приступили к выполнению плана максимум", train28's ``t28ru08``): the line classifier leaves it (cp66,
:mod:`mtpipe.clean.unstopped`).  Forms from dev pages and from real forum posts found with the search tool."""

import pytest

from mtpipe.clean.unstopped import unstopped_lines, unstopped_sentence

SENTENCES = [
    "Приступили к выполнению плана максимум",  # t28ru08
    "Сюжет вышел в эфир на телеканала ОТР",  # h13ru01
    "Непрерывно углубляются гуманитарные связи и сотрудничество",  # h18ru05
    "По результатам матчей места распределились следующим образом",  # h33ru11
    "Это оказывается иногда очень много",  # a fishing forum's post (rybalka44.ru)
    "А потом убегался на сработки и подобрел",  # the same post, its stop left out
    "Обменялись информацией по воблерам и уловам",  # a fishing report (its stop left out)
]
NOT_SENTENCES = [
    "Вы еще не оставили комментарии",  # a comment box's prompt: the reader addressed (h18ru07)
    "Полный текст материала на http://www.kommersant.ru/",  # a source link (h5ru04)
    "Подписывайтесь на наш канал в Дзен",  # an imperative (h7ru04)
    "Приступили к выполнению плана.",  # stopped: the model does not take a sentence
    "Читать далее", "Комментарии к статье", "Похожие новости по теме", "Все новости Новосибирской области",
    "Главная Новости Спорт Культура Общество",  # capitals on every word: a menu
]


@pytest.mark.parametrize("line", SENTENCES)
def test_unstopped_sentences(line):
    assert unstopped_sentence(line)


@pytest.mark.parametrize("line", NOT_SENTENCES)
def test_not_unstopped_sentences(line):
    assert not unstopped_sentence(line)


TEXT = ("Дружно поржали для начала - у ежика в попе и то наверно больше света, чем в лесу в столь ранний час. "
        "Грибники-ночники блин.")
POST = ["Поскольку для нас это дело новое, решили от грядущего пролета хоть грибами закрыться по пути.", TEXT,
        "Приступили к выполнению плана максимум"]


def test_the_posts_last_line_stays():
    assert unstopped_lines(POST, {}, {2}) == {2}
    # the lines after it removed by an earlier layer (a forum's footer): still the post's last live line
    assert unstopped_lines(POST + ["Ответить", "Цитировать"], {3: ("x", ""), 4: ("x", "")}, {2}) == {2}


@pytest.mark.parametrize("page, removed, taken", [
    # a live line after it: a teaser list's first headline under the article
    (POST + ["В Увате стартовал сезон большого биатлона"], {}, {2, 3}),
    # the line above removed or taken: not under the text
    (POST, {1: ("x", "")}, {2}),
    (POST, {}, {1, 2}),
    # the line above a short one: a list of headlines
    (["Новости", "В Увате стартовал сезон большого биатлона"], {}, {1}),
])
def test_not_guarded(page, removed, taken):
    assert unstopped_lines(page, removed, taken) == set()


def test_russian_only():
    assert unstopped_lines(POST, {}, {2}, lang="vi") == set()
