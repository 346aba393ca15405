"""Build ``mtpipe/translit/data/place_finals.tsv``: how often each pinyin syllable ends a Chinese place name.

The one use: a Russian place name in the locative (``в Лояне``, ``в Сиане``) hides whether its base form
ends hard or soft (Лоян, Luoyang, or Лоянь, Luoyan; Сиан, Xiang, or Сиань, Xi'an): the Palladius final
-н/-нь is -ng/-n.  Which is likelier is a fact about Chinese place names, not about Chinese words at large
(阳 yang ends 217 of them, 延/盐/烟 yan 39; 安 an 89, ang 8), so the counts are taken from place names only.

Source: ``jieba==0.42.1`` (PyPI, MIT licence), ``jieba/dict.txt``: the words tagged ``ns`` (place names)
of two to four characters (16,531), each counted once by the reading of its last character
(``pypinyin.lazy_pinyin``, no tones; pypinyin is a project dependency).  jieba is needed only to run this
script.

Run once::

    pip install jieba==0.42.1
    python tools/build_place_finals.py
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "mtpipe" / "translit" / "data" / "place_finals.tsv"


def main() -> None:
    import jieba
    from pypinyin import lazy_pinyin

    counts: Counter[str] = Counter()
    path = Path(os.path.dirname(jieba.__file__)) / "dict.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        word, _freq, tag = line.split()
        if tag == "ns" and 2 <= len(word) <= 4:
            counts[lazy_pinyin(word[-1], v_to_u=False)[0]] += 1
    head = ("# pinyin syllable -> how many Chinese place names (jieba 0.42.1 dict.txt, tag ns, 2-4 characters)\n"
            "# end in it; built by tools/build_place_finals.py (jieba: MIT licence)\n")
    OUT.write_text(head + "".join(f"{s}\t{n}\n" for s, n in sorted(counts.items())), encoding="utf-8")
    print(f"{OUT}: {len(counts)} syllables, {sum(counts.values())} names")


if __name__ == "__main__":
    main()
