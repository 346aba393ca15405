"""Precision and recall of ``mtpipe glossary suggest`` on real Russian and Vietnamese news text.

Two corpora:

* ``--corpus DIR``: the excerpts of ``benchmarks/data/SOURCES.md`` (news sites; not in the repository),
  ``dev/{ru,vi}/*.txt`` and ``heldout/{ru,vi}/*.txt``, judged in ``data/suggest_annotations.tsv``;
* ``--realpages``: runs from the repository alone, on the ru and vi documents of the real pages
  already committed for the cleaning benchmark (``data/realpages/*.ann``, written out to a temporary
  folder), judged in ``data/suggest_realpages.tsv``;
* ``--fresh``: runs from the repository alone, on ``data/suggest_fresh/{dev,blind}/{ru,vi}`` (pages
  gathered and split before any run, issue 17 round 9), judged in ``data/suggest_fresh.tsv``; its pool
  of Chinese persons also holds those read by hand from the text, so its recall is not only relative,
  and it reports how many right proposals carry the right reading (``reading``);
* ``--fresh2``: the same on ``data/suggest_fresh2/fresh2/{ru,vi}`` (a second blind set, round 12), judged in
  ``data/suggest_fresh2.tsv``.

A proposal never judged is counted apart as ``unjudged``.

* precision: judged-correct proposals / judged proposals;
* recall of Chinese persons: distinct persons proposed / distinct persons any judged proposal of
  that set and language stands for (pooled over the runs judged: a relative recall).

``--baseline PATH`` also runs another checkout of mtpipe (say ``/work/main``, the code before this
change) in a subprocess on the same text, for the ratio.  Prints figures; asserts nothing.

Run: ``python benchmarks/suggest_precision.py (--corpus DIR | --realpages | --fresh | --fresh2) [--baseline PATH]``
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ANNOTATIONS = REPO / "benchmarks" / "data" / "suggest_annotations.tsv"
REALPAGES = REPO / "benchmarks" / "data" / "realpages"
REALPAGES_ANNOTATIONS = REPO / "benchmarks" / "data" / "suggest_realpages.tsv"
FRESH = REPO / "benchmarks" / "data" / "suggest_fresh"
FRESH_ANNOTATIONS = REPO / "benchmarks" / "data" / "suggest_fresh.tsv"
FRESH2 = REPO / "benchmarks" / "data" / "suggest_fresh2"
FRESH2_ANNOTATIONS = REPO / "benchmarks" / "data" / "suggest_fresh2.tsv"


def realpages_corpus(out: Path) -> Path:
    """Write the raw ru and vi documents of ``data/realpages/*.ann`` (but the blind parts, benchmarks/blind_sets.py) to
    ``out/realpages/{ru,vi}/``."""
    from blind_sets import without_current

    for ann in without_current(sorted(REALPAGES.glob("*.ann"))):
        doc: tuple[str, str] | None = None
        lines: list[str] = []
        for line in ann.read_text(encoding="utf-8").splitlines() + ["### doc end lang=end split=end"]:
            m = re.match(r"### doc (\S+) lang=(\S+) split=", line)
            if m:
                if doc and doc[1] in ("ru", "vi"):
                    d = out / "realpages" / doc[1]
                    d.mkdir(parents=True, exist_ok=True)
                    (d / f"{doc[0]}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
                doc, lines = (m.group(1), m.group(2)), []
            else:
                lines.append((line[2:] if line[:2] in ("+ ", "- ", "= ") else line).replace("\u2016", ""))
    return out


def judgements(path: Path = ANNOTATIONS) -> dict[tuple[str, str, str], tuple[int, str]]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(("#", "set\t")):
            continue
        parts = line.split("\t") + ["", ""]
        out[(parts[0], parts[1], parts[2])] = (int(parts[3]), parts[4])
    return out


def readings(path: Path) -> dict[tuple[str, str, str], str]:
    """The ``reading`` column (7th) of a judgement file: "1", "0" or "" per (set, lang, en)."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(("#", "set\t")):
            continue
        parts = line.split("\t") + ["", "", ""]
        out[(parts[0], parts[1], parts[2])] = parts[6].strip()
    return out


def proposals(corpus: Path, checkout: Path | None) -> list[dict]:
    """The JSON rows of ``suggest`` (kind person/place) on ``corpus`` with the starter glossary."""
    root = checkout or REPO
    cmd = [sys.executable, "-m", "mtpipe", "glossary", "--glossary", str(root / "glossaries"), "suggest",
           str(corpus), "--json"]
    env = dict(os.environ, PYTHONPATH=str(root))
    res = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=root, check=True)
    return [r for r in map(json.loads, res.stdout.splitlines()) if r["kind"] in ("person", "place")]


def _plain_key(en: str) -> str:
    return "".join(c for c in en.lower() if c.isalpha())


def score(rows: list[dict], split: str, lang: str, judged: dict, reading: dict | None = None) -> dict:
    ok = bad = unjudged = read_ok = 0
    found: set[str] = set()
    # a proposal whose reading is the real name of a person judged right in this set (a reading fixed
    # since it was judged: Jing Shuang -> Geng Shuang) is that person, read right
    real = {_plain_key(p): p for (s, lg, _), (o, p) in judged.items() if s == split and lg == lang and o and p}
    for r in rows:
        j = judged.get((split, lang, r["en"]))
        if j is None and _plain_key(r["en"]) in real:
            ok += 1
            read_ok += reading is not None
            found.add(real[_plain_key(r["en"])])
        elif j is None:
            unjudged += 1
        elif j[0]:
            ok += 1
            read_ok += (reading or {}).get((split, lang, r["en"])) == "1"
            if j[1]:
                found.add(j[1])
        else:
            bad += 1
    pool = {p for (s, lg, _), (o, p) in judged.items() if s == split and lg == lang and o and p}
    return {"proposals": len(rows), "ok": ok, "wrong": bad, "unjudged": unjudged,
            "precision": ok / ((ok + bad) or 1), "persons": len(found & pool), "pool": len(pool),
            "reading_ok": read_ok}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--corpus", type=Path, help="the excerpts of data/SOURCES.md (dev/, heldout/)")
    src.add_argument("--realpages", action="store_true", help="the committed real pages (data/realpages)")
    src.add_argument("--fresh", action="store_true", help="the round-9 pages (data/suggest_fresh: dev, blind)")
    src.add_argument("--fresh2", action="store_true", help="the round-12 blind pages (data/suggest_fresh2)")
    ap.add_argument("--baseline", type=Path, default=None, help="another mtpipe checkout to compare with")
    args = ap.parse_args()
    tmp = None
    reading = None
    if args.fresh:
        args.corpus = FRESH
        judged, splits = judgements(FRESH_ANNOTATIONS), ("dev", "blind")
        reading = readings(FRESH_ANNOTATIONS)
    elif args.fresh2:
        args.corpus = FRESH2
        judged, splits = judgements(FRESH2_ANNOTATIONS), ("fresh2",)
        reading = readings(FRESH2_ANNOTATIONS)
    elif args.realpages:
        tmp = tempfile.TemporaryDirectory()
        args.corpus = realpages_corpus(Path(tmp.name))
        judged, splits = judgements(REALPAGES_ANNOTATIONS), ("realpages",)
    else:
        judged, splits = judgements(), ("dev", "heldout")
    runs = {"this": None} | ({"baseline": args.baseline} if args.baseline else {})
    table: dict[tuple[str, str], dict[str, dict]] = defaultdict(dict)
    for name, checkout in runs.items():
        for split in splits:
            for lang in ("ru", "vi"):
                d = args.corpus / split / lang
                if d.is_dir():
                    table[(split, lang)][name] = score(proposals(d, checkout), split, lang, judged, reading)
    print(f"{'set':<9} {'lang':<4} {'run':<9} {'proposals':>9} {'wrong':>6} {'unjudged':>8} {'precision':>9} "
          f"{'persons found':>13}")
    for (split, lang), byrun in table.items():
        for name, s in byrun.items():
            print(f"{split:<9} {lang:<4} {name:<9} {s['proposals']:>9} {s['wrong']:>6} {s['unjudged']:>8} "
                  f"{s['precision']:>9.3f} {s['persons']:>6}/{s['pool']:<6}"
                  + (f" reading right {s['reading_ok']}/{s['ok']}" if reading is not None else ""))
    for split in splits:
        for name in runs:
            ss = [table[(split, lg)][name] for lg in ("ru", "vi") if name in table.get((split, lg), {})]
            if ss:
                ok, bad = sum(s["ok"] for s in ss), sum(s["wrong"] for s in ss)
                print(f"{split} ru+vi {name}: precision {ok / ((ok + bad) or 1):.3f} "
                      f"({ok}/{ok + bad}), persons {sum(s['persons'] for s in ss)}/{sum(s['pool'] for s in ss)}")


if __name__ == "__main__":
    main()
