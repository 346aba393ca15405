"""Auto-names and Russian people: how many real Russian names the Chinese-name detector takes for Chinese
(false accepts), and how many real Chinese names in Russian it misses (false rejects).

* Russian persons: ``benchmarks/data/russian_names.tsv`` (real first names and surnames from Faker's
  ru_RU lists and natasha's name dictionaries, see ``tools/build_russian_names.py``): every first name
  that could read as a Chinese surname (Ян, Яна, Нина, Дина ...) with every surname of its split, in
  the gender of the first name, in four cases (nominative; genitive, dative, instrumental: the first
  name as pymorphy3 inflects it, the surname by the rules of Russian surnames: Ханин -> Ханина, Ханину,
  Ханиным; Ханина -> Ханиной).  ``dev`` was looked at while the rules were written, ``heldout`` not.
* Chinese persons: the Russian forms of ``tests/data/translit/persons.tsv`` (dev) and of
  ``benchmarks/data/officials.tsv``, ``officials_real.tsv`` and the names judged right in
  ``autonames_annotations.tsv`` (held out), each in the singular cases
  (:func:`mtpipe.glossary.ru_inflect.case_forms`: only the given name declines).

A name is accepted when :func:`mtpipe.translit.detect.find_palladius_names` returns one person span
covering it whole.  ``--baseline PATH`` runs another checkout in a subprocess.  Prints figures; asserts
nothing.

Run: ``python benchmarks/autonames_russian.py [--baseline PATH]``
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
_ACCEPT = """
import json, sys, time
from mtpipe.translit.detect import find_palladius_names
names = json.load(sys.stdin)
t0 = time.process_time()
ok = [n for n in names if [(s.text, s.kind) for s in find_palladius_names(n, places=False)] == [(n, "person")]]
print(json.dumps({"accepted": ok, "cpu_s": time.process_time() - t0}, ensure_ascii=False))
"""


def _surname_forms(last: str, gender: str) -> list[str]:
    if gender == "femn":  # Ханина, Иванова: -ой in the oblique cases; -ская: -ской
        stem = last[:-2] + "ой" if last.endswith("ая") else last[:-1] + "ой"
        return [last, stem, stem, stem]
    if last.endswith("ий"):  # Чайковский
        return [last, last[:-2] + "ого", last[:-2] + "ому", last[:-2] + "им"]
    return [last, last + "а", last + "у", last + "ым"]


def russian_names(split: str) -> list[str]:
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer()
    firsts, lasts = [], []
    for line in (DATA / "russian_names.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        kind, sp, gender, name = line.split("\t")
        if sp != split:
            continue
        (firsts if kind == "first" else lasts).append((gender, name))
    out = []
    for gender, first in firsts:
        parse = next(p for p in morph.parse(first) if p.is_known and "Name" in p.tag and p.tag.gender == gender)
        forms = [first] + [(parse.inflect({c}) or parse).word.capitalize() for c in ("gent", "datv", "ablt")]
        for _, pair in lasts:
            last = pair.split()[0 if gender == "masc" else 1]
            out += [f"{f} {s}" for f, s in zip(forms, _surname_forms(last, gender))]
    return out


def chinese_names(split: str) -> list[str]:
    from mtpipe.glossary.ru_inflect import case_forms

    files = ["tests/data/translit/persons.tsv"] if split == "dev" else [
        "benchmarks/data/officials.tsv", "benchmarks/data/officials_real.tsv"]
    base: list[str] = []
    for f in files:
        for line in (REPO / f).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith(("#", "zh\t")):
                ru = line.split("\t")[2]
                if len(ru.split()) == 2:
                    base.append(ru)
    if split == "heldout":
        for line in (DATA / "autonames_annotations.tsv").read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) > 1 and parts[1] == "1" and len(parts[0].split()) == 2:
                base.append(parts[0])
    return sorted({f for b in dict.fromkeys(base) for f in case_forms(b)[:5]})


def accepted(names: list[str], checkout: Path) -> tuple[set[str], float]:
    res = subprocess.run([sys.executable, "-c", _ACCEPT], input=json.dumps(names), capture_output=True, text=True,
                         check=True, cwd=checkout, env=dict(os.environ, PYTHONPATH=str(checkout)))
    out = json.loads(res.stdout)
    return set(out["accepted"]), out["cpu_s"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", type=Path, default=None)
    ap.add_argument("--show", type=int, default=12, help="how many false accepts / rejects to print")
    args = ap.parse_args()
    runs = [("this", REPO)] + ([("baseline", args.baseline)] if args.baseline else [])
    print(f"load: {os.getloadavg()[0]:.2f}")
    for split in ("dev", "heldout"):
        ru, zh = russian_names(split), chinese_names(split)
        print(f"\n{split}: {len(ru)} Russian name forms, {len(zh)} Chinese name forms")
        print(f"{'code':<9} {'ru accepted (false)':>20} {'zh missed (false)':>18} {'cpu s':>6}")
        for name, checkout in runs:
            fa, cpu1 = accepted(ru, checkout)
            ok, cpu2 = accepted(zh, checkout)
            missed = [n for n in zh if n not in ok]
            print(f"{name:<9} {len(fa):>7} ({len(fa) / len(ru):.4f}) {len(missed):>7} ({len(missed) / len(zh):.4f})"
                  f" {cpu1 + cpu2:>6.1f}")
            if args.show:
                print(f"  false accepts: {sorted(fa)[:args.show]}")
                print(f"  false rejects: {missed[:args.show]}")


if __name__ == "__main__":
    main()
