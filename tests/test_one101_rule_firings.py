"""one101: ``tools/rule_firings.py`` finds a named rule's firings in a folder of text nobody labelled (the audit's
fresh half, benchmarks/notes/one101.md).  The page is tab99's made-up price table (its rows kept by
``structure.pipe_rows``)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from test_tab99_pipe_rows import _PAGE, _ROWS

_TOOL = Path(__file__).resolve().parents[1] / "tools" / "rule_firings.py"


def _tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("rule_firings", _TOOL)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def test_context_takes_two_lines_either_side():
    raw = "a\nb\nc\nTARGET\nd\ne\nf\n"
    at = raw.index("TARGET")
    assert _tool()._context(raw, at, at + len("TARGET\n")) == "b\nc\nTARGET\nd\ne"


def test_a_fresh_folder_page_by_page(tmp_path):
    page = tmp_path / "ru" / "prices.txt"
    page.parent.mkdir()
    page.write_text("\n".join(_PAGE) + "\n", encoding="utf-8")
    rows = list(_tool().folder_firings({"structure.pipe_rows"}, f"{tmp_path}:each"))
    assert rows and {r["rule"] for r in rows} == {"structure.pipe_rows"} and {r["action"] for r in rows} == {"kept"}
    assert all(r["doc"] == str(page) for r in rows)
    assert _ROWS[0] in "".join(r["text"] for r in rows)
    assert not list(_tool().folder_firings({"keep.letter_head"}, f"{tmp_path}:each"))
