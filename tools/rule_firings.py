"""Where named cleaning rules fire: on the labelled dev pages (each firing with the labels of the lines it touches) and
on folders of text nobody labelled (each firing with its lines around it, for a reader to judge) -- one101's audit of
rules that rest on one page (benchmarks/notes/one101.md).

A firing is a ledger entry of one of the rules, ``removed`` or ``kept`` (a guard's take-back).  Dev: every ``.ann``
part of ``benchmarks/data/realpages`` but ``html.ann`` and the blind ones (``benchmarks/blind_sets.CURRENT``), each
part run as ``benchmarks/cleaning.py`` runs it alone (``tools/rule_precision.run_part``, the default options); a
firing's lines are the annotated lines it overlaps, with their tag (``+`` content, ``-`` clutter, ``=`` metadata) and
the share of their letters kept.  Fresh: ``--folder DIR`` runs the ``.txt`` files of ``DIR`` as one site (one first
pass over them); ``--folder DIR:each`` runs every ``.txt`` under ``DIR`` alone (pages of different hosts: a shared
first pass would read one host's words as another's template).

    python tools/rule_firings.py --rule structure.pipe_rows --rule keep.letter_head --dev > /tmp/dev.jsonl
    python tools/rule_firings.py --rule portal.cms_string --folder /tmp/pages:each --folder /tmp/rt/000 > /tmp/f.jsonl

One JSON object a line: ``where`` (part or folder), ``doc``, ``rule``, ``action``, ``text`` (the entry's text) and
``lines`` (dev: ``[tag, share kept, line]``) or ``context`` (fresh: the entry with two lines either side).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tools"))

import blind_sets  # noqa: E402  (the parts no one may read)
import cleaning  # noqa: E402  (the loader, the run and the line alignment)


def dev_parts() -> list[Path]:
    """Every labelled part but ``html.ann`` and the blind ones."""
    return [f for f in sorted(cleaning.DATA.glob("*.ann")) if f.stem != "html" and f.stem not in blind_sets.CURRENT]


def dev_firings(rules: set[str], parts: list[Path]):  # type: ignore[no-untyped-def]
    from mtpipe.clean import CleanOptions
    from rule_precision import run_part

    for f in parts:
        for ann, doc in run_part(f, CleanOptions):
            aligned = None
            for e in doc.ledger:
                if e.rule not in rules:
                    continue
                if aligned is None:
                    aligned = cleaning.aligned_lines(ann, doc)
                lines = [[tag, round(share, 2), marked[:160]] for tag, marked, _s, a, b, share in aligned
                         if e.start < doc.to_raw(b) and e.end > doc.to_raw(a)]
                yield {"where": f.stem, "doc": ann.doc_id, "rule": e.rule, "action": e.action, "text": e.text[:300],
                       "lines": lines}


def _context(raw: str, start: int, end: int, around: int = 2) -> str:
    """The lines the span ``start:end`` touches, with ``around`` lines either side."""
    lines = raw.split("\n")
    first = raw.count("\n", 0, start)
    last = raw.count("\n", 0, max(start, end - 1))
    return "\n".join(lines[max(0, first - around):last + around + 1])[:1000]


def _run(rules: set[str], paths: list[Path], root: Path, where: str):  # type: ignore[no-untyped-def]
    docs, _ = cleaning.run_front(paths, root)
    for p, doc in zip(paths, docs):
        for e in doc.ledger:
            if e.rule in rules:
                yield {"where": where, "doc": p.name, "rule": e.rule, "action": e.action, "text": e.text[:300],
                       "context": _context(doc.raw_text, e.start, e.end)}


def folder_firings(rules: set[str], spec: str):  # type: ignore[no-untyped-def]
    folder, _, mode = spec.partition(":")
    base = Path(folder)
    if mode != "each":
        paths = sorted(base.glob("*.txt"))
        if paths:
            yield from _run(rules, paths, base, folder)
        return
    for p in sorted(base.rglob("*.txt")):
        with tempfile.TemporaryDirectory() as tmp:
            q = Path(tmp) / p.parent.name / p.name  # the parent's name stays: a language folder ("ru", "vi")
            q.parent.mkdir(parents=True)
            shutil.copy(p, q)
            for row in _run(rules, [q], q.parent, str(p.parent)):
                row["doc"] = str(p)
                yield row


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rule", action="append", required=True, help="a ledger rule name (repeat)")
    ap.add_argument("--dev", action="store_true", help="every dev part")
    ap.add_argument("--part", action="append", default=[], help="one dev part by name (repeat)")
    ap.add_argument("--folder", action="append", default=[], help="DIR or DIR:each (repeat)")
    args = ap.parse_args(argv)
    rules = set(args.rule)
    parts = dev_parts() if args.dev else [f for f in dev_parts() if f.stem in args.part]
    for row in dev_firings(rules, parts):
        print(json.dumps(row, ensure_ascii=False), flush=True)
    for spec in args.folder:
        for row in folder_firings(rules, spec):
            print(json.dumps(row, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
