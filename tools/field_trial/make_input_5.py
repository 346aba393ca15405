"""Input folder of field trial 5 (docs/field-trial-5.md): batch jobs at scale.

Usage: python tools/field_trial/make_input_5.py MIRROR_DIR IN_DIR [--pages PAGES_DIR] [--docs N]

MIRROR_DIR is the folder the ``fetch`` tool fills (``/work/.mirror``); it must hold
``magizbox+scraper`` (baomoi.com articles in ``vn_news/data``; no licence stated, so nothing is kept in
this repository) and ``UniversalDependencies+UD_Russian-Taiga`` (CC BY-SA 4.0; the ``# text`` lines of
its dev and test files, grouped by ``# newdoc id``).  PAGES_DIR (optional) holds the real pages of
field trial 4 (``<lang>-<site>.txt``).  The folder built around them:

- ``vi/baomoi/<yyyy>/<a>/<b>/<c>/<id>.txt``: N Vietnamese articles that name China (``Trung Quốc``),
  six folders deep;
- ``ru/taiga/<source>/<doc>.txt``: Russian documents of Taiga (news, blogs, fiction);
- ``big/``: a few files of several MB (articles concatenated; their paragraphs recur in the small
  files, so the translation memory sees duplicates across files) and one of ~1 MB in a single line
  per article;
- ``tiny/``: many one-line files (titles, a sentence, a number, a word), some identical;
- ``dup/``: exact copies of articles under other names and folders.

The choice is deterministic (sorted ids, a seeded random), so the folder is rebuilt byte for byte.
"""
from __future__ import annotations

import argparse
import pathlib
import random
import subprocess
import sys


def git_show(git_dir: pathlib.Path, path: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(git_dir), "show", f"HEAD:{path}"],
                          check=True, capture_output=True).stdout


def git_cat_many(git_dir: pathlib.Path, paths: list[str]) -> list[bytes]:
    """Blob contents of many paths in one ``git cat-file --batch`` call."""
    inp = "".join(f"HEAD:{p}\n" for p in paths).encode()
    out = subprocess.run(["git", "--git-dir", str(git_dir), "cat-file", "--batch"], input=inp,
                         check=True, capture_output=True).stdout
    res, i = [], 0
    for _ in paths:
        nl = out.index(b"\n", i)
        size = int(out[i:nl].split()[2])
        res.append(out[nl + 1:nl + 1 + size])
        i = nl + 1 + size + 1
    return res


def git_dir(mirror: pathlib.Path, name: str) -> pathlib.Path:
    base = mirror / name / "repo"
    return base / ".git" if (base / ".git").exists() else base


def taiga_docs(gd: pathlib.Path) -> list[tuple[str, str]]:
    """Taiga's sentences grouped by source (the ``sent_id`` before its number), 25 to a document."""
    by: dict[str, list[str]] = {}
    for f in ("ru_taiga-ud-dev.conllu", "ru_taiga-ud-test.conllu"):
        sid = ""
        for line in git_show(gd, f).decode("utf-8").splitlines():
            if line.startswith("# sent_id"):
                sid = line.split("=", 1)[1].strip().rsplit("-", 1)[0]
            elif line.startswith("# text =") and sid:
                by.setdefault(sid, []).append(line.split("=", 1)[1].strip())
    docs = []
    for src in sorted(by):
        lines = by[src]
        for k in range(0, len(lines), 25):
            docs.append((f"{src}/{src}-{k // 25:03d}", "\n".join(lines[k:k + 25]) + "\n"))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mirror", type=pathlib.Path)
    ap.add_argument("out", type=pathlib.Path)
    ap.add_argument("--pages", type=pathlib.Path)
    ap.add_argument("--docs", type=int, default=700, help="Vietnamese articles (default 700)")
    ap.add_argument("--taiga", type=int, default=300, help="Russian documents (default 300)")
    ap.add_argument("--big-mb", type=float, default=3.0, help="size of the largest file")
    a = ap.parse_args()
    if a.out.exists() and any(a.out.iterdir()):
        sys.exit(f"{a.out} exists and is not empty")
    rnd = random.Random(5)

    def w(rel: str, data: str | bytes) -> None:
        p = a.out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))

    gd = git_dir(a.mirror, "magizbox+scraper")
    names = subprocess.run(["git", "--git-dir", str(gd), "ls-tree", "--name-only", "HEAD",
                            "vn_news/data/"], check=True, capture_output=True, text=True).stdout.split()
    blobs = git_cat_many(gd, names)
    china = []
    for n, b in zip(names, blobs):
        t = b.decode("utf-8", "replace")
        if "Trung Quốc" in t and 300 < len(t) < 4000:
            china.append((n.rsplit("/", 1)[1][:-4], t))
    arts = china[: a.docs]
    for i, t in arts:
        w(f"vi/baomoi/20{i[:2]}/{i[2:4]}/{i[4:6]}/{i[6:]}/{i}.txt", t)

    taiga = taiga_docs(git_dir(a.mirror, "UniversalDependencies+UD_Russian-Taiga"))
    taiga = [taiga[k] for k in sorted(rnd.sample(range(len(taiga)), min(a.taiga, len(taiga))))]
    for d, t in taiga:
        w(f"ru/taiga/{d[:80]}.txt", t)

    if a.pages:
        for p in sorted(a.pages.glob("*.txt")):
            w(f"ru/pages/{p.name}" if p.name.startswith("ru") else f"other/pages/{p.name}",
              p.read_bytes())

    # big files: articles concatenated until the size is reached
    pool = [t for _, t in arts] + [t for _, t in taiga]  # so their sentences recur in small files
    for k, mb in enumerate((a.big_mb, a.big_mb / 2, a.big_mb / 3)):
        parts, size = [], 0
        while size < mb * 1e6:
            t = rnd.choice(pool)
            parts.append(t)
            size += len(t.encode("utf-8"))
        w(f"big/bulk-{k}.txt", "\n".join(parts))
    one = [t.replace("\n", " ") for t in rnd.sample(pool, 400)]
    w("big/one-line-per-article.txt", "\n".join(one) + "\n")

    # tiny files
    heads = [t.split("\n", 1)[0] for _, t in china]
    for k in range(400):
        kind = k % 5
        if kind == 0:
            t = rnd.choice(heads)
        elif kind == 1:
            t = heads[k % 7]  # identical titles in many files
        elif kind == 2:
            t = str(rnd.randint(1, 99999))
        elif kind == 3:
            t = rnd.choice(["Trung Quốc", "Китай", "Bắc Kinh", "Си Цзиньпин", "OK", "—"])
        else:
            t = rnd.choice(taiga)[1].split("\n", 1)[0]
        w(f"tiny/{k // 100}/t{k:03d}.txt", t + ("\n" if k % 3 else ""))

    # exact duplicates under other names
    for k in range(60):
        i, t = rnd.choice(arts)
        w(f"dup/copy {k:02d}/{i}-copy.txt", t)
    print(f"{len(arts)} vi articles, {len(taiga)} taiga docs; written to {a.out}")


if __name__ == "__main__":
    main()
