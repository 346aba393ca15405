"""cell67: the count of a table's header row printed one cell a line (benchmarks/cell_heads.py): the ``k`` label
lines above a periodic stretch of period ``k``, and the candidate take-back's evidence (the table half kept, the head
removed by a shape rule).  Forms from the dev dumps (benchmarks/notes/cell67.md)."""

from __future__ import annotations

import pytest

from benchmarks.cell_heads import count, heads


def _doc(lines: list[tuple[str, str, float, str]]) -> list[dict]:
    return [{"doc": "d", "tag": t, "text": s, "kept": k, "rules": [r] if r else []} for t, s, k, r in lines]


_TIMES = [("+", s, 1.0, "") for s in ("Thứ hai", "6h30 – 7h00", "Thứ ba", "7h00 – 8h00", "Thứ tư", "8h00 – 9h00")]

CASES = {
    # a timetable's header row (t29vi06, h39vi12 forms), taken by a short-line rule: the candidate saves it
    "header over a kept timetable": (
        [("+", "Ngày", 0.0, "boilerplate.short_run"), ("+", "Thời gian", 0.0, "classifier.line")] + _TIMES,
        {"content": 2}),
    # the same head removed by a rule with evidence beyond its shape (a site template): left alone
    "template head": (
        [("-", "Facebook", 0.0, "boilerplate.template"), ("-", "Reddit", 0.0, "boilerplate.template")] + _TIMES,
        {}),
    # a counter widget's labels over its removed fields (h32vi11, t27vi69 forms): no kept table, nothing back
    "counter over removed fields": (
        [("-", "Tấm gương học đường", 0.0, "boilerplate.short_run"), ("-", "Truy cập", 0.0, "boilerplate.field_run")]
        + [("-", s, 0.0, "boilerplate.date_line") for s in ("Hôm nay:", "1", "Hôm qua:", "2", "Tuần này:", "3")],
        {}),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_candidate_take_back(name):
    lines, back = CASES[name]
    _fates, got = count(_doc(lines))
    assert dict(got) == back


def test_heads_are_the_k_lines_above_the_stretch():
    doc = _doc([("+", "Ngày", 1.0, ""), ("+", "Thời gian", 1.0, "")] + _TIMES)
    assert [(h, k) for h, _t, k in heads(doc)] == [([0, 1], 2)]
