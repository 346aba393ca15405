"""A digest of the front's outputs (read -> first pass -> clean -> segment) over the realpages text pages and the
crawl parts: every document's cleaned text, ledger (rule, action, span, text, replacement, note), segments
(offsets, language, paragraph, flags, part) and metadata.  A speed-up must leave it unchanged.

    PYTHONPATH=$PWD python tools/front_digest.py [--per-doc]

Prints one digest per group (text pages; each crawl site) and the overall digest; ``--per-doc`` prints each
document's digest too (to find which one moved).  Reads only the folder's ``.ann`` files (no BLIND part is in a
worktree's data folder unless committed; ``--skip`` names parts to leave out).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import blind_sets  # noqa: E402
import cleaning  # noqa: E402


def doc_record(doc: Any) -> dict[str, Any]:
    """What the front produced for one document, in a stable, comparable form."""
    return {
        "id": doc.doc_id,
        "text": doc.text,
        "ledger": [[e.rule, e.action, e.start, e.end, e.text, e.replacement, e.note] for e in doc.ledger],
        "segments": [[s.index, s.start, s.end, s.src_lang, s.paragraph, list(s.flags), s.part,
                      [repr(t) for t in s.terms]] for s in doc.segments],
        "meta": json.dumps(doc.meta, sort_keys=True, default=repr, ensure_ascii=False),
        "warnings": list(doc.warnings),
    }


def digest(obj: Any) -> str:
    return hashlib.sha256(json.dumps(obj, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()[:16]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=cleaning.DATA)
    ap.add_argument("--per-doc", action="store_true")
    ap.add_argument("--skip", nargs="*", default=list(blind_sets.CURRENT),
                    help="parts (file stems) left out (default: the blind ones, benchmarks/blind_sets.py)")
    a = ap.parse_args(argv)
    anns: list[cleaning.AnnDoc] = []
    for f in sorted(a.data.glob("*.ann")):
        if f.stem not in a.skip:
            anns.extend(cleaning.load_file(f))
    text = [x for x in anns if not x.crawl_site and not x.html]
    sites: dict[str, list[cleaning.AnnDoc]] = {}
    for x in anns:
        if x.crawl_site:
            sites.setdefault(x.crawl_site, []).append(x)
    groups: list[tuple[str, list[cleaning.AnnDoc]]] = [("text", text)] + sorted(sites.items())
    overall = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, group in groups:
            root = Path(tmp) / name
            paths = []
            for ann in group:
                p = root / ann.site / f"{ann.doc_id}.txt" if name == "text" else root / f"{ann.doc_id}.txt"
                p.parent.mkdir(parents=True, exist_ok=True)
                p.write_text(ann.raw(), encoding="utf-8")
                paths.append(p)
            docs, _ = cleaning.run_front(paths, root)
            recs = [doc_record(d) for d in docs]
            if a.per_doc:
                for r in recs:
                    print(f"  {name}/{r['id']} {digest(r)}")
            g = digest(recs)
            overall.append(g)
            print(f"{name}: {len(recs)} documents, {sum(len(r['segments']) for r in recs)} segments, "
                  f"{sum(len(r['ledger']) for r in recs)} ledger entries  {g}")
    print(f"ALL {digest(overall)}")


if __name__ == "__main__":
    main()
