"""Round 51: the line classifier's page guards in one place (mtpipe.clean.classifier_guards), and what the trainer reads
of them: ``spared`` is the set of candidates :func:`classifier.judge` keeps whatever its model scores, so a content row
it holds is no loss the thresholds must avoid (``train_line_classifier.GUARDS`` "after"), nor a catch.

Pages written for these tests in the shapes the guards were written for (a schedule's date cells over its list items,
h32ru10; a timetable's headings, h28ru04; a calendar; a bracket list of clubs, h26ru18; an office's letterhead), with
negatives of the same place on the page (a menu, a tag line, a share bar) that stay judged."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from mtpipe.clean import classifier
from mtpipe.clean.classifier_guards import page_guards, spared

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

import train_line_classifier as tl  # noqa: E402

_TEXT = ("В районе пройдут выездные приёмы граждан специалистами социальной защиты населения.",
         "Жителей просят взять с собой паспорт и документы о доходах семьи за последние три месяца.")
_SCHEDULE = ["26.08.2024", "– с. Краснополье (15:00 – 17:00)", "27.08.2024", "– с. Берёзовка (10:00 – 12:00)"]
_TIMETABLE = ["Химический завод", "ул. Кирова", "6:05", "6:35", "7:05", "7:35", "8:05", "8:35"]
_CLUBS = ["«Торпедо» (Миасс, Челябинская область)", "«Зенит» (Тверь)", "«Сокол» (Кимры)",
          "«Металлург» (Конаково, Тверская область)"]
_MENU = ["Главная", "Новости", "Контакты", "Поделиться:", "ВКонтакте", "Одноклассники"]


def _spans(text: str) -> list[tuple[int, int]]:
    spans, a = [], 0
    for line in text.split("\n"):
        spans.append((a, a + len(line)))
        a += len(line) + 1
    return spans


def _page(*blocks: list[str]) -> tuple[str, list[tuple[int, int]], list[str]]:
    lines = [ln for b in blocks for ln in b]
    text = "\n".join(lines)
    return text, _spans(text), lines


@pytest.mark.parametrize("block, lang", [(_SCHEDULE, "ru"), (_TIMETABLE, "ru")])
def test_spared_holds_the_page_guards_lines_after_the_text(block, lang):
    text, spans, lines = _page(list(_TEXT), block)
    todo = classifier.candidates(text, spans, {}, 25)
    got = spared(text, spans, {}, todo)
    assert got and got <= set(todo)
    assert got == (page_guards(lines, {}) & set(todo))
    assert not got & {i for i, ln in enumerate(lines) if ln in _TEXT}


@pytest.mark.parametrize("block", [_MENU, ["Теги: соцзащита, приём граждан", "Источник: пресс-служба"]])
def test_a_menu_or_a_tag_line_is_not_spared(block):
    text, spans, lines = _page(list(_TEXT), block)
    todo = classifier.candidates(text, spans, {}, 25)
    assert todo and not spared(text, spans, {}, todo)


def test_a_bracket_list_is_spared_only_with_two_items_no_model_judges():
    # every item a candidate: which are kept is the model's, so none is spared whatever it scores (judge decides)
    text, spans, lines = _page(list(_TEXT), _CLUBS)
    todo = classifier.candidates(text, spans, {}, 25)
    assert set(range(2, 6)) <= set(todo) and not spared(text, spans, {}, todo)
    # the same list with two items inside the article (kept by every model: not candidates): all of it spared
    text, spans, lines = _page(list(_TEXT[:1]), _CLUBS[:2], list(_TEXT[1:]), _CLUBS[2:])
    todo = classifier.candidates(text, spans, {}, 25)
    assert set(todo) == {4, 5} and spared(text, spans, {}, todo) == {4, 5}


@pytest.mark.parametrize("blocks, lang", [
    ((list(_TEXT), _SCHEDULE), "ru"), ((list(_TEXT), _TIMETABLE), "ru"), ((list(_TEXT), _MENU), "ru"),
    ((list(_TEXT), _CLUBS), "ru"), ((list(_TEXT[:1]), _CLUBS[:2], list(_TEXT[1:]), _CLUBS[2:]), "ru"),
    ((["Trang chủ", "Tin tức", "Liên hệ"], ["Lịch chạy xe khách tuyến Long An – Cần Thơ hằng ngày như sau."],
      ["Giờ xuất bến Long An", "Giờ xuất bến Cần Thơ", "05:30", "06:00", "07:30", "08:00"]), "vi"),
])
def test_at_threshold_zero_judge_takes_every_candidate_but_the_spared_and_the_layers_own_guards(blocks, lang):
    text, spans, lines = _page(*blocks)
    todo = classifier.candidates(text, spans, {}, 25)
    got = classifier.judge(text, spans, lang, {}, threshold=0.0)
    own = {i for i in todo if classifier.announced(text, spans, {}, i) or classifier.own_field(text, spans, i)
           or classifier.left_to_captions(lines[i])}
    assert set(got) == set(todo) - spared(text, spans, {}, todo) - own


def _row(part, y, p, guard, cand=True, lang="ru"):
    return (part, f"{part}doc", [p], y, f"line {part} {p}", lang, cand, guard)


def test_judged_rows_before_and_after_the_guards(monkeypatch):
    rows = [_row("a", 0, 0.9, True), _row("a", 0, 0.9, False), _row("a", 1, 0.9, True, cand=False),
            _row("a", 1, 0.9, False, lang="en"), ("a", "d", [0.0], 0, "old row", "ru", True)]  # an old 7-field row
    assert tl.judged_rows(rows, "before").tolist() == [True, True, False, False, True]
    assert tl.judged_rows(rows, "after").tolist() == [False, True, False, False, True]
    monkeypatch.setattr(tl, "GUARDS", "after")
    assert tl.judged_rows(rows).tolist() == [False, True, False, False, True]


def test_a_spared_content_row_no_longer_binds_the_cut():
    # out-of-fold scores: the highest content row (0.97) is spared by the page's guards, the next is 0.80
    oof = np.array([0.97, 0.80, 0.95, 0.90, 0.60])
    y = np.array([0, 0, 1, 1, 1], dtype=float)
    rows = [_row("a", 0, 0.97, True), _row("a", 0, 0.80, False), _row("a", 1, 0.95, False), _row("a", 1, 0.90, False),
            _row("a", 1, 0.60, False)]
    lang = np.array(["ru"] * 5)
    import line_classifier_nested as nested
    before = nested.cuts_of(oof, y, lang, tl.judged_rows(rows, "before"), "zero")["ru"]
    after = nested.cuts_of(oof, y, lang, tl.judged_rows(rows, "after"), "zero")["ru"]
    # round 58: the next 0.001 step plus the margin (0.01), no lower than the floor (0.9; 0.811 without it)
    assert before == 0.981 and after == tl.FLOOR == 0.9
    assert int(((oof >= after) & (y == 0) & tl.judged_rows(rows, "after")).sum()) == 0  # no unspared loss


def test_the_guards_tool_reads_the_spared_rows_too():
    import line_classifier_guards as lg
    res = {"shipped": {"held28": {"lost_lines": [], "spared_lines": ["h28ru04: Порт «Крым» прибытие (0.969)"]},
                       "held35": {"lost_lines": []}}}  # a fold written before round 51 has no spared_lines
    assert lg.lost_rows(res) == {}
    assert lg.lost_rows(res, "spared_lines") == {"shipped": {"h28ru04": {"Порт «Крым» прибытие"}}}
