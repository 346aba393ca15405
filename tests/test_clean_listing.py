"""The same item of two listings of one pattern is no copy (issue 12, content precision; held26, read after its
blind run).

A results page prints "(age group 5-8)" under each category and a name placed first in two categories;
``dedupe.exact`` took the second of each for a copy.  :func:`mtpipe.clean.structure.other_listing` keeps a short
equal line whose live neighbours on one side differ and open with the same two words (numbers aside).  The cases
below are written from the pattern, in both languages, with the shapes that must still go: a copy next to another
copy, a pair of lines printed twice (the second time with text glued on), a heading printed again with the same
text after it, a line of no listing.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, unaccounted
from mtpipe.clean.ledger import apply_ledger
from mtpipe.clean.structure import other_listing
from mtpipe.document import Document
from mtpipe.segment import Segmenter

RU = ["Итоги городского конкурса рисунков подвели в Доме культуры в пятницу вечером.",
      "в номинации «Моя семья»:", "(возрастная группа 7-10 лет)", "1 место – Соколова Анна;", "2 место – Петров Илья;",
      "(возрастная группа 11-14 лет)", "1 место – Громова Дарья;", "2 место – Лебедев Павел.",
      "в номинации «Родной город»:", "(возрастная группа 7-10 лет)", "1 место – Соколова Анна;",
      "2 место – Ершова Мария;", "(возрастная группа 11-14 лет)", "1 место – Киселев Олег;", "2 место – Громова Дарья."]
VI = ["Kết quả hội thi văn nghệ của các xã trong huyện được công bố vào chiều thứ bảy vừa qua.",
      "Bảng A – tiết mục đơn ca:", "Hạng nhất: Đội văn nghệ xã Bình An", "Hạng nhì: Đội văn nghệ xã Tân Phú",
      "Bảng B – tiết mục tốp ca:", "Hạng nhất: Đội văn nghệ xã Bình An", "Hạng nhì: Đội văn nghệ thị trấn Phú Mỹ"]
BODY = ("В субботу в городе прошла олимпиада по математике для школьников. Ученики нашей школы заняли три призовых "
        "места.")
MORE = "Поздравляем победителей и их учителей, которые готовили ребят к олимпиаде весь учебный год!"


def _run(text: str):  # type: ignore[no-untyped-def]
    doc = Segmenter()(Cleaner()(Document.from_text(text, doc_id="doc.txt", path="doc.txt")))
    assert unaccounted(doc) is None
    return doc


@pytest.mark.parametrize("lines", [pytest.param(RU, id="ru-results"), pytest.param(VI, id="vi-results")])
def test_items_of_two_listings_stay(lines: list[str]) -> None:
    doc = _run("\n".join(lines) + "\n")
    left = [x.strip() for x in apply_ledger(doc.raw_text, doc.ledger).splitlines()]
    removed = [(e.rule, e.text.strip()) for e in doc.ledger if e.action == "removed"]
    for line in set(lines):
        assert left.count(line) == lines.count(line), (line, removed)


# copies that must still go
STILL = [
    pytest.param(f"{BODY}\n\nДоход от подработки: что это?\n\nДоход от подработки облагается налогом, как и зарплата.\n\n"
                 "Доход от подработки: что это?\nДоход от подработки: что это?\n\nОтвет простой, налог платят все.\n",
                 id="copy-next-to-a-copy"),
    pytest.param(f"{BODY}\n*Ранний заезд с 0:00 до 08:00 - 100% стоимости\n*Ранний заезд с 8:00 до 14:00 – 50% стоимости\n"
                 "* Ранний заезд с 0:00 до 08:00 - 100% стоимости\n*Ранний заезд с 8:00 до 14:00 – 50% стоимости "
                 "Доплата за завтрак 300 рублей\n", id="pair-printed-twice-glued"),
    pytest.param(f"Новости района сегодня\n{BODY}\n{MORE}\nНовости района сегодня\n{BODY}\n", id="heading-again-same-text"),
]


@pytest.mark.parametrize("text", STILL)
def test_the_copy_still_goes(text: str) -> None:
    doc = _run(text)
    assert [e for e in doc.ledger if e.rule.startswith("dedupe.")], [(e.rule, e.text) for e in doc.ledger]


@pytest.mark.parametrize("lines,j,i,other", [
    (["в номинации «A»:", "(группа 5-8 лет)", "1 место – Анна;", "в номинации «B»:", "(группа 5-8 лет)",
      "1 место – Олег;"], 1, 4, True),  # both sides of one pattern
    (["Главная", "Контакты", "О нас", "Главная", "Контакты", "О нас"], 1, 4, False),  # the same lines around it
    (["Мы открыли школу.", "Подробнее о проекте", "Вчера прошёл праздник.", "Подробнее о проекте"], 1, 3, False),
    (["1 место – Анна;", "1 место – Анна;", "2 место – Олег;"], 0, 1, False),  # adjacent: printed twice
    (["Итоги:", "1 место – Анна;", "2 место – Олег;", "Ещё:", "1 место – Анна;", "2 место – Олег; и призы"],
     1, 4, False),  # the line after it holds the first copy's: a pair printed twice
])
def test_other_listing(lines: list[str], j: int, i: int, other: bool) -> None:
    assert other_listing(lambda k: lines[k] if 0 <= k < len(lines) else None, j, i) is other
