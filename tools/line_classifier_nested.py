"""Nested leave-one-part-out of the line classifier's recipe, at row level (issue 12, round 32c).

For each labelled part (the training parts, ``train_line_classifier.TRAIN_PARTS``, and the labelled parts never trained
on, ``NEVER_TRAINED``): a model and its lexicon fitted on the training parts less that part, its thresholds chosen by
the recipe's rule (``--rule``) on those parts' own leave-one-part-out probabilities (inner folds: by part only; the
training tool adds leave one site out), then judged on the part's judged rows (ru/vi candidates less the guarded
lines, as the training tool counts them): clutter rows caught, content rows lost, and the cost (a clutter row left 1,
a content row lost ``LOSS_COST``).  Rows are collected once over every labelled part (the first pass over all text
pages together, as the benchmark runs the whole set) and cached (``--cache``).

    python tools/line_classifier_nested.py                        # the shipped recipe (zero-loss cuts, L2 100)
    python tools/line_classifier_nested.py --without held24 held25 crawl10 crawl11   # round 31's training parts
    python tools/line_classifier_nested.py --rule cost            # cuts of least cost out of fold
    python tools/line_classifier_nested.py --l2 30 --shape        # another L2; seven more shape features
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_line_classifier as tl  # noqa: E402  (puts the repository and benchmarks/ on sys.path)

from mtpipe.clean import classifier  # noqa: E402

#: labelled parts no recipe trains on: judged out of fold by every variant (reported apart; not tuned on)
NEVER_TRAINED = ("held20", "held21", "held22", "held23", "train27ru", "train27vi", "train28", "train29", "train30",
                 "train31", "crawl8", "crawl9")
_CRAWL = ("crawl8", "crawl9")
_W = re.compile(r"[^\W\d_]+")
_P = re.compile(r"[^\w\s]")


def collect(cache: Path) -> tuple[list, list, dict]:
    """(rows, annotated documents, sites) of every training part and of ``NEVER_TRAINED``, cached in ``cache``."""
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    tl.configure(True)
    tl.TEXT_PARTS += tuple(p for p in NEVER_TRAINED if p not in _CRAWL)
    tl.TRAIN_CRAWL += _CRAWL
    tl.TRAIN_PARTS = tl.TEXT_PARTS + ("html",) + tl.TRAIN_CRAWL
    tl.NEVER = tl.BLIND
    got = (tl.collect(), tl.annotated_lines(), tl.sites())
    cache.write_bytes(pickle.dumps(got))
    tl.configure(True)
    return got


def shape(row: tuple) -> list[float]:
    """Seven shape features tried in round 32c (not shipped): one word, 2-3, 4-6; punctuation per character; share
    of tokens holding a digit; every word capitalised; ends in a digit."""
    s = row[4]
    toks = s.split()
    ws = _W.findall(s)
    return [float(len(toks) == 1), float(2 <= len(toks) <= 3), float(4 <= len(toks) <= 6),
            len(_P.findall(s)) / max(1, len(s)), sum(any(c.isdigit() for c in t) for t in toks) / max(1, len(toks)),
            float(bool(ws) and all(w[:1].isupper() for w in ws)), float(s.rstrip()[-1:].isdigit())]


def judged(rows: list) -> np.ndarray:
    return tl.judged_rows(rows)


def cuts_of(oof: np.ndarray, y: np.ndarray, lang: np.ndarray, mask: np.ndarray, rule: str) -> dict[str, float]:
    """Each judged language's cut, as the training tool chooses it (``tl.RULE``: zero-loss, or of least cost)."""
    out = {}
    for L in classifier.LANGS:
        m = mask & (lang == L)
        c = m & (y == 0)
        out[L] = tl.zero_cut(float(oof[c].max()) if c.any() else None)
        if rule == "cost":
            out[L] = max(tl.FLOOR, tl.cheapest(oof, y, m, out[L]))
    return out


def fold(rows: list, docs: list, train: set, part: str, rule: str) -> dict:
    """The part judged by a model fitted on ``train`` less it."""
    tr = [r for r in rows if r[0] in train and r[0] != part]
    trdocs = [d for d in docs if d[0] in train and d[0] != part]
    te = [r for r in rows if r[0] == part]
    y = np.array([r[3] for r in tr], dtype=float)
    cuts = cuts_of(tl.out_of_fold(tr, trdocs), y, np.array([r[5] for r in tr]), judged(tr), rule)
    lex = tl.build_lexicon(trdocs)
    mean, scale, coef, b = tl.fit(tl.with_lexicon(tr, lex), y, tl.weights_of(np.array([r[0] for r in tr])))
    p = tl.predict(tl.with_lexicon(te, lex), mean, scale, coef, b)
    yt = np.array([r[3] for r in te])
    hit = judged(te) & (p >= np.array([cuts.get(r[5], 2.0) for r in te]))
    jt = judged(te)
    return {"clutter": int((jt & (yt == 1)).sum()), "caught": int((hit & (yt == 1)).sum()),
            "content": int((jt & (yt == 0)).sum()), "lost": int((hit & (yt == 0)).sum()), "cuts": cuts,
            "lost_lines": [f"{r[1]}: {r[4]} ({q:.3f})" for r, q, h in zip(te, p, hit) if h and r[3] == 0]}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, default=Path("/tmp/line_classifier_rows.pkl"))
    ap.add_argument("--without", nargs="*", default=[], help="training parts left out of every model")
    ap.add_argument("--rule", choices=("zero", "cost"), default=tl.RULE)
    ap.add_argument("--l2", type=float, default=tl.HELD_L2)
    ap.add_argument("--shape", action="store_true", help="the seven shape features of shape() added")
    ap.add_argument("--json", type=Path, help="write the per-part figures here")
    a = ap.parse_args(argv)
    rows, docs, sites = collect(a.cache)
    tl.sites = lambda data=None: sites  # noqa: E731  (no reload of the pages)
    if a.shape:
        rows = [(r[0], r[1], r[2] + shape(r)) + tuple(r[3:]) for r in rows]
    tl.configure(True)
    tl.L2 = a.l2
    train = set(tl.TRAIN_PARTS) - set(a.without)
    present = {r[0] for r in rows if r[5] in classifier.LANGS and r[6]}
    res = {}
    for part in [p for p in tl.TRAIN_PARTS + NEVER_TRAINED if p in present]:
        res[part] = fold(rows, docs, train, part, a.rule)
        v = res[part]
        print(f"{part}: cuts {v['cuts']} caught {v['caught']}/{v['clutter']} lost {v['lost']}/{v['content']}", flush=True)
    for name, parts in (("trained-on parts", [p for p in res if p in tl.TRAIN_PARTS]),
                        ("never trained on", [p for p in res if p in NEVER_TRAINED])):
        c, k, n, m = (sum(res[p][x] for p in parts) for x in ("clutter", "caught", "content", "lost"))
        print(f"{name}: caught {k}/{c} lost {m}/{n} cost {c - k + tl.LOSS_COST * m:.0f}")
    if a.json:
        a.json.write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
