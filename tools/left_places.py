"""The clutter the cleaner leaves, by place on the page and shape, for a hold-out half of the dev parts (cr101).

Usage::

    python benchmarks/cleaning.py --show --data DEV > /dev/null 2> SHOW
    python tools/left_places.py SHOW [--data DEV] [--check-digits 29] [--read-check]

Every helper that works on the clutter left splits the dev parts into a TUNE half and a CHECK half by a written rule
(cr96: the part's number divisible by 3; cr98: ending in 4 or 7; rel99: 1 or 5) and counts the halves by hand.  Here
the rule is an argument: a part whose stem's number ends in one of ``--check-digits`` is CHECK (a stem without a
number is TUNE; crawl and html parts are left out, as in the text figures).  For each half the tool prints the clutter
recall and the content kept (``--show``'s LEFT and LOST lines against the labels), then a table of the LEFT lines by
place (``head``: above the document's first ``+`` line, ``mid``: between its first and last, ``tail``: below the
last, ``none``: a document with no ``+`` line) and shape (:func:`shape`).  The CHECK half's table is printed only with
``--read-check`` (read it once, after the rule is chosen); its figures are always printed.

A LEFT line of ``--show`` names its document and the line's first 80 characters; the tool matches it on the first
60 (spaces collapsed; a LOST line's ``<- rule`` cut off) to the labelled line, each LEFT entry once (a title printed twice, one copy left, counts once).  The blind parts
(``benchmarks/blind_sets.CURRENT``) are never read.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.blind_sets import CURRENT  # noqa: E402
from mtpipe.clean.features import _headline_like, _sentence_like  # noqa: E402
from tools.inarticle_left import documents  # noqa: E402

_EVENT = re.compile(r"(LEFT|LOST)\s+(\S+) \[[^\]]*\]: (.*)$")
_NUMBER = re.compile(r"(\d+)$")
PLACES = ("head", "mid", "tail", "none")


def half(stem: str, digits: str) -> str:
    """``CHECK`` when the stem's number ends in one of ``digits``, else ``TUNE``."""
    m = _NUMBER.search(stem)
    return "CHECK" if m and m.group(1)[-1] in digits else "TUNE"


def _key(text: str) -> str:
    """The first 60 characters of a line, its spaces collapsed (``--show`` prints the text as ingest made it)."""
    return " ".join(text.split())[:60]


def events(show: Path) -> dict[str, collections.Counter]:
    """``LEFT`` / ``LOST`` -> Counter of (document id, first 60 characters of the line)."""
    out: dict[str, collections.Counter] = {"LEFT": collections.Counter(), "LOST": collections.Counter()}
    for line in show.read_text(encoding="utf-8").splitlines():
        m = _EVENT.match(line)
        if m:
            out[m.group(1)][(m.group(2), _key(m.group(3).split("  <- ")[0]))] += 1
    return out


def shape(label: str, text: str) -> str:
    """A rough shape: metadata (``=``), a short label, a headline, a sentence, or other."""
    if label == "=":
        return "metadata"
    if len(text.split()) <= 3 and not _sentence_like(text):
        return "short label (<= 3 words)"
    if _headline_like(text):
        return "headline-like"
    if _sentence_like(text):
        return "sentence-like"
    return "other"


def census(lines: list[tuple[str, str]], doc_id: str, left: collections.Counter):
    """(place, shape, text) of each LEFT clutter line of one document; ``left`` is used up as lines match."""
    plus = [k for k, (label, _) in enumerate(lines) if label == "+"]
    for k, (label, text) in enumerate(lines):
        key = (doc_id, _key(text))
        if label not in "-=" or left[key] <= 0:
            continue
        left[key] -= 1
        place = "none" if not plus else "head" if k < plus[0] else "tail" if k > plus[-1] else "mid"
        yield place, shape(label, text), text


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("show", type=Path)
    ap.add_argument("--data", type=Path, default=Path("benchmarks/data/realpages"))
    ap.add_argument("--check-digits", default="29", help="a part whose number ends in one of these is CHECK")
    ap.add_argument("--read-check", action="store_true", help="print the CHECK half's table too")
    ap.add_argument("--list", choices=PLACES, help="print the TUNE half's LEFT lines of this place")
    args = ap.parse_args(argv)
    ev = events(args.show)
    left, lost = ev["LEFT"], ev["LOST"]
    totals: collections.Counter = collections.Counter()
    table: dict[str, collections.Counter] = {"TUNE": collections.Counter(), "CHECK": collections.Counter()}
    for path in sorted(args.data.glob("*.ann")):
        if path.stem in CURRENT or path.stem.startswith(("crawl", "html")):
            continue
        h = half(path.stem, args.check_digits)
        for doc_id, _lang, lines in documents(path):
            for label, text in lines:
                kind = "clutter" if label in "-=" else "content" if label == "+" else None
                if kind:
                    totals[(h, kind)] += 1
                if label == "+" and lost[(doc_id, _key(text))] > 0:
                    lost[(doc_id, _key(text))] -= 1
                    totals[(h, "lost")] += 1
            for place, form, text in census(lines, doc_id, left):
                table[h][(place, form)] += 1
                table[h][place] += 1
                if h == "TUNE" and place == args.list:
                    print(f"  {doc_id} {form}: {text[:100]}")
    for h in ("TUNE", "CHECK"):
        cl, co = totals[(h, "clutter")], totals[(h, "content")]
        n_left = sum(table[h][p] for p in PLACES)
        print(f"{h}: clutter {cl}, left {n_left}, CR {1 - n_left / max(cl, 1):.4f}; content {co}, "
              f"lost {totals[(h, 'lost')]}, kept {1 - totals[(h, 'lost')] / max(co, 1):.4f}")
        if h == "CHECK" and not args.read_check:
            continue
        forms = sorted({k[1] for k in table[h] if isinstance(k, tuple)})
        for form in forms:
            print(f"  {form:26}" + " ".join(f"{p}={table[h][(p, form)]:<4}" for p in PLACES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
