"""Build ``mtpipe/clean/data/vi_syllables.tsv.gz``: syllable counts of real Vietnamese running text (spam24).

Source: the Vietnamese Wikipedia articles of https://github.com/undertheseanlp/corpus.viwiki (folder ``viwiki/``,
commit 0b727cc0461e; article text of vi.wikipedia.org, CC BY-SA 3.0), read from a ``fetch`` mirror:

    python tools/build_vi_syllables.py --mirror /work/.mirror

Articles are split into two parts by a hash of their file name: one in ten (``--held``) is held out of the counts
(a clean control for the spam benchmark: ``--held-out FILE`` writes its sentences). Of the rest, every line that is
running text (no ``==`` heading, six words at least, nine in ten of its words Vietnamese syllables) is read; its
words are lower-cased (NFC). Kept: each Vietnamese syllable (onset, nucleus, coda: :data:`..spam_gaps._SYLLABLE`)
seen ``--min-uni`` times, with how often it was written with a capital inside a sentence; each bigram of two such
syllables side by side (no punctuation, figure or other word between) seen ``--min-bi`` times; and each other word of
three Latin letters or more (no Vietnamese syllable: "Moskva", "Pyotr", "Akihabara") seen ``--min-word`` times, the
words Vietnamese text writes. A counts table, not the text, is shipped (CC BY-SA 3.0, as its source).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mtpipe.clean.spam_gaps import _SYLLABLE, _strip_tones  # noqa: E402

REPO = "undertheseanlp+corpus.viwiki"
COMMIT = "0b727cc0461e1de6435d4ec70c99dc86253e56d8"
OUT = ROOT / "mtpipe" / "clean" / "data" / "vi_syllables.tsv.gz"
_TOKEN = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ])")


def is_syllable(low: str) -> bool:
    return low.isalpha() and len(low) <= 7 and _SYLLABLE.fullmatch(_strip_tones(low)) is not None


def held(name: str, every: int) -> bool:
    return int(hashlib.sha1(name.encode("utf-8")).hexdigest(), 16) % every == 0


def articles(mirror: Path):
    git = ["git", "--git-dir", str(mirror / REPO / "repo" / ".git")]
    names = subprocess.run(git + ["ls-tree", "-r", "-z", "--name-only", COMMIT, "viwiki/"], check=True,
                           capture_output=True).stdout.decode("utf-8").split("\0")
    for name in sorted(n for n in names if n.endswith(".txt")):
        text = subprocess.run(git + ["show", f"{COMMIT}:{name}"], check=True, capture_output=True).stdout
        yield name, text.decode("utf-8", "replace")


def sentences(text: str):
    for line in unicodedata.normalize("NFC", text).splitlines():
        line = line.strip()
        if not line or line.startswith("=="):
            continue
        for s in _SENT.split(line):
            words = re.findall(r"[^\W\d_]+", s)
            if len(words) >= 6 and sum(is_syllable(w.lower()) for w in words) >= 0.9 * len(words):
                yield s


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    ap.add_argument("--held", type=int, default=10, help="one article in this many is held out")
    ap.add_argument("--held-out", type=Path, help="write the held-out sentences here")
    ap.add_argument("--min-uni", type=int, default=3)
    ap.add_argument("--min-bi", type=int, default=3)
    ap.add_argument("--min-word", type=int, default=3)
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args()
    uni: Counter[str] = Counter()
    cap: Counter[str] = Counter()
    bi: Counter[tuple[str, str]] = Counter()
    latin: Counter[str] = Counter()
    n_sent = n_art = 0
    out_held = open(a.held_out, "w", encoding="utf-8") if a.held_out else None
    for name, text in articles(a.mirror):
        if held(name, a.held):
            if out_held:
                for s in sentences(text):
                    out_held.write(s + "\n")
            continue
        n_art += 1
        for s in sentences(text):
            n_sent += 1
            toks = _TOKEN.findall(s)
            prev = None
            for i, t in enumerate(toks):
                low = t.lower()
                if not is_syllable(low):
                    if len(low) >= 3 and low.isascii() and low.isalpha():
                        latin[low] += 1
                    prev = None
                    continue
                uni[low] += 1
                if i > 0 and t[:1].isupper() and toks[i - 1] not in ".!?:":
                    cap[low] += 1
                if prev is not None:
                    bi[(prev, low)] += 1
                prev = low
    if out_held:
        out_held.close()
    total = sum(uni.values())
    keep = {w for w, n in uni.items() if n >= a.min_uni}
    # the other words first: :func:`mtpipe.clean.spam_bigrams.written_words` reads them alone and stops after them
    rows = [f"w\t{w}\t{n}" for w, n in sorted(latin.items(), key=lambda kv: (-kv[1], kv[0])) if n >= a.min_word]
    rows += [f"u\t{w}\t{uni[w]}\t{cap[w]}" for w in sorted(keep, key=lambda w: (-uni[w], w))]
    rows += [f"b\t{x} {y}\t{n}" for (x, y), n in sorted(bi.items(), key=lambda kv: (-kv[1], kv[0]))
             if n >= a.min_bi and x in keep and y in keep]
    with open(a.out, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=9, mtime=0) as gz, \
            io.TextIOWrapper(gz, encoding="utf-8") as f:  # no name, mtime 0: the same counts, the same bytes
        f.write(f"# vi syllables: {n_art} articles, {n_sent} sentences, {total} syllables; corpus.viwiki {COMMIT[:12]}\n")
        f.write("\n".join(rows) + "\n")
    print(f"{n_art} articles, {n_sent} sentences, {total} syllables; kept {len(keep)} syllables, "
          f"{sum(r[0] == 'b' for r in rows)} bigrams, {sum(r[0] == 'w' for r in rows)} other words "
          f"-> {a.out} ({a.out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
