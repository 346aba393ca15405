"""A page's own sentences taken as site notices, bylines or dates (cpq102, issue 12).

* a poem's author and date under a poem in metre are the poem's (:mod:`mtpipe.clean.verse_tails`): Tyutchev's quatrain
  (public domain, 1857) quoted in a library's notice, as on library.vladimir.ru (cpf101's CHECK2), with the name and
  the date under it; the editor's doubt "1863 ?" (ruthenia.net, cpq102's TUNE pages);
* a sentence that sends the reader to the site for more on the article's subject goes on with the article
  (:func:`mtpipe.clean.notice_text.same_subject`; a made-up library notice of kulturacao.ru's shape);
* users a news post reports on are not the reader addressed (:func:`mtpipe.clean.notice_text.addressed`; a made-up
  post of tg_08905's shape).
Negatives: a cookie notice after the same body, an address to the site's users, a name under lines in no metre.
"""

import pytest

from mtpipe.clean import Cleaner, unaccounted
from mtpipe.clean.notice_text import addressed, same_subject
from mtpipe.clean.notices import _ADDRESS, _SITE, site_notices
from mtpipe.clean.verse_tails import attribution
from mtpipe.document import Document
from mtpipe.segment import Segmenter


def _removed(text):
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner()(doc))
    assert unaccounted(doc) is None
    return {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}


_POEM = ["Есть в осени первоначальной", "Короткая, но дивная пора –", "Весь день стоит как бы хрустальный,",
         "И лучезарны вечера…"]
_LIB_HEAD = ["График работы библиотеки с 1 сентября 2023 года.",
             "Уважаемые читатели! С 1 сентября наша библиотека переходит на осенне-зимний график работы:",
             "понедельник — четверг — с 10:00 до 20:00,", "суббота, воскресенье — с 10:00 до 18:00,",
             "пятница — выходной,", "последний понедельник месяца — санитарный день."]


def test_a_quoted_poems_author_and_date_survive_the_cleaner():
    removed = _removed("\n".join(_LIB_HEAD + _POEM + ["Фёдор Тютчев", "22 августа 1857"]) + "\n")
    assert "Фёдор Тютчев" not in removed, removed
    assert "22 августа 1857" not in removed, removed


@pytest.mark.parametrize("lines,bad,want", [
    (_POEM + ["Фёдор Тютчев", "22 августа 1857"], set(), {4, 5}),
    (_POEM + ["", "1863 ?", "Наверх"], set(), {5}),  # a blank line between; the editor's doubt; a link is no tail
    # the softbreak layer joined two verse lines before the line layers: the poem is read in its pieces
    (_POEM[:2] + [_POEM[2] + " " + _POEM[3], "Фёдор Тютчев"], set(), {3}),
    (_POEM + ["Фёдор Тютчев"], {1}, set()),  # a verse line removed: no poem kept whole
    (_POEM + ["Наверх", "Фёдор Тютчев"], set(), set()),  # the tail ends at the first other line
    (["Новости", "Контакты", "О библиотеке", "Поиск", "Иван Петров"], set(), set()),  # a menu, no metre
])
def test_attribution_table(lines, bad, want):
    assert attribution(lines, bad, {len(lines) - 1: ("boilerplate.byline", "", {})}) == want


def test_attribution_asks_nothing_without_a_byline_or_date_found():
    assert attribution(_POEM + ["Фёдор Тютчев"], set(), {0: ("boilerplate.menu", "", {})}) == set()


_NOTICE_BODY = [
    "Уважаемые читатели, гости и партнёры наших библиотек!",
    "Сообщаем вам об изменении графика работы наших библиотек и пунктов выдачи книг на летний период с 1 июня.",
    "Большинство библиотек будут открыты со вторника по субботу с полудня до восьми вечера, а воскресенье и "
    "понедельник станут выходными днями.",
]
_MORE = ("Чтобы узнать точный график работы своей библиотеки, пожалуйста, загляните в её раздел на нашем сайте.")


def test_a_sentence_sending_the_reader_to_the_site_on_the_notices_subject_stays():
    assert same_subject(_MORE, _NOTICE_BODY, _SITE)
    assert site_notices(_NOTICE_BODY + [_MORE, "Будем рады видеть вас!"], set()) == {}


def test_a_cookie_notice_after_the_same_body_still_goes():
    cookie = "Продолжая пользоваться нашим сайтом, вы соглашаетесь с использованием файлов cookie."
    assert not same_subject(cookie, _NOTICE_BODY, _SITE)
    assert set(site_notices(_NOTICE_BODY + [cookie], set())) == {3}


def test_users_reported_on_are_not_addressed():
    post = ["Сбой в работе банка", "Клиенты и пользователи жалуются на проблемы с доступом к приложению и сайту."]
    assert not addressed(post[1].replace("Клиенты и пользователи", "Пользователи"), _ADDRESS)
    assert site_notices(["Сбой в работе банка", "Пользователи жалуются на проблемы с доступом к приложению и сайту."],
                        set()) == {}


@pytest.mark.parametrize("line", [
    "Уважаемые пользователи! На сайте ведутся технические работы.",
    "Пользователи сайта могут оставлять комментарии только после регистрации.",  # what users may do: a site's rule
    "Переходя по ссылкам, пользователь покидает сайт.",
    "Пользователи жалуются на сбои сайта, пожалуйста, подождите.",  # a second-person word besides
])
def test_an_address_to_the_sites_users_stays_one(line):
    assert addressed(line, _ADDRESS)
