"""benchmarks/run.py end to end on the tiny models: every ratio comes out as a positive number.

Nothing here is timed against a goal (the figures of a tiny random model on a shared
machine mean nothing); the real figures are in benchmarks/README.md.
"""

from __future__ import annotations

import importlib.util
import json
import math
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

RATIOS = ["engine_ratio", "engine_ratio_no_glossary", "argos_speedup", "argos_speedup_no_glossary",
          "transformers_speedup", "rss_growth_10x", "tm_warm_speedup", "glossary_edit_rerun",
          "clean_segment_vs_model"]


def _load_run():
    sys.path.insert(0, str(REPO / "benchmarks"))
    spec = importlib.util.spec_from_file_location("bench_run", REPO / "benchmarks" / "run.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["bench_run"] = mod  # dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def result(tiny_models: Path, seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    pytest.importorskip("argostranslate")
    pytest.importorskip("spacy")
    run = _load_run()
    work = tmp_path_factory.mktemp("bench")
    sizes = run.Sizes(docs=2, hf_segments=2, rss_docs=1, tm_docs=1, repeat=1)
    return run.run_all(tiny_models, sizes, threads=1, work=work, hf_dir=tiny_models.parent / "hf" / "marian-ru-en",
                       package_dir=work / "argos-packages")


@pytest.mark.parametrize("name", RATIOS)
def test_ratio_is_a_positive_number(result: dict, name: str) -> None:
    value = result[name]
    assert isinstance(value, (int, float)) and math.isfinite(value) and value > 0, (name, value)


def test_result_is_one_json_object_with_the_machine(result: dict) -> None:
    back = json.loads(json.dumps(result))
    assert back["machine"]["cpu_count"] >= 1
    assert back["corpus"]["documents"] == 2 and back["corpus"]["segments"] > 0
