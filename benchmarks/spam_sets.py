"""Spam figures over every dev spam set: each ``benchmarks/data/langfresh*`` folder less the blind ones.

The sets measured blind this session (``CURRENT`` of ``benchmarks/blind_sets.py``) are left out, as are any named
with ``--skip``.  For each set, ``benchmarks/langid.py``'s spam figures (its ``spam.tsv``: cases flagged, repaired,
missed, false alarms on the clean case sentences) and look-alike figures (its ``sentences.tsv``: ``spam.*`` ledger
entries on real sentences holding codes and Latin names), every row read whatever its split; then the totals -- the
"dev spam" figure of benchmarks/README.md's session sections.

    python benchmarks/spam_sets.py [--per-set] [--skip langfreshNN ...] [--json]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
KEYS = ("cases", "repaired_right", "repaired_wrong", "flagged", "missed", "false_alarms")


def dev_sets(data: Path = DATA, skip: tuple[str, ...] = ()) -> list[Path]:
    """The spam set folders of ``data`` less the blind ones (``blind_sets.CURRENT``) and ``skip``, by name."""
    from benchmarks import blind_sets

    return [d for d in sorted(data.glob("langfresh*")) if d.is_dir() and d.name not in skip
            and not blind_sets.is_current(d)]


def set_figures(folder: Path, context: bool = True) -> dict:
    """One set's spam and look-alike figures (every row, whatever its split)."""
    from benchmarks import langid as L

    sp = L.spam_figures(L.load_spam("all", folder), context) if (folder / "spam.tsv").exists() else {}
    lk = L.lookalike_figures(L.load_sentences("all", folder), context) if (folder / "sentences.tsv").exists() else {}
    return {**{k: sp.get(k, 0) for k in KEYS}, "lookalike": lk}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--skip", nargs="*", default=[], help="more set folders to leave out, by name")
    ap.add_argument("--per-set", action="store_true", help="print each set's figures (stderr) as it is done")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    tot: Counter[str] = Counter()
    looks: Counter[str] = Counter()
    sets = dev_sets(a.data, tuple(a.skip))
    for d in sets:
        row = set_figures(d)
        tot.update({k: row[k] for k in KEYS})
        looks.update({k: v for k, v in row["lookalike"].items() if isinstance(v, int)})
        if a.per_set:
            print(d.name, json.dumps(row, ensure_ascii=False), file=sys.stderr, flush=True)
    out = {"sets": len(sets), "total": dict(tot), "lookalikes": dict(looks)}
    if a.json:
        print(json.dumps(out, ensure_ascii=False))
        return 0
    fa = sum(v for k, v in looks.items() if k.endswith(":false_alarms"))
    print(f"{len(sets)} dev spam sets: {tot['cases']} cases, flagged {tot['flagged']}, repaired right "
          f"{tot['repaired_right']}, repaired wrongly {tot['repaired_wrong']}, missed {tot['missed']}; false alarms "
          f"on the case sentences {tot['false_alarms']}, on the look-alike sentences {fa}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
