"""Structured records the cleaner took as chrome on pages nobody labelled (issue 12, struct86).

Made-up pages of three classes found on real record pages (benchmarks/notes/struct86.md): a calendar the page prints
(a quarter's months side by side, a year's months one grid each: more than two months' day numbers, no widget's
strip), a table's row printed once a column ("Календарные дни 31 Календарные дни 28 Календарные дни 31": no tag list
printed twice), a second ranking of the same items (standings per category: no contents list over its headings) and
a programme's day headings over rows of times (no post stamps).  Negatives: a widget's one- and two-month strips, a
tag list printed twice, a contents list over its numbered headings, a feed's day stamps over headlines.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.date_strips import MAX_WIDGET_DAYS, calendars, date_strips
from mtpipe.clean.programme_days import day_heading, programme_days
from mtpipe.clean.ru_chrome import column_row, tag_repeat
from mtpipe.document import Document
from mtpipe.segment import Segmenter


def _grid(first_weekday: int, days: int) -> list[list[int]]:
    """A month's rows of day numbers, its first day on ``first_weekday`` (0 Monday), no tails."""
    rows, row = [], []
    for d in range(1, days + 1):
        row.append(d)
        if (first_weekday + d) % 7 == 0:
            rows.append(row)
            row = []
    return rows + ([row] if row else [])


def _quarter(names: str, months: list[tuple[int, int]]) -> list[str]:
    """Three months side by side, a row of each month's week on one line (a production calendar's quarter)."""
    grids = [_grid(w, n) for w, n in months]
    out = [names, " ".join(["Пн Вт Ср Чт Пт Сб Вс"] * 3)]
    for r in range(max(len(g) for g in grids)):
        out.append(" ".join(" ".join(map(str, g[r])) for g in grids if r < len(g)))
    return out


Q1 = _quarter("ЯНВАРЬ ФЕВРАЛЬ МАРТ", [(1, 31), (4, 28), (4, 31)])
Q2 = _quarter("АПРЕЛЬ МАЙ ИЮНЬ", [(0, 30), (2, 31), (5, 30)])
YEAR = [x for name, (w, n) in zip(["Январь", "Февраль", "Март", "Апрель"], [(3, 31), (6, 28), (6, 31), (2, 30)])
        for x in [name, "Пн | Вт | Ср | Чт | Пт | Сб | Вс |"] + [" | ".join(map(str, r)) + " |" for r in _grid(w, n)]]


@pytest.mark.parametrize("lines", [Q1, Q2, YEAR])
def test_a_printed_calendar_is_no_widget_strip(lines):
    assert date_strips(lines) == []
    assert calendars(lines) == [(0, len(lines))]


@pytest.mark.parametrize("lines", [
    ["Январь", "Пн Вт Ср Чт Пт Сб Вс"] + [" ".join(map(str, r)) for r in _grid(3, 31)],  # a sidebar's month
    # a date picker of two months with both tails: six weeks each, MAX_WIDGET_DAYS day numbers
    ["Май Июнь", "Пн Вт Ср Чт Пт Сб Вс Пн Вт Ср Чт Пт Сб Вс"]
    + [" ".join(str((7 * r + c) % 31 + 1) for c in range(7)) * 1 + " " + " ".join(
        str((7 * r + c) % 30 + 1) for c in range(7)) for r in range(6)],
])
def test_a_widget_strip_stays_a_strip(lines):
    assert calendars(lines) == []
    assert date_strips(lines) == [(0, len(lines))]


def test_the_two_month_picker_holds_the_widget_bound():
    assert sum(len(line.split()) for line in [" ".join(["1"] * 14)] * 6) == MAX_WIDGET_DAYS


def test_cleaner_keeps_a_production_calendar():
    head = ["Производственный календарь на 2019 год",
            "В 2019 году 247 рабочих дней и 118 выходных и праздничных дней."]
    stats = ["Календарные дни 31 Календарные дни 28 Календарные дни 31",
             "Рабочие дни 17 Рабочие дни 20 Рабочие дни 20"]
    text = head + Q1 + stats + Q2
    doc = Document.from_text("\n".join(text) + "\n", doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy="weighed"))(doc))
    assert unaccounted(doc) is None
    kept = "\n".join(s.source for s in doc.segments)
    for line in Q1 + stats + Q2:
        assert line.split()[-1] in kept
    assert not any(e.action == "removed" and e.rule == "boilerplate.date_strip" for e in doc.ledger)


@pytest.mark.parametrize("line", ["Календарные дни 31 Календарные дни 28 Календарные дни 31",
                                  "Рабочие дни 17 Рабочие дни 20 Рабочие дни 20 Рабочие дни 22"])
