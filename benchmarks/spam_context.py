"""A context model of single spam tokens, fitted and gated on the clean controls, leave one set out (spam29).

The features are :mod:`mtpipe.clean.spam_context`'s, whose :data:`~mtpipe.clean.spam_context.WEIGHTS` and ``GATE`` this
script fits (``--budget 10``); ``SpamRepair(context=True)`` asks it (on by default since spam30: benchmarks/README.md, spam30).

Positives: the spam tokens of the dev spam sets (``benchmarks/data/langfresh*/spam.tsv``; langfresh21 and later are
never read) that :func:`mtpipe.clean.spam_context.candidate` admits. Negatives: every admitted word of the clean
controls (each sentence alone): the sets' own control sentences (spam.tsv's originals, sentences.tsv's Vietnamese
rows), spamnames16, Leipzig vi 1,000 (lingua-py), UD Vietnamese VTB train/dev/test and TueCL, FLORES vi devtest,
and the Wikipedia articles held out of the syllable tables (``tools/build_vi_syllables.py``'s one in ten, read from the
``undertheseanlp/corpus.viwiki`` mirror; ``--wiki`` caches them, an "#ARTICLE name" line before each). A logistic model (L2, classes weighted equally) is fitted by gradient descent (numpy); the gate is the
highest score of a control word in a sentence the rest of the cleaner leaves unflagged, plus ``--margin``.

    PYTHONPATH=$PWD python benchmarks/spam_context.py --cache /tmp/ctx.json --wiki /tmp/wiki_held_art.txt [--loso]

``--loso``: for each spam set, the model and gate fitted without it (its spam and its own control sentences out),
then its missed tokens caught and its control sentences newly flagged counted (the README's Round 22 table).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

SETS = ["langfresh", "langfresh8", "langfresh9", "langfresh10", "langfresh11", "langfresh12", "langfresh12b",
        "langfresh13", "langfresh14", "langfresh14b", "langfresh15", "langfresh16", "langfresh17", "langfresh18",
        "langfresh19", "langfresh20"]
UD = [("UD_Vietnamese-VTB", "vi_vtb-ud-train.conllu"), ("UD_Vietnamese-VTB", "vi_vtb-ud-dev.conllu"),
      ("UD_Vietnamese-VTB", "vi_vtb-ud-test.conllu"), ("UD_Vietnamese-TueCL", "vi_tuecl-ud-test.conllu")]


def _git_show(mirror: Path, repo: str, path: str) -> str:
    git = mirror / repo / "repo"
    if (git / ".git").is_dir():
        git = git / ".git"
    return subprocess.run(["git", f"--git-dir={git}", "show", f"HEAD:{path}"], capture_output=True, text=True,
                          check=True).stdout


def held_wiki(mirror: Path, out: Path) -> None:
    """The held-out Wikipedia articles' sentences (``build_vi_syllables.py``'s split and sentence filter), an
    "#ARTICLE name" line before each article."""
    sys.path.insert(0, str(ROOT / "tools"))
    import build_vi_syllables as B

    with open(out, "w", encoding="utf-8") as f:
        for name, text in B.articles(mirror):  # reads every article: a few minutes
            if B.held(name, 10):
                f.write(f"#ARTICLE {name}\n" + "".join(s + "\n" for s in B.sentences(text)))


def controls(mirror: Path, wiki: Path | None) -> dict[str, list[list[str]]]:
    """The clean controls as pages (lists of sentences): a page where the source keeps one (FLORES by article URL,
    the held-out Wikipedia by article, the sets' sentence rows by source), else each sentence its own page."""
    import langid as L

    D = ROOT / "benchmarks" / "data"
    out: dict[str, list[list[str]]] = {}

    def by_source(rows: list[tuple[str, str, str, str]]) -> list[list[str]]:
        pages: dict[str, list[str]] = {}
        for _, lang, source, t in rows:
            if lang == "vi":
                pages.setdefault(source, []).append(t)
        return list(pages.values())

    for s in SETS:
        out["base:" + s] = [[r[4]] for r in L.load_spam("all", D / s)]
        if (D / s / "sentences.tsv").exists():
            out["rows:" + s] = by_source(L.load_sentences("all", D / s))
    out["spamnames16"] = by_source(L.load_sentences("all", D / "spamnames16"))
    out["leipzig"] = [[t] for t in _git_show(mirror, "pemistahl+lingua-py", "language-testdata/sentences/vi.txt").splitlines()]
    for repo, f in UD:
        # VTB writes brackets as "LBKT" / "RBKT" (its bracket tokens): read them as the brackets they are
        out[f] = [[ln.split("=", 1)[1].strip().replace("LBKT", "(").replace("RBKT", ")")]
                  for ln in _git_show(mirror, "UniversalDependencies+" + repo, f).splitlines() if ln.startswith("# text =")]
    fl = ROOT / "tests/data/flores200-devtest"
    urls = [ln.split("\t")[0] for ln in (fl / "metadata_devtest.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    pages: dict[str, list[str]] = {}
    for url, t in zip(urls, (fl / "vie_Latn.devtest").read_text(encoding="utf-8").splitlines()):
        pages.setdefault(url, []).append(t)
    out["flores"] = list(pages.values())
    if wiki:  # "#ARTICLE name" lines between articles (tools/build_vi_syllables.py --held-out, one article a block)
        arts: list[list[str]] = []
        for ln in wiki.read_text(encoding="utf-8").splitlines():
            if ln.startswith("#ARTICLE ") or not arts:
                arts.append([])
            if not ln.startswith("#ARTICLE "):
                arts[-1].append(ln)
        out["wiki_held"] = [a for a in arts if a]
    return out


def collect(mirror: Path, wiki: Path | None) -> list[dict[str, object]]:
    """One row per admitted word: its set, label, features, whether the cleaner already catches it (spam) or
    flags its sentence (control, each sentence alone). A control word is admitted against its whole page."""
    import langid as L

    from mtpipe.clean import Cleaner
    from mtpipe.clean.spam_bigrams import load_bigrams
    from mtpipe.clean.spam_context import candidate, features
    from mtpipe.clean.spam_shapes import TOKEN
    from mtpipe.document import Document

    cl = Cleaner()
    known = load_bigrams().uni

    def spans(text: str) -> list[tuple[int, int]]:
        d = cl(Document(doc_id="x", path="", raw_text=text, text=text, meta={"lang": "vi"}))
        return [(e.start, e.end) for e in d.ledger if e.rule.startswith("spam.")]

    rows: list[dict[str, object]] = []
    for s in SETS:
        for _, text, tok, _, _, place in L.load_spam("all", ROOT / "benchmarks" / "data" / s):
            a = text.index(tok)
            b = a + len(tok)
            if candidate(text, a, b, known):
                caught = any(x < b and a < y for x, y in spans(text))
                rows.append({"set": s, "y": 1, "tok": tok, "place": place, "caught": caught, "x": features(text, a, b)})
    for name, pages in controls(mirror, wiki).items():
        for p, sents in enumerate(pages):
            page = "\n".join(sents)
            off = 0
            for i, t in enumerate(sents):
                words = [m.span(1) for m in TOKEN.finditer(t) if t.strip() and candidate(page, off + m.start(1), off + m.end(1), known)]
                if words:
                    flagged = bool(spans(t))
                    for a, b in words:
                        rows.append({"set": name, "y": 0, "sent": f"{p}.{i}", "tok": t[a:b], "flagged": flagged,
                                     "x": features(t, a, b), "ctx": t[max(0, a - 40):b + 40]})
                off += len(t) + 1
    return rows


def fit(rows: list[dict[str, object]], l2: float = 1.0, steps: int = 3000, lr: float = 0.5) -> list[float]:
    import numpy as np

    X = np.array([r["x"] for r in rows], dtype=float)
    y = np.array([r["y"] for r in rows], dtype=float)
    w_pos, w_neg = 0.5 / max(1, y.sum()), 0.5 / max(1, (1 - y).sum())
    sw = np.where(y == 1, w_pos, w_neg)
    w = np.zeros(X.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(X @ w)))
        g = X.T @ (sw * (p - y)) + l2 * w / len(y)
        g[0] -= l2 * w[0] / len(y)  # no penalty on the bias
        w -= lr * g
    return [round(float(v), 4) for v in w]


def gate(rows: list[dict[str, object]], w: list[float], margin: float, budget: int = 0) -> float:
    """The highest control score plus ``margin``; with a ``budget``, the score that leaves that many control
    sentences over it (their highest word each)."""
    from mtpipe.clean.spam_context import score

    best: dict[tuple[object, object], float] = {}
    for r in rows:
        if r["y"] == 0 and not r["flagged"]:
            k = (r["set"], r["sent"])
            best[k] = max(best.get(k, -1e9), score(r["x"], w))  # type: ignore[arg-type]
    neg = sorted(best.values(), reverse=True)
    return round(neg[min(budget, len(neg) - 1)] + (margin if budget == 0 else 0.0), 3)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    ap.add_argument("--wiki", type=Path, help="held-out Wikipedia articles (written here from the mirror when absent)")
    ap.add_argument("--cache", type=Path, help="rows cached here (read when present)")
    ap.add_argument("--margin", type=float, default=0.25)
    ap.add_argument("--budget", type=int, default=0, help="control sentences allowed over the gate (fold's training)")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--loso", action="store_true")
    ap.add_argument("--all-spam", action="store_true", help="fit on every spam token (default: those the rest misses)")
    ap.add_argument("--show", type=int, default=0, help="list the N highest control words")
    a = ap.parse_args()
    if a.wiki and not a.wiki.exists():
        held_wiki(a.mirror, a.wiki)
    if a.cache and a.cache.exists():
        rows = json.loads(a.cache.read_text(encoding="utf-8"))
    else:
        rows = collect(a.mirror, a.wiki)
        if a.cache:
            a.cache.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    from mtpipe.clean.spam_context import FEATURES, score

    if not a.all_spam:  # the decision to learn: the tokens the older tests miss against the sentences they leave
        rows = [r for r in rows if (r["y"] == 1 and not r["caught"]) or (r["y"] == 0 and not r["flagged"])]
    w = fit(rows, a.l2)
    g = gate(rows, w, a.margin, a.budget)
    spam = [r for r in rows if r["y"] == 1]
    print(json.dumps({"weights": dict(zip(FEATURES, w)), "gate": g,
                      "spam_candidates": len(spam), "missed_candidates": sum(not r["caught"] for r in spam),
                      "missed_caught": sum(not r["caught"] and score(r["x"], w) > g for r in spam),  # type: ignore[arg-type]
                      "control_words": sum(r["y"] == 0 for r in rows)}, ensure_ascii=False))
    if a.show:
        neg = sorted(((score(r["x"], w), r["tok"], r["ctx"], r["set"]) for r in rows if r["y"] == 0 and not r["flagged"]),  # type: ignore[arg-type]
                     reverse=True)
        for s, t, c, n in neg[:a.show]:
            print(f"  {s:6.2f} {t} | {c} | {n}")
        pos = sorted(((score(r["x"], w), r["tok"], r["set"]) for r in spam if not r["caught"]), reverse=True)  # type: ignore[arg-type]
        print("  missed spam:", [(round(s, 2), t) for s, t, _ in pos])
    if a.loso:
        tot = {"missed": 0, "caught": 0, "controls_flagged": 0}
        for s in SETS:
            own = {s, "base:" + s, "rows:" + s}
            train = [r for r in rows if r["set"] not in own]
            wk = fit(train, a.l2)
            gk = gate(train, wk, a.margin, a.budget)
            test = [r for r in rows if r["set"] == s and r["y"] == 1 and not r["caught"]]
            caught = [r["tok"] for r in test if score(r["x"], wk) > gk]  # type: ignore[arg-type]
            ctrl = {(r["set"], r["sent"]) for r in rows if r["set"] in own and r["y"] == 0 and not r["flagged"]
                    and score(r["x"], wk) > gk}  # type: ignore[arg-type]
            print(f"{s:13} gate {gk:6.2f} missed candidates {len(test):3} caught {len(caught):3} "
                  f"controls newly flagged {len(ctrl)} {caught}")
            tot["missed"] += len(test)
            tot["caught"] += len(caught)
            tot["controls_flagged"] += len(ctrl)
        print("LOSO", tot)


if __name__ == "__main__":
    main()
