"""Build ``mtpipe/clean/data/spam_brands.txt`` (gambling brand stems) from a real blocklist (lang12).

Source: hostsVN (github.com/bigdargon/hostsVN, MIT), ``extensions/source/gambling.txt`` and
``extensions/source/gambling-VN.txt`` (the list StevenBlack/hosts ships as its gambling extension), read from
a bare git mirror (``fetch`` tool: /work/.mirror/bigdargon+hostsVN/repo).  Each domain's registrable name
(the label before the public suffix) is reduced by :func:`mtpipe.clean.spam_lexicon.brand_stem`; stems are
dropped when they are a word or a name (wordfreq 3.1.1, PyPI, MIT code / CC BY-SA data: Zipf frequency 2.0 or
more in English or Vietnamese, 2.5 or more in French, German, Spanish, Portuguese, Italian, Indonesian), a
Vietnamese syllable or a token of the syllable model's text (``mtpipe/models/data/corpus.vi.txt``), shorter
than three characters, of digits only, or letters only of three or four with none of f, j, w, z (an acronym's
shape: UBND, ATGT, CSGT).  A seeded random 30% of the remaining stems is held out of the shipped table
(``benchmarks/data/langfresh12/heldout_stems.txt``) for the blind set; then letter-only stems of Zipf frequency
3.0 or more in another of wordfreq's Latin-script languages are left out of the table too, and (lang13) stems
Vietnamese text writes as words (:func:`vietnamese_use`: "hotgirl", "worldcup", "102k", "77a").

    python tools/build_spam_brands.py --mirror /work/.mirror/bigdargon+hostsVN/repo
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
from collections import Counter
from pathlib import Path

from wordfreq import zipf_frequency

from mtpipe.clean.spam_bigrams import CORPUS, load_bigrams
from mtpipe.clean.spam_gaps import _SYLLABLE, vietnamese_syllable
from mtpipe.clean.spam_lexicon import BRANDS, brand_stem

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "benchmarks" / "data" / "langfresh12" / "heldout_stems.txt"
FILES = ("extensions/source/gambling.txt", "extensions/source/gambling-VN.txt")
# second-level labels of public suffixes ("fun88.co.uk", "bet.com.au")
_SLD = frozenset("co com net org gov edu ac or ne go info biz".split())
_OTHER = ("fr", "de", "es", "pt", "it", "id")
# more languages of Latin script, checked after the held-out draw (so that draw, and langfresh12, stay as they
# were): a common word or name in one of them ("Srbija", "Hrvatska", "Jollibee" the restaurant chain) is no brand
_MORE = tuple("ca cs da fi fil hr hu lt lv ms nb nl pl ro sk sl sv tr".split())


def registrable(domain: str) -> str | None:
    parts = domain.strip().lower().split(".")
    if len(parts) < 2:
        return None
    if len(parts) >= 3 and parts[-2] in _SLD and len(parts[-1]) == 2:
        return parts[-3]
    return parts[-2]


def is_word(stem: str, corpus_tokens: set[str], uni) -> bool:
    if zipf_frequency(stem, "en") >= 2.0 or zipf_frequency(stem, "vi") >= 2.0:
        return True
    if any(zipf_frequency(stem, lang) >= 2.5 for lang in _OTHER):
        return True
    return vietnamese_syllable(stem, uni) or stem in corpus_tokens or unaccented_vietnamese(stem)


def unaccented_vietnamese(stem: str) -> bool:
    """Letters that read as two or three Vietnamese syllables written without marks ("bongda", "tintuc"):
    a site or a name a Vietnamese text may write so."""
    return stem.isalpha() and bool(re.fullmatch(f"(?:{_SYLLABLE.pattern}){{2,3}}", stem))


# gambling words: a compound holding one is a brand however common its parts ("sunwin", "luckyking")
_GAMBLING_PART = frozenset(("win bet club vip casino slot slots game games gaming luck lucky jackpot bingo lotto poker "
                            "xoso nohu keo cash money gold king rich play spin dice card cards baccarat roulette sport "
                            "sports odds tip tips fun bonus stake fortune ball goal").split())


def vietnamese_use(stem: str) -> bool:
    """A stem Vietnamese text writes as a word (lang13; checked after the held-out draw, so that draw and langfresh12
    stay): a solid compound of two words that Vietnamese text itself writes often (wordfreq's Vietnamese list,
    Zipf 4.0 or more each: "hot" 4.66 and "girl" 4.27 make "hotgirl"; "world" and "cup" "worldcup"), neither a
    gambling word; or a number with letters after it that Vietnamese text writes at all (prices, plates, sizes:
    "102k", "77a", "134mm", "2025a")."""
    if re.fullmatch(r"\d+[a-z]{1,2}", stem):
        return zipf_frequency(stem, "vi") > 0
    if not stem.isalpha():
        return False
    return any(zipf_frequency(stem[:i], "vi") >= 4.0 and zipf_frequency(stem[i:], "vi") >= 4.0
               and stem[:i] not in _GAMBLING_PART and stem[i:] not in _GAMBLING_PART for i in range(3, len(stem) - 2))


def keep_shape(stem: str) -> bool:
    if len(stem) < 3 or stem.isdigit() or not re.fullmatch(r"[a-z0-9]+", stem):
        return False
    if stem.isalpha() and len(stem) <= 4 and not re.search(r"[fjwz]", stem):
        return False
    return len(stem) <= 20


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mirror", default="/work/.mirror/bigdargon+hostsVN/repo")
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--held-out", type=float, default=0.3)
    args = ap.parse_args()
    commit = subprocess.run(["git", "--git-dir", args.mirror, "rev-parse", "HEAD"], capture_output=True, text=True,
                            check=True).stdout.strip()
    names: Counter[str] = Counter()
    for f in FILES:
        text = subprocess.run(["git", "--git-dir", args.mirror, "show", f"HEAD:{f}"], capture_output=True, text=True,
                              check=True).stdout
        for line in text.splitlines():
            line = line.split("#", 1)[0].strip()
            if line and (name := registrable(line)):
                names[name] += 1
    stems = Counter(brand_stem(n) for n in names)
    uni = load_bigrams().uni
    corpus_tokens = {w.lower() for w in re.findall(r"[A-Za-z0-9]+", CORPUS.read_text(encoding="utf-8"))}
    kept = sorted(s for s in stems if keep_shape(s) and not is_word(s, corpus_tokens, uni))
    rng = random.Random(args.seed)
    held = set(rng.sample(kept, round(args.held_out * len(kept))))
    ship = [s for s in kept if s not in held and not (s.isalpha() and any(zipf_frequency(s, lang) >= 3.0 for lang in _MORE))
            and not vietnamese_use(s)]
    head = (f"# gambling brand stems, built by tools/build_spam_brands.py from hostsVN {commit[:12]} "
            f"(MIT; see SOURCES.md): {len(names)} names, {len(stems)} stems, {len(kept)} kept, "
            f"{len(held)} held out (seed {args.seed}), {len(kept) - len(held) - len(ship)} more words dropped\n")
    BRANDS.write_text(head + "\n".join(ship) + "\n", encoding="utf-8")
    HELDOUT.parent.mkdir(parents=True, exist_ok=True)
    HELDOUT.write_text("# stems held out of mtpipe/clean/data/spam_brands.txt (" + head[2:].strip() + ")\n"
                       + "\n".join(sorted(held)) + "\n", encoding="utf-8")
    print(head.strip(), BRANDS.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
