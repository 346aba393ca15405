"""Russian clutter the cleaner kept on the dev pages, three classes (issue 12, clut57), table-driven with the look-alikes
of the text that must stay:

* an article's reading time (``boilerplate.reading_time``, :mod:`mtpipe.clean.reading_times`): labelled anywhere
  ("Время чтения: 5 мин", "9 мин. чтения", "2 мин на чтение", forms of a documentation portal's and a blog's
  article heads, audit23's "Время чтения: примерно 15 минут"), or the bare figure above the text's first sentence
  (t27ru66's "13 мин" under the byline, h12ru04's "42 мин." first on the page, h22ru06's "5 мин");
* an account box's links (``boilerplate.control``): "Зарегистрироваться" (h38ru07), "Войти", "Вход / Регистрация";
* a button that puts the item in the reader's collection (``boilerplate.control``): "Добавить в книгу рецептов"
  (h13ru10), "Добавить в избранное", "В корзину" (shop and recipe cards);
* an online library's reader frame (``boilerplate.platform_ui``): "Текущая страница: 7 (всего у книги 28 страниц)
  [доступный отрывок для чтения: 9 страниц]" (h15ru04, every book page of the engine);
* a video's credit with its colon (``boilerplate.byline_phrase``): "Видео: Юрий Коробейников" (h38ru07);
* one field of a register card or a product card standing alone (``boilerplate.register_field``): "Принявший орган:
  …" (h22ru03), "Дата принятия: …" (t27ru08), "Издание: 2017 год" (t27ru62), "Артикул: 24937" (t27ru77), the
  "Вид документа: …" of an act's publication portal;
* a share card's headline or summary closed by the site's name and the date in the page's head
  (``boilerplate.share_card``, :mod:`mtpipe.clean.card_tails`): h33ru02, c7ria01, c7ria04;
* a printed table of contents and its label (``structure.contents``, :func:`mtpipe.clean.structure.contents_run`):
  t27ru59, h22ru04, a report's contents; two leader lines are none.
"""

import pytest

from mtpipe.clean import Cleaner, unaccounted
from mtpipe.clean.controls import control, credit_line, platform, register_field
from mtpipe.clean.card_tails import card_tail, share_cards
from mtpipe.clean.structure import contents_run
from mtpipe.clean.reading_times import bare_minutes, reading_time, reading_times
from mtpipe.document import Document
from mtpipe.segment import Segmenter

_TEXT = ["Волонтеры рассказали, как устроены частные приюты для бездомных собак в Москве.",
         "Пять лет назад хозяйка приюта начала брать собак с улицы, и теперь их у нее больше ста."]


@pytest.mark.parametrize("line,want", [
    ("Время чтения: 5 мин", True),
    ("Примерное время чтения: 3 мин.", True),
    ("Время чтения: примерно 15 минут", True),  # audit23's dev page
    ("Время чтения: ~4 мин", True),
    ("9 мин. чтения", True),
    ("2 мин на чтение", True),
    ("⏱ 8 мин. чтения", True),  # the clock icon's remains
    ("| 3 min read |", True),
    ("Reading time: 5 minutes", True),
    ("Thời gian đọc: 3 phút", True),
    ("3 phút đọc", True),
    # the same words with others: a cooking time, a sentence about reading, a recipe step
    ("Время приготовления: 30 мин", False),
    ("Среднее время чтения статьи — 5 минут, показало исследование.", False),
    ("• 15 минут до загустения - и пирог готов!", False),
    ("Читать 5 минут в день полезно.", False),
    ("Время чтения", False),
])
def test_reading_time(line, want):
    assert reading_time(line) is want


@pytest.mark.parametrize("line,want", [
    ("13 мин", True), ("42 мин.", True), ("5 мин", True), ("7 min", True),
    ("15 минут", False),  # spelt out: no widget's abbreviation
    ("30 мин. на медленном огне", False), ("1200 мин", False), ("мин", False), ("12:30", False),
])
def test_bare_minutes(line, want):
    assert bare_minutes(line) is want


@pytest.mark.parametrize("lines,want", [
    (["Как существуют приюты для бездомных собак", "Ксения Морозова 3 декабря 2015", "13 мин"] + _TEXT, [2]),
    (["42 мин."] + _TEXT, [0]),  # first on the page
    (_TEXT + ["Время чтения: 5 мин"], [2]),  # labelled: anywhere
    # a bare figure once the text has begun: a recipe's step time, a match minute
    (_TEXT + ["30 мин", "Добавьте сахар и перемешайте до однородности, затем дайте тесту постоять."], []),
    (["Рецепт", "Время приготовления: 30 мин", "Порций: 4"] + _TEXT, []),
])
def test_reading_times_on_a_page(lines, want):
    assert sorted(reading_times(lines, {})) == want


