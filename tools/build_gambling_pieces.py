"""Build ``mtpipe/clean/data/gambling_pieces.txt`` (spam42, issue 12 point 3).

Gambling sites name themselves with English words of their trade's own vocabulary, run together ("reels", "spins",
"jackpot", "riches", "kings", "fortune", "vegas"), and spam pastes those names once into Vietnamese text written in
camel case ("ReelsOfJoy", "KingsChance"). Real camel-case brands a Vietnamese text names ("LipIce", "GreenCar",
"MarryBaby", "OpenNet") are made of English words too, and the context model reads both alike; what tells them apart
is the vocabulary. This script counts it on real gambling domains rather than typing it by hand:

- the labels of two public gambling blocklists (each label once: its name before the top-level domain, figures cut
  out): dancharlton9/gambling-blocklist (``lists/blocklist.txt``, MIT; non-GamStop casinos) and
  elliotwutingfeng/Estonia-Blocked-Gambling-Websites (``blocklist.txt``, BSD-3-Clause; the Estonian Tax and Customs
  Board's list), read from their stored repository versions;
- each label split into the fewest English words of ``latin_words.txt`` (three letters or more) end to end;
- a word is kept when it stands in ``--min-labels`` (3) labels or more and its share of labels is at least
  ``--min-lift`` (0.15) times ``10 ** (zipf - 3)`` (wordfreq 3.1.1's English Zipf frequency; build time only): a
  word of the trade ("casino" in 377 labels, "reels" in 5), not a word every name uses ("online", "play", "red").

Neither blocklist is a source of langfresh25's tokens (hostsVN and TrustPositif); langfresh24's came from these two,
so its figures with this table are in-sample.

    python tools/build_gambling_pieces.py --mirror /work/.mirror
"""

from __future__ import annotations

import argparse
import re
import subprocess
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "mtpipe" / "clean" / "data"
LISTS = [("dancharlton9+gambling-blocklist", "lists/blocklist.txt"),
         ("elliotwutingfeng+Estonia-Blocked-Gambling-Websites", "blocklist.txt")]


def labels(mirror: Path) -> set[str]:
    out: set[str] = set()
    for repo, path in LISTS:
        text = subprocess.run(["git", "-C", str(mirror / repo / "repo"), "show", f"HEAD:{path}"], check=True,
                              capture_output=True, text=True).stdout
        for line in text.splitlines():
            host = line.strip().lower()
            if not host or host.startswith(("#", "!")):
                continue
            parts = [p for p in host.split(".") if p not in ("www", "m")]
            if len(parts) >= 2:
                out.add(re.sub(r"\d+", "-", parts[-2]))
    return out


def split(run: str, words: set[str]) -> list[str] | None:
    """The fewest words of ``words`` that make ``run`` end to end, or None."""
    best: list[list[str] | None] = [[]] + [None] * len(run)
    for i in range(len(run)):
        if best[i] is None:
            continue
        for j in range(i + 3, len(run) + 1):
            w = run[i:j]
            if w in words and (best[j] is None or len(best[j]) > len(best[i]) + 1):  # type: ignore[arg-type]
                best[j] = best[i] + [w]  # type: ignore[operator]
    return best[-1]


def main() -> None:
    from wordfreq import zipf_frequency

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    ap.add_argument("--min-labels", type=int, default=3)
    ap.add_argument("--min-lift", type=float, default=0.15)
    a = ap.parse_args()
    words = {w.strip() for w in (DATA / "latin_words.txt").read_text(encoding="utf-8").splitlines()
             if w.strip() and w[0] not in "#+" and len(w.strip()) >= 3}
    labs = labels(a.mirror)
    count: Counter[str] = Counter()
    for lab in labs:
        found: set[str] = set()
        for run in re.findall(r"[a-z]+", lab):
            found |= set(split(run, words) or [])
        count.update(found)
    kept = sorted((w for w, n in count.items() if n >= a.min_labels
                   and n / 10 ** (zipf_frequency(w, "en") - 3) >= a.min_lift), key=lambda w: (-count[w], w))
    head = [f"# gambling_pieces.txt: English words of the gambling trade's site names (tools/build_gambling_pieces.py;",
            f"# {len(labs)} labels of dancharlton9/gambling-blocklist 4526782 (MIT) and",
            "# elliotwutingfeng/Estonia-Blocked-Gambling-Websites 9e0fe0b (BSD-3-Clause); wordfreq 3.1.1 Zipf at build time).",
            f"# --min-labels {a.min_labels} --min-lift {a.min_lift}; columns: word, labels holding it"]
    (DATA / "gambling_pieces.txt").write_text("\n".join(head + [f"{w}\t{count[w]}" for w in kept]) + "\n",
                                              encoding="utf-8")
    print(len(labs), "labels,", len(kept), "words")


if __name__ == "__main__":
    main()
