"""cp90: cp88's open classes of wrong removals on fresh clean news (issue 12).

* a Russian subheading read as a byline: a noun over a two-word name in the genitive, a noun whose nominative is not
  its first reading, a finite verb first (:mod:`mtpipe.clean.ru_genitive` through :func:`.signoff.not_a_name`);
* a quotation's attribution read as a name with its date (``signoff.name_date``);
* a link's text split out of a sentence read as a byline or a "more" heading
  (:func:`mtpipe.clean.sentence_pieces.name_piece`).

Lines made up in those shapes; negatives are the nearest real bylines, sign-offs and headings.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.ru_genitive import genitive_heading, verb_head
from mtpipe.clean.sentence_pieces import name_piece
from mtpipe.clean.signoff import _name_date, judge, not_a_name
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


# --- subheadings that pass the name test --------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["Вотчина Юрия Долгорукого", "Улица Михаила Светлова", "Дубль Овечкина",
                                  "Дубль Проворова", "Матч Сергея Карякина"])
def test_a_noun_over_a_genitive_name_is_no_byline(line):
    assert genitive_heading([w.casefold() for w in line.split()])
    assert not_a_name([line], 0, "ru", ())


@pytest.mark.parametrize("line", ["Прикрылись Северной Кореей", "Горят Леса", "Пили Чай", "Ушли Без Боя"])
def test_a_verb_first_is_no_byline(line):
    assert verb_head([w.casefold() for w in line.split()])
    assert not_a_name([line], 0, "ru", ())


@pytest.mark.parametrize("line", ["Подготовил Заквасин Алексей", "Записала Анна Петрова", "Подготовила Мария Иванова"])
def test_a_credit_verb_before_a_name_stays_a_credit(line):
    assert not verb_head([w.casefold() for w in line.split()])


def test_a_heading_shape_over_a_removed_credit_is_read_as_before():
    lines = ["Авторы исследования опровергли гипотезу о древних океанах на планете.", "Поверхность Марса", "Reuters"]
    assert not_a_name(lines, 1, "ru", set())
    assert not not_a_name(lines, 1, "ru", {2})


@pytest.mark.parametrize("line", ["Юрий Долгорукий", "Иван Петрович Сидоров", "Анна Сергеевна Петрова",
                                  "Роман Тихонов", "Любим Петров", "Вера Зверева", "Сергей Жучков", "Андрей Климов",
                                  "Станислав Черчесов", "Мария Шарапова"])
def test_names_stay_names(line):
    assert not genitive_heading([w.casefold() for w in line.split()])
    assert not verb_head([w.casefold() for w in line.split()])
    assert not not_a_name([line], 0, "ru", ())


def test_a_three_word_subheading_under_the_title_stays():
    text = ("Третий Рим: как из боярского имения Москва превратилась в столицу\n"
            "Вотчина Юрия Долгорукого\n"
            "Первое упоминание города в летописях датируется серединой двенадцатого века, когда князь позвал "
            "родственника на переговоры.\n"
            "С тех пор поселение на холме над рекой росло и к концу века обзавелось деревянными стенами.\n")
    assert _removed_by(text, "Вотчина Юрия Долгорукого") is None


def test_a_byline_under_the_title_still_goes():
    text = ("Третий Рим: как из боярского имения Москва превратилась в столицу\n"
            "Иван Петров\n"
            "Первое упоминание города в летописях датируется серединой двенадцатого века, когда князь позвал "
            "родственника на переговоры.\n"
            "С тех пор поселение на холме над рекой росло и к концу века обзавелось деревянными стенами.\n")
    assert _removed_by(text, "Иван Петров") == "boilerplate.byline"


# --- name and date ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["Ксения Морозова 3 декабря 2015", "Иван Петров, 12:30 15.05.2024",
                                  "Администратор, 14 декабря, 2011"])
def test_dated_names_stay(line):
    assert _name_date(line, "ru")


def test_an_epigraph_attribution_is_no_sign_off():
    lines = ["«Мы можем исчерпать все доказанные мировые запасы нефти к концу следующего десятилетия».",
             "Джимми Картер,  1977 год", "Голод не тётка"]
    assert judge(lines, "ru", set()) == {}
    lines = ["“Нам нечего бояться, кроме самого страха”.", "Франклин Рузвельт, 1933"]
    assert judge(lines, "ru", set()) == {}


@pytest.mark.parametrize("above", [
    "Мы обсудили все вопросы повестки и договорились встретиться снова через месяц.",  # a sentence, no quotation
    "«Спасибо за статью», — пишет читатель, и «жду продолжения».",  # quotes inside a sentence
    "«Ответ»",  # a quoted word
])
def test_a_sign_off_under_text_still_goes(above):
    lines = [above, "Ксения Морозова 3 декабря 2015"]
    assert judge(lines, "ru", set())[1][0] == "signoff.name_date"


# --- a link's text split out of a sentence ------------------------------------------------------------------------

@pytest.mark.parametrize("above,line,below,after", [
    ("в финале турнира по теннису россиянка", "Мария Шарапова", ". Пятикратная победительница турниров", None),
    ("«Мы не видим для этого оснований, — заявил министр в интервью газете", "Financial Times",
     "По его словам, переговоры продолжатся.", None),
    ("Или забанить в Google?", "Другое издание —", "The Atlantic", "— ставит перед читателями тот же вопрос."),
    ("Об этом в понедельник со ссылкой на свои источники сообщило агентство", "Reuters",
     ", ссылаясь на данные правительства.", None),
])
def test_a_link_text_is_its_sentence(above, line, below, after):
    assert name_piece(above, line, below, after)


@pytest.mark.parametrize("above,line,below,after", [
    ("Сборная России прибыла в Санкт-Петербург на первый матч", "Андрей Климов", "Фото: РИА Новости", None),
    ("Сборная России прибыла в Санкт-Петербург на первый матч", "Андрей Климов",
     "Первый матч команда сыграет в субботу вечером на новом стадионе.", None),  # a caption, then the author
    ("Самолёт Boeing с лазерной установкой «Бриллиант»", "Jonathan Ernst", "Видеозапись была опубликована.", None),
    ("Новости партнёров", "Читайте также", "Главные новости дня", "Курс рубля вырос"),  # no dash
    (None, "Другие новости —", "", None),  # a dash, nothing under it
    ("в финале турнира по теннису россиянка", "Мария Шарапова.", ". Пятикратная", None),  # a stop: a sentence
])
def test_no_link_text(above, line, below, after):
    assert not name_piece(above, line, below, after)


def test_a_link_text_in_a_sentence_stays_on_a_page():
    text = ("Шарапова вышла во второй круг турнира в Штутгарте\n"
            "Бывшая первая ракетка мира вернулась на корт после долгого перерыва.\n"
            "В первом круге турнира по теннису россиянка\n"
            "Мария Шарапова\n"
            ". Пятикратная победительница турниров Большого шлема не оставила шансов сопернице из Германии.\n"
            "Следующей соперницей россиянки станет победительница пары из Франции и Чехии.\n")
    assert _removed_by(text, "Мария Шарапова") is None


# --- a reported Telegram post, a book's entry ---------------------------------------------------------------------

def test_a_reported_post_is_no_join_prompt():
    from mtpipe.clean.controls import prompt

    line = ("«Издание объясняет, чем бойкот отличается от протестного голосования. Какое вмешательство, о чём вы?» — "
            "иронически спрашивает Telegram-канал «Доктор прописал».")
    assert not prompt(line)
    assert not prompt("«Это наш канал в Telegram, подписывайтесь», — пишет автор блога.")


def test_a_book_entry_is_no_caption():
    from mtpipe.clean.features import is_caption

    assert not is_caption("Пётр Иванов. Кино и время: Очерки. – М.: Наука, 2018. – 494 с. (Стоп-кадр).")
    assert not is_caption("Анна Петрова. Стоп-кадр: Повесть. – СПб.: Алетейя, 2019. – 210 с.")
    assert is_caption("Фото: Иван Петров / РИА Новости")
    assert is_caption("Стоп-кадр из видео, опубликованного в соцсетях")


@pytest.mark.parametrize("line", ["Подпишитесь на наш Telegram-канал — там все новости первыми",
                                  "Подпишитесь на наш телеграм-канал и узнавайте новости первыми"])
def test_join_prompts_still_go(line):
    from mtpipe.clean.controls import prompt

    assert prompt(line)
