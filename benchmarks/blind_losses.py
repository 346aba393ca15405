"""Why rules fixed after a blind read do not reach the next blind part (issue 12, xfer62): the content lines a former
blind part lost on the code its session STARTED on, with the rule that took each, its rule family and the generic
evidence the line carried.

Two steps, kept apart so that the old code runs the pages and today's code only reads the result:

* ``--code TREE --part heldNN --dump OUT.json``: run the part (today's labels, ``benchmarks/data/realpages``) through
  the front stages of the code in ``TREE`` (a ``git worktree add --detach`` of the start commit), as
  ``cleaning.py --data DIR`` runs one part alone (text documents together, the first pass over them), and write
  every annotated line: tag, text, block place, share of letters kept, the rules that removed part of it.
  ``--part all``: every dev part (``CURRENT`` of benchmarks/blind_sets.py never read), the text parts together and
  each crawl site one folder, as ``benchmarks/clutter_left.py`` runs them.
* ``--table OUT.json ...``: the content lines lost (under ``CONTENT_KEPT`` of their letters kept), one row each, and
  the counts by rule family and by evidence (``evidence``), as markdown.
* ``--guards OUT.json ...``: per dump, the content lines each candidate guard (``guard_restores``) would save and the
  clutter lines it would keep.  The findings: benchmarks/notes/xfer62.md.

The start commits (``benchmarks/README.md``, each session's heading): held36 ``05bd6a4``, held37 ``41aff83``,
held38 ``876cdbb``, held39 ``fd7a650``, held40 ``b931430``::

    git worktree add --detach /tmp/xfer-40 b931430
    python benchmarks/blind_losses.py --code /tmp/xfer-40 --part held40 --dump /tmp/l40.json
    python benchmarks/blind_losses.py --table /tmp/l36.json ... /tmp/l40.json
"""

from __future__ import annotations

import argparse
import collections
import importlib
import importlib.util
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data" / "realpages"
#: content kept at this share of its letters (benchmarks/cleaning.py ``CONTENT_KEPT``, the same in every start commit)
CONTENT_KEPT = 0.85

