"""A quotation over the article's title is no head rubric (issue 12, lost94, :mod:`mtpipe.clean.ru_heads`,
``boilerplate.head_rubric``); every line here was written for the tests, none is a page's.

A feature page sets a speaker's words in guillemets over its title as a kicker; they share no word with the title or
the opening (a quotation says it its own way), and the head layer took them for a site's section name.  A line wholly
in quotes holding four words or more and a comma or a spaced dash is a quotation and stays; a name in quotes (a
project's, a hospital's) over a title is a rubric as before.
"""

import pytest

from mtpipe.clean.ru_heads import head_lines, quotation

_TITLE = "Ремонт дорог в трёх сёлах закончат к сентябрю"
_TEXT = ["Глава района проверил, как идёт ремонт дорог в трёх сёлах после весеннего паводка.",
         "По его словам, подрядчик должен закончить работы до начала учебного года, сроки не изменятся.",
         "На участке у моста уже уложили новый асфальт, а вдоль школы появились тротуар и освещение.",
         "Жители попросили добавить пешеходный переход у магазина, и администрация обещала это сделать.",
         "Газета писала об этом в материале «Осенняя ярмарка открылась в субботу» весной, и читатели откликнулись."]


@pytest.mark.parametrize("line, quoted", [
    ("«Приходишь, как домой, и уходить не хочется»", True),
    ("«Мы не закроемся – пока есть хоть один читатель»", True),
    ("\"Приходишь, как домой, и уходить не хочется\"", True),
    ("«Книги без границ»", False),  # a project's name: no clause mark
    ("«Перевозская центральная районная больница»", False),
    ("«Один, два»", False),  # under four words
    ("Приходишь, как домой, и уходить не хочется", False),  # not in quotes
    ("«Приходишь, как домой» и уходить не хочется", False),  # quotes not round the whole line
])
def test_quotation_shape(line, quoted):
    assert quotation(line) is quoted


def test_quotation_over_title_stays():
    lines = ["Садовый клуб", "«Приходишь, как домой, и уходить не хочется»", _TITLE] + _TEXT
    assert sorted(head_lines(lines, {}, "ru")) == [0]


def test_quoted_name_over_title_goes():
    lines = ["Садовый клуб", "«Золотое перо Поволжья»", _TITLE] + _TEXT
    assert sorted(head_lines(lines, {}, "ru")) == [0, 1]
