"""Build ``mtpipe/clean/data/vi_foreign.tsv.gz``: how often each Vietnamese syllable stands beside a foreign word (spam27).

The same source, line filter and hold-out as ``tools/build_vi_syllables.py`` (Vietnamese Wikipedia of
https://github.com/undertheseanlp/corpus.viwiki, commit 0b727cc0461e, CC BY-SA 3.0; one article in ten held out),
read from a ``fetch`` mirror:

    python tools/build_vi_foreign.py --mirror /work/.mirror

A sentence is cut at white space; a word keeps its place only when no punctuation stands between it and its
neighbour. For every Vietnamese syllable (lower-cased) it counts how often the word right after it (``after``) and
right before it (``before``) is a word at all, and how often that word is a *foreign* one: letters (and figures)
that are no Vietnamese syllable ("Paris", "Moskva", "A320", "iPhone"). A spam token pasted over a syllable stands
where Vietnamese text puts a syllable, beside syllables that bind to one ("cạnh ·", "· tường thuật"); a real name
stands where text puts names ("tại ·", "công ty ·", "· cho biết"): these counts say which is which for syllables
no list names. Rows: ``s<TAB>syllable<TAB>after_words<TAB>after_foreign<TAB>before_words<TAB>before_foreign``
for syllables seen ``--min`` times; the first line holds the totals. A counts table, not the text (CC BY-SA 3.0).
"""

from __future__ import annotations

import argparse
import gzip
import io
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT))

from build_vi_syllables import COMMIT, articles, held, is_syllable  # noqa: E402

OUT = ROOT / "mtpipe" / "clean" / "data" / "vi_foreign.tsv.gz"
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ])")
_CORE = re.compile(r"^[(\[\"'“‘«]*(.*?)[)\]\"'”’».,;:!?…]*$")


def sentences(text: str, share: float):
    for line in unicodedata.normalize("NFC", text).splitlines():
        line = line.strip()
        if not line or line.startswith("=="):
            continue
        for s in _SENT.split(line):
            words = re.findall(r"[^\W\d_]+", s)
            if len(words) >= 6 and sum(is_syllable(w.lower()) for w in words) >= share * len(words):
                yield s


def kinds(sentence: str) -> list[tuple[str, bool, bool]]:
    """Each white-space word: (kind, open on its left, open on its right). kind: a syllable (lower-cased), "F"
    (foreign: Latin letters, maybe figures, "." "-" inside, no syllable), "N" (figures) or "" (anything else)."""
    out = []
    for w in sentence.split():
        m = _CORE.match(w)
        core = m.group(1) if m else w
        left_open = core == w[:len(core)]
        right_open = w.endswith(core)
        low = core.lower()
        if is_syllable(low):
            k = low
        elif re.fullmatch(r"[0-9]+(?:[.,][0-9]+)*", core):
            k = "N"
        elif re.fullmatch(r"[A-Za-z0-9](?:[A-Za-z0-9.\-]*[A-Za-z0-9])?", core) and re.search(r"[A-Za-z]", core):
            k = "F"
        else:
            k = ""
        out.append((k, left_open and bool(core), right_open and bool(core)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    ap.add_argument("--held", type=int, default=10, help="one article in this many is held out (as build_vi_syllables)")
    ap.add_argument("--share", type=float, default=0.75, help="share of a sentence's words that are syllables")
    ap.add_argument("--min", type=int, default=20)
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args()
    aw: Counter[str] = Counter()
    af: Counter[str] = Counter()
    bw: Counter[str] = Counter()
    bf: Counter[str] = Counter()
    n_art = n_sent = 0
    for name, text in articles(a.mirror):
        if held(name, a.held):
            continue
        n_art += 1
        for s in sentences(text, a.share):
            n_sent += 1
            ks = kinds(s)
            for (k1, _, r1), (k2, l2, _) in zip(ks, ks[1:]):
                if not (r1 and l2 and k1 and k2):
                    continue
                if k1 not in "FN":
                    aw[k1] += 1
                    af[k1] += k2 == "F"
                if k2 not in "FN":
                    bw[k2] += 1
                    bf[k2] += k1 == "F"
    keep = sorted((w for w in aw.keys() | bw.keys() if aw[w] + bw[w] >= a.min), key=lambda w: (-(aw[w] + bw[w]), w))
    with open(a.out, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=9, mtime=0) as gz, \
            io.TextIOWrapper(gz, encoding="utf-8") as f:
        f.write(f"# vi foreign neighbours: {n_art} articles, {n_sent} sentences; corpus.viwiki {COMMIT[:12]}\n")
        f.write(f"t\t*\t{sum(aw.values())}\t{sum(af.values())}\t{sum(bw.values())}\t{sum(bf.values())}\n")
        f.write("".join(f"s\t{w}\t{aw[w]}\t{af[w]}\t{bw[w]}\t{bf[w]}\n" for w in keep))
    print(f"{n_art} articles, {n_sent} sentences; {len(keep)} syllables; after {sum(af.values())}/{sum(aw.values())} "
          f"foreign -> {a.out} ({a.out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