def test_reading_time_skips_removed_lines():
    lines = ["13 мин"] + _TEXT
    assert reading_times(lines, {0: ("boilerplate.date_line", None)}) == {}


@pytest.mark.parametrize("line,want", [
    ("Зарегистрироваться", True), ("Войти", True), ("Войти через ВКонтакте", True), ("Вход / Регистрация", True),
    ("Войти или зарегистрироваться", True), ("Забыли пароль?", True), ("Выйти", True),
    # a section's heading nouns and sentences with the verbs stay
    ("Регистрация", False), ("Вход", False), ("Войти в историю", False), ("Выйти замуж за иностранца", False),
    ("Зарегистрироваться можно на сайте до 1 мая.", False),
])
def test_account_links(line, want):
    assert control(line) is want


@pytest.mark.parametrize("line,want", [
    ("Добавить в книгу рецептов", True), ("Добавить в избранное", True), ("Сохранить в закладки", True),
    ("Добавить в корзину", True), ("В корзину", True), ("Добавить в список покупок", True),
    # a recipe's step and a sentence with the verb stay
    ("Добавить в тесто сахар", False), ("Добавить в суп", False),
    ("Добавить в корзину товар и оформить заказ можно онлайн.", False),
])
def test_collection_buttons(line, want):
    assert control(line) is want


@pytest.mark.parametrize("line,want", [
    ("Видео: Юрий Коробейников", True),  # h38ru07
    ("Видео: Анна Смирнова", True),
    ("Видео: РИА Новости", True),
    ("Видео: посадка клубники осенью на фермерском поле", False),  # a video's caption, not its credit
    ("Видео: Кремль", False),  # one word: a place as well as a source
    ("Видео Дня", False),  # no colon
])
def test_video_credit(line, want):
    assert credit_line(line) is want


@pytest.mark.parametrize("line,want", [
    ("Текущая страница: 7 (всего у книги 28 страниц) [доступный отрывок для чтения: 9 страниц]", True),
    ("Текущая страница: 1 (всего у книги 17 страниц)", True),
    ("Текущая страница: 3", False),  # a pager's label without the book's frame
    ("Всего у книги 28 страниц, и каждая из них написана от руки.", False),
])
def test_reader_frame(line, want):
    assert platform(line) is want


@pytest.mark.parametrize("line,want", [
    ("Принявший орган: Совет депутатов сельского поселения Пластинский сельсовет Усманского муниципального района",
     True),  # h22ru03
    ("Дата принятия: 10 сентября 2019г.", True),  # t27ru08
    ("Издание: 2017 год", True),  # t27ru62
    ("Артикул: 24937", True),  # t27ru77
    ("Вид документа: Постановление", True),
    ("Дата вступления в силу: 01.01.2025", True),
    ("ISBN: 978-5-17-118366-4", True),
    ("- Код товара: 10254", True),
    # the same words in the text: a sentence, an edition without its number, a label over a list, no label
    ("Принявший орган: Совет депутатов. Он же утвердил бюджет поселения на следующий год.", False),
    ("Издание: переработанное и дополненное", False),
    ("Документ принял Совет депутатов сельского поселения.", False),
    ("Дата принятия решения о проведении конкурса определяется комиссией.", False),
    ("Артикул", False),
])
def test_register_field(line, want):
    assert register_field(line) is want


def test_page_through_the_cleaner():
    text = "\n".join(["Как существуют приюты для бездомных собак в Москве", "Ксения Морозова 3 декабря 2015",
                      "13 мин"] + _TEXT + ["Видео: Юрий Коробейников", "Войти", "Зарегистрироваться"]) + "\n"
    doc = Segmenter()(Cleaner()(Document.from_text(text, doc_id="d.txt")))
    assert unaccounted(doc) is None
    rules = {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}
    assert rules["13 мин"] == "boilerplate.reading_time"
    assert rules["Зарегистрироваться"] == "boilerplate.control"
    assert rules["Видео: Юрий Коробейников"] == "boilerplate.byline_phrase"
    kept = " ".join(s.source for s in doc.segments)
    assert all(s in kept for s in _TEXT)


