"""cp80: a listing's title with its date and time before it is the text's own line (mtpipe.clean.dated_titles).

``boilerplate.dateline`` took "<date> в <time>. <title>" (a TV listing's item, audit34 held) as a byline with a date.
A line that opens with a date and a time, then a stop or a dash (or a space and lower case), then a phrase of four
words or more (a lower-case word, a function word, no label, no second date, no counter at its end, no link-bar
separator) stays; a bare dateline, a dated byline, a stamp with a rubric, source, label or counter still goes.

The lines are written for these tests in the shapes seen (no line is a benchmark page's)."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.body_guards import dated_body_line
from mtpipe.clean.dated_titles import listing_title
from mtpipe.document import Document

POLICIES = ("balanced", "weighed")


def _removed(text: str, policy: str) -> dict[str, str]:
    doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(text, doc_id="site/a.txt", path="site/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


@pytest.mark.parametrize("line", [
    "3 февраля в 09:15. Премьера сезона. Большое путешествие по рекам Сибири",
    "21 мая в 18:00 — концерт камерного оркестра в областной филармонии",
    "14.06.2025, 19:30 — спектакль для детей и взрослых в летнем театре",
    "19h30 ngày 21/5 - Hòa nhạc giao hưởng mừng ngày của những người thợ mỏ",
    "7 января в 20:00 на мосту отключат светофоры у вокзала",  # the stamp opens the clause, lower case after it
    "June 7 at 8:00 pm — a reading of new poems in the town library",
    "Saturday is out; June 7 at 20:00 — a reading of new poems in the town library",  # not opening: see below
])
def test_listing_titles(line):
    want = not line.startswith("Saturday")
    assert listing_title(line) is want


@pytest.mark.parametrize("line", [
    "1 января 2024, 08:40",  # a bare dateline
    "3 февраля 2024, 09:15 — Ирина Соколова",  # a dated byline: a name, two words
    "3 февраля 2024, 09:15 — Информационное агентство России ТАСС",  # a source: no function word
    "14 мая 2025, 00:02 Городские события 0",  # a rubric and a counter, no stop or dash
    "15 января 2026, 16:24 • Новости дня",  # a link bar's separator
    "12:00 24.11.2025. Источник: Информационное агентство России",  # a label after the stamp
    "12 марта 2024, 10:15 — Автор: Иван Петров и его коллеги",  # a label in the tail's first words
    "5 апреля в 12:30 — обновлено в 14:45 по местному времени",  # a second time: a stamp's update
    "2 июня в 11:00 — просмотров за день у этой новости 1520",  # a counter closing the line
    "16/05/2018 08:11 - Mở cửa",  # vi: a short link label
    "Posted by Anna Lee on March 5, 2013 at 10:27 am",  # a stamp after words
    "March 5, 2013 at 10:27 am by Anna Lee",  # the clock's half of the day is the stamp's: a byline after it
    "15 января 2026 в 16:24 Иван Петров и Мария Иванова",  # a capital after a bare space: names
    "10 августа 21:35 В мире и в стране за сутки",  # a rubric in capitals, no stop or dash
])
def test_stamps_stay_stamps(line):
    assert listing_title(line) is False


def test_the_guard_of_dated_body_lines_reads_it():
    lines = ["Программа", "21 мая в 18:00 — концерт камерного оркестра в областной филармонии"]
    assert dated_body_line(lines, 1) is True
    assert dated_body_line(["Программа", "21 мая 2024, 18:00"], 1) is False


_LISTING = ["Что посмотреть на праздниках: премьеры телеканала",
            "Телеканал подготовил к праздникам несколько премьер и любимые фильмы зрителей всех возрастов.",
            "3 февраля в 09:15. Премьера сезона. Большое путешествие по рекам Сибири",
            "Ведущие проплывут по рекам Сибири от истоков до устья и расскажут о жизни прибрежных сёл.",
            "4 февраля в 21:00 — концерт «Песни года» с участием звёзд эстрады",
            "Зрители увидят выступления артистов, которые стали лауреатами фестиваля в этом году."]


@pytest.mark.parametrize("policy", POLICIES)
def test_a_listings_items_stay(policy):
    removed = _removed("\n".join(_LISTING) + "\n", policy)
    assert _LISTING[2] not in removed and _LISTING[4] not in removed, removed


_BYLINE = ["Горсовет утвердил бюджет города на следующий год",
           "3 февраля 2024, 09:15 — Ирина Соколова",
           "Депутаты городского совета на заседании во вторник утвердили бюджет города на следующий год.",
           "Расходы на ремонт дорог и школ вырастут почти на треть по сравнению с текущим годом."]


@pytest.mark.parametrize("policy", POLICIES)
def test_a_dated_byline_still_goes(policy):
    removed = _removed("\n".join(_BYLINE) + "\n", policy)
    assert removed.get(_BYLINE[1], "").startswith("boilerplate."), removed
