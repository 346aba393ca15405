"""cp84: the wrong-removal classes cp83's held halves found in cleaned Russian and Vietnamese news (issue 12).

* a subheading "Главная <lower-case words>" ("Главная звезда", "Главная неожиданность марта": RT) taken as a home
  breadcrumb (``chrome.breadcrumb``): "Главная" with no separator is the home crumb only before a section's capital;
* a join prompt's keyword inside a longer word ("разведсообщество", "телеканал": ``boilerplate.prompt``): the
  keywords match whole words' starts only;
* a two-word subheading whose first word is an adjective in "-ная" ("Гостеприимная Кубань") read as a bare name
  (``boilerplate.byline``): :func:`mtpipe.clean.signoff.not_a_name`.

Lines made up in those shapes; negatives are the nearest clutter: home crumbs and trails ("Главная Политика",
"Главная » Новости", "Главная страница", "ГлавнаяАрхив"), real join prompts, real names ("Ирина Раевская").
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.controls import prompt
from mtpipe.clean.ledger import apply_ledger
from mtpipe.clean.rules import load_rules
from mtpipe.clean.signoff import not_a_name
from mtpipe.document import Document


def _clean(text: str) -> Document:
    return Cleaner()(Document(doc_id="t.txt", text=text, raw_text=text))


def _rule_of(text: str, line: str) -> str | None:
    doc = _clean(text)
    at = doc.raw_text.index(line)
    for e in doc.ledger:
        if e.action == "removed" and e.start <= at < e.end:
            return e.rule
    return None


_ARTICLE = ("Сборная Германии: что нужно знать перед турниром\n\n"
            "На турнир тренерский штаб решил взять молодых футболистов, которые через год поедут на чемпионат мира.\n"
            "{line}\n"
            "Лучшим игроком команды в отборочном цикле стал полузащитник, забивший шесть мячей в восьми матчах.\n"
            "Эксперты считают, что сборная может дойти до финала, если её защитники сыграют без ошибок.\n")


@pytest.mark.parametrize("line", ["Главная неожиданность марта", "Главная интрига турнира", "Главная звезда"])
def test_a_subheading_opening_with_the_adjective_is_no_home_crumb(line):
    assert _rule_of(_ARTICLE.format(line=line), line) != "chrome.breadcrumb"


@pytest.mark.parametrize("line", ["Главная Политика", "Главная » Новости", "Главная / Общество", "Главная страница",
                                  "ГлавнаяАрхив", "Главная Регистрация Вход"])
def test_home_crumbs_still_go(line):
    rules = [r for r in load_rules() if r.name == "chrome.breadcrumb"]
    assert rules and rules[0].match(line)


@pytest.mark.parametrize("line", ["Главная звезда", "Главная неожиданность марта", "Главная интрига турнира"])
def test_the_home_crumb_rule_leaves_the_adjective(line):
    rules = [r for r in load_rules() if r.name == "chrome.breadcrumb"]
    assert not rules[0].match(line)


@pytest.mark.parametrize("line", [
    "— Вы действительно считаете, что разведсообщество не догадывалось о событиях в Сирии?",
    "Вы можете увидеть этот фильм в эфире на телеканале «Культура» в субботу.",
])
def test_a_keyword_inside_a_longer_word_is_no_join_prompt(line):
    assert not prompt(line)


@pytest.mark.parametrize("line", [
    "Вступайте в наше сообщество ВКонтакте, пожалуйста!",
    "Подпишитесь на наш телеграм-канал",
    "Подпишитесь на наш Telegram-канал, там вы найдете все новости.",
    "Подпишитесь на нашу рассылку",
])
def test_join_prompts_with_whole_keywords_still_go(line):
    assert prompt(line)


@pytest.mark.parametrize("line", ["Гостеприимная Кубань", "Многовекторная Политика", "Долгожданная Победа"])
def test_a_subheading_of_an_adjective_in_naya_is_no_name(line):
    assert not_a_name([line], 0, "ru", set())


@pytest.mark.parametrize("line", ["Ирина Раевская", "Анна Толстая", "Ольга Ковальская", "Ковальская Анна",
                                  "Татьяна Лазаренко"])
def test_names_in_skaya_and_given_names_first_are_still_names(line):
    assert not not_a_name([line], 0, "ru", set())


_EXAM = ["Thông báo tổ chức kỳ thi đánh giá năng lực năm 2023", "",
         "Trường thông báo lịch tổ chức các đợt thi đánh giá năng lực cho thí sinh đăng ký dự tuyển năm 2023.",
         "Đợt 2", "Thời gian thi: ngày 14/5/2023", "Số chỗ phục vụ: 2.000 thí sinh",
         "Số thí sinh tham gia đăng ký là: 1.732",
         "Đợt 3", "Thời gian thi: ngày 28/5/2023", "Số chỗ phục vụ: 2.000 thí sinh",
         "Số thí sinh tham gia đăng ký là: 1.351",
         "Thí sinh phải hoàn thành việc nộp phí đăng ký thi mới đủ điều kiện có tên trong danh sách dự thi chính thức."]


def test_two_records_fields_with_other_figures_are_no_copies():
    from mtpipe.clean.labelled_values import labelled_figures

    assert labelled_figures(_EXAM[6], _EXAM[10])
    assert not labelled_figures("Количество участников олимпиады: 1 204 человека",
                                "Количество участников олимпиады: 987 человек")  # another unit's form
    doc = _clean("\n".join(_EXAM) + "\n")
    kept = apply_ledger(doc.raw_text, doc.ledger)
    assert "là: 1.732" in kept and "là: 1.351" in kept


@pytest.mark.parametrize("first,later", [
    ("Lượt xem: 571", "Lượt xem: 1.204"),  # a page's counter: a short label
    ("Số lượt xem bài viết: 571", "Số lượt xem bài viết: 572"),  # a counter's step
    ("Гражданский кодекс часть 1", "Гражданский кодекс часть 2"),  # a running number, no colon
    ("Số thí sinh đăng ký: 1.351", "Số thí sinh dự thi: 1.351"),  # other labels
])
def test_counters_and_running_numbers_are_not_records(first, later):
    from mtpipe.clean.labelled_values import labelled_figures

    assert not labelled_figures(first, later)


def test_a_short_line_printed_twice_in_a_row_is_a_copy_not_a_refrain():
    from mtpipe.clean.refrains import verse_line

    lines = ["Доход от подработки облагается налогом, как и зарплата.", "Доход от подработки: что это?",
             "Доход от подработки: что это?", "Ответ простой, налог платят все."]
    live = lambda j: lines[j] if 0 <= j < len(lines) else None  # noqa: E731
    assert not verse_line(live, 2)
    poem = ["Над рекою тихо тает,", "Песня старых наших кос.", "Ветер дует над водою,", "Гонит тучи над горой,",
            "Песня старых наших кос.", "Долго слышится порой."]
    assert verse_line(lambda j: poem[j] if 0 <= j < len(poem) else None, 4)  # a refrain a stanza later stays


@pytest.mark.parametrize("line", ["ШОС – антиНАТО", "Саммит постСССР", "Партия «проРФ» в парламенте"])
def test_a_prefix_glued_to_an_acronym_is_one_word_no_glued_crumbs(line):
    from mtpipe.clean.notices import glued_crumbs

    assert not glued_crumbs(line)


@pytest.mark.parametrize("line", ["ГлавнаяНовостиСпорт", "НовостиСМИ", "ПолитикаЭкономика", "ВидеоФото"])
def test_labels_glued_together_still_are_glued_crumbs(line):
    from mtpipe.clean.notices import glued_crumbs

    assert glued_crumbs(line)


_PARA = "Во вторник президент встретится в Вашингтоне с американским лидером, чтобы обсудить торговлю и безопасность."


@pytest.mark.parametrize("line", ["Многовекторная политика", "Главная звезда", "Историческая справка",
                                  "Главная неожиданность марта"])
def test_a_subheading_over_its_paragraph_is_guarded_from_the_classifier(line):
    from mtpipe.clean.ru_subheads import subheadings

    assert subheadings(["Заголовок статьи о визите", "", line, _PARA], {}) == {2}


@pytest.mark.parametrize("page", [
    ["Свежие комментарии", _PARA],  # plural: a widget's label
    ["Официальный сайт администрации", _PARA],  # the site's furniture
    ["Бесплатный доступ", _PARA],
    ["Главная звезда", "Читайте также"],  # no paragraph under it
    ["Главная звезда", "Смотрите видео о турнире"],  # no sentence (no stop, short)
    ["Главная Звезда", _PARA],  # no lower-case word: a name or a section's label
])
def test_plural_labels_site_furniture_and_lines_over_no_sentence_are_not_subheadings(page):
    from mtpipe.clean.ru_subheads import subheadings

    assert not subheadings(page, {})


def test_an_rt_subheading_under_the_title_stays():
    text = ("«Снизить накал противостояния»: зачем президент едет к Трампу\n\n"
            "Многовекторная политика\n" + _PARA + "\n"
            "Эксперты считают, что визит станет важным шагом для отношений двух стран в ближайшие годы.\n")
    doc = _clean(text)
    assert "Многовекторная политика" in apply_ledger(doc.raw_text, doc.ledger)
