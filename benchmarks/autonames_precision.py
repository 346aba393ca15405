"""Precision of auto-names (Russian names the glossary lacks, protected with rule-based pinyin) on real text.

Runs segmentation, glossary protection (starter glossary) and the auto-names stage over
``--corpus DIR/{dev,heldout}/ru/*.txt`` (the excerpts of ``data/SOURCES.md``; not in the repository)
and looks every auto-name span up in ``data/autonames_annotations.tsv``. Also counts how many carry
hanzi on the Chinese side (only when the candidates from the Russian form are confident).
``--realpages`` runs instead on the Russian documents of the committed real pages
(``data/realpages/*.ann``), from the repository alone; their spans are judged in the same file.
``--baseline PATH`` runs another checkout in a subprocess for comparison. Prints figures; asserts nothing.

``--split`` runs one split of ``DIR`` only (``dev``, ``heldout``); figures are printed per split.

Run: ``python benchmarks/autonames_precision.py (--corpus DIR | --realpages) [--split S] [--show] [--baseline PATH]``
"""

from __future__ import annotations

import argparse
import json
import os
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--corpus", type=Path)
    src.add_argument("--realpages", action="store_true", help="the committed real pages (data/realpages)")
    ap.add_argument("--baseline", type=Path, default=None)
    ap.add_argument("--split", default="*", help="only DIR/SPLIT/ru (dev, heldout); default: every split")
    ap.add_argument("--show", action="store_true", help="print each span not judged right, in its context")
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
        every = spans(args.corpus, checkout, args.split)
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
            if args.show:
                for s in got:
                    if judged.get(s["source"]) != 1:
                        print(f"    {s['doc']} {s['source']!r} -> {s['en']}: ...{s['context']}...")


if __name__ == "__main__":
    main()
