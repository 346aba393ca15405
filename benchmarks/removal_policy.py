"""The cleaner's removal policies measured leave-one-part-out (issue 12, gate29): ``balanced`` against
``conservative`` (:mod:`mtpipe.clean.policy`) at several thresholds.

For each labelled text part P of ``benchmarks/data/realpages`` (``tools/rule_precision.py``'s parts: the blind ones
and the raw HTML pages left out), the rule precision table is counted on every other part and ``conservative`` runs
on P with it: P's figures never come from a table that saw P.  Each part runs alone, as the benchmark measures a
blind part (one first pass over its pages; each crawl site its own run).  Figures per part and pooled (lines of all
parts together; ``text``: the parts without ``site=`` crawls, whose template-heavy sites otherwise swamp the pool;
``mean``: the mean of the parts' figures): clutter recall and content precision as ``benchmarks/cleaning.py`` scores
them.  Honest limit: the rules were tuned over three sessions on these very parts, so even out of fold the
precisions are on the optimistic side; a part new to the rules may do worse.

    python benchmarks/removal_policy.py [--thresholds 0.5 0.8 0.85 0.9] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import cleaning  # noqa: E402
import rule_precision as rp  # noqa: E402

from mtpipe.clean import policy  # noqa: E402
from mtpipe.clean.policy import COST  # noqa: E402

#: parts scored with the table of every counted part but never counted (rule_precision.py's ``BLIND`` keeps them out of
#: the bundled table): gate31's reporting parts, the twelfth session's blind ones
REPORT = ("held25", "crawl11")
#: gate31's reporting parts: scored, never chosen by (the pool ``tune`` leaves them out, ``report`` is them)
REPORTING = ("held24", "held25", "crawl10", "crawl11")

_KEYS = ("content", "content_kept", "clutter", "clutter_removed")


def part_figures(rows: list) -> dict[str, int]:  # type: ignore[type-arg]
    """Line counts of one part's scored documents."""
    scored = [cleaning.score(ann, doc) for ann, doc in rows]
    return {k: sum(c[k] for c in scored) for k in _KEYS}


def rates(t: dict[str, int]) -> dict[str, float]:
    lost, left = t["content"] - t["content_kept"], t["clutter"] - t["clutter_removed"]
    return {"clutter_recall": round(t["clutter_removed"] / max(1, t["clutter"]), 4),
            "content_precision": round(t["content_kept"] / max(1, t["content"]), 4),
            "content_lost": lost, "clutter_left": left, "cost": COST * lost + left}


def pooled(per: dict[str, dict[str, int]], crawl_parts: set[str]) -> dict[str, dict[str, float]]:
    out = {}
    for name, parts in (("all", list(per)), ("text", [p for p in per if p not in crawl_parts]),
                        ("tune", [p for p in per if p not in REPORTING]), ("report", [p for p in per if p in REPORTING])):
        out[name] = rates({k: sum(per[p][k] for p in parts) for k in _KEYS})
    each = [rates(per[p]) for p in per]
    out["mean"] = {k: round(sum(e[k] for e in each) / max(1, len(each)), 4)
                   for k in ("clutter_recall", "content_precision")}
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--thresholds", type=float, nargs="*", default=[0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.99])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--policy", default="conservative", choices=policy.POLICIES[1:], help="the gate swept")
    ap.add_argument("--lang-prior", type=float, default=policy.LANG_PRIOR, help="weighed: policy.LANG_PRIOR")
    ap.add_argument("--no-support", action="store_true", help="weighed: policy.SUPPORT off")
    ap.add_argument("--edges", action="store_true", help="weighed: policy.EDGES on")
    ap.add_argument("--rule-prior", type=float, default=policy.RULE_PRIOR, help="weighed: policy.RULE_PRIOR")
    ap.add_argument("--estimator", default=rp.ESTIMATOR, choices=("posterior", "lower"),
                    help="the gate's score of a rule (tools/rule_precision.py)")
    a = ap.parse_args(argv)
    from mtpipe.clean import CleanOptions

    policy.LANG_PRIOR, policy.RULE_PRIOR = a.lang_prior, a.rule_prior  # read when a gate is made
    policy.SUPPORT, policy.EDGES = not a.no_support, a.edges
    report = [cleaning.DATA / f"{p}.ann" for p in REPORT if (cleaning.DATA / f"{p}.ann").is_file()]
    files = [f for f in rp.part_files() if any(not d.html for d in cleaning.load_file(f))] + report
    crawl_parts = {f.stem for f in files if any(d.crawl_site for d in cleaning.load_file(f))}
    counts, figures = {}, {"balanced": {}}  # type: ignore[var-annotated]
    for f in files:
        rows = rp.run_part(f)
        c: dict = {}  # type: ignore[type-arg]
        for ann, doc in rows:
            for label, lang, rule in rp.removed_lines(ann, doc):
                x = c.setdefault(rule, {}).setdefault(lang, [0, 0])
                x[label == "clutter"] += 1
        counts[f.stem] = c
        figures["balanced"][f.stem] = part_figures(rows)
    total: dict = {}  # type: ignore[type-arg]
    for p, c in counts.items():
        if p not in REPORT:
            rp.add(total, c)
    for t in a.thresholds:
        name = f"{a.policy}@{t}"
        figures[name] = {}
        for f in files:
            out = {} if f.stem in REPORT else counts[f.stem]  # the table never counts the part scored
            table = rp.rules_table(rp.add(json.loads(json.dumps(total)), out, -1), a.estimator)

            def opts(table=table, t=t):  # type: ignore[no-untyped-def]
                return CleanOptions(removal_policy=a.policy, precision_table=table, policy_threshold=t)
            figures[name][f.stem] = part_figures(rp.run_part(f, opts))
        print(f"done {name}", file=sys.stderr)
    result = {name: {"parts": {p: rates(v) for p, v in per.items()}, "pooled": pooled(per, crawl_parts)}
              for name, per in figures.items()}
    if a.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return
    policies = list(result)
    print("pooled (all parts' lines / text parts' lines / mean of parts): clutter recall, content precision, "
          "content lines lost")
    for name in policies:
        pl = result[name]["pooled"]
        print(f"  {name:18} all {pl['all']['clutter_recall']:.4f} {pl['all']['content_precision']:.4f} "
              f"{pl['all']['content_lost']:>4}   text {pl['text']['clutter_recall']:.4f} "
              f"{pl['text']['content_precision']:.4f} {pl['text']['content_lost']:>4}   mean "
              f"{pl['mean']['clutter_recall']:.4f} {pl['mean']['content_precision']:.4f}   cost (tune/report) "
              f"{pl['tune']['cost']} {pl['report']['cost']}")
    print("per part: clutter recall / content precision for " + ", ".join(policies))
    for p in result["balanced"]["parts"]:
        cells = "  ".join(f"{result[x]['parts'][p]['clutter_recall']:.3f}/{result[x]['parts'][p]['content_precision']:.3f}"
                          for x in policies)
        print(f"  {p:10} {cells}")


if __name__ == "__main__":
    main()
