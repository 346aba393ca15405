"""Files of types mtpipe does not read are named, not silently passed over (field trial b: a folder of
pages kept as .json/.jsonl beside .txt ones was half translated with no word about the rest)."""

from __future__ import annotations

from mtpipe.inputs import scan_inputs


def test_files_of_other_types_are_counted_in_one_warning(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "B.HTM").write_text("x", encoding="utf-8")
    for name in ("pages.json", "sub/pages.jsonl", "sub/more.jsonl", "README"):
        (tmp_path / name).write_text("{}", encoding="utf-8")
    scan = scan_inputs(tmp_path)
    assert sorted(p.name for p in scan.files) == ["B.HTM", "a.txt"]
    other = [w for w in scan.warnings if "does not read" in w]
    assert len(other) == 1
    assert "skipped 4 files" in other[0] and ".jsonl 2" in other[0] and ".json 1" in other[0]
    assert "(no suffix) 1" in other[0]


def test_only_documents_no_warning(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.md").write_text("x", encoding="utf-8")
    assert scan_inputs(tmp_path).warnings == []
