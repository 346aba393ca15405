"""Where the back stages run: with ``--workers N`` every back stage of a window (translate's grouping,
term protection, restore and verify per strategy; verify; flag; write) runs in a worker process and
only the model and the memory stay in the job process; on Ray, on the window actors.  Outputs, model
calls, resume and the OUT lock are those of one process."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mtpipe.pipeline import Job, TranslateOptions

pytestmark = pytest.mark.slow

try:
    import ray
except ImportError:
    ray = None


def _outputs(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != "report.json" and ".mtpipe" not in p.relative_to(folder).parts}


def _report(folder: Path) -> dict:
    return json.loads((folder / "report.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, seeds_dir, repo_root):
    root = tmp_path_factory.mktemp("back-workers")
    seeds = sorted(seeds_dir.glob("*.txt"))
    for i in range(10):  # each seed twice: the second copy's segments are in the memory by then
        sub = root / "in" / f"part{i % 2}"
        sub.mkdir(parents=True, exist_ok=True)
        text = seeds[i % len(seeds)].read_text(encoding="utf-8")
        (sub / f"doc{i:02d}.txt").write_text(f"Документ номер {i}.\n\n" + text, encoding="utf-8")
    (root / "in" / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    shutil.copytree(repo_root / "glossaries", root / "glossaries")
    return root


def _options(corpus: Path, tiny_models: Path, **kw) -> TranslateOptions:
    kw.setdefault("window", 2)
    return TranslateOptions(config_path=str(tiny_models), glossary_paths=(str(corpus / "glossaries"),),
                            formats=("jsonl", "tmx", "text", "html"), **kw)


class _Watch:
    """In this (the job's) process: the model calls, in order, and every call of the back stages' work."""

    def __init__(self, monkeypatch, job):
        import mtpipe.glossary.strategies as strategies
        import mtpipe.stages.flag as flag
        import mtpipe.stages.translate as translate
        from mtpipe.stages.write import DocWriter

        self.model: list[tuple] = []
        self.here: list[str] = []
        real = job.pool.translate

        def model(texts, src, tgt):
            self.model.append((tuple(texts), src, tgt))
            return real(texts, src, tgt)

        monkeypatch.setattr(job.pool, "translate", model)
        for mod, name, label in ((strategies, "restore", "restore"), (strategies, "verify_terms", "verify_terms"),
                                 (strategies, "protect_text", "protect_text"),
                                 (translate.Translate, "translate_batch", "translate"), (flag.Flag, "__call__", "flag"),
                                 (DocWriter, "__call__", "write")):
            monkeypatch.setattr(mod, name, self._spy(label, getattr(mod, name)))

    def _spy(self, name, fn):
        def spy(*a, **kw):
            self.here.append(name)
            return fn(*a, **kw)

        return spy


@pytest.fixture(scope="module")
def serial(corpus, tiny_models):
    out = corpus / "serial"
    # the term probe's results are cached with the models after a first run: every run below finds them
    Job.prepare(_options(corpus, tiny_models)).run(corpus / "in", corpus / "first")
    mp = pytest.MonkeyPatch()
    try:
        job = Job.prepare(_options(corpus, tiny_models))
        watch = _Watch(mp, job)
        job.run(corpus / "in", out)
    finally:
        mp.undo()
    return out, watch


def test_with_workers_only_the_model_runs_in_the_job_process(corpus, tiny_models, serial, monkeypatch):
    ref, ref_watch = serial
    # one process: the spies see the work (so they would see it below, were it done here)
    assert set(ref_watch.here) == {"restore", "verify_terms", "protect_text", "translate", "flag", "write"}
    out = corpus / "workers"
    job = Job.prepare(_options(corpus, tiny_models, workers=2))
    watch = _Watch(monkeypatch, job)
    job.run(corpus / "in", out)
    assert watch.here == []  # restore, verify, translate's grouping, flag, write: all in the workers
    assert watch.model == ref_watch.model and watch.model  # the same model calls (memory on), in the same order
    assert _outputs(out) == _outputs(ref)
    got, want = _report(out), _report(ref)
    for key in ("counts", "problems", "warnings", "documents", "term_strategies"):
        assert got[key] == want[key], key
    assert got["term_strategies"]  # the probe ran in a worker; its result reached the job's report
    assert (out / ".mtpipe" / "state.jsonl").read_text(encoding="utf-8").count("\n") == \
           (ref / ".mtpipe" / "state.jsonl").read_text(encoding="utf-8").count("\n")


def test_a_model_error_fails_the_window_as_in_one_process(corpus, tiny_models, monkeypatch):
    reports = []
    for workers in (1, 2):
        job = Job.prepare(_options(corpus, tiny_models, workers=workers, use_tm=False))
        real = job.pool.translate
        calls = [0]

        def broken(texts, src, tgt, real=real, calls=calls):
            calls[0] += 1
            if calls[0] == 3:
                raise RuntimeError("the model broke")
            return real(texts, src, tgt)

        monkeypatch.setattr(job.pool, "translate", broken)
        out = corpus / f"broken-{workers}"
        job.run(corpus / "in", out)
        reports.append(_report(out))
    assert reports[0]["problems"] == reports[1]["problems"]
    assert any("the model broke" in p["reason"] for p in reports[1]["problems"])
    assert reports[0]["counts"] == reports[1]["counts"]


def _cmd(corpus: Path, out: Path, tiny_models: Path, workers: str) -> list[str]:
    return [sys.executable, "-m", "mtpipe.cli", "translate", str(corpus / "in"), "-o", str(out), "--config", str(tiny_models),
            "--glossary", str(corpus / "glossaries"), "--format", "jsonl,tmx,text,html", "--window", "2",
            "--workers", workers]


def _done_lines(out: Path) -> int:
    state = out / ".mtpipe" / "state.jsonl"
    return len(state.read_text(encoding="utf-8").splitlines()) if state.exists() else 0


@pytest.mark.parametrize("then", ["2", "1"])
def test_a_job_killed_with_workers_resumes(corpus, tiny_models, serial, then):
    ref = serial[0]
    out = corpus / f"killed-{then}"
    proc = subprocess.Popen(_cmd(corpus, out, tiny_models, "2"), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 180
    while _done_lines(out) < 3 and proc.poll() is None and time.time() < deadline:
        time.sleep(0.01)
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done_before = _done_lines(out)
    print("killed:", proc.returncode == -signal.SIGKILL, "finished before the kill:", done_before)
    res = subprocess.run(_cmd(corpus, out, tiny_models, then), capture_output=True, text=True, timeout=300)
    assert res.returncode == 1, res.stderr  # the binary input is a problem in every run
    assert _outputs(out) == _outputs(ref)
    docs = _report(out)["counts"]["documents"]
    assert docs.get("skipped", docs.get("resumed")) == done_before


def test_the_out_lock_holds_while_workers_write(corpus, tiny_models, serial):
    out = corpus / "locked"
    proc = subprocess.Popen(_cmd(corpus, out, tiny_models, "2"), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.time() + 180
        while _done_lines(out) < 1 and proc.poll() is None and time.time() < deadline:
            time.sleep(0.01)
        if proc.poll() is not None:
            pytest.skip("the run ended before a second one could try the lock")
        res = subprocess.run(_cmd(corpus, out, tiny_models, "2"), capture_output=True, text=True, timeout=120)
        if "0 documents translated, 10 already done" in res.stderr:
            # on a loaded machine the first run can finish its documents (and release the lock) while
            # this one starts: then it rightly found everything done
            pytest.skip("the first run had finished before the second tried the lock")
        assert res.returncode != 0 and str(proc.pid) in res.stderr, res.stderr
    finally:
        proc.wait(timeout=300)
    assert proc.returncode == 1
    assert _outputs(out) == _outputs(serial[0])


@pytest.mark.skipif(ray is None, reason="ray is not installed (the 'ray' extra)")
def test_on_ray_the_back_stages_run_on_the_actors(corpus, tiny_models, serial, monkeypatch):
    if ray.is_initialized():
        pytest.skip("a Ray is already running in this process")
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    ray.init(num_cpus=3, include_dashboard=False, log_to_driver=False, _node_ip_address="127.0.0.1")
    try:
        job = Job.prepare(_options(corpus, tiny_models, engine="ray", ray_actors=2))
        watch = _Watch(monkeypatch, job)
        out = corpus / "ray"
        job.run(corpus / "in", out)
    finally:
        ray.shutdown()
    assert watch.here == [] and watch.model == []  # the driver ran no back stage and no model
    assert _outputs(out) == _outputs(serial[0])


def test_a_workers_temporary_file_is_swept_after_a_kill(tmp_path):
    """A worker (or a Ray actor) writing outputs records its temporary files in the job's journal,
    so one left by a kill mid-write is removed by the next run's sweep."""
    from mtpipe.writers.atomic import stop_recording, sweep_temp_files

    out = tmp_path / "out"
    (out / "part0").mkdir(parents=True)
    sweep_temp_files(out)  # the job process starts the run's record
    try:
        code = ("import os, sys\nfrom pathlib import Path\nfrom mtpipe.writers.atomic import create_temp, record_temp_files\n"
                "out = Path(sys.argv[1])\nrecord_temp_files(out)\nfd, tmp = create_temp(out / 'part0')\n"
                "os.write(fd, b'half a file')\nprint(tmp)\nos._exit(0)  # killed mid-write: nothing cleans up\n")
        left = subprocess.run([sys.executable, "-c", code, str(out)], capture_output=True, text=True, check=True,
                              env=dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1])))
        tmp = Path(left.stdout.strip())
        assert tmp.exists() and tmp.parent == out / "part0"
    finally:
        stop_recording(out)
    assert sweep_temp_files(out) == [tmp] and not tmp.exists()
    stop_recording(out)


def test_the_cli_with_workers_reads_no_input_in_the_job_process(corpus, tiny_models, serial, monkeypatch):
    """``mtpipe translate --workers 2`` starts its workers before the run (as a library user does), so
    the cleaner's first pass reads the inputs in them too: this process reads no input document."""
    from click.testing import CliRunner

    import mtpipe.ingest as ingest
    from mtpipe.cli import main

    ref, _ = serial
    read_here: list[str] = []
    real = ingest.read_document
    monkeypatch.setattr(ingest, "read_document", lambda path, *a, **kw: read_here.append(str(path)) or real(path, *a, **kw))
    out = corpus / "cli-workers"
    res = CliRunner().invoke(main, ["translate", str(corpus / "in"), "-o", str(out), "--config", str(tiny_models),
                                    "--glossary", str(corpus / "glossaries"), "--format", "jsonl,tmx,text,html",
                                    "--window", "2", "--workers", "2"], catch_exceptions=False)
    assert res.exit_code == 1, res.output  # binary.txt fails, named
    assert read_here == []
    assert _outputs(out) == _outputs(ref)
