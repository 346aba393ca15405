"""Which test of the lone-token chain stops each dev spam miss, against the clean controls (spam65, issue 12).

spam59 (``tools/spam_miss_classes.py``) grouped the dev misses by shape and place; spam61
(``tools/spam_context_classes.py``) weighed four context classes. Most of the shipped classes since (spam40's
:func:`mtpipe.clean.spam_lone.lone_token` and the modules it calls: spam_camel, spam_placename, spam_slugname, ...)
first ask the same five things of a token; this script says, for each miss, the first of them it fails:

- ``position``: no space, line start or opening quote before it, no space or punctuation after it;
- ``not stray``: a list explains it (:func:`mtpipe.clean.spam_lone.stray`: ``plain`` a word of the lists, ``brand``
  a known site's or a Vietnamese company's name, ``other`` an acronym of consonants, a local top-level domain, pieces
  of one kind; English pieces joined, :func:`mtpipe.clean.spam_compound.english_slug`, pass as lone_token weighs them);
- ``twice``: written twice on its page; ``real``: a class of real text (:func:`mtpipe.clean.spam_context.real_word`);
- ``not alone``: another Latin word in its sentence, or fewer than four marked words (three for a domain:
  :func:`~mtpipe.clean.spam_lone.alone`), and not a shape no writer gives a word beside the item's real brands
  (:mod:`mtpipe.clean.spam_company`);

and, for a miss that passes all five, its cell: shape (spam59's) x place (:func:`mtpipe.clean.spam_lone._place`:
``start``, ``number``, ``name``, ``end``, ``inner``, or ``-``), beside the control tokens that pass the same five
tests in that cell (every Latin token of the clean controls: spam59's, ``benchmarks/spam_context.py``'s with the
held-out Wikipedia when ``--wiki`` names its file, and the realpages ``lang=vi`` documents of the dev parts). A cell
with as many controls as misses, or more, needs evidence beyond shape and place to separate; ``--show`` prints each
miss and each cell's tokens with the context model's log-odds (:func:`mtpipe.clean.spam_context.score`).

At spam65 (langfresh8..35, 157 misses; 51,858 control texts with the held-out Wikipedia): first test failed: not alone
69, not stray 20, real 2; 66 pass all five, and no cell has fewer controls than misses but ``camel`` x ``start`` (9
misses, 6 controls: "ProPocket rất", "OpenNet đánh giá", "VinFast chốt" at log-odds 2.6 to 7.5 against the misses'
2.0 to 4.1). Neither the context model's log-odds nor the syllable before (:func:`mtpipe.clean.spam_slots.slot_odds`)
separates a cell: a camel-case brand after a word naming its product's kind reads as pasted ones do ("kem chống nắng
SunPlay được" 4.1, "thì có LipIce trái" 3.8, against "vào MuseCapital." 3.7, "giỏ trống rỗng, TreasureMile bã" 3.8).

    PYTHONPATH=$PWD python tools/spam_miss_gates.py [--wiki /tmp/wiki_held.txt] [--show]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tools"))

_LATIN = re.compile(r"[A-Za-z]")


def gate(text: str, a: int, b: int, known: "dict[str, int]") -> str:
    """The first of the five tests (module docstring) that ``text[a:b]`` fails, else ``pass``."""
    from mtpipe.clean import spam_lone as L
    from mtpipe.clean.spam_context import real_word

    tok = text[a:b]
    if not (a == 0 or text[a - 1] in L.BEFORE) or not (b == len(text) or text[b] in " \n,;:" + L._CLOSE):
        return "position"
    # English pieces joined ("ultimate-odds"), or where a place's name goes: weighed though a list explains them
    joined = L._shape(tok) == "lower" and (L.english_slug(tok, known) or L.place_slot(text, a, b, known))
    if not (joined or L.stray(tok, known)):
        return "not stray: " + ("plain" if L._plain(tok, known) else "brand" if L._brand_like(tok) else "other")
    if len(re.findall(r"(?<![\w.])" + re.escape(tok) + r"(?![\w])", text, re.IGNORECASE)) > 1:
        return "twice"
    if real_word(text, a, b) is not None:
        return "real"
    marked = L.MIN_MARKED_DOMAIN if "." in tok else L.MIN_MARKED
    return "pass" if L.alone(text, a, b, known, marked) or L._in_company(text, a, b, known, marked) else "not alone"


def cell(text: str, a: int, b: int, known: "dict[str, int]") -> tuple[str, str]:
    """``(shape, place)`` of a token that passes the five tests."""
    from spam_miss_classes import shape

    from mtpipe.clean.spam_lone import _place

    return shape(text[a:b]), _place(text, a, b, known) or "-"


def control_texts(wiki: Path | None) -> list[str]:
    """The clean controls (module docstring), each text once."""
    import cleaning as CL
    import spam_context as S
    from blind_sets import is_current
    from spam_miss_classes import controls

    texts = [t for _, t in controls()]
    texts += [t for pages in S.controls(Path("/work/.mirror"), wiki).values() for p in pages for t in p]
    texts += [x.raw() for x in CL.load(ROOT / "benchmarks" / "data" / "realpages") if x.lang == "vi"
              and not is_current(x.split)]
    return list(dict.fromkeys(texts))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wiki", type=Path, help="benchmarks/spam_context.py's held-out Wikipedia file")
    ap.add_argument("--show", action="store_true", help="each miss, and each cell's tokens with their log-odds")
    a = ap.parse_args()
    from spam_miss_classes import misses

    from mtpipe.clean.spam_bigrams import load_bigrams
    from mtpipe.clean.spam_context import features, score
    from mtpipe.clean.spam_shapes import TOKEN

    known = load_bigrams().uni
    gates: Counter[str] = Counter()
    cells: dict[tuple[str, str], list[str]] = {}
    for s, place, tok, text in misses():
        i = text.index(tok)
        g = gate(text, i, i + len(tok), known)
        gates[g] += 1
        if g == "pass":
            cells.setdefault(cell(text, i, i + len(tok), known), []).append(
                f"{tok} ({score(features(text, i, i + len(tok))):.1f})")
        if a.show:
            print(f"miss {s:13} {place:8} {g:18} {tok}")
    ctl: dict[tuple[str, str], list[str]] = {}
    texts = control_texts(a.wiki)
    for t in texts:
        for m in TOKEN.finditer(t):
            if _LATIN.search(m.group(1)) and gate(t, *m.span(1), known) == "pass":
                ctl.setdefault(cell(t, *m.span(1), known), []).append(
                    f"{m.group(1)} ({score(features(t, *m.span(1))):.1f})")
    print(f"{sum(gates.values())} missed: first test failed {dict(gates.most_common())}")
    print(f"passing all five, by shape x place: misses | control tokens in {len(texts)} texts")
    for k in sorted(set(cells) | set(ctl), key=lambda k: (-len(cells.get(k, [])), k)):
        print(f"{k[0]:6} {k[1]:6} {len(cells.get(k, [])):3} | {len(ctl.get(k, [])):4}")
        if a.show and k in cells:
            print("   misses:", ", ".join(cells[k]))
            print("   controls:", ", ".join(ctl.get(k, [])[:30]))


if __name__ == "__main__":
    main()
