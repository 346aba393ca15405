"""Content-precision probe at scale (issue 12, branch `probe58`): what the cleaner removes from real news bodies.

The documents (``benchmarks/data/probe58/docs.jsonl``, built by ``tools/build_probe58.py``; origins and licences in
``benchmarks/data/probe58/SOURCES``) are ru and vi news articles cut to their title and running-text paragraphs, one
a line: every line is content by construction, so every line the cleaner removes is a false positive (or a finding
about the source).  Each document is written to its own file and the set goes through read -> first pass (the
cross-document pass, on) -> clean -> segment as a run does (``cleaning.run_front``), one run per language.  A line
counts as removed when under 85% of its letters are kept (``cleanprobe.removals``, the content-precision test of
``cleaning.py``).  Reported per language and split (``dev``/``held``, fixed in the data; never tune on ``held``):
lines removed / lines, and the removed lines by rule with examples.  ``--layout sent`` puts each sentence of a
paragraph on its own line (a split at a stop followed by a capital), as pages with short lines have them: where the
cleaner's line-shape rules fire.

    python benchmarks/content_probe.py [--split dev|held|all] [--layout para|sent] [--json] [--examples 3] [--show]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cleaning import run_front  # noqa: E402
from cleanprobe import removals  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "probe58" / "docs.jsonl"
SPLITS = ("dev", "held")
_LIST_NUMBER = re.compile(r"\(?\d{1,3}[.)]")
_SENT_GAP = re.compile(r"(?<=[.!?…])\s+(?=[\"«“(]?\w)")


def load(path: Path = DATA) -> list[dict]:
    """The documents: dicts with ``id``, ``lang``, ``split``, ``src``, ``lines``."""
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def layout(lines: list[str], how: str = "para") -> list[str]:
    """The document's lines: a paragraph a line (``para``) or a sentence a line (``sent``)."""
    if how == "para":
        return lines
    out: list[str] = []
    for line in lines:
        sents: list[str] = []
        for part in _SENT_GAP.split(line):
            # a stop before a lower-case word is an abbreviation's ("в 2010 г. было"): no sentence end
            # and a list number's stop ("1. Принять отставку …") opens an item, no sentence before it
            if sents and (not part.lstrip("\"«“(")[:1].isupper() or _LIST_NUMBER.fullmatch(sents[-1])):
                sents[-1] = f"{sents[-1]} {part}"
            else:
                sents.append(part)
        out += sents
    return [x for x in out if x.strip()]


def probe(docs: list[dict], split: str = "all", examples: int = 3, how: str = "para") -> tuple[dict, list[str]]:
    """{lang: {split: counts}} and every removed line as ``lang split id [rule] line``."""
    result: dict = {}
    shown: list[str] = []
    by_lang: dict[str, list[dict]] = defaultdict(list)
    for d in docs:
        by_lang[d["lang"]].append(d)
    with tempfile.TemporaryDirectory() as tmp:
        for lang, ds in sorted(by_lang.items()):
            folder = Path(tmp) / lang
            folder.mkdir()
            paths = []
            for d in ds:
                p = folder / f"{d['id']}.txt"
                p.write_text("\n".join(layout(d["lines"], how)) + "\n", encoding="utf-8")
                paths.append(p)
            cleaned, _ = run_front(paths, folder)  # one run per language, the first pass on
            for s in SPLITS:
                if split not in ("all", s):
                    continue
                c = {"documents": 0, "lines": 0, "lines_removed": 0, "docs_touched": 0}
                rules: Counter[str] = Counter()
                ex: dict[str, list[str]] = defaultdict(list)
                for d, doc in zip(ds, cleaned):
                    if d["split"] != s:
                        continue
                    n, g, _, _, lost = removals(doc)
                    c["documents"] += 1
                    c["lines"] += n
                    c["lines_removed"] += g
                    c["docs_touched"] += bool(g)
                    for rule, line in lost:
                        rules[rule] += 1
                        if len(ex[rule]) < examples:
                            ex[rule].append(line[:140])
                        shown.append(f"{lang} {s} {d['id']} [{rule}] {line[:200]}")
                c["rate"] = round(c["lines_removed"] / max(1, c["lines"]), 5)
                c["rules"] = {r: {"lines": k, "examples": ex[r]} for r, k in rules.most_common()}
                result.setdefault(lang, {})[s] = c
    return result, shown


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--split", default="all", choices=(*SPLITS, "all"))
    ap.add_argument("--layout", default="para", choices=("para", "sent"))
    ap.add_argument("--examples", type=int, default=3, help="examples kept per rule")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--show", action="store_true", help="print every removed line with its rule(s)")
    a = ap.parse_args(argv)
    result, shown = probe(load(a.data), a.split, a.examples, a.layout)
    if a.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        for lang, by in result.items():
            for s, c in by.items():
                print(f"{lang} {s:4} docs {c['documents']:4} lines {c['lines']:5} removed {c['lines_removed']:4} "
                      f"({c['rate']:.4f}) docs touched {c['docs_touched']}")
                for r, v in c["rules"].items():
                    print(f"    {v['lines']:4}  {r}")
                    for e in v["examples"]:
                        print(f"          | {e}")
    if a.show:
        print("\n".join(shown))


if __name__ == "__main__":
    main()
