"""Which of the transfer tool's out-of-fold lost rows would the classifier layer still remove? (issue 12, cp49)

``tools/line_classifier_transfer.py`` counts a content row as lost when a model trained without its part scores it
over the in-fold cut; it judges the rows as the trainer does (candidates less ``announced``, ``own_field``,
``left_to_captions``), not through the guards ``classifier.judge`` applies on the page at inference (the letterhead,
record, calendar, schedule and timetable lines, the siblings of a kept bracket list, a sentence's closing line).  This
tool reruns the cleaner on each page with a lost row, the first pass over the same text pages as the transfer tool,
and makes the layer score the lost rows of that page over its cut and every other line under it (the unseen model's
hits on content), then counts the lost rows the layer still removes.  Since round 51 the transfer tool counts its lost
rows after the guards that spare a line whatever the model scores (``classifier_guards.spared``); what this tool
adds is the bracket lists the model keeps some items of.  ``--spared`` checks the other way: the rows the transfer
tool counted as spared are all kept by the layer (0 expected).

    python tools/line_classifier_transfer.py --recipes shipped --by-part --json /tmp/t.json
    python tools/line_classifier_guards.py /tmp/t.json
    python tools/line_classifier_guards.py --spared /tmp/t.json
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import line_classifier_transfer as transfer  # noqa: E402
import train_line_classifier as tl  # noqa: E402  (puts the repository and benchmarks/ on sys.path)

import cleaning  # noqa: E402
from mtpipe.clean import Cleaner, CleanOptions, classifier  # noqa: E402

_LOST = re.compile(r"^(?P<doc>[^:]+): (?P<line>.*) \((?P<p>[0-9.]+)\)$")


def lost_rows(res: dict, key: str = "lost_lines") -> dict[str, dict[str, set[str]]]:
    """recipe -> document id -> the lost lines' texts (from the transfer tool's ``--json``; ``key`` "spared_lines":
    the content rows over the cut that ``classifier_guards.spared`` keeps, round 51)."""
    out: dict[str, dict[str, set[str]]] = {}
    for name, folds in res.items():
        for v in folds.values():
            for s in v.get(key, []):
                m = _LOST.match(s)
                if m:
                    out.setdefault(name, {}).setdefault(m["doc"], set()).add(m["line"].strip())
    return out


def still_removed(lost: dict[str, set[str]]) -> dict[str, list[str]]:
    """Document id -> the lost lines the layer removes with the page's guards (every line of those texts)."""
    from mtpipe.ingest import read_document

    parts = set(tl.TEXT_PARTS) | {p for p in transfer.OTHER if p not in transfer._CRAWL} | {"html"}
    anns = [a for a in cleaning.load(cleaning.DATA) if not a.crawl_site and a.split in parts
            and a.split not in transfer.blind()]
    root = Path(tempfile.mkdtemp())
    docs = []
    for ann in anns:
        p = root / ann.site / f"{ann.doc_id}.txt"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(ann.raw(), encoding="utf-8")
        docs.append(read_document(p, root))
    cleaner = Cleaner(CleanOptions(removal_policy="balanced"))
    cleaner.options.classifier = True
    cleaner.first_pass(docs)
    seen: list[str] = []
    want: set[str] = set()
    real_lexical, real_prob, real_judge = classifier.lexical, classifier.probabilities, classifier.judge

    def lexical(line, lex):  # type: ignore[no-untyped-def]
        seen.append(line.strip())
        return real_lexical(line, lex)

    def probabilities(rows, model):  # type: ignore[no-untyped-def]
        _p, contrib = real_prob(rows, model)
        return [0.999 if t in want else 0.0 for t in seen[-len(rows):]], contrib

    out: dict[str, list[str]] = {}

    def judge(text, spans, *a, **k):  # type: ignore[no-untyped-def]
        got = real_judge(text, spans, *a, **k)
        out[doc_id] = [text[spans[i][0]:spans[i][1]].strip() for i in sorted(got)]
        return got

    classifier.lexical, classifier.probabilities, classifier.judge = lexical, probabilities, judge
    try:
        for ann, d in zip(anns, docs):
            if ann.doc_id in lost:
                doc_id, want = ann.doc_id, lost[ann.doc_id]
                out[doc_id] = []
                cleaner(d)
    finally:
        classifier.lexical, classifier.probabilities, classifier.judge = real_lexical, real_prob, real_judge
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("transfer_json", type=Path, help="the transfer tool's --json")
    ap.add_argument("--spared", action="store_true",
                    help="check the rows the transfer tool counted as spared by the page's guards (round 51): 0 expected")
    a = ap.parse_args(argv)
    tl.configure(True)
    res = json.loads(a.transfer_json.read_text(encoding="utf-8"))
    for name, lost in lost_rows(res, "spared_lines" if a.spared else "lost_lines").items():
        got = still_removed(lost)
        n = sum(len(v) for v in got.values())
        for doc in sorted(lost):
            print(f"{name} {doc}: lost texts {sorted(lost[doc])}; still removed at inference: {got.get(doc, [])}")
        print(f"== {name}: lost lines still removed with the page's guards {n}", flush=True)


if __name__ == "__main__":
    main()
