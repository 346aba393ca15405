"""Rebuild the held-out excerpts of ``benchmarks/suggest_precision.py --corpus DIR`` and check them.

The excerpts judged in ``benchmarks/data/suggest_annotations.tsv`` are news pages (the publishers'
text, not redistributable), so the repository keeps only how to get them back:
``benchmarks/data/suggest_heldout_rebuild.tsv`` lists, for every held-out page of
``benchmarks/data/SOURCES.md``, the address, the query of the search tool's ``pages`` corpus that
returned it, and the sha256 (first 16 hex digits) of the excerpt saved from that answer.

* ``python tools/rebuild_suggest_corpus.py queries`` prints, per page, the query to run and the file
  to save the matching result's ``excerpt`` to (``DIR/heldout/<lang>/<file>``, UTF-8, as returned);
* ``python tools/rebuild_suggest_corpus.py check DIR`` says which files are there, which match the
  recorded hash and which differ (a different excerpt of the same page: judge the new proposals before
  counting them), and exits non-zero when a recorded file is missing.

Then: ``python benchmarks/suggest_precision.py --corpus DIR --baseline /work/main``.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MANIFEST = REPO / "benchmarks" / "data" / "suggest_heldout_rebuild.tsv"


def manifest(path: Path = MANIFEST) -> list[dict[str, str]]:
    head: list[str] = []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        if not head:
            head = line.split("\t")
            continue
        rows.append(dict(zip(head, line.split("\t"))))
    return rows


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def check(corpus: Path, rows: list[dict[str, str]]) -> dict[str, list[str]]:
    """``ok`` (hash as recorded), ``differs``, ``missing`` (recorded but absent), ``not_found`` (no
    excerpt was found when the corpus was rebuilt)."""
    out: dict[str, list[str]] = {"ok": [], "differs": [], "missing": [], "not_found": []}
    for r in rows:
        rel = f"{r['split']}/{r['lang']}/{r['file']}"
        if r["found"] != "yes":
            out["not_found"].append(rel)
            continue
        p = corpus / rel
        if not p.is_file():
            out["missing"].append(rel)
        else:
            out["ok" if digest(p) == r["sha256_16"] else "differs"].append(rel)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("queries", help="print the query and target file of every page")
    c = sub.add_parser("check", help="check a local DIR against the recorded hashes")
    c.add_argument("dir", type=Path)
    args = ap.parse_args()
    rows = manifest()
    if args.cmd == "queries":
        for r in rows:
            print(f"{r['split']}/{r['lang']}/{r['file']}\t{r['url']}\t{r['query']}\t(found: {r['found']})")
        return
    res = check(args.dir, rows)
    for k, v in res.items():
        print(f"{k}: {len(v)}")
        for rel in v:
            print(f"  {rel}")
    sys.exit(1 if res["missing"] else 0)


if __name__ == "__main__":
    main()
