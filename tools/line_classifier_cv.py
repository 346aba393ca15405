"""Cross-validated experiment: can a small learned line classifier add clutter recall on unseen
text pages without losing content (issue 12, third round)?  Answer on the tune pages: no; the
classifier is NOT used by mtpipe.  This script keeps the experiment reproducible.

Training data: the ``split=tune`` documents of ``benchmarks/data/realpages`` (never a held-out
part): every non-blank annotated line, clutter = ``-`` or ``=``, content = ``+``.  Features (per
line, with its neighbours): length, words, sentence end, colon end, inner punctuation, capitals,
digits, stop-word share, position from the start and the end, the neighbours' ends and lengths, runs
of short lines, link shape, a lexicon share (words of three letters or more found in clutter lines
of two or more training documents and in no training content line), separators, blank lines around,
sentence-like lines near, and whether the line stands before the article's first or after its last
sentence-like line.  Models: L2 logistic regression (numpy), and, when scikit-learn is installed,
gradient-boosted depth-2 trees and a random forest.  5-fold cross-validation grouped by document
(lexicon, scaling and weights refitted on each training fold).

Printed: out-of-fold clutter caught / content lines lost at several thresholds, over all lines and
over the clutter lines the current cleaner leaves (what a last layer could add), counting only lines
of at most MAX_WORDS words (a paragraph of running text is never judged).

    python tools/line_classifier_cv.py
"""

from __future__ import annotations

import argparse
import math
import random
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import blind_sets  # noqa: E402  (benchmarks/blind_sets.py: this session's blind parts are never read)
from mtpipe.clean.boilerplate import STOP_WORDS  # noqa: E402

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_LINK = re.compile(r"https?://|www\.|@|\b[\w-]+\.(?:ru|com|net|org|info|vn|cn|ua|kz|by|io|tv)\b", re.I)
_SEPS = re.compile(r"[|•·»›/]")
_INNER = re.compile(r"[,;:()«»“”\"–—-]")
_CLOSERS = "\"'»”’)]"
#: lines with more words are never judged by the model
MAX_WORDS = 25
SHORT = 60

FEATURES = ("log_chars", "log_words", "ends_sentence", "ends_colon", "inner_punct", "upper_share",
            "starts_upper", "digit_share", "stop_share", "rel_pos", "first", "last", "prev_ends",
            "next_ends", "prev_log_chars", "next_log_chars", "short_run", "link", "lexicon", "seps",
            "gap_before", "gap_after", "sentences_near", "after_article", "before_article")


def _ends(line: str) -> bool:
    return line.rstrip().rstrip(_CLOSERS)[-1:] in ".!?…"


def _sentence_like(line: str) -> bool:
    return _ends(line) and len(line.split()) >= 6


def line_features(lines: list[str], gaps: list[tuple[bool, bool]], lang: str,
                  lexicon: frozenset[str]) -> list[list[float]]:
    """One feature vector (in :data:`FEATURES` order) per line; ``gaps[i]`` says whether a blank
    line stands before / after line ``i``."""
    n = len(lines)
    stop = STOP_WORDS.get(lang)
    ends = [_ends(x) for x in lines]
    chars = [len(x.strip()) for x in lines]
    sent = [_sentence_like(x) for x in lines]
    first_sent = next((i for i, s in enumerate(sent) if s), n)
    last_sent = max((i for i, s in enumerate(sent) if s), default=-1)
    short = [c < SHORT and not e for c, e in zip(chars, ends)]
    run = [0] * n
    i = 0
    while i < n:
        j = i
        while j < n and short[j]:
            j += 1
        for k in range(i, j):
            run[k] = j - i
        i = max(j, i + 1)
    out = []
    for i, line in enumerate(lines):
        s = line.strip()
        words = s.split()
        letters = [c for c in s if c.isalpha()]
        lw = _WORD.findall(s.casefold())
        nonspace = max(1, sum(not c.isspace() for c in s))
        out.append([
            math.log1p(chars[i]),
            math.log1p(len(words)),
            float(ends[i]),
            float(s.endswith(":")),
            len(_INNER.findall(s)) / max(1, len(words)),
            sum(c.isupper() for c in letters) / max(1, len(letters)),
            float(bool(s) and s[0].isupper()),
            sum(c.isdigit() for c in s) / nonspace,
            (sum(w in stop for w in lw) / len(lw)) if (stop and lw) else 0.3,
            i / max(1, n - 1),
            float(i == 0),
            float(i == n - 1),
            float(ends[i - 1]) if i else 1.0,
            float(ends[i + 1]) if i + 1 < n else 1.0,
            math.log1p(chars[i - 1]) if i else 0.0,
            math.log1p(chars[i + 1]) if i + 1 < n else 0.0,
            math.log1p(run[i]),
            float(bool(_LINK.search(s))),
            (sum(w in lexicon for w in lw) / len(lw)) if lw else 0.0,
            float(len(_SEPS.findall(s)) >= 2),
            float(gaps[i][0]),
            float(gaps[i][1]),
            float(sum(sent[max(0, i - 2):i + 3]) - sent[i]),
            float(i > last_sent),
            float(i < first_sent),
        ])
    return out



_LEX_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
L2 = 1.0


def documents() -> list[tuple[str, str, list[str], list[tuple[bool, bool]], list[int]]]:
    import cleaning  # benchmarks/cleaning.py: the annotation reader

    out = []
    for ann in cleaning.load():
        if ann.split != "tune" or ann.html:
            continue
        lines, gaps, labels = [], [], []
        blank_before = False
        for tag, text in ann.lines:
            if not text.strip():
                blank_before = True
                if gaps:
                    gaps[-1] = (gaps[-1][0], True)
                continue
            lines.append(text.replace(cleaning.MARK, "").strip())
            gaps.append((blank_before, False))
            labels.append(0 if tag == "+" else 1)
            blank_before = False
        if lines:
            out.append((ann.doc_id, ann.lang, lines, gaps, labels))
    return out


