"""cp49: tools/line_classifier_guards.py reads the transfer tool's lost rows (document, line, score) per recipe."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

import line_classifier_guards as lg  # noqa: E402


def test_lost_rows_reads_the_transfer_tools_json():
    res = {"shipped": {"held26": {"lost_lines": ["h26ru18: «Торпедо» (Миасс, Челябинская область) (0.943)"]},
                       "held32": {"lost_lines": ["h32ru10: 26.08.2024 (0.963)", "h32ru10: 26.08.2024 (0.970)",
                                                 "h32ru10: 27.08.2024 (0.973)"]},
                       "held27": {"lost_lines": []}}}
    assert lg.lost_rows(res) == {"shipped": {"h26ru18": {"«Торпедо» (Миасс, Челябинская область)"},
                                             "h32ru10": {"26.08.2024", "27.08.2024"}}}
