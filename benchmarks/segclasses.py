"""Classify every missed and extra sentence end of the real-text set (``segreal``) by what the text shows there.

    python benchmarks/segclasses.py [--files en_ewt en_ewt2 en_ewt3] [--split dev] [--show]

Each error goes to the first class whose test holds (order below).  ``signal`` says whether the text carries a
sign a splitter can read there (a stop, a bracket or quote after one, an emoticon, an address, a colon, a
capitals heading, a line end); "unreachable" ends sit next to a unit with no letter or digit ("***", ":-)",
"=====", a lone "?"): the segmenter never outputs such a unit, so one of its two ends is always counted missed;
"convention" ends have a sign that the treebanks read both ways (": Capital" is split in EWT and kept in the news
pages and PUD; EWT splits "CITY (AGENCY) -" off, the news pages keep it).  The ceiling is the F1 of a splitter that
gets every end with a signal right and misses every end with none (a second figure leaves "convention" ends missed).
"No stop, capital next" counts as no signal: a few of its ends carry a weak one (an e-mail block, a lost stop before
"But"), which ``mtpipe.segment.word_ends`` reads; the rest (names and list items on lines UD does not record,
signatures, salary tables) carry none.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from segmentation import REAL, load_real  # noqa: E402

_STOPS = ".!?…"
_URL = re.compile(r"(?:https?://|www\.|[\w.+-]+@[\w-]+\.)\S*$")
_URL_NEXT = re.compile(r"\s*(?:https?://|www\.|[\w.+-]+@[\w-]+\.)")
_EMOTICON = re.compile(r"(?:[:;=]-?[)(DPp]|[!?]{2,})\W*$")
_DATELINE = re.compile(r"\b[A-Z][A-Za-z]+(?: [A-Z]+)*(?: \([A-Za-z]+\))? ?[-–—]{1,2}$")
_CAPS = re.compile(r"(?:^|\s)[A-Z]{3,}(?: [A-Z]{2,})*:?\s*$")
_CAPS_NEXT = re.compile(r"\s*[A-Z]{4,}\b(?![a-z])")
_SHORT_ABBR = re.compile(r"(?:^|[\s(])([A-Za-z]{1,3})\.[\"')\]]*$")

CLASSES = (
    ("unreachable: a unit with no letter or digit", False),
    ("inside a token (no space at the end)", False),
    ("emoticon or '!!'/'??' run", True),
    ("abbreviation or one-letter word before the stop", True),
    ("')' ']' or a quote after the stop", True),
    ("lower-case start after a stop", True),
    ("URL or e-mail address", True),
    ("colon before a capital", "convention"),
    ("dateline 'CITY (AGENCY) -'", "convention"),
    ("capitals heading or label glued", True),
    ("a lone mark ('?' for a lost bullet) after the stop", True),
    ("stop before a capital (other)", True),
    ("line end", True),
    ("no stop, capital next (names, list items, signatures: unmarked)", False),
    ("no stop, other (unmarked)", False),
)


def classify(text: str, e: int, prev_end: int, next_end: int) -> str:
    """The class of an end at ``e`` (``prev_end``/``next_end``: the neighbouring gold or output ends)."""
    before, after = text[max(0, e - 80):e], text[e:e + 60]
    if not any(c.isalnum() for c in text[prev_end:e]) or not any(c.isalnum() for c in text[e:next_end]):
        return CLASSES[0][0]
    if after[:1] and not after[:1].isspace() and before[-1:] not in _STOPS + ")]\"'":
        return CLASSES[1][0]
    b = before.rstrip()
    nxt = after.lstrip()
    if _EMOTICON.search(b):
        return CLASSES[2][0]
    if b[-1:] == "." and _SHORT_ABBR.search(b):
        return CLASSES[3][0]
    if b[-1:] in ")]\"'”’" and b.rstrip(")]\"'”’")[-1:] in _STOPS:
        return CLASSES[4][0]
    if b[-1:] in _STOPS and nxt[:1].islower():
        return CLASSES[5][0]
    if _URL.search(b) or _URL_NEXT.match(after):
        return CLASSES[6][0]
    if b[-1:] == ":":
        return CLASSES[7][0]
    if _DATELINE.search(b):
        return CLASSES[8][0]
    if _CAPS.search(b) or _CAPS_NEXT.match(after):
        return CLASSES[9][0]
    if b[-1:] in _STOPS:
        return CLASSES[10][0] if nxt[:1] == "?" else CLASSES[11][0]
    if after[:1] == "\n" or before[-1:] == "\n":
        return CLASSES[12][0]
    if nxt[:1].isupper() or nxt[:1].isdigit() or nxt[:1] in "$(\"'":
        return CLASSES[13][0]
    return CLASSES[14][0]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folder", type=Path, default=REAL)
    ap.add_argument("--files", nargs="*", default=["en_ewt", "en_ewt2", "en_ewt3"])
    ap.add_argument("--split", choices=("dev", "held", "all"), default="dev")
    ap.add_argument("--show", action="store_true", help="print each error with its class")
    a = ap.parse_args()
    from mtpipe.document import Document
    from mtpipe.segment import Segmenter

    seg = Segmenter()
    counts: dict[tuple[str, str], int] = {}
    gold_n = tp = 0
    for d in load_real(a.folder):
        if d.source not in a.files or (a.split != "all" and d.split != a.split):
            continue
        doc = seg(Document.from_text(d.text, doc_id=d.doc_id))
        ours = {s.end for s in doc.segments if any(ch.isalnum() for ch in s.source)}
        gold_n += len(d.ends)
        tp += len(ours & d.ends)
        for kind, offs, ref in (("missed", d.ends - ours, d.ends), ("extra", ours - d.ends, ours)):
            pts = sorted(ref | {0, len(d.text)})
            for e in sorted(offs):
                i = pts.index(e)
                c = classify(d.text, e, pts[i - 1], pts[i + 1])
                counts[(kind, c)] = counts.get((kind, c), 0) + 1
                if a.show:
                    ctx = (d.text[max(0, e - 50):e] + "|" + d.text[e:e + 40]).replace("\n", "⏎")
                    print(f"{kind:6} [{c[:28]:28}] {d.source} {d.doc_id[:24]}: {ctx}")
    signal = dict(CLASSES)
    missed = sum(v for (k, _), v in counts.items() if k == "missed")
    extra = sum(v for (k, _), v in counts.items() if k == "extra")
    print(f"{'class':66} missed extra signal")
    for c, sig in CLASSES:
        m, x = counts.get(("missed", c), 0), counts.get(("extra", c), 0)
        if m or x:
            print(f"{c:66} {m:6} {x:5} {sig if isinstance(sig, str) else 'yes' if sig else 'no'}")
    unmarked = sum(v for (k, c), v in counts.items() if k == "missed" and not signal[c])
    convention = sum(v for (k, c), v in counts.items() if k == "missed" and signal[c] == "convention")
    f1 = 2 * tp / max(1, 2 * tp + missed + extra)
    ceiling_tp = gold_n - unmarked
    ceiling = 2 * ceiling_tp / max(1, ceiling_tp + gold_n)
    print(f"gold ends {gold_n}, found {tp}, missed {missed}, extra {extra}: F1 {f1:.4f}; "
          f"missed with no signal {unmarked}: ceiling F1 of a perfect signal-based splitter {ceiling:.4f}")
    tp2 = ceiling_tp - convention
    print(f"with the {convention} ends whose sign other sets read the other way (': Capital', datelines) left as the "
          f"news convention: ceiling F1 {2 * tp2 / max(1, tp2 + gold_n):.4f}")


if __name__ == "__main__":
    main()
