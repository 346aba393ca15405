"""Leave-one-set-out figures of the letter-shape model (spam46, issue 12 point 3).

For each dev langfresh set (langfresh28, langfresh29, langfresh30 and langfresh31 are blind and never read), the
model of :mod:`mtpipe.clean.spam_letters` is built without that set's tokens and sentences
(``tools/build_letter_shapes.py``'s counts, in memory) and the set's spam cases, controls and look-alike rows go
through the cleaner with it: misses, repaired wrongly, false alarms on the controls (the original sentences) and on
the look-alikes. ``--in-fold`` uses the shipped model instead.

    python benchmarks/letter_shapes.py --mirror /work/.mirror            # held-out fold per set
    python benchmarks/letter_shapes.py --mirror /work/.mirror --in-fold
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import build_letter_shapes as build  # noqa: E402
import langid  # noqa: E402

import mtpipe.clean.spam_letters as letters  # noqa: E402


def fold_models(mirror: Path | None) -> dict[str, letters.LetterModel]:
    """One model per dev set, built without that set."""
    sets = [d.name for d in build._sets(frozenset())]
    real = build.count(build.real_words(frozenset(sets)))
    spam = build.count(build.spam_words(frozenset(sets), mirror))
    own = {s: (build.real_words(frozenset(sets) - {s})["controls"], build.spam_words(frozenset(sets) - {s})["tokens"])
           for s in sets}
    out = {}
    for s in sets:
        ctl = set().union(*(own[o][0] for o in sets if o != s))
        tok = set().union(*(own[o][1] for o in sets if o != s))
        r: Counter[str] = real + build.count({"controls": ctl})
        p: Counter[str] = spam + build.count({"tokens": tok})
        out[s] = letters.LetterModel.from_table({g: (r[g], p[g]) for g in r.keys() | p.keys() if r[g] + p[g] >= 2})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mirror", type=Path, default=None)
    ap.add_argument("--in-fold", action="store_true", help="the shipped model on every set")
    a = ap.parse_args(argv)
    models = {} if a.in_fold else fold_models(a.mirror)
    shipped = letters.load_model
    total: Counter[str] = Counter()
    for d in build._sets(frozenset()):
        if d.name in models:
            letters.load_model = lambda m=models[d.name]: m  # type: ignore[assignment,misc]
        sp = langid.spam_figures(langid.load_spam("all", d))
        look = langid.lookalike_figures(langid.load_sentences("all", d))
        looks = sum(v for k, v in look.items() if k.endswith(":false_alarms"))  # type: ignore[misc]
        letters.load_model = shipped  # type: ignore[assignment]
        row = {"missed": sp.get("missed", 0), "wrong": sp.get("repaired_wrong", 0), "controls": sp.get("false_alarms", 0),
               "lookalikes": looks}
        total.update(row)  # type: ignore[arg-type]
        print(f"{d.name:13} " + " ".join(f"{k} {v}" for k, v in row.items()), flush=True)
    print("all           " + " ".join(f"{k} {v}" for k, v in total.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
