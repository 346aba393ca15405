"""The large dev list of the hanzi ranking (tools/hanzi_dev_officials.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _tool():
    spec = importlib.util.spec_from_file_location("hanzi_dev_officials", REPO / "tools" / "hanzi_dev_officials.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_dev_list_is_office_holders_without_benchmark_names_in_two_halves():
    tool = _tool()
    rows = tool.dev_rows()
    names = [r[0] for r in rows]
    assert len(rows) > 2000 and len(set(names)) == len(names)
    assert not set(names) & tool.benchmark_names()
    halves = [r[3] for r in rows]
    assert abs(halves.count("A") - halves.count("B")) < 0.1 * len(rows)
    from mtpipe.translit.palladius import from_hanzi

    zh, ru, vi, _ = rows[0]
    assert len(zh) == 3 and ru == from_hanzi(zh, kind="person") and len(vi.split()) == 3


def test_left_out_names_are_not_counted(monkeypatch):
    pytest.importorskip("jieba")
    from mtpipe.translit import hanzi as H

    tool = _tool()
    for attr in ("_name_counts", "_given_pairs"):  # the tool patches these; undo after the test
        monkeypatch.setattr(H, attr, getattr(H, attr))
    before = dict(H._given_pairs()[0])
    given1 = H._name_counts().totals["given1"]
    word = next(p for p in before if before[p] == 1 and len(p) == 2)  # a given name one jieba name has
    import jieba

    dict_txt = (Path(jieba.__file__).parent / "dict.txt").read_text(encoding="utf-8")
    full = next(line.split()[0] for line in dict_txt.splitlines()
                if line.endswith(" nr") and len(line.split()[0]) == 3 and line.split()[0][1:] == word)
    try:
        tool.leave_out({full})
        assert word not in H._given_pairs()[0]
        assert H._name_counts().totals["given1"] == given1 - 1  # the shipped file counts as the tool does
    finally:
        H._pairs_by_sound.cache_clear()
