"""The progress ETA on a folder of very different sizes, and on a resumed run (field trial 5).

On the trial's folder (a 1.5 MB file finished first among 1,476 documents) the ETA said 28:53:33 for a
run that took 98 s: it counted documents, each worth the time of the first.  On a resumed run the
documents an earlier run finished (counted at once, with no work) made the rate look fast.  The ETA
now weighs the documents still to do by their bytes, at the bytes/s of those this run worked on.
"""

import json
import time
import types

import pytest


class _FakeJob:
    """Reports documents as a run would: (doc id, segments, source tokens) at given clock times."""

    def __init__(self, events, clock):
        self.options = types.SimpleNamespace(follow_symlinks=False, exclude=())
        self.events = events
        self.clock = clock

    def run(self, input_dir, output_dir, progress=None):
        for at, doc, n, tokens in self.events:
            self.clock[0] = at
            progress(doc, n, tokens)
        return None


def _etas(tmp_path, monkeypatch, sizes, events, capsys):
    from mtpipe.cli.translate import _run_with_progress

    src = tmp_path / "in"
    for name, size in sizes.items():
        p = src / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(b"a" * size)
    clock = [0.0]
    monkeypatch.setattr(time, "monotonic", lambda: clock[0])
    _run_with_progress(_FakeJob(events, clock), src, tmp_path / "out", log_json=True)
    lines = [json.loads(x) for x in capsys.readouterr().err.splitlines() if x.startswith("{")]
    return [e["eta_s"] for e in lines]


def test_eta_weighs_documents_by_size(tmp_path, monkeypatch, capsys):
    sizes = {"big/bulk.txt": 100_000, **{f"tiny/{i}/t.txt": 100 for i in range(9)}}
    events = [(100.0, "big/bulk.txt", 500, 20_000)]
    events += [(100.0 + 0.1 * (i + 1), f"tiny/{i}/t.txt", 1, 20) for i in range(9)]
    etas = _etas(tmp_path, monkeypatch, sizes, events, capsys)
    # 900 bytes left after 100,000 took 100 s: about a second, not 9 x 100 s
    assert etas[0] == pytest.approx(0.9, abs=0.1)
    assert etas[-1] == 0


def test_eta_of_a_resumed_run_counts_only_the_work_of_this_run(tmp_path, monkeypatch, capsys):
    sizes = {f"d{i}.txt": 1000 for i in range(10)}
    events = [(0.001 * (i + 1), f"d{i}.txt", 0, 0) for i in range(8)]  # finished before: no work
    events.append((10.0, "d8.txt", 20, 400))
    etas = _etas(tmp_path, monkeypatch, sizes, events, capsys)
    assert etas[0] is None  # nothing worked on yet: no rate to tell
    # one 1,000-byte document left, the last one took 10 s
    assert etas[-1] == pytest.approx(10.0, rel=0.05)


def test_many_documents_with_the_same_warning_are_counted_not_listed(tmp_path):
    """The trial's 400 one-line files printed 84 lines of 'nothing left to translate after cleaning
    (all boilerplate)', one per file, above the summary; the other warnings were lost among them."""
    from mtpipe.cli.progress_lines import SAME_WARNING_SHOWN, grouped_warnings as _grouped_warnings

    same = "nothing left to translate after cleaning (all boilerplate)"
    warnings = [f"tiny/{i}/t.txt: {same}" for i in range(84)]
    warnings.insert(40, "big/bulk-1.txt: looks like a broken encoding")
    warnings.append("no glossary loaded")
    lines = _grouped_warnings(warnings, tmp_path / "report.json")
    assert lines[:SAME_WARNING_SHOWN] == warnings[:SAME_WARNING_SHOWN]
    assert "big/bulk-1.txt: looks like a broken encoding" in lines
    assert "no glossary loaded" in lines
    assert lines[-1] == f"{84 - SAME_WARNING_SHOWN} more documents: {same} (each named in {tmp_path / 'report.json'})"
    assert len(lines) == SAME_WARNING_SHOWN + 3
    few = [f"a{i}.txt: {same}" for i in range(SAME_WARNING_SHOWN)]
    assert _grouped_warnings(few, tmp_path / "report.json") == few  # a few are each named


def test_no_eta_from_a_first_document_too_small_to_tell(tmp_path, monkeypatch, capsys):
    """The first small document carries the start-up (models loaded, the first window filled): 2 KB of
    520 KB finished after 5 s said ETA 0:25:21 for a 35 s run."""
    sizes = {"a.txt": 2_000, **{f"b/{i}.txt": 10_000 for i in range(52)}}
    events = [(5.0, "a.txt", 18, 400)] + [(5.0 + 0.5 * (i + 1), f"b/{i}.txt", 50, 2_000) for i in range(52)]
    etas = _etas(tmp_path, monkeypatch, sizes, events, capsys)
    assert etas[0] is None
    assert etas[1] is not None and 0 < etas[-2] < 2  # told from the second on (2% done), 0.5 s left at the end


def test_ray_actors_throughput_is_shown_while_the_job_runs(tmp_path, monkeypatch, capsys):
    """Issue 16 asks that progress show per-actor throughput; the trial saw it only in the closing lines."""
    from mtpipe.cli.translate import _run_with_progress

    src = tmp_path / "in"
    src.mkdir()
    for i in range(3):
        (src / f"d{i}.txt").write_bytes(b"a" * 1000)
    stats = [{"actor": 0, "node": "abc", "calls": 0, "rows": 0, "busy_s": 0.0},
             {"actor": 1, "node": "def", "calls": 0, "rows": 0, "busy_s": 0.0}]
    clock = [0.0]

    class Pool:
        def actor_stats(self):
            return [dict(a) for a in stats]

    class Job(_FakeJob):
        def run(self, input_dir, output_dir, progress=None):
            for i in range(3):
                stats[i % 2].update(calls=stats[i % 2]["calls"] + 1, rows=stats[i % 2]["rows"] + 10,
                                    busy_s=stats[i % 2]["busy_s"] + 2.0)
                self.clock[0] = 10.0 * (i + 1)
                progress(f"d{i}.txt", 10, 100)

    job = Job([], clock)
    job.pool = Pool()
    monkeypatch.setattr(time, "monotonic", lambda: clock[0])
    _run_with_progress(job, src, tmp_path / "out", log_json=True)
    events = [json.loads(x) for x in capsys.readouterr().err.splitlines() if x.startswith("{")]
    assert [[a["calls"] for a in e["actors"]] for e in events] == [[1, 0], [1, 1], [2, 1]]
    import sys

    monkeypatch.setattr(sys.stderr, "isatty", lambda: False, raising=False)
    for a in stats:
        a.update(calls=0, rows=0, busy_s=0.0)
    _run_with_progress(job, src, tmp_path / "out2")
    lines = [x for x in capsys.readouterr().err.splitlines() if x.startswith("progress: actors")]
    assert lines and lines[-1] == ("progress: actors #0 2 windows, 20 segments, 5.0 segments/s busy; "
                                   "#1 1 windows, 10 segments, 5.0 segments/s busy")
