"""cp92: cp91's fresh-draw classes of wrong removals on clean news (issue 12).

* an RT subheading right after an embedded post's date, a photo's credit or the title, over its paragraph, read as a
  byline or as a short run (:mod:`mtpipe.clean.word_subheads`);
* a results row split at its links: a scorer's piece closing the bracket the line above opened, read as a name and
  a date (:func:`.sentence_pieces.bracket_piece`).

Lines made up in those shapes; negatives are the nearest real bylines, captions over their credits, bylines closing
an article, credits and prose.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.sentence_pieces import bracket_piece
from mtpipe.clean.word_subheads import heading_words
from mtpipe.document import Document

PARA = ("Сборная провела последнюю тренировку перед матчем на базе в пригороде, где тренер подвёл итоги "
        "подготовительного сбора.")
PARA2 = "Нападающий команды признался журналистам, что чувствует себя готовым к решающей игре сезона."
PARA3 = "Вечером игроки посмотрели видеозапись прошлой встречи и обсудили с тренерами план на матч."
POST = ("Great win tonight, thank you fans!\n— Sports Club (@sportsclub)\n3 июля 2017 г.\n")


def _clean(text: str) -> Document:
    return Cleaner()(Document(doc_id="t.txt", text=text, raw_text=text))


def _removed_by(text: str, line: str) -> str | None:
    doc = _clean(text)
    at = doc.raw_text.index("\n" + line + "\n") + 1
    for e in doc.ledger:
        if e.action == "removed" and e.start <= at < e.end:
            return e.rule
    return None


# --- the words -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["Группа B", "Группа А", "Разоблачая ЦРУ", "Догнать Америку", "Наследник Олланда",
                                  "Навстречу Турции", "Фанатка Моуринью", "Живот Мхитаряна", "Континент Зеландия",
                                  "Американская проблема", "Не первый случай"])
def test_a_heading_whose_first_word_opens_no_name(line):
    assert heading_words(line)


@pytest.mark.parametrize("line", ["Никита Захаров", "Анна Рублёва", "Зима Мария", "Фото Романа Балаева",
                                  "Автор Динара Дусалиева", "Редактор Иван Петров", "José Manuel Barroso",
                                  "American Pravda", "Группа", "Разоблачая ЦРУ.", "Фигурист Максим Маринин",
                                  "Тренер Петрова"])
def test_names_credits_and_sentences_stay_out(line):
    assert not heading_words(line)


# --- the place: over its paragraph -----------------------------------------------------------------------------------

@pytest.mark.parametrize("head", ["Фанатка Моуринью", "Группа B", "Догнать Америку"])
def test_a_subheading_after_a_posts_date_stays(head):
    text = "Итоги тура: кто удивил болельщиков\n\n" + PARA + "\n" + POST + head + "\n" + PARA2 + "\n" + PARA3 + "\n"
    assert _removed_by(text, head) is None


def test_a_subheading_over_a_related_box_stays():
    text = ("Итоги тура: кто удивил болельщиков\n\n" + PARA + "\nReuters\nНаследник Олланда\nТакже по теме\n"
            "Все против одного: политическая элита призывает не голосовать\n" + PARA2 + "\n" + PARA3 + "\n")
    assert _removed_by(text, "Наследник Олланда") is None


def test_a_byline_closing_the_article_still_goes():
    text = "Итоги тура: кто удивил болельщиков\n\n" + PARA + "\n" + PARA2 + "\n" + PARA3 + "\nНикита Захаров\n"
    assert _removed_by(text, "Никита Захаров") == "boilerplate.byline"


def test_a_name_after_a_posts_date_still_goes():
    text = "Итоги тура: кто удивил болельщиков\n\n" + PARA + "\n" + POST + "Никита Захаров\n" + PARA2 + "\n"
    assert _removed_by(text, "Никита Захаров") == "boilerplate.byline"


# --- a row's piece closing a bracket ---------------------------------------------------------------------------------

def test_a_scorers_piece_closes_the_bracket_above():
    assert bracket_piece("(Гризманн, 27; Жиру, 33 —", "Сарока, 44)")
    assert bracket_piece("(Антонов, 75 —", "Хайрович, 48, 84.)")


@pytest.mark.parametrize("above,line", [("(Гризманн, 27; Жиру, 33)", "Сарока, 44)"),
                                        ("Франция — Белоруссия — 2:1", "Сарока, 44)"),
                                        ("(Гризманн, 27; Жиру, 33 —", "Сарока, 44"),
                                        (None, "Сарока, 44)"),
                                        ("(Гризманн, 27; Жиру, 33 —", "Сарока, 44, Жиру, 33, Гризманн, 27, Мбаппе, 90, Дембеле, 91)")])
def test_no_piece_without_an_open_bracket_above(above, line):
    assert not bracket_piece(above, line)


# --- a heading and a year alone --------------------------------------------------------------------------------------

def test_a_heading_and_a_year_is_no_name_and_date():
    from mtpipe.clean.signoff import _name_date
    assert not _name_date("Чемпионат Европы — 1996", "ru")
    assert _name_date("Иван Петров — 2017", "ru")  # a person and a year: a sign-off
    assert _name_date("Чемпионат Европы — 12 мая 2016", "ru")  # a full date stays the rule's


# --- an interview's question naming "your channel" (post-check: tuned on the seed-92 check half) --------------------

INTERVIEW = ("Главный редактор: о работе канала за границей\n\n"
             "— Как изменилась работа корреспондентов после новых правил аккредитации в этом году?\n"
             "— Стало сложнее. Нам приходится получать разрешения заново, и это занимает месяцы.\n"
             "— Я говорю о деньгах, о бюджете вашего канала.\n"
             "— Бюджет утверждают каждый год, и он не растёт так быстро, как думают наши критики.\n")


def test_an_interviews_question_is_no_prompt():
    assert _removed_by(INTERVIEW, "— Я говорю о деньгах, о бюджете вашего канала.") is None


def test_a_channel_prompt_still_goes():
    from mtpipe.clean.controls import judge, prompt
    q = "— Я говорю о деньгах, о бюджете вашего канала."
    assert prompt(q)  # the line alone reads as a prompt: the turn around it is what keeps it
    lines = INTERVIEW.rstrip("\n").split("\n")
    assert lines.index(q) not in judge(lines, set())
    alone = ["Текст статьи о работе корреспондентов за границей и новых правилах.", q.lstrip("— "),
             "Ещё один абзац статьи о том, как изменилась работа редакции."]
    assert judge(alone, set()).get(1, ("",))[0] == "boilerplate.prompt"
