"""Runs of clutter lines the cleaner leaves *inside* the article, for a census by hand (issue 12, rel99).

Usage::

    python benchmarks/cleaning.py --show --data DEV > /dev/null 2> SHOW
    python tools/inarticle_left.py SHOW [--data DEV] [--min-run 2] [--held-out]

``DEV`` is a folder of dev ``.ann`` files (``benchmarks/blind_now.py --dev-folder``: the blind parts left out).  A run
is two or more adjacent lines labelled ``-``/``=`` that ``--show`` lists as LEFT, standing between the document's
first and last ``+`` line (where the line classifier never judges, clf98), on ru/vi documents.  Parts whose number
ends in 1 or 5 are the held-out half and are skipped unless ``--held-out`` is given (read them once, after a rule is
chosen).  Each run prints with the kept line above and the line below; ``H`` marks a headline-like line
(:func:`mtpipe.clean.features._headline_like`).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from mtpipe.clean.features import _headline_like  # noqa: E402

_LEFT = re.compile(r"LEFT\s+(\S+) \[[^\]]*\]: (.*)$")
_HELD_OUT = re.compile(r"[15]$")


def left_lines(show: Path) -> set[tuple[str, str]]:
    """(document id, first 60 characters of the line) for every LEFT line of a ``--show`` dump."""
    out = set()
    for line in show.read_text(encoding="utf-8").splitlines():
        m = _LEFT.match(line)
        if m:
            out.add((m.group(1), m.group(2).strip()[:60]))
    return out


def documents(path: Path):
    """(id, lang, [(label, text)]) per document of one ``.ann`` file, blank lines dropped, marks taken out."""
    doc = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("### doc"):
            if doc:
                yield doc
            m = re.search(r"lang=(\S+)", raw)
            doc = (raw.split()[2], m.group(1) if m else "?", [])
        elif doc is not None and raw.strip():
            label, _, text = raw.partition(" ")
            doc[2].append((label, text.replace("‖", "").strip()))
    if doc:
        yield doc


def runs(lines, doc_id, left, min_run):
    """(start, end) of each LEFT clutter run between the first and last content line."""
    kept = [k for k, (label, _) in enumerate(lines) if label == "+"]
    if not kept:
        return
    i = kept[0] + 1
    while i < kept[-1]:
        j = i
        while j < len(lines) and lines[j][0] in "-=" and (doc_id, lines[j][1][:60]) in left:
            j += 1
        if j - i >= min_run:
            yield i, j
        i = max(j, i + 1)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("show", type=Path)
    ap.add_argument("--data", type=Path, default=Path("benchmarks/data/realpages"))
    ap.add_argument("--min-run", type=int, default=2)
    ap.add_argument("--held-out", action="store_true", help="read the parts ending in 1 or 5 too")
    args = ap.parse_args(argv)
    left = left_lines(args.show)
    total = 0
    for path in sorted(args.data.glob("*.ann")):
        if _HELD_OUT.search(path.stem) and not args.held_out:
            continue
        for doc_id, lang, lines in documents(path):
            if lang not in ("ru", "vi"):
                continue
            for i, j in runs(lines, doc_id, left, args.min_run):
                total += 1
                print(f"{doc_id} [{path.stem}] {j - i} lines; above: {lines[i - 1][1][:60]}")
                for label, text in lines[i:j]:
                    print(f"    {'H' if _headline_like(text) else ' '} {label} {text[:100]}")
                print(f"    below: {lines[j][0]} {lines[j][1][:60]}")
    print(f"{total} runs", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
