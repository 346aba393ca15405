"""Build benchmarks/data/langfresh8/ (the lang8 fresh language-ID and spam set) from public snapshots.

Run once, by hand, where the snapshots are (``fetch`` puts them under /work/.mirror); the TSVs it
writes are committed, and the benchmark reads only those.  Sampling is seeded; dev/blind is decided
here (alternating within each source), before anything is run through mtpipe.  No sentence of
``benchmarks/data/langfresh/`` is taken again.

    python tools/build_langid_fresh8.py /work/.mirror
"""

from __future__ import annotations

import random
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "langfresh8"
OLD = OUT.parent / "langfresh"
PER = 20

# (expected language, repository under the mirror, path, how many)
UD = [("th", "UD_Thai-PUD", "th_pud-ud-test.conllu", 30), ("ko", "UD_Korean-PUD", "ko_pud-ud-test.conllu", 30),
      ("ky", "UD_Kyrgyz-KTMU", "ky_ktmu-ud-train.conllu", 30), ("sr", "UD_Serbian-SET", "sr_set-ud-test.conllu", 20),
      ("uk", "UD_Ukrainian-IU", "uk_iu-ud-test.conllu", 20), ("be", "UD_Belarusian-HSE", "be_hse-ud-test.conllu", 20),
      ("bg", "UD_Bulgarian-BTB", "bg_btb-ud-test.conllu", 20), ("kk", "UD_Kazakh-KTB", "kk_ktb-ud-test.conllu", 20),
      ("tt", "UD_Tatar-NMCTT", "tt_nmctt-ud-test.conllu", 20),
      ("id", "UD_Indonesian-PUD", "id_pud-ud-test.conllu", 20)]
# Leipzig sentences (lingua-py's test data) not taken by langfresh
LINGUA = [("ja", 20), ("th", 20), ("ko", 20), ("sr", 20), ("mn", 30), ("kk", 10), ("uk", 10), ("bg", 10)]
# real gambling brands and domains seen in stored public pages (SOURCES); none is one of
# langfresh/spam.tsv's or tests/data/spam's.  Dev and blind use different brands.
SPAM_DEV = ["kuwin", "kuwinok30.com", "KUWIN", "go88", "alo88", "v8club", "nhacaiuytin.city", "yo88", "HitClub",
            "kuwinok79.vip"]
SPAM_BLIND = ["98win", "98winok45.win", "98WIN", "sunwin.games", "SUNWIN", "b52", "789club", "vn88", "nhacaiuytin18.com",
              "win2888"]
SPAM_PER_SPLIT = 40
FUNCTION = {"của", "và", "là", "được", "những", "các", "có", "trong", "cho", "với", "đã", "không", "một", "này", "để",
            "khi", "thì", "người", "từ", "ở", "đến", "cũng", "sẽ", "về", "như", "theo", "tại", "nhưng", "vì", "đó"}
PLACES = ("start", "name", "function", "inner")


def show(mirror: Path, repo: str, path: str) -> str:
    return subprocess.run(["git", f"--git-dir={mirror / repo / 'repo'}", "show", f"HEAD:{path}"],
                          check=True, capture_output=True, text=True).stdout


def ud_texts(conllu: str) -> list[str]:
    return [line[9:].strip() for line in conllu.splitlines() if line.startswith("# text = ")]


def old_texts() -> set[str]:
    seen = set()
    for name in ("sentences.tsv", "spam.tsv"):
        for line in (OLD / name).read_text(encoding="utf-8").splitlines():
            seen.update(line.split("\t")[1:])
    seen.update(line.split("\t")[-1] for line in (OLD / "tatoeba_km_lo.tsv").read_text(encoding="utf-8").splitlines())
    return seen


