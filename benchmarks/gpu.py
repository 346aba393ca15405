"""mtpipe on a GPU: does it keep the GPU busy?  Run it wherever a CUDA device is lent.

On the ``full`` random-weight OPUS-MT-shaped Marian model (``run.py``'s: d_model 512, 6+6 layers,
32k vocabulary, decoding fixed at 32 tokens, beam 1) in float16 on CUDA:

* **mtpipe**: ``Job.run`` end to end (read, clean, segment, protect, translate, restore, write;
  targets en; no translation memory, no resume) with ``--workers 1`` and with ``--workers 0``
  (the front stages in the cores CTranslate2 leaves), after a warm-up job (model loaded);
* **raw CTranslate2**: one ``translate_batch`` over the same segments (taken from mtpipe's JSONL),
  same model, device, compute type, decoding and token batch size;
* **GPU utilisation**, sampled every 100 ms during each run (NVML through ``pynvml`` when it is
  installed, else ``nvidia-smi --query-gpu=utilization.gpu -lms 100``): mean over the run, and the
  share of samples at 90% or more.

``engine_ratio`` = mtpipe segments/s ÷ raw CTranslate2 segments/s (goal ≥ 0.9 in float16), and
``gpu_util_mean`` for mtpipe (goal ≥ 90%).  Without a CUDA device it prints one line saying so and
exits 0.

Usage::

    python benchmarks/gpu.py --json                       # ~2 min with the model already built
    python benchmarks/gpu.py --docs 800 --batch-tokens 16384 --device-index 0
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))


class GpuSampler:
    """Samples one GPU's utilisation (percent) every ``interval`` seconds in a thread, while open."""

    def __init__(self, index: int = 0, interval: float = 0.1) -> None:
        self.index, self.interval = index, interval
        self.samples: list[float] = []
        self.source = ""
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._proc: subprocess.Popen[str] | None = None

    def __enter__(self) -> "GpuSampler":
        try:
            import pynvml

            pynvml.nvmlInit()
            handle = pynvml.nvmlDeviceGetHandleByIndex(self.index)
            self.source = "nvml"

            def poll() -> None:
                while not self._stop.is_set():
                    self.samples.append(float(pynvml.nvmlDeviceGetUtilizationRates(handle).gpu))
                    time.sleep(self.interval)

            self._thread = threading.Thread(target=poll, daemon=True)
        except Exception:  # no pynvml: nvidia-smi's own loop
            if shutil.which("nvidia-smi") is None:
                self.source = "none (no pynvml, no nvidia-smi)"
                return self
            self.source = "nvidia-smi"
            self._proc = subprocess.Popen(
                ["nvidia-smi", "--query-gpu=utilization.gpu", "--format=csv,noheader,nounits", "-i", str(self.index),
                 "-lms", str(int(self.interval * 1000))], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)

            def read() -> None:
                assert self._proc is not None and self._proc.stdout is not None
                for line in self._proc.stdout:
                    if self._stop.is_set():
                        break
                    try:
                        self.samples.append(float(line.strip()))
                    except ValueError:
                        pass

            self._thread = threading.Thread(target=read, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._proc is not None:
            self._proc.terminate()
            self._proc.wait(timeout=5)
        if self._thread is not None:
            self._thread.join(timeout=5)

    def summary(self) -> dict[str, Any]:
        s = self.samples
        # the first and last samples straddle the start and the end of the run
        core = s[len(s) // 10: len(s) - len(s) // 10] or s
        return {"source": self.source, "samples": len(s),
                "mean": round(sum(s) / len(s), 1) if s else None,
                "mean_middle_80": round(sum(core) / len(core), 1) if core else None,
                "share_at_90": round(sum(v >= 90 for v in s) / len(s), 3) if s else None}


def mtpipe_run(config: Path, corpus: Path, out: Path, workers: int, batch_tokens: int | None,
               device_index: int) -> dict[str, Any]:
    from run import make_corpus, read_segments

    from mtpipe.pipeline import Job, TranslateOptions

    opts = TranslateOptions(targets=("en",), config_path=str(config), glossary_paths=(str(REPO / "glossaries"),),
                            device="cuda", compute_type="float16", device_index=(device_index,), use_tm=False,
                            resume=False, fetch_missing=False, workers=workers,
                            cache_dir=tempfile.mkdtemp(prefix="mtpipe-gpu-cache-"))
    job = Job.prepare(opts)
    if batch_tokens:
        job.config.decoding.max_batch_tokens = batch_tokens
    warm = out.parent / f"warm-{workers}"
    make_corpus(warm / "in", 2, start=100_000)
    job.run(warm / "in", warm / "out")  # model loaded, probe run, lazy loading done: outside the clock
    with GpuSampler(device_index) as gpu:
        t = time.perf_counter()
        report = job.run(corpus, out)
        seconds = time.perf_counter() - t
    segs = read_segments(out)
    return {"workers": workers, "seconds": round(seconds, 3), "segments": len(segs),
            "segments_per_s": round(len(segs) / seconds, 1), "gpu_util": gpu.summary(),
            "problems": len(report.problems), "executor": report.executor, "job": job}


def raw_run(job: Any, sources: list[str], device_index: int) -> dict[str, Any]:
    from run import time_ct2

    with GpuSampler(device_index) as gpu:
        r = time_ct2(job, sources, threads=1)
    r["gpu_util"] = gpu.summary()
    return r


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=240, help="documents (default 240, about 4,000 segments)")
    ap.add_argument("--batch-tokens", type=int, default=None,
                    help="max_batch_tokens for mtpipe and raw CTranslate2 (default: the model config's, 4096)")
    ap.add_argument("--device-index", type=int, default=0)
    ap.add_argument("--models", type=Path, default=None, help="where run.py builds and keeps the full model")
    ap.add_argument("--json", action="store_true", help="one JSON object on stdout")
    a = ap.parse_args()

    import ctranslate2

    if ctranslate2.get_cuda_device_count() == 0:
        print("benchmarks/gpu.py: no CUDA device visible to CTranslate2: nothing measured "
              "(run it on a machine with a GPU)")
        return
    from run import MODELS, ensure_full_model, make_corpus, read_segments

    config = ensure_full_model(a.models or MODELS)
    work = Path(tempfile.mkdtemp(prefix="mtpipe-gpu-"))
    make_corpus(work / "in", a.docs)
    runs = [mtpipe_run(config, work / "in", work / f"out-{w}", w, a.batch_tokens, a.device_index) for w in (1, 0)]
    sources = [s for _, s in read_segments(work / "out-1")]
    job = runs[0].pop("job")
    runs[1].pop("job")
    raw = raw_run(job, sources, a.device_index)
    best = max(runs, key=lambda r: r["segments_per_s"])
    result = {
        "model": {"kind": "full", "config": str(config)}, "device": "cuda", "compute_type": "float16",
        "gpu": _gpu_name(a.device_index), "docs": a.docs, "segments": best["segments"],
        "max_batch_tokens": raw["max_batch_tokens"],
        "mtpipe": runs, "raw_ctranslate2": raw,
        "engine_ratio": round(best["segments_per_s"] / raw["segments_per_s"], 3),
        "gpu_util_mean": best["gpu_util"]["mean"], "gpu_util_mean_raw": raw["gpu_util"]["mean"],
    }
    if a.json:
        print(json.dumps(result, ensure_ascii=False))
        return
    print(f"{result['gpu']}: full model, float16, {result['segments']} segments, "
          f"max_batch_tokens {result['max_batch_tokens']}")
    for r in runs:
        g = r["gpu_util"]
        print(f"  mtpipe --workers {r['workers']}: {r['segments_per_s']} segments/s, GPU {g['mean']}% mean "
              f"({g['mean_middle_80']}% middle 80%, {g['share_at_90']:.0%} of samples >= 90%; {g['source']})")
    g = raw["gpu_util"]
    print(f"  raw CTranslate2: {raw['segments_per_s']:.1f} segments/s, GPU {g['mean']}% mean")
    print(f"engine_ratio {result['engine_ratio']}")


def _gpu_name(index: int) -> str:
    try:
        out = subprocess.run(["nvidia-smi", "--query-gpu=name", "--format=csv,noheader", "-i", str(index)],
                             capture_output=True, text=True, timeout=10)
        return out.stdout.strip() or "GPU"
    except (OSError, subprocess.SubprocessError):
        return "GPU"


if __name__ == "__main__":
    main()
