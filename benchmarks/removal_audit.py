"""Removal audit on fresh real pages (issue 12, round 23d): every line the cleaner removes, with its rule,
evidence and neighbours, so that each removal can be judged by reading.

The pages are ``benchmarks/data/audit23/{dev,held}.txt`` (format in that folder's README): unlabelled openings
of real pages.  They go through the front stages as ``cleaning.py`` runs a set (read -> clean with the
cross-document first pass over the whole set -> segment), one sub-folder per site.  A line counts as removed
when under 85% of its letters are kept (``cleaning.py``'s content-precision test; a line without letters by its
visible characters).

With ``--verdicts FILE`` (TSV: page, line, rule, verdict, text; verdict ``clutter`` or ``content``) it reports
removals judged content (wrong) / removals, wrong removals per 100 pages, and the content lines of the pages
(lines kept + removals judged content: a kept line is taken as content, the audit judges removals only).  A
removed line without a verdict is listed as unjudged.

``--dump FILE`` writes the removed lines as JSON; ``--merge A B`` prints the union of two dumps sorted by page and
line with no mark of which run removed what (for judging two runs blind), one TSV row a line, ready to be
given a verdict::

    python benchmarks/removal_audit.py --part dev                     # list the removals
    python benchmarks/removal_audit.py --part dev --verdicts benchmarks/data/audit23/verdicts_dev.tsv
    PYTHONPATH=/tmp/base python benchmarks/removal_audit.py --part held --dump /tmp/base.json
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cleaning import as_ingested, run_front  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "audit23"
_HEAD = re.compile(r"^### page (\S+) lang=(\S+) url=(\S+)$")


@dataclass
class Page:
    page_id: str
    lang: str
    url: str
    lines: list[str] = field(default_factory=list)

    @property
    def site(self) -> str:
        return re.sub(r"^(www\.|m\.)", "", (urlparse(self.url).hostname or "site").lower())

    def raw(self) -> str:
        return "\n".join(self.lines) + "\n"


def load(path: Path) -> list[Page]:
    pages: list[Page] = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        m = _HEAD.match(line)
        if m:
            pages.append(Page(*m.groups()))
        elif pages:
            pages[-1].lines.append(line)
    for p in pages:  # the split leaves one empty string after the last line of the file
        while p.lines and p.lines[-1] == "":
            p.lines.pop()
    return pages


def _visible(ch: str) -> bool:
    return not ch.isspace()


def removals(pages: list[Page]) -> tuple[list[dict], dict[str, int]]:
    """The removed lines of ``pages`` (one dict a line) and the number of non-blank lines per page."""
    from mtpipe.ingest import normalize_text

    out: list[dict] = []
    nlines: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        paths = []
        for p in pages:
            f = root / p.site / f"{p.page_id}.txt"
            f.parent.mkdir(parents=True, exist_ok=True)
            f.write_text(p.raw(), encoding="utf-8")
            paths.append(f)
        docs, _ = run_front(paths, root)
    for p, doc in zip(pages, docs):
        # a page whose spam repair changed the text's length: mapped back to ingest's offsets (cleaning.as_ingested)
        doc = as_ingested(SimpleNamespace(raw=p.raw, doc_id=p.page_id), doc)
        text = doc.text
        orig = normalize_text(p.raw())[0]
        mask = bytearray(len(text))
        for a, b in (tuple(k) for k in doc.meta.get("kept", [])):
            mask[a:b] = b"\x01" * (b - a)
        # doc.text lines against the page's lines: normalisation strips lines and folds blank runs
        spans, pos = [], 0
        for line in orig.split("\n"):
            if line.strip():
                spans.append((pos, pos + len(line)))
            pos += len(line) + 1
        numbers = [i for i, t in enumerate(p.lines, 1) if t.strip()]
        if len(numbers) != len(spans):
            raise SystemExit(f"{p.page_id}: {len(numbers)} lines but {len(spans)} in the text")
        nlines[p.page_id] = len(spans)
        kept_flags = []
        for a, b in spans:
            idx = [i for i in range(a, b) if text[i].isalpha()] or [i for i in range(a, b) if _visible(text[i])]
            kept_flags.append(sum(mask[i] for i in idx) / max(1, len(idx)) >= 0.85)
        for k, ((a, b), n) in enumerate(zip(spans, numbers)):
            if kept_flags[k]:
                continue
            ra, rb = doc.to_raw(a), doc.to_raw(b)
            entries = [e for e in doc.ledger if e.action == "removed" and e.start < rb and e.end > ra]
            rules = sorted({e.rule for e in entries})
            notes = sorted({e.note for e in entries if e.note})

            def nb(j: int) -> str:
                if 0 <= j < len(spans):
                    x, y = spans[j]
                    return ("  " if kept_flags[j] else "x ") + text[x:y][:90]
                return "  (edge of page)"

            out.append({"page": p.page_id, "line": n, "rule": "+".join(rules) or "(none)", "note": "; ".join(notes),
                        "text": text[a:b], "before": nb(k - 1), "after": nb(k + 1)})
    return out, nlines


def read_verdicts(path: Path) -> dict[tuple[str, int], str]:
    got: dict[tuple[str, int], str] = {}
    for row in path.read_text(encoding="utf-8").splitlines():
        if not row.strip() or row.startswith("#") or row.startswith("page\t"):
            continue
        cols = row.split("\t")
        if cols[3] not in ("clutter", "content"):
            raise SystemExit(f"{path}: verdict must be clutter or content: {row!r}")
        got[(cols[0], int(cols[1]))] = cols[3]
    return got


def figures(rem: list[dict], nlines: dict[str, int], verdicts: dict[tuple[str, int], str]) -> dict:
    wrong = [r for r in rem if verdicts.get((r["page"], r["line"])) == "content"]
    unjudged = [r for r in rem if (r["page"], r["line"]) not in verdicts]
    total = sum(nlines.values())
    content_lines = total - len(rem) + len(wrong)
    return {"pages": len(nlines), "lines": total, "removed": len(rem), "removed_content": len(wrong),
            "removed_clutter": len(rem) - len(wrong) - len(unjudged), "unjudged": len(unjudged),
            "wrong_share_of_removals": round(len(wrong) / max(1, len(rem)), 4),
            "wrong_per_100_pages": round(100 * len(wrong) / max(1, len(nlines)), 2),
            "content_lines": content_lines, "content_precision": round(1 - len(wrong) / max(1, content_lines), 4),
            "wrong_by_rule": dict(Counter(r["rule"] for r in wrong).most_common()),
            "unjudged_rows": [f"{r['page']}\t{r['line']}\t{r['rule']}\t{r['text'][:80]}" for r in unjudged]}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", default="dev", help="dev or held (benchmarks/data/audit23/<part>.txt), or a path")
    ap.add_argument("--verdicts", type=Path)
    ap.add_argument("--dump", type=Path, help="write the removed lines as JSON")
    ap.add_argument("--merge", nargs=2, type=Path, help="print the union of two --dump files, sorted, unmarked")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    if a.merge:
        rows: dict[tuple[str, int], dict] = {}
        for f in a.merge:
            for r in json.loads(f.read_text(encoding="utf-8"))["removed"]:
                rows.setdefault((r["page"], r["line"]), r)
        print("page\tline\trule\tverdict\ttext")
        for key in sorted(rows):
            r = rows[key]
            print(f"{r['page']}\t{r['line']}\t\t\t{r['text'][:160]}")
            print(f"#   before: {r['before']}\n#   after:  {r['after']}")
        return
    part = Path(a.part) if Path(a.part).suffix else DATA / f"{a.part}.txt"
    pages = load(part)
    rem, nlines = removals(pages)
    if a.dump:
        a.dump.write_text(json.dumps({"part": str(part), "removed": rem, "lines": nlines}, ensure_ascii=False,
                                     indent=1), encoding="utf-8")
    if a.verdicts:
        fig = figures(rem, nlines, read_verdicts(a.verdicts))
        if a.json:
            print(json.dumps(fig, ensure_ascii=False, indent=1))
            return
        for k, v in fig.items():
            if k == "unjudged_rows":
                for row in v:
                    print("UNJUDGED", row)
            else:
                print(f"{k}: {v}")
        return
    by_rule = Counter(r["rule"] for r in rem)
    print(f"{len(pages)} pages, {sum(nlines.values())} lines, {len(rem)} removed; by rule: "
          + ", ".join(f"{k} {v}" for k, v in by_rule.most_common()))
    for r in rem:
        print(f"\n{r['page']}:{r['line']}  [{r['rule']}]  {r['note'][:160]}")
        print(f"    {r['before']}\n  > {r['text'][:200]}\n    {r['after']}")


if __name__ == "__main__":
    main()
