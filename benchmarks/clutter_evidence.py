"""What a rule keyed on page structure alone would take: the lines left, by their evidence (issue 12, clut54).

Rules written from the words of the dev pages moved few lines on each part measured blind next; a rule keyed on
evidence the page itself carries (where the line stands, its shape, what its neighbours are, whether the page prints
it twice) should carry to unseen sites.  This tool measures how far.  For every annotated line the cleaner leaves
live on the dev pages (more than :data:`~cleaning.CLUTTER_LEFT` of its letters kept; ``clutter_left.lines_left``:
the blind parts are never read) it reads:

* ``place``: ``head`` above the page's first live sentence (:func:`~mtpipe.clean.features._sentence_like`),
  ``body`` between its first and last, ``tail`` under its last, ``nobody`` on a page with no live sentence;
* ``shape``: ``sentence``; ``short`` (three words at most, no stop); ``headline`` (no stop, colon or comma at its
  end, :data:`MAX_HEADLINE_WORDS` words at most); ``other``;
* ``removed``: how many of its two neighbours on the page (the annotated lines right above and under it) the
  cleaner removed, ``0``/``1``/``2``;
* ``copy``: ``title`` when the page's first live line has the same words (:func:`~mtpipe.clean.lines.dedupe_key`),
  ``copy`` when another line of the page has them, else ``-``;
* ``held``: whether the removal policy held a rule's removal of it.

and prints, per combination of place, shape and removed neighbours (and per copy and held value), the clutter lines
left that share it (lines, pages, parts, sites) against the content lines live that share it: the precision a rule that
removed every live line with that evidence would have.  A group a rule could take whole needs clutter on many pages of
several parts *and* a precision near 1; ``--min-pages``/``--min-parts`` mark the groups that recur enough.

    python benchmarks/clutter_evidence.py [--parts held33,held34] [--show head/headline/1] [--json ROWS.json]
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path
from typing import Iterable, NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks import cleaning as C  # noqa: E402
from mtpipe.clean.features import _sentence_like  # noqa: E402
from mtpipe.clean.lines import dedupe_key  # noqa: E402

MAX_HEADLINE_WORDS = 15
MAX_SHORT_WORDS = 3
_STOPS = ".!?…。！？"


class Evidence(NamedTuple):
    """What the page says about one live line (module docstring)."""

    place: str
    shape: str
    removed: int
    copy: str

    def group(self) -> str:
        return f"{self.place}/{self.shape}/{self.removed}"


def shape(line: str) -> str:
    """``sentence``, ``short``, ``headline`` or ``other`` (module docstring)."""
    s = line.replace("\u2016", " ").strip()
    if _sentence_like(s):
        return "sentence"
    words = len(s.split())
    if s[-1:] in _STOPS or not words:
        return "other"
    if words <= MAX_SHORT_WORDS:
        return "short"
    return "headline" if words <= MAX_HEADLINE_WORDS and s[-1:] not in ":,;" else "other"


def evidence(lines: list[str], live: list[bool]) -> dict[int, Evidence]:
    """The evidence of each live line of one page (``lines`` in page order, ``live[i]``: the cleaner kept line i):
    index -> :class:`Evidence`."""
    idx = [i for i, ok in enumerate(live) if ok]
    sentences = [i for i in idx if _sentence_like(lines[i].replace("\u2016", " ").strip())]
    keys = [dedupe_key(s) for s in lines]
    seen = collections.Counter(k for k in keys if k)
    title = keys[idx[0]] if idx else ""
    out: dict[int, Evidence] = {}
    for i in idx:
        if not sentences:
            place = "nobody"
        else:
            place = "head" if i < sentences[0] else ("tail" if i > sentences[-1] else "body")
        removed = sum(1 for j in (i - 1, i + 1) if 0 <= j < len(lines) and not live[j])
        copy = "-"
        if keys[i] and seen[keys[i]] > 1:
            copy = "title" if i != idx[0] and keys[i] == title else "copy"
        out[i] = Evidence(place, shape(lines[i]), removed, copy)
    return out


def pages(rows: Iterable[dict]) -> dict[tuple[str, str], list[dict]]:
    """The rows of :func:`~clutter_left.lines_left` by page, in page order."""
    by: dict[tuple[str, str], list[dict]] = {}
    for r in rows:
        by.setdefault((r["part"], r["doc"]), []).append(r)
    return by


def tally(by_page: dict[tuple[str, str], list[dict]]) -> dict[str, dict]:
    """Per evidence value (the group, ``copy:…``, ``held:…``): clutter lines left, their pages, parts and sites,
    content lines live."""
    out: dict[str, dict] = collections.defaultdict(lambda: {"clutter": 0, "content": 0, "pages": set(),
                                                            "parts": set(), "sites": set(), "lines": []})
    for (part, doc), rs in by_page.items():
        live = [r["kept"] > C.CLUTTER_LEFT for r in rs]
        for i, ev in evidence([r["text"] for r in rs], live).items():
            r = rs[i]
            for key in (ev.group(), f"copy:{ev.copy}", f"held:{'yes' if r.get('held') else 'no'}"):
                t = out[key]
                if r["tag"] == "+":
                    t["content"] += 1
                else:
                    t["clutter"] += 1
                    t["pages"].add(doc)
                    t["parts"].add(part)
                    t["sites"].add(r.get("site", doc))
                t["lines"].append((part, doc, r["tag"], r["text"].strip()[:110]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--parts", help="only these parts (comma-separated .ann stems)")
    ap.add_argument("--min-pages", type=int, default=4, help="mark groups with clutter on this many pages ...")
    ap.add_argument("--min-parts", type=int, default=3, help="... of this many parts")
    ap.add_argument("--show", help="print the lines of this group (e.g. tail/short/1, copy:title)")
    ap.add_argument("--json", type=Path, help="read the rows of clutter_left.lines_left from here (else run)")
    a = ap.parse_args()
    if a.json and a.json.exists():
        rows = json.loads(a.json.read_text(encoding="utf-8"))
    else:
        from benchmarks.clutter_left import lines_left

        rows = lines_left()
        if a.json:
            a.json.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    if a.parts:
        keep = set(a.parts.split(","))
        rows = [r for r in rows if r["part"] in keep]
    t = tally(pages(rows))
    print("| evidence | clutter left | pages | parts | sites | content live | precision | recurs |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for key in sorted(t, key=lambda k: (k.count(":"), -t[k]["clutter"])):
        g = t[key]
        n = g["clutter"] + g["content"]
        recurs = len(g["pages"]) >= a.min_pages and len(g["parts"]) >= a.min_parts
        print(f"| {key} | {g['clutter']} | {len(g['pages'])} | {len(g['parts'])} | {len(g['sites'])} | "
              f"{g['content']} | {g['clutter'] / n:.3f} | {'yes' if recurs else ''} |")
    if a.show:
        for line in t.get(a.show, {}).get("lines", []):
            print(*line, sep="\t")


if __name__ == "__main__":
    main()
