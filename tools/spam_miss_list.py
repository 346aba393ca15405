"""Every dev spam miss as one tab-separated row (spam88, issue 12 point 3): set, place, the first test of the
lone-token chain it fails (:func:`spam_miss_gates.gate`), its shape and place when it passes them all
(:func:`spam_miss_gates.cell`), the context model's log-odds, the token, its text.

``benchmarks/langid.py --show`` lists misses of ``--split dev`` only and the sets store their rows as ``blind``;
this reads every dev set (:func:`spam_miss_classes.dev_sets`: ``benchmarks/blind_sets.CURRENT`` left out) as
``/work/wt/spamsets.py`` counts them, so its row count is that script's TOTAL ``missed``.

    PYTHONPATH=$PWD python tools/spam_miss_list.py > /tmp/misses.tsv
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tools"))


def main() -> None:
    from spam_miss_classes import misses
    from spam_miss_gates import cell, gate

    from mtpipe.clean.spam_bigrams import load_bigrams
    from mtpipe.clean.spam_context import features, score

    known = load_bigrams().uni
    for name, place, tok, text in misses():
        a = text.index(tok)
        b = a + len(tok)
        first = gate(text, a, b, known)
        shape, where = cell(text, a, b, known) if first == "pass" else ("", "")
        print("\t".join([name, place, first, shape, where, f"{score(features(text, a, b)):.2f}", tok,
                         text.replace("\n", " ⏎ ")]), flush=True)


if __name__ == "__main__":
    main()
