"""Precision of auto-names (Russian names the glossary lacks, protected with rule-based pinyin) on real text.

Runs segmentation, glossary protection (starter glossary) and the auto-names stage over
``--corpus DIR/{dev,heldout}/ru/*.txt`` (the excerpts of ``data/SOURCES.md``; not in the repository)
and looks every auto-name span up in ``data/autonames_annotations.tsv``. Also counts how many carry
hanzi on the Chinese side (only when the candidates from the Russian form are confident).
``--realpages`` runs instead on the Russian documents of the committed real pages
(``data/realpages/*.ann``), from the repository alone; their spans are judged in the same file.
``--baseline PATH`` runs another checkout in a subprocess for comparison. Prints figures; asserts nothing.

``--split`` runs one split of ``DIR`` only (``dev``, ``heldout``); figures are printed per split.

``--pages data/autonames_fresh_pages.tsv`` also counts recall: the occurrences of the Chinese names (two or more
words) each page lists, covered by an auto-name, by the glossary, or missed.

Run: ``python benchmarks/autonames_precision.py (--corpus DIR | --realpages) [--split S] [--pages TSV] [--show] [--baseline PATH]``
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
_SPANS = """
import json, sys
from pathlib import Path
from mtpipe.autonames import AutoNames
from mtpipe.document import Document
from mtpipe.glossary import Protect, load_glossaries
from mtpipe.segment import Segmenter
protect, auto, seg = Protect(load_glossaries(["glossaries"])), AutoNames(), Segmenter()
for f in sorted(Path(sys.argv[1]).glob(sys.argv[2] + "/ru/*.txt")):
    for s in auto(protect(seg(Document.from_text(f.read_text(encoding="utf-8"))))).segments:
        print(json.dumps({"segment": s.source, "split": f.parent.parent.name, "doc": f.stem,
                          "terms": [[t.start, t.end, t.id.startswith("auto:")] for t in s.terms]}, ensure_ascii=False))
        for t in s.terms:
            if t.id.startswith("auto:"):
                print(json.dumps({"source": t.source, "en": t.en, "zh": t.zh, "split": f.parent.parent.name,
                                  "doc": f.stem, "context": s.source[max(0, t.start - 40): t.end + 40]},
                                 ensure_ascii=False))
"""


def spans(corpus: Path, checkout: Path, split: str = "*") -> list[dict]:
    res = subprocess.run([sys.executable, "-c", _SPANS, str(corpus), split], capture_output=True, text=True, check=True,
                         cwd=checkout, env=dict(os.environ, PYTHONPATH=str(checkout)))
    return [json.loads(x) for x in res.stdout.splitlines()]


def chinese_forms(pages: Path) -> dict[str, list[str]]:
    """Page id -> the written forms of its Chinese persons of two or more words (``cn:`` in ``pages``)."""
    forms: dict[str, list[str]] = {}
    for line in pages.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(("#", "id\t")):
            pid, persons = line.split("\t")[0], line.split("\t")[-1]
            for person in persons.split("; "):
                origin, _, written = person.partition(":")
                if origin.strip() == "cn":
                    forms.setdefault(pid, []).extend(w for w in written.split("|") if " " in w.strip())
    return forms


def recall(segments: list[dict], forms: dict[str, list[str]]) -> tuple[int, int, int, list[str]]:
    """Occurrences of the pages' Chinese names (two or more words): by an auto-name, by the glossary, missed."""
    auto = gloss = 0
    missed = []
    for s in segments:
        found = []
        for form in sorted(forms.get(s["doc"], []), key=len, reverse=True):
            for m in re.finditer(rf"(?<![А-ЯЁа-яё]){re.escape(form)}(?![А-ЯЁа-яё])", s["segment"]):
                if not any(m.start() < e and b < m.end() for b, e in found):
                    found.append((m.start(), m.end()))
        for b, e in found:
            cover = [a for (tb, te, a) in s["terms"] if tb < e and b < te]
            if any(cover):
                auto += 1
            elif cover:
                gloss += 1
            else:
                missed.append(f"{s['doc']} {s['segment'][b:e]}")
    return auto, gloss, len(missed), missed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--corpus", type=Path)
    src.add_argument("--realpages", action="store_true", help="the committed real pages (data/realpages)")
    ap.add_argument("--baseline", type=Path, default=None)
    ap.add_argument("--split", default="*", help="only DIR/SPLIT/ru (dev, heldout); default: every split")
    ap.add_argument("--show", action="store_true", help="print each span not judged right, in its context")
    ap.add_argument("--pages", type=Path, default=None,
                    help="a pages table whose persons column lists the Chinese names (data/autonames_fresh_pages.tsv): "
                         "also count how many of their occurrences auto-names or the glossary cover (recall)")
    args = ap.parse_args()
    if args.realpages:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from suggest_precision import realpages_corpus

        tmp = tempfile.TemporaryDirectory()
        args.corpus = realpages_corpus(Path(tmp.name))
    judged = {}
    for line in (REPO / "benchmarks" / "data" / "autonames_annotations.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(("#", "source\t")):
            parts = line.split("\t")
            judged[parts[0]] = int(parts[1])
    for name, checkout in [("this", REPO)] + ([("baseline", args.baseline)] if args.baseline else []):
        records = spans(args.corpus, checkout, args.split)
        every = [r for r in records if "segment" not in r]
        segments = [r for r in records if "segment" in r]
        for split in sorted({s["split"] for s in every}) or [args.split]:
            got = [s for s in every if s["split"] == split]
            ok = sum(judged.get(s["source"]) == 1 for s in got)
            bad = sum(judged.get(s["source"]) == 0 for s in got)
            unjudged = sorted({s["source"] for s in got if s["source"] not in judged})
            hanzi = sum(any("\u4e00" <= c <= "\u9fff" for c in s["zh"]) for s in got)
            right = sorted({s["source"] for s in got if judged.get(s["source"]) == 1})
            print(f"{name} [{split}]: {len(got)} auto-name occurrences, {len({s['source'] for s in got})} distinct; "
                  f"precision {ok / ((ok + bad) or 1):.3f} ({ok}/{ok + bad}); hanzi on the zh side: {hanzi}; "
                  f"Chinese names found ({len(right)}): {right}; unjudged: {unjudged}")
            if args.pages:
                a, g, m, missed = recall([s for s in segments if s["split"] == split], chinese_forms(args.pages))
                print(f"    Chinese names of two or more words on the pages: {a + g + m} occurrences; auto-names {a}, "
                      f"glossary {g}, missed {m}; recall of auto-names on those the glossary lacks "
                      f"{a / ((a + m) or 1):.3f} ({a}/{a + m})")
                if args.show:
                    for x in missed:
                        print(f"    missed: {x}")
            if args.show:
                for s in got:
                    if judged.get(s["source"]) != 1:
                        print(f"    {s['doc']} {s['source']!r} -> {s['en']}: ...{s['context']}...")


if __name__ == "__main__":
    main()
