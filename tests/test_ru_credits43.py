"""A paper's or school work's credits and other chrome by shape (issue 12, ru43, :mod:`mtpipe.clean.ru_credits`,
:mod:`mtpipe.clean.ru_chrome`); every line here was written for the tests, none is a page's.

* ``boilerplate.class_code``: a library classification code or a scholar's identifier alone ("УДК 343.140.02",
  "ORCID: 0000-0001-8068-1616");
* ``boilerplate.author_affiliation``: an author's name with a degree, post or affiliation above the text;
* ``boilerplate.work_credits``: a student work's credit block ("Выполнила:" / a name / a class / "Руководитель:");
* ``boilerplate.portal_control``: a login box's labels in a run, wherever they stand; a journal's controls outside
  the text ("Вернуться к содержанию", "Другие публикации автора");
* ``boilerplate.lead_teasers``: other stories' titles and cut leads above the article's title;
* ``boilerplate.tag_repeat``: a list of tags printed twice on its line;
* ``boilerplate.server_error``: a server's error message outside the article's text;
* ``boilerplate.portal_control``: a listing's sort box and results' counter outside the text.

Each table holds the clutter shape and content of the same shape that must stay: the article's title in capitals, a
subheading in capitals inside it, a real list, a quoted headline inside a sentence, a person's name as the subject
line of a profile, an article whose body is short lines (a poem, a programme, a calendar).
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.ru_chrome import (lead_teasers, listing_control, listing_controls, server_error, server_errors,
                                    tag_repeat, tag_repeats)
from mtpipe.clean.ru_credits import (author_line, author_lines, class_code, class_codes, journal_controls,
                                     login_boxes, work_credits)
from mtpipe.document import Document
from mtpipe.segment import Segmenter

_TEXT = ["Глава района проверил, как идёт ремонт дорог в трёх сёлах после весеннего паводка.",
         "По его словам, работы подрядчик должен закончить до начала учебного года, сроки не изменятся."]
_ABSTRACT = ["Аннотация. В статье рассмотрены формы сотрудничества приграничных регионов двух стран в сфере "
             "образования и науки.", "Авторы показывают, какие программы обмена действуют и что им мешает."]


@pytest.mark.parametrize("line, code", [
    ("УДК 343.140.02", True), ("УДК: 94(47).084", True), ("ББК 63.3(2)622", True), ("ГРНТИ 10.07.45", True),
    ("ORCID: 0000-0001-8068-1616", True), ("SPIN-код: 1234-5678", True), ("AuthorID: 654321", True),
    ("ORCID", False), ("ORCID помогает учёным собрать все свои публикации в одном профиле.", False),
    ("УДК", False),  # the name without a number
    ("УДК 343 был принят библиотеками в прошлом веке для всех отраслей знания.", False),  # a sentence about it
    ("Удк и ББК — два классификатора", False),
])
def test_class_code(line, code):
    assert class_code(line) is code


def test_class_codes_anywhere():
    lines = ["УДК 343.140.02", "ТИПИЧНЫЕ ОШИБКИ СУДА", *_ABSTRACT]
    assert {i: r for i, (r, _) in class_codes(lines, {}).items()} == {0: "boilerplate.class_code"}


@pytest.mark.parametrize("line, shape", [
    ("ДУБРОВИНА Ольга Васильевна доктор политических наук, профессор; ректор института", True),
    ("Иванов Пётр Сергеевич, кандидат исторических наук, доцент кафедры истории", True),
    ("Быкадорова Е.В., Санкт-Петербургский университет МВД России, г. Санкт-Петербург", True),
    ("А.В. Смирнов, аспирант факультета журналистики", True),
    ("Иванов Пётр Сергеевич", False),  # a name alone: no degree, post or affiliation
    ("Иванов Пётр Сергеевич родился в 1950 году в Твери", False),
    ("Университет открыл набор на новые программы", False),  # no name
    ("ИТОГИ ФОРУМА МАЛЫХ ГОРОДОВ", False),  # a title in capitals
])
def test_author_line(line, shape):
    assert author_line(line) is shape


_AUTHOR = "ПЕТРОВА Анна Ивановна кандидат политических наук, доцент кафедры международных отношений"


@pytest.mark.parametrize("lines, taken", [
    # above the title and the text: the paper's head
    ([_AUTHOR, "Иванов Пётр Сергеевич, доктор исторических наук, профессор", "СОТРУДНИЧЕСТВО РЕГИОНОВ", *_ABSTRACT],
     [0, 1]),
    # a profile's subject as the title right above the text stays
    ([_AUTHOR, *_TEXT], []),
    (["Новости района", "ИВАНОВ Иван Иванович, доктор технических наук, профессор", *_TEXT], []),
    # inside the text: a staff list's line is the text's
    ([_TEXT[0], "Иванов Пётр Сергеевич, доктор исторических наук, профессор", _TEXT[1]], []),
    # a page without a line of text may be a list of staff
    ([_AUTHOR, "Иванов Пётр Сергеевич, доктор исторических наук, профессор", "Кафедра истории"], []),
    # a capitals title and a capitals subheading are no author lines
    (["ИТОГИ ФОРУМА МАЛЫХ ГОРОДОВ", _TEXT[0], "ПЛАНЫ НА ГОД", _TEXT[1]], []),
])
def test_author_lines(lines, taken):
    got = author_lines(lines, {})
    assert sorted(got) == taken
    assert all(rule == "boilerplate.author_affiliation" and note for rule, note in got.values())


_TITLE_PAGE = ["Муниципальное бюджетное общеобразовательное учреждение", "Школьный музей как лаборатория истории"]


@pytest.mark.parametrize("lines, taken", [
    ([*_TITLE_PAGE, "Выполнила:", "Сидорова Мария Петровна", "ученица 10 «а» класса", "Руководитель:",
      "учитель истории первой категории", "Кузнецова Ольга Юрьевна", "г. Тверь", "2019 год", *_TEXT],
     [2, 3, 4, 5, 6, 7]),
    # a label with its value on one line, a soft break joining a name and its class
    (["Работу выполнил: Петров А.В.", "Научный руководитель: Сидорова О.Ю.", *_TEXT], [0, 1]),
    (["Выполнили:", "Сидорова Мария Петровна ученица 10 «а» класса", *_TEXT], [0, 1]),
    # a task list's "Выполнил:" over a sentence is no credit
    (["Выполнил:", "Подрядчик отремонтировал дорогу и тротуары в центре посёлка.", *_TEXT], []),
    # a real list inside the article: officials of a delegation without a credit label stay
    ([_TEXT[0], "В состав делегации вошли:", "Иванов Пётр Сергеевич", "Смирнова Ольга Николаевна", _TEXT[1]], []),
    # a line joining the block's last name to the title page's place is not the block's alone
    (["Выполнила:", "Сидорова Мария Петровна", "Руководитель:", "учитель истории Кузнецова Ольга Юрьевна г. Тверь",
      *_TEXT], [0, 1, 2]),
    # a programme of short lines with a performer's role is no credit block
    (["Программа вечера", "Чайковский. Времена года", "исполняет ученица музыкальной школы", *_TEXT], []),
])
def test_work_credits(lines, taken):
    got = work_credits(lines, {}, "ru")
    assert sorted(got) == taken
    assert all(rule == "boilerplate.work_credits" and note for rule, note in got.values())
    assert work_credits(lines, {}, "vi") == {}


@pytest.mark.parametrize("lines, taken", [
    # inside the text (teasers read as sentences above and below): a login box's labels in a run
    ([_TEXT[0], "Имя пользователя:", "Пароль:", "Запомнить", _TEXT[1]], [1, 2, 3]),
    (["Логин", "Пароль", *_TEXT], [0, 1]),
    # a subheading "Пароль" over its text inside an article on passwords stays
    ([_TEXT[0], "Пароль", "Надёжный пароль содержит буквы, цифры и знаки, его меняют раз в полгода.", _TEXT[1]], []),
    # a search box's words in a run without a login's word stay for the portal rules
    ([_TEXT[0], "Поиск", "Шрифт", _TEXT[1]], []),
])
def test_login_boxes(lines, taken):
    got = login_boxes(lines, {})
    assert sorted(got) == taken
    assert all(rule == "boilerplate.portal_control" and note for rule, note in got.values())


@pytest.mark.parametrize("lines, taken", [
    (["Вернуться к содержанию", "СОТРУДНИЧЕСТВО РЕГИОНОВ", *_ABSTRACT, "Другие публикации автора"], [0, 4]),
    (["Перевести страницу на:", "Other publications by this author", "СОТРУДНИЧЕСТВО РЕГИОНОВ", *_ABSTRACT], [0, 1]),
    # inside the text: its own words ("Вернуться к содержанию" as a list item of a manual's steps)
    ([_ABSTRACT[0], "Вернуться к содержанию", _ABSTRACT[1]], []),
    # a sentence about the author's other papers is no control
    (["СОТРУДНИЧЕСТВО РЕГИОНОВ", *_ABSTRACT, "Другие публикации автора посвящены истории Приамурья."], []),
])
def test_journal_controls(lines, taken):
    got = journal_controls(lines, {})
    assert sorted(got) == taken
    assert all(rule == "boilerplate.portal_control" and note for rule, note in got.values())


_LEAD1 = "В предыдущем номере журнала чемпионка рассказала о своих планах на новый сезон и тренировках,..."
_LEAD2 = "Первый в нашей области биатлонный центр, который открылся прошлой зимой, принимает гостей..."
_ARTICLE = ["В дни школьных каникул юные спортсмены страны разыграют медали традиционной летней Спартакиады.",
            "Соревнования пройдут на стадионах трёх городов, в них примут участие более тысячи школьников из "
            "сорока регионов."]


@pytest.mark.parametrize("lines, taken", [
    # titles and cut leads above the article's title
    (["Чемпионка: «Я продолжаю жить биатлоном»", _LEAD1, "В Увате стартовал сезон биатлона", _LEAD2,
      "Юные спортсмены разыграют медали", *_ARTICLE], [0, 1, 2, 3]),
    # one cut lead: the article's own lead cut by a scrape, not a list of teasers
    (["В Увате стартовал сезон биатлона", _LEAD2, "Юные спортсмены разыграют медали", *_ARTICLE], []),
    # a cut lead in the article too: the page is a list of teasers
    (["Чемпионка: «Я продолжаю жить биатлоном»", _LEAD1, "В Увате стартовал сезон биатлона", _LEAD2,
      "Юные спортсмены разыграют медали", _ARTICLE[0], "Старт сезона", _LEAD1], []),
    # a line above the title that is no title nor cut lead (a sentence): the article's own head
    (["Чемпионка: «Я продолжаю жить биатлоном»", _LEAD1, "Сезон открыт.", _LEAD2,
      "Юные спортсмены разыграют медали", *_ARTICLE], []),
    # a poem under its title: no text of sentences under the title
    (["Чемпионка: «Я продолжаю жить биатлоном»", _LEAD1, "В Увате стартовал сезон биатлона", _LEAD2,
      "Зимний лес", "Белеет снег на ветках сосен,", "И тишина стоит вокруг."], []),
])
def test_lead_teasers(lines, taken):
    got = lead_teasers(lines, {})
    assert sorted(got) == taken
    assert all(rule == "boilerplate.lead_teasers" and note for rule, note in got.values())


@pytest.mark.parametrize("line, twice", [
    ("Китай США связь экономика санкции общество армия военные Китай США", True),
    ("Путин Пекин Россия Китай СМИ политика Путин Пекин Рос", True),  # the copy cut inside its last word
    ("Ветеран Великой Отечественной войны Иван Сидоров отметил 100-летний юбилей", False),  # a headline
    ("Китай США связь экономика санкции общество армия военные", False),  # a tag list printed once
    ("ой люли люли ой люли люли", False),  # a refrain
    ("Китай, США, связь, экономика, Китай, США", False),  # punctuation: another rule's
])
def test_tag_repeat(line, twice):
    assert tag_repeat(line) is twice


def test_tag_repeats_is_russian_only():
    line = "Китай США связь экономика санкции общество армия военные Китай США"
    assert list(tag_repeats([line, *_TEXT], {}, "ru")) == [0]
    assert tag_repeats([line, *_TEXT], {}, "vi") == {}


@pytest.mark.parametrize("line, error", [
    ("Field 'nick' doesn't have a default value", True),
    ("Warning: mysql_connect(): Access denied for user 'root'@'localhost' in /var/www/db.php on line 12", True),
    ("You have an error in your SQL syntax; check the manual near 'WHERE id=' at line 1", True),
    ("Warning: объявление о ремонте дорог", False),
    ("Ошибка базы данных помешала жителям записаться к врачу", False),
])
def test_server_error(line, error):
    assert server_error(line) is error


def test_server_errors_outside_the_text_only():
    err = "Notice: Undefined index: id in /var/www/index.php on line 7"
    assert list(server_errors([err, *_TEXT], {})) == [0]
    # a programming text quoting the message between its sentences keeps it
    assert server_errors([_TEXT[0], err, _TEXT[1]], {}) == {}


@pytest.mark.parametrize("line, control", [
    ("Сортировать:по релевантностипо популярностипо дате добавления", True),
    ("Сортировать по: дате | цене | рейтингу", True), ("Найдено 1400 рецептов", True), ("Найдено: 35 товаров", True),
    ("Сортировка мусора", False),  # an article's title: no option of a sort box
    ("Сортировка отходов: как это работает", False),
    ("Найдено 12 нарушений при проверке школ", False),
])
def test_listing_control(line, control):
    assert listing_control(line) is control


def test_listing_controls_outside_the_text_only():
    assert list(listing_controls(["Найдено 1400 рецептов", *_TEXT], {})) == [0]
    assert listing_controls([_TEXT[0], "Найдено 1400 рецептов", _TEXT[1]], {}) == {}


def _run(text, policy):
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy=policy))(doc))
    assert unaccounted(doc) is None
    return doc


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_through_the_cleaner(policy):
    content = ["СОТРУДНИЧЕСТВО ПРИГРАНИЧНЫХ РЕГИОНОВ", *_ABSTRACT,
               "ОБМЕН СТУДЕНТАМИ",
               "Газета писала об этом в материале «Китай США связь экономика санкции общество армия военные» весной.",
               "В программе участвуют:",
               "Иванов Пётр Сергеевич",
               "Смирнова Ольга Николаевна",
               "Участники обсудили обмен студентами, совместные лаборатории и летние школы в двух странах."]
    clutter = ["УДК 327.8", "ПЕТРОВА Анна Ивановна кандидат политических наук, доцент кафедры международных отношений"]
    doc = _run("\n\n".join([*clutter, *content]) + "\n", policy)
    rules = {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}
    assert not [t for t in content if t in rules]
    assert rules["УДК 327.8"] == "boilerplate.class_code"
    assert rules[clutter[1]] == "boilerplate.author_affiliation"
