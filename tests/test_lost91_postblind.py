"""lost91 (issue 12, post-blind round on held51): the article's headline under a widget heading and a rubric
(``mtpipe.clean.list_leads.head_under``), a short title printed three times (``mtpipe.clean.ru_edges.title_copies``),
a parish media team's sign-off ("BTT Gx. …", ``mtpipe.clean.vi_chrome.desk_initials``) and a theme's "Scroll to top"
button (``chrome.read_more``).

The lines are written for these tests from the classes read on held51 (``h51ru02``, ``h51ru05``, ``h51vi08``) and dev
(``h16vi09``, ``h2ru02``, ``c12ru12``: one line under a list heading over text that is another story's, a name or a
tag; ``h49vi11``'s "BBT CTNĐN"; ``t28ru78``'s "Scroll to top").  Negatives: a related list under the heading, two
short lines or a sentence between the heading and the headline, a name, a table's number cells repeated, a desk
abbreviation opening a sentence.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.features import _sentence_like
from mtpipe.clean.list_leads import article_head, head_under
from mtpipe.clean.ru_edges import title_copies
from mtpipe.clean.vi_chrome import desk_initials
from mtpipe.document import Document

POLICIES = ("weighed", "balanced")


def _removed(lines: list[str], policy: str) -> dict[str, str]:
    text = "\n".join(lines)
    doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(text, doc_id="s/a.txt", path="s/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


_HEAD_RU = "Более двадцати тонн омских огурцов отправили в Казахстан и Монголию"
_LEAD_RU = ("Тепличные хозяйства наращивают экспорт овощей. С начала года из Омской области за рубеж вывезено более "
            "двадцати тонн огурцов. Об этом сообщает областной Россельхознадзор.")
_BODY_RU = [
    "Экспорт проходит под контролем специалистов управления Россельхознадзора по Омской области.",
    "Более восьми тонн огурцов поставлено в Казахстан, а в Монголию отправлено свыше двенадцати тонн.",
    "Перед отправкой каждая партия огурцов прошла осмотр инспекторов и лабораторный контроль в Омске.",
]
_IMAGE = ["Огурцы.", "Огурцы.", "СС0"]


@pytest.mark.parametrize("lines,i,j,want", [
    # a partner widget's heading, the site's rubric, the headline, the lead, a photo's lines, the text (h51ru02)
    (["Новости партнеров", "Промышленность", _HEAD_RU, _LEAD_RU, *_IMAGE, *_BODY_RU], 0, 2, True),
    # right under the heading, the photo's lines after the lead stepped over
    (["Новости партнеров", _HEAD_RU, _LEAD_RU, *_IMAGE, *_BODY_RU], 0, 1, True),
    # two short lines between the heading and the headline: a list's items
    (["Новости партнеров", "Промышленность", "Экономика", _HEAD_RU, _LEAD_RU, *_BODY_RU], 0, 3, False),
    # a sentence between them
    (["Новости партнеров", "В Омске прошла ярмарка.", _HEAD_RU, _LEAD_RU, *_BODY_RU], 0, 2, False),
    # a related list: the next item's headline (four words or more) stops the count of paragraphs
    (["Новости партнеров", "Промышленность", _HEAD_RU, _LEAD_RU, "В Омске открыли новую теплицу на окраине",
      *_BODY_RU], 0, 2, False),
    # a name over the paragraphs (h2ru02): no headline
    (["Новости партнеров", "Промышленность", "Си Цзиньпин", *_BODY_RU], 0, 2, False),
])
def test_head_under(lines, i, j, want):
    assert head_under(lines, i, j, _sentence_like) is want


def test_article_head_steps_over_a_photos_short_lines_only():
    # the photo's short lines stepped over; a line of four words or more (another headline) is not
    assert article_head([_HEAD_RU, _LEAD_RU, *_IMAGE, *_BODY_RU], 0, _sentence_like)
    assert not article_head([_HEAD_RU, _LEAD_RU, "Смотрите также новые фото теплиц", *_BODY_RU], 0, _sentence_like)


@pytest.mark.parametrize("policy", POLICIES)
def test_headline_under_heading_and_rubric_kept(policy):
    got = _removed(["Новости партнеров", "Промышленность", _HEAD_RU, _LEAD_RU, *_IMAGE, *_BODY_RU], policy)
    assert _HEAD_RU not in got and got.get("Новости партнеров") == "boilerplate.list_heading"
    assert got.get("Промышленность") == "boilerplate.list_heading"


@pytest.mark.parametrize("lines,removed,want", [
    # a short title printed three times above the text: every copy after the first (README convention 1)
    (["🇨🇳 Наши в Китае", "🇨🇳 Наши в Китае", "🇨🇳 Наши в Китае", *_BODY_RU], {}, [1, 2]),
    (["Приплыли", "Приплыли", *_BODY_RU], {}, [1]),
    # a table's number cells repeated: no letters, no title
    (["200 |", "200 |", "200 |", *_BODY_RU], {}, []),
    # copies not in a row (a removed line between) are not this rule's
    (["Приплыли", "12.05.2024", "Приплыли", *_BODY_RU], {1: ("boilerplate.date_line", None)}, []),
])
def test_title_copies(lines, removed, want):
    assert sorted(title_copies(lines, removed)) == want


@pytest.mark.parametrize("line,want", [
    ("BTT Gx. Kẻ Sét", True),
    ("BTT Giáo xứ Thái Hà", True),
    ("BTT Gp. Bắc Ninh", True),
    ("BBT CTNĐN", True),
    ("BTT WVL", True),
    # a sentence or lower-case words after the unit: no sign-off
    ("BTT Gx. Kẻ Sét tổ chức lễ bổn mạng", False),
    ("BBT trân trọng cảm ơn", False),
    ("BBT Báo Nhân Dân", False),
    ("UBND TP", False),
])
def test_desk_initials(line, want):
    assert desk_initials(line) is want


_VI = [
    "Ca đoàn Giáo xứ Thái Hà mừng lễ quan thầy",
    "Ca đoàn Giáo xứ Thái Hà long trọng mừng lễ thánh quan thầy vào ngày 22/11/2023 với Thánh lễ do Cha xứ chủ sự.",
    "Ca đoàn được thành lập năm 2015 và đến nay đã có gần 40 thành viên phục vụ trong các Thánh lễ của Giáo xứ.",
    "Nguyện xin Thiên Chúa ban bình an cho Giáo xứ và cho mỗi thành viên trong ca đoàn.",
]


@pytest.mark.parametrize("policy", POLICIES)
def test_parish_sign_off_and_scroll_button(policy):
    got = _removed([*_VI, "BTT Gx. Thái Hà", "Scroll to Top"], policy)
    assert got.get("Scroll to Top") == "boilerplate.control"  # controls.BACK_TO_TOP, the one list (fur93)
    assert got.get("BTT Gx. Thái Hà") == "portal.credit"
    assert not any(t in got for t in _VI)


@pytest.mark.parametrize("policy", POLICIES)
def test_desk_line_between_paragraphs_stays(policy):
    # nothing of the text may follow the sign-off: between two paragraphs the line is not taken
    got = _removed([*_VI[:3], "BTT Gx. Thái Hà", _VI[3]], policy)
    assert "BTT Gx. Thái Hà" not in got
