"""Build ``benchmarks/data/langfresh12b/``: lang12's second blind set, brands and domains from a source OTHER than
the blocklist the table is built from (issue 12 point 3).

Run once, before any mtpipe run on the set: ``python tools/build_langid_fresh12b.py --mirror /work/.mirror``.
Tokens: names and domains seen in stored Vietnamese gambling-spam pages (the ``search`` tool's pages corpus,
2026-12-02; URLs in SOURCES), none in an earlier set, taken as the pages write them and NOT looked up in the table
before this set was committed.  Sentences: UD Vietnamese-VTB train (CC BY-SA 4.0), detokenised, none in an
earlier set (langfresh8 took 30 of this file) or in langfresh12.  Each token twice, in two places.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import build_langid_fresh12 as base

OUT = base.ROOT / "benchmarks" / "data" / "langfresh12b"
TOKENS = ["vin68", "zowin", "gamedoithuong.com", "lemvigh.com", "paintflyz.com", "abtinstock.com", "pomnom.com",
          "natimab.com", "ocdhotel.com", "erkfiber.com", "mcqexambd.com", "vbcoding.com", "sfwnm.com", "4yu4mi.com",
          "nasd100.com"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    args = ap.parse_args()
    rng = random.Random(12012)
    old = base.old_texts()
    for name in ("sentences.tsv", "spam.tsv"):
        for line in (base.OUT / name).read_text(encoding="utf-8").splitlines():
            old.update(line.split("\t")[1:])
    texts = [base.detok(line[8:]) for line in base.show(args.mirror, "UniversalDependencies+UD_Vietnamese-VTB",
                                                         "vi_vtb-ud-train.conllu").splitlines() if line.startswith("# text =")]
    texts = [t for t in dict.fromkeys(texts) if t not in old and len(t.split()) >= 8 and "\t" not in t
             and all(c.isalpha() or not c.isascii() or c in " ,.:;!?\"'()-%/0123456789" for c in t)]
    rng.shuffle(texts)
    places = ["start", "name", "function", "inner"]
    rows = []
    used: list[str] = []
    k = 0
    for tok in TOKENS + TOKENS:
        place = places[k % 4]
        k += 1
        for t in texts:
            if t in used:
                continue
            words = t.split(" ")
            if place == "start":
                idx = [0] if base._VI_MARK.search(words[0].lower()) and words[0].isalpha() else []
            elif place == "name":
                idx = [i for i in range(2, len(words)) if words[i][:1].isupper() and words[i].isalpha()
                       and words[i - 1][:1].isupper() and words[i - 1].isalpha() and not words[i].isupper()]
            elif place == "function":
                idx = [i for i in range(1, len(words) - 1) if words[i] in base.FUNCTION]
            else:
                idx = [i for i in range(1, len(words) - 1) if words[i].isalpha() and words[i].islower()
                       and words[i] not in base.FUNCTION and words[i - 1].isalpha() and words[i - 1].islower()
                       and words[i + 1].isalpha() and words[i + 1].islower()]
            if not idx:
                continue
            i = rng.choice(idx)
            form = tok[:1].upper() + tok[1:] if place in ("start", "name") and not tok[0].isdigit() else tok
            rows.append((" ".join(words[:i] + [form] + words[i + 1:]), form, words[i], t, place))
            used.append(t)
            break
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "spam.tsv", "w", encoding="utf-8") as f:
        f.write("# split\tspam text\ttoken\toriginal word\toriginal sentence\tplace\n")
        for spam, tok, orig, t, place in rows:
            f.write(f"blind\t{spam}\t{tok}\t{orig}\t{t}\t{place}\n")
    with open(OUT / "sentences.tsv", "w", encoding="utf-8") as f:
        f.write("# split\texpected\tsource\ttext\n")
        for t in used:
            f.write(f"blind\tvi\tUD Vietnamese-VTB train (CC BY-SA 4.0)\t{t}\n")
    print(len(rows), "spam rows")


if __name__ == "__main__":
    main()
