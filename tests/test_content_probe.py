"""``benchmarks/content_probe.py`` (branch `probe58`): the report's shape on a small fixture.

The fixture (``tests/data/probe58_fixture.jsonl``, written for this test) holds two short articles per language, one
per split; one Vietnamese paragraph is a photo caption with its credit ("… Ảnh: AP."), clutter by the realpages
convention, so the report has one rule with one example to show.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import content_probe  # noqa: E402

FIXTURE = ROOT / "tests" / "data" / "probe58_fixture.jsonl"


def test_data_file_has_the_fields_and_a_fixed_split() -> None:
    docs = content_probe.load(content_probe.DATA)
    assert {d["lang"] for d in docs} == {"ru", "vi"}
    for d in docs:
        assert d["split"] in content_probe.SPLITS and d["lines"] and d["id"] and d["src"]
    for lang in ("ru", "vi"):
        ds = [d for d in docs if d["lang"] == lang]
        held = sum(d["split"] == "held" for d in ds)
        assert len(ds) >= 300 and 0.25 < held / len(ds) < 0.42, (lang, len(ds), held)


def test_report_per_language_and_split_with_rules_and_examples() -> None:
    result, shown = content_probe.probe(content_probe.load(FIXTURE), "all", examples=2)
    assert set(result) == {"ru", "vi"}
    for lang, by in result.items():
        assert set(by) == {"dev", "held"}
        for c in by.values():
            assert c["documents"] == 1 and c["lines"] >= 3
            assert c["rate"] == round(c["lines_removed"] / c["lines"], 5)
            assert sum(v["lines"] for v in c["rules"].values()) >= c["lines_removed"] or not c["rules"]
            for v in c["rules"].values():
                assert 1 <= len(v["examples"]) <= 2
    vi = result["vi"]["dev"]
    assert vi["lines_removed"] == 1 and any("Ảnh: AP." in e for v in vi["rules"].values() for e in v["examples"])
    assert len(shown) == sum(c["lines_removed"] for by in result.values() for c in by.values())
    assert all(line.split()[0] in ("ru", "vi") for line in shown)
    json.dumps(result, ensure_ascii=False)


def test_split_filter_reports_one_split() -> None:
    result, _ = content_probe.probe(content_probe.load(FIXTURE), "held")
    assert all(set(by) == {"held"} for by in result.values())


def test_sentence_layout_splits_at_a_stop_before_a_capital_only() -> None:
    lines = ["Заголовок без точки", "Он сказал. «Мы придём». В 2010 г. было так.", "Mỹ rút khỏi TPP. Ảnh: AP.", "1. Принять отставку."]
    assert content_probe.layout(lines, "para") == lines
    assert content_probe.layout(lines, "sent") == ["Заголовок без точки", "Он сказал.", "«Мы придём».",
                                                   "В 2010 г. было так.", "Mỹ rút khỏi TPP.", "Ảnh: AP.",
                                                   "1. Принять отставку."]
