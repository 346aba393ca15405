"""Build ``benchmarks/data/langfresh12/`` (lang12's blind set for issue 12 point 3: brands of a blocklist that the
shipped table does not hold).

Run once, after ``tools/build_spam_brands.py`` and before any mtpipe run on the set:
``python tools/build_langid_fresh12.py --mirror /work/.mirror``.

Brands: a seeded random sample of the stems ``tools/build_spam_brands.py`` held out of
``mtpipe/clean/data/spam_brands.txt`` (``heldout_stems.txt``; 30% of the list's stems, never shipped), those whose
domains stand in hostsVN's Vietnamese gambling list (``gambling-VN.txt``), written as spam writes them: the stem,
the stem in title case, a mirror domain (``stem.com``, ``stem.vip``...), capitals for short ones.  Sentences: UD
Vietnamese-VTB test (CC BY-SA 4.0; no earlier set or control uses this file), detokenised; none in an earlier set.
Each spam row replaces one word of a sentence: its first word (start), a syllable of a personal or place name
(name), a function word (function) or a syllable inside running lower-case text (inner).  Clean controls: the
base sentences, and VTB test sentences holding Latin names, codes or figures.
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "langfresh12"
OLD = [ROOT / "benchmarks" / "data" / d for d in ("langfresh", "langfresh8", "langfresh9", "langfresh10", "langfresh11")]
FUNCTION = ("và", "của", "cho", "trong", "để", "với", "những", "các", "được", "thì", "là", "đã", "sẽ", "khi")
_VI_MARK = re.compile("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]")


def show(mirror: Path, repo: str, path: str) -> str:
    return subprocess.run(["git", f"--git-dir={mirror / repo / 'repo'}", "show", f"HEAD:{path}"],
                          check=True, capture_output=True, text=True).stdout


def detok(t: str) -> str:
    t = re.sub(r"\s+([,.:;?!)%])", r"\1", t.strip())
    t = re.sub(r"([(])\s+", r"\1", t)
    t = re.sub(r'"\s+(.*?)\s+"', r'"\1"', t)
    return unicodedata.normalize("NFC", t)


def old_texts() -> set[str]:
    seen: set[str] = set()
    for d in OLD:
        for name in ("sentences.tsv", "spam.tsv"):
            p = d / name
            if p.exists():
                for line in p.read_text(encoding="utf-8").splitlines():
                    seen.update(line.split("\t")[1:])
    return seen


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    args = ap.parse_args()
    rng = random.Random(1212)
    held = [s for s in (OUT / "heldout_stems.txt").read_text(encoding="utf-8").split("\n") if s and s[0] != "#"]
    vn = show(args.mirror, "bigdargon+hostsVN", "extensions/source/gambling-VN.txt")
    vn_names = {p.split(".")[-2] if len(p.split(".")) >= 2 else p for p in
                (x.split("#")[0].strip().lower() for x in vn.splitlines()) if "." in p}
    from mtpipe.clean.spam_lexicon import brand_stem
    vn_stems = {brand_stem(n) for n in vn_names}
    pool = sorted(s for s in held if s in vn_stems)
    rng.shuffle(pool)
    old = old_texts()
    texts = [detok(line[8:]) for line in show(args.mirror, "UniversalDependencies+UD_Vietnamese-VTB",
                                               "vi_vtb-ud-test.conllu").splitlines() if line.startswith("# text =")]
    texts = list(dict.fromkeys(t for t in texts if t not in old and len(t.split()) >= 8 and "\t" not in t))
    rng.shuffle(texts)
    latin = [t for t in texts if re.search(r"\b(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9-]*[A-Za-z][A-Za-z0-9-]*\b", t)
             and re.search(r"[fjwzFJWZ]|[A-Za-z]\d|\d[A-Za-z]|\b[A-Z]{2,}\b", t)]
    plain = [t for t in texts if t not in latin]
    rows: list[tuple[str, str, str, str, str]] = []
    used: list[str] = []
    places = ["start", "name", "function", "inner"] * 10
    for place in places:
        stem = pool[len(rows)]
        for t in plain:
            if t in used:
                continue
            words = t.split(" ")
            idx: list[int] = []
            if place == "start" and _VI_MARK.search(words[0].lower()) and words[0].isalpha():
                idx = [0]
            elif place == "name":
                idx = [i for i in range(2, len(words)) if words[i][:1].isupper() and words[i].isalpha()
                       and words[i - 1][:1].isupper() and words[i - 1].isalpha() and not words[i].isupper()]
            elif place == "function":
                idx = [i for i in range(1, len(words) - 1) if words[i] in FUNCTION]
            elif place == "inner":
                idx = [i for i in range(1, len(words) - 1) if words[i].isalpha() and words[i].islower()
                       and words[i] not in FUNCTION and words[i - 1].isalpha() and words[i - 1].islower()
                       and words[i + 1].isalpha() and words[i + 1].islower()]
            if not idx:
                continue
            i = rng.choice(idx)
            form = rng.choice({"start": ["title", "title", "domain", "lower"], "name": ["title", "title", "upper"],
                               "function": ["lower", "domain", "title"], "inner": ["lower", "domain", "upper"]}[place])
            if form == "upper" and len(stem) > 6:
                form = "title"
            tok = {"lower": stem, "title": stem[:1].upper() + stem[1:], "upper": stem.upper(),
                   "domain": stem + rng.choice([".com", ".vip", ".net", ".club", ".top", ".live"])}[form]
            if place == "start" and form == "domain":
                tok = tok[:1].upper() + tok[1:] if rng.random() < 0.5 else tok
            orig = words[i]
            spam = " ".join(words[:i] + [tok] + words[i + 1:])
            rows.append((spam, tok, orig, t, place))
            used.append(t)
            break
        else:
            raise SystemExit(f"no sentence for {place}")
    controls = used + latin[:40]
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "spam.tsv", "w", encoding="utf-8") as f:
        f.write("# split\tspam text\ttoken\toriginal word\toriginal sentence\tplace\n")
        for spam, tok, orig, t, place in rows:
            f.write(f"blind\t{spam}\t{tok}\t{orig}\t{t}\t{place}\n")
    with open(OUT / "sentences.tsv", "w", encoding="utf-8") as f:
        f.write("# split\texpected\tsource\ttext\n")
        for t in controls:
            f.write(f"blind\tvi\tUD Vietnamese-VTB test (CC BY-SA 4.0)\t{t}\n")
    print(len(rows), "spam rows,", len(controls), "clean rows; pool", len(pool))


if __name__ == "__main__":
    main()
