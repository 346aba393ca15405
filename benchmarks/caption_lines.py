"""Every non-blank line of the dev pages with its label and the rules that removed or held it (issue 12, cap83).

Runs the labelled realpages parts as ``cleaning.py`` runs them (text parts together with the first pass, raw HTML
pages left out, each crawl site one folder) and every ``audit*/*.txt`` part as ``removal_audit.py`` does (each file
one run; the label is ``a:clutter`` / ``a:content`` from its verdicts, ``a:?`` for a line no verdict judged), and
writes one JSON row a line: part, doc, lang, k (the line's index among the page's non-blank lines), tag, text, share
(of its letters kept), rem (rules of the ``removed`` ledger entries over it), held (rules the policy held back on it,
from the ``kept`` entries).  The blind parts (``benchmarks/blind_sets.py``) are never read.  cap83 read it for the
captions under an image and the Vietnamese captions left (benchmarks/notes/cap83.md)::

    PYTHONPATH=$PWD python benchmarks/caption_lines.py /tmp/lines.json [--clean-policy balanced]

``--data DIR`` reads the ``.ann`` parts of DIR instead (no audits; a post-blind brief's in-sample part, cap91).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _rows(out: list[dict], doc, raw: str, tags: list[str], part: str, doc_id: str,  # type: ignore[no-untyped-def]
          lang: str) -> None:
    import cleaning as C

    from mtpipe.ingest import normalize_text

    doc = C.as_ingested(SimpleNamespace(raw=lambda: raw, doc_id=doc_id, html=False), doc)
    text = doc.text
    orig = normalize_text(raw)[0]
    mask = bytearray(len(text))
    for a, b in (tuple(k) for k in doc.meta.get("kept", [])):
        mask[a:b] = b"\x01" * (b - a)
    spans, pos = [], 0
    for line in orig.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    if len(spans) != len(tags):
        raise SystemExit(f"{doc_id}: {len(tags)} labelled lines but {len(spans)} in the text")
    for k, ((a, b), tag) in enumerate(zip(spans, tags)):
        idx = [i for i in range(a, b) if text[i].isalpha()] or [i for i in range(a, b) if text[i].isalnum()]
        share = sum(mask[i] for i in idx) / max(1, len(idx))
        ra, rb = doc.to_raw(a), doc.to_raw(b)
        over = [e for e in doc.ledger if e.start < rb and e.end > ra]
        out.append(dict(part=part, doc=doc_id, lang=lang, k=k, tag=tag, text=text[a:b], share=round(share, 3),
                        rem=sorted({e.rule for e in over if e.action == "removed"}),
                        held=sorted({e.note.split(" would remove it")[0] for e in over
                                     if e.action == "kept" and e.note and " would remove it" in e.note})))


def main(argv: list[str] | None = None) -> None:
    import cleaning as C
    import removal_audit as RA

    from benchmarks import blind_sets

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--clean-policy", default="")
    ap.add_argument("--data", type=Path, help="a folder of .ann parts instead of the dev realpages (no audits)")
    a = ap.parse_args(argv)
    C.POLICY[0] = a.clean_policy
    out: list[dict] = []
    files = (sorted(a.data.glob("*.ann")) if a.data
             else blind_sets.without_current(sorted(C.DATA.glob("*.ann"))))
    part_of, anns = {}, []
    for f in files:
        for d in C.load_file(f):
            if not d.html:
                anns.append(d)
                part_of[d.doc_id] = f.stem
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        groups: dict[str, list] = {"": [x for x in anns if not x.crawl_site]}
        for x in anns:
            if x.crawl_site:
                groups.setdefault(x.crawl_site, []).append(x)
        for site, group in groups.items():
            folder = root / (f"crawl/{site}" if site else "text")
            paths = []
            for ann in group:
                p = folder / (ann.site if not site else "") / f"{ann.doc_id}.txt"
                p.parent.mkdir(parents=True, exist_ok=True)
                p.write_text(ann.raw(), encoding="utf-8")
                paths.append(p)
            docs, _ = C.run_front(paths, folder)
            for ann, d in zip(group, docs):
                _rows(out, d, ann.raw(), [t for t, s in ann.lines if s.strip()], part_of[ann.doc_id], ann.doc_id,
                      ann.lang)
        for audit in ([] if a.data else sorted(C.DATA.parent.glob("audit*"))):
            for f in sorted(audit.glob("*.txt")):
                v = audit / f"verdicts_{f.stem}.tsv"
                verdicts = RA.read_verdicts(v) if v.exists() else {}
                pages = RA.load(f)
                folder = root / audit.name / f.stem
                paths = []
                for pg in pages:
                    p = folder / pg.site / f"{pg.page_id}.txt"
                    p.parent.mkdir(parents=True, exist_ok=True)
                    p.write_text(pg.raw(), encoding="utf-8")
                    paths.append(p)
                docs, _ = C.run_front(paths, folder)
                for pg, d in zip(pages, docs):
                    numbers = [n for n, t in enumerate(pg.lines, 1) if t.strip()]
                    tags = ["a:" + verdicts.get((pg.page_id, n), "?") for n in numbers]
                    _rows(out, d, pg.raw(), tags, f"{audit.name}/{f.stem}", pg.page_id, pg.lang)
    a.out.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
    print(len(out), "lines")


if __name__ == "__main__":
    main()
