"""Input folder of field trial 6 (docs/field-trial-6.md): split, glossary edits, mixed-language pages.

Usage: python tools/field_trial/make_input_6.py MIRROR_DIR IN5_DIR IN_DIR SPAM_LINES

IN5_DIR is the folder ``tools/field_trial/make_input_5.py`` builds (baomoi.com articles, Taiga documents,
trial 4's real pages); MIRROR_DIR is the ``fetch`` tool's folder, with the UD treebanks named in UD below
(each CC BY-SA 4.0).  Nothing built here is kept in the repository.  The folder:

- ``ru/pages/``: trial 4's seven Russian pages as they are;
- ``ru/mixed/``: the same pages with lines of other languages put after every third line (Ukrainian,
  Serbian in Latin and Cyrillic, Belarusian, Macedonian, Korean, Thai sentences of the UD dev/test files);
- ``vi/news/``: 40 baomoi articles; ``vi/spam/``: 12 of them with gambling-spam lines (real spam excerpts of
  the search tool's pages corpus, one a line in SPAM_LINES, not kept here: see the doc, and brand stems held out of mtpipe's brand table,
  ``benchmarks/data/langfresh12/heldout_stems.txt``);
- ``dump.txt`` beside IN_DIR (not inside): 150 baomoi articles concatenated (~400 KB), for ``mtpipe split``.

Deterministic (sorted paths, seeded random).
"""
from __future__ import annotations

import pathlib
import random
import subprocess
import sys

UD = [("uk", "UD_Ukrainian-IU", "uk_iu-ud-dev.conllu"), ("sr", "UD_Serbian-SET", "sr_set-ud-dev.conllu"),
      ("be", "UD_Belarusian-HSE", "be_hse-ud-dev.conllu"), ("mk", "UD_Macedonian-MTB", "mk_mtb-ud-test.conllu"),
      ("ko", "UD_Korean-PUD", "ko_pud-ud-test.conllu"), ("th", "UD_Thai-PUD", "th_pud-ud-test.conllu")]
def ud_sentences(mirror: pathlib.Path, repo: str, path: str) -> list[str]:
    text = subprocess.run(["git", "--git-dir", str(mirror / f"UniversalDependencies+{repo}" / "repo"), "show",
                           f"HEAD:{path}"], check=True, capture_output=True, text=True).stdout
    return [ln[len("# text = "):].strip() for ln in text.splitlines() if ln.startswith("# text = ")]


def cyrillic_serbian(s: str) -> str:
    pairs = [("lj", "љ"), ("nj", "њ"), ("dž", "џ"), ("Lj", "Љ"), ("Nj", "Њ"), ("Dž", "Џ")]
    for a, b in pairs:
        s = s.replace(a, b)
    lat = "abvgdđežzijklmnoprstćufhcčšABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠ"
    cyr = "абвгдђежзијклмнопрстћуфхцчшАБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ"
    return s.translate(str.maketrans(lat, cyr))


def main() -> None:
    mirror, in5, out, spam_file = (pathlib.Path(a) for a in sys.argv[1:5])
    spam_lines = [ln for ln in spam_file.read_text(encoding="utf-8").splitlines() if ln.strip()]
    rng = random.Random(6)
    pools = {lang: [s for s in ud_sentences(mirror, repo, f) if 30 <= len(s) <= 160] for lang, repo, f in UD}
    held = [s for s in (pathlib.Path(__file__).resolve().parents[2] / "benchmarks/data/langfresh12/heldout_stems.txt")
            .read_text(encoding="utf-8").splitlines() if s and not s.startswith("#") and s.isalnum()]
    n = 0  # lines put in so far, over all pages: the language cycles through UD
    for p in sorted((in5 / "ru" / "pages").glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        (out / "ru" / "pages").mkdir(parents=True, exist_ok=True)
        (out / "ru" / "pages" / p.name).write_text(text, encoding="utf-8")
        mixed: list[str] = []
        for i, para in enumerate(text.split("\n")):
            mixed.append(para)
            if i % 3 == 2 and para.strip():
                lang = UD[n % len(UD)][0]
                s = rng.choice(pools[lang])
                n += 1
                if lang == "sr" and n % 12 == 2:
                    s = cyrillic_serbian(s)
                mixed.append(s)
        (out / "ru" / "mixed").mkdir(parents=True, exist_ok=True)
        (out / "ru" / "mixed" / p.name).write_text("\n".join(mixed), encoding="utf-8")
    arts = sorted((in5 / "vi" / "baomoi").rglob("*.txt"))
    (out / "vi" / "news").mkdir(parents=True, exist_ok=True)
    (out / "vi" / "spam").mkdir(parents=True, exist_ok=True)
    for a in arts[:40]:
        (out / "vi" / "news" / a.name).write_bytes(a.read_bytes())
    for k, a in enumerate(arts[40:52]):
        paras = a.read_text(encoding="utf-8").split("\n")
        brands = rng.sample(held, 3)
        spam = [spam_lines[k % len(spam_lines)], f"{brands[0]} - {brands[1]} nhà cái uy tín, link vào {brands[2]} mới nhất"]
        paras.insert(len(paras) // 2, spam[0])
        paras.append(spam[1])
        (out / "vi" / "spam" / a.name).write_text("\n".join(paras), encoding="utf-8")
    dump = "\n\n".join(a.read_text(encoding="utf-8").strip() for a in arts[100:250])
    (out.parent / "dump.txt").write_text(dump + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
