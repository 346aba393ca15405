"""Glossary matching throughput with a generated 10,000-entry glossary.

Builds a synthetic glossary (pinyin-like English names, Palladius-like Russian
names with generated case forms, Vietnamese-like names with tone marks, hanzi)
plus the starter glossaries, then times:

* compiling the matcher (the Aho-Corasick automata);
* :meth:`Matcher.find` over segments in each language (segments/s, chars/s);
* the protect stage over a document, for the cost per segment.

Segments are the shared seeds (when present) cut into sentences, plus generated
sentences that mention glossary names, so both hit-rich and hit-poor text is
timed.  Prints figures and ratios; asserts nothing.

Run: ``python benchmarks/glossary_match.py [--entries 10000] [--segments 2000]``
"""

from __future__ import annotations

import argparse
import random
import re
import time
import unicodedata
from pathlib import Path

from mtpipe.glossary import Entry, Glossary, Matcher, case_forms, load_glossaries

REPO = Path(__file__).resolve().parents[1]
#: The five shared seeds; the repository keeps the same files in tests/data/seeds (a clone without
#: ../shared, as the tests run, reads those)
SEEDS = REPO.parent / "shared" / "seeds"
if not SEEDS.is_dir():
    SEEDS = REPO / "tests" / "data" / "seeds"

INITIALS = ["b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "zh", "ch", "sh", "r", "z", "c", "s",
            "y", "w"]
FINALS = ["a", "ai", "an", "ang", "ao", "e", "ei", "en", "eng", "i", "in", "ing", "o", "ong", "ou", "u", "un", "uo"]
RU_I = {"b": "б", "p": "п", "m": "м", "f": "ф", "d": "д", "t": "т", "n": "н", "l": "л", "g": "г", "k": "к", "h": "х",
        "j": "цз", "q": "ц", "x": "с", "zh": "чж", "ch": "ч", "sh": "ш", "r": "ж", "z": "цз", "c": "ц", "s": "с",
        "y": "", "w": "в"}
RU_F = {"a": "а", "ai": "ай", "an": "ань", "ang": "ан", "ao": "ао", "e": "э", "ei": "эй", "en": "энь", "eng": "эн",
        "i": "и", "in": "инь", "ing": "ин", "o": "о", "ong": "ун", "ou": "оу", "u": "у", "un": "унь", "uo": "о"}
VI = ["Vương", "Lý", "Trương", "Lưu", "Trần", "Dương", "Hoàng", "Triệu", "Ngô", "Chu", "Từ", "Tôn", "Mã", "Hồ",
      "Quách", "Hà", "Cao", "Lâm", "Hòa", "Thuỷ", "Quang", "Trung", "Hải", "Bình", "Minh", "Xuân", "Tường"]


def _syllable(rng: random.Random) -> tuple[str, str]:
    i, f = rng.choice(INITIALS), rng.choice(FINALS)
    return i + f, (RU_I[i] + RU_F[f]) or RU_F[f]


def synthetic(n: int, seed: int = 0) -> Glossary:
    """``n`` entries with distinct English names and ru/vi/zh aliases."""
    rng = random.Random(seed)
    entries, seen = [], set()
    while len(entries) < n:
        parts = [_syllable(rng) for _ in range(rng.randint(2, 4))]
        en = parts[0][0].capitalize() + " " + "".join(p[0] for p in parts[1:]).capitalize()
        if en in seen:
            continue
        seen.add(en)
        ru = parts[0][1].capitalize() + " " + "".join(p[1] for p in parts[1:]).capitalize()
        vi = " ".join(rng.choice(VI) for _ in parts)
        zh = "".join(chr(0x4E00 + rng.randrange(0x5000)) for _ in parts)
        entries.append(Entry(id=f"gen-{len(entries)}", kind=rng.choice(["person", "place"]), en=en, zh=zh,
                             aliases={"ru": [ru], "vi": [vi]}))
    return Glossary(entries=entries)


def segments(glossary: Glossary, n: int, seed: int = 1) -> dict[str, list[str]]:
    """Per language, ``n`` segments: seed sentences and generated sentences naming entries."""
    rng = random.Random(seed)
    fillers = {
        "ru": "посетил демонстрационную зону и подчеркнул важность инвестиций в новую эпоху",
        "en": "visited the demonstration zone and stressed the importance of investment in the new era",
        "vi": "đã đến thăm khu trình diễn và nhấn mạnh tầm quan trọng của đầu tư trong thời đại mới",
        "zh": "考察了示范区并强调了新时代投资的重要性",
    }
    out: dict[str, list[str]] = {lang: [] for lang in fillers}
    if SEEDS.is_dir():
        for p in sorted(SEEDS.glob("*.txt")):
            text = unicodedata.normalize("NFC", p.read_text(encoding="utf-8"))
            lang = "ru" if re.search("[а-я]", text) else "vi" if re.search("[ạảấầẩẫậắằẳẵặ]", text) else "en"
            out[lang] += [s for s in re.split(r"(?<=[.!?。])\s+", text) if s.strip()]
    for lang, words in fillers.items():
        words_l = words.split() if lang != "zh" else list(words)
        while len(out[lang]) < n:
            e = rng.choice(glossary.entries)
            name = {"ru": rng.choice(case_forms((e.aliases.get("ru") or [e.en])[0])),
                    "vi": (e.aliases.get("vi") or [e.en])[0], "en": e.en, "zh": e.zh}[lang]
            k = rng.randint(3, len(words_l) - 1)
            sep = "" if lang == "zh" else " "
            out[lang].append(sep.join(words_l[:k] + [name] + words_l[k:]) + ("。" if lang == "zh" else "."))
        out[lang] = out[lang][:n]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entries", type=int, default=10_000)
    ap.add_argument("--segments", type=int, default=2_000, help="segments per language")
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()

    starter = load_glossaries([REPO / "glossaries"])
    big = synthetic(a.entries)
    glossary = Glossary(entries=starter.entries + big.entries)
    t0 = time.perf_counter()
    matcher = Matcher(glossary)
    build = time.perf_counter() - t0
    small = Matcher(starter)
    print(f"glossary: {len(glossary):,} entries ({len(starter)} starter + {len(big):,} generated), "
          f"{matcher.n_keys:,} keys incl. Russian case forms; automaton built in {build:.2f} s")

    segs = segments(glossary, a.segments)
    total_segs = total_time = total_small = 0.0
    print(f"{'lang':5s} {'segments':>9s} {'chars':>9s} {'matches':>8s} {'seg/s':>10s} {'chars/s':>11s} "
          f"{'vs starter':>10s}")
    for lang, texts in segs.items():
        chars = sum(map(len, texts))
        best = best_small = float("inf")
        hits = 0
        for _ in range(a.repeat):
            t0 = time.perf_counter()
            hits = sum(len(matcher.find(t, lang)) for t in texts)
            best = min(best, time.perf_counter() - t0)
            t0 = time.perf_counter()
            for t in texts:
                small.find(t, lang)
            best_small = min(best_small, time.perf_counter() - t0)
        total_segs += len(texts)
        total_time += best
        total_small += best_small
        print(f"{lang:5s} {len(texts):9d} {chars:9d} {hits:8d} {len(texts) / best:10,.0f} {chars / best:11,.0f} "
              f"{best / best_small:9.2f}x")
    print(f"all   {int(total_segs):9d} segments: {total_segs / total_time:,.0f} segments/s with {len(glossary):,} "
          f"entries; {total_time / total_small:.2f}x the time of the {len(starter)}-entry starter glossary")


if __name__ == "__main__":
    main()
