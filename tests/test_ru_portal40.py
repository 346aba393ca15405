"""A Russian portal's furniture by its class's grammar and place (issue 12, ru40, :mod:`mtpipe.clean.ru_portal`);
every line here was written for the tests, none is a page's.

* ``boilerplate.story_heading``: the heading of a list of other stories ("Популярные новости за сутки", "Последние
  материалы", "Материал недели") and, after the article has begun, the headlines under it;
* ``boilerplate.site_footer``: copyright, reprint terms, licence, age mark, an advert's legal mark, the outlet's
  register, outside the article's text;
* ``boilerplate.site_masthead``: the site's own name at the page's top ("Официальный сайт …"), not the title over
  the text;
* ``boilerplate.portal_control``: a portal's controls as whole lines ("... Читать дальше »", "Прослушать статью",
  "Нет комментариев", "ПОДПИСАТЬСЯ НА НОВОСТИ"); a search or login box's words outside the article's text.

Each table holds the clutter shape and content of the same shape that must stay: the article's title, a subheading
inside it, a real list (a delegation's names, an agenda), a quoted headline inside a sentence, a short paragraph.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.ru_portal import (answer_intros, footer_line, footer_lines, masthead_lines, portal_control,
                                    portal_controls, story_heading, story_headings)
from mtpipe.document import Document
from mtpipe.segment import Segmenter

_TEXT = ["Глава района проверил, как идёт ремонт дорог в трёх сёлах после весеннего паводка.",
         "По его словам, работы подрядчик должен закончить до начала учебного года, сроки не изменятся."]
_HEADLINES = ["В Благовещенске выбрали лучший двор по итогам конкурса",
              "На рынке выросли цены на картофель и морковь"]


@pytest.mark.parametrize("line,taken", [
    ("Популярные новости за сутки", True),
    ("Последние материалы", True),
    ("Новые материалы +", True),
    ("Свежие записи", True),
    ("Материал недели", True),
    ("Новости партнёров", True),
    ("Рекомендую также:", True),
    ("• Самые читаемые публикации", True),
    # same shape, other words: a subheading with its topic, a rubric, a title
    ("Новые материалы для ремонта дорог", False),
    ("Последние новости с фронта уборки урожая", False),
    ("Новости", False),
    ("Видео дня", False),  # one item's rubric, not a list of stories (the line classifier's, test_clean_classifier)
    ("Новые правила приёма", False),
    ("Популярные маршруты выходного дня", False),
    ("Материал подготовлен пресс-службой.", False),
])
def test_story_heading_grammar(line, taken):
    assert story_heading(line) is taken


# (lines, removed by the layers before, lines taken)
_HEADINGS = [
    # after the article: the heading and the headlines under it
    (["Ремонт дорог в районе", *_TEXT, "Популярные новости за сутки", *_HEADLINES], set(), [3, 4, 5]),
    # a line another layer removed is stepped over; a numbered item is a headline
    ([*_TEXT, "Последние материалы", "Главная", "1. " + _HEADLINES[0], "2. " + _HEADLINES[1]], {3}, [2, 4, 5]),
    # above the article only the heading: the title under it stays
    (["Новые материалы +", "Ремонт дорог в районе", "Подрядчик обещает закончить к сентябрю", *_TEXT], set(), [0]),
    # inside the article over a paragraph of it: the text's own subheading ("Новости партнёров" is a section here)
    ([_TEXT[0], "Новости партнёров", _TEXT[1], *_TEXT], set(), []),
    # after the heading, the title over the next text is never taken, nor the text
    ([_TEXT[0], "Материал недели", "Школа после ремонта", _TEXT[1]], set(), [1]),
    # inside the article over the text's own bulleted list: kept; over a headline: the heading only, not the run
    ([_TEXT[0], "Главные события недели", "• Открыли мост через реку Зею", "• Выбрали лучший двор", _TEXT[1]], set(),
     []),
    ([_TEXT[0], "Главные события недели", "Открыли мост через реку Зею", "Выбрали лучший двор года", _TEXT[1], _TEXT[0]],
     set(), [1]),
    # a page without text is the list itself: a wire's day of stamped headlines
    (["Новости за день", "27.08.2009 18:49 " + _HEADLINES[0], "27.08.2009 18:04 " + _HEADLINES[1]], set(), []),
    # a subheading with its topic and a quoted headline inside a sentence: no heading at all
    ([*_TEXT, "Новые материалы для ремонта дорог", *_HEADLINES], set(), []),
    (["Газета опубликовала материал «Популярные новости за сутки» о работе редакции в выходные дни.", *_TEXT], set(),
     []),
]


@pytest.mark.parametrize("lines,removed,taken", _HEADINGS)
def test_story_headings(lines, removed, taken):
    got = story_headings(lines, removed)
    assert sorted(got) == taken
    assert all(rule == "boilerplate.story_heading" for rule, _ in got.values())


@pytest.mark.parametrize("line,kind", [
    ("Все права сохранены © Курагинские новости", "copyright"),
    ("© 2024 Районная газета «Заря»", "copyright"),
    ("Городские хроники, популярное. - Site.ru All Rights Reserved.", "copyright"),
    ("Перепубликация материалов возможна только с письменного разрешения администрации сайта!", "reprint"),
    ("При использовании материалов ссылка на сайт обязательна.", "reprint"),
    ("Все материалы сайта доступны по лицензии:", "licence"),
    ("Creative Commons Attribution 4.0 International", "licence"),
    ("18+", "age"),
    ("На правах рекламы. Рекламодатель ООО «Ромашка». ИНН 1234567890. Erid 2SDnjc", "advert"),
    ("Учредитель: администрация муниципального района", "register"),
    ("Свидетельство о регистрации СМИ ПИ № ТУ 24-00123 от 12.03.2012", "register"),
    # same shape, other class: a sentence about rights, about materials, a number with a plus
    ("Все права защищены законом, напомнил юрист на встрече с жителями района.", ""),
    ("Использование новых материалов позволило сократить сроки ремонта.", ""),
    ("18 + 4 = 22", ""),
    ("Главный инженер проекта рассказал о ходе работ", ""),
])
def test_footer_line(line, kind):
    assert footer_line(line) == kind


def test_footer_lines_only_outside_the_text():
    lines = ["Ремонт дорог в районе", *_TEXT, "Все права сохранены © Районные новости",
             "Перепубликация материалов возможна только с письменного разрешения редакции!",
             "Учредитель: администрация района", "16+"]
    assert sorted(footer_lines(lines, set())) == [3, 4, 5, 6]
    # between lines of the text: a reprint sentence and a copyright mark in the text's own words stay
    inside = [_TEXT[0], "Перепечатка материалов без разрешения запрещена, напомнил юрист газеты.",
              "© — знак охраны авторского права", _TEXT[1]]
    assert footer_lines(inside, set()) == {}
    # the outlet's register above the article: an interview's "Главный редактор: …" may open it
    head = ["Главный редактор: Иван Петров", *_TEXT]
    assert footer_lines(head, set()) == {}


@pytest.mark.parametrize("line,taken", [
    ("... Читать дальше »", True),
    ("Информация Читать далее", True),
    ('Читать новость полностью на сайте "Газета.Ру"', True),
    ("Прослушать статью", True),
    ("Назад к списку публикаций", True),
    ("Нет комментариев", True),
    ("Войдите в Дневник, чтобы оставить комментарий", True),
    ("ПОДПИСАТЬСЯ НА НОВОСТИ", True),
    ("Присоединяйтесь к нам:", True),
    ("ВКонтакте:", True),
    ("Добавить в избранные источники Яндекс.Новости и Google Новости", True),
    ("Следите за главным в Telegram-канале редакции", True),
    ("Бесплатная юридическая консультация:", True),
    ("Бесплатная консультация", True),
    # same words in a sentence, or a service's own heading: kept
    ("Консультация", False),
    ("Бесплатная консультация юриста доступна по вторникам.", False),
    ("Читать дальше было невозможно: свет погас.", False),
    ("Подписаться на новости можно на сайте.", False),
    ("Комментариев от администрации пока не поступало.", False),
    ("Назад к списку дел вернулись только в понедельник.", False),
])
def test_portal_control(line, taken):
    assert portal_control(line) is taken


def test_box_words_only_outside_the_text():
    lines = ["Поиск", "Ремонт дорог в районе", *_TEXT, "Пароль:", "ВКонтакте:"]
    assert sorted(portal_controls(lines, set())) == [0, 4, 5]
    # a subheading "Поиск" inside a text about a search, a list of platforms inside the text
    inside = [_TEXT[0], "Поиск", _TEXT[1], "Трансляцию можно посмотреть на двух площадках.", "YouTube", "Rutube",
              _TEXT[0]]
    assert portal_controls(inside, set()) == {}


@pytest.mark.parametrize("line,taken", [
    ("Здравствуйте, в этой статье мы постараемся ответить на вопрос: «Как продать квартиру». Если у Вас нет времени "
     "читать статью, позвоните нам.", True),
    ("Добрый день! В этой статье мы ответим на вопрос «Сроки сдачи отчётности в 2024 году».", True),
    # an author's own opening: no greeting, or no question quoted
    ("В этой статье рассмотрим, как удалить команды в телеграм-ботах.", False),
    ("Здравствуйте, в этой статье я расскажу о своей поездке на Байкал прошлым летом.", False),
    ("Здравствуйте! Меня зовут Анна, я отвечу на вопрос «Где учиться?» в конце статьи.", False),
])
def test_answer_intro(line, taken):
    assert bool(answer_intros([line], set())) is taken


_MASTHEADS = [
    # the site's name at the top, carried on in lower case and by a quoted name, over a menu and the text
    (["Официальный сайт органов местного самоуправления", "муниципального образования сельское поселение",
      "«Заречное»", "Версия для слабовидящих", "Ремонт дорог в районе", *_TEXT], {3}, [0, 1, 2]),
    # a page without text: its first line only
    (["Официальный портал администрации района", "РЕШЕНИЕ №2", "О бюджете поселения"], set(), [0]),
    # right above the text: the article's title; a sentence; under the text; a capitalised line is no continuation
    (["Официальный портал госуслуг открылся для жителей района", *_TEXT], set(), []),
    (["Официальный сайт администрации заработал в новом формате.", *_TEXT], set(), []),
    ([*_TEXT, "Официальный сайт администрации района"], set(), []),
    (["Официальный сайт администрации", "Ремонт дорог в районе", *_TEXT], set(), [0]),
    (["Официальный сайт администрации", "Главная", "Ремонт дорог в районе", "Подрядчик назвал сроки", *_TEXT],
     {1}, [0]),
]


@pytest.mark.parametrize("lines,removed,taken", _MASTHEADS)
def test_masthead_lines(lines, removed, taken):
    got = masthead_lines(lines, removed)
    assert sorted(got) == taken
    assert all(rule == "boilerplate.site_masthead" for rule, _ in got.values())


def _run(text, policy):
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy=policy))(doc))
    assert unaccounted(doc) is None
    return doc


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_through_the_cleaner(policy):
    content = ["Делегация района побывала на форуме в Казани",
               "Делегация района побывала на форуме малых городов, который прошёл в Казани на прошлой неделе.",
               "В состав делегации вошли:",
               "Иванов Пётр Сергеевич",
               "Смирнова Ольга Николаевна",
               "Итоги форума",
               "Газета уже писала об этом в материале «Новые материалы для ремонта дорог» весной этого года.",
               "Форум продлится три дня, его программа опубликована на сайте организаторов.",
               "Участники обсудили ремонт дорог, благоустройство дворов и работу библиотек в сёлах."]
    clutter = ["Прослушать статью", "Популярные новости за сутки", *_HEADLINES,
               "Все права сохранены © Районные новости",
               "Перепубликация материалов возможна только с письменного разрешения редакции!"]
    doc = _run("\n\n".join([content[0], clutter[0], *content[1:], *clutter[1:]]) + "\n", policy)
    rules = {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}
    assert not [t for t in content if t in rules]
    assert all(t in rules for t in clutter)
    assert rules["Популярные новости за сутки"] == "boilerplate.story_heading"
    assert rules["Все права сохранены © Районные новости"] == "boilerplate.site_footer"
    assert rules["Прослушать статью"] == "boilerplate.portal_control"
    assert all(e.note for e in doc.ledger if e.rule.startswith(("boilerplate.story", "boilerplate.site_footer")))
