"""Round 28d (crawlprec28): the cross-document layer and the header region on multi-page crawls.

* A short title of a numbered series (five words besides its number: "Приходской листок храма выпуск номер 703",
  the number differing from page to page) has one masked form on every page of a blog's crawl; it is each page's
  own heading, not furniture: ``TemplateCounter.series_words`` (5) judges it as a sentence (counted with its
  number).  A counter ("Просмотров: 571") has fewer words and still goes; the same line with the same number on
  every page (a sidebar link) still goes.
* ``boilerplate.region`` takes the short lines above the text as the site's header when the region holds furniture;
  the lines below the post's own date stamp (a full date the date rules took, below every line of furniture) are
  the post's head and stay (``guards.below_stamp``).  An issue number with its year is no date stamp, and a menu
  below the date leaves the region as it was.
* A line of numbers alone ("1." over a list's item) is counted as written, not masked: masked, every bare number of
  a run is one line "0" (train27vi lost two item numbers to it); a pager or a footer's year is the same on every page.
* The sketch's estimates are capped at the documents counted (run-wide and per folder): a collision made a folder
  of one page read "seen in 2 documents of folder …" (train28 lost an ingredient line).

The lines here are written for these tests (none is a line of a benchmark page)."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, TemplateCounter
from mtpipe.clean.guards import _full_date, below_stamp
from mtpipe.document import Document


def _clean(texts: list[str], folder: str = "site") -> list:
    cleaner = Cleaner()
    docs = [Document.from_text(t, doc_id=f"{folder}/{k}.txt") for k, t in enumerate(texts)]
    cleaner.first_pass(docs)
    return [cleaner(d) for d in docs]


def _removed(doc) -> dict[str, str]:
    return {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}


# (title pattern with {n}, numbers per page, whether each page's title stays)
SERIES = {
    # five words and a number differing on each page: a numbered series' heading
    "ru_issue": ("Приходской листок храма выпуск номер {n}", (573, 703, 708, 734, 799), True),
    "vi_issue": ("Thư mục vụ giáo xứ {n}", (41, 52, 63, 74, 85), True),
    "en_issue": ("Weekly parish letter issue number {n}", (12, 13, 17, 21, 30), True),
    # same shape, the same number on every page: a sidebar link to one issue, furniture
    "ru_same": ("Приходской листок храма выпуск номер {n}", (703, 703, 703, 703, 703), False),
    "en_same": ("Weekly parish letter issue number {n}", (17, 17, 17, 17, 17), False),
}


def _pages(title: str, numbers: tuple[int, ...]) -> list[str]:
    topics = ("о ремонте колокольни", "о детском хоре", "о летнем лагере", "о паломничестве", "о библиотеке")
    return [f"Главная страница прихода\nНаши контакты\nСуббота, {10 + k} марта 2022\n{title.format(n=n)}\n"
            f"Просмотров: {37 * k + 5}\n"
            f"В этом выпуске мы рассказываем {topics[k]} и о жизни общины за прошедшую неделю.\n"
            f"Отдельная заметка {k} посвящена новостям епархии и планам на будущий месяц.\n"
            "Поделиться в соцсетях\n" for k, n in enumerate(numbers)]


@pytest.mark.parametrize("case", sorted(SERIES))
def test_numbered_series_title(case):
    title, numbers, stays = SERIES[case]
    for n, doc in zip(numbers, _clean(_pages(title, numbers))):
        line = title.format(n=n)
        removed = _removed(doc)
        if stays:
            assert removed.get(line) != "boilerplate.template", (case, removed)
        else:
            assert removed.get(line) == "boilerplate.template", (case, removed)
        # the page's furniture still goes: the menu's lines
        assert removed.get("Поделиться в соцсетях") == "boilerplate.template", removed


def test_series_rule_is_what_keeps_the_short_title():
    lines = [f"Главная\nПриходской листок храма выпуск номер {n}\nНовость {n} о погоде." for n in (5, 6, 7, 8)]
    on, off = TemplateCounter(width=1 << 12, depth=3), TemplateCounter(width=1 << 12, depth=3, series_words=6)
    for t in lines:
        on.add(t, "s")
        off.add(t, "s")
    line = "Приходской листок храма выпуск номер 6"
    assert on.template(line, "s", "Главная", "Новость 6 о погоде.") is None
    assert off.template(line, "s", "Главная", "Новость 6 о погоде.") is not None


def test_counter_with_differing_numbers_is_still_template():
    c = TemplateCounter(width=1 << 12, depth=3)
    for n in (12, 571, 40, 9):
        c.add(f"Главная\nПросмотров: {n}\nНовость {n} о погоде.", "s")
    assert c.template("Просмотров: 40", "s", "Главная", "Новость 40 о погоде.") is not None


MENU = "Главная\n\nНовости\n\nКонтакты\n\n"
TEXT = ("В этом выпуске мы рассказываем о ремонте колокольни и о жизни общины за прошедшую неделю, "
        "а также о планах прихода на лето.")
HEAD = ("Выпуск приходского листка", "Четвёртое воскресенье поста")
REGION = {
    # menu, then the post's date stamp, then its head (two short lines and the reading's reference as its title)
    "date_ru": (MENU + "Суббота, 26 марта 2022\n\n{head}\n\nЛк 15, 1-3\n\n" + TEXT, True),
    "date_numeric": (MENU + "26.03.2022\n\n{head}\n\nЛк 15, 1-3\n\n" + TEXT, True),
    # same shape, an issue's number with its year instead of a date: no stamp, the header region as before
    "issue_number": (MENU + "№ 3 (73) 2022\n\n{head}\n\nЛк 15, 1-3\n\n" + TEXT, False),
    # same shape, no line between the menu and the short lines: the header region as before
    "no_stamp": (MENU + "{head}\n\nЛк 15, 1-3\n\n" + TEXT, False),
}


@pytest.mark.parametrize("case", sorted(REGION))
def test_post_head_below_its_date_stamp(case):
    text, stays = REGION[case]
    doc = Cleaner()(Document.from_text(text.format(head="\n\n".join(HEAD)), doc_id="doc.txt", path="doc.txt"))
    removed = _removed(doc)
    by_region = [line for line in HEAD if removed.get(line) == "boilerplate.region"]
    # (the byline rule may take a line in capitals next to a bare number: that is not this guard's)
    assert (not by_region) is stays, (case, removed)


def test_below_stamp_needs_the_stamp_below_the_furniture():
    lines = ["Главная", "Новости", "Суббота, 26 марта 2022", "ВЫПУСК", "ВОСКРЕСЕНЬЕ", "Лк 15", "текст"]
    furniture = lambda rule: rule == "boilerplate.menu"  # noqa: E731
    removed = {0: ("boilerplate.menu", None), 1: ("boilerplate.menu", None), 2: ("boilerplate.date_line", None)}
    assert below_stamp([3, 4], lines, removed, furniture) == []
    # furniture below the date (a menu under the site's date bar): the short lines are the site's header
    lines2 = ["Суббота, 26 марта 2022", "Главная", "Новости", "ВЫПУСК", "ВОСКРЕСЕНЬЕ", "Лк 15", "текст"]
    removed2 = {0: ("boilerplate.date_line", None), 1: ("boilerplate.menu", None), 2: ("boilerplate.menu", None)}
    assert below_stamp([3, 4], lines2, removed2, furniture) == [3, 4]


@pytest.mark.parametrize("line,full", [
    ("Thứ Bảy, 26 tháng 3, 2022", True), ("12.03.2024", True), ("March 3, 2024", True),
    ("Обновлено 5 мая 2023 г.", True), ("№ 3 (73) 2024", False), ("54", False), ("2024", False),
    ("Выпуск 12, 2024", False),
])
def test_full_date(line, full):
    assert _full_date(line) is full


# a line of numbers alone is counted as written, not masked: every bare number of a run is one masked line ("0")
BARE = {
    # a list's item number on its own line, other numbers on the other pages: the page's own
    "item_number": (["{k}.", "Пример {k}: предложение на русском языке для перевода."], "3.", False),
    "year_alone": (["{y}", "Статья {k} о погоде и урожае в этом году."], "2013", False),
    # same shape, the same numbers on every page: a pager or a footer's year, furniture
    "pager": (["1 2 3 4 5", "Статья {k} о погоде и урожае в этом году."], "1 2 3 4 5", True),
    "footer_year": (["© 2024", "Статья {k} о погоде и урожае в этом году."], "© 2024", True),
}


@pytest.mark.parametrize("case", sorted(BARE))
def test_bare_number_lines_counted_as_written(case):
    pattern, line, template = BARE[case]
    c = TemplateCounter(width=1 << 12, depth=3)
    for k in range(1, 11):
        c.add("\n".join(p.format(k=k, y=2010 + k) for p in pattern) + "\nГлавная", "s")
    k = 3
    prev, nxt = None, pattern[1].format(k=k)
    got = c.template(line, "s", prev, nxt)
    assert (got is not None) is template, (case, got)


def test_counts_never_exceed_the_documents_counted():
    # a sketch of a few counters: every key collides; a folder of one page must never read "2 of 1" (train28 lost an
    # ingredient line, "seen in 2 documents of folder …" of a folder holding one page)
    c = TemplateCounter(width=8, depth=2)
    for k in range(30):
        c.add(f"Меню сайта\nСтатья {k} о погоде\nРецепт {k}: мука, сахар и соль", "big")
    c.add("Ингредиенты\n– 1 луковица\n– соль", "one")
    assert c.count("– 1 луковица", "one")[1] == 1
    assert c._pair_count("– 1 луковица", "– соль", "one")[1] == 1
    assert c._exact_count("– 1 луковица", "one")[1] == 1
    assert c.count("Меню сайта", "big") == (31, 30)


CAPS_RUN = ["ВЫПУСК ПРИХОДСКОГО ЛИСТКА", "ВОСКРЕСЕНЬЕ ПОСТА", "ПРАЗДНИК ВСЕХ СВЯТЫХ", "Лк 15, 1-3", TEXT]
CAPS_HEAD = {
    # (lines above the run, removed indices among them, whether the capitals run stays)
    "under_post_date": (["Главная", "Новости", "Суббота, 26 марта 2022"], {0, 1, 2}, True),
    "under_numeric_date": (["Главная", "Новости", "26.03.2022"], {0, 1, 2}, True),
    # same shape: the date bar is the page's first line (a site's date above its menu), an issue number, no stamp
    "date_bar_on_top": (["Суббота, 26 марта 2022"], {0}, False),
    "issue_number": (["Главная", "Новости", "№ 3 (73) 2022"], {0, 1, 2}, False),
    "no_stamp": (["Главная", "Новости"], {0, 1}, False),
}


@pytest.mark.parametrize("case", sorted(CAPS_HEAD))
def test_caps_head_under_the_post_date(case):
    from mtpipe.clean.layout import caps_head

    above, bad, stays = CAPS_HEAD[case]
    lines = above + CAPS_RUN
    got = caps_head(lines, set(bad), set())
    run = {len(above), len(above) + 1, len(above) + 2}
    assert (not run & set(got)) is stays, (case, got)
