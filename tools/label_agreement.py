"""How far two readings of the same pages agree (issue 12: the ceiling the labels allow).

Usage::

    python tools/label_agreement.py FIRST.ann SECOND.ann [--show]

``FIRST`` is the part as labelled for the benchmark, ``SECOND`` an independent reading of the same raw lines
(``benchmarks/data/realpages/second_reader/``: its ``split=`` names may carry an ``r2`` suffix).  The second
reading is scored as if it were a cleaner against the first, with the benchmark's own definitions
(``benchmarks/cleaning.py``): clutter recall (lines the first reader marks ``-``/``=`` that the second marks
``-``/``=`` too), content precision (lines the first marks ``+`` that the second keeps as ``+``) and
sentence-boundary F1 (``‖`` marks on lines both call content, in ``bnd=yes`` documents; a mark's place is the
number of non-space characters before it, so a mark before or after a space is the same end).  Also Cohen's kappa
over the three tags and over content/removable, per part and per language, and both directions (which reader is
the reference changes recall and precision, not kappa).  ``--show`` lists every line the readers tag differently.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from cleaning import MARK, AnnDoc, load  # noqa: E402


def read(path: Path) -> dict[str, AnnDoc]:
    with tempfile.TemporaryDirectory() as tmp:
        link = Path(tmp) / path.name
        link.symlink_to(path.resolve())
        return {d.doc_id: d for d in load(Path(tmp))}


def _ends(marked: str) -> set[int]:
    """Sentence ends of a marked line: the count of non-space characters before each mark."""
    out, k = set(), 0
    for ch in marked:
        if ch == MARK:
            out.add(k)
        elif not ch.isspace():
            k += 1
    return out


def _kappa(pairs: list[tuple[str, str]]) -> float:
    n = len(pairs)
    if not n:
        return float("nan")
    agree = sum(a == b for a, b in pairs) / n
    ca, cb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    chance = sum(ca[t] * cb[t] for t in set(ca) | set(cb)) / (n * n)
    return 1.0 if chance == 1 else (agree - chance) / (1 - chance)


def compare(first: dict[str, AnnDoc], second: dict[str, AnnDoc]) -> tuple[dict, list[str]]:
    """Counts per group (``all``, ``<lang>``) with the first reading as reference, and the differing lines."""
    groups: dict[str, Counter] = {}
    tags: dict[str, list[tuple[str, str]]] = {}
    diffs: list[str] = []
    missing = sorted(set(first) ^ set(second))
    if missing:
        raise SystemExit(f"documents in one reading only: {', '.join(missing[:10])}")
    for doc_id, a in first.items():
        b = second[doc_id]
        if len(a.lines) != len(b.lines) or any(
                x.replace(MARK, "") != y.replace(MARK, "") for (_, x), (_, y) in zip(a.lines, b.lines)):
            raise SystemExit(f"{doc_id}: the two readings are not of the same raw lines")
        for key in ("all", a.lang):
            c = groups.setdefault(key, Counter())
            pairs = tags.setdefault(key, [])
            for (ta, xa), (tb, xb) in zip(a.lines, b.lines):
                if not ta:
                    continue
                pairs.append((ta, tb))
                if ta == "+":
                    c["content"] += 1
                    c["content_kept"] += tb == "+"
                    if tb == "+" and a.boundaries:
                        ea, eb = _ends(xa), _ends(xb)
                        c["tp"] += len(ea & eb)
                        c["fp"] += len(eb - ea)
                        c["fn"] += len(ea - eb)
                        # a line end one reader ends a sentence at and the other continues over
                        end = len("".join(xa.replace(MARK, "").split()))
                        c["line_end_disagree"] += (end in ea) != (end in eb)
                else:
                    c["clutter"] += 1
                    c["clutter_removed"] += tb in "-="
                if key == "all" and (ta != tb or (ta == "+" and _ends(xa) != _ends(xb) and a.boundaries)):
                    diffs.append(f"{doc_id} {ta}{tb}  {xa[:110]}" + ("" if ta != tb else f"  || {xb[:110]}"))
    out = {}
    for key, c in groups.items():
        p = c["tp"] / max(1, c["tp"] + c["fp"])
        r = c["tp"] / max(1, c["tp"] + c["fn"])
        out[key] = {
            "lines": len(tags[key]),
            "content": c["content"], "clutter+meta": c["clutter"],
            "clutter_recall": round(c["clutter_removed"] / max(1, c["clutter"]), 4),
            "content_precision": round(c["content_kept"] / max(1, c["content"]), 4),
            "boundary_f1": round(2 * p * r / max(1e-9, p + r), 4),
            "line_end_disagreements": c["line_end_disagree"],
            "kappa3": round(_kappa(tags[key]), 4),
            "kappa2": round(_kappa([("+" if x == "+" else "x", "+" if y == "+" else "x")
                                    for x, y in tags[key]]), 4),
        }
    return out, diffs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("first", type=Path)
    ap.add_argument("second", type=Path)
    ap.add_argument("--show", action="store_true", help="list the lines the readings tag differently")
    args = ap.parse_args(argv)
    first, second = read(args.first), read(args.second)
    shown: list[str] = []
    for label, (ref, other) in (("first as reference", (first, second)), ("second as reference", (second, first))):
        figures, diffs = compare(ref, other)
        shown = shown or diffs  # the tags as (first, second)
        print(f"# {args.first.stem} vs {args.second.stem}, {label}")
        for key, f in sorted(figures.items()):
            print(f"{key:4} " + "  ".join(f"{k}={v}" for k, v in f.items()))
    if args.show:
        print(f"# differing lines (first tag, second tag): {len(shown)}")
        print("\n".join(shown))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