def test_a_row_printed_once_a_column_is_no_tag_list(line):
    assert column_row([w.casefold() for w in line.split()])
    assert not tag_repeat(line)


@pytest.mark.parametrize("line", ["Китай США связь экономика санкции общество армия военные Китай США",
                                  "ЕГЭ 2024 школа экзамены выпускники ЕГЭ 2024 школа",
                                  "Рабочие дни 20 Рабочие дни 20 Рабочие дни 20"])
def test_a_tag_list_or_one_value_again_is_no_column_row(line):
    assert not column_row([w.casefold() for w in line.split()])


def test_the_tag_list_printed_twice_still_goes():
    assert tag_repeat("Китай США связь экономика санкции общество армия военные Китай США")


def _kept(lines: list[str]) -> str:
    doc = Document.from_text("\n".join(lines) + "\n", doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy="weighed"))(doc))
    assert unaccounted(doc) is None
    return "\n".join(s.source for s in doc.segments)


def test_a_second_ranking_of_the_same_items_stays():
    kept = _kept([
        "Итоги командного чемпионата области по лыжным гонкам",
        "В субботу на стадионе «Спартак» прошёл командный чемпионат области по лыжным гонкам среди мужчин и женщин.",
        "Женщины.", "1. Северный район.", "2. Заречный район.", "3. Центральный район.",
        "Мужчины.", "1. Заречный район.", "2. Северный район.", "3. Озёрный район."])
    for item in ["1. Северный район.", "2. Заречный район.", "3. Центральный район.", "1. Заречный район."]:
        assert item in kept


def test_a_contents_list_over_its_headings_still_goes():
    kept = _kept([
        "Руководство по уходу за садом",
        "1. Подготовка почвы", "2. Выбор семян", "3. Полив и подкормка",
        "Каждый шаг описан ниже вместе с тем, когда и как его делать в течение сезона.",
        "1. Подготовка почвы",
        "Почву перекапывают осенью на глубину штыка лопаты и вносят перегной из расчёта ведро на метр.",
        "2. Выбор семян",
        "Семена выбирают районированные, проверяя срок годности и всхожесть на небольшой пробе.",
        "3. Полив и подкормка",
        "Поливают вечером тёплой водой, подкармливают раз в две недели настоем травы или золой."])
    assert kept.count("1. Подготовка почвы") == 1 and kept.count("2. Выбор семян") == 1
    assert kept.index("Каждый шаг") < kept.index("1. Подготовка почвы")  # the list above went, the headings stay


# -- a programme's day headings over rows of times (mtpipe.clean.programme_days) --
PROGRAMME = [
    "Программа слёта молодых фермеров",
    "Четверг 14.08",
    "Весь день Заезд и размещение участников",
    "18:00 Открытие слёта и знакомство команд Летняя эстрада парка",
    "Пятница 15.08",
    "10:00 – 11:30 Пленарное заседание о поддержке малых хозяйств Большой зал",
    "12:00 – 13:00 Обед Столовая «Колос»",
    "Суббота 16.08",
    "11:00 Ярмарка продукции участников Центральная площадь",
]


@pytest.mark.parametrize("line", ["Четверг 14.08", "Пятница, 15.08.2025", "Thứ Bảy, 12/10", "16 августа",
                                  "Суббота, 16 августа", "16 августа (суббота)", "Chủ nhật 13/10"])
def test_day_heading(line):
    assert day_heading(line)


@pytest.mark.parametrize("line", ["10:00 Открытие", "Пятница 15.08 10:00", "Новости 15.08",
                                  "Пятница 15.08 в парке пройдёт концерт", "7:04 pm August 17, 2011"])
def test_not_day_heading(line):
    assert not day_heading(line)


def test_programme_days_found_and_kept():
    assert programme_days(PROGRAMME) == [1, 4, 7]
    kept = _kept(PROGRAMME)
    for day in ("Четверг 14.08", "Пятница 15.08", "Суббота 16.08"):
        assert day in kept


@pytest.mark.parametrize("lines", [
    # a feed's day stamps over headlines: no row opening with a clock time
    ["Четверг 14.08", "Губернатор открыл новую школу в Заречном районе", "Пятница 15.08",
     "В городе начался ремонт набережной"],
    # one dated heading only: no programme of days
    ["Пятница 15.08", "10:00 – 11:30 Пленарное заседание о поддержке малых хозяйств"],
    # a comment list's stamps with their times on the line
    ["Пятница 15.08 10:12", "Спасибо, очень полезно", "Суббота 16.08 11:40", "Согласен с автором"],
])
def test_no_programme(lines):
    assert programme_days(lines) == []
