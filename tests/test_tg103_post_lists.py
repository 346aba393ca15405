"""tg103, forty-third session: a post's own lists that the layout rules take whole -- an emoji-marked checklist
under its title, a section whose sibling sections stay, records that share their field labels -- are the post's
text (issue 12, ``mtpipe/clean/post_lists.py``).

Read on the TUNE half of a second draw of ruf100's fresh Russian Telegram posts (seed 1303;
benchmarks/notes/tg103.md); nothing of those posts is committed: the posts below are written for these tests."""

from __future__ import annotations

from mtpipe.clean.marks import Marks
from mtpipe.clean.post_lists import RULE, emoji_lists, record_runs, section_siblings
from mtpipe.clean.section_copies import release_items
from mtpipe.document import Document

_CHECKLIST = ["🔄 Надёжный бэкенд: памятка для команды", "🔹 Журналирование", "🔹 Мониторинг", "🔹 Резервные копии",
              "🔹 Ограничение частоты запросов", "👉 Источник"]


def test_emoji_lists_need_the_line_above_kept():
    removed = {k: ("boilerplate.menu", None) for k in (1, 2, 3, 4)} | {5: ("classifier.line", None)}
    assert emoji_lists(_CHECKLIST, removed) == {1, 2, 3, 4}
    assert emoji_lists(_CHECKLIST, removed | {0: ("classifier.line", None)}) == set()  # under removed furniture
    assert emoji_lists(_CHECKLIST[:3], removed) == set()  # two items are no run
    plain = ["Заголовок", "• Журналирование", "• Мониторинг", "• Резервные копии"]  # a bullet, no pictograph
    assert emoji_lists(plain, {k: ("boilerplate.menu", None) for k in (1, 2, 3)}) == set()
    phrase = {k: ("boilerplate.template", None) for k in (1, 2, 3, 4)}  # a phrase rule's removal stays
    assert emoji_lists(_CHECKLIST, phrase) == set()


_VACANCY = ["Вакансия: инженер данных", "Задачи:", "▪️Строить пайплайны", "▪️Следить за качеством данных",
            "Требования:", "▪️Опыт с SQL от двух лет", "▪️Знание Python", "Что мы предлагаем:", "▪️4000$+",
            "▪️Удалённая работа", "▪️Оплата курсов"]


def test_section_siblings_take_back_a_whole_section_of_a_kept_shape():
    gone = {7: ("boilerplate.orphan_label", None), 8: ("boilerplate.number_line", None),
            9: ("classifier.line", None), 10: ("boilerplate.between_removed", None)}
    assert section_siblings(_VACANCY, gone) == {7, 8, 9, 10}
    half = {k: v for k, v in gone.items() if k != 9}  # not removed whole: the sibling guard's case, not this one
    assert section_siblings(_VACANCY, half) == set()
    lone = _VACANCY[:1] + _VACANCY[7:]  # no kept section of the same mark in the post
    assert section_siblings(lone, {k - 6: v for k, v in gone.items()}) == set()
    related = dict(gone) | {7: ("boilerplate.more_heading", None)}  # "Читайте также:" -- a phrase rule's lead-in
    assert section_siblings(_VACANCY, related) == set()


_RECORDS = ["Подборка вакансий"] + [x for k, (t, w, o) in enumerate([
    ("— Стажёр-аналитик в Северный банк", "удалённо", "можно без опыта"),
    ("— Тестировщик в Ромашку", "удалённо", "от 1 года"),
    ("— Инженер поддержки в Ромашку", "Казань", "можно без опыта"),
    ("— Ведущий разработчик в Лютик", "удалённо", "от 3 лет")]) for x in (t, f"Где: {w}", f"Опыт: {o}")]


def test_record_runs_need_three_records_with_most_titles_kept():
    rows = {k: ("boilerplate.repeated_label", None) for k, x in enumerate(_RECORDS) if x.startswith("Где: удал")}
    rows[6] = ("dedupe.exact", None)
    assert record_runs(_RECORDS, rows) == set(rows)
    titles_gone = {k: ("classifier.line", None) for k in (1, 4, 7)}  # a listing's titles removed: furniture
    assert record_runs(_RECORDS, rows | titles_gone) == set()
    two = _RECORDS[:7]
    assert record_runs(two, {2: ("boilerplate.repeated_label", None)}) == set()
    card = ["Контакты", "Телефон: 123-45-67", "Почта: a@b.ru", "Адрес: ул. Ленина, 1"]  # one card, labels once
    assert record_runs(card, {k: ("boilerplate.field_run", None) for k in (1, 2, 3)}) == set()


def _marks(lines: list[str], removed: dict[int, str]) -> Marks:
    text = "\n".join(lines)
    spans = [(a, a + len(x)) for a, x in zip([sum(len(y) + 1 for y in lines[:k]) for k in range(len(lines))], lines)]
    marks = Marks(Document.from_text(text, doc_id="tg/a.txt", path="tg/a.txt"), "ru", spans)
    marks.removed.update({k: (rule, None) for k, rule in removed.items()})
    return marks


def test_release_items_takes_back_a_checklist_and_leaves_the_link_label():
    marks = _marks(_CHECKLIST, {1: "boilerplate.menu", 2: "boilerplate.menu", 3: "boilerplate.between_removed",
                                4: "boilerplate.tail_names", 5: "classifier.line"})
    release_items(marks)
    assert sorted(marks.removed) == [5]
    assert sum(1 for e in marks.doc.ledger if e.rule == RULE and e.action == "kept") == 4
