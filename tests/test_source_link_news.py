"""A pointer to the site's news as a whole, "more news on <site>" (``boilerplate.source_link``, issue 12, clut55).

Forms of the dev pages (h38ru01, html's sports portal) and written ones of the same class, and the text's lines of
the same words that stay: a sentence about a site's news, a site's rights notice, a registration step, a listing.
"""

import pytest

from mtpipe.clean.furniture import source_link


@pytest.mark.parametrize("line", [
    "Больше новостей на News-amur.ru",  # h38ru01
    "Новости спорта на iSport.ua",  # html (a sports portal's footer)
    "Все новости на Gazeta.ru",
    "Ещё больше новостей на сайте ria.ru",
    "Другие материалы на nplus1.ru",
    "More news on BBC.com",
    "Читать на сайте RG.RU",  # h21ru06: the class already there
])
def test_more_news(line):
    assert source_link(line)


@pytest.mark.parametrize("line", [
    "Новости на сайте обновляются ежедневно.",  # no site named
    "Новости компании публикуются на сайте company.ru ежедневно",  # a sentence going on after the site
    "Все права на материалы, опубликованные на сайте oren.mk.ru, принадлежат редакции.",  # a rights notice
    "Регистрация на сайте gosuslugi.ru",  # a step of the text
    "Новостройки на avito.ru",  # another word
    "Больше новостей в Telegram",  # no site address: another class
    "Новость дня на сайте ria.ru",
])
def test_not_more_news(line):
    assert not source_link(line)
