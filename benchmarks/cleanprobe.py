"""A precision probe (issue 12, round 22a): what the cleaner removes from real text that has NO clutter.

The documents (``benchmarks/data/cleanprobe/*.probe``, built by ``tools/build_cleanprobe.py``; origins
and licences in ``benchmarks/data/SOURCES.md``) are running text from treebanks and FLORES-200: every
line the cleaner removes is a false positive, or a finding about the source.  Each corpus goes through
read -> clean as ``cleaning.py`` runs it (the cross-document first pass over the corpus on), and the
script prints, per corpus and split (``dev``/``held``, fixed by document hash when the set was built):
lines removed (a line counts as removed when under 85% of its letters, or of its visible characters when it
has no letter, are kept: ``cleaning.py``'s content-precision test) over lines, the characters (letters) removed,
and the rule of each removal.

    python benchmarks/cleanprobe.py [--split dev|held|all] [--json] [--show]
    PYTHONPATH=/path/to/older/tree python benchmarks/cleanprobe.py    # the baseline
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cleaning import run_front  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "cleanprobe"
_HEAD = re.compile(r"^### doc (\S+)((?: \w+=\S+)*)$")


def load(folder: Path = DATA) -> dict[str, list[tuple[str, dict[str, str], str]]]:
    """corpus -> [(doc id, header fields, raw text)]."""
    out: dict[str, list[tuple[str, dict[str, str], str]]] = {}
    for f in sorted(folder.glob("*.probe")):
        docs: list[tuple[str, dict[str, str], list[str]]] = []
        for line in f.read_text(encoding="utf-8").splitlines():
            m = _HEAD.match(line)
            if m:
                docs.append((m.group(1), dict(p.split("=", 1) for p in m.group(2).split()), []))
            elif docs:
                docs[-1][2].append(line)
        out[f.stem] = [(d, kv, "\n".join(lines).strip("\n") + "\n") for d, kv, lines in docs]
    return out


def removals(doc) -> tuple[int, int, int, int, list[tuple[str, str]]]:  # type: ignore[no-untyped-def]
    """(lines, lines removed, letters, letters removed, [(rule, line)]) of one cleaned document."""
    text = doc.text
    keep = bytearray(len(text))
    for a, b in doc.meta.get("kept", []):
        keep[a:b] = b"\x01" * (b - a)
    lines = gone = letters = letters_gone = 0
    shown: list[tuple[str, str]] = []
    pos = 0
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if not line.strip():
            continue
        lines += 1
        # letters; a line without any (emoji, a number) by its visible characters
        idx = [i for i in range(a, b) if text[i].isalpha()] or [i for i in range(a, b) if not text[i].isspace()]
        kept = sum(keep[i] for i in idx)
        letters += len(idx)
        letters_gone += len(idx) - kept
        if kept / max(1, len(idx)) < 0.85:
            gone += 1
            ra, rb = doc.to_raw(a), doc.to_raw(b)
            why = sorted({e.rule for e in doc.ledger if e.action == "removed" and e.start < rb and e.end > ra})
            shown.append(("; ".join(why) or "?", line))
    return lines, gone, letters, letters_gone, shown


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--split", default="all", choices=("dev", "held", "all"))
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--show", action="store_true", help="print every removed line with its rule(s)")
    a = ap.parse_args(argv)
    result: dict = {}
    shown: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for corpus, docs in load(a.data).items():
            folder = Path(tmp) / corpus
            folder.mkdir()
            paths, splits = [], []
            for doc_id, kv, raw in docs:
                p = folder / f"{doc_id}.txt"
                p.write_text(raw, encoding="utf-8")
                paths.append(p)
                splits.append(kv.get("split", "dev"))
            cleaned, _ = run_front(paths, folder)  # the cross-document first pass over the corpus, as a run
            for split in ("dev", "held"):
                if a.split not in ("all", split):
                    continue
                c = {"documents": 0, "lines": 0, "lines_removed": 0, "letters": 0, "letters_removed": 0,
                     "docs_touched": 0}
                rules: Counter[str] = Counter()
                for (doc_id, _, _), s, d in zip(docs, splits, cleaned):
                    if s != split:
                        continue
                    n, g, L, Lg, lost = removals(d)
                    c["documents"] += 1
                    c["lines"] += n
                    c["lines_removed"] += g
                    c["letters"] += L
                    c["letters_removed"] += Lg
                    c["docs_touched"] += bool(g)
                    for rule, line in lost:
                        rules[rule] += 1
                        shown.append(f"{corpus} {split} {doc_id} [{rule}] {line[:160]}")
                c["line_rate"] = round(c["lines_removed"] / max(1, c["lines"]), 5)
                c["letter_rate"] = round(c["letters_removed"] / max(1, c["letters"]), 5)
                c["rules"] = dict(rules.most_common())
                result.setdefault(corpus, {})[split] = c
    if a.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print(f"{'corpus':10} {'split':5} {'docs':>5} {'lines':>6} {'removed':>7} {'rate':>8} {'letters':>8} "
              f"{'removed':>7} {'rate':>8}  rules")
        for corpus, by in result.items():
            for split, c in by.items():
                print(f"{corpus:10} {split:5} {c['documents']:5} {c['lines']:6} {c['lines_removed']:7} "
                      f"{c['line_rate']:8.5f} {c['letters']:8} {c['letters_removed']:7} {c['letter_rate']:8.5f}  "
                      + ", ".join(f"{r} {k}" for r, k in c["rules"].items()))
    if a.show:
        print("\n".join(shown))


if __name__ == "__main__":
    main()
