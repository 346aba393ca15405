"""Cleaning, round 27d (issue 12, branch prec27): content lost on pages of sites no rule had seen (train27ru's dev
half), fixed by the page's structure, never by wording.  Every line here was written for the tests, none is a
page's.  Each table holds the shape that was lost (kept now) and the same shape as clutter (still removed):

* a run of short items right under a kept line ending with a colon (and a kept line above that) is the list the text
  announces, not a menu; the same run with no colon line, or under a colon label right below removed furniture,
  is still a menu (``structure.announced`` in ``boilerplate.menu``);
* a line of numbers joined by "+" and "=" is a sum, not a date or counter line; a date and time line still goes
  (``structure.arithmetic`` in ``guards.date_fragment``);
* an earlier line cut off with an ellipsis that opens with a later line is the copy: it goes, the later one stays;
  an earlier line with no ellipsis still keeps its place and the later copy goes (``structure.ellipsis_teaser``);
* a line with a range of two times and six words or more states hours, it is no byline's stamp; a name with a date
  and a time still goes (``structure.time_range`` in ``boilerplate.dateline``);
* a line in capitals stating amounts (no date, time, year, month or weekday) is no masthead; one dating its issue
  still goes (``headings.undated_amounts`` in ``boilerplate.masthead``);
* short lines opening a page with only a copy (a ``dedupe.*`` removal) between the title over the text and the text
  are no header region; with a menu line above them, or furniture the classifier took below the title, they are
  (``regions.furniture_regions``);
* a sentence naming sites right under the page's kept title is the lead, no site notice "above the title"; a site's
  notice with no kept line above it still goes (``notices.site_notices``);
* a printed table of contents (dot leaders and page numbers, three lines at least) and its label: taken back in
  round 27d, removed whole since clut57 (``structure.contents``: the labels' Conventions made a table of contents
  clutter); two such lines are no contents list (``structure.leader_item``, ``structure.StructureLines``).
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.headings import undated_amounts
from mtpipe.clean.structure import announced, arithmetic, ellipsis_teaser, leader_item, time_range
from mtpipe.document import Document
from mtpipe.segment import Segmenter

ROOM = "Номер площадью двадцать метров с большим окном и удобной мебелью для отдыха всей семьи"
ITEMS = "- душевая кабина\n\n- телевизор\n\n- сейф\n\n- фен\n\n- утюг\n\n- холодильник"
TAIL = ("Гости могут заказать завтрак в номер, его подают с восьми до одиннадцати часов утра каждый день.\n\n"
        "Дополнительная кровать предоставляется по запросу за отдельную плату, о ней нужно сообщить заранее.")
BODY = ("Весной в городском парке высадили двести молодых лип, и жители района помогали садовникам весь день.\n\n"
        "Работы продолжатся осенью, когда на главной аллее поставят новые скамейки и фонари.")
CONTENTS = ("Содержание\n\n"
            "Введение………………………………………………2-3\n\n"
            "1.1 Первые поселения на берегу реки………………4-6\n\n"
            "1.2 Ярмарки и торговые пути……………………………7-9\n\n"
            "1.3 Город в двадцатом веке…………………………10-12\n\n")

CASES = {
    "menu_announced": f"Двухместный номер с видом на парк\n\n{ROOM}\n\nВ номере есть:\n\n{ITEMS}\n\n{TAIL}",
    "menu_unannounced": f"Двухместный номер с видом на парк\n\n{ROOM}\n\n{ITEMS}\n\n{TAIL}",
    "sum_lines": ("Смета праздничного обеда на пятьдесят гостей\n\n"
                  "Итого за закуски: 5,4 + 12 + 7 + 10 + 2,8 + 1\n\n"
                  "+ 4,2 + 14 + 0,5 + 48 + 6 + 30 +\n\n"
                  "1,4 + 5 + 1,5 = 148,6 р.\n\n"
                  "К этой сумме добавляется наценка столовой, которая составляет ровно половину стоимости продуктов."),
    "teaser_ellipsis": ("Отзыв о пансионате на берегу озера\n\n"
                        "Мы провели в этом пансионате две недели в августе. Питание...\n\n"
                        "Мы провели в этом пансионате две недели в августе.\n\n"
                        "Питание – три раза в день, порции большие, но меню почти не менялось.\n\n"
                        "Номера чистые, уборка каждый день, полотенца меняли по просьбе."),
    "teaser_plain": ("Отзыв о пансионате на берегу озера\n\n"
                     "Мы провели в этом пансионате две недели в августе. Питание три раза в день.\n\n"
                     "Мы провели в этом пансионате две недели в августе.\n\n"
                     "Номера чистые, уборка каждый день, полотенца меняли по просьбе гостей."),
    "hours_range": ("Условия проживания в гостинице у вокзала\n\n"
                    "*Поздний выезд с 12:00 до 18:00 – 50% от стоимости суток\n\n"
                    "*Поздний выезд после 18:00 оплачивается как полные сутки проживания.\n\n"
                    "Гостиница принимает к оплате банковские карты и наличные, счет выдается при выезде."),
    "byline_stamp": ("Условия проживания в гостинице у вокзала\n\n"
                     "Иван Петров, РИА, 12.05.2020 10:30\n\n"
                     "Гостиница принимает к оплате банковские карты и наличные, счет выдается при выезде гостя.\n\n"
                     "Поздний выезд после шести вечера оплачивается как полные сутки проживания."),
    "masthead_amounts": ("МИНИМАЛЬНЫЙ СРОК АРЕНДЫ - 3 ДНЯ (4500 РУБЛЕЙ)\n\n"
                         "Залог за лодку - 2000 рублей\n\n"
                         "Спасательные жилеты выдаются бесплатно\n\n"
                         "Лодку можно вернуть на любой из двух причалов, предупредив администратора по телефону.\n\n"
                         "Аренда продлевается по желанию гостя, если лодка не забронирована на следующий день."),
    "masthead_issue": ("Прокат лодок на озере\n\n"
                       "ВЕЧЕРНИЙ ВЫПУСК НОВОСТЕЙ 12.03.2021\n\n"
                       "Лодку можно вернуть на любой из двух причалов, предупредив администратора по телефону.\n\n"
                       "Аренда продлевается по желанию гостя, если лодка не забронирована на следующий день."),
    "region_opening": ("Залог за лодку - 2000 рублей\n\n"
                       "Спасательные жилеты выдаются бесплатно\n\n"
                       "Весла и чехлы входят в стоимость\n\n"
                       "Прокат открыт с мая по сентябрь\n\n"
                       "Весла и чехлы входят в стоимость\n\n"
                       "Лодку можно вернуть на любой из двух причалов, предупредив администратора по телефону.\n\n"
                       "Аренда продлевается по желанию гостя, если лодка не забронирована на следующий день."),
    "notice_lead": ("Как появились блоги\n\n"
                    "В конце девяностых годов личные сайты почти исчезли, и мало кто заметил, как это случилось. "
                    "Их вытеснили дневники, которые мог завести любой. Первым таким сервисом занимался один "
                    "студент.\n\n"
                    "Начало\n\n"
                    f"{BODY}"),
    "notice_above": ("Сайт работает в тестовом режиме, некоторые разделы сайта пока недоступны.\n\n"
                     "Как появились блоги\n\n"
                     f"{BODY}"),
    "contents_leaders": ("Реферат по истории родного края\n\n"
                         "В работе рассказано, как возник и рос наш город, и собраны воспоминания его старожилов.\n\n"
                         f"{CONTENTS}"
                         "1.4 Воспоминания старожилов о войне и первых послевоенных годах……13-15"),
}

#: case -> (line, rule that takes it or None when it is kept)
EXPECT = {
    "menu_announced": ("- телевизор", None),
    "menu_unannounced": ("- телевизор", "boilerplate.menu"),
    "sum_lines": ("+ 4,2 + 14 + 0,5 + 48 + 6 + 30 +", None),
    "teaser_ellipsis": ("Мы провели в этом пансионате две недели в августе.", None),
    "teaser_plain": ("Мы провели в этом пансионате две недели в августе.", "dedupe.contained"),
    "hours_range": ("*Поздний выезд с 12:00 до 18:00 – 50% от стоимости суток", None),
    "byline_stamp": ("Иван Петров, РИА, 12.05.2020 10:30", "boilerplate.dateline"),
    "masthead_amounts": ("МИНИМАЛЬНЫЙ СРОК АРЕНДЫ - 3 ДНЯ (4500 РУБЛЕЙ)", None),
    "masthead_issue": ("ВЕЧЕРНИЙ ВЫПУСК НОВОСТЕЙ 12.03.2021", "boilerplate.masthead"),
    "region_opening": ("Спасательные жилеты выдаются бесплатно", None),
    "notice_lead": ("В конце девяностых годов личные сайты почти исчезли, и мало кто заметил, как это случилось. "
                    "Их вытеснили дневники, которые мог завести любой. Первым таким сервисом занимался один "
                    "студент.", None),
    "notice_above": ("Сайт работает в тестовом режиме, некоторые разделы сайта пока недоступны.",
                     "boilerplate.site_notice"),
    # clut57: a table of contents is clutter (the labels' Conventions); its label goes too, as a contents widget's
    "contents_leaders": ("1.1 Первые поселения на берегу реки………………4-6", "structure.contents"),
}


def _run(text):
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy="balanced"))(doc))
    assert unaccounted(doc) is None
    return doc


def _removed(doc):
    return {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}


@pytest.mark.parametrize("case", sorted(EXPECT))
def test_structure_cases(case):
    line, rule = EXPECT[case]
    assert line in CASES[case]
    removed = _removed(_run(CASES[case]))
    if rule is None:
        assert line not in removed, (case, removed)
    else:
        assert removed.get(line, "").startswith(rule), (case, removed)


def test_teaser_copy_goes():
    removed = _removed(_run(CASES["teaser_ellipsis"]))
    teaser = "Мы провели в этом пансионате две недели в августе. Питание..."
    assert removed.get(teaser) == "dedupe.truncated_lead", removed


def test_contents_list_goes_whole():
    """clut57: the labels' Conventions made a printed table of contents clutter (the ``t27ru59`` relabel), so the list
    and its label go, every item; the abstract above it and the page's title stay."""
    doc = _run(CASES["contents_leaders"])
    removed = _removed(doc)
    items = [ln for ln in CONTENTS.split("\n\n") if ln] + [
        "1.4 Воспоминания старожилов о войне и первых послевоенных годах……13-15"]
    assert set(items) <= set(removed), removed
    assert "Реферат по истории родного края" not in removed
    assert not any(r.startswith("В работе рассказано") for r in removed)


