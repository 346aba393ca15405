"""An issuer's stack (a Russian act's issuer named from the territory down, a school paper's institution and its parts,
one unit a line) whose lines around a taken one are kept: the line classifier leaves it (cp66,
:mod:`mtpipe.clean.issuer_stacks`).  Forms from train27ru's ``t27ru32`` and ``t27ru59`` and from real pages found with
the search tool (a rural settlement's charter, a district council's decision)."""

import pytest

from mtpipe.clean.issuer_stacks import issuer_stack, stack_line

STACK_LINES = [
    # t27ru32: a council's decision
    "Республика Бурятия", "Хоринский район", "Совет депутатов муниципального образования",
    "сельского поселения «Ойбонтовское»",
    # t27ru59: a pupil's paper's title page
    "Муниципальное бюджетное образовательное учреждение", "средняя общеобразовательная школа № 178",
    "Научное общество учащихся «Эврика»", "секция «Историческое краеведение»",
    # a rural settlement's charter (ishm-bai.ucoz.ru), a district council's decision (komi-gov.ru)
    "СЕЛЬСКОГО ПОСЕЛЕНИЯ", "ИШМУРЗИНСКИЙ СЕЛЬСОВЕТ", "МУНИЦИПАЛЬНОГО РАЙОНА БАЙМАКСКИЙ РАЙОН",
    "РЕСПУБЛИКИ БАШКОРТОСТАН", "Совет муниципального района «Вуктыл»", "Администрация Кировского района",
    "Министерство образования Иркутской области",
]
NOT_STACK_LINES = [
    "Версия для слабовидящих", "РЕШЕНИЕ №2", "Главная", "Поиск по сайту", "Обществознание 9 класс",
    "Совет депутатов принял решение.",  # a sentence
    "Район",  # one word: a menu item or a table's column heading
    "Администрация сельского поселения объявляет конкурс на замещение вакантной должности муниципальной службы",
]


@pytest.mark.parametrize("line", STACK_LINES)
def test_stack_lines(line):
    assert stack_line(line)


@pytest.mark.parametrize("line", NOT_STACK_LINES)
def test_not_stack_lines(line):
    assert not stack_line(line)


# t27ru32's page: the site's masthead (removed by the earlier layers), the act's number, its date (removed), its issuer
ACT = ["Официальный сайт органов местного самоуправления", "муниципального образования сельское поселение",
       '"Ойбонтовское"', "Хоринскй район Республика Бурятия", "Версия для слабовидящих", "РЕШЕНИЕ №2",
       "29 августа 2018", "Республика Бурятия", "Хоринский район", "Совет депутатов муниципального образования",
       "сельского поселения «Ойбонтовское»"]
ACT_REMOVED = {0: ("boilerplate.site_masthead", ""), 1: ("boilerplate.site_masthead", ""),
               2: ("boilerplate.site_masthead", ""), 4: ("boilerplate.control", ""), 6: ("boilerplate.date_line", "")}
# t27ru59's title page
TITLE = ["Муниципальное бюджетное образовательное учреждение", "средняя общеобразовательная школа № 178",
         "Научное общество учащихся «Эврика»", "секция «Историческое краеведение»",
         "Школьный музей – лаборатория исторического познания", "Выполнила:"]


def test_the_issuer_line_under_the_act_number_stays():
    # the date line removed between the number and the issuer is skipped
    assert issuer_stack(ACT, ACT_REMOVED, {7}) == {7}


def test_the_masthead_territory_line_is_still_taken():
    # the same words in the site's masthead: the lines around it are removed, no kept line above it
    assert issuer_stack(ACT, ACT_REMOVED, {3, 7}) == {7}


def test_two_taken_lines_of_a_title_page_stay():
    assert issuer_stack(TITLE, {}, {2, 3}) == {2, 3}


@pytest.mark.parametrize("page, removed, taken", [
    # a menu: the neighbours kept are no stack lines
    (["Главная", "Администрация района", "Новости"], {}, {1}),
    # a neighbour is a sentence: the line heads a paragraph, the model's to judge
    (["Совет депутатов муниципального образования", "Хоринский район",
      "Совет депутатов на очередной сессии утвердил бюджет поселения на следующий год."], {}, {1}),
    # the nearest kept line above lies farther than the reach
    (["Республика Бурятия", "a", "b", "c", "Хоринский район", "Совет депутатов муниципального образования"],
     {1: ("x", ""), 2: ("x", ""), 3: ("x", "")}, {4}),
    # the neighbours taken too: nothing kept around the line
    (TITLE, {}, {0, 1, 2, 3, 4}),
])
def test_not_guarded(page, removed, taken):
    assert issuer_stack(page, removed, taken) == set()


def test_russian_only():
    assert issuer_stack(TITLE, {}, {2, 3}, lang="vi") == set()
