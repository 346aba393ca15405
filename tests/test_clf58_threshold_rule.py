"""Round 58 (benchmarks/notes/clf58.md): the line classifier's per-language cut is the zero-loss cut over the content
rows out of fold plus ``MARGIN`` (0.01), never below ``FLOOR`` (0.9): one fact (``train_line_classifier.zero_cut``),
read by the trainer and by the nested and transfer tools.

Score sets: the highest out-of-fold content rows of the dev training parts in the shipped recipe (vi: held24 holds
0.938, 0.865 and 0.756, the next part's highest is 0.738; ru: held24, held15 and held2 within 0.014 of each other),
and synthetic sets of the same shapes."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

import line_classifier_nested as nested  # noqa: E402
import train_line_classifier as tl  # noqa: E402

#: part -> its content rows' out-of-fold probabilities (the highest of each part, dev, shipped recipe)
VI = {"held24": [0.9381, 0.8649, 0.7560], "held12": [0.7384], "held8": [0.7237], "crawl11": [0.6960],
      "held5": [0.6852], "tune": [0.6739]}
RU = {"held24": [0.9058, 0.9034, 0.8920], "held15": [0.9030], "held2": [0.8931], "held17": [0.8382],
      "held18": [0.8304], "held12": [0.8178]}
#: synthetic: many parts whose highest rows lie close together, and one part with a lone high row
CLOSE = {f"p{k}": [0.80 + 0.004 * k, 0.6] for k in range(8)}
LONE = {"out": [0.97, 0.5], **{f"p{k}": [0.70 + 0.01 * k] for k in range(5)}}


def _cut(parts: dict[str, list[float]], drop: str | None = None) -> float:
    scores = [s for p, ss in parts.items() if p != drop for s in ss]
    return tl.zero_cut(max(scores) if scores else None)


@pytest.mark.parametrize("worst, cut", [
    (None, 0.9), (0.5, 0.9), (0.7384, 0.9), (0.8899, 0.9),  # the floor
    (0.8891, 0.9), (0.8901, 0.901), (0.8911, 0.902),  # at and above it: the next 0.001 step plus the margin
    (0.9058, 0.916), (0.9381, 0.949), (0.9, 0.911),  # ru and vi on the full training set; a row on the grid
    (0.989, 0.999), (0.9995, 0.999),  # at most 0.999
])
def test_the_zero_cut_is_the_next_step_plus_the_margin_no_lower_than_the_floor(worst, cut):
    assert tl.MARGIN == 0.01 and tl.FLOOR == 0.9
    assert tl.zero_cut(worst) == cut


@pytest.mark.parametrize("parts", [VI, RU, CLOSE, LONE])
def test_no_content_row_reaches_its_cut_with_the_margin_to_spare(parts):
    top = max(s for ss in parts.values() for s in ss)
    assert _cut(parts) >= top + tl.MARGIN


@pytest.mark.parametrize("parts, bound", [
    (RU, 0.005),  # ru: the highest rows of three parts within 0.003: a part dropped moves the cut by 0.003 at most
    (CLOSE, 0.0),  # every part under the floor: nothing moves
    (VI, 0.05),  # vi: held24 dropped takes the three highest rows; the floor stops the fall at 0.9 (0.949 -> 0.9)
    (LONE, 0.081),  # a lone high row (0.97 -> cut 0.981): the floor bounds the fall to 0.081
])
def test_dropping_one_part_moves_the_cut_less_than_the_bound(parts, bound):
    full = _cut(parts)
    moves = [abs(_cut(parts, p) - full) for p in parts]
    assert max(moves) <= bound + 1e-9
    assert all(_cut(parts, p) >= tl.FLOOR for p in parts)


def test_the_rule_of_rounds_20_57_moved_more(monkeypatch):
    # the same score sets with the old rule (margin 0.001, no floor above 0.5): vi's cut fell 0.940 -> 0.740
    monkeypatch.setattr(tl, "MARGIN", 0.001)
    monkeypatch.setattr(tl, "FLOOR", 0.5)
    assert (_cut(VI), _cut(VI, "held24")) == (0.94, 0.74)
    assert max(abs(_cut(LONE, p) - _cut(LONE)) for p in LONE) > 0.2
    assert tl.zero_cut(None) == 0.502  # the old floor, 0.5, plus the old margin


def test_the_order_of_the_rows_does_not_move_the_cut():
    rs = np.random.RandomState(58)
    scores = np.array([s for ss in VI.values() for s in ss] + list(rs.uniform(0.1, 0.7, 200)))
    cuts = {tl.zero_cut(float(rs.permutation(scores).max())) for _ in range(5)}
    assert cuts == {0.949}


def test_the_nested_tools_cuts_are_the_trainers():
    # one fact in one place: tools/line_classifier_nested.py (and the transfer tool through it) cut as the trainer
    oof = np.array([0.9381, 0.8649, 0.95, 0.5, 0.9058, 0.97, 0.3])
    y = np.array([0, 0, 1, 0, 0, 1, 1], dtype=float)
    lang = np.array(["vi", "vi", "vi", "ru", "ru", "ru", "ru"])
    mask = np.ones(len(y), dtype=bool)
    assert nested.cuts_of(oof, y, lang, mask, "zero") == {"ru": 0.916, "vi": 0.949}
    # no content row of a language: the floor
    assert nested.cuts_of(oof, y, lang, lang == "vi", "zero")["ru"] == tl.FLOOR
    # the cost rule (not shipped) never cuts below the floor either
    cheap = np.array([0.80] * 12 + [0.85] + [0.95] * 3)
    yc = np.array([1.0] * 12 + [0.0] + [1.0] * 3)
    got = nested.cuts_of(cheap, yc, np.array(["ru"] * 16), np.ones(16, dtype=bool), "cost")
    assert got["ru"] == tl.FLOOR
