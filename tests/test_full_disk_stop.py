"""A job whose output folder fills up stops at the first window it cannot write (field trial 5).

On a 2 MB tmpfs the trial's 288-document job went on translating after the folder was full: 271
documents translated for nothing, each failing to write, no line said so while it ran (the progress
stopped at 1/288), and the list came at the end.  A window none of whose documents could be written
for lack of space now stops the job (exit 1, one line saying why); the documents finished are kept
and the same command goes on once there is room.
"""

import errno
import json
from pathlib import Path

from click.testing import CliRunner

from mtpipe.cli import main

TEXT = "Мэр города открыл новый парк в центре.\n"


def _translate(src, out, config, repo_root, *extra):
    return CliRunner().invoke(main, ["translate", str(src), "-o", str(out), "--config", str(config), "--glossary",
                                     str(repo_root / "glossaries"), "--window", "2", *extra], catch_exceptions=False)


def test_full_folder_stops_the_job_and_the_rerun_goes_on(tmp_path, toy_models, repo_root, monkeypatch):
    import mtpipe.writers.atomic as atomic

    src = tmp_path / "in"
    src.mkdir()
    for i in range(12):
        (src / f"d{i:02d}.txt").write_text(f"{i} " + TEXT, encoding="utf-8")
    out = tmp_path / "out"
    orig = atomic.atomic_open
    tried: set[str] = set()

    def full(path, *a, **k):
        name = Path(path).name
        if name.startswith("d") and name[:3] >= "d04":
            tried.add(name[:3])
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return orig(path, *a, **k)

    monkeypatch.setattr(atomic, "atomic_open", full)
    res = _translate(src, out, toy_models, repo_root)
    assert res.exit_code == 1, res.output
    assert "No space left on device: no document of a window could be written" in res.output
    assert "d11" not in tried and len(tried) < 8, sorted(tried)  # not all the rest translated for nothing
    rep = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert rep["counts"]["documents"]["ok"] == 4
    monkeypatch.undo()
    res = _translate(src, out, toy_models, repo_root)  # room again: the rest is done, the first four kept
    assert res.exit_code == 0, res.output
    counts = json.loads((out / "report.json").read_text(encoding="utf-8"))["counts"]["documents"]
    assert counts["ok"] == 8 and counts["resumed"] == 4


def test_one_document_that_cannot_be_written_does_not_stop_the_job(tmp_path, toy_models, repo_root, monkeypatch):
    import mtpipe.writers.atomic as atomic

    src = tmp_path / "in"
    src.mkdir()
    for i in range(6):
        (src / f"d{i:02d}.txt").write_text(f"{i} " + TEXT, encoding="utf-8")
    orig = atomic.atomic_open

    def full(path, *a, **k):
        if Path(path).name.startswith("d02."):
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return orig(path, *a, **k)

    monkeypatch.setattr(atomic, "atomic_open", full)
    out = tmp_path / "out"
    res = _translate(src, out, toy_models, repo_root)
    assert res.exit_code == 1 and "d02.txt" in res.output
    assert "no document of a window" not in res.output
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["counts"]["documents"]["ok"] == 5


def test_resume_on_a_full_folder_is_one_line_naming_the_job_state(tmp_path, toy_models, repo_root, monkeypatch):
    """On the still-full tmpfs the next run printed 'Error: OSError: [Errno 28] No space left on device (run
    with --debug for the traceback)': the job state, compacted as it is opened, could not be written."""
    from mtpipe.state import JobState

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(TEXT, encoding="utf-8")
    (src / "b.txt").write_text("1 " + TEXT, encoding="utf-8")
    out = tmp_path / "out"
    assert _translate(src, out, toy_models, repo_root).exit_code == 0
    (src / "c.txt").write_text("2 " + TEXT, encoding="utf-8")
    with open(out / ".mtpipe" / "state.jsonl", "a", encoding="utf-8") as f:
        f.write('{"doc": "c.t')  # a run killed mid-append: the state is rewritten whole as it is opened

    def full(self):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(JobState, "compact", full)
    res = _translate(src, out, toy_models, repo_root)
    assert res.exit_code == 2, res.output
    line = [x for x in res.output.splitlines() if x.startswith("Error:")]
    assert len(line) == 1 and "state.jsonl" in line[0] and "No space left on device" in line[0], res.output
    assert "OSError" not in res.output and "--debug" not in res.output
