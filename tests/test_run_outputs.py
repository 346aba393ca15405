"""Run-level outputs (entity index, review index, combined TMX) after a run (field trial b, items 6 and 10):
built from this run's input set, their failures named and counted in the exit code, and a resumed run's
progress lines agreeing with its summary."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtpipe.cli import main

pytestmark = pytest.mark.slow

TEXT = "мэр город парк Чанчунь.\n\nзавод зона Ван Цзылянь город.\n"
RUN_LEVEL = ("entities.jsonl", "index.html", "translations.tmx")


def _src(root: Path, names: dict[str, str]) -> Path:
    for name, text in names.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def _translate(src: Path, out: Path, config: Path, repo_root: Path, *extra: str):
    return CliRunner().invoke(main, ["translate", str(src), "-o", str(out), "--config", str(config), "--glossary",
                                     str(repo_root / "glossaries"), "--format", "jsonl,tmx,text,html",
                                     "--tmx-combined", *extra], catch_exceptions=False)


def _report(out: Path) -> dict:
    return json.loads((out / "report.json").read_text(encoding="utf-8"))


def _files(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and ".mtpipe" not in p.relative_to(out).parts and p.name != "report.json"}


def test_outputs_of_a_removed_input_are_left_out_of_the_run_level_outputs_and_named(tmp_path, toy_models, repo_root):
    names = {"a.txt": TEXT, "sub/b.txt": "парк Ван Цзылянь " + TEXT}
    names.update({f"c{i}.txt": f"город {i} " + TEXT for i in range(6)})
    src, out = _src(tmp_path / "in", names), tmp_path / "out"
    assert _translate(src, out, toy_models, repo_root).exit_code == 0
    removed = ["sub/b.txt"] + [f"c{i}.txt" for i in range(6)]
    for name in removed:
        (src / name).unlink()
    res = _translate(src, out, toy_models, repo_root)
    assert res.exit_code == 0, res.output
    # the orphans stay (mtpipe deletes nothing it was not asked about) ...
    assert (out / "sub" / "b.jsonl").exists() and (out / "c0.jsonl").exists()
    # ... but the run-level outputs are those of a run on the remaining input alone, byte for byte
    ref = tmp_path / "ref"
    assert _translate(_src(tmp_path / "in2", {"a.txt": TEXT}), ref, toy_models, repo_root).exit_code == 0
    got, want = _files(out), _files(ref)
    for name in RUN_LEVEL + ("a.jsonl", "a.tmx", "a.en.txt", "a.zh.txt", "a.html", "a.ledger.jsonl"):
        assert got[name] == want[name], name
    assert "sub/b.txt" not in got["entities.jsonl"].decode() and "c0.txt" not in got["index.html"].decode()
    # one warning names them (count and the first few), so the user can delete them
    lines = [x for x in res.output.splitlines() if "no longer in the input folder" in x]
    assert len(lines) == 1, res.output
    assert "7 documents' outputs" in lines[0] and "c0.jsonl" in lines[0] and "and 2 more" in lines[0]
    assert any("no longer in the input folder" in w for w in _report(out)["warnings"])


@pytest.mark.parametrize("failing", ["entities", "review", "tmx"])
def test_a_run_level_output_that_cannot_be_written_is_exit_1_and_named(tmp_path, toy_models, repo_root, monkeypatch,
                                                                       failing):
    import sqlite3

    import mtpipe.entities as entities
    import mtpipe.writers.html as html
    import mtpipe.writers.tmx as tmx

    def full(*a, **k):
        if failing == "entities":
            raise sqlite3.OperationalError("database or disk is full")
        raise OSError(errno.ENOSPC, "No space left on device")

    target, attr, name = {"entities": (entities, "write_index", "entities.jsonl"),
                          "review": (html, "build_review", "index.html"),
                          "tmx": (tmx, "write_combined_tmx", "translations.tmx")}[failing]
    monkeypatch.setattr(target, attr, full)
    src, out = _src(tmp_path / "in", {"a.txt": TEXT, "sub/b.txt": "парк " + TEXT}), tmp_path / "out"
    res = _translate(src, out, toy_models, repo_root)
    assert res.exit_code == 1, res.output
    line = [x for x in res.output.splitlines() if x.startswith("error:")]
    assert len(line) == 1 and name in line[0] and "run-level output not written" in line[0], res.output
    assert ("database or disk is full" if failing == "entities" else "No space left") in line[0]
    rep = _report(out)
    assert rep["exit_code"] == 1 and [Path(f["file"]).name for f in rep["failed_outputs"]] == [name]
    assert rep["counts"]["documents"] == {"ok": 2, "failed": 0, "skipped": 0, "resumed": 0, "empty": 0}
    # every document's outputs, and the other run-level outputs, are written
    files = _files(out)
    for doc in ("a", "sub/b"):
        assert all(f"{doc}{s}" in files for s in (".jsonl", ".tmx", ".en.txt", ".zh.txt", ".html"))
    assert [n for n in RUN_LEVEL if n not in files] == [name]


def test_resumed_progress_lines_agree_with_the_summary(tmp_path, toy_models, repo_root):
    src, out = _src(tmp_path / "in", {"a.txt": TEXT, "sub/b.txt": "парк " + TEXT}), tmp_path / "out"
    assert _translate(src, out, toy_models, repo_root).exit_code == 0
    res = _translate(src, out, toy_models, repo_root)
    assert res.exit_code == 0, res.output
    segments = _report(out)["counts"]["segments"]
    assert segments > 0
    last = [x for x in res.output.splitlines() if x.startswith("progress:")][-1]
    summary = [x for x in res.output.splitlines() if "already done" in x][-1]
    assert f"; {segments} segments;" in summary and "0 documents translated, 2 already done" in summary
    # the progress line's figure is the segments this run translated, and says so: never a bare "0 segments"
    # beside a summary that counts the resumed documents' segments
    assert "2/2 documents, 0 new segments," in last, (last, summary)
