"""Build ``mtpipe/clean/data/rare_compounds.txt`` (spam90, issue 12 point 3).

``latin_words.txt`` (tools/build_spam_names.py) lists the compounds English writes solid down to a Zipf frequency
of 1.5 ("cosplayer", "smartwatch"). :mod:`mtpipe.clean.spam_engslot` flags a lower-case compound of two English
words pasted over a Vietnamese syllable ("hữu instaplay.", "cung tripleseven thời"), and real Vietnamese news
writes rarer English compounds in the same places ("dancesport" 1.39, "streetstyle" 1.47, "shophouse" 1.38,
"bluechip" 1.31, "backtest" 1.37, "lightstick" 1.17: benchmarks/notes/spam90.md). This lists every other word of
wordfreq's English and Vietnamese lists (``top_n_list(lang, 400000)``, any frequency: wordfreq keeps a word seen
in enough of its sources) of seven letters or more, a-z only, that splits into two or three words of
``latin_words.txt`` (as the solid compounds are found) and is none of them: a word some writer uses, so no
invented host name. Of the dev spam sets' 3,509 tokens and pieces one is listed ("bitconnect", a real scheme's
name, written in title case in langfresh21).

    python tools/build_rare_compounds.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "mtpipe" / "clean" / "data"


def main() -> None:
    from wordfreq import top_n_list

    sys.path.insert(0, str(ROOT))
    from mtpipe.clean.spam_names import _splits, load_words, solid_compounds

    pieces, solid = load_words(), solid_compounds()
    words = {w for lang in ("en", "vi") for w in top_n_list(lang, 400000) if re.fullmatch(r"[a-z]{7,}", w)}
    rare = sorted(w for w in words if w not in pieces and w not in solid and _splits(w, pieces, 3))
    (DATA / "rare_compounds.txt").write_text(
        "# English (and Vietnamese-list) words of wordfreq 3.1.1, seven letters or more, that split into two or three "
        "words of latin_words.txt and are no word of it (tools/build_rare_compounds.py; spam90)\n"
        + "\n".join(rare) + "\n", encoding="utf-8")
    print(len(rare), "words")


if __name__ == "__main__":
    main()
