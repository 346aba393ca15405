"""Short lines above the article's title that share no word with the article (issue 12, ru44,
:mod:`mtpipe.clean.ru_heads`, ``boilerplate.head_rubric``); every line here was written for the tests, none is a page's.

Each test holds the clutter shape and content of the same shape that must stay: the article's title in capitals and a
document's heading in capitals over it, a subheading inside the text, a real list running into the text, a quoted
headline inside a sentence, a person's name over a profile, a page whose body is short lines (a poem, a programme), a
supertitle that names the article's subject.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.ru_heads import head_line, head_lines, stems
from mtpipe.document import Document
from mtpipe.segment import Segmenter

_TITLE = "Ремонт дорог в трёх сёлах закончат к сентябрю"
_TEXT = ["Глава района проверил, как идёт ремонт дорог в трёх сёлах после весеннего паводка.",
         "По его словам, подрядчик должен закончить работы до начала учебного года, сроки не изменятся.",
         "На участке у моста уже уложили новый асфальт, а вдоль школы появились тротуар и освещение.",
         "Жители попросили добавить пешеходный переход у магазина, и администрация обещала это сделать.",
         "Газета писала об этом в материале «Осенняя ярмарка открылась в субботу» весной, и читатели откликнулись."]


def _taken(lines, lang="ru"):
    return sorted(head_lines(lines, {}, lang))


def test_stems_read_endings_alike():
    assert stems("Благовещенск") == stems("Благовещенском") == {"благо"}
    assert stems("в и на 12") == set()


@pytest.mark.parametrize("line, shape", [
    ("Садовый клуб", True), ("Журнал для дачников и огородников", True), ("- Домашний уют", True),
    ("Что изменится для пенсионеров с первого марта этого года", True),  # another story's headline (12 words at most)
    ("Садовый клуб открыл сезон.", False),  # a sentence's end
    ("Категории:", False),  # a label's colon: the labels' rules
    ("2024", False),  # no word of letters
    ("Журнал для дачников и огородников, которые любят свой участок и выращивают на нём овощи", False),  # 14 words
])
def test_head_line(line, shape):
    assert head_line(line) is shape


def test_lines_above_the_title_sharing_no_word():
    lines = ["Садовый клуб", "Журнал для дачников", _TITLE, *_TEXT]
    assert _taken(lines) == [0, 1]
    assert _taken(lines, "vi") == []  # Russian pages only


def test_a_line_naming_the_article_stays():
    # a supertitle over the story, a profile's person over the text: each shares a word with it
    lines = ["Дороги района", "Садовый клуб", _TITLE, *_TEXT]
    assert _taken(lines) == [1]
    profile = ["Пётр Иванович Смирнов", "Сорок лет за рулём школьного автобуса",
               "Пётр Иванович Смирнов водит школьный автобус в селе Заречном уже сорок лет и помнит всех учеников.",
               *_TEXT[1:]]
    assert _taken(profile) == []


def test_a_quoted_headline_in_the_text_names_the_line():
    # the line over the title is a story the text quotes by its headline: it shares words with the text and stays
    lines = ["Осенняя ярмарка", "Садовый клуб", _TITLE, *_TEXT]
    assert _taken(lines) == [1]


def test_capitals_headings_stay():
    # an official document's heading in capitals over its title, and the article's title in capitals
    lines = ["РЕШЕНИЕ", "СОВЕТ ДЕПУТАТОВ", _TITLE.upper(), *_TEXT]
    assert _taken(lines) == []


def test_the_title_is_the_lowest_line_naming_the_text():
    # a date line between the title and the text: the title stands higher, the site's name above it goes
    lines = ["Садовый клуб", _TITLE, "12 марта 2024", *_TEXT]
    assert _taken(lines) == [0]
    # the lines over the text name nothing of it: no title found, a rubric may be the page's only heading
    assert _taken(["Садовый клуб", "Журнал для дачников", *_TEXT]) == []


def test_a_list_running_into_the_text_stays():
    # a page's own list cut by the text's start: an item names the article, its neighbours under the same marker stay
    lines = ["* Садовый участок", "* Ремонт дорог весной", _TITLE, *_TEXT]
    assert _taken(lines) == []
    lines = ["- Садовый клуб", "- Домашний уют", _TITLE, *_TEXT]  # a menu's items, none naming the article
    assert _taken(lines) == [0, 1]


def test_a_clause_end_between_the_title_and_the_text():
    # a listing's lead over the text ("… за последние сутки:"): the text starts higher, the head is not told
    lines = ["Садовый клуб", "Сводка на утро", "По данным штаба за последние сутки:", "ремонт дорог идёт в трёх сёлах;",
             *_TEXT]
    assert _taken(lines) == []


def test_short_lines_without_text_stay():
    poem = ["Садовый клуб", "Осенний сад", "Листва шуршит под ногами", "И тихо в саду у реки",
            "Мы ждём весны с тобою", "И первых тёплых дней"]
    assert _taken(poem) == []
    programme = ["Садовый клуб", "Программа праздника", "10:00 Открытие ярмарки", "11:00 Концерт хора",
                 "12:00 Мастер-класс по прививке деревьев", "14:00 Награждение победителей"]
    assert _taken(programme) == []


def test_too_little_text_to_compare():
    assert _taken(["Садовый клуб", _TITLE, _TEXT[0]]) == []


def _run(text, policy):
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy=policy))(doc))
    assert unaccounted(doc) is None
    return doc


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_through_the_cleaner(policy):
    content = [_TITLE, *_TEXT[:2], "ПЕРЕХОД У МАГАЗИНА", *_TEXT[2:]]
    clutter = ["Садовый клуб"]
    doc = _run("\n\n".join([*clutter, "Дороги района", *content]) + "\n", policy)
    rules = {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}
    assert not [t for t in content if t in rules]
    assert "Дороги района" not in rules  # it names the article's subject
    assert rules["Садовый клуб"] == "boilerplate.head_rubric"


def test_a_document_named_over_its_capitals_heading_stays():
    """A line naming the document whose heading in capitals stands under it shares a word with that heading, not
    with the title under both (train30: "Официальное положение" over "ПОЛОЖЕНИЕ о проведении …")."""
    lines = ["Спортивный клуб", "Официальный регламент", "РЕГЛАМЕНТ работы кружков Дома культуры", _TITLE, *_TEXT]
    assert _taken(lines) == [0]


@pytest.mark.parametrize("label", ["Описание", "Состав продукта", "Характеристики", "Инструкция"])
def test_a_label_of_the_pages_own_document_stays(label):
    """A label over the page's own document (a recipe's, a product's description) names a part of it, not a site's
    section (train30: "Описание" over a recipe); a site's section of the same shape is still taken."""
    assert _taken([label, _TITLE, *_TEXT]) == []
    assert _taken(["Полезная информация", label, _TITLE, *_TEXT]) == [0]
    assert _taken(["Описание парков и окрестностей", _TITLE, *_TEXT]) == [0]  # three words and more: a headline
