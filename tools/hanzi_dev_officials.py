"""A large dev list for the hanzi ranking: office holders of the gazetteer, read from generated forms.

``tests/data/translit/persons.tsv`` (163 names) moves by 0.006 a name, too little to tell most
changes apart.  This script ranks the 12th NPC deputies and 20th Central Committee members of
``mtpipe/translit/data/public_figures.tsv`` with a three-character name (benchmark names left out;
about 2,300) from the Russian and Vietnamese forms mtpipe's rules write for them, split in two halves
by a hash of the name, so that one half can be tuned on and the other checked.

Without lookups: the dev names are taken out of the gazetteer (``known``) and out of the name prior's
jieba columns and pairs (``data/name_chars.tsv``, ``name_pairs.tsv`` are counted again from jieba's
``dict.txt`` without them, as ``tools/build_name_chars.py`` counts them; about 200 dev names are jieba
words), so the figure says how the ranking does on names it has not seen, like the benchmark's
"ranking alone" (the news table of whole given names, ``data/name_pairs_news.tsv``, is built without the
gazetteer's names, so it needs no leave-out here).  The forms are generated, so a change that helps only real spellings (rarer readings,
press spellings) does not show here; and these persons are not all officials (NPC deputies include
entrepreneurs, workers, athletes).  Issue 17, round 9 (benchmarks/README.md).

Needs jieba (MIT; as ``build_name_chars.py``).  Run::

    python tools/hanzi_dev_officials.py [--half A|B] [--forms ru,vi,ru+vi]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_name_chars import benchmark_names  # noqa: E402  (one list of benchmark files)


def surnames() -> set[str]:
    from mtpipe.translit.detect import _MORE_SURNAMES
    from mtpipe.translit.pinyin import COMMON_SURNAMES

    return set(COMMON_SURNAMES + _MORE_SURNAMES)


def is_name(w: str, sur: set[str]) -> bool:
    return 2 <= len(w) <= 3 and w[0] in sur and all("\u4e00" <= c <= "\u9fff" for c in w)


def dev_rows() -> list[tuple[str, str, str, str]]:
    """(hanzi, Russian form, Vietnamese form, half) of the NPC / CC names of three characters."""
    from mtpipe.translit.palladius import from_hanzi
    from mtpipe.translit.sinoviet import from_hanzi as vi_from_hanzi

    skip, sur = benchmark_names(), surnames()
    path = REPO / "mtpipe" / "translit" / "data" / "public_figures.tsv"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(("#", "name\t")):
            continue
        name, src = line.split("\t")
        if name in skip or not set(src.split(",")) & {"npc12", "cc20"} or len(name) != 3 or not is_name(name, sur):
            continue
        half = "A" if int(hashlib.sha1(name.encode("utf-8")).hexdigest(), 16) % 2 else "B"
        out.append((name, from_hanzi(name, kind="person"), vi_from_hanzi(name, kind="person"), half))
    return out


def leave_out(names: set[str]) -> None:
    """Count the prior's jieba columns and pairs again without ``names`` (patched into the hanzi module)."""
    import jieba

    from mtpipe.translit import hanzi as H

    shipped = H._name_counts()
    cols = {k: dict(v) for k, v in shipped.cols.items()}
    jc: dict[str, Counter[str]] = {k: Counter() for k in ("surname", "given1", "given2", "single")}
    pairs: Counter[str] = Counter()
    skip, sur = benchmark_names() | names, surnames()
    for line in (Path(os.path.dirname(jieba.__file__)) / "dict.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) != 3 or parts[2] != "nr" or not is_name(parts[0], sur) or parts[0] in skip:
            continue
        w = parts[0]
        jc["surname"][w[0]] += 1
        if len(w) == 2:
            jc["single"][w[1]] += 1
        else:
            jc["given1"][w[1]] += 1
            jc["given2"][w[2]] += 1
            pairs[w[1:]] += 1
    cols.update({k: dict(v) for k, v in jc.items()})
    counts = H._NameCounts(cols, {h: sum(v.values()) for h, v in cols.items()})
    given = (dict(pairs), sum(pairs.values()))
    H._name_counts = lambda: counts
    H._given_pairs = lambda: given
    H._pairs_by_sound.cache_clear()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=["A", "B", "both"], default="both")
    ap.add_argument("--forms", default="ru,vi,ru+vi")
    args = ap.parse_args()
    from mtpipe.translit import hanzi as H

    rows = dev_rows()
    dev_names = {r[0] for r in rows}
    leave_out(dev_names)
    known = frozenset(H.public_figures() - benchmark_names() - dev_names)
    print(f"{len(rows)} dev names (benchmark names left out); gazetteer without them: {len(known)} names")
    print(f"{'half':<5} {'forms':<6} {'names':>5} {'top-1':>6} {'top-5':>6} {'confident':>9} {'right':>5} {'cpu s':>6}")
    for half in ("A", "B") if args.half == "both" else (args.half,):
        part = [r for r in rows if r[3] == half]
        for form in args.forms.split(","):
            t0 = time.process_time()
            t1 = t5 = conf = right = 0
            for zh, ru, vi, _ in part:
                kw = {"ru": {"ru": ru}, "vi": {"vi": vi}, "ru+vi": {"ru": ru, "vi": vi}}[form]
                cands = H.hanzi_candidates(**kw, known=known)
                texts = [c.text for c in cands]
                t1 += texts[:1] == [zh]
                t5 += zh in texts
                if cands and cands[0].confidence >= (H.CONFIDENT if form == "ru+vi" else H.CONFIDENT_ONE_FORM):
                    conf += 1
                    right += texts[0] == zh
            n = len(part)
            print(f"{half:<5} {form:<6} {n:>5} {t1 / n:>6.3f} {t5 / n:>6.3f} {conf:>9} {right:>5}"
                  f" {time.process_time() - t0:>6.1f}", flush=True)


if __name__ == "__main__":
    main()
