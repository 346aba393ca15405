"""Build ``mtpipe/clean/data/latin_words.txt`` and ``latin_trigrams.txt`` (spam21, issue 12 point 3).

A spam host pasted over a Vietnamese syllable is often a bare name of no brand shape: a domain's label made of
English words ("rosycooks", "payperbite", "AcidCreek") or a random letter string ("lthxopni", "Pjlqve"). To tell
them from the foreign names, brands and loanwords real Vietnamese text writes in the same places, the cleaner needs
two facts it cannot compute at run time (wordfreq is an optional dependency):

- ``latin_words.txt``: the English words of wordfreq (``top_n_list("en", 400000)``, a-z only) a domain-name
  compound splits into: four letters at a Zipf frequency of ``--min-zipf`` (3.0) or more, three letters at 4.0
  ("now", "art", "pay"; not "ros", "vic": short rare pieces split any name), five or more at 2.5 ("pareto",
  "beadle"); then, marked ``+``, the words of that list and of wordfreq's Vietnamese list (Zipf >= 1.5) that are
  such compounds themselves ("cosplayer", "smartwatch", "robben"; "liveshow", "fanpage"): never a host name;
- ``latin_trigrams.txt``: letter-trigram counts (``^^`` start, ``$`` end, letters folded to a-z) over the
  ``--per-lang`` (20,000) most frequent words of 19 languages written in Latin letters (Vietnamese with its marks
  taken off among them), so that a Polish, Dutch or Vietnamese name reads as a word of some language and a random
  string does not.

    python tools/build_spam_names.py
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "mtpipe" / "clean" / "data"
LANGS = "en de fr es it nl pl pt id tr sv fi cs hu ro vi ms da nb".split()


def fold(word: str) -> str:
    """Lower case, marks taken off, đ -> d (as :mod:`mtpipe.clean.spam_names` folds a token)."""
    w = unicodedata.normalize("NFD", word.lower()).replace("đ", "d")
    return "".join(c for c in w if not unicodedata.combining(c))


def _splits(word: str, pieces: set[str]) -> bool:
    """Whether ``word`` is two or three pieces end to end (as :func:`mtpipe.clean.spam_names.name_shape` splits)."""
    from mtpipe.clean.spam_names import _splits as split

    return split(word, frozenset(pieces), 3)


def main() -> None:
    from wordfreq import top_n_list, zipf_frequency

    ap = argparse.ArgumentParser()
    ap.add_argument("--min-zipf", type=float, default=3.0)
    ap.add_argument("--min-zipf-short", type=float, default=4.0)
    ap.add_argument("--min-zipf-long", type=float, default=2.5)
    ap.add_argument("--min-zipf-solid", type=float, default=1.5)
    ap.add_argument("--solid-top", type=int, default=400000)
    ap.add_argument("--per-lang", type=int, default=20000)
    a = ap.parse_args()
    # pieces: four letters or more at Zipf >= min_zipf, three letters at Zipf >= min_zipf_short ("now", "art",
    # "pay", "toy"; not "ros", "vic", "bao": short rare pieces split any name)
    # five letters or more at Zipf >= min_zipf_long ("pareto", "beadle": the rarer a word, the longer it must be)
    top = [w for w in top_n_list("en", a.solid_top) if re.fullmatch(r"[a-z]{3,}", w)]
    need = {3: a.min_zipf_short, 4: a.min_zipf}
    pieces = {w for w in top if zipf_frequency(w, "en") >= need.get(len(w), a.min_zipf_long)}
    # words English writes that are such compounds themselves ("cosplayer", "smartwatch", "robben"): never a host name
    solid = {w for w in top if len(w) >= 6 and w not in pieces
             and zipf_frequency(w, "en") >= a.min_zipf_solid and _splits(w, pieces)}
    # and the loanwords Vietnamese writes solid ("liveshow", "fanpage", "gameshow": wordfreq's Vietnamese list)
    solid |= {w for w in top_n_list("vi", a.solid_top) if re.fullmatch(r"[a-z]{6,}", w) and w not in pieces
              and zipf_frequency(w, "vi") >= a.min_zipf_solid and _splits(w, pieces)}
    (DATA / "latin_words.txt").write_text(
        f"# English words: pieces (four letters: Zipf >= {a.min_zipf}, three: >= {a.min_zipf_short}, five or more: >= "
        f"{a.min_zipf_long}), then '+' and the solid "
        f"compounds of them English writes (Zipf >= {a.min_zipf_solid}) (tools/build_spam_names.py)\n"
        + "\n".join(sorted(pieces)) + "\n" + "\n".join("+" + w for w in sorted(solid)) + "\n", encoding="utf-8")
    tri: Counter[str] = Counter()
    for lang in LANGS:
        for w in top_n_list(lang, a.per_lang):
            w = fold(w)
            if re.fullmatch(r"[a-z]{2,}", w):
                s = "^^" + w + "$"
                tri.update(s[i - 2:i + 1] for i in range(2, len(s)))
    lines = [f"{t}\t{n}" for t, n in sorted(tri.items())]
    (DATA / "latin_trigrams.txt").write_text(
        f"# letter trigrams of {a.per_lang} words x {len(LANGS)} languages: {' '.join(LANGS)} (tools/build_spam_names.py)\n"
        + "\n".join(lines) + "\n", encoding="utf-8")
    print(len(pieces), "pieces,", len(solid), "solid compounds,", len(tri), "trigrams")


if __name__ == "__main__":
    main()