def test_two_leader_lines_are_no_contents():
    text = CASES["contents_leaders"].replace("1.1 Первые поселения на берегу реки………………4-6\n\n", "") \
        .replace("1.2 Ярмарки и торговые пути……………………………7-9\n\n", "") \
        .replace("1.4 Воспоминания старожилов о войне и первых послевоенных годах……13-15", "")
    assert "Содержание" in _removed(_run(text))  # the label alone over two lines: still a contents widget's label


def test_region_with_menu_above():
    text = "Главная\n\nНовости\n\nКонтакты\n\n" + CASES["region_opening"]
    removed = _removed(_run(text))
    assert removed.get("Спасательные жилеты выдаются бесплатно") == "boilerplate.region", removed


TOPICS = ("Городская среда\n\nНовые маршруты автобусов\n\nШкольная жизнь\n\nЗдоровье жителей\n\nКультурная афиша\n\n"
          "Спортивные секции")


def test_menu_under_furniture_label():
    # the colon label right under removed furniture (a share button) heads the site's topic menu
    removed = _removed(_run(f"{BODY}\n\nПоделиться\n\nБольше о городе:\n\n{TOPICS}"))
    assert removed.get("Школьная жизнь", "").startswith("boilerplate.menu"), removed
    # the same run with no colon line above it
    removed = _removed(_run(f"{BODY}\n\nПоделиться\n\n{TOPICS}"))
    assert removed.get("Школьная жизнь", "").startswith("boilerplate.menu"), removed