def _current() -> tuple[str, ...]:
    """``CURRENT`` of this tree's benchmarks/blind_sets.py (read by path: ``--code`` may put an older tree first)."""
    spec = importlib.util.spec_from_file_location("_blind_sets", ROOT / "benchmarks" / "blind_sets.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return tuple(mod.CURRENT)


def dump(code: Path, part: str) -> list[dict]:
    """Every non-blank annotated line of ``part`` after the front stages of the code in ``code``."""
    sys.path.insert(0, str(code))
    C = importlib.import_module("benchmarks.cleaning")
    mt = importlib.import_module("mtpipe")
    for m in (C, mt):  # the editable install must not win over the tree
        assert Path(m.__file__).resolve().is_relative_to(code.resolve()), m.__file__
    if part == "all":  # every dev part, the text parts together as cleaning.py runs them, each crawl site alone
        every = [x for f in sorted(DATA.glob("*.ann")) if f.stem not in _current() for x in C.load_file(f)
                 if not x.html]
    else:
        every = [x for x in C.load_file(DATA / f"{part}.ann") if not x.html]
    anns = [x for x in every if not x.crawl_site]
    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        sites: dict[str, list] = {}
        for x in every:
            if x.crawl_site:
                sites.setdefault(x.crawl_site, []).append(x)
        for site, group in sites.items():
            folder = root / "crawl" / site
            folder.mkdir(parents=True)
            ps = []
            for ann in group:
                ps.append(folder / f"{ann.doc_id}.txt")
                ps[-1].write_text(ann.raw(), encoding="utf-8")
            ds, _ = C.run_front(ps, folder, first_pass=True)
            for ann, doc in zip(group, ds):
                rows.extend(_doc_rows(C, ann, doc))
        paths = []
        for ann in anns:
            p = root / ann.site / f"{ann.doc_id}.txt"
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(ann.raw(), encoding="utf-8")
            paths.append(p)
        docs, _ = C.run_front(paths, root)
        for ann, doc in zip(anns, docs):
            rows.extend(_doc_rows(C, ann, doc))
    return rows


def _doc_rows(C, ann, doc) -> list[dict]:  # type: ignore[no-untyped-def]
    """One row a non-blank annotated line: its block (lines between blank lines) and place in it."""
    blocks, b = [], 0
    for _tag, t in ann.lines:
        if t.strip():
            blocks.append(b)
        else:
            b += 1
    out = []
    for i, ((tag, _m, _r, a, e, share), blk) in enumerate(zip(C.aligned_lines(ann, doc), blocks)):
        ra, rb = doc.to_raw(a), doc.to_raw(e)
        hits = [x for x in doc.ledger if x.action == "removed" and x.start < rb and x.end > ra]
        rules = sorted({x.rule for x in hits})
        out.append({"part": ann.split, "doc": ann.doc_id, "lang": ann.lang, "i": i, "block": blk, "tag": tag,
                    "text": doc.text[a:e], "kept": round(share, 3), "rules": rules, "at": [a, e],
                    "notes": sorted({f"{x.rule}: {x.note}" for x in hits if x.note})})
    return out


#: rule families, by rule name or by module (``module.``), first match wins.  "line shape": the line alone looks
#: like furniture (a date/time/counter, a bar of cells, a byline); "region / position": the line is taken for where it
#: stands (a run of short lines, between removed lines, an edge, a furniture region); "dedupe / copies": a near copy of
#: another line (a heading's copy included); "word list": a word list of sites or phrases (chrome, portal, ru_/vi_
#: modules); "meta": the policy and the guards that decide on other rules' removals
FAMILIES: list[tuple[str, tuple[str, ...]]] = [
    ("classifier", ("classifier.",)),
    ("dedupe / copies", ("dedupe.", "copies.", "captions.alt_of_heading", "boilerplate.title_copy",
                         "boilerplate.template", "boilerplate.repeated_label")),
    ("region / position", ("boilerplate.short_run", "boilerplate.between_removed", "boilerplate.region",
                           "boilerplate.menu", "boilerplate.lower_edge", "boilerplate.field_run", "regions.",
                           "edges.", "layout.", "furniture.")),
    ("line shape", ("boilerplate.date_line", "boilerplate.dateline", "boilerplate.byline", "chrome.link_footer",
                    "boilerplate.",)),
    ("word list", ("chrome.", "portal.", "ru_", "vi_", "captions.", "notices.", "banners.")),
    ("meta", ("policy.", "guards.", "keep.")),
]


def family(rule: str) -> str:
    """The family of a ledger rule name (see ``FAMILIES``); "other" when none matches."""
    for name, heads in FAMILIES:
        if any(rule == h or rule.startswith(h) for h in heads):
            return name
    return "other"


def shape(text: str) -> str:
    """A line's shape: digit runs as ``0``, letter runs as ``a``, spaces folded ("Thứ Hai, ngày 17 tháng 1 năm 2022"
    and "Thứ Bảy, ngày 1 tháng 1 năm 2022" share "a a, a 0 a 0 a 0"; "06:10, 07:40" is "0:0, 0:0")."""
    s = re.sub(r"\d+", "0", text.strip())
    return re.sub(r"\s+", " ", re.sub(r"[^\W\d_]+", "a", s))


def _kept(r: dict) -> bool:
    return r["kept"] >= CONTENT_KEPT


def evidence(row: dict, doc: list[dict]) -> dict[str, bool]:
    """Generic evidence on a line of ``doc`` (its rows in order), by today's code's stop words: sentence shape (≥ 6
    words, ends in . ! ? …), short (≤ 4 words), stop-word share ≥ 0.2 (of ≥ 1 word), digits, between kept lines (the
    lines just above and below are kept), a kept twin (a line of the same ``shape``, other text, kept in the page),
    table/list shape (a cell bar, a bullet or number opening, ≥ 2 numbers in a comma list)."""
    sys.path.insert(0, str(ROOT))
    from mtpipe.clean.features import _stop_share

    t = row["text"].strip()
    words = re.findall(r"[^\W\d_]+", t)
    k = doc.index(row)
    return {"sentence": len(t.split()) >= 6 and t.rstrip("»\"”)")[-1:] in ".!?…",
            "short": len(t.split()) <= 4,
            "stop_words": bool(words) and _stop_share(t, row["lang"]) >= 0.2,
            "digits": bool(re.search(r"\d", t)),
            "between_kept": 0 < k < len(doc) - 1 and _kept(doc[k - 1]) and _kept(doc[k + 1]),
            "kept_twin": any(_kept(r) and r["text"].strip() != t and shape(r["text"]) == shape(t) for r in doc),
            "table_or_list": "|" in t or bool(re.match(r"(?:[-•*–—·]|\d{1,2}[.)])\s", t))
            or len(re.findall(r"\d+(?:[:.]\d+)?\s*,", t)) >= 1 and len(re.findall(r"\d", t)) >= 4}


def _docs(rows: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = collections.defaultdict(list)
    for r in rows:
        out[r["doc"]].append(r)
    return out


def _sandwiched(doc: list[dict], most: int) -> list[list[dict]]:
    """The runs of ≤ ``most`` removed lines (under ``CONTENT_KEPT`` kept) with a kept line just above and below."""
    out, i = [], 0
    while i < len(doc):
        if _kept(doc[i]):
            i += 1
            continue
        j = i
        while j < len(doc) and not _kept(doc[j]):
            j += 1
        if i > 0 and j < len(doc) and j - i <= most:
            out.append(doc[i:j])
        i = j
    return out


def guard_restores(rows: list[dict], guard: str, most: int = 5) -> list[dict]:
    """The removed lines a candidate guard would keep (simulated on a dump: the guard sees which lines were kept).

    * ``between``: every line of a sandwiched run (``_sandwiched``).
    * ``rows``: a line of a sandwiched run whose ``shape`` another line of another sandwiched run of the page shares,
      with other text (a structure's recurring row: a timetable's times, a calendar's dates, a day heading).
    * ``rows+digits``: ``rows`` on lines with digits.
    * ``twin+digits``: a removed line with digits whose ``shape`` a kept line of the page shares, with other text.
    """
    out: list[dict] = []
    for doc in _docs(rows).values():
        runs = _sandwiched(doc, most)
        if guard == "between":
            out += [r for run in runs for r in run]
        elif guard.startswith("rows"):
            where: dict[str, list[tuple[int, dict]]] = collections.defaultdict(list)
            for n, run in enumerate(runs):
                for r in run:
                    where[shape(r["text"])].append((n, r))
            for got in where.values():
                if len({n for n, _ in got}) >= 2 and len({r["text"].strip() for _, r in got}) >= 2:
                    out += [r for _, r in got if guard == "rows" or re.search(r"\d", r["text"])]
        elif guard == "twin+digits":
            kept: dict[str, set[str]] = collections.defaultdict(set)
            for r in doc:
                if _kept(r):
                    kept[shape(r["text"])].add(r["text"].strip())
            out += [r for r in doc if not _kept(r) and re.search(r"\d", r["text"])
                    and kept[shape(r["text"])] - {r["text"].strip()}]
    return out


GUARDS = ("between", "rows", "rows+digits", "twin+digits")


def guards(files: list[Path]) -> str:
    """Per dump and candidate guard: content lines it would save, clutter lines it would keep (CR cost)."""
    out = ["| dump | " + " | ".join(f"{g}: saved / cost" for g in GUARDS) + " |", "| --- |" + " --- |" * len(GUARDS)]
    for f in files:
        rows = json.loads(f.read_text(encoding="utf-8"))
        cells = []
        for g in GUARDS:
            got = guard_restores(rows, g)
            cells.append(f"{sum(r['tag'] == '+' for r in got)} / {sum(r['tag'] != '+' for r in got)}")
        out.append(f"| {f.stem} | " + " | ".join(cells) + " |")
    return "\n".join(out)


def table(files: list[Path]) -> str:
    """The lost content lines of the dumps, then counts by family and by evidence, as markdown."""
    out = ["| part | doc | rules (family) | evidence | line |", "| --- | --- | --- | --- | --- |"]
    fam: collections.Counter = collections.Counter()
    ev: collections.Counter = collections.Counter()
    lost_n: collections.Counter = collections.Counter()
    for f in files:
        rows = json.loads(f.read_text(encoding="utf-8"))
        docs = _docs(rows)
        for r in rows:
            if r["tag"] != "+" or r["kept"] >= CONTENT_KEPT:
                continue
            part = r["part"]
            lost_n[part] += 1
            fams = sorted({family(x) for x in r["rules"]}) or ["(no removal rule: cut by a span)"]
            for x in fams:
                fam[(part, x)] += 1
            e = evidence(r, docs[r["doc"]])
            for k, v in e.items():
                ev[(part, k)] += v
            out.append(f"| {part} | {r['doc']} | {', '.join(r['rules'])} ({'; '.join(fams)}) | "
                       f"{' '.join(k for k, v in e.items() if v)} | {r['text'][:70].replace('|', '/')} |")
    parts = sorted(lost_n)
    out += ["", "| family | " + " | ".join(parts) + " |", "| --- |" + " --- |" * len(parts)]
    for x in sorted({k[1] for k in fam}):
        out.append(f"| {x} | " + " | ".join(str(fam[(p, x)]) for p in parts) + " |")
    out += ["", "| evidence (of lost lines) | " + " | ".join(f"{p} ({lost_n[p]})" for p in parts) + " |",
            "| --- |" + " --- |" * len(parts)]
    for k in ("sentence", "short", "stop_words", "digits", "between_kept", "kept_twin", "table_or_list"):
        out.append(f"| {k} | " + " | ".join(str(ev[(p, k)]) for p in parts) + " |")
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--code", type=Path, help="the tree whose code runs the part (a start commit's worktree)")
    ap.add_argument("--part", help="a realpages part, e.g. held40")
    ap.add_argument("--dump", type=Path, help="write every line of the part here (JSON)")
    ap.add_argument("--table", type=Path, nargs="*", help="dumps to tabulate")
    ap.add_argument("--guards", type=Path, nargs="*", help="dumps to run the candidate guards on")
    a = ap.parse_args()
    if a.guards:
        print(guards(a.guards))
        return
    if a.table:
        print(table(a.table))
        return
    rows = dump(a.code, a.part)
    a.dump.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    lost = [r for r in rows if r["tag"] == "+" and r["kept"] < CONTENT_KEPT]
    print(f"{a.part}: {len(lost)} of {sum(r['tag'] == '+' for r in rows)} content lines lost")


if __name__ == "__main__":
    main()
