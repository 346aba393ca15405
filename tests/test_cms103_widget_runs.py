"""cms103: wpDiscuz's strings in the CMS table, its ambiguous ones taken only inside a run of its strings
(``portal.widget_run``), and a site's social page with the network's short name in brackets."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.cms_strings import RUN, cms_string, rows
from mtpipe.clean.ru_edges import reader_prompt
from mtpipe.clean.widget_runs import MIN_RUN, RULE, widget_run_lines, widget_string
from mtpipe.document import Document

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import build_cms_strings  # noqa: E402

# a wpDiscuz block under an article as a scrape prints it (made up after the plugin's templates and ru_RU strings)
_RU_BLOCK = ["Подписаться", "Уведомить о", "guest", "0 Комментарий", "Межтекстовые Отзывы",
             "Посмотреть все комментарии"]
_RU_TEXT = ["Приют для бездомных животных открылся в городе десять лет назад.",
            "Сегодня в нём живут сто двадцать собак и восемьдесят кошек, и всех их кормят волонтёры."]


def test_the_table_holds_wpdiscuz_with_its_run_strings():
    wpd = [r for r in rows() if r.cms == "wpDiscuz"]
    assert {r.lang for r in wpd} == {"en", "ru", "vi"}
    run = {r.text for r in wpd if r.part == RUN}
    assert {"Подписаться", "guest", "%d Комментарий", "%d комментариев", "Theo dõi", "Новые"} <= run
    assert all(r.source.startswith("verogmayo/VGDWESProyectoWordpress@") and r.cms == "wpDiscuz" for r in wpd)
    assert "Subscribe" in build_cms_strings.RUN and "Notify of" not in build_cms_strings.RUN


@pytest.mark.parametrize("line", ["Уведомить о", "Межтекстовые Отзывы", "Посмотреть все комментарии",
                                  "Notify of", "View all comments", "Phản hồi nội tuyến", "Xem tất cả bình luận",
                                  "Оставьте первый комментарий!", "Загрузить ещё комментарии"])
def test_unambiguous_wpdiscuz_strings_are_cms_strings_alone(line):
    row = cms_string(line)
    assert row is not None and row.cms == "wpDiscuz" and row.part != RUN


@pytest.mark.parametrize("line", ["Подписаться", "guest", "Гость", "0 Комментарий", "Новые", "Ответить", "Theo dõi",
                                  "Trả lời", "12 комментариев"])
def test_run_strings_are_no_cms_string_alone(line):
    assert cms_string(line) is None
    assert any(r.part == RUN for r in widget_string(line))


def test_the_block_s_ambiguous_lines_go_inside_the_run():
    lines = _RU_TEXT + [""] + _RU_BLOCK
    got = widget_run_lines(lines, {})
    assert sorted(lines[i] for i in got) == sorted(["Подписаться", "guest", "0 Комментарий"])
    rule, note = got[lines.index("guest")]
    assert rule == RULE and "wpDiscuz" in note and "Form.php" in note


def test_blank_lines_inside_the_run_and_removed_lines_counted_by_their_text():
    lines = ["Подписаться", "", "Уведомить о", "", "guest"]
    assert sorted(widget_run_lines(lines, {})) == [0, 4]
    assert sorted(widget_run_lines(lines, {0: ("x", "y"), 2: ("x", "y")})) == [4]


def test_no_run_no_removal():
    # too short a run
    assert widget_run_lines(["Подписаться", "Уведомить о"], {}) == {}
    assert MIN_RUN == 3
    # a run of ambiguous strings only: no unambiguous string of the widget makes it the widget's
    assert widget_run_lines(["Подписаться", "Новые", "Старые", "Популярные", "guest"], {}) == {}
    # a line of the article breaks the run
    assert widget_run_lines(["Подписаться", _RU_TEXT[0], "Уведомить о", "guest"], {}) == {}
    # a word of the table alone under an article
    assert widget_run_lines(_RU_TEXT + ["Подписаться"], {}) == {}


def test_vietnamese_and_english_runs():
    vi = ["Theo dõi", "Thông báo của", "guest", "3 Bình luận", "Phản hồi nội tuyến", "Xem tất cả bình luận"]
    assert sorted(vi[i] for i in widget_run_lines(vi, {})) == sorted(["Theo dõi", "guest", "3 Bình luận"])
    en = ["Subscribe", "Notify of", "guest", "2 Comments", "Newest", "Oldest", "Most Voted", "Inline Feedbacks",
          "View all comments"]
    assert sorted(widget_run_lines(en, {})) == [0, 2, 3, 4, 5, 6]


def test_page_through_the_cleaner():
    text = "\n".join(["Приют скучает по хозяевам", "", *_RU_TEXT, "", *_RU_BLOCK]) + "\n"
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id="site.ru/a.txt", path="site.ru/a.txt"))
    spans = [(e.start, e.end) for e in doc.ledger if e.action == "removed"]
    rules = {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}

    def gone(line: str) -> bool:
        at = doc.raw_text.index(line)
        return any(a <= at and at + len(line) <= b for a, b in spans)

    assert all(gone(line) for line in _RU_BLOCK)  # an earlier layer may take some (soft-joined, the classifier)
    assert rules["guest"] == RULE
    assert not any(gone(line) for line in _RU_TEXT)


@pytest.mark.parametrize("line,want", [("МЫ в ВКонтакте (VK)", True), ("Мы в Одноклассниках (OK)", True),
                                       ("Мы в Telegram (TG)", True), ("Мы Вконтакте", True),
                                       ("Мы в ВКонтакте (и не только)", False),
                                       ("Мы в ВКонтакте (VK) публикуем новости района каждый день", False)])
def test_social_page_with_the_network_s_short_name(line, want):
    assert reader_prompt(line) is want
