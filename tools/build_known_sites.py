"""Build ``mtpipe/clean/data/known_sites.txt``: domains of sites real text names (lang14, issue 12 point 3).

A text names a real site as a subject or an object ("Booking.com vừa công bố...", "của Amazon.com cho thấy",
"Trip.com là nền tảng..."), where lang13's domain rules saw a pasted token. Sites that many other sites link to
are such sites; random spam hosts ("paintflyz.com", "lemvigh.com") are not among them. Source: the Majestic
Million (https://majestic.com/reports/majestic-million, CC BY 3.0), the top ``--top`` rows of the copy in
https://github.com/drakelover911/Phishing-analyzer (``majestic_million.csv``, commit of 2026-03-12).

Kept: registrable names (``name.tld``, no subdomain), minus every name of a gambling brand's shape
(:func:`mtpipe.clean.spam_shapes.brand_shape`), of the shipped brand table (:func:`listed_brand`), or with a
gambling word (bet, casino, slot, poker, lotto...) or
under a gambling top-level domain (.casino, .bet, .vip, .win, .club...): a popular gambling site ("bet365.com", "1xbet.com") is still
spam when it is pasted over a syllable.

    python tools/build_known_sites.py --csv <(git --git-dir=/work/.mirror/drakelover911+Phishing-analyzer/repo \
        show HEAD:majestic_million.csv)
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

from mtpipe.clean.spam_lexicon import listed_brand
from mtpipe.clean.spam_shapes import brand_shape

OUT = Path(__file__).resolve().parents[1] / "mtpipe" / "clean" / "data" / "known_sites.txt"
_NAME_TLD = re.compile(r"[a-z0-9][a-z0-9-]{0,62}\.[a-z]{2,8}")
_GAMBLING_TLD = frozenset("bet casino poker bingo lotto vip win club games".split())
_GAMBLING = re.compile(r"bet|casino|slot|poker|lotto|bingo|xoso|nohu|nhacai|cacuoc|keo|gambl|jackpot|roulette|baccarat")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--csv", required=True)
    ap.add_argument("--top", type=int, default=15000)
    a = ap.parse_args()
    keep: set[str] = set()
    dropped = 0
    with open(a.csv, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if int(row["GlobalRank"]) > a.top:
                break
            dom = row["Domain"].strip().lower()
            if not _NAME_TLD.fullmatch(dom):
                continue
            name, tld = dom.split(".")
            if brand_shape(dom) or brand_shape(name) or listed_brand(dom) or _GAMBLING.search(dom) or tld in _GAMBLING_TLD:
                dropped += 1
                continue
            keep.add(dom)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(f"# domains of sites real text names: the Majestic Million's top {a.top} (CC BY 3.0), name.tld only,\n"
                f"# gambling names dropped ({dropped}); built by tools/build_known_sites.py (lang14)\n")
        for d in sorted(keep):
            f.write(d + "\n")
    print(f"{len(keep)} domains kept, {dropped} gambling names dropped -> {OUT}")


if __name__ == "__main__":
    main()
