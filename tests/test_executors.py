"""Executors: the same outputs wherever the work runs (this process, worker processes, Ray actors),
and a job killed under one executor finishes under the other."""

from __future__ import annotations

import json
import os
import pickle
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

needs_ray = pytest.mark.skipif(ray is None, reason="ray is not installed (the 'ray' extra)")


def _corpus(seeds_dir: Path, dst: Path, n: int = 9) -> None:
    seeds = sorted(seeds_dir.glob("*.txt"))
    for i in range(n):
        sub = dst / f"part{i % 2}"
        sub.mkdir(parents=True, exist_ok=True)
        text = seeds[i % len(seeds)].read_text(encoding="utf-8")
        (sub / f"doc{i:02d}.txt").write_text(f"Документ номер {i}.\n\n" + text, encoding="utf-8")
    (dst / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)  # a problem in the middle of the stream
    (dst / "empty.txt").write_text("  \n", encoding="utf-8")


def _outputs(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != "report.json" and ".mtpipe" not in p.relative_to(folder).parts}


def _report(folder: Path) -> dict:
    return json.loads((folder / "report.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, seeds_dir, repo_root):
    root = tmp_path_factory.mktemp("exec")
    _corpus(seeds_dir, root / "in")
    shutil.copytree(repo_root / "glossaries", root / "glossaries")
    return root


def _options(corpus: Path, tiny_models: Path, **kw) -> TranslateOptions:
    kw.setdefault("window", 2)
    return TranslateOptions(config_path=str(tiny_models), glossary_paths=(str(corpus / "glossaries"),),
                            formats=("jsonl", "tmx", "text", "html"), **kw)


@pytest.fixture(scope="module")
def reference(corpus, tiny_models):
    """The local executor, front stages in this process: what every other run must write."""
    out = corpus / "ref"
    Job.prepare(_options(corpus, tiny_models)).run(corpus / "in", out)
    return out


def test_the_front_stages_travel_to_other_processes(corpus, tiny_models):
    job = Job.prepare(_options(corpus, tiny_models))
    front = pickle.loads(pickle.dumps(job.front))
    from mtpipe.executors.front import prepare_one

    path = sorted((corpus / "in" / "part0").glob("*.txt"))[0]
    here = prepare_one(job.front, path, corpus / "in", "h")
    there = prepare_one(front, path, corpus / "in", "h")
    assert here[0] == there[0] == "doc"
    assert [(s.source, s.start, s.end, s.src_lang, [t.id for t in s.terms]) for s in here[3].segments] == \
           [(s.source, s.start, s.end, s.src_lang, [t.id for t in s.terms]) for s in there[3].segments]


def test_segmenting_loads_no_translation_model(corpus, tiny_models):
    job = Job.prepare(_options(corpus, tiny_models))
    from mtpipe.executors.front import prepare_one

    for path in sorted((corpus / "in").rglob("doc0*.txt"))[:3]:
        assert prepare_one(job.front, path, corpus / "in", "h")[0] == "doc"
    assert job.pool._models == {}  # token counts came from SentencePiece alone


@pytest.mark.parametrize("workers", [2, 3])
def test_local_workers_write_what_one_worker_writes(corpus, tiny_models, reference, workers):
    out = corpus / f"workers-{workers}"
    Job.prepare(_options(corpus, tiny_models, workers=workers)).run(corpus / "in", out)
    assert _outputs(out) == _outputs(reference)
    got, ref = _report(out), _report(reference)
    for key in ("counts", "problems", "warnings", "documents"):
        assert got[key] == ref[key], key
    assert got["executor"] == {"name": "local", "workers": workers}
    assert ref["executor"] == {"name": "local", "workers": 1}


@pytest.fixture(scope="module")
def ray_four_cpus():
    if ray.is_initialized():
        pytest.skip("a Ray is already running in this process")
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    ray.init(address="local", num_cpus=4, include_dashboard=False, log_to_driver=False, _node_ip_address="127.0.0.1")
    yield
    ray.shutdown()


@needs_ray
@pytest.mark.parametrize("use_tm", [False, True])
def test_ray_actors_share_the_windows_and_write_what_local_writes(corpus, tiny_models, reference, ray_four_cpus,
                                                                   use_tm):
    out = corpus / f"ray-{use_tm}"
    opts = _options(corpus, tiny_models, engine="ray", ray_actors=3, use_tm=use_tm)
    Job.prepare(opts).run(corpus / "in", out)
    assert _outputs(out) == _outputs(reference)
    got, ref = _report(out), _report(reference)
    for key in ("counts", "problems", "warnings", "documents"):
        assert got[key] == ref[key], key
    ex = got["executor"]
    assert ex["name"] == "ray" and ex["actors"] == 3
    assert ex["front_tasks"] == 11 and ex["windows"] == 5  # 9 documents, 2 a window; two inputs are problems
    assert ex["front_actors"] == 4  # one per CPU of the Ray started by the fixture
    # the windows went to every actor, several at once (the least busy actor gets the next one)
    assert [a["windows"] > 0 for a in ex["per_actor"]] == [True] * 3
    assert sum(a["windows"] for a in ex["per_actor"]) == 5
    assert sum(a["segments"] for a in ex["per_actor"]) == got["counts"]["segments"]
    assert got["term_strategies"].keys() == ref["term_strategies"].keys()


@needs_ray
def test_default_actors_follow_the_cluster():
    from mtpipe.engines.ray import default_actors

    assert default_actors(gpus=4, cpus=64, device="cuda", intra_threads=0) == 4
    assert default_actors(gpus=0, cpus=16, device="cpu", intra_threads=4) == 4
    assert default_actors(gpus=0, cpus=3, device="cpu", intra_threads=0) == 3
    assert default_actors(gpus=0, cpus=2, device="cpu", intra_threads=8) == 1


def _cmd(corpus: Path, out: Path, config: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "mtpipe.cli", "translate", str(corpus / "in"), "-o", str(out), "--config",
            str(config), "--glossary", str(corpus / "glossaries"), "--window", "2", "--format",
            "jsonl,tmx,text,html", *extra]


def _done_lines(out: Path) -> int:
    state = out / ".mtpipe" / "state.jsonl"
    return len(state.read_text(encoding="utf-8").splitlines()) if state.exists() else 0


RAY = ("--engine", "ray", "--ray-actors", "2")


@needs_ray
@pytest.mark.parametrize("first, then", [(RAY, ()), ((), RAY)], ids=["ray-then-local", "local-then-ray"])
def test_a_job_killed_under_one_executor_finishes_under_the_other(corpus, tiny_models, reference, first, then):
    out = corpus / f"killed-{len(first)}"
    env = dict(os.environ, RAY_USAGE_STATS_ENABLED="0")
    proc = subprocess.Popen(_cmd(corpus, out, tiny_models, *first), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True, env=env)
    deadline = time.time() + 180
    while _done_lines(out) < 3 and proc.poll() is None and time.time() < deadline:
        time.sleep(0.01)
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done_before = _done_lines(out)
    print("finished before the kill:", done_before)
    res = subprocess.run(_cmd(corpus, out, tiny_models, *then), capture_output=True, text=True, env=env,
                         timeout=300)
    assert res.returncode == 1, res.stderr  # the binary input is a problem in every run
    assert _outputs(out) == _outputs(reference)
    docs = _report(out)["counts"]["documents"]
    assert docs.get("skipped", docs.get("resumed")) == done_before


def test_both_engines_are_engines(tiny_models):
    from mtpipe.config import load_config
    from mtpipe.engines import Engine
    from mtpipe.translator import TranslatorPool

    assert isinstance(TranslatorPool(load_config(tiny_models)), Engine)
    if ray is not None:
        from mtpipe.engines.ray import RayTranslatorPool

        missing = [m for m in ("translate", "count_tokens", "max_tokens", "family", "signature", "device",
                               "compute_type") if not hasattr(RayTranslatorPool, m)]
        assert not missing


def test_cli_defaults_are_the_options_defaults():
    from dataclasses import fields

    from mtpipe.cli.translate import translate

    d = TranslateOptions()
    by_name = {p.name: p.default for p in translate.params if not getattr(p, "is_flag", False)}
    joined = {"targets": ",".join(d.targets), "formats": ",".join(d.formats),
              "device_index": ",".join(map(str, d.device_index)), "term_strategies": ",".join(d.term_strategies)}
    checked = [f.name for f in fields(TranslateOptions) if f.name in by_name]
    assert len(checked) >= 10, checked
    for name in checked:
        assert by_name[name] == joined.get(name, getattr(d, name)), name
