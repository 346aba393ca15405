"""A table's header row printed one cell a line (issue 12, cell67): the ``k`` lines directly above a periodic stretch
of period ``k`` (:func:`mtpipe.clean.cell_columns.column_runs`, either view), counted on dumps of
benchmarks/blind_losses.py by label and fate, and what a take-back of them would save and cost.

The candidate class (brief cell67): the ``k`` lines above the table are all labels (shape ``L``), removed by a shape
rule (:data:`~mtpipe.clean.cell_columns.RELEASED`), each with a letter, and half the table's cells are kept (the table
is the page's, as :func:`~mtpipe.clean.cell_columns.vouched_cells`'s twin evidence asks).  Findings:
benchmarks/notes/cell67.md::

    PYTHONPATH=$PWD python benchmarks/cell_heads.py /tmp/l36.json ... /tmp/today.json [--show]
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.blind_losses import CONTENT_KEPT  # noqa: E402
from mtpipe.clean.cell_columns import RELEASED, column_runs, shape  # noqa: E402

_LETTER = re.compile(r"[^\W\d_]")


def heads(doc: list[dict]) -> list[tuple[list[int], list[int], int]]:
    """``(head, table, k)``: the ``k`` non-blank lines above each periodic stretch of period ``k`` of one page."""
    shapes = [shape(r["text"]) for r in doc]
    every = [i for i, r in enumerate(doc) if r["text"].strip()]
    out: list[tuple[list[int], list[int], int]] = []
    seen: set[tuple[int, ...]] = set()
    for view in (every, [i for i in every if shapes[i] != "S"]):
        for a, b, k in column_runs([shapes[i] for i in view]):
            head = view[a - k:a] if a >= k else []
            if head and tuple(head) not in seen:
                seen.add(tuple(head))
                out.append((head, view[a:b], k))
    return out


def count(rows: list[dict], show: bool = False) -> tuple[collections.Counter, collections.Counter]:
    """Per dump: the lines of every all-label head by label and fate, and the candidate's take-backs by label."""
    docs: dict[str, list[dict]] = collections.defaultdict(list)
    for r in rows:
        docs[r["doc"]].append(r)
    fates: collections.Counter = collections.Counter()
    back: collections.Counter = collections.Counter()
    for name, doc in docs.items():
        kept = [r["kept"] >= CONTENT_KEPT for r in doc]
        for head, table, k in heads(doc):
            if any(shape(doc[i]["text"]) != "L" for i in head):
                continue
            for i in head:
                r = doc[i]
                fate = "kept" if kept[i] else ("shape rule" if r["rules"] and r["rules"][0] in RELEASED else "other")
                fates[("content" if r["tag"] == "+" else "clutter", fate)] += 1
            if 2 * sum(kept[i] for i in table) < len(table):
                continue
            for i in head:
                r = doc[i]
                if not kept[i] and r["rules"] and r["rules"][0] in RELEASED and _LETTER.search(r["text"]):
                    back["content" if r["tag"] == "+" else "clutter"] += 1
                    if show:
                        print(f"  {name} {r['tag']} period {k} {r['rules'][0]}: {r['text'][:80]}")
    return fates, back


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dumps", nargs="+", type=Path)
    ap.add_argument("--show", action="store_true", help="print each line the candidate would take back")
    a = ap.parse_args()
    print("| dump | head lines: content kept / by shape rule / other | clutter kept / by shape rule / other "
          "| candidate: content saved / clutter kept |")
    print("| --- | --- | --- | --- |")
    for path in a.dumps:
        fates, back = count(json.loads(path.read_text(encoding="utf-8")), a.show)
        c = [fates[("content", f)] for f in ("kept", "shape rule", "other")]
        u = [fates[("clutter", f)] for f in ("kept", "shape rule", "other")]
        print(f"| {path.stem} | {' / '.join(map(str, c))} | {' / '.join(map(str, u))} "
              f"| {back['content']} / {back['clutter']} |")


if __name__ == "__main__":
    main()
