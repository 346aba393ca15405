"""Spam-token ledger entries on the real pages (spam74): every ``spam.*`` entry (flagged or repaired) the cleaner
writes on the realpages documents, with its token, rule note and line; then counts per page and token.

The pages go through the cleaner as ``benchmarks/cleaning.py`` runs them: the text documents of every part in one
run folder (one sub-folder per site, the cross-document first pass over all of them), the crawl documents
(``site=``) one run folder per site with the first pass.  The raw HTML pages are left out (their lines are not the
page's text).  ``--lang vi`` (default: every language) keeps one language's pages; ``--part held45`` one part's.

    python benchmarks/page_flags.py [--lang vi] [--part held2 ...] [--data DIR] [--lines]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cleaning import DATA, AnnDoc, load, run_front  # noqa: E402


def _docs(anns: list[AnnDoc], root: Path) -> list:  # type: ignore[type-arg]
    """The cleaned and segmented documents of ``anns`` (text documents only), in their order."""
    out: dict[str, object] = {}
    plain = [x for x in anns if not x.crawl_site]
    groups = [(root / "pages", plain)] if plain else []
    sites: dict[str, list[AnnDoc]] = {}
    for x in anns:
        if x.crawl_site:
            sites.setdefault(x.crawl_site, []).append(x)
    groups += [(root / "crawl" / s, g) for s, g in sites.items()]
    for folder, group in groups:
        paths = []
        for ann in group:
            p = (folder / ann.site if not ann.crawl_site else folder) / f"{ann.doc_id}.txt"
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(ann.raw(), encoding="utf-8")
            paths.append(p)
        docs, _ = run_front(paths, folder)
        out.update((ann.doc_id, d) for ann, d in zip(group, docs))
    return [out[x.doc_id] for x in anns]


def spam_entries(anns: list[AnnDoc]) -> list[tuple[AnnDoc, object, str]]:  # type: ignore[type-arg]
    """``(page, ledger entry, the raw line it stands in)`` for every ``spam.*`` entry on the pages."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for ann, doc in zip(anns, _docs(anns, Path(tmp))):
            raw = doc.raw_text  # type: ignore[attr-defined]
            for e in doc.ledger:  # type: ignore[attr-defined]
                if e.rule.startswith("spam."):
                    a = raw.rfind("\n", 0, e.start) + 1
                    b = raw.find("\n", e.start)
                    rows.append((ann, e, raw[a:b if b >= 0 else len(raw)]))
    return rows


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--lang", default="", help="only pages of this language (e.g. vi)")
    ap.add_argument("--part", nargs="*", default=[], help="only these parts (file stems, e.g. held45 crawl)")
    ap.add_argument("--lines", action="store_true", help="print each entry's line (else the first 100 characters)")
    a = ap.parse_args(argv)
    anns = [x for x in load(a.data) if not x.html and (not a.lang or x.lang == a.lang)
            and (not a.part or x.split in a.part)]
    rows = spam_entries(anns)
    for ann, e, line in rows:
        short = line if a.lines else line[:100]
        rep = f" -> {e.replacement!r}" if e.action == "repaired" else ""  # type: ignore[attr-defined]
        print(f"{ann.doc_id}\t{e.rule}\t{e.action}\t{e.text.strip()!r}{rep}\t{e.note}\t| {short}")  # type: ignore[attr-defined]
    tokens = Counter(e.text.strip() for _, e, _ in rows)  # type: ignore[attr-defined]
    print(f"\npages: {len(anns)} ({len({x.doc_id for x in anns if x.lang == 'vi'})} vi); pages with a spam entry: "
          f"{len({ann.doc_id for ann, _, _ in rows})}; entries: {len(rows)} "
          f"({sum(e.action == 'flagged' for _, e, _ in rows)} flagged, "  # type: ignore[attr-defined]
          f"{sum(e.action == 'repaired' for _, e, _ in rows)} repaired); distinct tokens: {len(tokens)}")
    print("tokens: " + ", ".join(f"{t} x{n}" if n > 1 else t for t, n in tokens.most_common()))


if __name__ == "__main__":
    main()
