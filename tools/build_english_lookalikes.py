"""Build ``mtpipe/translit/data/english_lookalikes.tsv``: common English words that read as pinyin.

``python tools/build_english_lookalikes.py /usr/share/dict/american-english`` (Debian package
``wamerican`` 2020.12.07-2, SCOWL size 50; licence and origin in benchmarks/data/SOURCES.md).

Kept: the dictionary's lower-case entries (common words, not proper nouns) of ASCII letters that
segment into two or more pinyin syllables (``meeting`` = me-e-ting, ``module`` = mo-du-le). One-syllable
words (``long``, ``sun``, ``fan``) are surnames and given names too; the miner handles them by position.
Dropped: ``shanghai`` (a verb, but the city's pinyin). Only this subset is stored: the miner asks
nothing else of English.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mtpipe.translit.pinyin import parse_syllables  # noqa: E402

#: Lower-case dictionary words that are first of all Chinese places in pinyin.
CHINESE_FIRST = {"shanghai"}


def main(src: str) -> None:
    words = sorted({w for w in (line.strip() for line in Path(src).read_text(encoding="utf-8").splitlines())
                    if w.isascii() and w.isalpha() and w.islower() and w not in CHINESE_FIRST
                    and (s := parse_syllables(w)) is not None and len(s) >= 2})
    out = Path(__file__).resolve().parents[1] / "mtpipe" / "translit" / "data" / "english_lookalikes.tsv"
    header = ("# Common English words that segment into 2+ pinyin syllables; built by "
              "tools/build_english_lookalikes.py from SCOWL (wamerican 2020.12.07-2). Do not edit.\n")
    out.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {out}")


if __name__ == "__main__":
    main(sys.argv[1])
