"""The job state keeps its promises (issue 13, items 1 and 4): formats, collisions, damage, full disk, OUT lock."""

from __future__ import annotations

import errno
import json
import os
import random
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtpipe.cli import main
from mtpipe.lock import LockError, OutputLock
from mtpipe.plan import output_suffixes
from mtpipe.writers import WRITERS

pytestmark = pytest.mark.slow

TEXT = "мэр город парк Чанчунь.\n\nзавод зона Ван Цзылянь город.\n"


def _src(tmp_path: Path, names: dict[str, str] | None = None) -> Path:
    src = tmp_path / "in"
    for name, text in (names or {"a.txt": TEXT, "sub/b.txt": "парк " + TEXT}).items():
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        (src / name).write_text(text, encoding="utf-8")
    return src


def _translate(src: Path, out: Path, config: Path, repo_root: Path, *extra: str):
    return CliRunner().invoke(main, ["translate", str(src), "-o", str(out), "--config", str(config), "--glossary",
                                     str(repo_root / "glossaries"), *extra], catch_exceptions=False)


def _snapshot(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and ".mtpipe" not in p.relative_to(out).parts and p.name != "report.json"}


def _report(out: Path) -> dict:
    return json.loads((out / "report.json").read_text(encoding="utf-8"))


# -- formats ---------------------------------------------------------------------------------

FORMAT_CASES = [("jsonl", "jsonl,tmx,text,html"), ("", "jsonl,tmx,text"), ("text", "jsonl,text")]


@pytest.mark.parametrize("first,second", FORMAT_CASES)
def test_rerun_with_more_formats_writes_them_from_kept_documents(tmp_path, toy_models, repo_root, first, second):
    src = _src(tmp_path)
    out, ref = tmp_path / "out", tmp_path / "ref"
    assert _translate(src, out, toy_models, repo_root, "--format", first).exit_code == 0
    res = _translate(src, out, toy_models, repo_root, "--format", second, "--no-cache")
    assert res.exit_code == 0, res.output
    rep = _report(out)
    assert rep["counts"]["documents"]["ok"] == 0  # nothing translated again (no memory either)
    assert _translate(src, ref, toy_models, repo_root, "--format", second).exit_code == 0
    assert _snapshot(out) == _snapshot(ref)
    assert sorted(Path(p).name for p in rep["outputs"]) == sorted(Path(p).name for p in _report(ref)["outputs"])


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_planned_suffixes_are_what_the_writers_write(tmp_path, fmt):
    from mtpipe.document import Document, Segment, Translation

    doc = Document.from_text("Привет.", doc_id="d/x.txt")
    doc.segments = [Segment(0, 0, 7, "Привет.", "ru", translations={t: Translation(t, "Hi.") for t in ("en", "zh")})]
    written = WRITERS[fmt](doc, tmp_path, ("en", "zh"), {})
    assert sorted(p.name for p in written) == sorted("x" + s for s in output_suffixes(fmt, ("en", "zh")))


def test_narrower_targets_leave_no_stale_translation_beside_the_new_outputs(tmp_path, toy_models, repo_root):
    """Field trial b: `--to en,zh` then `--to en` re-translated every document (settings changed) but left
    each a.zh.txt of the first run in OUT, beside a JSONL without zh. A file the document wrote earlier
    in a format written now, and not written by this run, is removed when it is still as written; a
    file a user changed since is left alone."""
    src = _src(tmp_path)
    out = tmp_path / "out"
    assert _translate(src, out, toy_models, repo_root, "--to", "en,zh", "--format", "jsonl,text").exit_code == 0
    assert (out / "a.zh.txt").is_file() and (out / "sub" / "b.zh.txt").is_file()
    (out / "sub" / "b.zh.txt").write_text("edited by a reviewer\n", encoding="utf-8")
    res = _translate(src, out, toy_models, repo_root, "--to", "en", "--format", "jsonl,text")
    assert res.exit_code == 0, res.output
    assert (out / "a.en.txt").is_file() and not (out / "a.zh.txt").exists()
    assert (out / "sub" / "b.zh.txt").read_text(encoding="utf-8") == "edited by a reviewer\n"
    ref = tmp_path / "ref"
    assert _translate(src, ref, toy_models, repo_root, "--to", "en", "--format", "jsonl,text").exit_code == 0
    assert {k: v for k, v in _snapshot(out).items() if k != "sub/b.zh.txt"} == _snapshot(ref)


