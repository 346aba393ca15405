"""A dash-marked teaser closing a Russian page (issue 12, ru47): ``boilerplate.dash_teaser`` (:mod:`mtpipe.clean.ru_cards`).

Lines in the shapes of the dev pages (held2, held4 and held5: one other story's headline marked with a dash, the
page's last line, right after the article's last sentence), and content of the same shape from the dev pages that
must stay: an interview's answer after a question, a dialogue's reply, the text's own dash list, a list announced by
a colon, a bulleted item.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.ru_cards import DASH_RULE, RULES, dash_teaser, dash_teasers
from mtpipe.document import Document
from mtpipe.segment import Segmenter

_TEXT = ["Работы по ремонту моста через реку Ушаковку начнутся в мае и продлятся до конца лета, сообщили в мэрии.",
         "За этот период более 200 местных музеев, художественных галерей и театров организовали выставки и "
         "представления."]


@pytest.mark.parametrize("line, teaser", [
    ("- Китай уже полгода сокращает поставки легковушек в США, в мае они достигли минимума за год", True),
    ("- 1МИД КНР: Попытки США посеять раздор между Китаем и Россией обречены на провал", True),
    ("- Бизн", True),  # a teaser cut off
    ("– «Ростех» поставил партию вертолетов в Индию", True),
    ("— Действительно, август и сентябрь мы полностью простояли.", False),  # a reply: a sentence
    ("— И зачем?", False),
    ("- выжигать траву, а также выжигать стерню на полях", False),  # an item in lower case
    ("- 28 апреля и 1, 9, 12 мая — нерабочие дни;", False),  # a clause end
    ("- Рубрики:", False), ("• Рассрочка предоставляется без переплаты от Сбербанка", False),
    ("Китай сокращает поставки легковушек в США", False),
])
def test_dash_teaser(line, teaser):
    assert dash_teaser(line) is teaser


def test_a_teaser_closing_a_russian_page_after_the_text():
    lines = [*_TEXT, "- Китай уже полгода сокращает поставки легковушек в США, в мае они достигли минимума за год"]
    got = dash_teasers(lines, {})
    assert list(got) == [2] and got[2][0] == DASH_RULE and DASH_RULE in RULES
    # after a heading the layers removed ("самых читаемых новостей"), the text's sentence is the last live line
    lines = [*_TEXT, "самых читаемых новостей", "- 1МИД КНР: Попытки США посеять раздор обречены на провал"]
    assert list(dash_teasers(lines, {2: ("boilerplate.more_heading", None)})) == [3]
    assert dash_teasers(lines, {2: ("boilerplate.more_heading", None)}, "vi") == {}


@pytest.mark.parametrize("before, last", [
    (["- Формировка кустов напрямую влияет на урожайность."], "- Разные сорта подходят для разных условий"),
    (["— Как вы оцениваете итоги сезона?"], "— Хорошо"),  # an answer after a question
    (["Наиболее часто используются следующие протоколы:"], "- HTTP (HyperText Transfer Protocol)"),
    (["— Вы вернулись с турнира в Сочи."], "— Да, с Кубка РФС"),  # a dialogue: a dash line before
    (["Победители олимпиады"], "- Флыгин Иван, МБОУ СОШ №74"),  # no sentence before
])
def test_the_texts_own_lines_stay(before, last):
    assert dash_teasers([*_TEXT, *before, last], {}) == {}


def test_a_dash_line_inside_the_text_stays():
    lines = [_TEXT[0], "- Китай сокращает поставки легковушек в США", _TEXT[1]]
    assert dash_teasers(lines, {}) == {}


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_the_cleaner_takes_the_teaser_and_keeps_the_text(policy):
    teaser = "- Китай уже полгода сокращает поставки легковушек в США, в мае они достигли минимума за год"
    doc = Document.from_text("\n".join([*_TEXT, teaser]) + "\n", doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy=policy))(doc))
    assert unaccounted(doc) is None
    removed = {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}
    assert removed.get(teaser) == DASH_RULE, removed
    assert not any(line in removed for line in _TEXT)