@pytest.mark.parametrize("lines,first,bad,expected", [
    (["Номер с видом на море", "Оснащение номера:", "- фен"], 2, set(), True),
    (["Номер с видом на море", "Оснащение номера:", "- фен"], 2, {1}, False),      # the colon line removed
    (["Номер с видом на море", "Оснащение номера:", "- фен"], 2, {0}, False),      # under removed furniture
    (["Номер с видом на море", "Оснащение номера", "- фен"], 2, set(), False),     # no colon
    (["Оснащение номера:", "- фен"], 1, set(), True),                              # the page's first line
    (["- фен", "- утюг"], 0, set(), False),                                         # nothing above
])
def test_announced(lines, first, bad, expected):
    assert announced(lines, first, bad) is expected


@pytest.mark.parametrize("s,expected", [
    ("+ 4,2 + 14 + 0,5 + 48 +", True),
    ("1 + 1 = 2", True),
    ("2+2=4", True),
    ("Итого: 75 + 10,5 = 85,5", True),
    ("12.05.2020 10:00", False),
    ("Просмотров: 12 + 3", False),             # one operator
    ("+7 495 123 45 67", False),              # a phone number
    ("+7 (495) 123-45-67, +7 (495) 765-43-21", False),
    ("24.03.2020 | 12:30 | 15", False),
])
def test_arithmetic(s, expected):
    assert arithmetic(s) is expected


