"""The manifest of the rebuilt held-out suggest corpus and its checker (tools/rebuild_suggest_corpus.py)."""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _tool():
    spec = importlib.util.spec_from_file_location("rebuild_suggest_corpus", REPO / "tools" / "rebuild_suggest_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_manifest_lists_every_heldout_page_once():
    rows = _tool().manifest()
    assert {r["lang"] for r in rows} == {"ru", "vi"} and {r["split"] for r in rows} == {"heldout"}
    assert len({(r["lang"], r["file"]) for r in rows}) == len(rows)
    by_lang = {lg: [r for r in rows if r["lang"] == lg] for lg in ("ru", "vi")}
    assert len(by_lang["vi"]) == 11 and len(by_lang["ru"]) == 11  # the held-out pages of data/SOURCES.md
    for r in rows:
        assert r["found"] in ("yes", "no")
        if r["found"] == "yes":
            assert len(r["sha256_16"]) == 16 and int(r["chars"]) > 0 and r["url"].startswith("http")


def test_check_tells_ok_differing_and_missing_files(tmp_path: Path):
    tool = _tool()
    text = "Sáng 19/3, Quốc hội Trung Quốc bầu ông Trần Văn Thanh làm Bộ trưởng.\n"
    h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    rows = [
        {"split": "heldout", "lang": "vi", "file": "a.txt", "sha256_16": h, "found": "yes"},
        {"split": "heldout", "lang": "vi", "file": "b.txt", "sha256_16": h, "found": "yes"},
        {"split": "heldout", "lang": "ru", "file": "c.txt", "sha256_16": h, "found": "yes"},
        {"split": "heldout", "lang": "ru", "file": "d.txt", "sha256_16": "-", "found": "no"},
    ]
    d = tmp_path / "heldout" / "vi"
    d.mkdir(parents=True)
    (d / "a.txt").write_text(text, encoding="utf-8")
    (d / "b.txt").write_text(text + "more\n", encoding="utf-8")
    res = tool.check(tmp_path, rows)
    assert res == {"ok": ["heldout/vi/a.txt"], "differs": ["heldout/vi/b.txt"], "missing": ["heldout/ru/c.txt"],
                   "not_found": ["heldout/ru/d.txt"]}
