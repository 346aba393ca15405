"""Round soft59 (issue 12: 0 sentences cut at soft line breaks), table-driven with negatives
(:mod:`mtpipe.clean.softbreak_across`): a sentence that runs over a line the cleaner removed, a single token (a step's
slug, an image's file name, an anchor), goes on into the next kept line opening lower-case or on a conjunction.

The first form is ``t30ru06``'s (train30: a recipe in verse, each step's anchor "step-1" on a line of its own); the
others are written after its pattern (an image's file name, an anchor, a Vietnamese clause going on after "và",
"nhưng").  The negatives are the dev gaps of the same shape that part two units (``h15ru01``, ``t27ru48``, ``t27ru59``,
``t27vi78``) and the look-alikes the sign must leave: a heading, a sentence end, a blank line, a capital opening.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import unaccounted
from mtpipe.clean.ledger import record
from mtpipe.clean.softbreak_across import across_joins, join_across
from mtpipe.document import Document
from mtpipe.segment import Segmenter


def _kept(lines: list[str], removed: set[int]) -> tuple[str, list[list[int]]]:
    """The text of ``lines`` and the ranges of the lines not in ``removed`` (blank lines kept out)."""
    text = "\n".join(lines)
    kept, pos = [], 0
    for i, ln in enumerate(lines):
        if ln.strip() and i not in removed:
            kept.append([pos, pos + len(ln)])
        pos += len(ln) + 1
    return text, kept


# (lines, removed line indexes): the first kept line goes on into the next kept one
JOIN_CASES = [
    (["Хоть не царское то дело, Но работа закипела. Взял желтки наш государь, Две ложки сахару \"Мистраль\"",
      "step-1", "И смешал. Затем добавил Масло, соду, уксусом заправив."], {1}),
    (["Тесто раскатать в пласт, смазать вареньем и свернуть в рулет,", "IMG_2034.jpg",
      "а потом выпекать сорок минут при 180 градусах."], {1}),
    (["Sau khi rửa sạch, bạn cắt thịt thành từng miếng vừa ăn", "buoc-2", "và ướp với hành, tỏi trong 30 phút."], {1}),
    (["Mùa này nước sông lên cao, đường vào bản khó đi", "anchor_3", "photo-11.jpg",
      "nhưng người dân vẫn mang hàng ra chợ phiên."], {1, 2}),
    (["Вода в реке поднялась на два метра, и дорогу к селу", "map01", "перекрыли до конца недели."], {1}),
]


@pytest.mark.parametrize("lines,removed", JOIN_CASES)
def test_a_sentence_goes_on_across_a_removed_token_line(lines, removed):
    text, kept = _kept(lines, removed)
    assert across_joins(text, kept) == [0]


NO_JOIN_CASES = [
    # h15ru01: a post's header over its removed header rows (spaces in them) and a comment's header
    (["Заголовок сообщения: Re: ДРАКОН vs Р-схемы", "Сообщения: 396", "albobin писал(а):"], {1}),
    # t27ru48: a title over its removed copy (spaces) and its subtitle
    (["Уроки высшей школы", "Уроки высшей школы", "Или как растят тех, для кого поиск знания - основа жизни"], {1}),
    # t27ru59: table cells over a removed rule
    (["Вложение | Размер |", "---|---|", "yulya_nou_dlya_sayta.doc | 199 КБ |"], {1}),
    # t27vi78: image addresses
    (["Bộ GD-ĐT nêu rõ 3.7 tại Kon Tum; 2 trường tự thu tiền ‘vô tội vạ’", "https://i-vnexpress.vnecdn.net/a.jpg",
      "https://www.dkn.tv/wp-content/uploads/b.jpg"], {1}),
    # a heading (no comma, no stop inside) over a removed image name and a lower-case line
    (["Как приготовить вишнёвый пирог дома", "pirog.jpg", "и чем его подавать гостям"], {1}),
    # the first line ends its sentence
    (["Тесто раскатать в пласт, смазать вареньем и свернуть.", "step-2", "а потом выпекать сорок минут."], {1}),
    # the next line opens with a capital that is no conjunction
    (["Тесто раскатать в пласт, смазать вареньем и свернуть", "step-2", "Потом выпекать сорок минут."], {1}),
    # a blank line in the gap: a paragraph ends
    (["Тесто раскатать в пласт, смазать вареньем и свернуть", "", "step-2", "а потом выпекать сорок минут."], {2}),
    # the removed line holds words: no token
    (["Тесто раскатать в пласт, смазать вареньем и свернуть", "Шаг 2 из 5", "а потом выпекать сорок минут."], {1}),
    # three removed lines: no slug between two lines of one sentence
    (["Тесто раскатать в пласт, смазать вареньем и свернуть", "a1", "a2", "a3", "а потом выпекать сорок минут."],
     {1, 2, 3}),
    # the next line is one word
    (["Тесто раскатать в пласт, смазать вареньем и свернуть", "step-2", "готово"], {1}),
    # nothing removed between: the soft-break joins' business
    (["Тесто раскатать в пласт, смазать вареньем и свернуть", "а потом выпекать сорок минут."], set()),
]


@pytest.mark.parametrize("lines,removed", NO_JOIN_CASES)
def test_no_join_where_two_units_stand(lines, removed):
    text, kept = _kept(lines, removed)
    assert across_joins(text, kept) == []


def test_a_range_cut_inside_its_line_is_not_joined():
    lines = ["Тесто раскатать в пласт, смазать вареньем и свернуть", "step-1", "а потом выпекать сорок минут."]
    text, kept = _kept(lines, {1})
    kept[0][0] += 5  # a prefix of the line was cut out
    assert across_joins(text, kept) == []


def test_join_keeps_offsets_ledger_and_one_unit():
    lines = ["Хоть не царское то дело, Но работа закипела. Взял желтки наш государь, Две ложки сахару \"Мистраль\"",
             "step-1", "И смешал. Затем добавил Масло, соду, уксусом заправив."]
    text, kept = _kept(lines, {1})
    doc = Document.from_text(text + "\n", doc_id="site/a.txt", path="site/a.txt")
    a1 = kept[0][1]
    record(doc, "test.slug", a1 + 1, a1 + 1 + len("step-1"), "a step's slug")
    doc.meta["kept"] = kept
    n = len(doc.text)
    assert join_across(doc) == 1
    assert len(doc.text) == n and doc.text[a1:a1 + 8] == " " * 8
    assert doc.meta["kept"] == [[0, len(text)]] and doc.meta["verse_joins"] == [a1]
    joined = [e for e in doc.ledger if e.rule == "softbreak.across"]
    assert [e.action for e in joined] == ["joined", "joined"] and all(not e.text.strip() for e in joined)
    doc = Segmenter()(doc)
    units = [s.source for s in doc.segments]
    assert any(u.startswith("Взял желтки") and u.endswith("И смешал.") for u in units), units
    assert not any(u.rstrip().endswith("\"Мистраль\"") for u in units)
    assert all("step-1" not in u for u in units)
    assert unaccounted(doc) is None