@pytest.mark.parametrize("head,prev,key,expected", [
    ("Мы отдыхали здесь в мае. Питание...", "мы отдыхали здесь в мае питание", "мы отдыхали здесь в мае", True),
    ("Мы отдыхали здесь в мае. Питание…", "мы отдыхали здесь в мае питание", "мы отдыхали здесь в мае", True),
    ("Мы отдыхали здесь в мае. Питание", "мы отдыхали здесь в мае питание", "мы отдыхали здесь в мае", False),
    ("Питание хорошее. Мы отдыхали здесь в мае...", "питание хорошее мы отдыхали здесь в мае",
     "мы отдыхали здесь в мае", False),         # the later line inside it, not its opening
    ("Мы отдыхали здесь в мае...", "мы отдыхали здесь в мае", "мы отдыхали здесь в мае", False),  # nothing more
])
def test_ellipsis_teaser(head, prev, key, expected):
    assert ellipsis_teaser(head, prev, key) is expected


@pytest.mark.parametrize("s,expected", [
    ("*Поздний выезд с 12:00 до 18:00 – 50% от стоимости суток", True),
    ("Режим работы библиотеки: с 9.00 до 18.00 без перерыва", True),
    ("Ранний заезд 8:00–14:00 оплачивается как половина суток", True),
    ("Пн-Пт: 9:00 - 18:00", False),              # too few words: a widget's hours
    ("Иван Петров, РИА, 12.05.2020 10:30", False),
    ("Начало в 12:00, конец в 18:00 по местному времени", False),  # two times, no range
])
def test_time_range(s, expected):
    assert time_range(s) is expected


@pytest.mark.parametrize("s,expected", [
    ("МИНИМАЛЬНЫЙ СРОК АРЕНДЫ - 3 ДНЯ (4500 РУБЛЕЙ)", True),
    ("ВЕЧЕРНИЙ ВЫПУСК НОВОСТЕЙ 12.03.2021", False),
    ("ИТОГОВЫЙ ВЫПУСК 18:13", False),
    ("ГАЗЕТА РАЙОНА № 12 МАРТ", False),          # a month
    ("ВЫПУСК 2021 ГОДА", False),                 # a year
    ("СВОДКА НА 5 СЕНТЯБРЯ", False),
])
def test_undated_amounts(s, expected):
    assert undated_amounts(s) is expected


@pytest.mark.parametrize("s,expected", [
    ("Введение………………………………2-4", True),
    ("1.1 История вопроса.......................5-7", True),
    ("Глава 2. Итоги … 12", False),               # one ellipsis: no leader
    ("………………12", False),                        # no title
    ("Читать далее…", False),
    ("Ждем вас в 2024……", False),                  # no page number after the leader
])
def test_leader_item(s, expected):
    assert leader_item(s) is expected


_TEXT = ("Весной в городском парке высадили двести молодых лип, и жители района помогали садовникам весь день.",
         "Работы продолжатся осенью, когда на главной аллее поставят новые скамейки и фонари.")


@pytest.mark.parametrize("removed,want", [
    ({1: ("boilerplate.menu", None)}, [2, 3, 4]),  # the menu above the kept title: a header
    ({5: ("dedupe.exact", None)}, []),             # only a copy between the title and the text: the article's head
    ({5: ("dedupe.near", None)}, []),              # any copy
    ({5: ("classifier.line", None)}, [1, 2, 3]),   # furniture (not a copy) between the title and the text: a header
])
def test_region_evidence_not_a_copy_under_the_title(removed, want):
    from mtpipe.clean.regions import furniture_regions

    lines = ["Прокат лодок на озере", "Главная", "Залог за лодку", "Жилеты бесплатно", "Прокат с мая", "копия строки",
             *_TEXT]
    assert sorted(furniture_regions(lines, removed)) == want
