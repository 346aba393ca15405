"""The single spam tokens the cleaner misses on the dev spam sets, grouped by shape and place (issue 12, spam59).

Each row of every dev ``benchmarks/data/langfresh*/spam.tsv`` (the sets of :data:`benchmarks.blind_sets.CURRENT`
left out) goes through the cleaner as :mod:`benchmarks.langid` sends it; a token no ``spam.*`` ledger entry covers is
a miss. Its *shape*: ``domain`` (a dot), ``hyphen``, ``digit`` (letters and figures), ``lower``, ``caps``, ``title``
(one capital, then lower case), ``camel`` (capitals inside); its *place*: the set's sixth column (``start``, ``name``,
``function``, ``inner``, ``end``, ``number``). Against each shape, the controls: the Latin tokens of the same shape
that no list knows (:func:`mtpipe.clean.spam_bound.foreign` for letters alone, every token for the other shapes) in
the clean Vietnamese text, every realpages ``lang=vi`` content line of the dev parts and every ``vi`` sentence and
original sentence of the dev langfresh sets: what a rule for that shape alone would flag on a user's page.

    PYTHONPATH=. python tools/spam_miss_classes.py [--show]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

PLACES = ("start", "name", "function", "inner", "end", "number")
_TOKEN = re.compile(r"(?<![\w.@/:-])([A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9])(?![\w@/-])")
_DOC = re.compile(r"lang=(\w+)")


def shape(tok: str) -> str:
    """The token's shape class (module docstring)."""
    if "." in tok:
        return "domain"
    if "-" in tok:
        return "hyphen"
    if any(c.isdigit() for c in tok):
        return "digit"
    if tok.islower():
        return "lower"
    if tok.isupper():
        return "caps"
    return "title" if tok[1:].islower() else "camel"


def dev_sets() -> list[Path]:
    from blind_sets import without_current

    return without_current(sorted(p for p in (ROOT / "benchmarks" / "data").glob("langfresh*")
                                  if (p / "spam.tsv").exists()))


def controls() -> list[tuple[str, str]]:
    """``(source, text)`` of the clean Vietnamese controls (module docstring)."""
    import langid as L
    from blind_sets import without_current

    out: list[tuple[str, str]] = []
    for ann in without_current(sorted((ROOT / "benchmarks" / "data" / "realpages").glob("*.ann"))):
        lang = None
        for line in ann.read_text(encoding="utf-8").splitlines():
            if line.startswith("### doc"):
                m = _DOC.search(line)
                lang = m.group(1) if m else None
            elif line.startswith("+ ") and lang == "vi":
                out.append((ann.stem, line[2:].replace("‖", "")))
    for d in dev_sets():
        if (d / "sentences.tsv").exists():
            out += [(d.name, t) for _, lang, _, t in L.load_sentences("all", d) if lang == "vi"]
        out += [(d.name, r[4]) for r in L.load_spam("all", d)]
    return list(dict.fromkeys(out))


def misses() -> list[tuple[str, str, str, str]]:
    """``(set, place, token, text)`` of every dev row whose token no ``spam.*`` entry covers."""
    import langid as L
    from mtpipe.document import Document

    clean = L.cleaner(True)
    out = []
    for d in dev_sets():
        for i, (_, text, tok, _, _, place) in enumerate(L.load_spam("all", d)):
            doc = clean(Document(doc_id=f"v{i}", path="", raw_text=text, text=text, meta={"lang": "vi"}))
            a = text.index(tok)
            if not any(e.rule.startswith("spam.") and e.start < a + len(tok) and a < e.end for e in doc.ledger):
                out.append((d.name, place, tok, text))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", action="store_true", help="list each miss and each shape's control tokens")
    a = ap.parse_args()
    from mtpipe.clean.spam_bigrams import load_bigrams, written_words
    from mtpipe.clean.spam_bound import foreign

    known = load_bigrams().uni
    rows = misses()
    table: dict[str, Counter[str]] = {}
    for s, place, tok, text in rows:
        table.setdefault(shape(tok), Counter())[place] += 1
        if a.show:
            print(f"miss {s:13} {place:8} {shape(tok):6} {tok}")
    ctl: dict[str, Counter[str]] = {}
    for _, text in controls():
        for m in _TOKEN.finditer(text):
            tok = m.group(1)
            if not re.search(r"[A-Za-z]", tok) or tok.lower() in written_words():
                continue
            if tok.isalpha() and not foreign(tok, known):
                continue
            ctl.setdefault(shape(tok), Counter())[tok] += 1
    print(f"{len(rows)} missed; shape: count by place {PLACES} | control tokens of the shape (distinct)")
    for sh, c in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        cc = ctl.get(sh, Counter())
        print(f"{sh:6} {sum(c.values()):4} {[c[p] for p in PLACES]} | {sum(cc.values())} ({len(cc)})")
        if a.show:
            print("   controls:", ", ".join(t for t, _ in cc.most_common(40)))


if __name__ == "__main__":
    main()
