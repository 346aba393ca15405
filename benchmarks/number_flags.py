"""The ``number_mismatch`` flag on real parallel text (issue num24).

False alarms: FLORES-200 devtest references as translations (ru->en, ru->zh, vi->en, vi->zh, en->zh):
a flagged pair is a false alarm (the references are right, bar a few the script lists).  Catch rate:
the same pairs with one number of the translation changed (one digit) or dropped (seeded).  FLORES is
split by source article (crc32 of the URL): even -> dev (tuned on), odd -> held (reported).  The
baseline is the flag before num24: nothing flagged (0 false alarms, 0 % caught).

    PYTHONPATH=$PWD python benchmarks/number_flags.py [--flores DIR] [--show N] [--part dev|held|all]
"""

from __future__ import annotations

import argparse
import random
import re
import time
import zlib
from pathlib import Path

from mtpipe.numbers import missing_numbers

FILES = {"en": "eng_Latn.devtest", "ru": "rus_Cyrl.devtest", "vi": "vie_Latn.devtest", "zh": "zho_Hans.devtest"}
PAIRS = [("ru", "en"), ("ru", "zh"), ("vi", "en"), ("vi", "zh"), ("en", "zh")]
_DIGITS = re.compile(r"[0-9０-９]+")


def load(root: Path) -> tuple[dict[str, list[str]], list[str]]:
    texts = {k: (root / f).read_text(encoding="utf-8").splitlines() for k, f in FILES.items()}
    meta = (root / "metadata_devtest.tsv").read_text(encoding="utf-8").splitlines()[1:]
    parts = ["dev" if zlib.crc32(m.split("\t")[0].encode()) % 2 == 0 else "held" for m in meta]
    return texts, parts


def corrupt(target: str, rng: random.Random) -> str | None:
    """One digit run of ``target`` changed in one digit, or dropped (None when it has no digits)."""
    runs = list(_DIGITS.finditer(target))
    if not runs:
        return None
    m = rng.choice(runs)
    if rng.random() < 0.5:
        return target[:m.start()] + target[m.end():]
    i = rng.randrange(m.start(), m.end())
    d = target[i]
    base = ord("０") if d >= "０" else ord("0")
    new = chr(base + (ord(d) - base + rng.randrange(1, 10)) % 10)
    return target[:i] + new + target[i + 1:]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--flores", type=Path, default=Path(__file__).resolve().parents[1] / "tests/data/flores200-devtest")
    ap.add_argument("--show", type=int, default=0, help="print this many false alarms per pair")
    ap.add_argument("--part", default="held", choices=["dev", "held", "all"])
    ap.add_argument("--seed", type=int, default=24)
    a = ap.parse_args()
    texts, parts = load(a.flores)
    rng = random.Random(a.seed)
    t0 = time.process_time()
    checks = 0
    print(f"part {a.part}: {sum(1 for p in parts if a.part in ('all', p))} of {len(parts)} FLORES lines")
    print("| pair | sentences | with numbers | false alarms | FA % (all) | FA % (with numbers) | corrupted | caught | catch % |")
    print("|---|---|---|---|---|---|---|---|---|")
    tot = [0, 0, 0, 0, 0]
    for s, t in PAIRS:
        n = wn = fa = cor = caught = 0
        shown = shown_missed = 0
        for i, (src, tgt) in enumerate(zip(texts[s], texts[t])):
            if a.part != "all" and parts[i] != a.part:
                continue
            n += 1
            miss = missing_numbers(src, tgt)
            checks += 1
            has = bool(_DIGITS.search(src))
            wn += has
            if miss:
                fa += 1
                if shown < a.show:
                    shown += 1
                    print(f"  FA {s}->{t} #{i} missing {miss}\n     {src}\n     {tgt}")
                continue
            if not has:
                continue
            bad = corrupt(tgt, rng)
            if bad is None:
                continue
            cor += 1
            checks += 1
            hit = bool(missing_numbers(src, bad))
            caught += hit
            if not hit and shown_missed < a.show:
                shown_missed += 1
                print(f"  MISSED {s}->{t} #{i}\n     {src}\n     {bad}")
        for k, v in enumerate((n, wn, fa, cor, caught)):
            tot[k] += v
        print(f"| {s}->{t} | {n} | {wn} | {fa} | {100 * fa / max(n, 1):.1f} | {100 * fa / max(wn, 1):.1f} | {cor} | "
              f"{caught} | {100 * caught / max(cor, 1):.1f} |")
    n, wn, fa, cor, caught = tot
    print(f"| all | {n} | {wn} | {fa} | {100 * fa / max(n, 1):.1f} | {100 * fa / max(wn, 1):.1f} | {cor} | {caught} | "
          f"{100 * caught / max(cor, 1):.1f} |")
    cpu = time.process_time() - t0
    print(f"baseline (before num24: no number flag): 0 false alarms, 0 of {cor} corruptions caught")
    print(f"cost: {checks} checks in {cpu:.2f} CPU-s ({1e6 * cpu / max(checks, 1):.0f} µs a check)")


if __name__ == "__main__":
    main()