# -- collisions --------------------------------------------------------------------------------

COLLISIONS = [
    ({"a\nb.txt": "мэр город.", "a_b.txt": "парк зона."}, "jsonl", ["a\nb.txt", "a_b.txt"]),
    ({"a.txt": "мэр город.", "a.ledger.txt": "парк зона."}, "jsonl", ["a.txt", "a.ledger.txt"]),
    ({"p\\q.txt": "мэр город.", "p/q.txt": "парк зона."}, "jsonl", ["p\\q.txt", "p/q.txt"]),
    ({"entities.txt": "мэр город.", "ok.txt": "парк зона."}, "jsonl", ["entities.txt"]),
    ({"index.md": "мэр город.", "ok.txt": "парк зона."}, "html", ["index.md"]),
]


@pytest.mark.parametrize("names,fmt,refused", COLLISIONS, ids=["sanitised", "ledger", "backslash", "entities", "index"])
def test_output_collisions_are_reported_and_nothing_is_overwritten(tmp_path, toy_models, repo_root, names, fmt,
                                                                  refused):
    src = _src(tmp_path, names)
    out = tmp_path / "out"
    res = _translate(src, out, toy_models, repo_root, "--format", fmt)
    assert res.exit_code == 1, res.output
    rep = _report(out)
    failed = sorted(Path(p["file"]).relative_to(src).as_posix() for p in rep["problems"])
    assert failed == sorted(refused)
    assert all("would overwrite" in p["reason"] for p in rep["problems"])
    # a second run does not count them as done
    res = _translate(src, out, toy_models, repo_root, "--format", fmt)
    assert res.exit_code == 1 and _report(out)["counts"]["documents"]["failed"] == len(refused)


# -- damaged job files -------------------------------------------------------------------------

def _tear_state(out: Path) -> None:
    p = out / ".mtpipe" / "state.jsonl"
    p.write_bytes(p.read_bytes() + '{"v": 2, "doc": "Ван'.encode()[:-1])  # a write cut inside a UTF-8 character


DAMAGE = {
    "state_torn_utf8": _tear_state,
    "state_number_line": lambda out: (out / ".mtpipe" / "state.jsonl").write_bytes(
        b"123\n" + (out / ".mtpipe" / "state.jsonl").read_bytes()),
    "state_garbage": lambda out: (out / ".mtpipe" / "state.jsonl").write_bytes(
        random.Random(3).randbytes(300)),
    "tm_garbage": lambda out: (out / ".mtpipe" / "tm.sqlite").write_bytes(b"not a database" * 100),
    "tm_truncated": lambda out: (out / ".mtpipe" / "tm.sqlite").write_bytes(
        (out / ".mtpipe" / "tm.sqlite").read_bytes()[:1000]),
    "output_truncated": lambda out: (out / "a.jsonl").write_bytes((out / "a.jsonl").read_bytes()[:50]),
    "kept_garbage": lambda out: [p.write_bytes(b"xx") for p in (out / ".mtpipe" / "docs").rglob("*.json.gz")],
}


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_damaged_job_files_are_set_aside_and_rebuilt(tmp_path, toy_models, repo_root, kind):
    src = _src(tmp_path)
    out = tmp_path / "out"
    assert _translate(src, out, toy_models, repo_root).exit_code == 0
    good = _snapshot(out)
    DAMAGE[kind](out)
    if kind == "output_truncated":
        damaged = _snapshot(out)
    res = _translate(src, out, toy_models, repo_root)
    assert res.exit_code == 0, res.output
    assert "Traceback" not in res.output
    assert _snapshot(out) == good
    if kind != "kept_garbage" and kind != "state_torn_utf8":
        assert "moved aside" in res.output or "damaged" in res.output, res.output
    if kind == "output_truncated":
        aside = list((out / ".mtpipe" / "damaged").iterdir())
        assert [p.read_bytes() for p in aside] == [damaged["a.jsonl"]]
    # and the state is whole again: a third run has nothing to do
    res = _translate(src, out, toy_models, repo_root)
    assert res.exit_code == 0 and _report(out)["counts"]["documents"]["ok"] == 0


# -- full disk -----------------------------------------------------------------------------------

