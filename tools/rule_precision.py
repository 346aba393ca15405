"""Measure each cleaning rule's precision on the labelled pages (issue 12, gate29): the table the cleaner's
``conservative`` removal policy reads (:mod:`mtpipe.clean.policy`).

Every labelled text part of ``benchmarks/data/realpages`` (each ``.ann`` file but the blind ones, ``BLIND``; the raw
HTML pages of ``html.ann`` are left out: their lines are found by text, not by place) goes through the cleaner as
``benchmarks/cleaning.py`` runs a part measured alone: read -> the cross-document first pass over the part's text
pages (over each crawl site's folder for ``site=`` pages) -> clean -> segment, with the ``balanced`` policy (every rule
removes).  Each annotated line the cleaner removed (a content line with less than 85% of its letters kept, a clutter
or metadata line with at most 10% left: ``cleaning.CONTENT_KEPT`` / ``CLUTTER_LEFT``, the benchmark's own test) is put
to the ledger rule that removed most of its characters.  Per rule (and per page language): removed content lines,
removed clutter lines, the Wilson lower bound (``Z``) of the precision clutter / (clutter + content), and ``score``,
what the gate compares with its threshold: that bound (``ESTIMATOR = "lower"``; ``posterior``, the precision shrunk
towards the rule's family, was measured out of fold and did no better: benchmarks/README.md, "Round 29g").

A rule that removes no annotated line under ``balanced`` because it only removes what a held rule left (the first
remover takes the line: ``dedupe.adjacent_copy`` after a held ``chrome.*`` line) is counted under the gated policies
(``GATED``), where it does remove, with the bundled table gating (pol61): its row is its lines under the gated policy
where it removed most (``counted_under`` names the policy of each such row); the rows of rules counted under
``balanced`` stay their ``balanced`` counts.  So every rule that removes an annotated line under a policy a user can
run has a row of its own, and none is scored by its family's pool for want of one (cp59).  Opt-in (``--gated``):
measured, the twelve rows it adds (all 0 content) leave ``weighed`` unchanged and lower ``conservative``'s clutter
recall (0.6370 -> 0.6252, content precision the same), a rule of a few lines being held on its own Wilson bound where
its family's pool let it remove (benchmarks/README.md, "pol61").

    python tools/rule_precision.py            # writes mtpipe/clean/data/rule_precision.json
    python tools/rule_precision.py --check    # recounts and compares with the file (exit 1 if different)
    python tools/rule_precision.py --gated --out /tmp/t.json   # and the rules with no balanced row (GATED)

Before a recount is committed (a label fix, a new part), ``python benchmarks/gate_fragility.py --against
mtpipe/clean/data/rule_precision.json`` lists each (rule, language) whose ``weighed`` decision it moves, with the
lines the rule takes on the never-counted parts (gate62: one page's labels moved ``boilerplate.contact`` on vi).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import blind_sets  # noqa: E402  (benchmarks/blind_sets.py: the parts never trained on)
import cleaning  # noqa: E402  (benchmarks/cleaning.py: the loader, the run and the line alignment)
from mtpipe.clean.policy import Z, wilson_lower  # noqa: E402,F401  (the gate's estimator: one definition)

VERSION = 1
OUT = ROOT / "mtpipe" / "clean" / "data" / "rule_precision.json"
#: never counted: the twelfth session's blind parts (held25, crawl11: gate31's reporting parts, scored by
#: benchmarks/removal_policy.py but kept out of the table) and every part never trained on (benchmarks/blind_sets.py)
BLIND = ("held25", "crawl11") + blind_sets.NEVER_TRAIN_PAGES
#: the gate's score (``score``): ``posterior`` (the precision shrunk towards the rule's family) or ``lower`` (Wilson)
ESTIMATOR = "lower"
PRIOR = 10  # ``posterior``: the family's precision weighs as this many lines of the rule's own
#: the gated policies a rule with no ``balanced`` row is counted under (module docstring; pol61)
GATED = ("conservative", "weighed")


def part_files(data: Path = cleaning.DATA, leave_out: tuple[str, ...] = ()) -> list[Path]:
    """The labelled parts counted: every ``.ann`` file of ``data`` but ``BLIND`` and ``leave_out``."""
    return [f for f in sorted(data.glob("*.ann")) if f.stem not in BLIND + tuple(leave_out)]


def data_md5(files: list[Path]) -> str:
    return hashlib.md5(b"".join(f.read_bytes() for f in files)).hexdigest()


def measured():  # type: ignore[no-untyped-def]
    """The cleaner's options the table is counted under: the defaults with the ``balanced`` policy (no gate)."""
    from mtpipe.clean import CleanOptions

    return CleanOptions(removal_policy="balanced")


