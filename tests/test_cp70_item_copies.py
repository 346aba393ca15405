"""cp70 (issue 12, content precision; held43's lost lines, read after its blind run): three classes.

* ``dedupe.truncated_lead`` takes only a copy of the text's OPENING (at its start, or after a dateline): a title whose
  words recur at the end of a later sentence ("о проведении аукциона …" over "… извещает о проведении аукциона …",
  ``h43ru12``) is no teaser cut off (:func:`~mtpipe.clean.summaries.opens_with`);
* the document's kind in capitals over a title that goes on from it ("ИЗВЕЩЕНИЕ" ⏎ "о проведении …") is the title's
  own first words: the region layer keeps it with the title (:func:`~mtpipe.clean.head_guards.kind_heading`);
* a teaser list whose items print the title, the date, the title again and the teaser (``h43ru14``): the copy under
  the date stays, the one over it goes (``dedupe.item_header_copy``, :mod:`mtpipe.clean.item_copies`).

Every page here is written for the tests in the shapes seen; none is a benchmark page's line.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.head_guards import kind_heading
from mtpipe.clean.item_copies import item_header_copy
from mtpipe.clean.ledger import apply_ledger
from mtpipe.clean.lines import line_spans
from mtpipe.clean.summaries import opens_with
from mtpipe.document import Document
from mtpipe.segment import Segmenter


def _run(text: str, policy: str = "weighed") -> Document:
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy=policy))(doc))
    assert unaccounted(doc) is None
    return doc


def _removed(doc: Document) -> dict[str, str]:
    return {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}


def _left(doc: Document) -> list[str]:
    return [x.strip() for x in apply_ledger(doc.raw_text, doc.ledger).splitlines() if x.strip()]


# -- a title whose words the text restates is no cut-off lead --------------------------------------------------------

TITLE_1 = "о проведении открытого конкурса на право заключения договора"
TITLE_2 = "на установку и эксплуатацию рекламной конструкции"
NOTICE_BODY = ("Организатор конкурса - отдел архитектуры администрации Заречного района, 353000, ул. Садовая, 12, "
               "тел. 8(86162) 2-33-44, в соответствии с Гражданским кодексом РФ и постановлением администрации от "
               "12 марта 2024 года № 45 объявляет о проведении открытого конкурса на право заключения договора на "
               "установку и эксплуатацию рекламной конструкции.")
NOTICE_MORE = "Конкурс состоится 15 апреля 2024 года в 10 часов 00 минут по адресу: ул. Садовая, 12, кабинет № 3."
CONTROLS = "Размер:\nAAA\nЦвет: CCC\nИзображения Вкл.Выкл.\nОбычная версия сайта\n\n"


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_notice_title_restated_at_the_end_of_the_first_sentence_stays(policy):
    doc = _run(f"{CONTROLS}ИЗВЕЩЕНИЕ\n\n{TITLE_1}\n{TITLE_2}\n\n{NOTICE_BODY}\n{NOTICE_MORE}\n", policy)
    left = _left(doc)
    for line in ("ИЗВЕЩЕНИЕ", TITLE_1, TITLE_2, NOTICE_BODY, NOTICE_MORE):
        assert line in left, (line, _removed(doc))
    assert "dedupe.truncated_lead" not in _removed(doc).values()
    assert _removed(doc).get("Обычная версия сайта")  # the page's controls still go


LEAD = ("Жители посёлка Северный в субботу вышли на субботник и очистили от мусора берег реки и городской парк, "
        "сообщили в администрации района.")


@pytest.mark.parametrize("teaser", [
    "Жители посёлка Северный в субботу вышли на субботник и очистили от мусора берег реки и",  # the text's opening
])
def test_teaser_of_the_opening_still_goes(teaser):
    doc = _run(f"Субботник на берегу реки\n\n{teaser}\n\n{LEAD}\n\nВ субботнике участвовали двести человек.\n")
    assert _removed(doc).get(teaser) in ("dedupe.truncated_lead", "dedupe.covered")
    assert LEAD in _left(doc)


def test_opens_with_table():
    key = "официальный представитель мид кнр го цзякунь заявил"
    assert opens_with(key, key + " что это не так")
    assert opens_with(key, "пекин 25 авг риа новости " + key + " что это не так")  # after a dateline
    assert not opens_with(key, "на брифинге в понедельник который прошёл в пекине после долгого перерыва "
                               "журналисты услышали как " + key)  # inside a later sentence, past a dateline's length
    assert not opens_with(key, "что-то совсем другое")


# -- the document's kind in capitals over its title ------------------------------------------------------------------

@pytest.mark.parametrize("above,title,want", [
    ("ИЗВЕЩЕНИЕ", "о проведении аукциона на право аренды", True),
    ("QUYẾT ĐỊNH 3351/QĐ-BYT", "về việc ban hành hướng dẫn chẩn đoán", True),
    ("ПОСТАНОВЛЕНИЕ", "об утверждении порядка", True),
    ("НОВОСТИ", "Открытие сезона в парке", False),  # the title opens with a capital: no continuation
    ("Главная", "о проведении аукциона на право аренды", False),  # a menu label, not in capitals
    ("ГЛАВНАЯ СТРАНИЦА САЙТА АДМИНИСТРАЦИИ РАЙОНА", "о проведении аукциона", False),  # too long for a kind
    ("ВНИМАНИЕ:", "о проведении аукциона на право аренды", False),  # a label ending in a colon
])
def test_kind_heading_table(above, title, want):
    assert kind_heading([above, title], 1, set()) is want
    assert kind_heading([above, title], 1, {0}) is False  # the line above already removed: nothing to keep


# -- a teaser list: each item's title over its date and again under it -----------------------------------------------

ABOUT = ("История клуба\n\nКлуб открылся в 1962 году в здании бывшей школы. Сегодня в нём работают двенадцать "
         "кружков для детей и взрослых.\n\nНовости\n\n")
ITEMS = [("Встреча с ветеранами", "20.11.2025", "20 ноября в клубе прошла встреча школьников с ветеранами труда..."),
         ("Запись в хоровую студию", "17.11.2025", "Клуб объявляет запись в новую хоровую студию! Если..."),
         ("Осенняя ярмарка", "10.11.2025", "В субботу на площади перед клубом прошла осенняя ярмарка мастеров...")]


def _items(items) -> str:
    return "".join(f"{t}\n{d}\n{t}\n{x}\n" for t, d, x in items)


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_item_copy_under_the_date_stays(policy):
    text = ABOUT + _items(ITEMS) + "\n^ Наверх\n"
    doc = _run(text, policy)
    gone = [e for e in doc.ledger if e.action == "removed" and e.rule == "dedupe.item_header_copy"]
    assert [e.text.strip() for e in gone] == [t for t, _, _ in ITEMS]
    for e, (t, _, _) in zip(gone, ITEMS):
        assert e.start == text.index(t)  # the first copy, over the date
        assert f"paragraph at {text.index(t, e.start + 1)}" in e.note  # naming the copy it duplicates
    left = _left(doc)
    for t, _, x in ITEMS:
        assert left.count(t) == 1 and x in left


CUT = ("Осенняя ярмарка", "10.11.2025", "Осенняя ярмарка мастеров")  # the site cut the link's title short


def test_item_copy_cut_short_goes_in_a_list():
    text = ABOUT + _items(ITEMS[:2]) + f"{CUT[0]}\n{CUT[1]}\n{CUT[2]}\n{ITEMS[2][2]}\n"
    doc = _run(text)
    removed = _removed(doc)
    assert removed.get(CUT[0]) == "dedupe.item_header_copy"
    entry = next(e for e in doc.ledger if e.text.strip() == CUT[0])
    assert "cut short" in entry.note and f"paragraph at {text.index(CUT[2])}" in entry.note
    left = _left(doc)
    assert CUT[2] in left and ITEMS[2][2] in left


def test_lone_item_cut_short_stays():
    # one item, no list: the shorter line over the date may be a rubric or a title of its own
    doc = _run(ABOUT + f"{CUT[0]}\n{CUT[1]}\n{CUT[2]}\n{ITEMS[2][2]}\n")
    assert CUT[0] in _left(doc)
    assert "dedupe.item_header_copy" not in _removed(doc).values()


def test_item_header_copy_directly():
    text = _items(ITEMS[:2])
    spans = line_spans(text)
    dates = {1: ("boilerplate.date_line", "a date"), 5: ("boilerplate.date_line", "a date")}
    assert item_header_copy(text, spans, dates, 0, 2) is not None
    assert item_header_copy(text, spans, dates, 4, 6) is not None
    # one item only: no list
    assert item_header_copy(text, spans, {1: dates[1]}, 0, 2) is None
    # the line between taken by another rule: no stamp
    assert item_header_copy(text, spans, {1: ("boilerplate.tag_list", "x"), 5: dates[5]}, 0, 2) is None


# the first copy stays (no item rule fires): the nearest shapes of content
FIRST_STAYS = [
    # one item only, after the text: a copy after the text's start (lost40's negative)
    ABOUT + _items(ITEMS[:1]),
    # a schedule's rows repeated under each date, no text under them
    "График приёма:\n– с. Лесное (09:00 – 12:00)\n27.08.2024\n– с. Лесное (09:00 – 12:00)\n– п. Ключи (13:00 – 17:00)"
    "\n28.08.2024\n– п. Ключи (13:00 – 17:00)\n– п. Озёрный (08:00 – 11:00)\n",
    # a view counter between the copies, no date
    ABOUT + "".join(f"{t}\n{n}\n{t}\n{x}\n" for (t, _, x), n in zip(ITEMS, ("539", "412", "97"))),
    # no stamp between the copies
    ABOUT + "".join(f"{t}\n{t}\n{x}\n" for t, _, x in ITEMS),
]


@pytest.mark.parametrize("text", FIRST_STAYS, ids=range(len(FIRST_STAYS)))
def test_no_item_copy_elsewhere(text):
    doc = _run(text)
    assert "dedupe.item_header_copy" not in [e.rule for e in doc.ledger]
