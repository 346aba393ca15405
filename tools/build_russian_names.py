"""Build ``benchmarks/data/russian_names.tsv``: real Russian first names and surnames for the auto-name
false-accept benchmark (``benchmarks/autonames_russian.py``).

Two data packages, installed only to run this script (neither is needed at run time):

* ``Faker==40.63.0`` (PyPI, MIT licence), ``faker/providers/person/ru_RU/__init__.py``: 321 men's and
  80 women's first names, the 250 commonest Russian surnames in their men's and women's forms.
* ``natasha==0.10.0`` (PyPI, MIT licence), ``natasha/data/dicts/first.txt`` (7,658 first names) and
  ``last.txt`` (182,339 surnames), the name dictionaries of that release.

Kept: the first names (Faker's; natasha's only in -а/-я, as its list also holds foreign names such as
Мао, Дэн, Хуан) that the detector could read as a Chinese surname in some case form (Ян, Яна,
Нина, Дина, Лина, Таня ...: one Palladius syllable of a common surname, an ending taken off or not;
any other first name never pairs) and that the Russian dictionary (pymorphy3) knows as a first name
with one gender (which gives the surname's form: Яна Ханина, Ян Ханин); the Faker surnames, and the
natasha surnames in -ин/-ын that read as one or two Palladius syllables (Ханин, Бунин, Ванин: the
hard class, a surname that looks like a Chinese given name).  Sorted and split by alternation into
``dev`` and ``heldout`` (first names and surnames apart; a held-out pair has a held-out first name and a
held-out surname).

Run once::

    pip download --no-deps Faker==40.63.0 natasha==0.10.0 -d DIR   # unpack both into DIR
    python tools/build_russian_names.py DIR
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "benchmarks" / "data" / "russian_names.tsv"


def faker_lists(root: Path) -> dict[str, list[str]]:
    src = (root / "faker" / "providers" / "person" / "ru_RU" / "__init__.py").read_text(encoding="utf-8")
    out = {}
    for name in ("first_names_male", "first_names_female", "last_names_male", "last_names_female"):
        m = re.search(name + r"\s*=\s*\((.*?)\)", src, re.S)
        out[name] = re.findall(r'"([^"]+)"', m.group(1)) if m else []
    return out


def main() -> None:
    import pymorphy3

    from mtpipe.translit.detect import _surnames
    from mtpipe.translit.palladius import word_to_pinyin

    root = Path(sys.argv[1])
    fk = faker_lists(root)
    morph = pymorphy3.MorphAnalyzer()
    surnames = _surnames()

    def reads_as_surname(w: str) -> bool:
        c = word_to_pinyin(w)
        return bool(c) and len(c[0].syllables[0]) == 1 and c[0].syllables[0][0] in surnames

    def gender(w: str) -> str:
        gs = {str(p.tag.gender) for p in morph.parse(w) if p.is_known and "Name" in p.tag and p.tag.case == "nomn"}
        return gs.pop() if len(gs) == 1 else ""

    dicts = root / "natasha" / "data" / "dicts"
    first = {w.capitalize() for w in fk["first_names_male"] + fk["first_names_female"]}
    # natasha's list also holds foreign names (Мао, Дэн, Хуан): from it only the names in -а/-я, Russian
    # women's names and diminutives (Яна, Нина, Таня, Ваня)
    first |= {w for line in (dicts / "first.txt").read_text(encoding="utf-8").splitlines()
              for w in [line.split("#")[0].strip().capitalize()] if w.endswith(("а", "я"))}
    firsts = sorted((w, g) for w in first if re.fullmatch("[А-ЯЁ][а-яё]+", w) and reads_as_surname(w)
                    for g in [gender(w)] if g in ("masc", "femn"))
    lasts = set(zip(fk["last_names_male"], fk["last_names_female"]))
    for w in (dicts / "last.txt").read_text(encoding="utf-8").splitlines():
        w = w.strip().capitalize()
        if re.fullmatch("[А-ЯЁ][а-яё]+[иы]н", w) and any(len(c.syllables[0]) <= 2 for c in word_to_pinyin(w)):
            lasts.add((w, w + "а"))
    lasts_s = sorted(lasts)
    lines = ["# Russian first names and surnames for benchmarks/autonames_russian.py, built by",
             "# tools/build_russian_names.py from Faker 40.63.0 ru_RU (MIT) and natasha 0.10.0 dicts (MIT).",
             "# kind\tsplit\tgender\tname (kind: first = a first name, with its gender; last = a surname, men's form",
             "# and women's form)"]
    for i, (w, g) in enumerate(firsts):
        lines.append(f"first\t{'dev' if i % 2 == 0 else 'heldout'}\t{g}\t{w}")
    for i, (m, f) in enumerate(lasts_s):
        lines.append(f"last\t{'dev' if i % 2 == 0 else 'heldout'}\t\t{m} {f}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(firsts)} first names, {len(lasts_s)} surnames -> {OUT}")


if __name__ == "__main__":
    main()
