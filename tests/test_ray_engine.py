"""--engine ray: same outputs as the local engine, Ray started and stopped by whoever started it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtpipe.cli import main

pytestmark = pytest.mark.slow

SEEDS = ["000_dbf2794f8ee0bbf0.txt", "003_98611a0833de7545.txt"]  # Russian, Vietnamese

#: (src, tgt, texts): every model family; empty inputs stay empty
CASES = [
    ("ru", "en", ["Мэр посетил Чанчунь.", "", "Ван Цзылянь провёл встречу с инвесторами.", "Да.", "  ",
                  "Зона сотрудничества открыта.", "Мэр посетил Чанчунь."]),
    ("vi", "zh", ["Thị trưởng thăm thành phố.", "Cuộc họp đầu tiên.", "", "Xúc tiến đầu tư công nghiệp."]),
]


def test_importing_mtpipe_does_not_import_ray():
    code = ("import sys, mtpipe, mtpipe.pipeline, mtpipe.engines, mtpipe.cli; "
            "assert 'ray' not in sys.modules, 'ray imported'")
    subprocess.run([sys.executable, "-c", code], check=True)


try:
    import ray
except ImportError:
    ray = None

needs_ray = pytest.mark.skipif(ray is None, reason="ray is not installed (the 'ray' extra)")


def _config(tiny_models):
    from mtpipe.config import load_config

    return load_config(tiny_models)


@needs_ray
def test_pool_owns_the_ray_it_starts_and_keeps_row_order(tiny_models):
    from mtpipe.engines.ray import RayTranslatorPool
    from mtpipe.translator import TranslatorPool

    if ray.is_initialized():
        pytest.skip("a Ray is already running in this process")
    cfg = _config(tiny_models)
    local = TranslatorPool(cfg)
    # rows split over two actors in batches of 2: order must still be the input's
    pool = RayTranslatorPool(cfg, num_cpus=2, concurrency=2, batch_rows=2)
    try:
        assert ray.is_initialized()
        assert (pool.device, pool.compute_type) == (local.device, local.compute_type)
        for src, tgt, texts in CASES:
            got = pool.translate(texts, src, tgt)
            # the tiny models translate a text the same whatever its batch, so any difference is a mix-up
            assert got == local.translate(texts, src, tgt), (src, tgt)
            assert [bool(g.strip()) for g in got] == [bool(t.strip()) for t in texts]
            for t in texts:
                assert pool.count_tokens(t, src, tgt) == local.count_tokens(t, src, tgt)
            assert pool.max_tokens(src, tgt) == local.max_tokens(src, tgt)
            assert pool.family(src, tgt) == local.family(src, tgt)
        assert pool.translate([], "ru", "en") == []
        # the actors live for the pool: every model loaded by an earlier call is still held
        loaded = pool.loaded_models()
        assert len(loaded) == 2
        used_names = {spec.name for src, tgt, _ in CASES for _, _, spec in cfg.route(src, tgt)}
        assert set().union(*map(set, loaded)) == used_names
        used = {spec.name for src, tgt, _ in CASES for _, _, spec in cfg.route(src, tgt)}
        sig = pool.signature()
        assert set(sig) == used and all(s["engine"] == "ray" and s["device"] == pool.device for s in sig.values())
    finally:
        pool.close()
    assert not ray.is_initialized()


def _run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def _outputs(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != "report.json" and ".mtpipe" not in p.relative_to(folder).parts}


@pytest.fixture(scope="module")
def ray_two_cpus():
    """A Ray of two CPUs started by the test, so the pool must reuse it and leave it running."""
    if ray.is_initialized():
        pytest.skip("a Ray is already running in this process")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, _node_ip_address="127.0.0.1")
    yield
    ray.shutdown()


@needs_ray
def test_ray_engine_writes_what_the_local_engine_writes(tmp_path, tiny_models, seeds_dir, repo_root, ray_two_cpus):
    docs = tmp_path / "in"
    docs.mkdir()
    for name in SEEDS:
        shutil.copy(seeds_dir / name, docs / name)
    common = ["--to", "en,zh", "--config", tiny_models, "--glossary", repo_root / "glossaries",
              "--format", "jsonl,tmx,text"]
    res = _run("translate", docs, "-o", tmp_path / "local", *common)
    assert res.exit_code == 0, res.output
    res = _run("translate", docs, "-o", tmp_path / "ray", "--engine", "ray", *common)
    assert res.exit_code == 0, res.output
    assert "ray actor 0 (node " in res.output and " windows (" in res.output  # throughput per actor
    assert ray.is_initialized()  # not the pool's to shut down
    ex = json.loads((tmp_path / "ray" / "report.json").read_text(encoding="utf-8"))["executor"]
    assert ex["name"] == "ray" and ex["front_tasks"] == len(SEEDS)
    assert sum(a["windows"] for a in ex["per_actor"]) == ex["windows"] >= 1
    routes = json.loads((tmp_path / "ray" / "report.json").read_text(encoding="utf-8"))["signature"]["routes"]
    assert {"ru-en", "ru-zh", "vi-en", "vi-zh"} <= set(routes)

    local, remote = _outputs(tmp_path / "local"), _outputs(tmp_path / "ray")
    stems = [n[:-4] for n in SEEDS]
    for stem in stems:
        for suffix in (".jsonl", ".tmx", ".en.txt", ".zh.txt"):
            assert f"{stem}{suffix}" in local, (stem, suffix)
    assert sorted(remote) == sorted(local)
    for name in local:
        assert remote[name] == local[name], name
    recs = [json.loads(line) for line in local[f"{stems[0]}.jsonl"].decode().splitlines() if line.strip()]
    assert any(r["src_lang"] == "ru" and r["en"].strip() and r["en"] != r["source"] for r in recs)  # models ran


@needs_ray
@pytest.mark.parametrize("form", ["{host}:{port}", "ray://{host}:{port}"])
def test_a_dead_address_fails_in_seconds_naming_it(tmp_path, tiny_models, form):
    import socket
    import time

    with socket.socket() as s:  # a port nothing listens on (bound, then released)
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    address = form.format(host="127.0.0.1", port=port)
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Мэр посетил Чанчунь.\n", encoding="utf-8")
    t = time.monotonic()
    # a fresh process: a Ray already running in this one would be used whatever the address
    res = subprocess.run([sys.executable, "-m", "mtpipe", "translate", str(src), "-o", str(tmp_path / "out"),
                          "--config", str(tiny_models), "--engine", "ray", "--address", address, "--no-glossary"],
                         capture_output=True, text=True, timeout=120)
    assert time.monotonic() - t < 60
    assert res.returncode == 2, res.stderr
    assert f"cannot start or reach Ray at {address}" in res.stderr and "nothing answers" in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1, res.stderr


def test_address_forms_are_checked():
    if ray is None:
        pytest.skip("ray is not installed")
    from mtpipe.engines.ray import _check_reachable

    _check_reachable("auto")
    _check_reachable("local")
    with pytest.raises(ConnectionError, match="not host:port"):
        _check_reachable("somewhere")


def test_no_address_starts_a_ray_of_its_own_whatever_RAY_ADDRESS_says(tiny_models, monkeypatch):
    # a bare ray.init() would join the cluster RAY_ADDRESS (or a running `ray start`) names and refuse
    # num_cpus; "no --address" promises a local Ray, so the environment must not change that
    from mtpipe.engines.ray import RayTranslatorPool

    if ray.is_initialized():
        pytest.skip("a Ray is already running in this process")
    monkeypatch.setenv("RAY_ADDRESS", "127.0.0.1:9")  # nothing listens there
    pool = RayTranslatorPool(_config(tiny_models), num_cpus=1, concurrency=1)
    try:
        assert ray.is_initialized()
        assert pool.translate(["Привет."], "ru", "en")[0].strip()
    finally:
        pool.close()
    assert not ray.is_initialized()
