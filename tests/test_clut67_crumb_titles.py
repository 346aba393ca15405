"""clut67: a breadcrumb trail ending in the page's title, and a line of hashtags on any page (issue 12, held42).

Classes (each table-driven, with negatives of the same shape that stay):

* :func:`~mtpipe.clean.crumb_titles.trail_title`: the line above the title is a breadcrumb whose last crumb is the
  title ("Home / <title>", h42ru01; "» <title>", h42ru15; "Главная / Общество / <title>", h38ru10's shape; "Trang
  chủ » Chăm sóc thú non » <title>", t27vi94's shape; "Главная / Университет / Пресс-центр / Новости / <title>",
  t27ru47's shape).  Of the two copies the trail's goes (``dedupe.furniture_copy``), the title stays, and a lead
  that takes the title up is no reason to drop it (``dedupe.truncated_lead`` passes it over, as the page's first line).
* :func:`~mtpipe.clean.softbreak_marks.crumb_opens`: a line opening with "» " (or "› ", "→ ") before no lower-case
  word, under a paragraph holding no open «quotation», starts the trail's line: no soft break into it.
* ``portal.hashtags`` on pages of every language ("#горноалтайск", h42ru13; "#театрсфера", t28ru33; the posts'
  "#новости #технологии" found with the search tool).

Titles and sentences here are written for the tests in the shapes seen; none is a benchmark page's line.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.crumb_titles import trail_title
from mtpipe.clean.softbreak_marks import crumb_opens
from mtpipe.clean.vi_edges import hashtags
from mtpipe.document import Document

_T_RU = "Во Владивостоке открылась третья по счету российско-китайская выставка детского рисунка"
_T_VI = "Chăm sóc thú cưng tại nhà – Các khái niệm cơ bản về sức khỏe cho người mới nuôi"

TRAILS = [
    (f"Home / {_T_RU}", _T_RU, True),  # h42ru01's shape
    ('» МБДОУ "Детский сад №7"', 'МБДОУ "Детский сад №7"', True),  # h42ru15's: the other crumbs dropped
    (f"Главная / Общество / {_T_RU}", _T_RU, True),
    (f"Главная / Университет / Пресс-центр / Новости / {_T_RU}", _T_RU, True),
    (f"Trang chủ » Chăm sóc thú non » {_T_VI}", _T_VI, True),
    (f"Trang chủ | Văn học | Thơ | {_T_VI}", _T_VI, True),
    (f"› {_T_RU}", _T_RU, True),
    # negatives: no separator right before the copy, a sentence before it, another last crumb, a cut copy
    (f"Главная Новости {_T_RU}", _T_RU, False),  # no separator: dedupe.breadcrumb's class, not this one
    (f"Итоги года подведены. Новости / {_T_RU}", _T_RU, False),
    (f"Внимание: важно / {_T_RU}", _T_RU, False),
    (f"Home / {_T_RU} и Хабаровске", _T_RU, False),
    (f"Home / {_T_RU[:40]}", _T_RU, False),
    (_T_RU, _T_RU, False),
    ("Цена 1200 / 1500 рублей", "1500 рублей", True),  # the shape alone; the copy rules ask more (below)
]


@pytest.mark.parametrize("trail,line,taken", TRAILS)
def test_trail_title(trail: str, line: str, taken: bool) -> None:
    assert trail_title(trail, line) is taken


OPENS = [
    (["Любить свой край — значит знать его", '» МБДОУ "Детский сад №7"'], True),  # h42ru15's shape
    (["Сайт о родном крае", "› Новости района"], True),
    (["Наш город", "→ Контакты"], True),
    (["Trang thông tin của giáo xứ", "» Lịch sử giáo xứ"], True),
    # negatives: the guillemet closes a quote the paragraph opened; a lower-case word goes on; no space after it
    (["детский сад № 21 «Карапуз", "», в народе именуемый яслями"], False),
    (["Газета «Новое время", "» Сегодня"], False),
    (["Он назвал проект «Мост", "дружбы", "» Главным"], False),
    (["Текст без кавычек", "» а дальше строчными"], False),
    (["Xem thêm", "»Cùng chủ đề"], False),
]


@pytest.mark.parametrize("lines,taken", OPENS)
def test_crumb_opens(lines: list[str], taken: bool) -> None:
    assert crumb_opens(lines, len(lines) - 2) is taken


_LEAD_RU = ("Выставка продлится до конца месяца, на ней представлено более двухсот работ школьников из Приморья "
            "и провинции Хэйлунцзян.")
_NEXT_RU = "Организаторы планируют сделать выставку ежегодной и провести ее в следующем году в Харбине."


def _clean(text: str) -> tuple[Document, dict[str, str]]:
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(Document(doc_id="t.txt", text=text, raw_text=text))
    gone = {text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}
    return doc, gone


@pytest.mark.parametrize("trail", [f"Home / {_T_RU}", f"Главная / Новости / {_T_RU}", f"» {_T_RU}"])
def test_trail_goes_title_stays(trail: str) -> None:
    # the lead takes the title up (h42ru01's shape: the title glued before the lead's own first sentence)
    lead = f"{_T_RU}{_T_RU} в краевом музее. {_LEAD_RU}"
    _, gone = _clean(f"{trail}\n\n{_T_RU}\n\n{lead}\n\n{_NEXT_RU}\n")
    assert gone.get(trail) in ("dedupe.furniture_copy", "chrome.breadcrumb_trail")  # three crumbs: the rule's trail
    assert _T_RU not in gone and lead not in gone


def test_short_title_under_a_slogan_and_its_trail() -> None:
    # h42ru15's shape: the slogan, the trail's last crumb under it (no blank line), the title, the text
    title = 'МБДОУ "Детский сад №7"'
    text = (f"Любить свой край — значит знать его\n» {title}\n\n{title}\n\n"
            "Один из старейших детских садов города отметил свое 70-летие, его история началась в 1950 году. "
            f"{_LEAD_RU}\n\n{_NEXT_RU}\n")
    doc, gone = _clean(text)
    assert gone.get(f"» {title}") == "dedupe.furniture_copy"
    assert title not in gone
    assert "\n» " in doc.text  # the trail's line was not joined to the slogan


def test_trail_copy_kept_when_no_text_follows() -> None:
    # a menu's entry over a menu's line: the title opens no text, the first copy stays as before
    text = f"Разделы сайта\n\n» Фотогалерея района\n\nФотогалерея района\n\nКонтакты\n"
    _, gone = _clean(text)
    assert gone.get("» Фотогалерея района") != "dedupe.furniture_copy"


def test_quote_closed_on_the_next_line_still_joins() -> None:
    text = ("В городе работает детский сад «Карапуз\n», в народе его называют яслями, и он отметил юбилей.\n\n"
            f"{_NEXT_RU}\n")
    doc, _ = _clean(text)
    assert "«Карапуз »," in doc.text  # the soft break was joined (the newline made a space)


HASHTAG_PAGES = [
    ("#горноалтайск", True),  # h42ru13
    ("#театрсфера", True),  # t28ru33
    ("#новости #технологии", True),  # a post's closing tags (a public page found with the search tool)
    ("#НОВОСТИ", True),
    # negatives: a Markdown heading, a number, a sentence with a tag inside, a tag with a label glued
    ("## Введение", False),
    ("#1", False),
    ("Пишите нам с тегом #театрсфера, лучшие фото опубликуем.", False),
    ("#Click3: лучшее за неделю", False),
]


@pytest.mark.parametrize("line,taken", HASHTAG_PAGES)
def test_hashtags_on_a_russian_page(line: str, taken: bool) -> None:
    text = f"{_LEAD_RU}\n\n{_NEXT_RU}\n\n{line}\n"
    _, gone = _clean(text)
    if taken:
        assert line in gone  # "#НОВОСТИ" a rubric's rule may take first
    else:
        assert gone.get(line) != "portal.hashtags"  # "#1" alone at the end another rule may take
    assert hashtags(line) is taken
