"""Every ``removed`` ledger span on every dev page covers exactly what was removed (round bnd69, cp86's ledger slip).

cp86's fresh RT page (``rt_00296``) had a ``chrome.copyright`` entry for "© Из архива автора" spanning the two lines
under it: :mod:`mtpipe.clean.softbreak` had joined the credit to an interview question (the fragment sign), and the
whole-line rule removed the joined line, question and all (fixed in :mod:`mtpipe.clean.softbreak_turns`).
:func:`mtpipe.clean.ledger.unaccounted` compares the replayed text with the segments as whole strings; this test reads
the spans themselves, on every labelled text document of ``benchmarks/data/realpages`` (the parts measured blind this
session left out, :mod:`benchmarks.blind_sets`), run as the benchmark runs them (a site's pages one folder, the
cross-document first pass on):

* an entry's ``text`` is the raw text of its span;
* no character the output keeps (a segment's non-blank character, mapped to the raw text) lies inside a removed span;
* a removed span over a soft break that :mod:`.softbreak` joined covers whole raw lines: it starts at a line's start
  and ends at a line's end (whitespace around it aside), so a rule that removes a joined line removes its lines, never
  a line's piece glued to its neighbour's.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REALPAGES = ROOT / "benchmarks" / "data" / "realpages"


def _line_start(raw: str, i: int) -> bool:
    return not raw[raw.rfind("\n", 0, i) + 1:i].strip()


def _line_end(raw: str, i: int) -> bool:
    nl = raw.find("\n", i)
    return not raw[i:nl if nl >= 0 else len(raw)].strip() or _line_start(raw, i)


def span_problems(doc) -> list[str]:  # type: ignore[no-untyped-def]
    """What is wrong with ``doc``'s removed spans (see the module's text); empty when nothing."""
    raw = doc.raw_text
    out = []
    kept = sorted({doc.to_raw(i) for s in doc.segments for i in range(s.start, s.end) if not doc.text[i].isspace()})
    joins = [e.start for e in doc.ledger if e.rule == "softbreak.join"]
    import bisect

    for e in doc.ledger:
        if raw[e.start:e.end] != e.text:
            out.append(f"{doc.doc_id}: {e.rule} {e.start}:{e.end} text is not its span's")
        if e.action != "removed":
            continue
        k = bisect.bisect_left(kept, e.start)
        if k < len(kept) and kept[k] < e.end:
            out.append(f"{doc.doc_id}: {e.rule} {e.start}:{e.end} {e.text[:60]!r} holds a kept character at {kept[k]}")
        if any(e.start <= j < e.end - 1 for j in joins) and not (_line_start(raw, e.start) and _line_end(raw, e.end)):
            out.append(f"{doc.doc_id}: {e.rule} {e.start}:{e.end} {e.text[:60]!r} cuts a joined line")
    return out


@pytest.mark.slow
def test_every_removed_span_is_exactly_the_removed_text():
    if not REALPAGES.is_dir():
        pytest.skip("benchmark data not in this checkout")
    sys.path.insert(0, str(ROOT))
    from benchmarks.blind_sets import CURRENT
    from benchmarks.cleaning import load_file, run_front

    groups: dict[str, list] = {}
    for f in sorted(REALPAGES.glob("*.ann")):
        if f.stem in CURRENT:
            continue
        for ann in load_file(f):
            if not ann.html:
                groups.setdefault(ann.crawl_site or "p:" + ann.site, []).append(ann)
    problems, docs_seen = [], 0
    with tempfile.TemporaryDirectory() as tmp:
        for n, (_, anns) in enumerate(sorted(groups.items())):
            folder = Path(tmp) / str(n)
            folder.mkdir()
            paths = []
            for ann in anns:
                p = folder / f"{ann.doc_id}.txt"
                p.write_text(ann.raw(), encoding="utf-8")
                paths.append(p)
            docs, _ = run_front(paths, folder)
            docs_seen += len(docs)
            for d in docs:
                problems += span_problems(d)
    assert docs_seen > 500
    assert not problems, "\n".join(problems[:20])


def test_span_problems_reads_a_slip():
    """The check itself: a removal over a joined line whose half the output keeps, a removal that ends inside a
    joined line, are named; the credit's own line is not."""
    from mtpipe.document import Document, LedgerEntry, Segment

    raw = "© Из архива автора\n— Вопрос?\n"
    doc = Document.from_text(raw, doc_id="slip")
    doc.text = raw.replace("автора\n", "автора ")
    join = LedgerEntry("softbreak.join", "joined", "\n", 18, 19)
    doc.segments = [Segment(index=0, start=19, end=28, source=doc.text[19:28])]
    doc.ledger = [join, LedgerEntry("chrome.copyright", "removed", raw, 0, len(raw))]
    assert any("kept character" in p for p in span_problems(doc))
    doc.ledger = [join, LedgerEntry("chrome.copyright", "removed", raw[:23], 0, 23)]
    assert any("cuts a joined line" in p for p in span_problems(doc))
    doc.ledger = [LedgerEntry("chrome.copyright", "removed", raw[:19], 0, 19)]
    assert not span_problems(doc)