def lexicon(docs) -> frozenset[str]:  # type: ignore[no-untyped-def]
    clutter_docs: dict[str, set[str]] = defaultdict(set)
    content: set[str] = set()
    for doc_id, _, lines, _, labels in docs:
        for line, y in zip(lines, labels):
            words = set(_LEX_WORD.findall(line.casefold()))
            if y:
                for w in words:
                    clutter_docs[w].add(doc_id)
            else:
                content |= words
    return frozenset(w for w, d in clutter_docs.items() if len(d) >= 2 and w not in content)


def matrix(docs, lex):  # type: ignore[no-untyped-def]
    X, y, judged = [], [], []
    for _, lang, lines, gaps, labels in docs:
        X += line_features(lines, gaps, lang, lex)
        y += labels
        judged += [len(x.split()) <= MAX_WORDS for x in lines]
    return np.array(X, dtype=float), np.array(y, dtype=float), np.array(judged)


def fit(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    mean = X.mean(0)
    scale = X.std(0)
    scale[scale < 1e-6] = 1.0
    Z = (X - mean) / scale
    w = np.zeros(Z.shape[1])
    b = 0.0
    lr = 0.5
    n = len(y)
    for _ in range(3000):
        p = 1 / (1 + np.exp(-(Z @ w + b)))
        g = Z.T @ (p - y) / n + L2 * w / n
        gb = float((p - y).mean())
        w -= lr * g
        b -= lr * gb
    return mean, scale, w, b


def predict(X, mean, scale, w, b):  # type: ignore[no-untyped-def]
    return 1 / (1 + np.exp(-(((X - mean) / scale) @ w + b)))


def left_by_cleaner() -> dict[str, list[bool]]:
    """For each tune document, whether each non-blank line is still kept by the current cleaner
    (run as benchmarks/cleaning.py runs it: first pass over every text page but the blind parts', then clean)."""
    import cleaning
    from mtpipe.ingest import normalize_text

    parts = blind_sets.without_current(sorted(cleaning.DATA.glob("*.ann")))
    anns = [a for f in parts for a in cleaning.load_file(f) if not a.html]
    tmp = Path(tempfile.mkdtemp())
    paths = []
    for a in anns:
        f = tmp / a.site / f"{a.doc_id}.txt"
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(a.raw(), encoding="utf-8")
        paths.append(f)
    got, _ = cleaning.run_front(paths, tmp)
    out = {}
    for a, d in zip(anns, got):
        if a.split != "tune":
            continue
        text = d.text
        mask = bytearray(len(text))
        for x, y in d.meta.get("kept", []):
            mask[x:y] = b"\x01" * (y - x)
        pos, ks = 0, []
        for line in normalize_text(a.raw())[0].split("\n"):
            if line.strip():
                letters = [i for i in range(pos, pos + len(line)) if text[i].isalpha()]
                ks.append(sum(mask[i] for i in letters) / max(1, len(letters)) > 0.1)
            pos += len(line) + 1
        out[a.doc_id] = ks
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folds", type=int, default=5)
    a = ap.parse_args()
    docs = documents()
    kept = left_by_cleaner()
    rng = random.Random(12)
    order = list(range(len(docs)))
    rng.shuffle(order)
    models = {"logistic": None}
    try:
        from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier

        models["boosted"] = lambda: GradientBoostingClassifier(n_estimators=150, max_depth=2, subsample=0.8,
                                                               random_state=0)
        models["forest"] = lambda: RandomForestClassifier(n_estimators=200, min_samples_leaf=2, random_state=0)
    except ImportError:
        print("(scikit-learn not installed: logistic regression only)")
    n_content = sum(y == 0 for d in docs for y in d[4])
    n_clutter = sum(y == 1 for d in docs for y in d[4])
    print(f"tune: {len(docs)} documents, {n_content} content lines, {n_clutter} clutter lines")
    for name, make in models.items():
        P, Y, J, K = [], [], [], []
        for k in range(a.folds):
            held = set(order[k::a.folds])
            test = [docs[i] for i in order[k::a.folds]]
            train = [docs[i] for i in order if i not in held]
            lex = lexicon(train)
            Xtr, ytr, _ = matrix(train, lex)
            Xte, yte, jte = matrix(test, lex)
            if make is None:
                p = predict(Xte, *fit(Xtr, ytr))
            else:
                p = make().fit(Xtr, ytr).predict_proba(Xte)[:, 1]
            P.append(p)
            Y.append(yte)
            J.append(jte)
            K.append(np.array([x for d in test for x in kept[d[0]]]))
        p, y, j, kk = map(np.concatenate, (P, Y, J, K))
        left = (y == 1) & kk
        print(f"{name}: highest out-of-fold score of a content line {float(p[(y == 0) & j].max()):.3f}")
        print("  all lines, threshold: clutter caught / content lost   "
              + "  ".join(f"{q}: {int(((p >= q) & (y == 1) & j).sum())}/{int(((p >= q) & (y == 0) & j).sum())}"
                          for q in (0.5, 0.7, 0.8, 0.9, 0.95, 0.98)))
        print(f"  the {int(left.sum())} clutter lines the cleaner leaves: caught / content lost   "
              + "  ".join(f"{q}: {int(((p >= q) & left & j).sum())}/{int(((p >= q) & (y == 0) & kk & j).sum())}"
                          for q in (0.5, 0.7, 0.8, 0.9, 0.95, 0.98)))


if __name__ == "__main__":
    main()
