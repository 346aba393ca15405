"""Build benchmarks/data/langfresh/ (the lang6 fresh language-ID and spam set) from public snapshots.

Run once, by hand, where the snapshots are (``fetch`` puts them under /work/.mirror); the
output TSVs are committed and the benchmark and tests read only those.  Sampling is seeded,
and dev/blind is decided here, before anything is run through mtpipe.

    python tools/build_langid_fresh.py /work/.mirror
"""

from __future__ import annotations

import random
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "langfresh"
PER_LANG = 40

# (expected language, snapshot, path): Leipzig news/web sentences shipped as lingua-py's test data
LINGUA = ["uk", "be", "bg", "sr", "kk", "mn", "ko", "ja", "th", "ms", "id", "tl"]
# (expected language, UD repository, file)
UD = [("tt", "UD_Tatar-NMCTT", "tt_nmctt-ud-test.conllu"), ("ky", "UD_Kyrgyz-KTMU", "ky_ktmu-ud-test.conllu"),
      ("bxr", "UD_Buryat-BDT", "bxr_bdt-ud-test.conllu"), ("yue", "UD_Cantonese-HK", "yue_hk-ud-test.conllu"),
      ("zh", "UD_Chinese-HK", "zh_hk-ud-test.conllu"), ("zh", "UD_Chinese-PUD", "zh_pud-ud-test.conllu")]
# real gambling names seen in public Vietnamese gambling pages' code (SOURCES); none is one of the
# names of tests/data/spam (w88, hi88, fb88, 8xbet...).  Dev and blind use different names.
SPAM_DEV = ["ibet88.pro", "fun213213.com", "q8vn.com", "92lottery.dev", "bet365.com", "MB66", "Loto188", "vaobo.com"]
SPAM_BLIND = ["imvn3k4.uk.com", "jinbo989898.com", "8123b.com", "1xbet.com", "letou.com", "AX88", "Empire777",
              "BK8", "Vwin", "oppabet.com"]
SPAM_PER_SPLIT = 30


def show(mirror: Path, repo: str, path: str) -> str:
    return subprocess.run(["git", f"--git-dir={mirror / repo / 'repo'}", "show", f"HEAD:{path}"],
                          check=True, capture_output=True, text=True).stdout


def ud_texts(conllu: str) -> list[str]:
    return [line[9:].strip() for line in conllu.splitlines() if line.startswith("# text = ")]


def long_enough(t: str) -> bool:
    letters = sum(map(str.isalpha, t))
    return letters >= 8 and (len(t.split()) >= 3 or letters >= 8 and not t.isascii())


def sample(rng: random.Random, texts: list[str], n: int) -> list[str]:
    texts = list(dict.fromkeys(t for t in texts if long_enough(t) and "\t" not in t))
    rng.shuffle(texts)
    return texts[:n]


def main(mirror: Path) -> None:
    rng = random.Random(20261201)
    rows: list[tuple[str, str, str, str]] = []

    def add(lang: str, source: str, texts: list[str]) -> None:
        for i, t in enumerate(texts):
            rows.append(("dev" if i % 2 == 0 else "blind", lang, source, t))

    lingua = "pemistahl+lingua-py"
    for lang in LINGUA:
        add(lang, f"lingua-py/language-testdata/sentences/{lang}.txt",
            sample(rng, show(mirror, lingua, f"language-testdata/sentences/{lang}.txt").splitlines(), PER_LANG))
    for lang, repo, path in UD:
        add(lang, f"{repo}/{path}", sample(rng, ud_texts(show(mirror, f"UniversalDependencies+{repo}", path)), PER_LANG))
    tat = [line.split("\t") for line in (OUT / "tatoeba_km_lo.tsv").read_text(encoding="utf-8").splitlines()]
    for lang in ("km", "lo"):
        add(lang, f"Tatoeba-Challenge/data/test/eng-{'khm' if lang == 'km' else 'lao'}/test.txt",
            [t for code, t in tat if code == lang])
    # mixed segments of supported languages: Russian with Latin names or addresses, Vietnamese with
    # English terms, and plain controls
    ru = show(mirror, lingua, "language-testdata/sentences/ru.txt").splitlines()
    add("ru", "lingua-py/language-testdata/sentences/ru.txt (Latin words)",
        sample(rng, [t for t in ru if re.search("[A-Za-z]{2,}", t)], PER_LANG))
    taiga = []
    for f in ("ru_taiga-ud-dev.conllu", "ru_taiga-ud-test.conllu"):
        taiga += ud_texts(show(mirror, "UniversalDependencies+UD_Russian-Taiga", f))
    add("ru", "UD_Russian-Taiga dev+test (addresses)",
        sample(rng, [t for t in taiga if re.search(r"https?://|www\.|\.ru\b|\.com\b", t)
                     and sum(map(str.isalpha, t)) >= 15], PER_LANG))
    add("ru", "lingua-py/language-testdata/sentences/ru.txt (plain)",
        sample(rng, [t for t in ru if not re.search("[A-Za-z]", t)], 20))
    vi = show(mirror, lingua, "language-testdata/sentences/vi.txt").splitlines()
    add("vi", "lingua-py/language-testdata/sentences/vi.txt (English terms)",
        sample(rng, [t for t in vi if re.search(r"\b[A-Za-z]*[fjwzFJWZ][A-Za-z]*\b", t)], PER_LANG))
    en = show(mirror, lingua, "language-testdata/sentences/en.txt").splitlines()
    add("en", "lingua-py/language-testdata/sentences/en.txt", sample(rng, en, 20))
    with open(OUT / "sentences.tsv", "w", encoding="utf-8") as f:
        f.write("# split\texpected\tsource\ttext\n")
        for r in rows:
            f.write("\t".join(r) + "\n")

    # spam: one real gambling name pasted over one syllable of a clean Vietnamese sentence
    carriers = [t for t in vi if not re.search(r"[A-Za-z]*[fjwzFJWZ]|\d|https?|www|@", t)
                and 10 <= len(t.split()) <= 40]
    carriers = list(dict.fromkeys(carriers))
    rng.shuffle(carriers)
    spam: list[tuple[str, str, str, str, str]] = []
    for split, names, pool in (("dev", SPAM_DEV, carriers[:SPAM_PER_SPLIT]),
                               ("blind", SPAM_BLIND, carriers[SPAM_PER_SPLIT:2 * SPAM_PER_SPLIT])):
        for i, sent in enumerate(pool):
            sent = unicodedata.normalize("NFC", sent)
            words = [m for m in re.finditer(r"[^\W\d_]+", sent)]
            m = words[rng.randrange(len(words))]
            name = names[i % len(names)]
            spam.append((split, sent[:m.start()] + name + sent[m.end():], name, m.group(), sent))
    with open(OUT / "spam.tsv", "w", encoding="utf-8") as f:
        f.write("# split\tspam text\ttoken\toriginal syllable\toriginal sentence\n")
        for r in spam:
            f.write("\t".join(r) + "\n")
    print(len(rows), "sentences,", len(spam), "spam cases")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror"))
