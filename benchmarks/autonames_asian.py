"""Auto-names and Asian names that are not Chinese: how many Korean, Vietnamese, Khmer, Burmese, Thai, Lao,
Japanese, Mongolian and Central Asian person names in Russian the Chinese-name detector takes for Chinese (false
accepts), and how many real Chinese names in Russian it misses (false rejects).

* Asian persons: the non-Chinese persons of ``benchmarks/data/autonames_asia_pages.tsv`` (the forms real Russian
  pages print: ``Ким Чен Ын``, ``Ким Ё Чжон``, ``Фам Минь Тьинь``, ``Хун Сен``, ``Мин Аун Хлайн`` ...), each in
  the singular cases (:func:`mtpipe.glossary.ru_inflect.case_forms`: only the last word declines, as in
  Russian news).  ``dev``: persons of the dev pages; ``heldout``: persons only the held-out pages name.  A form is
  a false accept when :func:`mtpipe.translit.detect.find_palladius_names` finds any person in it (a half-name such
  as ``Ли Чжэ`` in ``Ли Чжэ Мёна`` counts).
* Chinese persons: as in ``autonames_russian.py`` (``persons.tsv`` for dev; the officials lists and the judged
  auto-name spans for held out), in their singular cases; missed when no single person span covers the name.

``--gazetteer`` adds a wider recall check: every two-word person of the hanzi gazetteer
(``mtpipe/translit/data/public_figures.tsv``: CC-CEDICT persons and NPC deputies) in Palladius
(:func:`mtpipe.translit.palladius.from_hanzi`), in the singular cases.

``--baseline PATH`` runs another checkout in a subprocess.  Prints figures; asserts nothing.

Run: ``python benchmarks/autonames_asian.py [--gazetteer] [--baseline PATH]``
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "benchmarks" / "data"
_RUN = """
import json, sys, time
from mtpipe.translit.detect import find_palladius_names
asian, chinese = json.load(sys.stdin)
t0 = time.process_time()
fa = {n: [s.text for s in find_palladius_names(n, places=False)] for n in asian}
ok = [n for n in chinese if [(s.text, s.kind) for s in find_palladius_names(n, places=False)] == [(n, "person")]]
print(json.dumps({"accepted": {n: v for n, v in fa.items() if v}, "chinese_ok": ok,
                  "cpu_s": time.process_time() - t0}, ensure_ascii=False))
"""


def asian_names(split: str) -> list[str]:
    """Case forms of the non-Chinese persons of the pages of ``split`` (held out: persons no dev page names)."""
    from mtpipe.glossary.ru_inflect import case_forms

    by_split: dict[str, set[str]] = {"dev": set(), "heldout": set()}
    for line in (DATA / "autonames_asia_pages.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(("#", "id\t")):
            continue
        cols = line.split("\t")
        for person in cols[-1].split(";"):
            origin, forms = person.strip().split(":", 1)
            if origin != "cn":
                by_split[cols[1]].update(f for f in forms.split("|") if len(f.split()) > 1 and "." not in f)
    names = by_split[split] - (by_split["dev"] if split == "heldout" else set())
    return sorted({f for n in names for f in case_forms(n)[:5]})


def gazetteer_names() -> list[str]:
    from mtpipe.glossary.ru_inflect import case_forms
    from mtpipe.translit.palladius import from_hanzi

    rows = (REPO / "mtpipe" / "translit" / "data" / "public_figures.tsv").read_text(encoding="utf-8").splitlines()
    names = [from_hanzi(r.split("\t")[0], kind="person") for r in rows if r and not r.startswith(("#", "name\t"))]
    return sorted({f for n in names if len(n.split()) == 2 for f in case_forms(n)[:5]})


def run(asian: list[str], chinese: list[str], checkout: Path) -> dict:
    res = subprocess.run([sys.executable, "-c", _RUN], input=json.dumps([asian, chinese]), capture_output=True,
                         text=True, check=True, cwd=checkout, env=dict(os.environ, PYTHONPATH=str(checkout)))
    return json.loads(res.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", type=Path, default=None)
    ap.add_argument("--show", type=int, default=20, help="how many false accepts / rejects to print")
    ap.add_argument("--split", choices=("dev", "heldout", "both"), default="both")
    ap.add_argument("--gazetteer", action="store_true", help="also the gazetteer's Chinese persons")
    args = ap.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from autonames_russian import chinese_names

    runs = [("this", REPO)] + ([("baseline", args.baseline)] if args.baseline else [])
    print(f"load: {os.getloadavg()[0]:.2f}")
    for split in ("dev", "heldout") if args.split == "both" else (args.split,):
        asian, zh = asian_names(split), chinese_names(split)
        print(f"\n{split}: {len(asian)} Asian (non-Chinese) name forms, {len(zh)} Chinese name forms")
        print(f"{'code':<9} {'asian accepted (false)':>23} {'zh missed (false)':>18} {'cpu s':>6}")
        for name, checkout in runs:
            out = run(asian, zh, checkout)
            fa, ok = out["accepted"], set(out["chinese_ok"])
            missed = [n for n in zh if n not in ok]
            print(f"{name:<9} {len(fa):>9} ({len(fa) / len(asian):.4f}) {len(missed):>7} ({len(missed) / len(zh):.4f})"
                  f" {out['cpu_s']:>6.1f}")
            if args.show:
                print(f"  false accepts: {sorted(fa.items())[:args.show]}")
                print(f"  false rejects: {missed[:args.show]}")
    if args.gazetteer:
        zh = gazetteer_names()
        print(f"\ngazetteer: {len(zh)} Chinese name forms")
        missed_by = {}
        for name, checkout in runs:
            out = run([], zh, checkout)
            missed = missed_by[name] = sorted(set(zh) - set(out["chinese_ok"]))
            print(f"{name:<9} missed {len(missed)} ({len(missed) / len(zh):.4f}) {out['cpu_s']:>6.1f} cpu s")
        if "baseline" in missed_by:
            this, base = set(missed_by["this"]), set(missed_by["baseline"])
            print(f"  missed here only: {sorted(this - base)[:args.show]}")
            print(f"  missed by the baseline only: {sorted(base - this)[:args.show]}")


if __name__ == "__main__":
    main()