def test_full_disk_fails_the_documents_by_name_and_writes_the_report(tmp_path, toy_models, repo_root, monkeypatch):
    import mtpipe.writers.atomic as atomic

    src = _src(tmp_path)
    out = tmp_path / "out"
    orig = atomic.atomic_open

    def full(path, *a, **k):
        if Path(path).name.startswith("b.") and Path(path).parent.name == "sub":
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return orig(path, *a, **k)

    monkeypatch.setattr(atomic, "atomic_open", full)
    res = _translate(src, out, toy_models, repo_root)
    assert res.exit_code == 1, res.output
    assert "sub/b.txt" in res.output and "No space left" in res.output
    rep = _report(out)
    assert [Path(p["file"]).name for p in rep["problems"]] == ["b.txt"]
    monkeypatch.undo()
    res = _translate(src, out, toy_models, repo_root)  # space again: the failed document is done now
    assert res.exit_code == 0 and _report(out)["counts"]["documents"]["ok"] == 1


def test_report_that_cannot_be_written_is_one_clear_line(tmp_path, toy_models, repo_root, monkeypatch):
    from mtpipe.writers import report as report_mod

    def full(self, out_root):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(report_mod.RunReport, "write", full)
    res = _translate(_src(tmp_path), tmp_path / "out", toy_models, repo_root)
    assert res.exit_code == 1
    assert "report.json: cannot be written (No space left on device)" in res.output
    assert "Traceback" not in res.output


def test_full_disk_under_sqlite_in_the_run_level_outputs_is_an_error_line_not_a_crash(tmp_path, toy_models, repo_root,
                                                                                      monkeypatch):
    """Field trial b: on a full tmpfs the entity index's scratch SQLite file failed first, with
    sqlite3.OperationalError ('database or disk is full', not an OSError): the job stopped with exit 2,
    'Error: OperationalError: ...', no report.json and no document named.  Now one error line naming
    the run-level output, exit 1 (field trial b item 10: it was exit 0), every document written."""
    import sqlite3

    import mtpipe.entities as entities

    def full(*a, **k):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(entities, "write_index", full)
    out = tmp_path / "out"
    res = _translate(_src(tmp_path), out, toy_models, repo_root)
    assert res.exit_code == 1, res.output
    assert "entities.jsonl: run-level output not written: database or disk is full" in res.output
    assert "OperationalError" not in res.output
    rep = _report(out)
    assert rep["counts"]["documents"]["ok"] == 2
    assert [f["reason"] for f in rep["failed_outputs"]] == ["database or disk is full"]


def test_report_that_cannot_be_written_counts_the_failed_documents_it_does_not_name(tmp_path, toy_models, repo_root,
                                                                                    monkeypatch):
    """Field trial b: on a full disk the line said '14 documents failed:' and named 10, nothing about the
    other 4."""
    import mtpipe.writers.atomic as atomic
    from mtpipe.writers import report as report_mod

    src = _src(tmp_path, {f"d{i:02d}.txt": f"мэр город парк {i}.\n" for i in range(12)})
    orig = atomic.atomic_open

    def full(path, *a, **k):
        if Path(path).name.startswith("d"):
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return orig(path, *a, **k)

    def no_report(self, out_root):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "atomic_open", full)
    monkeypatch.setattr(report_mod.RunReport, "write", no_report)
    res = _translate(src, tmp_path / "out", toy_models, repo_root)
    assert res.exit_code == 1, res.output
    line = [l for l in res.output.splitlines() if "documents failed" in l]
    assert len(line) == 1 and "12 documents failed" in line[0] and "and 2 more" in line[0], res.output


# -- OUT is ours alone ---------------------------------------------------------------------------

