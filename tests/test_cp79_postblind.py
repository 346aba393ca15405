"""cp79 (issue 12, post-blind round on held46): an article's own headline under a "latest posts" heading
(``mtpipe.clean.list_leads``), a flattened table's last cell is no closing signature (``mtpipe.clean.ru_closing``), and
a row of Vietnamese cells glued with no space breaks at every cell (``mtpipe.segment.cells``).

The lines are written for these tests from the classes read on held46 (``h46vi03``, ``h46ru11``, ``h46vi12``) and
dev (``h16vi10``'s "TIN NỔI BẬT" over its article's headline; ``h16vi09``, ``h2ru02``, ``h11ru01``, ``c12ru12``: one
line under such a heading that is another story's, a tag or a header copy; h39vi11's hostel row).  Negatives: a real
related-posts list under the heading, one related headline over its teaser, a name over two paragraphs, a header copy
of the title over a date line; a signature under a letter's last sentence; a name glued into the word before it, a
space lost inside running text.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.features import _sentence_like
from mtpipe.clean.list_leads import article_head
from mtpipe.clean.ru_closing import closing_signature
from mtpipe.document import Document
from mtpipe.segment import split_sentences

POLICIES = ("weighed", "balanced")


def _removed(lines: list[str], policy: str) -> dict[str, str]:
    text = "\n".join(lines)
    doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(text, doc_id="s/a.txt", path="s/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


_HEAD_VI = "Sinh viên trường Đại học Bách khoa giành giải nhất cuộc thi Robocon toàn quốc năm 2023"
_BODY_VI = [
    "Ngày 12/6/2023, đội tuyển của trường Đại học Bách khoa đã giành giải nhất tại vòng chung kết cuộc thi Robocon "
    "toàn quốc được tổ chức tại Ninh Bình.",
    "Cuộc thi năm nay thu hút 40 đội tuyển đến từ các trường đại học và cao đẳng trên cả nước tham gia tranh tài.",
    "Với robot được thiết kế gọn nhẹ và chính xác, các sinh viên Bách khoa đã vượt qua nhiều đối thủ mạnh để giành "
    "chức vô địch.",
]
_HEAD_RU = "Школьники Омска заняли первое место на региональной олимпиаде по робототехнике"
_BODY_RU = [
    "В субботу в Омске завершилась региональная олимпиада по робототехнике, в которой участвовали сорок команд.",
    "Школьники из гимназии № 19 собрали робота, который за две минуты прошёл всю трассу без единой ошибки.",
    "Победители олимпиады представят регион на всероссийском этапе, который пройдёт в ноябре в Москве.",
]


@pytest.mark.parametrize("lines,j,want", [
    # the chrome's last line a list heading, then the headline, a rubric, the article (h46vi03's shape)
    (["Tin mới nhất", _HEAD_VI, "Đoàn thanh niên - Hội sinh viên", *_BODY_VI], 1, True),
    (["Лента новостей", _HEAD_RU, *_BODY_RU], 1, True),
    # a related list: the next line is another headline, not the text
    (["Tin mới nhất", _HEAD_VI, "Khai mạc hội chợ nông sản tại Bắc Giang", "Hà Nội mưa lớn gây ngập nhiều tuyến phố",
      *_BODY_VI], 1, False),
    # one related headline over its teaser (one paragraph), then the page ends (h16vi09, c12ru12)
    (["Tin xem nhiều", _HEAD_VI, _BODY_VI[0]], 1, False),
    # a name over an encyclopedia's paragraphs (h2ru02): no headline
    (["Сегодня в новостях", "Си Цзиньпин", *_BODY_RU], 1, False),
    # an item of another story over this page's article: no word of the headline taken up
    (["Может быть интересно", "Российские военные впервые уничтожили установку залпового огня", *_BODY_RU], 1, False),
    # a header copy of the title over a date line (h11ru01): the copy next to the text is the headline
    (["Лента новостей", _HEAD_RU, "11.02.2026 | 20:30", _HEAD_RU, *_BODY_RU], 1, False),
])
def test_article_head(lines, j, want):
    assert article_head(lines, j, _sentence_like) is want


@pytest.mark.parametrize("policy", POLICIES)
def test_headline_under_list_heading_kept(policy):
    got = _removed(["Sidebar", "Magazine menu", "40 Bài viết mới", _HEAD_VI, *_BODY_VI], policy)
    assert _HEAD_VI not in got and got.get("40 Bài viết mới") == "boilerplate.list_heading"


@pytest.mark.parametrize("policy", POLICIES)
def test_related_list_still_removed(policy):
    items = ["Khai mạc hội chợ nông sản tại Bắc Giang", "Hà Nội mưa lớn gây ngập nhiều tuyến phố",
             "Giá lúa tăng mạnh sau đợt nắng nóng kéo dài"]
    got = _removed([*_BODY_VI, "Tin mới nhất", *items], policy)
    assert all(got.get(t) == "boilerplate.list_heading" for t in ["Tin mới nhất", *items])


_PLAN = ["План мероприятий библиотеки на август", "Сроки проведения |", "Наименование мероприятий |", "Ответственные |",
         "19.08 |", "Благотворительная акция «Собери ребенка в школу» |", "Малообеспеченные семьи посёлка |"]


@pytest.mark.parametrize("lines,taken", [
    # a table's last cell after the last "… |" cell, the row's stray "|" under it: no signature
    ([*_PLAN, "Коллектив МЦБ", "|"], []),
    ([*_PLAN, "Людмила ВАСИЛЬЕВА"], []),
    # a letter's signature under its last sentence stays one
    (["Дорогие земляки!", "Поздравляю вас с Днём города и желаю всем здоровья, счастья и благополучия.",
      "Людмила ВАСИЛЬЕВА."], [2]),
    (["В субботу в сквере прошёл субботник, жители посадили двадцать молодых берёз.", "Елена ЛОСИК."], [1]),
])
def test_table_cell_no_signature(lines, taken):
    assert sorted(closing_signature(lines, {}, "ru")) == taken


def _units(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


@pytest.mark.parametrize("text,lang,want", [
    # a row of cells glued with no space: every cell a unit, the last one's next word in capitals too (h46vi12)
    ("Nhóm trẻ 12-24 thángNhóm trẻ 24-36 thángLớp Mẫu Giáo (3-6 tuổi)", "vi",
     ["Nhóm trẻ 12-24 tháng", "Nhóm trẻ 24-36 tháng", "Lớp Mẫu Giáo (3-6 tuổi)"]),
    ("Phòng đơnPhòng đôiPhòng Gia Đình", "vi", ["Phòng đơn", "Phòng đôi", "Phòng Gia Đình"]),
    # negatives: a name glued into the word before it (no cell before), a space lost in running text
    ("Trường Đại họcThủ Đô tuyển sinh năm 2024", "vi", ["Trường Đại họcThủ Đô tuyển sinh năm 2024"]),
    ("Hôm qua chúng tôi đã đến thăm thầyHùng ở quê.", "vi", ["Hôm qua chúng tôi đã đến thăm thầyHùng ở quê."]),
    # one cell broke at the head; a name glued far after it, inside the next cell's text, is left
    ("Sau 14h chiềuTrước 12h trưa hôm sau tại sảnh khách sạnMường Thanh", "vi",
     ["Sau 14h chiều", "Trước 12h trưa hôm sau tại sảnh khách sạnMường Thanh"]),
])
def test_glued_cell_rows(text, lang, want):
    assert _units(text, lang) == want
