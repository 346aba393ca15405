"""Build ``mtpipe/translit/data/name_officials.tsv``: office holders' given-name characters and the
weights of the name prior (:mod:`mtpipe.translit.name_prior`, used by :mod:`mtpipe.translit.hanzi`).

**Counts.**  The names of the gazetteer of public figures (``data/public_figures.tsv``: 12th NPC
deputies, the 20th Central Committee, CC-CEDICT's persons; see its header for sources and licences),
less every name of the benchmark lists (as ``tools/build_name_chars.py`` leaves them out), counted
by position: ``given1``/``given2`` of a two-character given name, ``single`` for a one-character
one.  Office holders are mostly men of an older generation; their given names (建, 国, 华,
平, 军) differ from those of the whole population (ngender's counts).

**Weights.**  ``mtpipe.translit.name_prior.prior`` is a log-linear model: P(ch | position) is proportional to the
product of the sources' relative frequencies (``name_prior.FEATURES``), each raised to a weight, and a
rarer reading of a character costs a further weight.  The weights are fitted here by maximum
likelihood of the right character among the characters read so, position by position, on a dev list
made from the gazetteer itself: the 12th NPC deputies and 20th CC members with a three-character
name, read back from the Russian form mtpipe's Palladius rules write for them (the reading the
ranking sees).  The list is split in two halves by a hash of the name; a name's features use officials'
counts without its own half, and jieba's counts without any dev name, so no name is scored with its
own counts.  Both halves' instances together give the weights written; ``--check`` fits on each half
and prints the other half's top-1/top-5 from the Russian form alone, ranking alone (the dev names
taken out of the gazetteer and of every count).

Needs jieba (its ``dict.txt``, MIT; as for ``build_name_chars.py``), numpy and scipy, at build time
only.  Run::

    python tools/build_name_prior.py [--check]
"""

from __future__ import annotations

import argparse
import hashlib
import math
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "mtpipe" / "translit" / "data" / "name_officials.tsv"
GIVEN = ("given1", "given2", "single")
L2 = 0.01  # a small ridge on the weights (per group, summed log-likelihood)

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_name_chars import benchmark_names  # noqa: E402  (one list of benchmark files)


def _surnames() -> set[str]:
    from mtpipe.translit.detect import _MORE_SURNAMES
    from mtpipe.translit.pinyin import COMMON_SURNAMES

    return set(COMMON_SURNAMES + _MORE_SURNAMES)


def gazetteer_rows() -> list[tuple[str, set[str]]]:
    path = REPO / "mtpipe" / "translit" / "data" / "public_figures.tsv"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(("#", "name\t")):
            name, src = line.split("\t")
            out.append((name, set(src.split(","))))
    return out


def is_name(w: str, surnames: set[str]) -> bool:
    return 2 <= len(w) <= 3 and w[0] in surnames and all("\u4e00" <= c <= "\u9fff" for c in w)


def official_counts(names) -> dict[str, Counter[str]]:
    cols: dict[str, Counter[str]] = {c: Counter() for c in GIVEN}
    for w in names:
        if len(w) == 2:
            cols["single"][w[1]] += 1
        else:
            cols["given1"][w[1]] += 1
            cols["given2"][w[2]] += 1
    return cols


def _officials(cols: dict[str, Counter[str]]):
    from mtpipe.translit.name_prior import _OfficialCounts

    return _OfficialCounts({k: dict(v) for k, v in cols.items()}, {k: sum(v.values()) for k, v in cols.items()}, {})


