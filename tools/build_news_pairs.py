"""Build ``mtpipe/translit/data/name_pairs_news.tsv``: two-character given names of people named in the
news, counted per person, for the hanzi ranking's whole-given-name prior (:mod:`mtpipe.translit.hanzi_pairs`).

Source: HanLP's person-name dictionary ``data/dictionary/custom/人名词典.txt`` (HanLP data, Apache-2.0),
as committed in github.com/Tony-Wang/YaYaNLP at ef625f8 (the search tool's ``fetch`` snapshot: ``git
show ef625f8:data/dictionary/custom/人名词典.txt``): 50,191 lines ``name tag frequency``, names of people
in Chinese news and reference text (``nr``; foreign ``nrf`` names are skipped).  A line counts when it is
a three-character ``nr`` name whose first character is a common surname
(:data:`mtpipe.translit.pinyin.COMMON_SURNAMES` and the detector's extra surnames); its last two
characters are a given name, counted once per person (the frequency column is ignored: a leader named
thousands of times is still one person); a name with 某 ("so-and-so", 张某某) is no name, nor a surname with a title
(张警官, 王大妈: :data:`TITLES`).

**Leak guard.**  Left out: every name of the benchmark lists (``tools/build_name_chars.py``'s list), of
the blind lists ``benchmarks/data/officials_blind15.tsv`` and ``officials_blind16.tsv`` and of the gazetteer
of public figures (``public_figures.tsv``, whose 12th NPC / 20th CC names are the dev list of ``tools/hanzi_dev_officials.py``):
a listed person's given name is then never known whole from this table, so the benchmark's "ranking
alone" and the dev halves stay free of lookups (a namesake elsewhere still counts, as for a user's names).

Run once (issue 17, round 15)::

    git --git-dir=<YaYaNLP snapshot> show ef625f8:data/dictionary/custom/人名词典.txt > names.txt
    python tools/build_news_pairs.py names.txt
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "mtpipe" / "translit" / "data" / "name_pairs_news.tsv"
BLIND = REPO / "benchmarks" / "data" / "officials_blind15.tsv"
BLIND16 = REPO / "benchmarks" / "data" / "officials_blind16.tsv"  # round 16: none of its names is in the source
sys.path.insert(0, str(Path(__file__).resolve().parent))

HEADER = """# Two-character given names of people named in Chinese news and reference text, counted per person, for
# mtpipe.translit.hanzi_pairs; built by tools/build_news_pairs.py from HanLP's person-name dictionary
# (data/dictionary/custom/人名词典.txt, Apache-2.0; copy in github.com/Tony-Wang/YaYaNLP at ef625f8).
# The names of the benchmark lists, the blind list and the gazetteer of public figures are left out.
# given\tpersons
"""


#: Forms of address and titles the dictionary lists after a surname (张警官, 王大妈): not given names.
TITLES = frozenset("警官 大妈 先生 医生 经理 主任 小姐 大姐 大爷 师傅 总理 书记 大娘 支书 女士 老师 同志 阿姨 局长 "
                   "县长 市长 老板 教授 主席 部长 厂长 校长 队长 大夫 老汉 大哥 科长 处长 站长 所长 村长".split())


def count_pairs(lines: Iterable[str], surnames: set[str], skip: set[str]) -> Counter[str]:
    """Given name -> how many distinct three-character ``nr`` names (surname + given) bear it."""
    seen: set[str] = set()
    out: Counter[str] = Counter()
    for line in lines:
        parts = line.split()
        if len(parts) < 2 or parts[1] != "nr":
            continue
        name = parts[0]
        if (len(name) != 3 or name[0] not in surnames or name in skip or name in seen or "某" in name
                or not all("\u4e00" <= c <= "\u9fff" for c in name)):
            continue
        if name[1:] in TITLES:
            continue
        seen.add(name)
        out[name[1:]] += 1
    return out


def left_out() -> set[str]:
    from build_name_chars import benchmark_names

    from mtpipe.translit.gazetteer import public_figures

    blind = {line.split("\t")[0] for path in (BLIND, BLIND16) for line in path.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith(("#", "zh\t"))}
    return benchmark_names() | blind | set(public_figures())


def render(pairs: Counter[str]) -> str:
    rows = sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))
    return HEADER + "".join(f"{g}\t{n}\n" for g, n in rows)


def main() -> None:
    from mtpipe.translit.detect import _MORE_SURNAMES
    from mtpipe.translit.pinyin import COMMON_SURNAMES

    src = Path(sys.argv[1]).read_text(encoding="utf-8").splitlines()
    pairs = count_pairs(src, set(COMMON_SURNAMES + _MORE_SURNAMES), left_out())
    OUT.write_text(render(pairs), encoding="utf-8")
    print(f"{OUT.relative_to(REPO)}: {len(pairs)} given names of {sum(pairs.values())} persons, "
          f"{OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
