"""What the column guard (:mod:`mtpipe.clean.cell_columns`, cell66) would take back, counted on dumps of
benchmarks/blind_losses.py: per dump, the content lines it saves and the clutter lines it keeps.

The guard runs on each page of the dump as the cleaner runs it: a line is live where the dump kept it (at least
``CONTENT_KEPT`` of its letters), else removed by the first rule the dump names for it.  Dumps of former blind parts
at their sessions' start codes (benchmarks/notes/xfer62.md) measure what the guard would have held there; the dump of
every dev part at this branch's base (``--part all``) measures its cost: there every clutter line it would keep is a
line the guard costs, and every content line it would keep a saved one::

    PYTHONPATH=$PWD python benchmarks/blind_losses.py --code $PWD --part all --dump /tmp/today.json
    PYTHONPATH=$PWD python benchmarks/cell_columns.py /tmp/l36.json ... /tmp/l41.json /tmp/today.json [--show]
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.blind_losses import CONTENT_KEPT  # noqa: E402
from mtpipe.clean.cell_columns import RELEASED, column_runs, shape, vouched_cells  # noqa: E402


def restored(rows: list[dict]) -> list[tuple[dict, str]]:
    """The dump's removed lines the guard would take back, each with its table's note."""
    docs: dict[str, list[dict]] = collections.defaultdict(list)
    for r in rows:
        docs[r["doc"]].append(r)
    out: list[tuple[dict, str]] = []
    for doc in docs.values():
        lines = [r["text"] for r in doc]
        removed = {k: (r["rules"][0] if r["rules"] else "(cut)") for k, r in enumerate(doc) if r["kept"] < CONTENT_KEPT}
        out += [(doc[k], why) for k, (_a, _b, why) in sorted(vouched_cells(lines, removed).items())]
    return out


def in_runs(rows: list[dict]) -> collections.Counter:
    """The dump's lines inside a periodic stretch (either view of :func:`~mtpipe.clean.cell_columns.vouched_cells`),
    by label and fate: kept, or removed by a shape rule (:data:`RELEASED`) or another rule."""
    docs: dict[str, list[dict]] = collections.defaultdict(list)
    for r in rows:
        docs[r["doc"]].append(r)
    out: collections.Counter = collections.Counter()
    for doc in docs.values():
        shapes = [shape(r["text"]) for r in doc]
        every = list(range(len(doc)))
        inside: set[int] = set()
        for view in (every, [k for k in every if shapes[k] != "S"]):
            for a, b, _k in column_runs([shapes[k] for k in view]):
                inside.update(view[a:b])
        for k in inside:
            r = doc[k]
            fate = "kept" if r["kept"] >= CONTENT_KEPT else (
                "shape rule" if r["rules"] and r["rules"][0] in RELEASED else "other rule")
            out[("content" if r["tag"] == "+" else "clutter", fate)] += 1
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dumps", type=Path, nargs="+")
    ap.add_argument("--show", action="store_true", help="print every line taken back")
    a = ap.parse_args()
    print("| dump | content saved | clutter kept (cost) |\n| --- | --- | --- |")
    shown = []
    for f in a.dumps:
        got = restored(json.loads(f.read_text(encoding="utf-8")))
        saved = sum(r["tag"] == "+" for r, _ in got)
        print(f"| {f.stem} | {saved} | {len(got) - saved} |")
        shown += [f"{f.stem} {r['doc']} {r['tag']} {r['text'][:60]!r} ({', '.join(r['rules'])}; {why})"
                  for r, why in got]
    print("\n| dump | lines in periodic stretches: content kept / removed by a shape rule / by another | "
          "clutter kept / removed by a shape rule / by another |\n| --- | --- | --- |")
    for f in a.dumps:
        c = in_runs(json.loads(f.read_text(encoding="utf-8")))
        print(f"| {f.stem} | " + " | ".join(" / ".join(str(c[(t, x)]) for x in ("kept", "shape rule", "other rule"))
                                           for t in ("content", "clutter")) + " |")
    if a.show:
        print("\n".join(shown))


if __name__ == "__main__":
    main()