def test_second_job_on_the_same_output_fails_fast_naming_the_first(tmp_path, toy_models, repo_root):
    src = _src(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    with OutputLock(out):
        t = time.monotonic()
        res = _translate(src, out, toy_models, repo_root)
        assert res.exit_code == 2 and time.monotonic() - t < 30
        assert f"another mtpipe job (PID {os.getpid()})" in res.output and "--wait" in res.output
        with pytest.raises(LockError):
            OutputLock(out).acquire()
    assert _translate(src, out, toy_models, repo_root).exit_code == 0


def test_wait_waits_for_the_other_job(tmp_path, toy_models, repo_root):
    src = _src(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    lock = OutputLock(out).acquire()
    threading.Timer(1.5, lock.release).start()
    t = time.monotonic()
    res = _translate(src, out, toy_models, repo_root, "--wait")
    assert res.exit_code == 0, res.output
    assert time.monotonic() - t >= 1.4
    assert "waiting for the mtpipe job with PID" in res.output


def _killed_writes(out: Path, *rels: str) -> list[Path]:
    """What a run killed inside atomic writes leaves: recorded temporary files, half written."""
    import mtpipe.writers.atomic as atomic

    atomic.sweep_temp_files(out)  # as a job does: start recording under OUT
    left = []
    for rel in rels:
        (out / rel).mkdir(parents=True, exist_ok=True)
        fd, tmp = atomic._create_temp(out / rel)
        os.write(fd, b"half a file")
        os.close(fd)
        left.append(Path(tmp))
    atomic.stop_recording(out)
    return left


def test_only_mtpipe_temp_files_are_swept(tmp_path, toy_models, repo_root):
    src = _src(tmp_path)
    out = tmp_path / "out"
    (out / "sub").mkdir(parents=True)
    # a user's files, including ones named exactly like ours but never recorded by a job
    mine = [out / ".tmp-notes", out / "sub" / ".tmp-x", out / ".mtpipe-tmp-notes-of-mine",
            out / "sub" / ".mtpipe-tmp-abcd1234", out / ".mtpipe-tmp-zzzz9999"]
    for p in mine:
        p.write_text("user data", encoding="utf-8")
    left = _killed_writes(out, "sub", ".", ".mtpipe/docs/ab")
    assert all(p.is_file() and p.name.startswith(".mtpipe-tmp-") for p in left)
    assert _translate(src, out, toy_models, repo_root).exit_code == 0
    assert all(p.read_text(encoding="utf-8") == "user data" for p in mine)
    assert not any(p.exists() for p in left)
    # the run's own temporary files were recorded, and renamed: nothing of ours is left
    assert not [p for p in out.rglob(".mtpipe-tmp-*") if p not in mine]


def test_sweep_follows_no_symlink_and_no_forged_record(tmp_path):
    import json as _json

    import mtpipe.writers.atomic as atomic

    out = tmp_path / "out"
    outside = tmp_path / "outside"
    outside.mkdir()
    victim = outside / ".mtpipe-tmp-abcd1234"
    victim.write_text("not ours", encoding="utf-8")
    out.mkdir()
    (out / "link").symlink_to(outside, target_is_directory=True)
    (out / ".mtpipe").mkdir()
    lines = [["+", "link/.mtpipe-tmp-abcd1234"], ["+", "../outside/.mtpipe-tmp-abcd1234"],
             ["+", str(victim)], ["+", "notes.txt"]]
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    (out / ".mtpipe" / atomic.TEMP_JOURNAL).write_text(
        "".join(_json.dumps(x) + "\n" for x in lines) + '["+", "torn', encoding="utf-8")
    assert atomic.sweep_temp_files(out) == []
    atomic.stop_recording(out)
    assert victim.read_text(encoding="utf-8") == "not ours" and (out / "notes.txt").exists()
    assert (out / ".mtpipe" / atomic.TEMP_JOURNAL).read_bytes() == b""  # started afresh


def test_temp_files_are_recorded_before_they_exist(tmp_path, monkeypatch):
    import mtpipe.writers.atomic as atomic

    out = tmp_path / "out"
    out.mkdir()
    atomic.sweep_temp_files(out)
    seen = []
    real_open = os.open

    def spy(path, flags, *a):
        if os.path.basename(str(path)).startswith(atomic.TEMP_PREFIX):
            journal = (out / ".mtpipe" / atomic.TEMP_JOURNAL).read_text(encoding="utf-8")
            seen.append(os.path.basename(str(path)) in journal)
        return real_open(path, flags, *a)

    monkeypatch.setattr(atomic.os, "open", spy)
    atomic.atomic_write_text(out / "a" / "b.txt", "x")
    monkeypatch.undo()
    atomic.stop_recording(out)
    atomic.atomic_write_text(out / "c.txt", "y")  # no job holds OUT: not recorded
    assert seen == [True]
    assert "c.txt" not in (out / ".mtpipe" / atomic.TEMP_JOURNAL).read_text(encoding="utf-8")
    assert (out / "a" / "b.txt").read_text() == "x"


def test_damaged_files_set_aside_in_one_second_keep_unique_names(tmp_path):
    from mtpipe.state import move_aside

    out = tmp_path / "out"
    out.mkdir()
    warned = []
    for i in range(3):
        (out / "a.jsonl").write_text(f"damage {i}", encoding="utf-8")
        move_aside(out / "a.jsonl", out, "damaged output", warned.append)
    aside = sorted((out / ".mtpipe" / "damaged").iterdir())
    assert len(aside) == 3 and len(warned) == 3
    assert sorted(p.read_text(encoding="utf-8") for p in aside) == ["damage 0", "damage 1", "damage 2"]


def test_random_bytes_are_never_read_as_state(tmp_path):
    """Garbage of any shape (with or without newlines) is damage: warned and moved aside, never
    taken for records nor for a torn last line (what made ``state_garbage`` flaky with os.urandom:
    300 random bytes hold no newline about one time in three, and read as one torn line)."""
    from mtpipe.state import JobState

    for seed in range(300):
        rng = random.Random(seed)
        data = rng.randbytes(rng.choice([1, 5, 40, 300]))
        if seed % 3 == 0:
            data = data.replace(b"\n", b"")  # one "torn" line
        if not data.strip():
            data = b"\x00"
        out = tmp_path / str(seed)
        (out / ".mtpipe").mkdir(parents=True)
        (out / ".mtpipe" / "state.jsonl").write_bytes(data)
        warned: list[str] = []
        st = JobState.open(out, warned.append)
        assert st.records == {}
        assert len(warned) == 1 and "damaged job state" in warned[0], (seed, data, warned)


@pytest.mark.parametrize("name", ["state.jsonl", "tm.sqlite", "lock", "glossary.json"])
def test_symlinks_planted_in_the_private_folder_are_not_followed(tmp_path, toy_models, repo_root, name):
    src = _src(tmp_path)
    out = tmp_path / "out"
    (out / ".mtpipe").mkdir(parents=True)
    outside = tmp_path / "outside"
    outside.write_text("precious", encoding="utf-8")
    (out / ".mtpipe" / name).symlink_to(outside)
    res = _translate(src, out, toy_models, repo_root)
    assert res.exit_code == 0, res.output
    assert outside.read_text(encoding="utf-8") == "precious"
    assert not (out / ".mtpipe" / name).is_symlink()


def test_private_folder_itself_a_symlink_is_not_followed(tmp_path, toy_models, repo_root):
    src = _src(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (out / ".mtpipe").symlink_to(elsewhere, target_is_directory=True)
    res = _translate(src, out, toy_models, repo_root)
    assert res.exit_code == 0, res.output
    assert list(elsewhere.iterdir()) == []
    assert "symlink" in res.output


def test_resumed_run_lists_every_output(tmp_path, toy_models, repo_root):
    src = _src(tmp_path)
    out = tmp_path / "out"
    assert _translate(src, out, toy_models, repo_root).exit_code == 0
    first = sorted(_report(out)["outputs"])
    terms = _report(out)["term_strategies"]
    assert _translate(src, out, toy_models, repo_root).exit_code == 0
    assert sorted(_report(out)["outputs"]) == first and len(first) == 2 * 5
    assert _report(out)["term_strategies"] == terms and terms


def test_an_output_never_overwrites_an_input(tmp_path, toy_models, repo_root):
    src = _src(tmp_path, {"page.html": "<html><body><p>мэр город парк.</p></body></html>", "a.txt": TEXT})
    before = (src / "page.html").read_bytes()
    res = _translate(src, src, toy_models, repo_root, "--format", "html")
    assert res.exit_code in (1, 2), res.output  # refused outright (IN = OUT) or as a collision
    assert (src / "page.html").read_bytes() == before


def test_no_resume_still_records_so_the_next_run_resumes(tmp_path, toy_models, repo_root):
    src = _src(tmp_path)
    out = tmp_path / "out"
    assert _translate(src, out, toy_models, repo_root, "--no-resume").exit_code == 0
    assert _translate(src, out, toy_models, repo_root).exit_code == 0
    assert _report(out)["counts"]["documents"]["resumed"] == 2


def test_lock_held_by_another_process_is_named(tmp_path, toy_models, repo_root):
    import subprocess
    import sys

    src = _src(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time; from pathlib import Path; "
                               "from mtpipe.lock import OutputLock; OutputLock(Path(sys.argv[1])).acquire(); "
                               "print('held', flush=True); time.sleep(60)", str(out)],
                              stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(repo_root)})
    try:
        assert holder.stdout.readline().strip() == "held"
        res = _translate(src, out, toy_models, repo_root)
        assert res.exit_code == 2 and f"(PID {holder.pid})" in res.output, res.output
    finally:
        holder.kill()
        holder.wait()
    assert _translate(src, out, toy_models, repo_root).exit_code == 0  # the kernel dropped the dead holder's lock
