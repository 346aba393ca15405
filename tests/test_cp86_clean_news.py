"""cp86: the wrong-removal classes cp84's fresh clean-news check found (issue 12).

* a Vietnamese headline "Trang chủ <owner> <verb> …" ("the homepage of <owner> confirms …") read as a breadcrumb
  (``portal.breadcrumb``): :mod:`mtpipe.clean.home_headlines`;
* a Russian subheading of a common noun and a name in the genitive ("Вылет Макаровой", "Покоритель Арктики") read
  as a byline (``boilerplate.byline``): :mod:`mtpipe.clean.ru_genitive` through :func:`.signoff.not_a_name`;
* a sentence's piece split off at a link text taken as a number line, a copy or an image's text
  (:mod:`mtpipe.clean.sentence_pieces`).

Lines made up in those shapes; negatives are the nearest clutter: crumb trails and crumbs glued to a title, real
names in the nominative, headings over paragraphs, number lines under headings.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.home_headlines import home_headline
from mtpipe.clean.ru_genitive import genitive_heading
from mtpipe.clean.sentence_pieces import piece
from mtpipe.clean.signoff import not_a_name
from mtpipe.clean.vi_portal import breadcrumb
from mtpipe.document import Document


def _clean(text: str) -> Document:
    return Cleaner()(Document(doc_id="t.txt", text=text, raw_text=text))


def _removed_by(text: str, line: str) -> str | None:
    doc = _clean(text)
    at = doc.raw_text.index(line)
    for e in doc.ledger:
        if e.action == "removed" and e.start <= at < e.end:
            return e.rule
    return None


# --- Vietnamese: the homepage of an owner, a headline -----------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Trang chủ Man United xác nhận đạt thỏa thuận mua Romelu Lukaku",
    "Trang chủ UEFA công bố lịch thi đấu vòng bảng mùa giải mới",
    "Trang chủ Real Madrid thông báo chia tay tiền vệ kỳ cựu",
    "Trang chủ Bộ Y Tế đăng tải hướng dẫn phòng bệnh mùa mưa",
])
def test_a_homepage_headline_is_no_breadcrumb(line):
    assert home_headline(line[len("Trang chủ "):])
    assert not breadcrumb(line)


@pytest.mark.parametrize("line", [
    "Trang chủ Quốc tế",  # h40's crumb
    "Trang chủ Tin tức Hội thi văn nghệ quần chúng năm 2024",  # the crumb glued to a title
    "Trang chủ Tin tức Man United xác nhận mua Lukaku",  # a section first: still the crumb trail
    "Trang chủ Thể thao Bóng đá",
    "Trang chủ Giới thiệu",
    "Trang chủ » Kinh tế » Tài chính",
])
def test_crumb_trails_still_go(line):
    assert breadcrumb(line)


def test_a_homepage_headline_stays_on_a_page():
    title = "Trang chủ Man United xác nhận đạt thỏa thuận mua Romelu Lukaku"
    text = (f"{title}\n"
            "Mới đây, trang chủ của câu lạc bộ thông báo họ đã đạt thỏa thuận với Everton về việc chuyển nhượng "
            "tiền đạo người Bỉ. Thương vụ sẽ hoàn tất sau khi cầu thủ vượt qua cuộc kiểm tra y tế bắt buộc.\n"
            "Trong những ngày trở lại đây, thương vụ này trở thành tâm điểm trên thị trường chuyển nhượng mùa hè.\n")
    assert _removed_by(text, title) is None


# --- Russian: a noun and a name in the genitive -----------------------------------------------------------------

@pytest.mark.parametrize("line", ["Вылет Макаровой", "Отставка Петровой", "Покоритель Арктики",
                                  "Победитель Уимблдона", "Уход Смирнова", "Вылет Рублёва"])
def test_a_noun_over_a_genitive_name_is_no_byline(line):
    assert genitive_heading([w.casefold() for w in line.split()])
    assert not_a_name([line], 0, "ru", ())


@pytest.mark.parametrize("line", ["Анна Рублёва", "Мария Щелканова", "Любовь Петрова", "Иван Петров",
                                  "Дмитрий Донской", "Наталья Мильчакова", "Петрова Анна", "Никита Сергеев",
                                  "Илья Смирнов", "Ирина Раевская"])
def test_names_in_the_nominative_stay_names(line):
    assert not genitive_heading([w.casefold() for w in line.split()])


def test_a_genitive_subheading_stays_on_a_page():
    text = ("Обзор первого игрового дня Australian Open\n\n"
            "Первый игровой день турнира принёс немало сюрпризов, и болельщики увидели несколько громких поражений.\n"
            "Вылет Макаровой\n"
            "Россиянка уступила в трёх сетах сопернице из первой сотни рейтинга и покинула турнир уже в первом круге.\n"
            "Теперь ей предстоит выступить в парном разряде вместе с постоянной партнёршей по команде.\n")
    assert _removed_by(text, "Вылет Макаровой") != "boilerplate.byline"


# --- a sentence's piece split off at a link text ----------------------------------------------------------------

_LONG = "По данным Центробанка, в сентябре годовая инфляция в стране по итогам месяца"


@pytest.mark.parametrize("above,line,below", [
    ("составила", "3%.", "«Сейчас всё больше появляется прогнозов», — сказала она."),
    ("но проведём", ". Правила жёсткие. Вплоть до отчисления.", "— А есть что-то счастливое?"),
    (_LONG, "«уйти и заткнуться»", "«Действия России совершенно возмутительны», — заявил он."),
    (None, "CAS отклонил апелляции", "45 российских спортсменов и двух тренеров, не получивших приглашения."),
    (_LONG, "выросла на 3%.", None),
    ("Министр Соединённого Королевства в грубой форме посоветовал России", "«уйти и заткнуться»",
     "«Действия России совершенно возмутительны», — заявил он."),
])
def test_a_sentence_piece_is_its_sentences(above, line, below):
    assert piece(above, line, below)


@pytest.mark.parametrize("above,line,below", [
    ("Инфляция", "3%", "Годовая инфляция в сентябре составила три процента, сообщил Центробанк."),  # under a heading
    ("Курс валют на сегодня", "89,72 р.", None),  # a heading ending lower-case: no piece (short, opens capitalised)
    ("Годовая инфляция в сентябре составила три процента, сообщил Центробанк.", "3%.", None),  # a stop above
    (None, "Читайте также", "Главные новости дня: что случилось в стране и мире за последние сутки."),
    (None, "Фото дня", "18 фотографий, которые рассказывают о прошедшей неделе в мире."),  # a two-word label
    (None, "Новости партнёров", "Курс рубля к доллару вырос на торгах в понедельник утром на бирже."),
    ("Новости Политика Экономика Общество Культура Спорт Право на жизнь", "показати всі приховати", None),  # a menu
    ("распространение коронавируса", "общество", "благовещенск"),  # lower-case tags never close
    ("rate this", "Comment number 108.", "focus63"),  # a capital opens a new line
    ("Сериал про Арсенал с закрученным сюжетом: итоги второго тура АПЛ", "АПЛ. Итоги тура",
     "24 августа 2021 Сериал про Арсенал с закрученным сюжетом и новыми героями"),  # a teaser's rubric
    (None, "Протоколы и стандарты", "9 популярных скриптовых языков для программистов и системных администраторов"),
    ("Телевизори Компютри За жената Домашни любимци Новини Спорт Култура",
     "1998-2020 Враца On-Line. Някои права запазени.", None),  # a copyright line, no figure closing a sentence
    (_LONG, "https://ria.ru/20200331/1569377465.html", None),
])
def test_headings_and_number_lines_are_no_pieces(above, line, below):
    assert not piece(above, line, below)
