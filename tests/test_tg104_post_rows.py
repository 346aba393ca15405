"""tg104, forty-fourth session: a video's timecode table and a lead-in's unmarked items are a post's text (issue 12,
``mtpipe/clean/timecodes.py``, ``mtpipe/clean/lead_items.py``).

Read on Russian Telegram posts (``tools/build_ru_fresh_sample.py``; benchmarks/notes/tg104.md); nothing of those
posts is committed: the posts below are written for these tests."""

from __future__ import annotations

from mtpipe.clean import lead_items as li
from mtpipe.clean import timecodes as tc
from mtpipe.clean.marks import Marks
from mtpipe.clean.section_copies import release_items
from mtpipe.document import Document

_EPISODE = ["🎙 Новый выпуск подкаста о базах данных", "⏱️ Таймкоды:", "00:00 Приветствие", "02:41 — Кто такой DBA",
            "11:05 — Индексы и планы запросов", "1:02:17 — Вопросы слушателей", "👉 Слушать выпуск"]


def test_timecode_rows_need_three_ascending_rows_with_text():
    rows, leads = tc.timecode_rows(_EPISODE)
    assert rows == {2, 3, 4, 5} and leads == {1}
    news = ["Главное", "18:40 Курс доллара вырос", "17:15 В Москве пошёл снег", "16:02 Матч перенесли"]
    assert tc.timecode_rows(news) == (set(), set())  # a "latest news" list, stamps descending: furniture
    assert tc.timecode_rows(_EPISODE[:4]) == (set(), set())  # two rows are no table
    bare = ["Счёт:", "1:0", "2:0", "2:1"]  # times (or scores) with no title
    assert tc.timecode_rows(bare) == (set(), set())


def _marks(lines: list[str], removed: dict[int, str], sep: list[str] | None = None) -> Marks:
    sep = sep or ["\n"] * len(lines)
    text, spans = "", []
    for x, s in zip(lines, sep):
        spans.append((len(text), len(text) + len(x)))
        text += x + s
    marks = Marks(Document.from_text(text, doc_id="tg/a.txt", path="tg/a.txt"), "ru", spans)
    marks.removed.update({k: (rule, None) for k, rule in removed.items()})
    return marks


def test_release_items_takes_back_timecode_rows_and_their_lead_in():
    marks = _marks(_EPISODE, {1: "boilerplate.template", 2: "boilerplate.headline_run", 3: "boilerplate.menu",
                              4: "boilerplate.dateline", 6: "boilerplate.tail_names"})
    release_items(marks)
    assert sorted(marks.removed) == [6]
    assert sum(1 for e in marks.doc.ledger if e.rule == tc.RULE and e.action == "kept") == 4
    phrase = _marks(_EPISODE, {3: "boilerplate.contact"})  # a phrase rule's removal stays
    release_items(phrase)
    assert sorted(phrase.removed) == [3]


_INSIDE = ["📌 Сайт с бесплатными задачами", "Это сборник задач по темам со встроенным редактором.", "Внутри:", "API",
           "Python", "C#", "JavaScript", "Web"]
_BLANKS = ["\n\n", "\n\n", "\n", "\n", "\n", "\n", "\n", "\n"]


def test_lead_items_need_a_kept_lead_in_and_a_kept_item():
    blank = [s == "\n\n" for s in _BLANKS]
    gone = {k: ("classifier.line", None) for k in (4, 5, 6, 7)}
    assert li.lead_items(_INSIDE, blank, gone) == {4, 5, 6, 7}
    assert li.lead_items(_INSIDE, blank, gone | {3: ("classifier.line", None)}) == set()  # no item kept
    assert li.lead_items(_INSIDE, blank, gone | {2: ("boilerplate.orphan_label", None)}) == set()  # lead-in gone
    cut = [False, True, False, False, True, False, False, True]  # a blank line after "Python": two items in the block
    assert li.lead_items(_INSIDE, cut, gone) == set()
    linked = _INSIDE[:7] + ["https://example.org/web"]
    assert li.lead_items(linked, blank, gone) == set()  # a link is no unmarked item
    assert li.lead_items(_INSIDE, blank, {k: ("boilerplate.contact", None) for k in (4, 5, 6, 7)}) == set()


def test_release_items_takes_back_a_lead_ins_items():
    marks = _marks(_INSIDE, {4: "classifier.line", 5: "classifier.line", 6: "boilerplate.short_run",
                             7: "classifier.line"}, _BLANKS)
    release_items(marks)
    assert marks.removed == {}
    assert sum(1 for e in marks.doc.ledger if e.rule == li.RULE and e.action == "kept") == 4


_GUIDES = ["👩‍🎨 Понимание Go в иллюстрациях: серия визуальных гайдов", "1. Variable", "2. Constant", "3. If",
           "4. Switch", "5. For ... range", "6. Array", "7. Functions"]


def test_counted_items_need_a_count_from_a_kept_one():
    gone = {k: ("classifier.line", None) for k in (2, 3, 4, 5, 6)}
    assert li.counted_items(_GUIDES, gone) == {2, 3, 4, 5, 6}  # a title's "..." is no dot leader
    assert li.counted_items(_GUIDES, gone | {1: ("classifier.line", None)}) == set()  # the first item removed
    assert li.counted_items(_GUIDES[:1] + _GUIDES[2:], {k - 1: v for k, v in gone.items()}) == set()  # counts from 2
    toc = ["Содержание"] + [f"{k}. Раздел {k} …….. ........ {k + 2}" for k in range(1, 6)]  # dot leaders: a TOC
    assert li.counted_items(toc, {k: ("classifier.line", None) for k in (2, 3, 4, 5)}) == set()
    assert li.counted_items(_GUIDES, {k: ("boilerplate.contact", None) for k in (2, 3)}) == set()
