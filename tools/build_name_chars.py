"""Build the name prior of :mod:`mtpipe.translit.hanzi`: ``mtpipe/translit/data/name_chars.tsv`` and
``name_pairs.tsv``.

Two data packages, both installed from PyPI only to run this script (neither is needed at run time):

* ``jieba==0.42.1`` (MIT licence), file ``jieba/dict.txt``: about 350,000 words with a frequency and
  a part-of-speech tag; the ~73,000 tagged ``nr`` are person names (modern, historical and
  fictional).  A name of two or three characters whose first character is a surname
  (:data:`mtpipe.translit.pinyin.COMMON_SURNAMES` and the extra surnames of the detector) counts
  its first character as a surname, the rest as given-name characters by position (``given1``,
  ``given2`` of a two-character given name, ``single`` for a one-character one), once per name (not
  weighted by frequency: a novel's hero does not make his characters common), and a two-character
  given name as a pair (``name_pairs.tsv``).
* ``ngender==0.1.1`` (MIT licence), file ``ngender/charfreq.csv``: how often each of 9,442
  characters occurs in the given names of a large corpus of real (modern) Chinese names, men and
  women counted apart (``明``: 378,860 men, 63,221 women): the columns ``male`` and ``female``.

And one file of a public GitHub corpus (Apache-2.0): ``Chinese_Names_Corpus/Chinese_Family_Name（1k）.xlsx``
of github.com/wainshine/Chinese-Names-Corpus, 1,074 surnames with the number of their bearers in
tens of thousands (王 9520, 邱 423, 栗 26.6): the column ``bearers`` (tens of thousands, rounded up
to a whole number).  The jieba counts say which characters are surnames at all; this says how common
each is among people (邱 is borne by eight times as many people as 宫, though jieba names more 宫s;
巩 is a surname jieba's names never start with).

**Leak guard.**  jieba's dictionary names many officials as whole words (李国英, 许昆林, ...).  The
names of the benchmark lists (``tests/data/translit/persons.tsv``, tuned on;
``benchmarks/data/officials.tsv`` and ``officials_real.tsv``, held out) are left out of every count, so that a benchmark name is
never found whole in the prior and the figures say how unseen names fare.

Run once::

    pip install jieba==0.42.1 ngender==0.1.1
    python tools/build_name_chars.py PATH/TO/Chinese_Family_Name（1k）.xlsx
"""

from __future__ import annotations

import math
import os
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "mtpipe" / "translit" / "data" / "name_chars.tsv"
PAIRS = OUT.with_name("name_pairs.tsv")
LEFT_OUT = [REPO / "tests" / "data" / "translit" / "persons.tsv", REPO / "benchmarks" / "data" / "officials.tsv",
            REPO / "benchmarks" / "data" / "officials_real.tsv"]


def benchmark_names() -> set[str]:
    names = set()
    for path in LEFT_OUT:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith(("#", "zh\t")):
                names.add(line.split("\t")[0])
    return names


def family_bearers(xlsx: Path) -> dict[str, int]:
    """Surname -> bearers (tens of thousands) from the corpus's spreadsheet (read without openpyxl)."""
    with zipfile.ZipFile(xlsx) as z:
        strings = re.findall(r"<t[^>]*>([^<]*)</t>", z.read("xl/sharedStrings.xml").decode("utf-8"))
        sheet = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    out: dict[str, int] = {}
    for row in re.findall(r"<row [^>]*>(.*?)</row>", sheet)[1:]:
        cells = re.findall(r'<c r="[A-Z]+\d+"([^>]*)>(?:<v>([^<]*)</v>)?', row)
        vals = [strings[int(v)] if 't="s"' in attrs else v for attrs, v in cells]
        if len(vals) >= 2 and len(vals[0]) == 1 and vals[1]:
            out[vals[0]] = max(out.get(vals[0], 0), math.ceil(float(vals[1])))
    return out


def main() -> None:
    import jieba
    import ngender

    from mtpipe.translit.detect import _MORE_SURNAMES
    from mtpipe.translit.pinyin import COMMON_SURNAMES

    surnames = set(COMMON_SURNAMES + _MORE_SURNAMES)
    skip = benchmark_names()
    cols = ("surname", "given1", "given2", "single", "male", "female", "bearers")
    counts: dict[str, Counter[str]] = {c: Counter() for c in cols}
    pairs: Counter[str] = Counter()
    left_out = 0
    path = Path(os.path.dirname(jieba.__file__)) / "dict.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) != 3 or parts[2] != "nr":
            continue
        w = parts[0]
        if not (2 <= len(w) <= 3 and w[0] in surnames and all("\u4e00" <= c <= "\u9fff" for c in w)):
            continue
        if w in skip:
            left_out += 1
            continue
        counts["surname"][w[0]] += 1
        if len(w) == 2:
            counts["single"][w[1]] += 1
        else:
            counts["given1"][w[1]] += 1
            counts["given2"][w[2]] += 1
            pairs[w[1:]] += 1
    ng = Path(os.path.dirname(ngender.__file__)) / "charfreq.csv"
    for line in ng.read_text(encoding="utf-8").splitlines()[1:]:
        ch, male, female = line.strip().split(",")
        counts["male"][ch] += int(male)
        counts["female"][ch] += int(female)
    for ch, n in family_bearers(Path(sys.argv[1])).items():
        counts["bearers"][ch] = n
    chars = sorted(set().union(*counts.values()), key=lambda c: (-sum(counts[k][c] for k in cols[:4]),
                                                                  -counts["male"][c], c))
    lines = ["# Characters of Chinese person names: surname/given1/given2/single counted in the nr names of",
             "# jieba 0.42.1's dict.txt (MIT), male/female from ngender 0.1.1's charfreq.csv (MIT), bearers of a",
             "# surname (tens of thousands) from wainshine/Chinese-Names-Corpus Chinese_Family_Name（1k）.xlsx",
             f"# (Apache-2.0); benchmark names left out ({left_out} found). Built by tools/build_name_chars.py",
             "# char\t" + "\t".join(cols)]
    lines += [c + "\t" + "\t".join(str(counts[k][c]) for k in cols) for c in chars]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    lines = ["# Two-character given names of the same jieba names (tools/build_name_chars.py, jieba 0.42.1, MIT;",
             "# benchmark names left out)",
             "# given\tnames"]
    lines += [f"{p}\t{n}" for p, n in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))]
    PAIRS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(chars)} characters, {sum(counts['surname'].values())} names ({left_out} benchmark names left out)"
          f" -> {OUT}")


if __name__ == "__main__":
    main()
