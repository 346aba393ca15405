"""benchmarks/pipeline_ceiling.py and gpu.py run (no figure is checked: the machine is shared)."""

from __future__ import annotations

import importlib.util
import math
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _load(name: str):
    sys.path.insert(0, str(REPO / "benchmarks"))
    spec = importlib.util.spec_from_file_location(f"bench_{name}", REPO / "benchmarks" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def test_gpu_benchmark_says_so_and_exits_cleanly_without_cuda():
    ct2 = pytest.importorskip("ctranslate2")
    if ct2.get_cuda_device_count() > 0:
        pytest.skip("a CUDA device is here: the benchmark would run")
    res = subprocess.run([sys.executable, str(REPO / "benchmarks" / "gpu.py")], capture_output=True, text=True,
                         timeout=120, cwd=REPO)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip().splitlines() == [
        "benchmarks/gpu.py: no CUDA device visible to CTranslate2: nothing measured (run it on a machine with a GPU)"]


@pytest.mark.slow
def test_pipeline_ceiling_measures_every_stage(tmp_path, tiny_models, seeds_dir):
    ceiling = _load("pipeline_ceiling")
    corpus = tmp_path / "in"
    corpus.mkdir()
    for p in sorted(seeds_dir.glob("*.txt"))[:3]:
        shutil.copy(p, corpus / p.name)
    st = ceiling.stages(tiny_models, corpus, tmp_path, window=2)
    assert st["segments"] > 0
    assert set(st["segments_per_cpu_s"]) <= {"front", "back", "write", "os_files", "render", "text_stages",
                                            "text_stages_in_memory"}
    assert all(v > 0 and math.isfinite(v) for v in st["segments_per_cpu_s"].values())
    assert set(st["first_pass_cpu_s"]) == set(st["cpu_s"])
    assert all(st["first_pass_cpu_s"][k] >= st["cpu_s"][k] for k in st["cpu_s"])  # one of the passes the least is of
    one = ceiling.end_to_end(tiny_models, corpus, tmp_path, 1, 2)
    assert one["segments"] == st["segments"] and one["problems"] == 0
    assert 0 < ceiling._startup(tiny_models, 2) < 600  # a fresh job prepared and warmed (here already loaded: cheap)
