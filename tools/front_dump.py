"""Every dev document's front output in full, one JSON line each, to compare two trees byte for byte (perf84): the
cleaned text, ledger, segments, metadata and warnings of :func:`front_digest.doc_record`, for ``benchmarks/cleaning.py``'s
text group (one ``run_front`` over every text document, as its speed figure runs them), its HTML group, and each crawl
site alone (front_digest's layout).  Blind parts (``benchmarks/blind_sets.CURRENT``) are left out.

    PYTHONPATH=$PWD python tools/front_dump.py OUT.jsonl     # in each tree (the other tree's mtpipe on PYTHONPATH)
    cmp BEFORE.jsonl AFTER.jsonl

``tools/front_digest.py`` prints digests of the text pages and crawl sites; this writes the records themselves (a
difference shows what moved) and covers the HTML pages too.
"""
from __future__ import annotations

import gzip
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tools"))
import blind_sets  # noqa: E402
import cleaning  # noqa: E402
import front_digest  # noqa: E402


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        raise SystemExit(__doc__)
    import mtpipe

    print("mtpipe from", mtpipe.__file__, file=sys.stderr)
    anns = [d for f in sorted(cleaning.DATA.glob("*.ann")) if f.stem not in blind_sets.CURRENT
            for d in cleaning.load_file(f)]
    groups = [("text", [x for x in anns if not x.html]), ("html", [x for x in anns if x.html])]
    sites: dict[str, list[cleaning.AnnDoc]] = {}
    for x in anns:
        if x.crawl_site:
            sites.setdefault(x.crawl_site, []).append(x)
    groups += sorted(("site:" + k, v) for k, v in sites.items())
    with open(args[0], "w", encoding="utf-8") as out, tempfile.TemporaryDirectory() as tmp:
        for gi, (name, group) in enumerate(groups):
            root = Path(tmp) / str(gi)
            paths = []
            for ann in group:
                if ann.html:
                    p = root / ann.site / f"{ann.doc_id}.html"
                    p.parent.mkdir(parents=True, exist_ok=True)
                    p.write_bytes(gzip.decompress((cleaning.DATA / "html" / ann.html).read_bytes()))
                else:
                    p = root / ann.site / f"{ann.doc_id}.txt"
                    p.parent.mkdir(parents=True, exist_ok=True)
                    p.write_text(ann.raw(), encoding="utf-8")
                paths.append(p)
            docs, secs = cleaning.run_front(paths, root)
            for d in docs:
                r = front_digest.doc_record(d)
                r["group"] = name
                out.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
            print(name, len(docs), round(secs, 2), file=sys.stderr)


if __name__ == "__main__":
    main()
