"""Hanzi candidates for names the glossary lacks: top-1 and top-5 accuracy.

Two lists of Chinese persons with their Russian and Vietnamese forms:

* ``dev``: ``tests/data/translit/persons.tsv`` (the forms Russian and Vietnamese media use);
  the ranking was tuned on it;
* ``heldout``: ``benchmarks/data/officials.tsv``, 122 officials assembled for this benchmark
  (none in the starter glossary or the dev list), never looked at while tuning.

For each name: candidates from both forms, from the Russian form alone, from the Vietnamese form
alone (:func:`mtpipe.translit.hanzi.hanzi_candidates`), and the baseline, the Sino-Vietnamese
reading alone ranked by general character frequency (``sinoviet.to_hanzi``, what ``suggest``
used before).  Also the share of names whose first candidate clears ``CONFIDENT`` and how often
those are right (what auto-names would write on the Chinese side).  Prints figures; asserts nothing.

Run: ``python benchmarks/hanzi_candidates.py``
"""

from __future__ import annotations

import time
from pathlib import Path

from mtpipe.translit import sinoviet
from mtpipe.translit.hanzi import CONFIDENT, CONFIDENT_ONE_FORM, hanzi_candidates

REPO = Path(__file__).resolve().parents[1]
SETS = {"dev": REPO / "tests" / "data" / "translit" / "persons.tsv",
        "heldout": REPO / "benchmarks" / "data" / "officials.tsv"}


def rows(path: Path) -> list[tuple[str, str, str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(("#", "zh\t")):
            continue
        parts = line.split("\t")
        zh, ru, vi = parts[0], parts[2], parts[3] if len(parts) > 3 else ""
        if 2 <= len(zh) <= 3 and ru and vi:  # compound surnames and one-form rows left out
            out.append((zh, ru, vi))
    return out


def main() -> None:
    for name, path in SETS.items():
        data = rows(path)
        t0 = time.perf_counter()
        res = {k: [0, 0] for k in ("ru+vi", "ru", "vi", "baseline vi")}
        conf = {"ru+vi": [0, 0], "ru": [0, 0]}
        for zh, ru, vi in data:
            runs = {"ru+vi": hanzi_candidates(ru=ru, vi=vi), "ru": hanzi_candidates(ru=ru),
                    "vi": hanzi_candidates(vi=vi), "baseline vi": sinoviet.to_hanzi(vi, top=5)}
            for k, cands in runs.items():
                texts = [c.text for c in cands]
                res[k][0] += bool(texts) and texts[0] == zh
                res[k][1] += zh in texts[:5]
                if k in conf and cands and cands[0].confidence >= (CONFIDENT if k == "ru+vi" else CONFIDENT_ONE_FORM):
                    conf[k][0] += 1
                    conf[k][1] += texts[0] == zh
        n = len(data)
        ms = (time.perf_counter() - t0) / n / 4 * 1000
        print(f"\n{name}: {n} persons ({path.relative_to(REPO)}), {ms:.1f} ms per name and source")
        print(f"{'forms':<12} {'top-1':>7} {'top-5':>7}")
        for k, (t1, t5) in res.items():
            print(f"{k:<12} {t1 / n:>7.3f} {t5 / n:>7.3f}")
        for k, (m, ok) in conf.items():
            th = CONFIDENT if k == "ru+vi" else CONFIDENT_ONE_FORM
            print(f"confident (>= {th}) from {k}: {m}/{n} names, {ok}/{m or 1} right"
                  f" ({ok / (m or 1):.3f})")


if __name__ == "__main__":
    main()
