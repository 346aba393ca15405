"""One string, two labels: the same line text labelled differently across the realpages parts (issue 12).

Usage::

    python tools/label_conflicts.py [DIR] [--part STEM ...] [--context N] [--tags-only | --ends-only] [--counts]

Every ``.ann`` file of ``DIR`` (default ``benchmarks/data/realpages``) is read with the benchmark's own loader; the
parts ``benchmarks/blind_sets.py`` names blind this session (``CURRENT``) are left out, unread.  A line's text is
normalised (marks ``‖`` taken out, casefolded, runs of white space folded to one space, punctuation and symbols at
both ends taken off); lines whose normalised text is empty are skipped.  A **group** is one normalised text found on
two or more lines (two documents, or twice in one) that carry

* different tags (``+`` / ``-`` / ``=``): a *tag* group, or
* the same tag ``+`` everywhere but different sentence ends: an *ends* group.  Only content lines of documents with
  ends marked (``bnd=yes``) are compared; an end's place is the count of letters and digits before it, and an end
  after the line's last letter or digit is the line's end (``Поехали!‖`` and ``Поехали‖`` end alike), so a mark's
  side of a space, quote or stop does not count.  A content line with no end at all is a soft break.

Each group is printed with every line it holds: part, document, the file's line number, the tag (and ends), and
``--context`` lines of the file either side (default 2).  The tool only lists; whether context justifies two labels
(a site's name as a masthead and inside a sentence) is the reader's call.  The last line counts the groups.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from blind_sets import is_current  # noqa: E402
from cleaning import DATA, MARK, load_file  # noqa: E402

_WS = re.compile(r"\s+")


def _edge(ch: str) -> bool:
    """Punctuation, a symbol or a space: what ``normalise`` strips at a line's ends."""
    return ch.isspace() or unicodedata.category(ch)[0] in "PSZC"


def normalise(text: str) -> str:
    """The key two lines are compared by: marks out, casefold, white space folded, punctuation off both ends."""
    s = _WS.sub(" ", text.replace(MARK, "").casefold()).strip()
    i, j = 0, len(s)
    while i < j and _edge(s[i]):
        i += 1
    while j > i and _edge(s[j - 1]):
        j -= 1
    return s[i:j]


def ends(marked: str) -> tuple[str, ...]:
    """A content line's sentence ends: the count of letters and digits before each mark, ``end`` at the line's end."""
    total = sum(ch.isalnum() for ch in marked)
    out, k = [], 0
    for ch in marked:
        if ch == MARK:
            out.append("end" if k == total else str(k))
        elif ch.isalnum():
            k += 1
    return tuple(dict.fromkeys(out))


@dataclass
class Occurrence:
    part: str
    doc: str
    lineno: int  # the file's line number (1 = the file's first line)
    tag: str
    text: str  # the line as labelled, marks in
    scored: bool  # the document marks sentence ends (bnd=yes)

    @property
    def label(self) -> str:
        if self.tag != "+" or not self.scored:
            return self.tag
        e = ends(self.text)
        return "+ " + ("[" + ",".join(e) + "]" if e else "[soft]")


def occurrences(path: Path) -> list[Occurrence]:
    """Every non-blank labelled line of one part, with its file line number."""
    out: list[Occurrence] = []
    lineno = 0
    for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("### doc "):
            lineno = line_no
            break
    docs = load_file(path)
    # load_file keeps one entry per file line after each header; walk the file to recover the numbers
    n = lineno
    for d in docs:
        n += 1  # past the header
        for tag, text in d.lines:
            if tag:
                out.append(Occurrence(path.stem, d.doc_id, n, tag, text, d.boundaries))
            n += 1
    return out


def groups(occ: list[Occurrence], tags: bool = True, ends_too: bool = True) -> list[tuple[str, str, list[Occurrence]]]:
    """``(kind, key, occurrences)`` for each key labelled two ways, ``kind`` ``tag`` or ``ends``; sorted by key."""
    by_key: dict[str, list[Occurrence]] = defaultdict(list)
    for o in occ:
        k = normalise(o.text)
        if k:
            by_key[k].append(o)
    out = []
    for key, items in sorted(by_key.items()):
        if len(items) < 2:
            continue
        if len({o.tag for o in items}) > 1:
            if tags:
                out.append(("tag", key, items))
            continue
        if ends_too and items[0].tag == "+":
            scored = [o for o in items if o.scored]
            if len({o.label for o in scored}) > 1:
                out.append(("ends", key, scored))
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DATA)
    ap.add_argument("--part", nargs="*", default=None, help="only these parts (file stems)")
    ap.add_argument("--context", type=int, default=2, help="file lines shown either side of each line")
    ap.add_argument("--tags-only", action="store_true", help="only groups with different tags")
    ap.add_argument("--ends-only", action="store_true", help="only groups with different sentence ends")
    ap.add_argument("--counts", action="store_true", help="print the counts only")
    a = ap.parse_args(argv)
    files = [f for f in sorted(a.folder.glob("*.ann")) if not is_current(f)]
    if a.part is not None:
        files = [f for f in files if f.stem in a.part]
    occ: list[Occurrence] = []
    lines: dict[str, list[str]] = {}
    for f in files:
        occ += occurrences(f)
        lines[f.stem] = f.read_text(encoding="utf-8").splitlines()
    found = groups(occ, tags=not a.ends_only, ends_too=not a.tags_only)
    if not a.counts:
        for i, (kind, key, items) in enumerate(found, 1):
            labels = sorted({o.label for o in items})
            print(f"=== group {i} ({kind}): {key!r} -- {len(items)} lines, {len({o.doc for o in items})} docs, "
                  f"labels {' | '.join(labels)}")
            for o in items:
                print(f"  {o.part}:{o.lineno} {o.doc} {o.label}")
                src = lines[o.part]
                lo, hi = max(0, o.lineno - 1 - a.context), min(len(src), o.lineno + a.context)
                for j in range(lo, hi):
                    print(f"    {'>' if j == o.lineno - 1 else ' '} {j + 1:6} {src[j][:160]}")
            print()
    n_tag = sum(k == "tag" for k, _, _ in found)
    n_end = sum(k == "ends" for k, _, _ in found)
    print(f"groups: {len(found)} (tags differ: {n_tag}, sentence ends differ: {n_end}); "
          f"lines in them: {sum(len(g) for _, _, g in found)}; parts read: {len(files)}")


if __name__ == "__main__":
    main()
