"""A duplicate's last print (issue 12, dup80): lines removed as a copy whose every other print is removed too.

A duplicate rule (``dedupe.*``, a rule named ``*copy*``, one whose note names the kept print "at N") removes a line
because another print of it stays; when a later layer removes that other print as well, the page loses the text
twice (docs65: ``dedupe.title_copy`` took the header's print of a title, ``portal.breadcrumb`` the copy under it).
This script runs the cleaner as ``cleaning.py`` does over the dev realpages parts (every ``.ann`` but the ones named
with ``--skip``), the crawl parts (each site a run folder, first pass on), the seeds and the audit23 / audit34 pages,
and lists each removed copy whose other prints (the same folded text, or the line its note names) are all removed:
per rule pair (the copy's rule -> the other print's rule), with the labels where a part has them (``+`` content,
``-``/``=`` clutter; the audits' verdicts by page and text)::

    PYTHONPATH=$PWD python benchmarks/last_prints.py [--show] [--parts held46 crawl ...]
"""

from __future__ import annotations

import argparse
import bisect
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cleaning import DATA, SEEDS, AnnDoc, load_file, run_front  # noqa: E402

from mtpipe.clean.last_prints import orphans  # noqa: E402

ROOT = Path(__file__).resolve().parent / "data"


def _kind(lines: list[str], removed: dict, group: list[int]) -> str:
    """What :func:`~mtpipe.clean.last_prints.release_last_prints` makes of the case: ``pair`` (a pair rule's),
    ``label`` (a short line no claiming copy rule took), ``furniture`` (every print among removed lines) or
    ``release`` (left only where the release is off)."""
    from mtpipe.clean.last_prints import CLAIM_RULES, PAIR_RULES, in_text, paragraph

    if any(str(removed[k][0]) in PAIR_RULES for k in group):
        return "pair"
    if str(removed[group[0]][0]) not in CLAIM_RULES and not paragraph(lines[group[0]]):
        return "label"
    return "release" if any(in_text(lines, removed, k) for k in group) else "furniture"


class Capture:
    """Wraps ``mtpipe.clean.write_marks``: each document's final marks (after the take-backs and held lines)."""

    def __init__(self) -> None:
        import mtpipe.clean as clean

        self.clean, self.orig, self.got = clean, clean.write_marks, {}
        clean.write_marks = self

    def __call__(self, marks) -> None:  # type: ignore[no-untyped-def]
        lines = [marks.doc.text[a:b] for a, b in marks.spans]
        self.got[marks.doc.doc_id] = (marks.doc, lines, list(marks.spans), dict(marks.removed))
        self.orig(marks)


def _tags(ann: AnnDoc, doc, spans: list[tuple[int, int]]) -> list[str]:  # type: ignore[no-untyped-def]
    """The label of each of the cleaner's lines (by where its start falls among the annotated lines)."""
    starts, tags, r = [], [], 0
    for tag, t in ann.lines:
        if t.strip():
            starts.append(r)
            tags.append(tag)
        r += len(t.replace("‖", "")) + 1
    out = []
    for a, _ in spans:
        k = bisect.bisect_right(starts, doc.to_raw(a)) - 1
        out.append(tags[k] if k >= 0 else "?")
    return out


def _audit_pages(folder: Path) -> tuple[list[tuple[str, str, str]], dict[tuple[str, str], str]]:
    from removal_audit import load as load_audit

    pages, verdicts = [], {}
    for f in sorted(folder.glob("*.txt")):
        pages += [(f"{folder.name}_{f.stem}", p.page_id, p.raw()) for p in load_audit(f)]
    for f in sorted(folder.glob("verdicts_*.tsv")):
        for row in f.read_text(encoding="utf-8").splitlines()[1:]:
            cols = row.split("\t")
            if len(cols) >= 5:
                verdicts[(cols[0], cols[4].strip())] = "+" if cols[3] == "content" else "-"
    return pages, verdicts


def run(parts: list[str], show: bool) -> Counter:
    cap = Capture()
    pairs: Counter = Counter()
    found: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        groups: list[tuple[str, list[tuple[str, str, str]], dict]] = []  # (part, [(folder, id, raw)], labels)
        for f in sorted(DATA.glob("*.ann")):
            if parts and f.stem not in parts:
                continue
            anns = [a for a in load_file(f) if not a.html]
            labels = {a.doc_id: a for a in anns}
            by_site: dict[str, list] = {}
            for a in anns:
                by_site.setdefault(a.crawl_site or "", []).append((a.crawl_site or a.site, a.doc_id, a.raw()))
            for site, rows in by_site.items():
                groups.append((f.stem, rows, labels))
        if not parts or "seeds" in parts:
            groups.append(("seeds", [("seeds", p.stem, p.read_text(encoding="utf-8"))
                                     for p in sorted(SEEDS.glob("*.txt"))], {}))
        for name in ("audit23", "audit34"):
            if not parts or name in parts:
                pages, verdicts = _audit_pages(ROOT / name)
                for sub in sorted({g for g, _, _ in pages}):
                    groups.append((name, [(g, i, r) for g, i, r in pages if g == sub], {"verdicts": verdicts}))
        for n, (part, rows, labels) in enumerate(groups):
            folder = Path(tmp) / f"g{n}"
            paths = []
            for site, doc_id, raw in rows:
                p = folder / re.sub(r"[^\w.-]", "_", site) / f"{doc_id}.txt"
                p.parent.mkdir(parents=True, exist_ok=True)
                p.write_text(raw, encoding="utf-8")
                paths.append(p)
            cap.got.clear()
            run_front(paths, folder)
            for doc, lines, spans, removed in cap.got.values():
                hits = orphans(lines, spans, removed)
                if not hits:
                    continue
                stem = Path(doc.doc_id).stem
                ann = labels.get(stem)
                tags = _tags(ann, doc, spans) if isinstance(ann, AnnDoc) else None
                verdicts = labels.get("verdicts", {})
                for i, others in hits:
                    tag = tags[i] if tags else verdicts.get((stem, lines[i].strip()), "?")
                    otags = "".join(tags[k] if tags else verdicts.get((stem, lines[k].strip()), "?") for k in others)
                    key = f"{removed[i][0]} -> {removed[others[0]][0]}"
                    kind = _kind(lines, removed, [i, *others])
                    lab = "content" if "+" in tag + otags else "?" if "?" in tag + otags else "clutter"
                    pairs[(key, lab, kind)] += 1
                    found.append(f"{part} {stem} [{tag}|{otags}] {kind} {key}: {lines[i].strip()[:70]!r}")
    cap.clean.write_marks = cap.orig
    if show:
        print("\n".join(found))
    return pairs


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--parts", nargs="*", default=[], help="realpages parts (file stems), seeds, audit23, audit34")
    ap.add_argument("--show", action="store_true", help="every case: part, page, labels [copy|others], text")
    a = ap.parse_args(argv)
    pairs = run(a.parts, a.show)
    total = sum(pairs.values())
    print(f"copies whose every other print is removed: {total} "
          f"(content involved {sum(v for (_, lab, _), v in pairs.items() if lab == 'content')}, "
          f"unlabelled {sum(v for (_, lab, _), v in pairs.items() if lab == '?')}; "
          + ", ".join(f"{k} {sum(v for (_, _, kk), v in pairs.items() if kk == k)}"
                      for k in ("release", "pair", "label", "furniture")) + ")")
    for (key, lab, kind), v in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{v:4}  {lab:8} {kind:9} {key}")


if __name__ == "__main__":
    main()
