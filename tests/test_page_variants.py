"""benchmarks/page_variants.py: its variants of a page, and the pages it reads (labels dropped, blind parts left out)."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _bench():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(REPO / "benchmarks"))
    spec = importlib.util.spec_from_file_location("bench_page_variants", REPO / "benchmarks" / "page_variants.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def test_variants_cut_and_rearrange_the_page():
    b = _bench()
    lines = [f"line {k}" for k in range(9)]
    v = b.variants(lines, random.Random(1))
    assert v["head"] == lines[:3] and v["tail"] == lines[-3:] and v["odd"] == lines[::2]
    assert v["rev"] == lines[::-1] and v["dup"] == lines + lines and lines[-1] == v["cut"][-1]
    assert b.variants(["only"], random.Random(1))["head"] == ["only"]


def test_pages_drop_labels_and_sentence_marks_and_skip_blind_parts(tmp_path, monkeypatch):
    b = _bench()
    (tmp_path / "part.ann").write_text("### doc d1 lang=ru split=x bnd=yes url=u\n+ Первое.‖ Второе.‖\n- Меню\n\n",
                                       encoding="utf-8")
    (tmp_path / "heldX.ann").write_text("### doc b1 lang=ru split=heldX bnd=yes url=u\n+ Слепая.‖\n", encoding="utf-8")
    monkeypatch.setattr(b.blind_sets, "CURRENT", ("heldX",))
    assert b.pages(tmp_path) == [("d1", ["Первое. Второе.", "Меню", ""])]
