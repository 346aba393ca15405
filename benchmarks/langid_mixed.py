"""Language ID of real lines that mix Cyrillic and Latin words (lang15, issue 12 point 5; field trial 7's A).

``benchmarks/data/langmixed15/lines.tsv`` (built by ``tools/build_langid_mixed15.py``; a third held out): each line
labelled with its page's language.  Prints, per split and label: lines, right, and how many went to ``en`` (a
Russian line copied into the English output as if translated).

    python benchmarks/langid_mixed.py [--split dev|held|all] [--json] [--show]
"""

from __future__ import annotations

import argparse
import csv
import json
from collections import Counter
from pathlib import Path

from mtpipe.langid import identify

DATA = Path(__file__).resolve().parent / "data" / "langmixed15" / "lines.tsv"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--split", choices=("dev", "held", "all"), default="all")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--show", action="store_true", help="the dev lines not right (never the held ones)")
    a = ap.parse_args()
    rows = list(csv.DictReader(DATA.open(encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
    res: dict[str, dict[str, int]] = {}
    for split in ("dev", "held"):
        if a.split not in (split, "all"):
            continue
        for r in rows:
            if r["split"] != split:
                continue
            got = identify(r["text"])
            c = res.setdefault(f"{split}/{r['label']}", Counter())
            c["lines"] += 1
            c["right"] += got == r["label"]
            c["to_en"] += got == "en"
            if a.show and split == "dev" and got != r["label"]:
                print(f"  {r['label']} -> {got}: {r['text'][:140]}")
    if a.json:
        print(json.dumps(res, indent=1, sort_keys=True))
        return
    print("split/label  lines  right  to_en")
    for k, c in sorted(res.items()):
        print(f"{k:11} {c['lines']:6} {c['right']:6} {c['to_en']:6}")


if __name__ == "__main__":
    main()
