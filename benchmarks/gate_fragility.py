"""How fragile is ``weighed``'s hold/release decision (issue 12, gate62)?  Which (rule, language) decisions flip when
one counted part or one labelled page leaves the precision table, and what the flipped rules remove on the parts the
table never counts.

``weighed`` (:mod:`mtpipe.clean.policy`) holds a rule on a page's language when its expected precision there is under
the break-even ``COST / (COST + 1)``.  The per-language rows it reads are a handful of lines, often of one page: in the
twenty-eighth session one page's corrected labels moved ``boilerplate.contact``'s vi row from 2 content / 7 clutter to
0 / 9, released the rule on vi and lost six content lines on never-counted parts at once.  This tool counts the
table's lines per page once (``balanced``, every rule removing, as ``tools/rule_precision.py`` counts), rebuilds the
table without each counted part and without each labelled page that a rule removed a line of, and lists every
(rule, language) whose decision moves, with its rows, the parts or pages that move it, and the lines the rule removes
under ``balanced`` on the never-counted parts (``tools/rule_precision.py`` ``BLIND``, the blind set of this session
left out: ``blind_sets.CURRENT``): content lines it would lose there when released, clutter lines it would leave
when held.  A decision that moves when one page leaves rests on that page alone; ``--against TABLE`` lists the decisions that differ between an older table file and the recount,
the check to run before a recount (a label fix) is adopted.

    python benchmarks/gate_fragility.py [--cache /tmp/pages.json] [--against old_rule_precision.json] [--langs ru vi]

Findings (benchmarks/README.md, "gate62"): on the twenty-ninth session's start tree 65 of 1,162 (rule, language)
decisions move when one part or one page leaves the table (19 of 332 on ru/vi, 13 of them on one page alone); no flip
saves a content line on the never-counted parts, three lose one; none of the per-page, per-site, minimum-pages or
robust-release decisions measured lowered the content lost there, so the decision stays and this list is the check.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Iterable, Mapping

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import blind_sets  # noqa: E402
import rule_precision as rp  # noqa: E402

from mtpipe.clean import policy  # noqa: E402

#: a labelled page: (part, page id, language, rule -> [removed content lines, removed clutter lines])
Page = tuple[str, str, str, dict[str, list[int]]]
Pair = tuple[str, str]  # (rule, language)


def count_pages(files: Iterable[Path]) -> dict[str, dict[str, Any]]:
    """part -> ``counted`` (the table counts it) and ``pages`` (page id -> ``lang``, ``rules``: rule -> [content,
    clutter] removed annotated lines under ``balanced``), each part run as ``tools/rule_precision.py`` runs it."""
    out: dict[str, dict[str, Any]] = {}
    for f in files:
        part = out.setdefault(f.stem, {"counted": f.stem not in rp.BLIND, "pages": {}})
        for ann, doc in rp.run_part(f):
            pg = part["pages"].setdefault(ann.doc_id, {"lang": ann.lang, "rules": {}})
            for label, _lang, rule in rp.removed_lines(ann, doc):
                pg["rules"].setdefault(rule, [0, 0])[label == "clutter"] += 1
        print(f"counted {f.stem}", file=sys.stderr)
    return out


def pages_of(parts: Mapping[str, Mapping[str, Any]], counted: bool) -> list[Page]:
    """The pages of the counted parts (``counted``) or of the never-counted ones."""
    return [(part, pid, pg["lang"], pg["rules"]) for part, d in sorted(parts.items()) if d["counted"] == counted
            for pid, pg in sorted(d["pages"].items())]


def table_of(pages: Iterable[Page]) -> dict[str, dict[str, Any]]:
    """The precision table of ``pages`` (``tools/rule_precision.py``'s rows)."""
    counts: dict[str, dict[str, list[int]]] = {}
    for _part, _pid, lang, rules in pages:
        for rule, (content, clutter) in rules.items():
            c = counts.setdefault(rule, {}).setdefault(lang, [0, 0])
            c[0] += content
            c[1] += clutter
    return rp.rules_table(counts)


def held(table: Mapping[str, Mapping[str, Any]], langs: Iterable[str], rules: Iterable[str] = ()) -> set[Pair]:
    """The (rule, language) pairs ``weighed`` holds on ``table``, of its rules and ``rules`` (a rule the table lacks is
    scored by its family's row, as the gate scores it; the run-evidence rules, never held, left out)."""
    t = policy.THRESHOLDS["weighed"]
    out = set()
    for lang in langs:
        gate = policy.Gate(table, t, "weighed", lang)
        for rule in sorted(set(table) | set(rules)):
            m = gate.figures(rule)
            if m is not None and gate.holds(rule, "") is not None:
                out.add((rule, lang))
    return out


def flips(pages: list[Page], langs: Iterable[str]) -> dict[Pair, list[str]]:
    """(rule, language) -> what moves its decision when left out of the table: ``part:NAME`` (a counted part) and
    ``page:ID`` (one page a rule removed a line of)."""
    langs = sorted(set(langs))
    table = table_of(pages)
    base = held(table, langs)
    out: dict[Pair, list[str]] = {}

    def note(rest: list[Page], who: str) -> None:
        for pair in base ^ held(table_of(rest), langs, table):
            out.setdefault(pair, []).append(who)
    for part in sorted({p[0] for p in pages}):
        note([p for p in pages if p[0] != part], f"part:{part}")
    for i, p in enumerate(pages):
        if p[3]:
            note(pages[:i] + pages[i + 1:], f"page:{p[1]}")
    return dict(sorted(out.items()))


def lines_by_pair(pages: Iterable[Page]) -> dict[Pair, list[int]]:
    """(rule, language) -> [content, clutter] lines the rule removes on ``pages`` under ``balanced``."""
    out: dict[Pair, list[int]] = {}
    for _part, _pid, lang, rules in pages:
        for rule, (content, clutter) in rules.items():
            c = out.setdefault((rule, lang), [0, 0])
            c[0] += content
            c[1] += clutter
    return out


def describe(pair: Pair, hold: bool, table: Mapping[str, Mapping[str, Any]], never: Mapping[Pair, list[int]],
             why: Iterable[str] = (), was: str = "") -> str:
    """One line: the pair, its decision (``was``: the older table's), its rows and the never-counted lines at stake."""
    rule, lang = pair
    m = table.get(rule, {"content": 0, "clutter": 0, "langs": {}})
    nc = never.get(pair, [0, 0])
    stake = f"releasing it loses {nc[0]} content" if hold else f"holding it leaves {nc[1]} clutter, saves {nc[0]} content"
    who = list(why)
    return (f"{rule} {lang}: {'HOLD' if hold else 'release'}{f' (was {was})' if was else ''}; rule {m['content']}/{m['clutter']}, {lang} row "
            f"{m['langs'].get(lang, [0, 0])}; never-counted parts: {nc[0]} content / {nc[1]} clutter lines "
            f"({stake})" + (f"; moved by {len(who)}: {' '.join(who[:8])}" if who else ""))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=rp.cleaning.DATA)
    ap.add_argument("--cache", type=Path, help="per-page counts: read when the file exists, else written")
    ap.add_argument("--against", type=Path, help="an older table file: list the decisions the recount changes")
    ap.add_argument("--langs", nargs="*", help="languages judged (default: every page language)")
    a = ap.parse_args(argv)
    if a.cache and a.cache.is_file():
        parts = json.loads(a.cache.read_text(encoding="utf-8"))
    else:
        files = [f for f in sorted(a.data.glob("*.ann")) if not blind_sets.is_current(f)]
        parts = count_pages(files)
        if a.cache:
            a.cache.write_text(json.dumps(parts, ensure_ascii=False), encoding="utf-8")
    counted, never = pages_of(parts, True), lines_by_pair(pages_of(parts, False))
    langs = a.langs or sorted({pg["lang"] for d in parts.values() for pg in d["pages"].values()})
    table = table_of(counted)
    base = held(table, langs)
    if a.against:
        old = policy.load_table(a.against)
        now = held(table, langs, old)
        moved = sorted(now ^ held(old, langs, table))
        print(f"decisions of the recount that differ from {a.against}: {len(moved)}")
        for pair in moved:
            print("  " + describe(pair, pair in now, table, never, was="release" if pair in now else "HOLD"))
        return
    moved_by = flips(counted, langs)
    pairs = sum(not r.startswith(policy.EVIDENCE) for r in table) * len(langs)
    print(f"weighed holds {len(base)} of {pairs} (rule, language) pairs; {len(moved_by)} move when one counted part or "
          f"one page leaves the table; never-counted lines under them: "
          f"{sum(sum(never.get(p, [0, 0])) for p in moved_by)}")
    for pair, why in moved_by.items():
        print("  " + describe(pair, pair in base, table, never, why))


if __name__ == "__main__":
    main()
