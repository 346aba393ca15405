"""Where ``boilerplate.date_line`` stamps and where it takes the text's own dates (issue 12, date63): the rule's removals
on ``benchmarks/blind_losses.py`` dumps counted by place and partner, and candidate bounds on the rule simulated
(content lines saved, clutter lines kept), as xfer62's ``--guards`` simulates its guards.

A removal of the rule is a row of a dump whose rules include ``boilerplate.date_line`` and whose letters were not
kept (``blind_losses.CONTENT_KEPT``).  The findings: benchmarks/notes/date63.md::

    python benchmarks/date_bounds.py --context /tmp/l36.json ... /tmp/l40.json /tmp/today.json
    python benchmarks/date_bounds.py --bounds /tmp/l36.json ... /tmp/l40.json /tmp/today.json
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.blind_losses import _docs, _kept  # noqa: E402
from mtpipe.clean.date_runs import forward_value, stamped  # noqa: E402
from mtpipe.clean.date_runs import value as date_value  # noqa: E402
from mtpipe.clean.features import is_date_line  # noqa: E402

RULE = "boilerplate.date_line"


def _paragraph(text: str) -> bool:
    """Six words or more ending with a sentence's stop: the text's paragraph (a place mark, not a content test)."""
    t = text.strip()
    return len(t.split()) >= 6 and t.rstrip("»\"”)")[-1:] in ".!?…"


def removed(r: dict) -> bool:
    """The rule took the row (its letters not kept)."""
    return RULE in r["rules"] and not _kept(r)


def place(doc: list[dict], k: int) -> str:
    """"head": no paragraph above it (or among the first three lines: under the title); "foot": no paragraph below
    it; "mid": between the text's paragraphs."""
    paras = [j for j, r in enumerate(doc) if _paragraph(r["text"])]
    if k <= 2 or not any(j < k for j in paras):
        return "head"
    return "mid" if any(j > k for j in paras) else "foot"


def partner(doc: list[dict], k: int) -> str:
    """What stands next to it: "furniture" (a line just above or below removed by another rule), "date" (a date line
    next to it, no furniture) or "text" (kept lines, or the page's edge, on both sides)."""
    near = [doc[j] for j in (k - 1, k + 1) if 0 <= j < len(doc)]
    if any(not _kept(r) and any(x != RULE for x in r["rules"]) for r in near):
        return "furniture"
    return "date" if any(is_date_line(r["text"].strip()) for r in near) else "text"


#: one clock time alone ("17:30", "19:00"; "00:05:03", a video's length, has its seconds)
_CLOCK_ALONE = re.compile(r"\W*([01]?\d|2[0-3]):([0-5]\d)\W*")
#: a clock time closed by a comma ("06:10, 07:40, 09:25, 17:40": a row's departures)
_LISTED = re.compile(r"(?<![\d:./])([01]?\d|2[0-3]):([0-5]\d)(?![\d:./])\s*,")


def value(text: str) -> "tuple[str, int] | None":
    """:func:`mtpipe.clean.date_runs.value`, and ("clock", minutes) for one clock time alone (``forward2_all`` only:
    the landed bound leaves times to the timetable guards)."""
    clock = _CLOCK_ALONE.fullmatch(text.strip())
    return ("clock", int(clock[1]) * 60 + int(clock[2])) if clock else date_value(text)


def times_forward(text: str) -> bool:
    """Two clock times or more in the line, each closed by a comma (the last may end the line), each later than the
    one before: a timetable's row ("06:10, 07:40, 09:25, 17:40"), not a stamp's one time nor a range of hours."""
    mins = [int(h) * 60 + int(m) for h, m in _LISTED.findall(text.rstrip() + ",")]
    return len(mins) >= 2 and all(a < b for a, b in zip(mins, mins[1:]))