def test_register_card_is_no_furniture_evidence():
    """A court decision's card over its text (t27ru08's shape): the card's fields go, and the court's name and the
    document's kind under them stay (a register field is the document's record, no evidence of a site's header)."""
    head = ["Решение Областного суда Тверской области от 12 марта 2020 года №2-114/2020", "",
            "Дата принятия: 12 марта 2020г.", "Номер документа: 2-114/2020", "Раздел на сайте: Суды общей юрисдикции",
            "Тип документа: Решения", "", "", "ОБЛАСТНОЙ СУД ТВЕРСКОЙ ОБЛАСТИ", "", "РЕШЕНИЕ", "",
            "от 12 марта 2020 года Дело N 2-114/2020", "Областной суд Тверской области в составе:",
            "председательствующего судьи Петровой Л.Л.,", "при секретаре Ивановой А.В.,"]
    body = ["рассмотрев в открытом судебном заседании административное дело по иску Сидоровой Д.В. к администрации "
            "района о признании незаконным отказа в предоставлении земельного участка,",
            "Суд установил, что истец обратился с требованием о признании отказа незаконным.",
            "Выслушав стороны и исследовав материалы дела, суд приходит к следующему."]
    doc = Segmenter()(Cleaner()(Document.from_text("\n".join(head + body) + "\n", doc_id="d.txt")))
    assert unaccounted(doc) is None
    rules = {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}
    assert rules.get("Дата принятия: 12 марта 2020г.") == "boilerplate.register_field"
    kept = " ".join(s.source for s in doc.segments)
    assert "ОБЛАСТНОЙ СУД ТВЕРСКОЙ ОБЛАСТИ" in kept and "РЕШЕНИЕ" in kept


@pytest.mark.parametrize("line,want", [
    ("Пассажирские коридоры между Благовещенском и Хэйхэ откроют в апреле — РИА Новости, 31.03.2020", True),  # h33ru02
    ("Песков рассказал о значении отношений с Китаем для России - РИА Новости, 27.08.2025", True),  # c7ria04
    ("Китайские провинции благодаря историческим связям с Россией, играют... РИА Новости, 05.01.2025", True),  # c7ria01
    ("Экономист оценил рост цен на топливо - Sputnik Беларусь, 12.03.2020", True),
    # the article's own dateline, an official letter's place and date, a sentence ending with a date
    ("МОСКВА, 27 авг - РИА Новости. Российско-китайские отношения являются приоритетной темой для Москвы.", False),
    ("г. Москва, 12.03.2020", False),
    ("Заявление принято 12.03.2020", False),
    ("Срок подачи заявлений - до понедельника, 12.03.2020", False),  # the word after the dash is no site's name
])
def test_card_tail(line, want):
    assert card_tail(line) is want


def test_share_card_only_in_the_head():
    card = "Песков рассказал о значении отношений с Китаем для России - РИА Новости, 27.08.2025"
    lines = [card] + _TEXT
    assert sorted(share_cards(lines, {})) == [0]
    # a reference of the same shape at the foot of a long page stays (not in the page's head)
    assert share_cards(_TEXT * 6 + ["Иванов И. И. Доклад о торговле. — Москва, 12.03.2020"], {}) == {}


@pytest.mark.parametrize("lines,want", [
    # t27ru59: a section's heading between two items, the last item's page number without leaders
    (["Содержание", "Введение…………………………………2-4",
      "Раздел 1. Музей образовательного учреждения как явление отечественной культуры",
      "1.1 История вопроса……………………………5-7", "1.2 Особенности школьного музея………………7-8",
      "1.3 Профили и жанры школьных музеев……………8-10", "1.4 Цель, задачи и условия создания музея.11-12"],
     list(range(7))),
    # h22ru04: numbered items, leaders of dots and ellipses mixed
    (["СОДЕРЖАНИЕ", "1. Область применения .….. ................ 3", "2. Нормативные ссылки …….. ............ 3",
      "3. Термины, определения и сокращения ………………... ........ 4"], [0, 1, 2, 3]),
    # a report's contents under its title, the text after it
    (["Годовой отчет", "Оглавление", "Общие сведения ........ 2", "Финансовые результаты ........ 5",
      "Перспективы развития ........ 9", "Общие сведения", "Компания работает на рынке с 1998 года и выпускает станки."],
     [1, 2, 3, 4]),
    # two leader lines are no contents list; a sentence between items breaks the run
    (["Содержание", "Введение ........ 2", "Заключение ........ 9"], []),
    (["Введение ........ 2", "Глава 1 ........ 4", "В первой главе автор рассказывает о детстве героя и его семье.",
      "Глава 2 ........ 9"], [0, 1, 3]),
])
def test_contents_run(lines, want):
    assert contents_run(lines) == want
