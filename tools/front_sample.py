"""A CPU-time sampling profile of the front's text path (read -> first pass -> clean -> segment over the realpages
text pages, as ``benchmarks/cleaning.py`` times ``speed.text``): each tick of the process's CPU clock (``SIGPROF``)
records the running Python stack; self and inclusive shares per function are printed.

    PYTHONPATH=$PWD python tools/front_sample.py [--runs 1] [--top 40]

Why (perf76): cProfile's per-call overhead inflates functions of many small calls (a flat profile reads as a steep
one), and a sampler thread polling ``sys._current_frames()`` gets the GIL only where the main thread lets it go, so
its samples pile up on numpy and file reads (it gave ``langid_scripts._script_counts_array`` 11% of the run; the
function's own time, measured, is under 1%).  A ``SIGPROF`` handler runs in the main thread at the next bytecode
boundary after each CPU tick: C time counts to the Python function that called it.  Reads the data folder's ``.ann``
files but the blind parts (benchmarks/blind_sets.py).
"""
from __future__ import annotations

import argparse
import collections
import signal
import sys
import tempfile
from pathlib import Path
from types import FrameType

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import blind_sets  # noqa: E402
import cleaning  # noqa: E402


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=cleaning.DATA)
    ap.add_argument("--runs", type=int, default=1, help="timed runs sampled (after one warm-up run)")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--interval", type=float, default=0.001, help="seconds of CPU time between samples")
    a = ap.parse_args(argv)
    anns: list[cleaning.AnnDoc] = []
    for f in sorted(a.data.glob("*.ann")):
        if f.stem not in blind_sets.CURRENT:
            anns.extend(cleaning.load_file(f))
    anns = [x for x in anns if not x.crawl_site and not x.html]
    own: collections.Counter[str] = collections.Counter()
    within: collections.Counter[str] = collections.Counter()
    root_dir = str(Path.cwd()) + "/"

    def sample(_sig: int, frame: FrameType | None) -> None:
        seen = set()
        first = True
        while frame is not None:
            co = frame.f_code
            key = f"{co.co_filename.replace(root_dir, '')}:{co.co_firstlineno}({co.co_name})"
            if first:
                own[key] += 1
                first = False
            if key not in seen:
                within[key] += 1
                seen.add(key)
            frame = frame.f_back

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        paths = []
        for ann in anns:
            p = root / ann.site / f"{ann.doc_id}.txt"
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(ann.raw(), encoding="utf-8")
            paths.append(p)
        cleaning.run_front(paths, root)  # warm-up: lazy imports, models
        signal.signal(signal.SIGPROF, sample)
        signal.setitimer(signal.ITIMER_PROF, a.interval, a.interval)
        secs = 0.0
        try:
            for _ in range(max(1, a.runs)):
                secs += cleaning.run_front(paths, root)[1]
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0, 0)
    n = max(1, sum(own.values()))
    print(f"{len(paths)} documents, {a.runs} run(s), {secs:.2f} s CPU, {n} samples")
    print("-- self")
    for key, c in own.most_common(a.top):
        print(f"{100 * c / n:5.1f}%  {key}")
    print("-- inclusive (mtpipe)")
    for key, c in [kc for kc in within.most_common() if "mtpipe/" in kc[0]][:a.top]:
        print(f"{100 * c / n:5.1f}%  {key}")


if __name__ == "__main__":
    main()
