"""benchmarks/gate_fragility.py (gate62): which ``weighed`` decisions move when one part or one page leaves the
precision table, on synthetic per-page counts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import gate_fragility as gf  # noqa: E402


def _page(part: str, pid: str, lang: str, **rules: list[int]) -> gf.Page:
    return (part, pid, lang, {r.replace("__", "."): c for r, c in rules.items()})


#: a broad furniture rule (many pages, no content) that sets the family's and all rules' precision high
BROAD = [_page(f"p{i % 4}", f"b{i}", "ru" if i % 2 else "vi", chrome__menu=[0, 6]) for i in range(20)]


def _one_page_content(content: int) -> list[gf.Page]:
    """``chrome.tail`` on vi: ``content`` content lines on one page (``c1``), one clutter line on each of eight other
    pages: the vi row's hold rests on ``c1`` alone."""
    return BROAD + [_page("q", "c1", "vi", chrome__tail=[content, 0])] + \
        [_page("q", f"k{i}", "vi", chrome__tail=[0, 1]) for i in range(8)]


@pytest.mark.parametrize("content", [2, 3, 5])
def test_a_hold_resting_on_one_page_moves_when_that_page_leaves(content: int) -> None:
    pages = _one_page_content(content)
    assert ("chrome.tail", "vi") in gf.held(gf.table_of(pages), ["vi"])
    moved = gf.flips(pages, ["vi"])
    assert "page:c1" in moved[("chrome.tail", "vi")]
    assert all(w == "page:c1" or w.startswith("part:") for w in moved[("chrome.tail", "vi")])


def test_a_broad_decision_does_not_move() -> None:
    pages = _one_page_content(2)
    moved = gf.flips(pages, ["ru", "vi"])
    assert ("chrome.menu", "vi") not in moved and ("chrome.menu", "ru") not in moved
    assert ("chrome.menu", "vi") not in gf.held(gf.table_of(pages), ["vi"])


def test_a_rule_whose_only_lines_leave_is_scored_by_its_family() -> None:
    """Every counted line of ``chrome.rare`` is content and on one page: its row holds it; without the page the rule
    has no row and the gate scores it by the ``chrome`` family, which releases it (chrome.read_more_tail, crawlvi)."""
    pages = BROAD + [_page("r", "only", "vi", chrome__rare=[2, 0])]
    table = gf.table_of(pages)
    assert {("chrome.rare", "vi"), ("chrome.rare", "ru")} <= gf.held(table, ["ru", "vi"])
    rest = gf.table_of(BROAD)
    assert "chrome.rare" not in rest
    assert ("chrome.rare", "vi") not in gf.held(rest, ["vi"], table)
    assert gf.flips(pages, ["ru", "vi"])[("chrome.rare", "ru")] == ["part:r", "page:only"]


def test_run_evidence_rules_are_never_listed() -> None:
    pages = BROAD + [_page("r", "x", "vi", boilerplate__template=[3, 0]), _page("r", "y", "vi", markdown__img=[2, 0])]
    assert not {r for r, _ in gf.held(gf.table_of(pages), ["vi"])} & {"boilerplate.template", "markdown.img"}


def test_never_counted_lines_and_the_description() -> None:
    never = [_page("held99", "n1", "vi", chrome__tail=[1, 2]), _page("held99", "n2", "vi", chrome__tail=[0, 3]),
             _page("held99", "n3", "ru", chrome__tail=[1, 0])]
    lines = gf.lines_by_pair(never)
    assert lines == {("chrome.tail", "vi"): [1, 5], ("chrome.tail", "ru"): [1, 0]}
    table = gf.table_of(_one_page_content(2))
    text = gf.describe(("chrome.tail", "vi"), True, table, lines, ["page:c1"])
    assert text.startswith("chrome.tail vi: HOLD; rule 2/8, vi row [2, 8]; never-counted parts: 1 content / 5 clutter")
    assert "releasing it loses 1 content" in text and text.endswith("moved by 1: page:c1")


def test_pages_of_splits_counted_from_never_counted() -> None:
    parts = {"held2": {"counted": True, "pages": {"a": {"lang": "ru", "rules": {"chrome.x": [0, 1]}}}},
             "held30": {"counted": False, "pages": {"b": {"lang": "vi", "rules": {}}}}}
    assert gf.pages_of(parts, True) == [("held2", "a", "ru", {"chrome.x": [0, 1]})]
    assert gf.pages_of(parts, False) == [("held30", "b", "vi", {})]
