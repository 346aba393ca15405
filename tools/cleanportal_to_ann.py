"""Build ``benchmarks/data/realpages/crawl.ann`` from CleanPortalEval (issue 12, cross-document layer).

CleanPortalEval (github.com/ppke-nlpg/CleanPortalEval) holds raw HTML pages of four news portals,
12-30 pages each, with a CleanEval gold standard (the article's text, ``<p>``/``<h>``/``<l>`` units)
made by its authors.  Each page becomes a text document as a crawler that dumps a page's visible
text would write it: the page's visible text blocks (``benchmarks/cleaning.py``'s
``html_blocks``), one a line.  A block is content (``+``) when the gold standard holds it: equal
to a gold unit, or (4 words or more) inside one, or gold units inside it cover 85% of its
letters; every other block is clutter (``-``).  No sentence ends are marked (``bnd=no``).

    python tools/cleanportal_to_ann.py GIT_DIR > benchmarks/data/realpages/crawl.ann

GIT_DIR is a bare clone (``git --git-dir`` reads it); the commit used is printed in the header.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from cleaning import html_blocks  # noqa: E402

#: site -> split, fixed before any page was run (tune: bbc and both washingtonpost blogs; held: msnbc, wsj)
SPLIT = {"bbc.co.uk_news": "crawltune", "washingtonpost.com_blog1": "crawltune",
         "washingtonpost.com_blog2": "crawltune",
         "tv.msnbc.com_news": "crawlheld", "blogs.wsj.com_brussels": "crawlheld"}


def fold(s: str) -> str:
    return " ".join(html.unescape(s).replace("\u00a0", " ").split())


def letters(s: str) -> int:
    return sum(ch.isalnum() for ch in s)


def gold_units(text: str) -> tuple[str, list[str]]:
    url = ""
    m = re.search(r"^URL:\s*(\S+)", text, re.M)
    if m:
        url = html.unescape(m.group(1))
        text = text[m.end():]
    units = [fold(u) for u in re.split(r"<[phl]>", text)]
    return url, [u for u in units if letters(u) >= 2]


def label(block: str, units: list[str]) -> str:
    b = fold(block)
    for u in units:
        if b == u or (len(b.split()) >= 4 and b in u):
            return "+"
    covered = sum(letters(u) for u in units if len(u.split()) >= 2 and u in b)
    return "+" if covered >= 0.85 * letters(b) else "-"


def labels(blocks: list[str], units: list[str]) -> list[str]:
    """One label per block.  A block the gold holds that the page shows more than once (a headline
    also listed under "Recent posts") is content once, as in the rest of the set: the copy nearest
    to a content block shown only once (the article), the others clutter."""
    tags = [label(b, units) for b in blocks]
    keys = [fold(b) for b in blocks]
    seen: dict[str, list[int]] = {}
    for i, (t, k) in enumerate(zip(tags, keys)):
        if t == "+":
            seen.setdefault(k, []).append(i)
    single = [i for k, idx in seen.items() if len(idx) == 1 for i in idx]
    for k, idx in seen.items():
        if len(idx) > 1:
            keep = min(idx, key=lambda i: min((abs(i - j) for j in single), default=0))
            for i in idx:
                if i != keep:
                    tags[i] = "-"
    return tags


def main(git_dir: str) -> None:
    def git(*args: str) -> str:
        return subprocess.run(["git", "--git-dir", git_dir, *args], check=True, capture_output=True).stdout.decode(
            "utf-8", "replace")

    commit = git("rev-parse", "HEAD").strip()
    names = sorted(p for p in git("ls-tree", "-r", "--name-only", "HEAD", "input").split() if p)
    for path in names:
        stem = Path(path).stem
        site, num = stem.rsplit("_", 1)
        gold = git("show", f"HEAD:GoldStandard/{stem}.txt")
        url, units = gold_units(gold)
        raw = git("show", f"HEAD:{path}")
        raw = re.sub(r"^\s*<text[^>]*>", "", raw)
        blocks = [b for b in html_blocks(raw) if b.strip()]
        site_id = site.replace("_", "/")
        print(f"### doc cp-{site}-{num} lang=en split={SPLIT[site]} site={site} bnd=no url={url or site_id}")
        for t, b in zip(labels(blocks, units), blocks):
            print(f"{t} {b}")


if __name__ == "__main__":
    main(sys.argv[1])
