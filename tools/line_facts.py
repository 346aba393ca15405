"""Which cheap facts the cleaner's layers recompute from a page's lines, how often and at what cost (perf81).

    PYTHONPATH=$PWD python tools/line_facts.py [--top 40]

One ``run_front`` over the realpages text pages (the blind parts left out, benchmarks/blind_sets.py) in which
``Marks.line_texts()`` hands out each line as a ``str`` subclass that counts the calls of its methods (``strip``,
``split``, ``len`` ...) by method and calling function; a method's result is a plain ``str`` again, so only the
facts read from the line itself are counted (what a per-line record would hold).  Then each such fact is timed
once over all the lines (best of 5), so that count x cost bounds what a record of it could save.  Measurement
only: nothing of it is imported by mtpipe.
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
import timeit
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import blind_sets  # noqa: E402
import cleaning  # noqa: E402

_METHODS = ("strip", "rstrip", "lstrip", "split", "rsplit", "endswith", "startswith", "casefold", "lower", "upper",
            "isupper", "islower", "istitle", "count", "find", "rfind", "replace", "translate", "__len__",
            "__iter__", "__getitem__", "__contains__", "encode", "isdigit", "isalpha")
CALLS: Counter[tuple[str, str, str]] = Counter()


class CountedLine(str):
    """A line whose method calls are counted (by method, caller's file and function)."""


def _counted(name: str):  # type: ignore[no-untyped-def]
    base = getattr(str, name)

    def method(self, *a, **k):  # type: ignore[no-untyped-def]
        f = sys._getframe(1).f_code
        CALLS[(name, f.co_filename.split("mtpipe/")[-1], f.co_name)] += 1
        return base(self, *a, **k)
    return method


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--top", type=int, default=40)
    a = ap.parse_args(argv)
    from mtpipe.clean import marks as marks_module

    for name in _METHODS:
        setattr(CountedLine, name, _counted(name))
    lines: list[str] = []
    former = marks_module.Marks.line_texts

    def line_texts(self):  # type: ignore[no-untyped-def]
        got = self._texts
        former(self)
        if got is None or self._texts is not got:  # sliced afresh: hand out counted lines from now on
            self._texts = self._texts[:3] + ([CountedLine(t) for t in self._texts[3]],)
            lines.extend(str(t) for t in self._texts[3])
        return list(self._texts[3])

    anns = [x for f in sorted(cleaning.DATA.glob("*.ann")) if not blind_sets.is_current(f)
            for x in cleaning.load_file(f)]
    text = [x for x in anns if not x.crawl_site and not x.html]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        paths = []
        for ann in text:
            p = root / ann.site / f"{ann.doc_id}.txt"
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(ann.raw(), encoding="utf-8")
            paths.append(p)
        marks_module.Marks.line_texts = line_texts
        try:
            docs, _ = cleaning.run_front(paths, root)
        finally:
            marks_module.Marks.line_texts = former
    n = len(lines)
    print(f"{len(docs)} documents, {n} lines; {sum(t != t.strip() for t in lines)} lines differ from their strip()")
    by_method: Counter[str] = Counter()
    for (name, _, _), k in CALLS.items():
        by_method[name] += k
    digit = re.compile(r"\d")
    facts = {"strip": lambda: [t.strip() for t in lines], "split": lambda: [t.split() for t in lines],
             "split(None, 15)": lambda: [t.split(None, 15) for t in lines],
             "has a digit (re \\d)": lambda: [digit.search(t) is not None for t in lines],
             "ends with a stop": lambda: [t.rstrip().endswith((".", "!", "?", "…")) for t in lines],
             "first letter upper": lambda: [t[:1].isupper() for t in lines], "len": lambda: [len(t) for t in lines]}
    print("cost of each fact once over every line (best of 5), and the calls counted:")
    for name, fn in facts.items():
        per = min(timeit.repeat(fn, number=3, repeat=5)) / 3 / max(1, n)
        key = name.split("(")[0].strip()
        print(f"  {name:22} {per * 1e9:7.0f} ns a line   calls {by_method.get(key, 0):>9}  "
              f"x cost {by_method.get(key, 0) * per:6.3f} s")
    print("calls by method:", ", ".join(f"{k} {v}" for k, v in by_method.most_common()))
    for (name, where, fn_name), k in CALLS.most_common(a.top):
        print(f"  {k:>8} {name:12} {where} {fn_name}")


if __name__ == "__main__":
    main()