def main(mirror: Path) -> None:
    rng = random.Random(20261208)
    old = old_texts()
    taken: set[str] = set()
    rows: list[tuple[str, str, str, str]] = []

    def pick(texts: list[str], n: int, keep=lambda t: True) -> list[str]:  # type: ignore[no-untyped-def]
        texts = [unicodedata.normalize("NFC", t.strip()) for t in texts]
        texts = list(dict.fromkeys(t for t in texts if t and "\t" not in t and t not in old and t not in taken
                                   and sum(map(str.isalpha, t)) >= 6 and keep(t)))
        rng.shuffle(texts)
        taken.update(texts[:n])
        return texts[:n]

    def add(lang: str, source: str, texts: list[str]) -> None:
        for i, t in enumerate(texts):
            rows.append(("dev" if i % 2 == 0 else "blind", lang, source, t))

    lingua = "pemistahl+lingua-py"
    for lang, repo, path, n in UD:
        add(lang, f"{repo}/{path}", pick(ud_texts(show(mirror, f"UniversalDependencies+{repo}", path)), n))
    for lang, n in LINGUA:
        add(lang, f"lingua-py/language-testdata/sentences/{lang}.txt",
            pick(show(mirror, lingua, f"language-testdata/sentences/{lang}.txt").splitlines(), n))
    tat = [line.split("\t") for line in (OUT / "tatoeba_km_lo.tsv").read_text(encoding="utf-8").splitlines()]
    for lang, code in (("km", "khm"), ("lo", "lao")):
        add(lang, f"Tatoeba-Challenge/data/test/eng-{code}/test.txt", pick([t for c, t in tat if c == lang], 40))
    pages = [line.split("\t") for line in (OUT / "pages_unsupported.tsv").read_text(encoding="utf-8").splitlines()
             if not line.startswith("#")]
    for lang in ("uk", "be"):
        add(lang, "stored web pages (pages_unsupported.tsv)", [t for c, _, t in pages if c == lang])

    # Russian with Latin names, figures and addresses (UD, news text)
    ru_ud: list[str] = []
    for repo, f in (("UD_Russian-GSD", "ru_gsd-ud-dev.conllu"), ("UD_Russian-GSD", "ru_gsd-ud-test.conllu"),
                    ("UD_Russian-PUD", "ru_pud-ud-test.conllu")):
        ru_ud += ud_texts(show(mirror, f"UniversalDependencies+{repo}", f))
    add("ru", "UD_Russian GSD dev+test, PUD test (Latin words)",
        pick(ru_ud, 30, lambda t: re.search("[A-Za-z]{3,}", t) is not None and len(re.findall("[а-яё]", t)) > 15))
    taiga = []
    for f in ("ru_taiga-ud-dev.conllu", "ru_taiga-ud-test.conllu"):
        taiga += ud_texts(show(mirror, "UniversalDependencies+UD_Russian-Taiga", f))
    add("ru", "UD_Russian-Taiga dev+test (addresses; not langfresh's)",
        pick(taiga, 20, lambda t: re.search(r"https?://|www\.|\.ru\b|\.com\b|\.org\b", t) is not None
             and len(re.findall("[а-яё]", t)) > 15))
    # mixed lines: a real short Korean or Thai phrase (the first words of a real ko/th sentence) set in
    # parentheses after a word of a real Russian or Vietnamese sentence (the shape of "Сеул (서울)");
    # the line stays the language of its sentence.
    ko = [t for t in ud_texts(show(mirror, "UniversalDependencies+UD_Korean-PUD", "ko_pud-ud-test.conllu"))
          if t not in taken]
    th = [t for t in ud_texts(show(mirror, "UniversalDependencies+UD_Thai-PUD", "th_pud-ud-test.conllu"))
          if t not in taken]
    vi_l = show(mirror, lingua, "language-testdata/sentences/vi.txt").splitlines()
    ru_plain = pick(ru_ud, 20, lambda t: not re.search("[A-Za-z]", t) and 6 <= len(t.split()) <= 30)
    vi_plain = pick(vi_l, 20, lambda t: not re.search(r"[fjwzFJWZ]|\d", t) and 6 <= len(t.split()) <= 30)
    for lang, base in (("ru", ru_plain), ("vi", vi_plain)):
        mixed = []
        for i, sent in enumerate(base):
            src = ko if i % 2 == 0 else th
            frag = " ".join(rng.choice(src).split()[:2 if src is ko else 1])[:24].strip(".,;:!?\"'()")
            words = sent.split()
            k = rng.randrange(1, max(2, len(words) - 1))
            mixed.append(" ".join(words[:k] + [f"({frag})"] + words[k:]))
        add(lang, f"constructed: {'UD Russian test' if lang == 'ru' else 'lingua-py vi.txt'} sentence + "
                  "a Korean/Thai phrase from UD Korean-PUD / Thai-PUD", mixed)
    # plain Vietnamese with Latin look-alikes of spam tokens (codes, figures, addresses)
    vtb = ud_texts(show(mirror, "UniversalDependencies+UD_Vietnamese-VTB", "vi_vtb-ud-train.conllu"))
    look = re.compile(r"\b([A-Za-z]+[0-9]+[A-Za-z0-9-]*|[0-9]+[A-Za-z]+[A-Za-z0-9-]*|[a-z0-9-]+\.(vn|com|net|org))\b")
    add("vi", "lingua-py vi.txt + UD_Vietnamese-VTB train (codes, figures, addresses)",
        pick(vi_l + vtb, 30, lambda t: look.search(t) is not None and len(t.split()) >= 5))
    pclean = [line.split("\t") for line in (OUT / "pages_clean.tsv").read_text(encoding="utf-8").splitlines()
              if not line.startswith("#")]
    for lang in ("vi", "ru"):
        add(lang, "stored web pages (pages_clean.tsv)", [t for c, _, t in pclean if c == lang])
    with open(OUT / "sentences.tsv", "w", encoding="utf-8") as f:
        f.write("# split\texpected\tsource\ttext\n")
        for r in rows:
            f.write("\t".join(r) + "\n")

    # spam: one real gambling brand or domain pasted over one word of a clean Vietnamese sentence,
    # at a chosen place: the sentence's first word, a syllable of a capitalised name, a function word,
    # any other syllable.  The clean sentence (false alarms) is in the same row.
    carriers = pick(vi_l, 4 * SPAM_PER_SPLIT, lambda t: not re.search(r"[A-Za-z]*[fjwzFJWZ]|\d|https?|www|@", t)
                    and 8 <= len(t.split()) <= 40)
    spam: list[tuple[str, ...]] = []
    for split, names, pool in (("dev", SPAM_DEV, carriers[::2]), ("blind", SPAM_BLIND, carriers[1::2])):
        n = 0
        for sent in pool:
            if n == SPAM_PER_SPLIT:
                break
            place = PLACES[n % len(PLACES)]
            words = list(re.finditer(r"[^\W\d_]+", sent))
            if place == "start":
                cand = words[:1]
            elif place == "name":
                cand = [m for i, m in enumerate(words) if i > 0 and m.group()[0].isupper()]
            elif place == "function":
                cand = [m for m in words[1:] if m.group().lower() in FUNCTION]
            else:
                cand = [m for m in words[1:] if m.group()[0].islower() and m.group().lower() not in FUNCTION]
            if not cand:
                continue
            m = rng.choice(cand)
            name = names[n % len(names)]
            spam.append((split, sent[:m.start()] + name + sent[m.end():], name, m.group(), sent, place))
            n += 1
    with open(OUT / "spam.tsv", "w", encoding="utf-8") as f:
        f.write("# split\tspam text\ttoken\toriginal word\toriginal sentence\tplace\n")
        for r in spam:
            f.write("\t".join(r) + "\n")
    print(len(rows), "sentences,", len(spam), "spam cases")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror"))
