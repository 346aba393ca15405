"""Build ``mtpipe/clean/data/wordnet_taxa.txt`` (spam93, issue 12 point 3).

The scientific names of taxa that WordNet 3.0 names by their rank: every ``genus_X``, ``family_X``, ``order_X`` ...
lemma of the noun synsets (:data:`RANKS`) gives its ``X``, and a capitalised single-word lemma of the same synset
("Lactobacillaceae" beside "family_Lactobacillaceae") is kept too; letters a-z after one capital, four letters or
more ("Bacillus", "Aspergillus", "Lactobacillaceae", "Escherichia"); a name that a synset of no taxon holds too
("Paris" a city, "Argentina" a country, "Venus" a planet, "Rosa" a woman) is marked ``other`` on its line. A Vietnamese page on biology, farming or
medicine writes such names inside its sentences ("chủng vi khuẩn Bacillus subtilis", "họ Lactobacillaceae":
langfresh47's controls, blind) and the shape and context tests of :mod:`mtpipe.clean.spam` read a rare one as a
pasted token. :mod:`mtpipe.clean.spam_taxon` reads the list. Every token of the dev spam sets (the
``benchmarks/data/langfresh*/spam.tsv`` tokens and their names before a dot, lower-cased; the sets measured blind
this session, ``benchmarks/blind_sets.CURRENT``, are left unread) and every line of ``spam_brands.txt`` is dropped
from the list (``--check`` prints them).

Source: the Debian package ``wordnet-base`` (1:3.0-37; WordNet 3.0, Princeton University, WordNet 3.0 licence: use,
copy, modify and distribute with its copyright notice, kept in the file's header).

    apt-get install wordnet-base && python tools/build_wordnet_taxa.py [--wordnet /usr/share/wordnet] [--check]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "mtpipe" / "clean" / "data" / "wordnet_taxa.txt"
#: the ranks WordNet writes before a taxon's name ("genus_Bacillus", "family_Lactobacillaceae")
RANKS = frozenset(("genus subgenus family subfamily superfamily tribe order suborder superorder infraorder class "
                   "subclass superclass phylum subphylum division subdivision kingdom subkingdom").split())
NAME = re.compile(r"[A-Z][a-z]{3,}")
HEADER = """# WordNet 3.0 names of taxa (X of every genus_X, family_X, order_X ... noun lemma, and the capitalised single-word
# lemmas of the same synsets), one capital and a-z, four letters or more, less every dev spam token and every
# spam_brands.txt line; "<TAB>other": a synset of no taxon has the name too (a city, a person, a god) (tools/build_wordnet_taxa.py, spam93). Derived from WordNet 3.0 (Debian wordnet-base
# 1:3.0-37). WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Permission to use, copy,
# modify and distribute this database for any purpose and without fee or royalty is granted under the WordNet 3.0
# licence, provided this notice appears on all copies. THE DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY
# MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of Princeton University may not be used in
# advertising or publicity pertaining to distribution of the database.
"""


def taxa(path: Path) -> tuple[set[str], set[str]]:
    """The names of taxa of a WordNet ``data.noun`` file (module docstring), and those of them that a synset of no
    taxon names too ("Paris" a city, "Argentina" a country, "Rosa" a woman's name: ``other``)."""
    out: set[str] = set()
    other: set[str] = set()
    for line in path.open(encoding="latin-1"):
        if line.startswith(" "):
            continue
        f = line.split()
        lemmas = [f[4 + 2 * i].split("(")[0] for i in range(int(f[3], 16))]
        ranked = [x for rank, _, x in (lem.partition("_") for lem in lemmas) if rank in RANKS and NAME.fullmatch(x)]
        if ranked:
            out.update(ranked)
            out.update(lem for lem in lemmas if NAME.fullmatch(lem))
        else:
            other.update(lem for lem in lemmas if NAME.fullmatch(lem))
    return out, other & out


def spam_names() -> set[str]:
    """The dev spam sets' tokens (and their names before a dot) and the shipped brands, lower-cased."""
    sys.path.insert(0, str(ROOT))
    from benchmarks import blind_sets

    out: set[str] = set()
    for f in (ROOT / "benchmarks" / "data").glob("langfresh*/spam.tsv"):
        if blind_sets.is_current(f.parent):
            continue
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
    ap.add_argument("--check", action="store_true", help="print the names dropped as spam names")
    a = ap.parse_args()
    names, other = taxa(a.wordnet / "data.noun")
    spam = spam_names()
    dropped = {n for n in names if n.lower() in spam}
    if a.check:
        print("dropped:", " ".join(sorted(dropped)) or "none")
    OUT.write_text(HEADER + "".join(n + ("\tother" if n in other else "") + "\n"
                                           for n in sorted(names - dropped)), encoding="utf-8")
    print(f"{len(names - dropped)} taxa, {len(other - dropped)} named otherwise too ({len(dropped)} dropped) -> {OUT}")


if __name__ == "__main__":
    main()
