"""The segmenter's passes on the calls of a real run: record once, replay in any worktree (perf82).

    PYTHONPATH=$PWD python tools/segment_calls.py record /tmp/calls.pkl
    PYTHONPATH=$PWD python tools/segment_calls.py replay /tmp/calls.pkl [--repeat 5] [--only NAME ...]
                                                                        [--outputs /tmp/out.pkl]

``record`` runs ``run_front`` once over the realpages text pages (the blind parts left out,
benchmarks/blind_sets.py) with ``split_sentences``, ``identify`` and the heaviest passes under them wrapped, and
pickles every call's arguments (copied: a caller may change a list it passed).  ``replay`` calls each function
on its own recorded calls in the worktree it runs in (CPU time, best of ``--repeat``; a warm-up replay first) and
prints a digest of all the outputs: two worktrees' digests equal = the same answers on every recorded call
(``--outputs`` pickles them for a closer look).  The pickle holds the arguments only, so one recording serves a
base and a branch.
"""
from __future__ import annotations

import argparse
import copy
import hashlib
import os
import pickle
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import blind_sets  # noqa: E402
import cleaning  # noqa: E402

# (module, function): the entry points and the passes recorded
TARGETS: tuple[tuple[str, str], ...] = (
    ("mtpipe.segment.sentences", "split_sentences"),
    ("mtpipe.segment.sentences", "_merge_false_breaks"),
    ("mtpipe.segment.sentences", "_nospace_breaks"),
    ("mtpipe.segment.sentences", "_split_terminal"),
    ("mtpipe.segment.sentences", "glued_breaks"),
    ("mtpipe.segment.sentences", "page_breaks"),
    ("mtpipe.segment.sentences", "_quote_breaks"),
    ("mtpipe.segment.sentences", "digit_nospace_breaks"),
    ("mtpipe.segment.sentences", "caps_acronym_breaks"),
    ("mtpipe.segment.sentences", "move_labels"),
    ("mtpipe.segment.sentences", "merge_heading_line"),
    ("mtpipe.segment.sentences", "merge_quoted_titles"),
    ("mtpipe.langid", "identify"),
    ("mtpipe.langid", "_other_language"),
    ("mtpipe.langid", "_detect_read"),
)


def _module(name: str) -> Any:
    __import__(name)
    return sys.modules[name]


def record(out: Path, data: Path) -> None:
    anns: list[cleaning.AnnDoc] = []
    for f in sorted(data.glob("*.ann")):
        if f.stem not in blind_sets.CURRENT:
            anns.extend(cleaning.load_file(f))
    anns = [x for x in anns if not x.crawl_site and not x.html]
    import mtpipe.segment as seg

    calls: dict[str, list[Any]] = {f"{m}.{n}": [] for m, n in TARGETS}
    saved: list[tuple[Any, str, Any]] = []
    for mod_name, name in TARGETS:
        mod = _module(mod_name)
        orig = getattr(mod, name)
        box = calls[f"{mod_name}.{name}"]

        def wrapped(*a: Any, _o: Any = orig, _b: list[Any] = box, **k: Any) -> Any:
            _b.append((copy.deepcopy(a), dict(k)))
            return _o(*a, **k)

        saved.append((mod, name, orig))
        setattr(mod, name, wrapped)
        if name in ("split_sentences", "identify"):  # the segmenter's own names for them
            saved.append((seg, name, getattr(seg, name)))
            setattr(seg, name, wrapped)
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
        for mod, name, orig in reversed(saved):
            setattr(mod, name, orig)
    with open(out, "wb") as fh:
        pickle.dump(calls, fh, protocol=pickle.HIGHEST_PROTOCOL)
    print(f"{len(paths)} text pages; " + ", ".join(f"{k.rsplit('.', 1)[1]} {len(v)}" for k, v in calls.items()))


def _best(fn: Callable[[], Any], n: int) -> float:
    got = []
    for _ in range(n):
        t0 = time.process_time()
        fn()
        got.append(time.process_time() - t0)
    return min(got)


def replay(path: Path, repeat: int, only: list[str] | None, outputs: Path | None) -> None:
    with open(path, "rb") as fh:
        calls: dict[str, list[Any]] = pickle.load(fh)
    print(f"load {os.getloadavg()[0]:.1f}; mtpipe from {_module('mtpipe').__file__}")
    answers: dict[str, list[Any]] = {}
    for key, box in calls.items():
        mod_name, name = key.rsplit(".", 1)
        if only and name not in only:
            continue
        fn = getattr(_module(mod_name), name)
        box = [(copy.deepcopy(a), k) for a, k in box]  # a pass may change its list argument: each replay gets a copy
        copies = [[(copy.copy(a), k) for a, k in box] for _ in range(repeat + 1)]
        it = iter(copies)

        def run(fn: Any = fn) -> list[Any]:
            return [fn(*[list(x) if isinstance(x, list) else x for x in a], **k) for a, k in next(it)]

        got = run()
        t = _best(run, repeat)
        answers[key] = got
        digest = hashlib.sha256(pickle.dumps(got, protocol=4)).hexdigest()[:16]
        print(f"  {name:24s} {len(box):6d} calls  {t:7.3f} s  out {digest}")
    print(f"ALL {hashlib.sha256(pickle.dumps(answers, protocol=4)).hexdigest()[:16]}; load {os.getloadavg()[0]:.1f}")
    if outputs is not None:
        with open(outputs, "wb") as fh:
            pickle.dump(answers, fh, protocol=pickle.HIGHEST_PROTOCOL)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("mode", choices=("record", "replay"))
    ap.add_argument("calls", type=Path)
    ap.add_argument("--data", type=Path, default=cleaning.DATA)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--outputs", type=Path)
    a = ap.parse_args(argv)
    if a.mode == "record":
        record(a.calls, a.data)
    else:
        replay(a.calls, a.repeat, a.only, a.outputs)


if __name__ == "__main__":
    main()
