"""tools/inarticle_left.py: LEFT clutter runs are counted only inside the article (rel99)."""

from tools.inarticle_left import runs

LINES = [
    ("-", "Menu one"),
    ("-", "Menu two"),
    ("+", "The article opens here with a sentence."),
    ("-", "Related headline number one"),
    ("-", "Related headline number two"),
    ("+", "The article goes on with a sentence."),
    ("-", "Footer one"),
    ("-", "Footer two"),
]
ALL_LEFT = {("d", text[:60]) for _, text in LINES}


def test_run_between_content_lines_only():
    assert list(runs(LINES, "d", ALL_LEFT, 2)) == [(3, 5)]


def test_removed_line_breaks_the_run():
    left = ALL_LEFT - {("d", "Related headline number two")}
    assert list(runs(LINES, "d", left, 2)) == []
    assert list(runs(LINES, "d", left, 1)) == [(3, 4)]
