"""A page's fate should not depend on which pages run beside it: every labelled line whose fate differs between
the default run (all text parts together, one cross-document first pass over them, as ``benchmarks/cleaning.py``
runs them) and each part run alone (``cleaning.py --data DIR`` holding that one ``.ann``).

Optional modes, each against ``together``:

* ``--reverse``: the same documents in the reverse order (the first pass counts the same lines, so any difference
  is state that leaks from one document into the next: a bug);
* ``--single``: every document alone (no other page's evidence at all: what a user running one file gets).

Last, the together run again after the others (``again``): a difference there is state kept in the process between
runs (a module cache), not evidence of the run's pages.

The raw HTML part (``html.ann``) runs apart in the default run too, and the crawl parts are one run folder per site
there, so both are left out.  The blind parts (``benchmarks/blind_sets.py``) are never read.  For each line that
differs it prints the part, document, label (``+`` content, ``-`` clutter, ``=`` metadata), the fate in each mode
(``kept`` / ``removed``: content lost below 85% of its letters, clutter left above 10%) and the ledger's removing
rules over the line in each mode; then counts per rule and the content lost in either mode::

    python benchmarks/alone_vs_together.py [--parts held32 train28] [--reverse] [--single] [--crawl 3 5] [--json]

With ``--crawl K`` the base ("together" in the output) is each crawl site one run, the other mode its pages in runs
of K.  Figures (cp76, main at 04858f75, 1,630 text documents): alone, single: 1 line differs (``h21ru07``'s clutter
"Александр", ``classifier.line`` with the run-wide count, kept alone); reverse, again: 0 (no state leaks between
documents or runs); crawl by 3: content lost 6 -> 13 (a parish's record fields, ``c12vi05``: no other parish page in
the window to show the form), by 5: 6 -> 7 (``cp-tv.msnbc.com_news-06``'s title, ``boilerplate.between_removed``
under a byline that 3 of 5 pages share); no line is lost only in the bigger run.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind_sets  # noqa: E402
import cleaning  # noqa: E402


def _fates(ann, doc) -> list[tuple[str, str, bool, tuple[str, ...]]]:  # type: ignore[no-untyped-def]
    """Per labelled line: (tag, text, removed, the removing rules over it)."""
    out = []
    for tag, marked, _raw, a, b, share in cleaning.aligned_lines(ann, doc):
        removed = share < cleaning.CONTENT_KEPT if tag == "+" else share <= cleaning.CLUTTER_LEFT
        ra, rb = doc.to_raw(a), doc.to_raw(b)
        rules = tuple(sorted({e.rule for e in doc.ledger if e.action == "removed" and e.start < rb and e.end > ra}))
        out.append((tag, marked.replace(cleaning.MARK, ""), removed, rules))
    return out


def _run(groups: list[list[cleaning.AnnDoc]], root: Path) -> dict[str, list]:
    """Each group one run (its own cleaner and first pass); fates by document id."""
    out: dict[str, list] = {}
    for n, group in enumerate(groups):
        paths = []
        for ann in group:
            p = root / str(n) / ann.site / f"{ann.doc_id}.txt"
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(ann.raw(), encoding="utf-8")
            paths.append(p)
        docs, _ = cleaning.run_front(paths, root / str(n))
        for ann, d in zip(group, docs):
            out[ann.doc_id] = _fates(ann, d)
    return out


#: a document's part (the ``.ann`` stem it comes from)
PART: dict[str, str] = {}


def compare(base: dict[str, list], other: dict[str, list], anns: list[cleaning.AnnDoc], name: str) -> dict:
    diffs = []
    for ann in anns:
        for i, ((tag, text, r0, rules0), (_, _, r1, rules1)) in enumerate(zip(base[ann.doc_id], other[ann.doc_id])):
            if r0 != r1:
                diffs.append({"part": PART[ann.doc_id], "doc": ann.doc_id, "line": i, "tag": tag, "text": text[:90],
                              "together": "removed" if r0 else "kept", name: "removed" if r1 else "kept",
                              "rules_together": list(rules0), f"rules_{name}": list(rules1)})
    by_rule: Counter[str] = Counter()
    for d in diffs:
        for r in set(d["rules_together"]) ^ set(d[f"rules_{name}"]) or {"(same rules, other share)"}:
            by_rule[r] += 1
    lost = {m: sum(1 for d in diffs if d["tag"] == "+" and d[m] == "removed") for m in ("together", name)}
    lost_all = {m: sum(1 for ann in anns for tag, _t, rem, _r in src[ann.doc_id] if tag == "+" and rem)
                for m, src in (("together", base), (name, other))}
    return {"mode": name, "lines_differ": len(diffs), "content_lost_only_in": lost, "content_lost_total": lost_all,
            "clutter_left_only_in": {m: sum(1 for d in diffs if d["tag"] != "+" and d[m] == "kept")
                                     for m in ("together", name)},
            "by_rule": dict(by_rule.most_common()), "diffs": diffs}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=cleaning.DATA)
    ap.add_argument("--parts", nargs="*", default=[], help="only these parts (.ann stems) in the alone runs")
    ap.add_argument("--reverse", action="store_true", help="also the reverse order of the together run")
    ap.add_argument("--single", action="store_true", help="also every document alone")
    ap.add_argument("--crawl", type=int, nargs="*", default=[], metavar="K",
                    help="also the crawl parts: each site's pages one run (as the default run has them) against runs "
                         "of K consecutive pages of the site (a user running part of a crawl); K=1: each page alone")
    ap.add_argument("--crawl-only", action="store_true", help="only the --crawl comparisons")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    files = blind_sets.without_current(sorted(a.data.glob("*.ann")))
    parts: list[list[cleaning.AnnDoc]] = []
    sites: dict[str, list[cleaning.AnnDoc]] = {}
    for f in files:
        for d in cleaning.load_file(f):
            if d.crawl_site and (not a.parts or f.stem in a.parts):
                sites.setdefault(d.crawl_site, []).append(d)
                PART[d.doc_id] = f.stem
        docs = [d for d in cleaning.load_file(f) if not d.crawl_site and not d.html]
        if docs:
            parts.append(docs)
            PART.update((d.doc_id, f.stem) for d in docs)
    every = [d for p in parts for d in p]
    chosen = [p for p in parts if not a.parts or PART[p[0].doc_id] in a.parts]
    anns = [d for p in chosen for d in p]
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        if not a.crawl_only:
            together = _run([every], root / "together")
            results.append(compare(together, _run(chosen, root / "alone"), anns, "alone"))
            if a.reverse:
                results.append(compare(together, _run([every[::-1]], root / "reverse"), every, "reverse"))
            if a.single:
                results.append(compare(together, _run([[d] for d in anns], root / "single"), anns, "single"))
            # the together run once more, after the others in this process: a difference is state kept in the
            # process
            results.append(compare(together, _run([every], root / "again"), every, "again"))
        if a.crawl:
            crawl = [d for g in sites.values() for d in g]
            whole = _run(list(sites.values()), root / "crawl")
            for k in a.crawl:
                windows = [g[j:j + k] for g in sites.values() for j in range(0, len(g), k)]
                results.append(compare(whole, _run(windows, root / f"crawl{k}"), crawl, f"crawl_by_{k}"))
    if a.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
        return
    for r in results:
        m = r["mode"]
        print(f"== together vs {m}: {r['lines_differ']} labelled lines differ; content lost only together "
              f"{r['content_lost_only_in']['together']}, only {m} {r['content_lost_only_in'][m]}; clutter left only "
              f"together {r['clutter_left_only_in']['together']}, only {m} {r['clutter_left_only_in'][m]}; content "
              f"lost in all: together {r['content_lost_total']['together']}, {m} {r['content_lost_total'][m]}")
        for rule, n in r["by_rule"].items():
            print(f"   {n:4}  {rule}")
        for d in r["diffs"]:
            print(f"{d['part']:10} {d['doc']:12} {d['tag']} together={d['together']:7} {m}={d[m]:7} "
                  f"[{','.join(d['rules_together']) or '-'} | {','.join(d[f'rules_{m}']) or '-'}] {d['text']}")


if __name__ == "__main__":
    main()
