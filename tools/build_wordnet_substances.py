"""Build ``mtpipe/clean/data/wordnet_substances.txt`` (spam87, issue 12 point 3).

The single-word lower-case lemmas of WordNet 3.0's ``noun.substance`` synsets (minerals, chemicals, materials, drugs'
substances: "zeolite", "bentonite", "acetylene", "albumen"), five letters or more, a-z only. A technical page in
Vietnamese writes such an English word inside its sentence ("Chứa zeolite để hấp thụ nitrogen": langfresh44's
controls) and the shipped English list (``latin_words.txt``, wordfreq Zipf >= 2.5 for five letters or more) misses
the rarer ones. :mod:`mtpipe.clean.spam_lookalike` reads them. Every token of the dev spam sets
(``benchmarks/data/langfresh*/spam.tsv``, the token and its name before a dot, lower-cased) and every line of
``spam_brands.txt`` is dropped from the list (``--check`` prints them).

Source: the Debian package ``wordnet-base`` (1:3.0-37; WordNet 3.0, Princeton University, WordNet 3.0 licence:
use, copy, modify and distribute with its copyright notice, kept in the file's header).

    apt-get install wordnet-base && python tools/build_wordnet_substances.py [--wordnet /usr/share/wordnet]
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "mtpipe" / "clean" / "data" / "wordnet_substances.txt"
#: WordNet's lexicographer file of substances (lexnames: 27 noun.substance)
SUBSTANCE = 27
HEADER = """# WordNet 3.0 single-word lower-case lemmas of noun.substance, five letters or more, a-z, less every dev spam
# token and every spam_brands.txt line (tools/build_wordnet_substances.py, spam87). Derived from WordNet 3.0 (Debian
# wordnet-base 1:3.0-37). WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Permission to use,
# copy, modify and distribute this database for any purpose and without fee or royalty is granted under the WordNet
# 3.0 licence, provided this notice appears on all copies. THE DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY
# MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of Princeton University may not be used in
# advertising or publicity pertaining to distribution of the database.
"""


def lemmas(path: Path):
    """``(lemma, lexicographer file number)`` of every synset of a WordNet ``data.*`` file."""
    for line in path.open(encoding="latin-1"):
        if line.startswith(" "):
            continue
        f = line.split()
        for i in range(int(f[3], 16)):
            yield f[4 + 2 * i].split("(")[0], int(f[1])


def spam_names() -> set[str]:
    """The dev spam sets' tokens (and their names before a dot) and the shipped brands, lower-cased."""
    out: set[str] = set()
    for f in (ROOT / "benchmarks" / "data").glob("langfresh*/spam.tsv"):
        for line in f.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if line.startswith("#") or len(cols) < 3:
                continue
            out.update({cols[2].lower(), cols[2].lower().split(".")[0]})
    brands = ROOT / "mtpipe" / "clean" / "data" / "spam_brands.txt"
    out.update(w.strip().lower() for w in brands.read_text(encoding="utf-8").splitlines() if not w.startswith("#"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    ap.add_argument("--check", action="store_true", help="print the lemmas dropped as spam names")
    a = ap.parse_args()
    words = {lemma for lemma, lex in lemmas(a.wordnet / "data.noun")
             if lex == SUBSTANCE and re.fullmatch(r"[a-z]{5,}", lemma)}
    dropped = words & spam_names()
    if a.check:
        print("dropped:", " ".join(sorted(dropped)) or "none")
    OUT.write_text(HEADER + "".join(w + "\n" for w in sorted(words - dropped)), encoding="utf-8")
    print(f"{len(words - dropped)} substances ({len(dropped)} dropped) -> {OUT}")


if __name__ == "__main__":
    main()
