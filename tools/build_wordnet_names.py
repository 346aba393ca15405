"""Build ``mtpipe/clean/data/wordnet_names.txt`` (spam77, issue 12 point 3).

The single-word names of places and persons that WordNet 3.0 writes only with a capital: lemmas of its noun
synsets of ``noun.location`` and ``noun.person`` ("Atlanta", "Midas", "Paris"), of four letters or more, a-z only,
lower-cased, that no lower-case noun lemma and no verb, adjective or adverb lemma of WordNet shares ("Best",
"Hope", "Bill" are words too). :mod:`mtpipe.clean.spam_tradeglue` reads them: a trade's word leading a hyphenated
slug before a place's or a person's name ("casino-atlanta", "casino-midas") is a site's slug, where an English
compound led by the trade's word has a common noun behind it ("poker-face", "casino-hotel", "lottery-ticket").

Source: the Debian package ``wordnet-base`` (1:3.0-37; WordNet 3.0, Princeton University, WordNet 3.0 licence:
use, copy, modify and distribute with its copyright notice, kept in the file's header).

    apt-get install wordnet-base && python tools/build_wordnet_names.py [--wordnet /usr/share/wordnet]
"""

from __future__ import annotations

import argparse
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "mtpipe" / "clean" / "data" / "wordnet_names.txt"
#: WordNet's lexicographer files of names (lexnames: 15 noun.location, 18 noun.person)
NAME_FILES = frozenset({15, 18})
HEADER = """# WordNet 3.0 single-word names of places and persons written only with a capital, lower-cased
# (tools/build_wordnet_names.py, spam77). Derived from WordNet 3.0 (Debian wordnet-base 1:3.0-37).
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Permission to use, copy, modify and
# distribute this database for any purpose and without fee or royalty is granted under the WordNet 3.0 licence,
# provided this notice appears on all copies. THE DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of Princeton University may not be used in advertising
# or publicity pertaining to distribution of the database.
"""


def lemmas(path: Path):
    """``(lemma, lexicographer file number)`` of every synset of a WordNet ``data.*`` file."""
    for line in path.open(encoding="latin-1"):
        if line.startswith(" "):
            continue
        f = line.split()
        for i in range(int(f[3], 16)):
            yield f[4 + 2 * i].split("(")[0], int(f[1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    a = ap.parse_args()
    names: set[str] = set()
    words: set[str] = set()
    for lemma, lex in lemmas(a.wordnet / "data.noun"):
        if lemma[:1].isupper():
            if lex in NAME_FILES and lemma.isascii() and lemma.isalpha() and len(lemma) >= 4:
                names.add(lemma.lower())
        else:
            words.add(lemma.lower())
    for kind in ("verb", "adj", "adv"):
        words.update(lemma.lower() for lemma, _ in lemmas(a.wordnet / f"data.{kind}"))
    OUT.write_text(HEADER + "".join(w + "\n" for w in sorted(names - words)), encoding="utf-8")
    print(f"{len(names - words)} names -> {OUT}")


if __name__ == "__main__":
    main()
