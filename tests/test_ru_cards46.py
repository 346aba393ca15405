"""A forum poster's card, a newspaper's issue line and an upload's file name (issue 12, ru46).

* ``boilerplate.field_run`` (:mod:`mtpipe.clean.fields`): fields printed label over value ("Регистрация:" /
  "21.01.08"), and the heading right above such a run ("Truy cập" over a visit counter, a poster's rank);
* :mod:`mtpipe.clean.tables_labels`: a card printed twice is no table of labels (its recurring cells are field
  labels ending with ":");
* ``captions.under_image``: a numbered list's first item under a screenshot is no caption;
* ``boilerplate.poster_card`` and ``boilerplate.issue_line`` (:mod:`mtpipe.clean.ru_cards`);
* ``boilerplate.forum_chrome``: XenForo's topic line; ``chrome.image_filename``: an upload's name with spaces;
* ``boilerplate.reader_prompt``: a form's consent to the processing of personal data outside the text;
  ``boilerplate.prompt``: a continued-use cookie notice in Ukrainian (a Russian site of Ukraine, held25);
* ``boilerplate.image_alt``, ``boilerplate.photo_credit``, ``boilerplate.pointer_mark`` (:mod:`mtpipe.clean.ru_cards`):
  a template's alt text, a credit without a colon, a link marked ">>"; ``chrome.read_more_link``: a pointer naming
  another story's title in quotes.

Lines in the shapes of the dev pages (train30's forum card, held22's rank over stars, held32's visit counter,
held13's and held21's issue lines, train30's and held29's uploads) and of newspapers' mastheads; each table holds
content of the same shape that must stay.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.controls import prompt
from mtpipe.clean.fields import field_runs, split_values
from mtpipe.clean.ru_cards import (image_alt, image_alts, issue_line, issue_lines, photo_credit, pointer_mark,
                                   pointer_marks, poster_rank, poster_ranks)
from mtpipe.clean.ru_edges import forum_chrome, forum_line, reader_prompt, reader_prompts
from mtpipe.clean.rules import load_rules
from mtpipe.clean.tables_labels import grid
from mtpipe.document import Document
from mtpipe.segment import Segmenter

_TEXT = ["Сегодня расскажу, из каких частей состоит сообщение на форуме и что означает каждая из них.",
         "Начнём с шапки сообщения, где показаны ник автора, его статус и дата регистрации на форуме."]
_CARD = ["Регистрация:", "14.02.09", "Сообщения:", "3.517", "Благодарности:", "2.106", "Адрес:", "Россия, Тверь"]


def _removed(doc: Document) -> dict[str, str]:
    return {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}


def _clean(lines: list[str], policy: str) -> Document:
    doc = Document.from_text("\n".join(lines) + "\n", doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy=policy))(doc))
    assert unaccounted(doc) is None
    return doc


# --- fields printed label over value ---------------------------------------------------------------------------

@pytest.mark.parametrize("lines, values", [
    (_CARD, {1, 3, 5, 7}),
    (["Hôm nay:", "1", "Hôm qua:", "0", "Tất cả:", "3602"], {1, 3, 5}),
    (["Откуда:", "Питер", "Стаж:", "12 лет"], {1, 3}),
    (["Ингредиенты:", "Мука — 500 г"], set()),  # a quantity: a recipe's own list
    (["Вопрос:", "Почему тема закрыта? Я ничего не нарушал."], set()),  # a sentence under the label
    (["Примечание:", "Автор: Иванов"], set()),  # a second field under the label
])
def test_split_values(lines, values):
    labels = [i for i, s in enumerate(lines) if s.endswith(":")]
    assert split_values(lines, labels) == values


def test_a_card_label_over_value_above_the_text_is_a_field_run():
    lines = ["Из чего состоит сообщение", "nuwa", *_CARD, *_TEXT]
    got = field_runs(lines, {})
    # the dates and counts under their labels are the date rules' (they run first and keep dates as metadata)
    assert sorted(got) == [2, 4, 6, 8, 9]
    assert all(rule == "boilerplate.field_run" for rule, _ in got.values())
    removed = {i: ("boilerplate.date_line", None) for i in (3, 5, 7)}
    assert sorted(field_runs(lines, removed)) == [2, 4, 6, 8, 9]


def test_the_heading_of_a_split_run_goes_with_it_but_not_the_title():
    counter = ["Tấm gương học đường", "Truy cập", "Hôm nay:", "1", "Hôm qua:", "0", "Tuần này:", "1",
               "Giới thiệu trường", "Trường được thành lập năm 1990 trên cơ sở sáp nhập hai trường cấp hai của xã."]
    got = field_runs(counter, {})
    assert 1 in got and 0 not in got and 8 not in got
    # the page's first line over the run: a heading naming nothing of the text goes; a title naming it stays
    assert 0 in field_runs(counter[1:], {})
    profile = ["Иван Петров", "Регистрация:", "14.02.09", "Сообщения:", "3.517",
               "Иван Петров рассказал, как за десять лет вырастил сад на глинистой почве у реки."]
    assert sorted(field_runs(profile, {})) == [1, 3]


def test_a_split_run_inside_the_text_stays():
    lines = [_TEXT[0], "Регистрация:", "14.02.09", "Сообщения:", "3.517", _TEXT[1]]
    assert field_runs(lines, {}) == {}


def test_labels_announcing_a_list_still_stay():
    lines = [*_TEXT, "Юноши:", "Девушки:", "1 место — команда школы № 3, 2 место — команда лицея"]
    assert field_runs(lines, {}) == {}


# --- a card printed twice is no table of labels -----------------------------------------------------------------

def test_a_card_printed_twice_is_no_grid():
    cells = ["Статус темы:", "Закрыта.", "1. nuwa", *_CARD[:6], "nuwa", "Администратор", "nuwa", "Администратор",
             *_CARD]
    assert grid(cells) is None


def test_a_table_with_recurring_labels_is_still_a_grid():
    cells = ["Группа", "Вакцина", "Возраст", "Дети", "БЦЖ", "3 дня", "Дети", "Гепатит В", "1 месяц", "Взрослые",
             "АДС-М", "каждые 10 лет", "Взрослые", "Гепатит В", "18 лет"]
    assert grid(cells) is not None


# --- poster's rank ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, rank", [
    ("Администратор", True), ("администратор", True), ("Модератор", True), ("Супермодератор", True),
    ("Активный участник", True), ("Новичок", True), ("Заблокирован", True), ("Администратор ★★★★", True),
    ("Администратор форума удалил тему.", False), ("Администратор сайта", False), ("Участники", False),
    ("Главный администратор: Иванова Мария", False),
])
def test_poster_rank(line, rank):
    assert poster_rank(line) is rank


def test_a_rank_by_the_card_goes_with_the_nickname_above():
    lines = ["Как настроить подпись", "Регистрация:", "14.02.09", "kolya_t", "Модератор", "Сообщения:", "3.517", *_TEXT]
    removed = {1: ("boilerplate.field_label", None), 2: ("boilerplate.date_line", None),
               5: ("boilerplate.field_label", None), 6: ("boilerplate.date_line", None)}
    got = poster_ranks(lines, removed)
    assert sorted(got) == [3, 4] and {r for r, _ in got.values()} == {"boilerplate.poster_card"}


def test_a_rank_over_stars_above_the_text():
    lines = ["Forth - язык нового поколения", "Balancer", "администратор", "★★★★★", *_TEXT]
    got = poster_ranks(lines, {1: ("boilerplate.byline", None), 3: ("boilerplate.stars", None)})
    assert sorted(got) == [2]


def test_a_staff_list_inside_the_text_stays():
    lines = [_TEXT[0], "Администратор", "Иванова Мария Петровна", "Модератор", "Петров Илья Сергеевич", _TEXT[1]]
    assert poster_ranks(lines, {}) == {}


# --- a newspaper's issue line ---------------------------------------------------------------------------------

@pytest.mark.parametrize("line, issue", [
    ("Орловская искра № 42 (1220) от 18 декабря 2020 года", True),
    ("Российская газета - Экономика УРФО: №153 (7021)", True),
    ("19 ДЕКАБРЯ 2002 ЧЕТВЕРГ № 47 (99 )", True),
    ("19 – 25 марта 2020 года № 12 (24177)", True),
    ("Газета «Вперёд» № 15 (10234) от 12.04.2023", True),
    ("№ 3 (73) 2024", True),
    ("Приказ № 304 от 18.07.2018", False),  # an order's number: no running number in brackets
    ("Российская газета. 2016. № 153 (7021).", False),  # a reference: a full stop before the number
    ("1. Орловская искра № 42 (1220) от 18 декабря 2020 года", False),  # an item of a reference list
    ("В номере № 42 (1220) газета рассказала о ремонте моста через Оку и о новых маршрутах.", False),
])
def test_issue_line(line, issue):
    assert issue_line(line) is issue


def test_issue_lines_outside_the_text_only():
    lines = ["Орловская искра № 42 (1220) от 18 декабря 2020 года", "Вызовы проблемного региона", *_TEXT,
             "Российская газета - Экономика УРФО: №153 (7021)", "Губернатор ответил на вопросы журналистов о бюджете."]
    got = issue_lines(lines, {})
    assert sorted(got) == [0] and got[0][0] == "boilerplate.issue_line"


# --- a forum engine's topic line, an upload's file name ------------------------------------------------------

@pytest.mark.parametrize("line, forum", [
    ('Тема в разделе "FAQ, уроки по работе на форуме", создана пользователем nuwa, 27.03.16.', True),
    ("Тема в разделе «Строительство домов», создана пользователем Иван_Петров, 12 мар 2016", True),
    ("Тема в разделе о строительстве была создана пользователем из Москвы и быстро набрала ответы.", False),
])
def test_xenforo_topic_line(line, forum):
    assert forum_line(line) is forum


@pytest.mark.parametrize("line, name", [
    ("Урок для форума - 1.png", True), ("9.26习近平在出席新疆维吾尔自治区成立70周年庆祝活动后返回北京1.jpeg", True),
    ("фото 12.jpg", True), ("IMG_2034.jpg", True),
    ("Сохраните файл как image.png", False), ("Откройте снимок в формате jpg", False),
])
def test_upload_file_names(line, name):
    rule = next(r for r in load_rules() if r.name == "chrome.image_filename")
    assert (rule.match(line) is not None) is name


# --- through the cleaner -------------------------------------------------------------------------------------

@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_the_cleaner_takes_a_card_printed_twice_and_keeps_the_numbered_list_under_the_screenshot(policy):
    lines = ["Из чего состоит сообщение",
             'Тема в разделе "FAQ, уроки по работе на форуме", создана пользователем nuwa, 27.03.16.',
             "nuwa", "Администратор", "nuwa", "Администратор", *_CARD, "Урок для форума - 1.png",
             "1. Ник/Логин автора сообщения", "2. Зелёный огонёк рядом с ником - пользователь в сети",
             "3. Звезда в верхнем правом углу - пользователь является автором темы", *_TEXT]
    # the card printed twice, as the engine prints it over the post and in its pop-up
    lines[6:6] = _CARD
    doc = _clean(lines, policy)
    removed = _removed(doc)
    for line in ("Регистрация:", "14.02.09", "Адрес:", "Россия, Тверь", "Урок для форума - 1.png"):
        assert line in removed, (line, removed)
    for line in ("1. Ник/Логин автора сообщения", *_TEXT):
        assert line not in removed, (line, removed)


# --- a form's consent and a continued-use notice --------------------------------------------------------------

@pytest.mark.parametrize("line, notice", [
    ("Принимаю условия соглашения и даю своё согласие на обработку персональных данных и cookies.", True),
    ("Я даю согласие на обработку персональных данных", True),
    ("Согласен на обработку персональных данных", True),
    ("Я согласен с условиями оферты и на обработку персональных данных", True),
    ("Нажимая кнопку «Отправить», вы даете согласие на обработку персональных данных", True),
    ("Пользователь даёт согласие на обработку персональных данных в письменной форме.", False),  # a law's text
    ("Скачать шаблон согласия на обработку персональных данных (.docx)", False),
    ("Закон требует получить согласие на обработку персональных данных.", False),
])
def test_consent_prompt(line, notice):
    assert reader_prompt(line) is notice


def test_consent_inside_the_text_stays():
    lines = [_TEXT[0], "Я даю согласие на обработку персональных данных", _TEXT[1]]
    assert reader_prompts(lines, {}) == {}
    assert sorted(reader_prompts(["Я даю согласие на обработку персональных данных", *_TEXT], {})) == [0]


@pytest.mark.parametrize("line, notice", [
    ("Продовжуючи перегляд сайту, ви погоджуєтеся з тим, що ознайомилися з оновленою політикою конфіденційності та "
     "погоджуєтеся на використання файлів cookie.", True),
    ("Продолжая просмотр сайта, вы соглашаетесь на использование файлов cookie.", True),
    ("Сайт продолжает работу в обычном режиме.", False),
])
def test_continued_use_cookie_notice(line, notice):
    assert prompt(line) is notice


# --- an image's template alt text, a pointer with a quoted title ---------------------------------------------

@pytest.mark.parametrize("line, alt", [
    ("Изображение Принципы школьного питания: как кормят наших детей? на Schoolofcare.ru!", True),
    ("Изображение Астраханская область, Ахтубинский район в соцсети TenChat", True),
    ("Аватар пользователя Angler", True), ("Изображение пользователя vasya_92", True),
    ("Изображение Христа на Туринской плащанице", False),  # a heading: no site's name in Latin letters
    ("Изображение Девы Марии на Руси", False),
    ("Изображение на экране стало чётче после обновления.", False),
    ("Фото пользователя", False),
])
def test_image_alt(line, alt):
    assert image_alt(line) is alt


def test_image_alts_anywhere():
    lines = [_TEXT[0], "Изображение Принципы школьного питания на Schoolofcare.", _TEXT[1]]
    assert {i: r for i, (r, _) in image_alts(lines, {}).items()} == {1: "boilerplate.image_alt"}


@pytest.mark.parametrize("line, pointer", [
    ('Читайте материал "Гости инаугурации раскрыли ее странное закулисье"', True),
    ("Читайте также интервью «Мы строим мост»", True), ("Смотрите видео: «Как это было»", True),
    ("Читайте также: Новый мост открыт", True),
    ("Читайте материал «Итоги года» в следующем номере.", False),  # the sentence goes on after the title
])
def test_pointer_with_a_quoted_title(line, pointer):
    rule = next(r for r in load_rules() if r.name == "chrome.read_more_link")
    assert (rule.match(line) is not None) is pointer



@pytest.mark.parametrize("line, credit", [
    ("Коллаж «СП»", True), ("Фото «РИА Новости».", True), ("Иллюстрация “Известий”", True),
    ("В торговом зале. Фото Валерия Бакланова.", True), ("Участники встречи. Фото Елены Строгановой", True),
    ("Фото Юрия Гагарина", False),  # a heading: a photo of him, no caption before it, no quotes
    ("Фото Москвы", False),
    ("Возможно именно эти кандидаты будут следующими муниципальными советниками. Коллаж «СП»", False),  # a paragraph
    ("Примаром Бельц стал Александр Петков, кандидат от «Нашей партии». Фото «СП».", False),
    ("Вот как выглядит мост. Фото Юрия Гагарина висит в классе.", False),
])
def test_photo_credit(line, credit):
    assert photo_credit(line) is credit


def test_a_topics_status_under_its_label():
    lines = ["Как настроить подпись", "Статус темы:", "Закрыта.", *_TEXT, "Тема закрыта.", "Закрыта."]
    assert sorted(forum_chrome(lines, {})) == [1, 2]  # the status alone, with no label above, is a word of the text
    assert forum_line("Статус темы: Закрыта.") and not forum_line("Закрыта.")


@pytest.mark.parametrize("line, pointer", [
    (">> На «Доступную среду» потрачено 143,5 млн рублей за год в Хабаровском крае", True),
    (">> Бюджет-2013 будут считать по курсу 8,5 грн/дол", True), (">>> Читайте также: мост открыт", True),
    (">> а я думаю, что мост откроют только к осени", False),  # a quotation in a reply: lower case
    ("> Мост откроют к осени", False), (">>", False),
])
def test_pointer_mark(line, pointer):
    assert pointer_mark(line) is pointer


def test_pointer_marks_outside_the_text_of_a_russian_or_vietnamese_page_only():
    lines = [">> Бюджет-2013 будут считать по курсу 8,5 грн/дол", "В районе строят мост", *_TEXT]
    assert sorted(pointer_marks(lines, {})) == [0]
    assert pointer_marks(lines, {}, "en") == {}  # clut88: Vietnamese pages too (tests/test_pointer_marks88.py)
    assert pointer_marks([_TEXT[0], ">> Мост откроют к осени, сказал глава района", _TEXT[1]], {}) == {}
