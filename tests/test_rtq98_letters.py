"""rtq98: rtq96's fresh-draw classes of wrong removals on clean news (issue 12).

* a letter's address (the addressee in the dative) and greeting printed over its text, read as bylines
  (:mod:`mtpipe.clean.letter_head`);
* an article's last paragraph on sites in the plural, read as a notice of the site (:func:`.notices.plural_sites`).
* a quotation's source split off at its link under an attribution with no stop ("», — заявил …" / "WSJ"), read as
  a line alone (:func:`.sentence_pieces.dash_piece`).

Documents made up in those shapes; negatives are the nearest clutter each rule exists for.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.letter_head import letter_head
from mtpipe.clean.notices import plural_sites, site_notices
from mtpipe.clean.sentence_pieces import dash_piece
from mtpipe.document import Document


def _clean(text: str) -> Document:
    return Cleaner()(Document(doc_id="t.txt", text=text, raw_text=text))


def _removed_by(text: str, line: str) -> str | None:
    doc = _clean(text)
    at = doc.raw_text.index("\n" + line + "\n") + 1
    for e in doc.ledger:
        if e.action == "removed" and e.start <= at < e.end:
            return e.rule
    return None


# --- a letter's address and greeting ---------------------------------------------------------------------------------

LETTER = ("Письмо губернатора президенту\n\n"
          "Его Превосходительству\n"
          "Господину Эммануэлю Макрону\n"
          "Президенту Французской Республики\n"
          "Уважаемый господин Президент,\n"
          "(1)\n"
          "Настоящим письмом выражаю Вам свое почтение и прошу рассмотреть вопрос о строительстве моста через реку "
          "Сура.\n"
          "(2)\n"
          "Я обращаюсь к Вам в связи с годовщиной наводнения, после которого тысячи жителей области остались без "
          "жилья.\n"
          "(3)\n"
          "Полагаюсь на Ваше понимание и надеюсь на скорый ответ, ведь от этого решения зависит судьба целого "
          "района.\n")


@pytest.mark.parametrize("line", ["Господину Эммануэлю Макрону", "Президенту Французской Республики",
                                  "Уважаемый господин Президент,"])
def test_letter_address_and_greeting_kept(line: str) -> None:
    assert _removed_by(LETTER, line) is None


def test_letter_paragraph_numbers_still_go() -> None:
    assert _removed_by(LETTER, "(2)") == "boilerplate.number_line"


COOKIE = ("Театр юного зрителя\n\n"
          "Уважаемый пользователь!\n"
          "Сайт нашего театра использует cookie-файлы для улучшения своей работы и опыта взаимодействия с ним.\n"
          "Афиша\n"
          "Спектакли\n")


def test_letter_head_wants_a_paragraph_that_is_no_site_notice() -> None:
    lines = COOKIE.rstrip("\n").split("\n")
    assert letter_head(lines, 2) == []


def test_letter_head_wants_a_dative_addressee() -> None:
    lines = ["Заголовок статьи", "", "Дорогая редакция", "Новости дня", "Уважаемые читатели!",
             "Мы рады сообщить, что наш журнал выходит теперь каждую неделю и в новом формате."]
    assert letter_head(lines, 4) == []
    lines[3] = "Редактору журнала"
    assert letter_head(lines, 4) == [3, 2]


def test_letter_head_stops_at_a_sentence() -> None:
    lines = ["Заголовок", "", "Президенту республики", "Он прочитал письмо вслух.", "Уважаемый господин Президент,",
             "Настоящим письмом выражаю Вам свое почтение и прошу рассмотреть наш вопрос."]
    assert letter_head(lines, 4) == []


# --- sites in the plural --------------------------------------------------------------------------------------------

HACK = ("Хакеры объявили о начале атаки на банки Эстонии\n\n"
        "Группировка разместила обращение на своём канале. В нём говорится, что атака начнётся в полночь по местному "
        "времени.\n"
        "Обращаясь к правительству, хакеры потребовали прекратить преследование активистов. Они пригрозили "
        "опубликовать переписку чиновников.\n"
        "Сегодня часть банковских сервисов оказалась недоступна. Представители банков заявили, что ведут работу по "
        "восстановлению систем.\n"
        "Ранее атакам подвергались уже более 300 эстонских сайтов, в том числе страницы министерств. Группировка "
        "также похитила данные 200 тыс. пользователей местного почтового сервиса.\n")


def test_last_paragraph_on_sites_in_the_plural_kept() -> None:
    assert _removed_by(HACK, HACK.rstrip("\n").split("\n")[-1]) is None


@pytest.mark.parametrize("s, want", [
    ("Ранее атакам подвергались уже более 300 эстонских веб-сайтов, в том числе страницы министерств.", True),
    ("До соцсетей были форумы на самых разных сайтах, где каждый мог высказаться.", True),
    ("Сайт использует cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим.", False),
    ("Материалы сайта и других сайтов защищены законом.", False),
    ("Сегодня хорошая погода.", False),
])
def test_plural_sites(s: str, want: bool) -> None:
    assert plural_sites(s) is want


def test_singular_notice_after_the_text_still_goes() -> None:
    lines = HACK.rstrip("\n").split("\n")[:-1] + [
        "Уважаемые пользователи, сайт работает в тестовом режиме. Пожалуйста, сообщайте нам об ошибках на сайте."]
    assert len(lines) - 1 in site_notices(lines, set())


# --- a quotation's source split off at its link ----------------------------------------------------------------------

SAID = ("Бывший премьер раскритиковал президента в интервью американской газете\n\n"
        "«Не забывайте о союзниках»\n"
        "«Иногда он действует как бульдозер — просто идёт вперёд. Но следует помнить, что на пути может оказаться и "
        "стена», — заявил бывший премьер\n"
        "WSJ\n"
        "По словам политика, он и президент остаются «заклятыми друзьями». Он подчеркнул, что работать вместе было "
        "чрезвычайно сложно.\n"
        "В связи с этим экс-глава правительства считает, что союзники не должны забывать о стране, несмотря на "
        "собственные проблемы.\n")


def test_source_after_an_attribution_without_a_stop_kept() -> None:
    assert _removed_by(SAID, "WSJ") is None


_QUOTE = "«Иногда он действует как бульдозер — просто идёт вперёд, но на пути может оказаться и стена»"


@pytest.mark.parametrize("above, want", [
    (_QUOTE + ", — заявил бывший премьер", True),
    (_QUOTE + " — рассказала она журналистам", True),
    (_QUOTE + ", — заявил бывший премьер.", False),  # the sentence ends: the short line is no piece of it
    (_QUOTE + " — лучшие комментарии недели на Football", False),  # no verb of saying: a link list's item
    (_QUOTE + ", — заявил он 12", False),
])
def test_said_piece(above: str, want: bool) -> None:
    assert dash_piece(above, "WSJ") is want
    assert not dash_piece(above, "Wall Street Journal сообщила вчера")  # more than a name's words
