"""Where the cleaner's two largest layers spend their time, on the calls of a real run: ``boilerplate.classify``
(the ``BoilerplateLines`` layer) and ``repair_spam``.

    PYTHONPATH=$PWD python tools/layer_calls.py [--repeat 3] [--only boilerplate|spam] [--names a,b]

One ``run_front`` over the realpages text pages (after a warm-up) records each call's inputs (a copy of ``removed``:
layers after it add to the dict); each is then replayed (CPU time, best of ``--repeat``).  Then every direct
callee of the function (a module function, a compiled pattern's method, a sub-module's function it calls by
attribute) is wrapped so that its CPU time is counted where the function called it directly (not where a callee
called it again: the shares partition the function's time, the rest is its own loop).  The wrappers' own cost is in
the figures (~0.3 us a call); read the shares and the call counts, then size a candidate on the replay alone.
perf79 (the sampler misattributes on this flat profile; perf76/77/78).  Reads the data folder's ``.ann`` files but
the blind parts (benchmarks/blind_sets.py).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
import types
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import blind_sets  # noqa: E402
import cleaning  # noqa: E402

_DEPTH = [0]
_SPENT: dict[str, list[float]] = defaultdict(lambda: [0.0, 0])


def _copy(doc: Any) -> Any:
    """A document as a layer gets it, its lists and meta its own (the layer adds to them)."""
    import dataclasses
    return dataclasses.replace(doc, segments=list(doc.segments), ledger=list(doc.ledger), meta=dict(doc.meta),
                               warnings=list(doc.warnings),
                               raw_offsets=None if doc.raw_offsets is None else list(doc.raw_offsets))


def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def one(*a: Any, **k: Any) -> Any:
        if _DEPTH[0] != 1:  # a callee's own call of another wrapped name: counted in that callee
            return fn(*a, **k)
        _DEPTH[0] += 1
        t0 = time.process_time()
        try:
            return fn(*a, **k)
        finally:
            t = time.process_time() - t0
            _DEPTH[0] -= 1
            s = _SPENT[name]
            s[0] += t
            s[1] += 1
    return one


class Pattern:
    """A compiled pattern whose methods are timed under the name given."""

    def __init__(self, name: str, pat: Any) -> None:
        self._p = pat
        for m in ("match", "search", "fullmatch", "findall", "finditer", "sub", "split", "subn"):
            setattr(self, m, timed(f"{name}.{m}", getattr(pat, m)))

    def __getattr__(self, a: str) -> Any:
        return getattr(self._p, a)


def wrap_module(mod: types.ModuleType, only: set[str] | None, skip: set[str]) -> list[tuple[Any, str, Any]]:
    """Wrap the module's global functions, patterns and sub-modules' functions; returns what to restore."""
    import re
    undo: list[tuple[Any, str, Any]] = []
    for name, v in list(vars(mod).items()):
        if name in skip or name.startswith("__"):
            continue
        if isinstance(v, re.Pattern):
            if only is None or name in only:
                undo.append((mod, name, v))
                setattr(mod, name, Pattern(name, v))
        elif isinstance(v, types.FunctionType):
            if only is None or name in only:
                undo.append((mod, name, v))
                setattr(mod, name, timed(name, v))
        elif isinstance(v, types.ModuleType) and v.__name__.startswith("mtpipe."):
            for fn, f in list(vars(v).items()):
                if isinstance(f, types.FunctionType) and not fn.startswith("__"):
                    full = f"{name}.{fn}"
                    if only is None or full in only or name in only:
                        undo.append((v, fn, f))
                        setattr(v, fn, timed(full, f))
    return undo


def own_functions(mod: types.ModuleType, names: list[str]) -> list[tuple[Any, str, Any]]:
    undo = []
    for name in names:
        f = getattr(mod, name)
        undo.append((mod, name, f))
        setattr(mod, name, timed(name, f))
    return undo


def report(title: str, total: float, calls: int) -> None:
    inner = sum(t for t, _ in _SPENT.values())
    print(f"{title}: {total:.3f} s over {calls} calls (with wrappers); callees {inner:.3f} s, "
          f"own {total - inner:.3f} s")
    for name, (t, c) in sorted(_SPENT.items(), key=lambda kv: -kv[1][0])[:45]:
        print(f"  {name:44s} {t:7.3f} s {c:8d} calls {1e6 * t / max(c, 1):8.1f} us")
    _SPENT.clear()


def profile(fn: Callable[..., Any], calls: list[tuple[Any, ...]], mods: list[types.ModuleType],
            own: list[tuple[types.ModuleType, list[str]]], n: int, title: str, only: set[str] | None,
            prepare: Callable[[tuple[Any, ...]], tuple[Any, ...]]) -> None:
    def replay() -> float:
        args = [prepare(c) for c in calls]  # copies made before the clock starts
        t0 = time.process_time()
        for x in args:
            fn(*x)
        return time.process_time() - t0
    replay()
    print(f"{title}: plain replay {min(replay() for _ in range(n)):.3f} s (best of {n}), {len(calls)} calls")
    undo: list[tuple[Any, str, Any]] = []
    for m in mods:
        undo += wrap_module(m, only, {fn.__name__})
    for m, names in own:
        undo += own_functions(m, names)
    try:
        def outer() -> float:
            all_args = [prepare(c) for c in calls]
            t0 = time.process_time()
            for args in all_args:
                _DEPTH[0] = 1
                fn(*args)
                _DEPTH[0] = 0
            return time.process_time() - t0
        outer()
        _SPENT.clear()
        total = outer()
        report(title, total, len(calls))
    finally:
        for obj, name, v in reversed(undo):
            setattr(obj, name, v)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=cleaning.DATA)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--only", choices=("boilerplate", "spam"))
    ap.add_argument("--names", default="", help="wrap only these names (comma separated; module.function allowed)")
    a = ap.parse_args(argv)
    import mtpipe.clean as mc
    import mtpipe.clean.boilerplate as bp
    import mtpipe.clean.rewrite as rw
    import mtpipe.clean.spam as sp

    anns: list[cleaning.AnnDoc] = []
    for f in sorted(a.data.glob("*.ann")):
        if f.stem not in blind_sets.CURRENT:
            anns.extend(cleaning.load_file(f))
    anns = [x for x in anns if not x.crawl_site and not x.html]
    bcalls: list[tuple[Any, ...]] = []
    scalls: list[tuple[Any, ...]] = []
    classify, repair = bp.classify, mc.repair_spam
    spent = [0.0, 0.0]

    def rec_classify(lines: list[str], lang: str, removed: dict[int, Any], counter: Any = None,
                     folder: str = "") -> Any:
        bcalls.append((list(lines), lang, dict(removed), counter, folder))
        t0 = time.process_time()
        try:
            return classify(lines, lang, removed, counter, folder)
        finally:
            spent[0] += time.process_time() - t0

    def rec_repair(doc: Any, spam: Any, syllables: bool = True) -> Any:
        scalls.append((_copy(doc), spam, syllables))
        t0 = time.process_time()
        try:
            return repair(doc, spam, syllables)
        finally:
            spent[1] += time.process_time() - t0

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        paths = []
        for ann in anns:
            p = root / ann.site / f"{ann.doc_id}.txt"
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(ann.raw(), encoding="utf-8")
            paths.append(p)
        cleaning.run_front(paths, root)  # warm-up
        bp.classify, mc.repair_spam = rec_classify, rec_repair
        try:
            _, t = cleaning.run_front(paths, root)
        finally:
            bp.classify, mc.repair_spam = classify, repair
    print(f"{len(paths)} text pages: run_front {t:.3f} s; classify {spent[0]:.3f} s ({len(bcalls)} calls), "
          f"repair_spam {spent[1]:.3f} s ({len(scalls)} calls)")
    only = {x for x in a.names.split(",") if x} or None
    if a.only in (None, "boilerplate"):
        profile(classify, bcalls, [bp], [], a.repeat, "boilerplate.classify", only,
                lambda c: (c[0], c[1], dict(c[2]), c[3], c[4]))
    if a.only in (None, "spam"):
        profile(repair, scalls, [rw], [], a.repeat, "repair_spam", only, lambda c: (_copy(c[0]), c[1], c[2]))
        profile(sp.SpamRepair.plan, [(s, d.text) for d, s, y in scalls if y], [sp], [], a.repeat, "SpamRepair.plan",
                only, lambda c: c)
        profile(sp.find_spam_tokens, [(d.text, 1 if s.single else s.min_count, s.context) for d, s, y in scalls if y],
                [sp], [], a.repeat, "find_spam_tokens", only, lambda c: c)


if __name__ == "__main__":
    main()
