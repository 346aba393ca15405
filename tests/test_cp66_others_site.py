"""A sentence naming another body's site ("… на сайте службы доставки.", "На сайте консульства …") speaks of that
site, not of this one: ``boilerplate.site_notice`` leaves it (cp66, :func:`mtpipe.clean.notices.others_site`; held23's
``h23ru14``, a shop manual's last line).  Forms from dev pages and from real pages found with the search tool."""

import pytest

from mtpipe.clean.notices import _notice, others_site, site_notices

MANUAL_LAST = ("Когда заказ передан в службу доставки, вам сообщат трек номер для отслеживания заказа на сайте "
               "службы доставки.")
OTHERS = [
    MANUAL_LAST,  # h23ru14
    "На сайте консульства информации об этом нет.",  # h35ru04
    "Согласно данным, опубликованным на официальном сайте ведомства, в январе цены выросли.",  # ru25's form
    "Статус посылки можно проверить на сайте перевозчика.",  # a parcel-tracking guide's form
    "Полный список победителей опубликован на сайте библиотеки.",  # h26ru02's form
]
THIS_SITE = [
    "Продолжая использовать этот сайт, Вы соглашаетесь с использованием cookie.",  # t27ru26
    "Сайт нашего театра использует cookie-файлы для улучшения своей работы.",  # t27ru26
    "Информация, размещаемая на сайте, носит исключительно некоммерческий характер.",  # h10ru11
    "Сайт функционирует в соответствии с Федеральным законом от 09.02.2009.",  # h10ru11
    "На сайте используются файлы cookie для удобства пользователей.",  # a reflexive verb after "на сайте"
    "На сайте размещена информация о деятельности учреждения.",  # a short participle
    "Официальный сайт администрации Хоринского района. Все права защищены.",  # the site's own title
    # another's site and this one: the line still speaks of this site
    "Материалы сайта можно найти на сайте службы доставки и на нашем сайте.",
]


@pytest.mark.parametrize("line", OTHERS)
def test_others_site(line):
    assert others_site(line)
    assert not _notice(line)


@pytest.mark.parametrize("line", THIS_SITE)
def test_this_site(line):
    assert not others_site(line)


@pytest.mark.parametrize("line", THIS_SITE[:4])
def test_this_sites_notices_stay_notices(line):
    assert _notice(line)


BODY = ["Доставка", "Выбор способа доставки осуществляется во время оформления заказа.",
        "Адрес доставки используется тот, который указывается во время оформления заказа."]


def test_a_genitive_in_na_is_missed():
    # "магазина" ends like a short adjective ("размещена", "доступна"): left to the notice rule (conservative)
    assert not others_site("Номер можно найти в личном кабинете на сайте интернет-магазина.")


def test_the_manuals_last_line_stays():
    assert site_notices(BODY + [MANUAL_LAST], set()) == {}


def test_a_cookie_notice_after_the_same_body_still_goes():
    got = site_notices(BODY + [THIS_SITE[0]], set())
    assert [r for r, _, _ in got.values()] == ["boilerplate.site_notice"]
