"""cp36: a page's title at the tail of a menu run, taken up by the article's first sentence, is the article's heading,
no menu item (``boilerplate.menu``; mtpipe.clean.lead_titles; held36 lost a school's page title under its visitor
counter).  The widget above it still goes; one-word lines and lines the lead does not open with are not spared.

Titles and leads in the shapes of dev pages (held16, held23, train27vi, held36), written for these tests."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.lead_titles import lead_title_tail
from mtpipe.document import Document

POLICIES = ("balanced", "weighed")


@pytest.mark.parametrize("tail, lead, want", [
    (["Детская художественная школа", "Детская художественная школа"],
     "Детская художественная школа была основана в августе 1974 года.", 2),
    (["Вываживание рыбы"], "Вываживание рыбы требует от рыболова находчивости и терпения.", 1),
    (["Отдел кадров"], "Отдел кадров является не только функциональной единицей предприятия.", 1),
    (["Lễ Phật Đản"], "Lễ Phật Đản có một ý nghĩa vô cùng thiêng liêng đối với Phật tử.", 1),
    (["Chế độ ăn uống"], "Chế độ ăn uống là yếu tố quan trọng nhất trong việc giữ gìn sức khỏe.", 1),
    # negatives: one word (a menu item may open the lead), a line the lead does not open with, a glued word
    (["Новости"], "Новости школы за неделю публикуются по пятницам.", 0),
    (["Контакты"], "Детская художественная школа была основана в августе 1974 года.", 0),
    (["Отдел кадр"], "Отдел кадров является не только функциональной единицей предприятия.", 0),
])
def test_lead_title_tail(tail, lead, want):
    lines = ["Главная", "Гостей: 1", *tail, lead]
    run = list(range(len(lines) - 1))
    assert lead_title_tail(lines, run, [len(lines) - 1]) == set(range(len(lines) - 1 - want, len(lines) - 1))


def test_a_run_not_straight_above_the_text_spares_nothing():
    lines = ["Главная", "Отдел кадров", "Реклама", "Отдел кадров является не только функциональной единицей."]
    assert lead_title_tail(lines, [0, 1], [3]) == set()


_PAGE = ["Статистика", "Онлайн всего: 1", "Гостей: 1", "Пользователей: 0",
         "Детская художественная школа", "Детская художественная школа",
         "Детская художественная школа была основана в августе 1974 года. За годы существования школу окончили "
         "более тысячи учеников, многие из них стали профессиональными художниками.",
         "Последнее достижение школы — участие во всероссийском конкурсе детского рисунка."]


@pytest.mark.parametrize("policy", POLICIES)
def test_the_title_over_its_lead_stays_and_the_counter_goes(policy):
    doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text("\n\n".join(_PAGE) + "\n", doc_id="site/a.txt",
                                                                          path="site/a.txt"))
    gone = [(doc.raw_text[e.start:e.end].strip(), e.rule) for e in doc.ledger if e.action == "removed"]
    titles = [rule for line, rule in gone if line == "Детская художественная школа"]
    assert len(titles) == 1 and titles[0] != "boilerplate.menu", gone  # one copy kept, the other a copy
    for line in ("Онлайн всего: 1", "Гостей: 1", "Пользователей: 0"):
        assert line in dict(gone), gone
