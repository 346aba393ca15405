"""Build cp88's second Vietnamese clean-text sample: RSS titles and summaries of three national papers.

Source: github.com/hotrung1234/news-aggregator (``data/news/2026-08-*.json``: an RSS aggregator's daily files of
Tuổi Trẻ, Thanh Niên and VnExpress items, ``title``/``summary``/``link``; no licence file, so nothing is committed:
the sample goes to a folder outside the repository).  Items of all the daily files, in file order, de-duplicated by
link, with a title and a summary; shuffled with ``random.Random(seed)``; the first ``--n`` written, one a file:
title, a blank line, the summary.  The baomoi pool of ``build_vi_news_sample.py`` gives ~3 lines an article and no
removal; this gives the cleaner headlines and leads of other papers.

    python tools/build_vi_rss_sample.py --seed 88 --out /tmp/vi_rss_88
"""

from __future__ import annotations

import argparse
import json
import pathlib
import random
import subprocess

GITDIR = pathlib.Path("/work/.mirror/hotrung1234+news-aggregator/repo")
COMMIT = "37665210"


def _git(*args: str) -> str:
    gitdir = GITDIR / ".git" if (GITDIR / ".git").is_dir() else GITDIR
    return subprocess.run(["git", "--git-dir", str(gitdir), *args], capture_output=True, text=True,
                          check=True).stdout


def items() -> list[dict]:
    names = sorted(n for n in _git("ls-tree", "-r", "--name-only", COMMIT, "data/news/").split("\n")
                   if n.endswith(".json"))
    out, seen = [], set()
    for name in names:
        for row in json.loads(_git("show", f"{COMMIT}:{name}")):
            title, summary = (row.get("title") or "").strip(), (row.get("summary") or "").strip()
            if not title or not summary or row.get("link") in seen:
                continue
            seen.add(row.get("link"))
            out.append(dict(link=row.get("link", ""), title=title, summary=summary, source=row.get("source", "")))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=88)
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--out", type=pathlib.Path, default=None)
    a = ap.parse_args()
    out = a.out or pathlib.Path(f"/tmp/vi_rss_{a.seed}")
    rows = list(enumerate(items()))
    random.Random(a.seed).shuffle(rows)
    (out / "rss").mkdir(parents=True, exist_ok=True)
    index = []
    for i, row in rows[:a.n]:
        name = f"rss_{i:05d}.txt"
        (out / "rss" / name).write_text(f"{row['title']}\n\n{row['summary']}\n", encoding="utf-8")
        index.append(f"rss/{name}\t{row['source']}\t{row['link']}")
    (out / "index.tsv").write_text("\n".join(index) + "\n", encoding="utf-8")
    print("rss", len(rows), "items,", min(a.n, len(rows)), "written")


if __name__ == "__main__":
    main()
