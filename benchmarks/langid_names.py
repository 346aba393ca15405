"""Russian lines of a title and Chinese names (the mission's captions and headlines): how many does
language ID call Russian?  Names are the gazetteer's 2–3 character names (mtpipe/translit/data/
public_figures.tsv) written in Palladius by mtpipe's own rules; three shapes per name: "<title>
<city in the genitive> <name>", "<name> посетил <city>", the name alone.  Synthetic lines, real names.
Every line is Russian, so every other label is a line left untranslated as "unsupported".

    python benchmarks/langid_names.py [--names 600] [--show 10]
"""

from __future__ import annotations

import argparse
import collections
import random
from pathlib import Path

CITIES = ["Чанчуня", "Харбина", "Шэньяна", "Цзилиня", "Ухани", "Сианя", "Чэнду", "Ханчжоу", "Наньнина",
          "Куньмина", "Гуйяна", "Ланьчжоу", "Хух-Хото", "Сямэня"]
TITLES = ["Мэр", "Глава", "Губернатор", "Секретарь парткома", "Вице-мэр", "Заместитель губернатора"]


def main() -> None:
    from mtpipe.langid import identify
    from mtpipe.translit.palladius import from_hanzi

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--names", type=int, default=600)
    ap.add_argument("--show", type=int, default=10)
    a = ap.parse_args()
    data = Path(__file__).resolve().parents[1] / "mtpipe" / "translit" / "data" / "public_figures.tsv"
    rows = [ln.split("\t") for ln in data.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    names = [r[0] for r in rows if len(r[0]) in (2, 3)]
    rng = random.Random(7)
    rng.shuffle(names)
    labels: collections.Counter[str] = collections.Counter()
    wrong = []
    for h in names[:a.names]:
        ru = from_hanzi(h, kind="person")
        city = rng.choice(CITIES)
        for line in (f"{rng.choice(TITLES)} {city} {ru}", f"{ru} посетил {rng.choice(CITIES)[:-1]}", ru):
            lang = identify(line)
            labels[lang] += 1
            if lang != "ru":
                wrong.append((lang, line))
    total = sum(labels.values())
    print(f"lines {total}: ru {labels['ru']} ({labels['ru'] / total:.3f}); other labels {dict(labels - collections.Counter(ru=labels['ru']))}")
    for lang, line in wrong[:a.show]:
        print(f"  {lang}\t{line}")


if __name__ == "__main__":
    main()
