"""``BoilerplateLines``' line judge on the calls of a real run: record once, replay or profile in any worktree (perf83).

    PYTHONPATH=$PWD python tools/boiler_calls.py record /tmp/boiler.pkl
    PYTHONPATH=$PWD python tools/boiler_calls.py replay /tmp/boiler.pkl [--repeat 5] [--outputs /tmp/out.pkl]
    PYTHONPATH=$PWD python tools/boiler_calls.py profile /tmp/boiler.pkl [--top 40]

``record`` runs ``run_front`` once over the realpages text pages (the blind parts left out, as
:mod:`segment_calls` does) with :func:`mtpipe.clean.boilerplate.classify` wrapped and pickles every call's arguments:
the page's lines, language, removed lines and folder copied, the run's :class:`TemplateCounter` once (every call
reads the same one; the first pass filled it before the cleaner ran).  ``replay`` calls ``classify`` on each recorded
call in the worktree it runs in (CPU time, best of ``--repeat`` after a warm-up) and prints a digest of every output:
two worktrees' digests equal = the same answers.  ``profile`` runs one replay under cProfile.
"""
from __future__ import annotations

import argparse
import cProfile
import hashlib
import os
import pickle
import pstats
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import blind_sets  # noqa: E402
import cleaning  # noqa: E402


def record(out: Path, data: Path) -> None:
    anns: list[cleaning.AnnDoc] = []
    for f in sorted(data.glob("*.ann")):
        if f.stem not in blind_sets.CURRENT:
            anns.extend(cleaning.load_file(f))
    anns = [x for x in anns if not x.crawl_site and not x.html]
    import mtpipe.clean.boilerplate as bp

    calls: list[tuple[Any, ...]] = []
    orig = bp.classify

    def wrapped(lines: list[str], lang: str, removed: dict[int, Any], counter: Any = None, folder: str = "") -> Any:
        calls.append((list(lines), lang, dict(removed), counter, folder))
        return orig(lines, lang, removed, counter, folder)

    bp.classify = wrapped
    try:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            paths = []
            for ann in anns:
                p = root / ann.site / f"{ann.doc_id}.txt"
                p.parent.mkdir(parents=True, exist_ok=True)
                p.write_text(ann.raw(), encoding="utf-8")
                paths.append(p)
            cleaning.run_front(paths, root)
    finally:
        bp.classify = orig
    with open(out, "wb") as fh:
        pickle.dump(calls, fh, protocol=pickle.HIGHEST_PROTOCOL)
    print(f"{len(paths)} text pages; classify {len(calls)} calls, {sum(len(c[0]) for c in calls)} lines")


def _load(path: Path) -> list[tuple[Any, ...]]:
    with open(path, "rb") as fh:
        return pickle.load(fh)  # type: ignore[no-any-return]


def _run(calls: list[tuple[Any, ...]]) -> list[Any]:
    from mtpipe.clean.boilerplate import classify

    return [classify(list(lines), lang, dict(removed), counter, folder)
            for lines, lang, removed, counter, folder in calls]


def replay(path: Path, repeat: int, outputs: Path | None) -> None:
    calls = _load(path)
    import mtpipe

    print(f"load {os.getloadavg()[0]:.1f}; mtpipe from {mtpipe.__file__}")
    got = _run(calls)
    times = []
    for _ in range(repeat):
        t0 = time.process_time()
        _run(calls)
        times.append(time.process_time() - t0)
    digest = hashlib.sha256(pickle.dumps(got, protocol=4)).hexdigest()[:16]
    print(f"  classify {len(calls):6d} calls  {min(times):7.3f} s (best of {repeat}; "
          + " ".join(f"{t:.3f}" for t in times) + f")  out {digest}; load {os.getloadavg()[0]:.1f}")
    if outputs is not None:
        with open(outputs, "wb") as fh:
            pickle.dump(got, fh, protocol=pickle.HIGHEST_PROTOCOL)


def profile(path: Path, top: int) -> None:
    calls = _load(path)
    _run(calls)
    pr = cProfile.Profile()
    pr.enable()
    _run(calls)
    pr.disable()
    st = pstats.Stats(pr)
    st.sort_stats("cumulative").print_stats(top)
    st.sort_stats("tottime").print_stats(top)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("mode", choices=("record", "replay", "profile"))
    ap.add_argument("calls", type=Path)
    ap.add_argument("--data", type=Path, default=cleaning.DATA)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--outputs", type=Path)
    a = ap.parse_args(argv)
    if a.mode == "record":
        record(a.calls, a.data)
    elif a.mode == "replay":
        replay(a.calls, a.repeat, a.outputs)
    else:
        profile(a.calls, a.top)


if __name__ == "__main__":
    main()
