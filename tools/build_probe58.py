"""Build ``benchmarks/data/probe58/docs.jsonl``: real ru and vi news article bodies, running text only (branch `probe58`).

Sources (provenance and licences in ``benchmarks/data/probe58/SOURCES``), read from local git mirrors:

* ru: NEREL (github.com/nerel-ds/NEREL), ``NEREL-v1.1/{train,dev,test}/*.txt`` -- news texts, a title line then
  paragraphs;
* vi: magizbox/scraper (github.com/magizbox/scraper), ``vn_news/repository/20170702_3000/*.txt`` -- articles
  scraped from baomoi.com (an aggregator of many papers), a title line then paragraphs.

A document keeps its title and its **running-text** paragraphs only: a line of at least 5 words that ends as a
sentence ends (. ! ? … or a closing quote/bracket after one).  Datelines, bylines ("Theo Vnreview", a lone name),
photo credits and other metadata lines are left out, so every line of the probe is content by construction.
Paragraphs after the 12th are dropped (size).  A document that shares any line of 40+ characters with a text file
under ``benchmarks/data`` is skipped (no text already in a part).  Split: sha1 of the document id, value mod 3 == 0
-> ``held`` (a third, never read to tune), else ``dev``.  Fixed here and written into the data.

    python tools/build_probe58.py --nerel /work/.mirror/nerel-ds+NEREL/repo \
        --baomoi /work/.mirror/magizbox+scraper/repo/.git [--per-lang 390]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "data" / "probe58" / "docs.jsonl"
_SENT_END = re.compile(r"[.!?…][\"'”»)\]]*$")
MAX_PARAS = 12


def _git(repo: str, *args: str) -> str:
    return subprocess.run(["git", "--git-dir", repo, *args], check=True, capture_output=True).stdout.decode("utf-8")


def _norm(s: str) -> str:
    return " ".join(unicodedata.normalize("NFC", s).split())


def running(line: str) -> bool:
    """A running-text paragraph: 5+ words, ends as a sentence ends."""
    return len(line.split()) >= 5 and bool(_SENT_END.search(line))


def select(text: str) -> list[str]:
    """The title (first non-empty line) and the running-text paragraphs of one article."""
    lines = [_norm(x) for x in text.splitlines()]
    lines = [x for x in lines if x]
    if len(lines) < 2:
        return []
    body = [x for x in lines[1:] if running(x)][:MAX_PARAS]
    out: list[str] = []
    for x in [lines[0], *body]:
        if x not in out:  # a paragraph printed twice is kept once
            out.append(x)
    return out if len(body) >= 2 else []


def known_lines() -> set[str]:
    """Every line of 40+ characters of the text files under benchmarks/data."""
    seen: set[str] = set()
    for f in (ROOT / "benchmarks" / "data").rglob("*"):
        if not f.is_file() or f.suffix in (".json", ".jsonl") and f.parent.name == "probe58":
            continue
        try:
            text = f.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        for line in text.splitlines():
            n = _norm(line.lstrip("+-=|# "))
            if len(n) >= 40:
                seen.add(n)
    return seen


def split_of(doc_id: str) -> str:
    return "held" if int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % 3 == 0 else "dev"


def collect(repo: str, pattern: str, lang: str, src: str, prefix: str, n: int, seen: set[str]) -> list[dict]:
    paths = [p for p in _git(repo, "ls-tree", "-r", "--name-only", "HEAD").splitlines() if re.fullmatch(pattern, p)]
    # a fixed, content-blind order: by the hash of the path
    paths.sort(key=lambda p: hashlib.sha1(p.encode()).hexdigest())
    commit = _git(repo, "rev-parse", "HEAD").strip()
    docs: list[dict] = []
    texts: set[tuple[str, ...]] = set()
    for p in paths:
        if len(docs) >= n:
            break
        lines = select(_git(repo, "show", f"HEAD:{p}"))
        if not lines or tuple(lines) in texts or any(x in seen for x in lines):
            continue
        texts.add(tuple(lines))
        doc_id = f"{prefix}-{Path(p).stem.replace('_text', '')}"
        docs.append({"id": doc_id, "lang": lang, "split": split_of(doc_id), "src": src,
                     "path": f"{p}@{commit[:7]}", "lines": lines})
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--nerel", required=True, help="git dir of nerel-ds/NEREL")
    ap.add_argument("--baomoi", required=True, help="git dir of magizbox/scraper")
    ap.add_argument("--per-lang", type=int, default=390)
    a = ap.parse_args()
    seen = known_lines()
    docs = collect(a.nerel, r"NEREL-v1\.1/(train|dev|test)/[^/]+\.txt", "ru", "nerel", "ru", a.per_lang, seen)
    docs += collect(a.baomoi, r"vn_news/repository/20170702_3000/\d+\.txt", "vi", "baomoi", "vi", a.per_lang, seen)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    for lang in ("ru", "vi"):
        ds = [d for d in docs if d["lang"] == lang]
        print(lang, len(ds), "docs", sum(len(d["lines"]) for d in ds), "lines",
              sum(d["split"] == "held" for d in ds), "held")


if __name__ == "__main__":
    main()
