"""benchmarks/blind_losses.py: line shapes, rule families, evidence and the candidate guards it simulates on a dump
(issue 12, xfer62).  Pure functions on hand-made rows: nothing runs the cleaner."""

from __future__ import annotations

import pytest

from benchmarks.blind_losses import evidence, family, guard_restores, shape


@pytest.mark.parametrize("a, b", [
    ("Thứ Hai, ngày 17 tháng 1 năm 2022", "Thứ Bảy, ngày 1 tháng 1 năm 2022"),  # held36's calendar rows
    ("06:10, 07:40, 09:25, 17:40", "06:55, 08:25, 10:10, 18:20"),  # held38's timetable rows
    ("Ngày 1", "Ngày 2"),  # held40's day headings
    ("7:04 pm August 17, 2011", "9:48 am August 5, 2011"),  # a feed's post stamps share a shape too
])
def test_shape_same(a: str, b: str) -> None:
    assert shape(a) == shape(b)


@pytest.mark.parametrize("a, b", [
    ("06:40, 16:40", "06:10, 07:40, 09:25, 17:40"),
    ("Tết Dương lịch", "Ngày lễ Tổng thống"),
    ("Ngày 1", "2022"),
])
def test_shape_other(a: str, b: str) -> None:
    assert shape(a) != shape(b)


@pytest.mark.parametrize("rule, want", [
    ("boilerplate.date_line", "line shape"),
    ("chrome.link_footer", "line shape"),
    ("boilerplate.short_run", "region / position"),
    ("boilerplate.region", "region / position"),
    ("boilerplate.between_removed", "region / position"),
    ("dedupe.near", "dedupe / copies"),
    ("captions.alt_of_heading", "dedupe / copies"),
    ("classifier.line", "classifier"),
    ("portal.cell_caption", "word list"),
    ("policy.gate", "meta"),
])
def test_family(rule: str, want: str) -> None:
    assert family(rule) == want


def _rows(lines: list[tuple[str, str, float]]) -> list[dict]:
    return [{"part": "p", "doc": "d", "lang": "vi", "i": i, "block": 0, "tag": tag, "text": t, "kept": kept,
             "rules": [] if kept >= 0.85 else ["boilerplate.date_line"]} for i, (tag, t, kept) in enumerate(lines)]


# a timetable: route names kept, their times removed between them (content), and a post stamp removed once (clutter)
TIMETABLE = _rows([
    ("+", "Opublikovano raspisanie:", 1.0),
    ("+", "№ 222 «Sarátov – dachi»", 1.0),
    ("+", "06:10, 07:40, 09:25, 17:40", 0.0),
    ("+", "№ 253 «Sarátov – Marks»", 1.0),
    ("+", "06:55, 08:25, 10:10, 18:20", 0.0),
    ("+", "№ 291 «Sarátov – Sbrodovka»", 1.0),
    ("=", "25 oktyabrya 2019 - 17:28", 0.0),
    ("+", "Konets.", 1.0),
])


@pytest.mark.parametrize("guard, saved, cost", [
    ("between", 2, 1),  # every sandwiched line, the stamp too
    ("rows", 2, 0),  # the recurring row shape only
    ("rows+digits", 2, 0),
    ("twin+digits", 0, 0),  # no kept line shares the times' shape
])
def test_guard_restores(guard: str, saved: int, cost: int) -> None:
    got = guard_restores(TIMETABLE, guard)
    assert (sum(r["tag"] == "+" for r in got), sum(r["tag"] != "+" for r in got)) == (saved, cost)


def test_evidence() -> None:
    e = evidence(TIMETABLE[2], TIMETABLE)
    assert e["digits"] and e["between_kept"] and e["table_or_list"] and e["short"]
    assert not e["sentence"] and not e["kept_twin"]
