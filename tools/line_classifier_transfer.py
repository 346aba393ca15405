"""Does the line classifier transfer to pages it has not seen?  Leave one former blind part out (issue 12, round 48c).

The named rules barely transfer to new blind parts (held35 was first measured at clutter recall 0.70 against 0.82 on
dev); the learned line classifier is the one layer that could.  This tool asks whether a recipe that trains on more
of the labelled parts, or with more features, catches more clutter **on a part it has not seen** at no more content
lost than the shipped recipe.  Protocol (deterministic: no randomness; Newton's method in a fixed order): for each
part of ``FOLDS`` (held26..held36: blind once, dev now) in turn as the unseen part, each recipe

* trains on its parts (``RECIPES``) less the unseen part: the lexicon and the model as
  ``tools/train_line_classifier.py`` fits them (``L2``, part weights);
* sets each language's threshold in-fold with the trainer's own rule (``zero``: the lowest at which no content row
  of the training parts reaches it out of fold, plus ``MARGIN``; out of fold = leave one part out and leave one site
  out, the higher of the two, as ``train_line_classifier.cross_validate``; ``--by-part``: leave one part out only,
  as ``tools/line_classifier_nested.py``);
* counts on the unseen part's judged rows (ru/vi candidates less the guarded lines, as the trainer counts them):
  clutter rows caught, content rows that would be removed, after the page's guards (round 51: less the rows
  ``classifier_guards.spared`` keeps whatever the model scores; ``*_before``: with them); and, for the ranking alone,
  the clutter rows scored above every content row of the part (``oracle``: a cut no rule could know, not a figure to
  ship by).  A recipe ``+guards`` also sets its cuts on the unspared rows only (``train_line_classifier.GUARDS``).

The sums over the folds compare the recipes.  Rows are collected once over every labelled part the tool may use
(the first pass over all text pages together, as the benchmark runs the whole set) and cached (``--cache``; delete
it when the cleaner or the labels change: the rows are what the other layers leave).  The
parts of ``train_line_classifier.BLIND`` that are not ``FORMER_BLIND`` (the twenty-fifth session's blind part,
held37) are never read.

    python tools/line_classifier_transfer.py                         # every recipe of RECIPES, the ten folds
    python tools/line_classifier_transfer.py --recipes shipped all   # some of them
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import line_classifier_nested as nested  # noqa: E402
import train_line_classifier as tl  # noqa: E402  (puts the repository and benchmarks/ on sys.path)

from mtpipe.clean import classifier  # noqa: E402

#: the parts measured blind once (the thirteenth to the twenty-fourth sessions), dev now: each is the unseen part once
#: (held36 joined in round 51)
FOLDS = ("held26", "held27", "held28", "held29", "held30", "held31", "held32", "held33", "held34", "held35", "held36")
FORMER_BLIND = FOLDS + ("crawl12",)
_CRAWL = ("crawl8", "crawl9", "crawl12")
#: every labelled part a recipe may train on besides the shipped ones (the trainer's ``ADDABLE``, the parts never
#: trained on of round 32c, the former blind parts)
OTHER = tuple(dict.fromkeys(nested.NEVER_TRAINED + FORMER_BLIND))


def blind() -> tuple[str, ...]:
    """The parts never read: the trainer's ``BLIND`` less the former blind ones (this session's held36)."""
    return tuple(p for p in tl.BLIND if p not in FORMER_BLIND)


def collect(cache: Path) -> tuple[list, list, dict]:
    """(rows, annotated documents, sites) of the shipped training parts and of ``OTHER``, cached in ``cache``."""
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    tl.configure(True)
    tl.TEXT_PARTS += tuple(p for p in OTHER if p not in _CRAWL)
    tl.TRAIN_CRAWL += tuple(p for p in OTHER if p in _CRAWL)
    tl.TRAIN_PARTS = tl.TEXT_PARTS + ("html",) + tl.TRAIN_CRAWL
    tl.NEVER = blind()
    got = (tl.collect(), tl.annotated_lines(), tl.sites())
    assert not {r[0] for r in got[0]} & set(blind())
    assert all(len(r) == 8 for r in got[0])  # the guard flag of round 51 (an older cache lacks it)
    cache.write_bytes(pickle.dumps(got))
    tl.configure(True)
    return got


#: the recipes compared: (training parts, extra features, L2, which rows bind the cuts).  ``shipped``: the trainer as it
#: stands; ``addable``: plus the trainer's ``ADDABLE`` parts (what ``--add`` may ship: no blind part); ``former``: plus
#: the other former blind parts; ``all``: plus every labelled part of ``OTHER``; ``+shape``: seven shape features of
#: round 32c (``line_classifier_nested.shape``); ``+page``: the page's share of short lines and its number of lines;
#: ``+ngram``: the lexicon counts each word's character 4-grams too (:func:`ngram_words`), refitted per fold as words are;
#: ``+nolex``: no lexicon (shape and position only); ``+lex10``: words of ten documents or more only; ``+guards``
#: (round 51): the cuts chosen on the content rows the page's guards do not keep (``train_line_classifier.GUARDS``)
def recipes() -> dict[str, tuple[frozenset, tuple[str, ...], float, str]]:
    shipped = frozenset(tl.TRAIN_PARTS)
    addable = shipped | set(tl.ADDABLE)
    former = shipped | set(FORMER_BLIND)
    every = former | set(OTHER)
    base = {"shipped": (shipped, ()), "addable": (addable, ()), "former": (former, ()), "all": (every, ()),
            "all+shape": (every, ("shape",)), "all+page": (every, ("page",)), "former+shape": (former, ("shape",)),
            "all+ngram": (every, ("ngram",)), "former+ngram": (former, ("ngram",)),
            "shipped+shape": (shipped, ("shape",)), "shipped+nolex": (shipped, ("nolex",)),
            "shipped+lex10": (shipped, ("lex10",)), "addable+shape": (addable, ("shape",)),
            "addable+nolex": (addable, ("nolex",)), "addable+lex10": (addable, ("lex10",))}
    out = {k: (t, e, tl.HELD_L2, "before") for k, (t, e) in base.items()}
    out |= {f"{k}+guards": (t, e, tl.HELD_L2, "after") for k, (t, e) in base.items()}
    return out | {"all-l2-30": (every, (), 30.0, "before"), "all-l2-300": (every, (), 300.0, "before"),
                  "shipped-l2-30+guards": (shipped, (), 30.0, "after"),
                  "shipped-l2-300+guards": (shipped, (), 300.0, "after")}


_words_of = classifier.words_of


def ngram_words(line: str) -> list[str]:
    """The lexicon's tokens with character n-grams: each word, and the 4-grams of "^word$" (an inflected or misspelt
    form of a known word shares most of them)."""
    ws = _words_of(line)
    out = list(ws)
    for w in ws:
        m = f"^{w}$"
        out += [m[k:k + 4] for k in range(len(m) - 3)]
    return out


def page_features(docs: list) -> dict[str, list[float]]:
    """Document id -> [share of its lines that are short (under ``classifier.SHORT`` characters, no sentence end),
    log of its number of lines] (from the page's text; both known to the cleaner at inference)."""
    out = {}
    for _part, doc, lines in docs:
        ts = [t.strip() for _tag, t in lines if t.strip()]
        short = sum(len(t) < classifier.SHORT and not classifier._ends(t) for t in ts)
        out[doc] = [short / max(1, len(ts)), float(np.log1p(len(ts)))]
    return out


def with_extra(rows: list, extra: tuple[str, ...], page: dict[str, list[float]]) -> list:
    if not extra:
        return rows
    out = []
    for r in rows:
        f = list(r[2])
        if "shape" in extra:
            f += nested.shape(r)
        if "page" in extra:
            f += page.get(r[1], [0.0, 0.0])
        out.append((r[0], r[1], f) + tuple(r[3:]))
    return out


def fold(rows: list, docs: list, train: frozenset, part: str, by_part: bool, sites: dict,
         guards: str = "before") -> dict:
    """The unseen part judged by a model fitted on ``train`` less it, its cuts set in-fold by the trainer's rule
    (``guards``: which content rows bind them, ``train_line_classifier.GUARDS``).  Counted after the page's guards
    (``caught``, ``lost``: the rows ``classifier_guards.spared`` does not keep) and before them (``*_before``)."""
    tr = [r for r in rows if r[0] in train and r[0] != part]
    trdocs = [d for d in docs if d[0] in train and d[0] != part]
    te = [r for r in rows if r[0] == part]
    y = np.array([r[3] for r in tr], dtype=float)
    oof = tl.out_of_fold(tr, trdocs) if by_part else np.maximum(tl.out_of_fold(tr, trdocs),
                                                                tl.out_of_fold(tr, trdocs, sites))
    cuts = nested.cuts_of(oof, y, np.array([r[5] for r in tr]), tl.judged_rows(tr, guards), "zero")
    lex = tl.build_lexicon(trdocs)
    mean, scale, coef, b = tl.fit(tl.with_lexicon(tr, lex), y, tl.weights_of(np.array([r[0] for r in tr])))
    p = tl.predict(tl.with_lexicon(te, lex), mean, scale, coef, b)
    yt = np.array([r[3] for r in te])
    jb = tl.judged_rows(te, "before")
    jt = tl.judged_rows(te, "after")
    over = p >= np.array([cuts.get(r[5], 2.0) for r in te])
    hit, hit_b = jt & over, jb & over
    # the ranking alone: the clutter rows above every content row of the unseen part (a cut no rule could know)
    top = float(p[jt & (yt == 0)].max()) if (jt & (yt == 0)).any() else 0.0
    return {"oracle": int((jt & (yt == 1) & (p > top)).sum()), "clutter": int((jt & (yt == 1)).sum()),
            "caught": int((hit & (yt == 1)).sum()), "content": int((jt & (yt == 0)).sum()),
            "lost": int((hit & (yt == 0)).sum()), "caught_before": int((hit_b & (yt == 1)).sum()),
            "lost_before": int((hit_b & (yt == 0)).sum()), "cuts": cuts,
            "lost_lines": [f"{r[1]}: {r[4]} ({q:.3f})" for r, q, h in zip(te, p, hit) if h and r[3] == 0],
            "spared_lines": [f"{r[1]}: {r[4]} ({q:.3f})" for r, q, h, j in zip(te, p, hit_b, jt)
                             if h and not j and r[3] == 0]}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, default=Path("/tmp/line_classifier_transfer_rows51.pkl"))
    ap.add_argument("--recipes", nargs="*", help="the recipes run (default: every one of recipes())")
    ap.add_argument("--folds", nargs="*", default=list(FOLDS), choices=FOLDS)
    ap.add_argument("--by-part", action="store_true", help="thresholds from leave one part out only (faster)")
    ap.add_argument("--json", type=Path, help="write the per-fold figures here")
    a = ap.parse_args(argv)
    rows, docs, sites = collect(a.cache)
    tl.configure(True)
    page = page_features(docs)
    res: dict = {}
    lex_min, lex_docs = tl.LEX_MIN, tl.LEX_MIN_DOCS
    for name in a.recipes or list(recipes()):
        train, extra, l2, guards = recipes()[name]
        tl.L2 = l2
        tl.LEX_MIN = 99.0 if "nolex" in extra else lex_min  # no word's log-odds reach 99 (clipped at LEX_CLIP)
        tl.LEX_MIN_DOCS = 10 if "lex10" in extra else lex_docs
        rs = with_extra(rows, extra, page)
        classifier.words_of = ngram_words if "ngram" in extra else _words_of  # the trainer's lexicon reads it
        tl._WORDS.clear()
        res[name] = {}
        for part in a.folds:
            v = res[name][part] = fold(rs, docs, train, part, a.by_part, sites, guards)
            print(f"{name} {part}: cuts {v['cuts']} caught {v['caught']}/{v['clutter']} lost {v['lost']}/{v['content']} "
                  f"(before guards {v['caught_before']}, {v['lost_before']}) oracle {v['oracle']}", flush=True)
            for t in v["lost_lines"]:
                print(f"    LOST {t}", flush=True)
        c, k, n, m, o, kb, mb = (sum(v[x] for v in res[name].values())
                                 for x in ("clutter", "caught", "content", "lost", "oracle", "caught_before", "lost_before"))
        print(f"== {name}: caught {k}/{c} lost {m}/{n} after guards (before: caught {kb}, lost {mb}); above every "
              f"content row of its part {o}", flush=True)
    tl.configure(True)
    tl.LEX_MIN, tl.LEX_MIN_DOCS = lex_min, lex_docs
    classifier.words_of = _words_of
    tl._WORDS.clear()
    if a.json:
        a.json.write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
