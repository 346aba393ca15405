"""What the layers before leave at a page's edges (issue 12, ru42, :mod:`mtpipe.clean.ru_edges`); every line here was
written for the tests, none is a page's.

* ``boilerplate.menu_gap``: three to eight short lines inside a block of removed furniture;
* ``boilerplate.forum_chrome``: a forum engine's own lines (phpBB's Russian words);
* ``boilerplate.reader_prompt``: a notice to the reader outside the article's text;
* ``boilerplate.closing_signature``: the lines that sign a Russian article after its last line of text;
* ``boilerplate.title_copy``: a short title printed twice in a row above the text;
* ``boilerplate.cut_teasers``: other stories' titles and leads cut with an ellipsis closing the page, and a pointer
  to an earlier story as the page's last line of text (:mod:`mtpipe.clean.ru_closing`);
* ``boilerplate.press_rubric``: a rubric's name alone outside the text, never the article's title.

Each table holds the clutter shape and content of the same shape that must stay: the article's title in capitals, a
subheading in capitals inside it, a real list, a quoted headline inside a sentence, a person's name as the subject
line of a profile, an article whose body is short lines (a poem, a programme).
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.ru_closing import (closing_signature, cut_lead, cut_teasers, press_rubric, press_rubrics,
                                     signature_line)
from mtpipe.clean.ru_edges import forum_chrome, forum_line, menu_gaps, reader_prompt, reader_prompts, title_copies
from mtpipe.document import Document
from mtpipe.segment import Segmenter

_TEXT = ["Глава района проверил, как идёт ремонт дорог в трёх сёлах после весеннего паводка.",
         "По его словам, работы подрядчик должен закончить до начала учебного года, сроки не изменятся."]
_MENU = ["Главная", "Новости", "Документы", "Контакты", "Фотогалерея", "Обращения граждан"]
_FURNITURE = ("boilerplate.menu", "classifier.line")


def _removed(idx):
    return {i: (_FURNITURE[i % 2], None) for i in idx}


# (lines, removed by the layers before, lines taken)
_GAPS = [
    # four short lines with three menu lines removed above and three below, the article under them
    ([*_MENU[:3], "Экономика района", "Культура и спорт", "Образование", "Здравоохранение", *_MENU[3:],
      "Ремонт дорог в районе", *_TEXT], _removed([0, 1, 2, 7, 8, 9]), [3, 4, 5, 6]),
    # one removed line on a side is no block around the run (the region rules judge it): kept
    ([*_MENU[:3], "Экономика района", "Культура и спорт", "Образование", _MENU[3], "Ремонт дорог в районе", *_TEXT],
     _removed([0, 1, 2, 6]), []),
    # the title over the text is never taken, even inside the menu's block
    ([*_MENU[:3], "Экономика района", "Культура и спорт", "Ремонт дорог в районе", *_MENU[3:], *_TEXT],
     _removed([0, 1, 2, 6, 7, 8]), []),
    # inside the article: the text's own list between removed adverts stays
    ([_TEXT[0], *_MENU[:3], "Иванов Пётр Сергеевич", "Смирнова Ольга Николаевна", "Петров Иван Ильич", *_MENU[3:],
      _TEXT[1]], _removed([1, 2, 3, 7, 8, 9]), []),
    # a line with a stop in it is no menu item: the run stays
    ([*_MENU[:3], "Экономика района", "Работа подрядчика завершена.", "Образование", *_MENU[3:], *_TEXT],
     _removed([0, 1, 2, 6, 7, 8]), []),
    # a flattened table's rows the layers took for furniture stay (the table layer takes them back)
    ([*_MENU[:3], "Эконом Стоимость 100 грн |", "Стандарт Стоимость 100 грн |", "Премиум Стоимость 120 грн |",
      *_MENU[3:], *_TEXT], _removed([0, 1, 2, 6, 7, 8]), []),
    # a page without a line of text that ends on the run: a poem (or a programme) between the menu and the footer
    ([*_MENU[:3], "Белеет парус одинокой", "В тумане моря голубом", "Что ищет он в стране далёкой",
      *_MENU[3:]], _removed([0, 1, 2, 6, 7, 8]), []),
    (["Программа вечера", *_MENU[:3], "Чайковский. Времена года", "Рахманинов. Прелюдия", "Шостакович. Вальс",
      *_MENU[3:]], _removed([1, 2, 3, 7, 8, 9]), []),
]


@pytest.mark.parametrize("lines,removed,taken", _GAPS)
def test_menu_gaps(lines, removed, taken):
    got = menu_gaps(lines, removed, "ru")
    assert sorted(got) == taken
    assert all(rule == "boilerplate.menu_gap" and note for rule, note in got.values())


@pytest.mark.parametrize("line,taken", [
    ("Часовой пояс: UTC + 3 часа", True),
    ("Часовой пояс: UTC + 3 часа [ Летнее время ]", True),
    ("Начать новую тему Ответить на тему [ Сообщений: 254 ] На страницу Пред. 1, 2, 3 ... 13 След.", True),
    ("Ответить на тему  [ Сообщений: 12 ]", True),
    ("Автор Сообщение", True),
    ("Сообщения: 396", True),
    # same words in a sentence, a word alone, a heading
    ("Часовой пояс Москвы опережает UTC на три часа.", False),
    ("Ответить на тему было непросто, признался директор.", False),
    ("Автор", False),
    ("Сообщение", False),
    ("Сообщения граждан", False),
    ("Автор сообщения просит не называть его имени", False),
])
def test_forum_line(line, taken):
    assert forum_line(line) is taken


def test_registration_hints_only_outside_the_text():
    hint = "Вы должны использовать сложный пароль, содержащий не менее 8 символов"
    # above the text (a board's registration form): taken; inside an article on passwords: the advice stays
    assert sorted(forum_chrome([hint, "Между 3 и 26 символами", *_TEXT], {})) == [0, 1]
    assert forum_chrome([_TEXT[0], hint, _TEXT[1]], {}) == {}
    assert sorted(forum_chrome([_TEXT[0], "Автор Сообщение", _TEXT[1]], {})) == [1]  # the engine's words: anywhere


@pytest.mark.parametrize("line,taken", [
    ("Для того чтобы оставить комментарий, вам необходимо войти на сайт", True),
    ("Чтобы написать комментарий, нужно авторизоваться.", True),
    ("Оставлять комментарии могут только зарегистрированные пользователи", True),
    ("Обсуждение 0", True),
    ("Комментарии (3)", True),
    ("Мы Вконтакте", True),
    ("Мы в соцсетях", True),
    ("Стали свидетелями интересного?", True),
    ("У вас есть уникальная новость?", True),
    ("сообщить о неприемлемом содержимом", True),
    ("whatsapp telegram vkontakte email", True),
    ("ВКонтакте | Telegram | Дзен", True),
    ("Telegram и WhatsApp заблокированы в регионе", False),
    ("Telegram", False),
    # the same words going on as a sentence, a quoted headline, a subheading
    ("Чтобы оставить комментарий к проекту, жители пришли в администрацию лично.", False),
    ("Мы вконтакте с жителями каждый день, рассказал глава.", False),
    ("Обсуждение проекта бюджета", False),
    ("Газета опубликовала материал «Стали свидетелями интересного?» о работе редакции.", False),
])
def test_reader_prompt(line, taken):
    assert reader_prompt(line) is taken


def test_reader_prompts_only_outside_the_text():
    prompt = "Чтобы оставить комментарий, необходимо войти на сайт."
    assert sorted(reader_prompts([*_TEXT, prompt], {})) == [2]
    assert reader_prompts([_TEXT[0], prompt, _TEXT[1]], {}) == {}
    # a list of platforms inside the text (where the council streams its sessions) stays
    assert reader_prompts([_TEXT[0], "YouTube, Rutube", _TEXT[1]], {}) == {}
    assert sorted(reader_prompts(["whatsapp telegram vkontakte email", "Ремонт дорог", *_TEXT], {})) == [0]


@pytest.mark.parametrize("line,kind", [
    ("Глава Администрации района С.П. Петров", "office"),
    ("Глава поселка А.Е. Лешенко", "office"),
    ("Председатель Совета депутатов Иванов И.И.", "office"),
    ("Людмила ВАСИЛЬЕВА.", "name"),
    ("И. ПЕТРОВ", "name"),
    ("Администрация Садовского муниципального образования", "body"),
    ("ОГИБДД МО МВД России «Тюменский»", "body"),
    ("(По сообщению районной администрации).", "source"),
    ("Фото Департамента информационной политики", "photo"),
    ("Фото автора", "photo"),
    ("Фото Анны Смирновой", "photo"),
    # same shape, other words
    ("Фото Марса получили учёные", ""),
    ("Главные события недели", ""),
    ("Администрация района сообщает об отключении воды.", ""),
    ("По сообщению администрации, ремонт завершится к осени.", ""),
    ("Людмила Васильева", ""),
    # clut58: a name in title case signs with a stop and a surname's ending (h39ru07, crawl12's and h39ru08's in
    # capitals above); a slogan, a place or a book's name in the same two words is none
    ("Светлана Юлина.", "name"), ("Ольга Шестаковская.", "name"), ("Иван Петров.", "name"),
    ("Олег Карпенко.", "name"), ("Анна Римская-Корсакова.", "name"), ("Елена ЛОСИК.", "name"),
    ("Слава России.", ""), ("Москва Златоглавая.", ""), ("Новый Уренгой.", ""), ("Красная Поляна.", ""),
    ("Светлана Юлина", ""),
])
def test_signature_line(line, kind):
    assert signature_line(line) == kind


_SIGNED = [
    # the article, then its signature: an office, then the photo's credit
    ([*_TEXT, "Глава Администрации района С.П. Петров", "Фото автора"], {}, [2, 3]),
    # a short line closing with "!" ends the text; the office signs under it
    ([*_TEXT, "С праздником!", "Глава Администрации района С.П. Петров"], {}, [3]),
    # an office's first half over its removed second half (a byline rule took "Совета депутатов А.И. Чертов")
    ([*_TEXT, "Председатель Чарышского районного", "Совета народных депутатов А.И. Чертов"],
     {3: ("boilerplate.byline_phrase", None)}, [2]),
    # a body's name signs only as the page's last line: a document's header going on stays
    ([*_TEXT, "Администрация Садовского сельсовета", "ПОСТАНОВЛЕНИЕ", "от 12 мая 2024 года № 5"], {}, []),
    ([*_TEXT, "Администрация Садовского сельсовета"], {}, [2]),
    # a profile whose subject line is the person's name above the text: not after it, stays
    (["Людмила ВАСИЛЬЕВА", *_TEXT], {}, []),
    # a subheading in capitals after the text, then more text: no signature's shape, nothing taken
    ([_TEXT[0], "ИТОГИ ГОДА", _TEXT[1]], {}, []),
    # a list of officials inside the text (each line an office with initials, side by side): the text's own
    ([_TEXT[0], "Глава района А.В. Иванов", "Глава поселка Б.Г. Петров", _TEXT[1]], {}, []),
    # a decree's signature between its text and its appendix
    ([_TEXT[0], "Глава поселка А.Е. Лешенко", "Приложение 1", _TEXT[1]], {}, [1]),
    # clut58: a name in title case with a stop signs the article (h39ru07)
    ([*_TEXT, "Светлана Юлина."], {}, [2]),
    # ... but names one under another, or under a list's intro, are the text's list of people
    ([*_TEXT, "Светлана Юлина.", "Ольга Шестаковская."], {}, []),
    ([*_TEXT, "Победителем конкурса стала:", "Светлана Юлина."], {}, []),
]


@pytest.mark.parametrize("lines,removed,taken", _SIGNED)
def test_closing_signature(lines, removed, taken):
    got = closing_signature(lines, removed, "ru")
    assert sorted(got) == taken
    assert all(rule == "boilerplate.closing_signature" and note for rule, note in got.values())


def test_closing_signature_is_russian_only():
    assert closing_signature([*_TEXT, "Глава Администрации района С.П. Петров"], {}, "vi") == {}


@pytest.mark.parametrize("lines,taken", [
    (["Приплыли", "Приплыли", *_TEXT], [1]),
    (["ПРИПЛЫЛИ", "ПРИПЛЫЛИ", *_TEXT], [1]),  # a title in capitals, printed twice
    # a title long enough for the duplicate layer is that layer's; a refrain inside the text is the text's
    (["Ремонт дорог в районе", "Ремонт дорог в районе", *_TEXT], []),
    ([_TEXT[0], "Ура!", "Ура!", _TEXT[1]], []),
    # two different short lines, and a title with its subtitle
    (["Приплыли", "Итоги года", *_TEXT], []),
    # a page without text: a poem's refrain
    (["Зима!", "Зима!", "Крестьянин, торжествуя"], []),
])
def test_title_copies(lines, taken):
    got = title_copies(lines, {})
    assert sorted(got) == taken


_LEADS = ["В преддверии Дня матери редакция газеты провела конкурс среди наших читателей и подвела его итоги…",
          "Отдел полиции предупреждает граждан об участившихся случаях мошенничества, связанных со взломом..."]
_TITLES = ["Женщины-активисты сплели семнадцать маскировочных сетей", "В районе открыли новую детскую площадку"]


@pytest.mark.parametrize("lines,taken", [
    # titles and cut leads closing the page after the article's last sentence
    ([*_TEXT, "Желаем хорошей погоды!", _LEADS[0], _TITLES[0], _TITLES[1], _LEADS[1]], [3, 4, 5, 6]),
    ([*_TEXT, _TITLES[0], _LEADS[0], _TITLES[1], _LEADS[1]], [2, 3, 4, 5]),
    # the article's own last paragraph cut by a scrape, under its subheading: one lead, one title, kept
    ([*_TEXT, "Итоги года", _LEADS[0]], []),
    # a page that is a list of teasers (a cut lead in its text too): the list is the page's content
    ([_TITLES[0], _LEADS[0], _TEXT[0], _TITLES[1], _LEADS[1], "Ремонт дорог в районе", _LEADS[0][:-1] + " снова…"],
     []),
    # a poem's lines closing the page with an ellipsis are short: no cut lead
    ([*_TEXT, "Мороз и солнце, день чудесный…", "Ещё ты дремлешь, друг прелестный…", _TITLES[0]], []),
    # a line of text between the teasers: the article goes on, nothing taken
    ([*_TEXT, _TITLES[0], _LEADS[0], _TEXT[1], _LEADS[1], _TITLES[1]], []),
    # a pointer to an earlier story as the page's last line of text; the same words inside the text stay
    ([*_TEXT, "Ранее мы писали, что в области спасли лося, попавшего в петлю."], [2]),
    ([_TEXT[0], "Ранее мы писали, что в области спасли лося, попавшего в петлю.", _TEXT[1]], []),
])
def test_cut_teasers(lines, taken):
    got = cut_teasers(lines, {})
    assert sorted(got) == taken
    assert all(rule == "boilerplate.cut_teasers" and note for rule, note in got.values())


def test_cut_lead_shape():
    assert cut_lead(_LEADS[0]) and cut_lead(_LEADS[1])
    assert not cut_lead("И тогда он сказал…")  # too short for a teaser's lead
    assert not cut_lead(_LEADS[0][:-1] + ".")  # a sentence with its stop
    assert not cut_lead("Итоги: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21...")


@pytest.mark.parametrize("line,taken", [
    ("Эксклюзив", True), ("ПИСЬМО В РЕДАКЦИЮ", True), ("В нашем районе", True), ("Опрос", True),
    ("• Происшествия", True), ("Новости:", True),
    # a rubric's word with a topic, in a sentence, a title
    ("Опрос жителей о ремонте дорог", False), ("Эксклюзивное интервью главы района", False),
    ("Новости района за неделю", False), ("Политика партии в регионе.", False),
])
def test_press_rubric(line, taken):
    assert press_rubric(line) is taken


@pytest.mark.parametrize("lines,taken", [
    # above the title, and between a headline and the text
    (["Эксклюзив", "Ремонт дорог в районе", *_TEXT], [0]),
    (["Ремонт дорог в районе завершат к осени", "В нашем районе", *_TEXT], [1]),
    # right above the text with no headline over it: the article's title ("История" of an institution) stays
    (["История", *_TEXT], []),
    # between lines of the text: its own subheading
    ([_TEXT[0], "Справка", _TEXT[1]], []),
    # a page without text: the rubric may be its only heading
    (["Опрос", "Как вы оцениваете ремонт дорог", "Хорошо", "Плохо"], []),
])
def test_press_rubrics(lines, taken):
    got = press_rubrics(lines, {}, "ru")
    assert sorted(got) == taken
    assert press_rubrics(lines, {}, "vi") == {}


def _run(text, policy):
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy=policy))(doc))
    assert unaccounted(doc) is None
    return doc


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_through_the_cleaner(policy):
    content = ["ИТОГИ ФОРУМА МАЛЫХ ГОРОДОВ",
               "Делегация района побывала на форуме малых городов, который прошёл в Казани на прошлой неделе.",
               "В состав делегации вошли:",
               "Иванов Пётр Сергеевич",
               "Смирнова Ольга Николаевна",
               "ПЛАНЫ НА ГОД",
               "Газета уже писала об этом в материале «Мы Вконтакте» весной этого года.",
               "Участники обсудили ремонт дорог, благоустройство дворов и работу библиотек в сёлах."]
    clutter = ["Часовой пояс: UTC + 3 часа", "Для того чтобы оставить комментарий, вам необходимо войти на сайт",
               "Глава Администрации района С.П. Петров"]
    doc = _run("\n\n".join([clutter[0], *content, *clutter[1:]]) + "\n", policy)
    rules = {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}
    assert not [t for t in content if t in rules]
    assert rules["Часовой пояс: UTC + 3 часа"] == "boilerplate.forum_chrome"
    assert rules["Для того чтобы оставить комментарий, вам необходимо войти на сайт"] == "boilerplate.reader_prompt"
    assert rules["Глава Администрации района С.П. Петров"] == "boilerplate.closing_signature"
    assert all(e.note for e in doc.ledger if e.rule.startswith("boilerplate.") and e.action == "removed")
