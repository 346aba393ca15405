"""The line classifier judged out of fold on the parts measured blind before (issue 12, round 21).

The figures behind training on the held parts (the training tool's default since round 22c; ``--no-held`` leaves them out).  For each part of ``train_line_classifier.HELD_PARTS`` (held6, held7, held9-held19) and of ``--add`` (round 27c; a crawl part, crawl8, is
judged on the benchmark's crawl route, its sites' folders): a model, its lexicon and its
threshold (the training tool's own cross-validation, leave one part out and leave one site out, run on the
remaining parts only) fitted **without that part**, then

* on the lines of the part the layer judges (``classifier.candidates`` on ru/vi pages): clutter caught and
  content lost at that fold's threshold;
* the whole cleaner on the part with that fold's weights: the benchmark's text route (every text page of the set
  read, first pass over them all, cleaned, segmented, scored as ``benchmarks/cleaning.py`` scores), clutter
  recall / content precision of the part.  The fold's weights go to a temporary file and the module's
  ``classifier.WEIGHTS`` points at it in this process only (no option or variable of the library changes).

Baselines in the same run: the cleaner with the layer taking nothing (rules only), and a weights file given with
``--baseline FILE`` (e.g. the shipped file of the session's start, ``git show c9d8fed:mtpipe/clean/data/line_classifier.json``),
which was fitted without any of these parts: its figures on them are out of fold as they stand.

    python tools/line_classifier_oof.py [--baseline OLD.json] [--parts held6 held7] [--l2 300] [--json]
    python tools/line_classifier_oof.py --add held20 held21 crawl8 train27ru train27vi   # round 27c's candidate
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_line_classifier as tl  # noqa: E402  (puts the repository and benchmarks/ on sys.path)

import cleaning  # noqa: E402
from mtpipe.clean import classifier  # noqa: E402




def judged_rows(rows: list, part: str) -> list:
    return [r for r in rows if r[0] == part and r[5] in classifier.LANGS and r[6]]


def row_figures(model: dict, rows: list) -> dict:
    """Clutter caught / content lost at the model's threshold on these rows (features as the training tool
    collected them; the model's own lexicon)."""
    if not rows:
        return {"rows": 0, "clutter": 0, "caught": 0, "content": 0, "lost": 0, "lost_lines": []}
    x = tl.with_lexicon(rows, model["lexicon"])
    p = tl.predict(x, np.array(model["mean"]), np.array(model["scale"]), np.array(model["coef"]), model["intercept"])
    y = np.array([r[3] for r in rows])
    hit = p >= np.array([classifier.cut_of(model, r[5]) for r in rows])
    return {"rows": len(rows), "clutter": int((y == 1).sum()), "caught": int((hit & (y == 1)).sum()),
            "content": int((y == 0).sum()), "lost": int((hit & (y == 0)).sum()),
            "lost_lines": [f"{r[1]}: {r[4]} (p={q:.3f})" for r, q, h in zip(rows, p, hit) if h and r[3] == 0]}


def cleaner_figures(weights: Path, crawl: str = "") -> dict:
    """``benchmarks/cleaning.py``'s figures of the text pages with these weights (one run, no timing); with
    ``crawl`` (a crawl part, round 27c), that part's sites instead, each site's pages one run folder as the
    benchmark's crawl route runs them (``cleaning.crawl_figures``, the cross-document layer on)."""
    old = classifier.WEIGHTS
    classifier.WEIGHTS = weights
    try:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            if crawl:
                rows, _, _ = cleaning.crawl_figures([a for a in cleaning.load() if a.split == crawl], root, True)
                return cleaning.summarise(rows)
            anns = [a for a in cleaning.load() if not a.crawl_site and not a.html and a.split not in tl.BLIND]
            paths = []
            for ann in anns:
                p = root / ann.site / f"{ann.doc_id}.txt"
                p.parent.mkdir(parents=True, exist_ok=True)
                p.write_text(ann.raw(), encoding="utf-8")
                paths.append(p)
            docs, _ = cleaning.run_front(paths, root)
            return cleaning.summarise([(a, cleaning.score(a, d)) for a, d in zip(anns, docs)])
    finally:
        classifier.WEIGHTS = old


def _write(model: dict, folder: Path, name: str) -> Path:
    p = folder / f"{name}.json"
    p.write_text(json.dumps(model, ensure_ascii=False), encoding="utf-8")
    return p