def forward(doc: list[dict], least: int, kinds: tuple[str, ...], unstamped: bool) -> set[int]:
    """The rule's removals of one kind whose values run forward down the page, ``least`` at least (a calendar's dates,
    an itinerary's days, a timetable's times; a feed dates its items newest first, a post's stamp stands once); with
    ``unstamped``, those under a name or a label left out first (and never held)."""
    out: set[int] = set()
    for kind in kinds:
        run = [(v[1], k) for k, r in enumerate(doc) if removed(r) and (v := value(r["text"])) and v[0] == kind
               and not (unstamped and stamped(tuple(x["text"] for x in doc), k, r["lang"]))]
        if len(run) >= least and all(a[0] < b[0] for a, b in zip(run, run[1:])):
            out |= {k for _, k in run}
    return out


#: candidate bounds: name -> the rule's removals of one page (its rows) it would hold
BOUNDS = {
    "mid_text": lambda doc: {k for k, r in enumerate(doc) if removed(r) and place(doc, k) == "mid"
                             and partner(doc, k) == "text"},
    "paragraphs": lambda doc: {k for k, r in enumerate(doc) if removed(r) and 0 < k < len(doc) - 1
                               and _paragraph(doc[k - 1]["text"]) and _paragraph(doc[k + 1]["text"])},
    "forward3_dates": lambda doc: forward(doc, 3, ("date",), False),
    "forward2_dates_days": lambda doc: forward(doc, 2, ("date", "day"), True),
    "forward2_all": lambda doc: forward(doc, 2, ("date", "day", "clock"), True)
    | {k for k, r in enumerate(doc) if removed(r) and times_forward(r["text"])},
    # the guard as landed (:func:`mtpipe.clean.date_runs.forward_value`), on every line of the page
    "date_runs": lambda doc: {k for k, r in enumerate(doc) if removed(r)
                              and forward_value([x["text"] for x in doc], k, r["lang"])},
}


def context(files: list[Path]) -> str:
    """The rule's removals per dump by place and partner: clutter (``-``/``=``) and content (``+``) lines."""
    cells: dict[tuple[str, str], collections.Counter] = collections.defaultdict(collections.Counter)
    for f in files:
        for doc in _docs(json.loads(f.read_text(encoding="utf-8"))).values():
            for k, r in enumerate(doc):
                if removed(r):
                    cells[(place(doc, k), partner(doc, k))][f.stem + (" content" if r["tag"] == "+" else "")] += 1
    cols = [f.stem + s for f in files for s in ("", " content")]
    cols = [c for c in cols if any(c in v for v in cells.values())]
    out = ["| place / partner | " + " | ".join(cols) + " |", "| --- |" + " --- |" * len(cols)]
    for key in sorted(cells):
        out.append(f"| {key[0]} / {key[1]} | " + " | ".join(str(cells[key][c]) for c in cols) + " |")
    return "\n".join(out)


def bounds(files: list[Path]) -> str:
    """Per dump and bound: the rule's content removals it would hold (saved) / its clutter removals it would hold."""
    out = ["| dump | " + " | ".join(f"{b}: saved / cost" for b in BOUNDS) + " |", "| --- |" + " --- |" * len(BOUNDS)]
    for f in files:
        docs = _docs(json.loads(f.read_text(encoding="utf-8"))).values()
        row = []
        for fn in BOUNDS.values():
            got = [doc[k] for doc in docs for k in fn(doc)]
            row.append(f"{sum(r['tag'] == '+' for r in got)} / {sum(r['tag'] != '+' for r in got)}")
        out.append(f"| {f.stem} | " + " | ".join(row) + " |")
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--context", nargs="+", type=Path, help="dumps: the rule's removals by place and partner")
    ap.add_argument("--bounds", nargs="+", type=Path, help="dumps: candidate bounds, saved / cost")
    a = ap.parse_args()
    if a.context:
        print(context(a.context))
    if a.bounds:
        print(bounds(a.bounds))


if __name__ == "__main__":
    main()