def _names_without(skip: set[str]):
    """The name counts (``data/name_chars.tsv``) with jieba's columns counted again without ``skip`` (as build_name_chars does),
    and jieba's two-character given names likewise (``name_pairs.tsv``)."""
    import jieba

    from mtpipe.translit.name_prior import _name_counts, _NameCounts

    shipped = _name_counts()
    cols = {k: dict(v) for k, v in shipped.cols.items()}
    jc: dict[str, Counter[str]] = {k: Counter() for k in ("surname", *GIVEN, "pairs")}
    surnames = _surnames()
    for line in (Path(os.path.dirname(jieba.__file__)) / "dict.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) != 3 or parts[2] != "nr" or not is_name(parts[0], surnames) or parts[0] in skip:
            continue
        w = parts[0]
        jc["surname"][w[0]] += 1
        if len(w) == 2:
            jc["single"][w[1]] += 1
        else:
            jc["given1"][w[1]] += 1
            jc["given2"][w[2]] += 1
            jc["pairs"][w[1:]] += 1
    pairs = dict(jc.pop("pairs"))
    cols.update({k: dict(v) for k, v in jc.items()})
    return _NameCounts(cols, {h: sum(v.values()) for h, v in cols.items()}), (pairs, sum(pairs.values()))


def dev_rows(rows, skip: set[str]) -> list[tuple[str, str, str]]:
    """(name, Russian form, half) for the NPC / CC names of three characters."""
    from mtpipe.translit.palladius import from_hanzi

    surnames = _surnames()
    out = []
    for name, src in rows:
        if name in skip or not src & {"npc12", "cc20"} or len(name) != 3 or not is_name(name, surnames):
            continue
        half = "A" if int(hashlib.sha1(name.encode("utf-8")).hexdigest(), 16) % 2 else "B"
        out.append((name, from_hanzi(name, kind="person"), half))
    return out


def instances(dev, names, officials_by_half):
    """Per group: (feature matrix of the characters read as the syllable, index of the right one)."""
    import numpy as np

    from mtpipe.translit import hanzi as H
    from mtpipe.translit import name_prior as P
    from mtpipe.translit.palladius import to_pinyin

    out = defaultdict(list)
    for zh, ru, half in dev:
        off = officials_by_half[half]
        sylls = [H._plain(s) for w in to_pinyin(ru).candidates[0].syllables for s in w]
        if len(sylls) != len(zh):
            continue
        for ch, syl, role in zip(zh, sylls, H._roles("person", len(zh))):
            main = dict(H._pinyin_index().get(syl, {}))
            for c, r in H._name_readings().get(role, {}).items():
                if r == syl:
                    main[c] = True
                elif c in main:
                    main[c] = False
            if ch not in main:
                continue
            chars = sorted(main)
            x = np.array([P.features(c, role, names, off) + [0.0 if main[c] else 1.0] for c in chars])
            out[P._group(role)].append((x, chars.index(ch)))
    return out


def fit(data) -> list[float]:
    import numpy as np
    from scipy.optimize import minimize

    def nll(w):
        total, grad = 0.0, np.zeros_like(w)
        for x, y in data:
            z = x @ w
            m = z.max()
            e = np.exp(z - m)
            p = e / e.sum()
            total -= z[y] - m - math.log(e.sum())
            grad -= x[y] - p @ x
        return total + L2 * (w @ w), grad + 2 * L2 * w

    w0 = np.zeros(data[0][0].shape[1])
    w0[-1] = math.log(0.05)
    return [round(float(v), 4) for v in minimize(nll, w0, jac=True, method="L-BFGS-B").x]


def write(cols: dict[str, Counter[str]], weights: dict[str, list[float]], n_names: int, n_dev: int, left_out: int) -> None:
    from mtpipe.translit.name_prior import FEATURES

    chars = sorted(set().union(*cols.values()), key=lambda c: (-sum(cols[k][c] for k in GIVEN), c))
    lines = ["# Given-name characters of office holders by position, and the weights of the name prior of",
             "# mtpipe.translit.name_prior. Built by tools/build_name_prior.py from data/public_figures.tsv (CC BY-SA 4.0:",
             "# 12th NPC deputies and the 20th CPC Central Committee as zh.wikipedia lists them, CC-CEDICT persons),",
             f"# {n_names} names, benchmark names left out ({left_out} found); weights fitted on {n_dev} NPC/CC names",
             "# read back from their Russian forms. This file, derived from those lists, is under CC BY-SA 4.0.",
             "# weight lines: group, the weights of name_prior.FEATURES[group] in order, the cost of a rarer reading"]
    for group, ws in weights.items():
        assert len(ws) == len(FEATURES[group]) + 1
        lines.append("# weight\t" + group + "\t" + "\t".join(str(w) for w in ws))
    lines.append("# char\t" + "\t".join(GIVEN))
    lines += [c + "\t" + "\t".join(str(cols[k][c]) for k in GIVEN) for c in chars]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


def check(dev, rows_names: set[str], names_wo_dev, pairs_wo_dev, weights_by_half) -> None:
    """Top-1/top-5 of one half from the Russian form alone with weights fitted on the other (its names
    out of the gazetteer, of jieba's counts and pairs, and of the officials' counts)."""
    from mtpipe.translit import hanzi as H
    from mtpipe.translit import name_prior as P

    dev_names = {d[0] for d in dev}
    known = frozenset(H.public_figures() - benchmark_names() - dev_names)

    def score(rows):
        t1 = t5 = 0
        for zh, ru, _ in rows:
            texts = [c.text for c in H.hanzi_candidates(ru=ru, known=known)]
            t1 += texts[:1] == [zh]
            t5 += zh in texts
        return t1 / len(rows), t5 / len(rows)

    H._given_pairs = _const(pairs_wo_dev)
    H._pairs_by_sound.cache_clear()
    for half, other in (("A", "B"), ("B", "A")):
        test = [d for d in dev if d[2] == half]
        off = official_counts(rows_names - {d[0] for d in test})
        P._name_counts.cache_clear()
        P._official_counts.cache_clear()
        P._log_priors.cache_clear()
        P._name_counts = _const(names_wo_dev)
        P._official_counts = _const(P._OfficialCounts(
            {k: dict(v) for k, v in off.items()}, {k: sum(v.values()) for k, v in off.items()}, weights_by_half[other]))
        t1, t5 = score(test)
        print(f"half {half} ({len(test)} names), ru alone, ranking alone, weights fitted on {other}: "
              f"top-1 {t1:.3f}, top-5 {t5:.3f}", flush=True)


def _const(value):
    from functools import lru_cache

    @lru_cache(maxsize=1)
    def f():
        return value
    return f


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fit on each half, rank the other (prints; writes nothing)")
    args = ap.parse_args()
    skip = benchmark_names()
    surnames = _surnames()
    rows = gazetteer_rows()
    left_out = sum(n in skip for n, _ in rows)
    officials = {n for n, _ in rows if n not in skip and is_name(n, surnames)}
    dev = dev_rows(rows, skip)
    dev_names = {d[0] for d in dev}
    names_wo_dev, pairs_wo_dev = _names_without(skip | dev_names)
    by_half = {h: _officials(official_counts(officials - {d[0] for d in dev if d[2] == h})) for h in "AB"}
    inst = instances(dev, names_wo_dev, by_half)
    if args.check:
        per_half = {}
        for h in "AB":
            part = instances([d for d in dev if d[2] == h], names_wo_dev, by_half)
            per_half[h] = {g: fit(data) for g, data in part.items()}
            print(f"weights fitted on half {h}: {per_half[h]}", flush=True)
        check(dev, officials, names_wo_dev, pairs_wo_dev, per_half)
        return
    weights = {g: fit(data) for g, data in sorted(inst.items(), key=lambda kv: kv[0] != "surname")}
    write(official_counts(officials), weights, len(officials), len(dev), left_out)
    print(f"{len(officials)} officials' names, {len(dev)} dev names; weights {weights} -> {OUT}")


if __name__ == "__main__":
    main()