def _pick(figs: dict, part: str) -> dict:
    out = {}
    for key in (part, f"{part}/ru", f"{part}/vi"):
        f = figs.get(key)
        if f:
            out[key] = {"clutter_recall": f["clutter_recall"], "content_precision": f["content_precision"],
                        "clutter": f["clutter_lines"], "content": f["content_lines"]}
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--parts", nargs="*", help="the parts judged, trained-on parts only (default: HELD_PARTS and the parts of --add)")
    ap.add_argument("--add", nargs="*", default=[], choices=tl.ADDABLE,
                    help="train on these labelled parts too (the training tool's --add)")
    ap.add_argument("--baseline", type=Path, help="a weights file fitted without any of the parts")
    ap.add_argument("--no-cleaner", action="store_true", help="the judged lines only (no whole-cleaner runs)")
    ap.add_argument("--l2", type=float, help="the folds' L2 (default: the training tool's HELD_L2)")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    tl.configure(True, tuple(a.add))  # the held parts are rows (each fold's model is trained on the others), L2 HELD_L2
    if a.parts is None:
        a.parts = list(tl.HELD_PARTS) + list(a.add)
    if a.l2 is not None:
        tl.L2 = a.l2
    rows = tl.collect()
    docs = tl.annotated_lines()
    out: dict = {"parts": {}}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base = json.loads(a.baseline.read_text(encoding="utf-8")) if a.baseline else None
        if base is not None and tuple(base["features"]) != classifier.FEATURES:
            base = None  # another feature set: this module cannot load it (run the tool on that tree for it)
            print(f"{a.baseline}: other features than this module's; baseline skipped", file=sys.stderr)
        n = len(classifier.FEATURES)  # a model that takes nothing: the rules only
        off = {"version": 1, "features": list(classifier.FEATURES), "mean": [0.0] * n, "scale": [1.0] * n,
               "coef": [0.0] * n, "intercept": -50.0, "threshold": 2.0, "max_words": tl.MAX_WORDS, "lexicon": {}}
        off_path = _write(off, folder, "off")
        figs_off = {} if a.no_cleaner else cleaner_figures(off_path)
        figs_base = {} if a.no_cleaner or base is None else cleaner_figures(a.baseline)
        for part in [p for p in a.parts if p in tl.CRAWL_PARTS + tl.ADD_CRAWL and not a.no_cleaner]:
            figs_off.update({k: v for k, v in cleaner_figures(off_path, part).items() if k.startswith(part)})
            if base is not None:
                figs_base.update({k: v for k, v in cleaner_figures(a.baseline, part).items() if k.startswith(part)})
        for part in a.parts:
            keep = [r for r in rows if r[0] != part]
            model = tl.model_of(keep, [d for d in docs if d[0] != part])
            res = {"threshold": model.get("thresholds", model["threshold"]), "rows": row_figures(model, judged_rows(rows, part))}
            if base is not None:
                res["rows_baseline"] = row_figures(base, judged_rows(rows, part))
            if not a.no_cleaner:
                crawl = part if part in tl.CRAWL_PARTS + tl.ADD_CRAWL else ""
                res["cleaner"] = _pick(cleaner_figures(_write(model, folder, part), crawl), part)
                res["cleaner_rules_only"] = _pick(figs_off, part)
                if figs_base:
                    res["cleaner_baseline"] = _pick(figs_base, part)
            out["parts"][part] = res
            _line(part, res)
    tot = {k: sum(r["rows"][k] for r in out["parts"].values()) for k in ("clutter", "caught", "content", "lost")}
    out["total_rows"] = tot
    print(f"total judged rows: clutter caught {tot['caught']} of {tot['clutter']}, content lost {tot['lost']} "
          f"of {tot['content']}")
    if base is not None:
        tb = {k: sum(r["rows_baseline"][k] for r in out["parts"].values()) for k in ("clutter", "caught", "content", "lost")}
        out["total_rows_baseline"] = tb
        print(f"baseline: clutter caught {tb['caught']} of {tb['clutter']}, content lost {tb['lost']}")
    if not a.no_cleaner:
        for name in ("cleaner_rules_only", "cleaner_baseline", "cleaner"):
            c = k = cl = co = 0.0
            for part, r in out["parts"].items():
                f = r.get(name, {}).get(part)
                if f:
                    c += f["clutter_recall"] * f["clutter"]
                    cl += f["clutter"]
                    k += f["content_precision"] * f["content"]
                    co += f["content"]
            if cl:
                out[f"total_{name}"] = {"clutter_recall": round(c / cl, 4), "content_precision": round(k / co, 4)}
                print(f"{name}: clutter recall {c / cl:.4f}, content precision {k / co:.4f} ({int(cl)} / {int(co)} lines)")
    if a.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))


def _line(part: str, res: dict) -> None:
    r = res["rows"]
    s = f"{part}: t={res['threshold']} judged rows: caught {r['caught']}/{r['clutter']} lost {r['lost']}/{r['content']}"
    if "rows_baseline" in res:
        b = res["rows_baseline"]
        s += f" (baseline caught {b['caught']} lost {b['lost']})"
    for name in ("cleaner_rules_only", "cleaner_baseline", "cleaner"):
        f = res.get(name, {}).get(part)
        if f:
            s += f" | {name} {f['clutter_recall']:.3f}/{f['content_precision']:.3f}"
    print(s, flush=True)
    for t in r["lost_lines"]:
        print(f"    LOST {t}", flush=True)


if __name__ == "__main__":
    main()
