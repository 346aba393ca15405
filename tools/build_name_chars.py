"""Build ``mtpipe/translit/data/name_chars.tsv``: how often each character is a surname or part of a
given name in the person names of jieba's dictionary.

Data package: ``jieba==0.42.1`` (MIT licence), file ``jieba/dict.txt``: about 350,000 words with a
frequency and a part-of-speech tag; the ~73,000 tagged ``nr`` are person names (modern, historical
and fictional).  A name of two or three characters whose first character is a surname
(:data:`mtpipe.translit.pinyin.COMMON_SURNAMES` and the extra surnames of the detector) counts its
first character as a surname and the rest as given-name characters, once per name (not weighted by
frequency: a novel's hero does not make his characters common).

Run once (``pip install jieba==0.42.1``; jieba is not needed at run time)::

    python tools/build_name_chars.py
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "mtpipe" / "translit" / "data" / "name_chars.tsv"
PAIRS = OUT.with_name("name_pairs.tsv")


def main() -> None:
    import jieba

    from mtpipe.translit.detect import _MORE_SURNAMES
    from mtpipe.translit.pinyin import COMMON_SURNAMES

    surnames = set(COMMON_SURNAMES + _MORE_SURNAMES)
    sur: Counter[str] = Counter()
    given: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    path = Path(os.path.dirname(jieba.__file__)) / "dict.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) != 3 or parts[2] != "nr":
            continue
        w = parts[0]
        if 2 <= len(w) <= 3 and w[0] in surnames and all("\u4e00" <= c <= "\u9fff" for c in w):
            sur[w[0]] += 1
            given.update(w[1:])
            if len(w) == 3:
                pairs[w[1:]] += 1
    chars = sorted(set(sur) | set(given), key=lambda c: (-(sur[c] + given[c]), c))
    lines = ["# Characters of person names in jieba 0.42.1's dict.txt (MIT): built by tools/build_name_chars.py",
             "# char\tsurname\tgiven"]
    lines += [f"{c}\t{sur[c]}\t{given[c]}" for c in chars]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    lines = ["# Two-character given names of the same names (tools/build_name_chars.py, jieba 0.42.1, MIT)",
             "# given\tnames"]
    lines += [f"{p}\t{n}" for p, n in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))]
    PAIRS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(chars)} characters, {sum(sur.values())} names -> {OUT}")


if __name__ == "__main__":
    main()