def gated(policy: str):  # type: ignore[no-untyped-def]
    """The options factory of a gated run: the defaults with ``policy`` and the bundled table."""
    from mtpipe.clean import CleanOptions

    return lambda: CleanOptions(removal_policy=policy)


def run_part(f: Path, options_factory=None) -> list[tuple]:  # type: ignore[no-untyped-def,type-arg]
    """``(ann, doc)`` for the text pages of one part, cleaned as the benchmark runs that part alone: its plain
    pages one run (one first pass over them), each crawl site's pages one run.  ``options_factory()`` makes the
    cleaner's options of each run (None: :func:`measured`, every rule removing: the table measures the rules, not a
    policy's gate)."""
    anns = [a for a in cleaning.load_file(f) if not a.html]
    runs: dict[str, list] = {}  # type: ignore[type-arg]
    for a in anns:
        runs.setdefault("crawl/" + a.crawl_site if a.crawl_site else "pages", []).append(a)
    out: list[tuple] = []  # type: ignore[type-arg]
    with tempfile.TemporaryDirectory() as tmp:
        for name, group in runs.items():
            root = Path(tmp) / name
            paths = []
            for a in group:
                p = (root if a.crawl_site else root / a.site) / f"{a.doc_id}.txt"  # as cleaning.py lays them out
                p.parent.mkdir(parents=True, exist_ok=True)
                p.write_text(a.raw(), encoding="utf-8")
                paths.append(p)
            docs, _ = cleaning.run_front(paths, root, options=(options_factory or measured)())
            out.extend(zip(group, docs))
    return out


def removed_lines(ann, doc) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """``(label, language, rule)`` of every annotated line the cleaner removed: label ``content`` (a line lost) or
    ``clutter`` (clutter or metadata removed); the rule whose ``removed`` ledger entries cover most of the line."""
    out = []
    for tag, _marked, _start, a, b, share in cleaning.aligned_lines(ann, doc):
        if tag == "+" and share < cleaning.CONTENT_KEPT:
            label = "content"
        elif tag in "-=" and share <= cleaning.CLUTTER_LEFT:
            label = "clutter"
        else:
            continue
        ra, rb = doc.to_raw(a), doc.to_raw(b)
        cover: dict[str, int] = {}
        for e in doc.ledger:
            if e.action == "removed" and e.start < rb and e.end > ra:
                cover[e.rule] = cover.get(e.rule, 0) + min(rb, e.end) - max(ra, e.start)
        if cover:  # a line dropped by no entry (whitespace only) has no rule to blame
            out.append((label, ann.lang, max(sorted(cover), key=cover.__getitem__)))
    return out


def count_part(f: Path, options_factory=None) -> dict[str, dict[str, list[int]]]:  # type: ignore[no-untyped-def]
    """rule -> language -> ``[removed content lines, removed clutter lines]`` of one part."""
    counts: dict[str, dict[str, list[int]]] = {}
    for ann, doc in run_part(f, options_factory):
        for label, lang, rule in removed_lines(ann, doc):
            c = counts.setdefault(rule, {}).setdefault(lang, [0, 0])
            c[label == "clutter"] += 1
    return counts


def add(total: dict, part: dict, sign: int = 1) -> dict:  # type: ignore[type-arg]
    """``total`` plus (or minus, ``sign`` -1) one part's counts, in place."""
    for rule, langs in part.items():
        for lang, (content, clutter) in langs.items():
            c = total.setdefault(rule, {}).setdefault(lang, [0, 0])
            c[0] += sign * content
            c[1] += sign * clutter
    return total


def fill_missing(counts: dict, gated_counts: dict[str, dict]) -> dict[str, str]:  # type: ignore[type-arg]
    """Add to the ``balanced`` ``counts``, in place, the rows of the rules they lack from ``gated_counts`` (policy ->
    counts): each from the policy under which the rule removed most annotated lines (the first in :data:`GATED` on a
    tie).  Returns rule -> the policy its row was counted under."""
    def lines(langs: dict) -> int:  # type: ignore[type-arg]
        return sum(c[0] + c[1] for c in langs.values())

    listed = {rule for rule, langs in counts.items() if lines(langs)}
    under: dict[str, str] = {}
    for policy in GATED:
        for rule, langs in sorted(gated_counts.get(policy, {}).items()):
            if rule in listed or not lines(langs):
                continue
            if rule not in under or lines(langs) > lines(counts[rule]):
                counts[rule] = {lang: list(c) for lang, c in langs.items()}
                under[rule] = policy
    return dict(sorted(under.items()))


