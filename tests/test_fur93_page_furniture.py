"""fur93 (issue 12, pre-blind): furniture of sites in no part -- a run of bare field labels and a poll's question
(:mod:`mtpipe.clean.page_furniture93`), an interface's state words (``controls.control``), and the back-to-top words
kept in one list (``controls.BACK_TO_TOP``; the rules file's ``chrome.read_more`` no longer lists them).

Positives are made up in the shapes fur93's tune pages left (a tour operator's search form, a news site's poll, a
tour page's "Thu gọn", an account box's "Đăng xuất"); negatives are the content shapes nearest them (a list of five
words, a list of capitalised names, an ingredient list with its amounts, a question in the text)."""

from __future__ import annotations

import re

import pytest

from mtpipe.clean import Cleaner, CleanOptions, page_furniture93 as P
from mtpipe.clean.controls import BACK_TO_TOP, control
from mtpipe.clean.rules import load_rules
from mtpipe.document import Document

_FORM = ["Туры без перелёта", "страна", "тип тура", "тур", "Программа", "группа тура", "город", "категория",
         "гостиница", "питание", "номер", "Фильтры"]


def test_label_run_of_a_search_form():
    got = P.label_runs(_FORM, {})
    assert set(got) == set(range(1, len(_FORM)))  # the heading has three words: not a label
    assert all(rule == P.LABEL_RULE for rule, _ in got.values())


def test_label_run_of_buttons():
    row = ["smaller", "Larger", "facebook", "twitter", "google plus", "linked in", "Email", "Print"]
    assert set(P.label_runs(row, {})) == set(range(len(row)))


def test_label_run_skips_removed_lines():
    assert 3 not in P.label_runs(_FORM, {3: "other"}) and 4 in P.label_runs(_FORM, {3: "other"})


@pytest.mark.parametrize("lines", [
    ["страна", "тип тура", "тур", "группа тура", "город"],  # five: below the run
    ["Москва", "Казань", "Пермь", "Томск", "Омск", "Хабаровск", "город"],  # names in capitals: one lower-case line
    ["мука", "сахар", "", "соль", "яйца", "масло", "молоко"],  # a blank line breaks the run
    ["- мука 200 г", "- сахар 100 г", "- соль 1 ч. л.", "- яйца 2 шт.", "- масло 50 г", "- молоко 1 стакан"],
])
def test_not_label_run(lines):
    assert P.label_runs(lines, {}) == {}


@pytest.mark.parametrize("lines,want", [
    (["Опрос", "", "Знаете ли Вы, когда был сожжён второй том «Мёртвых душ»?", "", "Загрузка ... Загрузка ..."], 2),
    (["Thăm dò ý kiến", "Bạn đánh giá thế nào về chất lượng dịch vụ công trực tuyến?"], 1),
    (["Какой праздник вы любите больше всего?", "Загрузка ... Загрузка ..."], 0),
])
def test_poll_question(lines, want):
    assert P.poll_questions(lines, {}) == {want: (P.POLL_RULE, P.poll_questions(lines, {})[want][1])}


@pytest.mark.parametrize("lines", [
    ["Опрос показал рост доверия", "Почему жители стали чаще ходить в библиотеку?"],  # a title, not the heading
    ["В школе прошёл опрос.", "Что ответили ученики?", "Большинство выбрали музей."],
    ["Опрос", "Вопрос без знака в конце"],
])
def test_not_poll_question(lines):
    assert P.poll_questions(lines, {}) == {}


@pytest.mark.parametrize("s", ["Thu gọn", "Свернуть", "Развернуть", "Đăng xuất", "Xin chào, !",
                               "Bạn đã đăng nhập với email:"])
def test_ui_state_control(s):
    assert control(s)


@pytest.mark.parametrize("s", ["Thu gọn khoảng cách giàu nghèo ở nông thôn", "Развернуть список всех участников",
                               "Xin chào, Việt Nam!", "Đăng xuất khỏi nhóm chat là quyền của mỗi thành viên"])
def test_not_ui_state_control(s):
    assert not control(s)


@pytest.mark.parametrize("s", ["Back to top", "Scroll to Top", "Go to top", "Наверх", "Наверх →", "Вверх",
                               "Lên đầu trang", "Về đầu trang", "返回顶部"])
def test_back_to_top_one_list(s):
    assert control(s)  # controls.BACK_TO_TOP holds the words ...
    read_more = next(r for r in load_rules() if r.name == "chrome.read_more")
    assert read_more.match(s) is None  # ... and the rules file no longer lists them (one fact in one place)


def test_back_to_top_words_not_in_rules_file():
    patterns = " ".join(r.pattern.pattern.casefold() for r in load_rules())
    words = ("back to top", "scroll to top", "go to top", "наверх", "вверх", "lên đầu trang", "返回顶部")
    assert all(re.search(BACK_TO_TOP, w) for w in words)
    assert [w for w in words if w in patterns] == []


def _removed(text: str) -> dict[str, str]:
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id="s/a.txt", path="s/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


_TEXT = ("Новогодний тур в Рязань\n\n"
         "В этом году главным новогодним городом стала Рязань, и туристов ждут украшенные улицы и главная ёлка.\n\n"
         "Экскурсовод проведёт группу по старому центру и покажет кремль, а вечером гостей ждёт карнавал.\n")


def test_in_the_cleaner():
    # fur93's tune page ru23: a browser banner, then the search form's labels (the soft-break joiner glues the first
    # lower-case ones to the heading; the rest go as a run), then the page's text
    page = "\n".join(["Your web browser is out of date. Please, update your browser.", *_FORM, "Акции", "", ""])
    got = _removed(page + _TEXT + "\nНаверх\n")
    assert got.get("гостиница") == got.get("Фильтры") == P.LABEL_RULE
    assert got.get("Наверх") == "boilerplate.control"
    assert not any(k.startswith(("Новогодний", "В этом году", "Экскурсовод")) for k in got)
