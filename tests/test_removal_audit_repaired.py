"""benchmarks/removal_audit.py on a page whose spam repair changed the text's length (seed 003: "w88.is" repaired
into "thành" fifteen times): it maps the page back to ingest's offsets (cleaning.as_ingested) instead of stopping."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_a_repaired_page_is_audited():
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        import removal_audit as R
    finally:
        sys.path.remove(str(REPO / "benchmarks"))
    text = (REPO / "tests" / "data" / "seeds" / "003_98611a0833de7545.txt").read_text(encoding="utf-8")
    assert text.count("w88.is") >= 10
    page = R.Page("s003", "vi", "https://example.vn/a", text.split("\n"))
    while page.lines and page.lines[-1] == "":
        page.lines.pop()
    out, nlines = R.removals([page])
    assert nlines == {"s003": sum(1 for ln in page.lines if ln.strip())}
    assert all(r["page"] == "s003" and r["text"] in text for r in out)