def family(rule: str) -> str:
    """A rule's family: its name before the first dot (``chrome``, ``boilerplate``, ``dedupe``, ...)."""
    return rule.split(".", 1)[0]


def rules_table(counts: dict, estimator: str = ESTIMATOR) -> dict[str, dict]:  # type: ignore[type-arg]
    """rule -> ``content``, ``clutter``, ``lower`` (Wilson lower bound of the precision), ``score`` (what the gate
    compares with its threshold: ``lower``, or with ``posterior`` the rule's precision shrunk towards its family's,
    ``(clutter + PRIOR * p_family) / (lines + PRIOR)``, the family's precision over its rules but the run-evidence
    ones, :data:`mtpipe.clean.policy.EVIDENCE`) and ``langs`` (language -> ``[content, clutter]``), in name order."""
    from mtpipe.clean.policy import EVIDENCE

    out: dict[str, dict] = {}  # type: ignore[type-arg]
    fam: dict[str, list[int]] = {}
    for rule in sorted(counts):
        langs = {lang: list(c) for lang, c in sorted(counts[rule].items()) if any(c)}
        content = sum(c[0] for c in langs.values())
        clutter = sum(c[1] for c in langs.values())
        if content + clutter:
            out[rule] = {"content": content, "clutter": clutter,
                         "lower": round(wilson_lower(clutter, content + clutter), 4), "langs": langs}
            if not rule.startswith(EVIDENCE):
                f = fam.setdefault(family(rule), [0, 0])
                f[0] += content
                f[1] += clutter
    for rule, m in out.items():
        if estimator == "lower":
            m["score"] = m["lower"]
            continue
        content, clutter = fam.get(family(rule), [m["content"], m["clutter"]])
        p_family = (clutter + 1) / (content + clutter + 2)
        m["score"] = round((m["clutter"] + PRIOR * p_family) / (m["content"] + m["clutter"] + PRIOR), 4)
    return {rule: {k: m[k] for k in ("content", "clutter", "lower", "score", "langs")} for rule, m in out.items()}


def table_file(files: list[Path], counts: dict, under: dict[str, str] | None = None) -> dict:  # type: ignore[type-arg]
    """The table file; ``under`` (``--gated``): rule -> the gated policy its row was counted under."""
    return {"version": VERSION, "made_by": "tools/rule_precision.py", "parts": [f.stem for f in files],
            "data_md5": data_md5(files), "z": Z, "estimator": ESTIMATOR, "prior": PRIOR, "policy": "balanced",
            "note": "removed annotated lines per ledger rule: content (a real line lost) and clutter (clutter or "
                    "metadata removed); lower = Wilson lower bound of clutter / (content + clutter); score = what the "
                    "conservative policy compares with its threshold (estimator)",
            **({"counted_under": under} if under is not None else {}), "rules": rules_table(counts)}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="recount and compare with the file")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--data", type=Path, default=cleaning.DATA)
    ap.add_argument("--gated", action="store_true",
                    help="give a row to a rule with no balanced row, counted under the gated policies (GATED)")
    a = ap.parse_args(argv)
    files = part_files(a.data)
    counts: dict = {}  # type: ignore[type-arg]
    gated_counts: dict[str, dict] = {policy: {} for policy in GATED}  # type: ignore[type-arg]
    for f in files:
        add(counts, count_part(f))
        for policy in GATED if a.gated else ():
            add(gated_counts[policy], count_part(f, gated(policy)))
        print(f"counted {f.stem}", file=sys.stderr)
    under = fill_missing(counts, gated_counts) if a.gated else None
    text = json.dumps(table_file(files, counts, under), ensure_ascii=False, indent=1) + "\n"
    if a.check:
        same = a.out.is_file() and a.out.read_text(encoding="utf-8") == text
        print("rule precision file matches the count" if same else "rule precision file differs from the count")
        raise SystemExit(0 if same else 1)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(text, encoding="utf-8")
    print(f"wrote {a.out}")


if __name__ == "__main__":
    main()
