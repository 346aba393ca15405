"""tg102, forty-third session: a post's own lists -- titles over their bare links, headlines each with its link, items
whose siblings of the same list mark stay -- are the post's text (issue 12, ``mtpipe/clean/link_lists.py``,
``mtpipe/clean/list_siblings.py``).

Read on the TUNE half of ruf100's fresh Russian Telegram posts (benchmarks/notes/tg102.md); nothing of those posts is
committed: the posts below are written for these tests."""

from __future__ import annotations

import pytest

from mtpipe.clean.link_lists import RULE, linked_items, title_links
from mtpipe.clean.list_siblings import RULE as SIBLING, mark, sibling_items
from mtpipe.clean.marks import Marks
from mtpipe.clean.section_copies import release_items
from mtpipe.document import Document

_TITLES = ["Ярмарка мёда на Тверской", "Концерт органной музыки", "Выставка старых трамваев",
           "Лекция о звёздах в планетарии", "Фестиваль уличной еды", "Парк у Яузы",
           "Усадьба Кусково", "Смотровые площадки столицы"]
_POST = ["🍂 Что посмотреть в Москве в субботу: прогулки и события дня", "",
         "🎭 События дня:"] + [x for k, t in enumerate(_TITLES) for x in (t, f"https://t.me/city_events{k}/{100 + k}")]


def test_title_links_finds_each_title_of_a_link_list():
    lines = [x for x in _POST if x]
    got = title_links(lines)
    assert {lines.index(t) for t in _TITLES} <= got
    assert lines.index("🎭 События дня:") in got  # the section's label over its first pair
    assert not any(lines[k].startswith("https://") for k in got)
    assert 0 not in got  # the post's title: a sentence of 12 words, but its next line is a title, not a pair's


def test_title_links_needs_three_pairs():
    two = ["Ярмарка мёда", "https://t.me/a/1", "Концерт органной музыки", "https://t.me/a/2", "Конец списка."]
    assert title_links(two) == set()
    menu = ["Главная", "Новости", "Контакты", "О нас"]  # titles with no bare link between them
    assert title_links(menu) == set()


_DIGEST = ["Доброе утро! Новости к этому часу:",
           "– Инженеры испытали новый солнечный парус на орбите https://example.org/news/1",
           "– В Перу нашли древний храм с росписями https://example.org/news/2",
           "– Биологи описали новый вид лягушек https://example.org/news/3",
           "– Астрономы уточнили массу ближайшей звезды https://example.org/news/4"]


def test_linked_items_need_three_siblings_and_one_kept():
    assert linked_items(_DIGEST, {}) == {1, 2, 3, 4}
    assert linked_items(_DIGEST, {k: ("boilerplate.source_link", None) for k in (1, 2, 3, 4)}) == set()
    assert linked_items(_DIGEST[:3], {}) == set()
    mixed = [_DIGEST[1], "• В Перу нашли древний храм https://example.org/2", _DIGEST[3]]  # two marks
    assert linked_items(mixed, {}) == set()


@pytest.mark.parametrize("line,key", [("•Садоводство", "•"), ("📺How I Refactor Code", "📺"), ("3. Третий пункт", "#"),
                                      ("👍 — Goland", "E—"), ("🤔 — другой вариант", "E—"), ("Просто текст", None)])
def test_mark(line, key):
    assert mark(line) == key


def test_sibling_items_need_a_kept_majority():
    lines = ["•Чтение", "•Садоводство", "•Плавание", "•Фотография", "Конец."]
    assert sibling_items(lines, {3: ("captions.placeholder", None)}) == {3}
    assert sibling_items(lines, {3: ("dedupe.exact", None)}) == set()  # a copy rule's removal stays
    menu = {k: ("classifier.line", None) for k in (0, 1, 2)}
    assert sibling_items(lines, menu) == set()  # a menu removed as a whole stays removed


def _marks(lines: list[str], removed: dict[int, str]) -> Marks:
    text = "\n".join(lines)
    spans = [(a, a + len(x)) for a, x in zip([sum(len(y) + 1 for y in lines[:k]) for k in range(len(lines))], lines)]
    marks = Marks(Document.from_text(text, doc_id="tg/a.txt", path="tg/a.txt"), "ru", spans)
    marks.removed.update({k: (rule, None) for k, rule in removed.items()})
    return marks


def test_release_takes_back_the_titles_and_leaves_the_links():
    lines = [x for x in _POST if x]
    links = [k for k, x in enumerate(lines) if x.startswith("https://")]
    titles = [lines.index(t) for t in _TITLES[1:]]
    removed = {**{k: "boilerplate.contact" for k in links}, **{k: "boilerplate.between_removed" for k in titles}}
    removed[lines.index(_TITLES[-1])] = "boilerplate.template"  # a phrase rule's removal is no shape rule's: stays
    marks = _marks(lines, removed)
    release_items(marks)
    assert sorted(k for k in marks.removed if k not in links) == [lines.index(_TITLES[-1])]
    assert all(k in marks.removed for k in links)
    assert sum(1 for e in marks.doc.ledger if e.rule == RULE and e.action == "kept") == len(titles) - 1


def test_release_takes_back_a_digest_item_and_a_sibling():
    lines = _DIGEST + ["Хобби:", "•Чтение", "•Садоводство", "•Плавание", "•Фотография", "📩 Прислать новость"]
    marks = _marks(lines, {2: "boilerplate.source_link", 3: "classifier.line", 9: "captions.placeholder",
                           10: "boilerplate.template"})
    release_items(marks)
    assert sorted(marks.removed) == [10]
    assert {e.rule for e in marks.doc.ledger if e.action == "kept"} == {RULE, SIBLING}
