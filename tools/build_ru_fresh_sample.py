"""Draw a fresh Russian sample (issue 12, wrong removals on real text nobody labelled) from Telegram news posts.

Why: ``build_ru_news_sample.py``'s two pools (ng.ru and RT articles of mannefedov/ru_kw_eval_datasets) are spent
(every article drawn by some seed: benchmarks/notes/rtq98.md, cp92.md).  This is a second, unrelated Russian source.

Source: github.com/NKTKLN/telegram-news-classifier, ``data/raw/{channel_id}_messages.json`` at the pinned commit:
22,099 posts of 24 public Russian Telegram channels (news agencies and services -- BBC News Русская служба, РИА
Новости, Mash, SHOT, 112, Банкста, Ньюсач, Топор, Москва Live and other Moscow news channels -- and IT / science
media: Хабр, Naked Science, Библиотека программиста ...), collected in 2024; each row ``message_id``, ``sender_id``,
``text`` (Telegram markdown), ``date``, ``channel``, ``category`` (the compiler's machine label, "advertisement"
among them).  The dataset's README states CC BY 4.0 (``data/LICENCE.md``), the code MIT; the posts' texts are the
channels' own, so **nothing of them is committed**: the sample goes to a folder outside the repository (default
/tmp/ru_fresh_<seed>), read from the search tool's snapshot (``fetch`` github:NKTKLN/telegram-news-classifier).

The posts are multi-line texts with the furniture of the channels: sign-offs and promotions ("Читать нас без VPN
можно здесь: bit.ly/…", "Подписывайся на …", "Прислать новость"), photo credits, bare links, hashtags, emoji
bullets, advertisements (``erid`` marks), lists -- not page menus (for raw pages with menus see the note
benchmarks/notes/ruf100.md).

Pool: every JSON file under data/raw/ in name order, posts in file order; a post is kept when its text has 3+
non-blank lines (``MIN_LINES``) after the markdown is undone, de-duplicated by (sender_id, message_id) and by its
text (channels repost).  A post's text is written as the reader sees it: ``[text](url)`` -> ``text``, the
emphasis marks ``**`` and ``__`` dropped, lines right-stripped, runs of blank lines made one.  The pool is
shuffled with ``random.Random(seed)``: the first ``--n`` posts are the ``tune`` half, the next ``--n`` the
``check`` (held) half.  Files ``tg_NNNNN.txt`` (NNNNN: the post's place in the pool) under ``tune/tg/`` and
``check/tg/``; ``index.tsv`` maps each file to its source id ``tg:<sender_id>/<message_id>``, then the channel,
the date and the compiler's category.  ``--exclude-index FILE`` (repeatable) takes out every post whose source id
an earlier sample's ``index.tsv`` lists, before the shuffle.

    python tools/build_ru_fresh_sample.py --seed 1003 --out /tmp/ruf100/ru_fresh_1003        # ruf100's first draw
    python tools/build_ru_fresh_sample.py --seed 1007 --exclude-index /tmp/ruf100/ru_fresh_1003/index.tsv

``--source-dir DIR`` reads the JSON files from DIR (``DIR/*.json``) instead of the snapshot (the test's fixture).
"""

from __future__ import annotations

import argparse
import json
import pathlib
import random
import re
import subprocess

GITDIR = pathlib.Path("/work/.mirror/NKTKLN+telegram-news-classifier/repo")
COMMIT = "b8b03f1982910fbf4151c184f1ade8b67aa1f585"
RAW = "data/raw/"
MIN_LINES = 3
PART = "tg"

_LINK = re.compile(r"\[((?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]\((?:[^()\s]|\([^()\s]*\))*\)")
_EMPH = re.compile(r"\*\*|__")
_BLANKS = re.compile(r"\n{3,}")


def _git(*args: str) -> bytes:
    gitdir = GITDIR / ".git" if (GITDIR / ".git").is_dir() else GITDIR
    return subprocess.run(["git", "--git-dir", str(gitdir), *args], capture_output=True, check=True).stdout


def raw_files(source_dir: pathlib.Path | None = None) -> list[tuple[str, list[dict]]]:
    """(file name, rows) of every channel file, in name order: from the pinned snapshot or from ``source_dir``."""
    if source_dir is not None:
        return [(p.name, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(source_dir.glob("*.json"))]
    names = sorted(n for n in _git("ls-tree", "-r", "--name-only", COMMIT, RAW).decode().split("\n")
                   if n.endswith(".json"))
    return [(n.rsplit("/", 1)[-1], json.loads(_git("show", f"{COMMIT}:{n}").decode("utf-8"))) for n in names]


def plain(text: str) -> str:
    """A post's Telegram markdown as the reader sees it: link text for links, no emphasis marks, one blank line."""
    text = _EMPH.sub("", _LINK.sub(r"\1", text.replace("\r\n", "\n")))
    text = "\n".join(ln.rstrip() for ln in text.split("\n"))
    return _BLANKS.sub("\n\n", text).strip("\n")


def pool(files: list[tuple[str, list[dict]]]) -> list[dict]:
    out, seen_ids, seen_texts = [], set(), set()
    for _, rows in files:
        for row in rows:
            text = plain(row.get("text") or "")
            sid = f"tg:{row.get('sender_id')}/{row.get('message_id')}"
            if sum(1 for ln in text.split("\n") if ln.strip()) < MIN_LINES or sid in seen_ids or text in seen_texts:
                continue
            seen_ids.add(sid)
            seen_texts.add(text)
            out.append(dict(id=sid, text=text, channel=(row.get("channel") or "").replace("\t", " "),
                            date=row.get("date") or "", category=row.get("category") or ""))
    return out


def draw(posts: list[dict], seed: int, n: int, exclude_ids: set[str] | None = None
         ) -> tuple[list[tuple[int, dict]], list[tuple[int, dict]]]:
    rows = [(i, p) for i, p in enumerate(posts) if p["id"] not in (exclude_ids or set())]
    random.Random(seed).shuffle(rows)
    return rows[:n], rows[n:2 * n]


def write(rows: list[tuple[int, dict]], out: pathlib.Path, half: str, index: list[str]) -> int:
    folder = out / half / PART
    folder.mkdir(parents=True, exist_ok=True)
    for i, p in rows:
        name = f"{PART}_{i:05d}.txt"
        (folder / name).write_text(p["text"] + "\n", encoding="utf-8")
        index.append("\t".join([f"{half}/{PART}/{name}", p["id"], p["channel"], p["date"], p["category"]]))
    return len(rows)


def excluded_ids(paths: list[pathlib.Path]) -> set[str]:
    return {ln.split("\t")[1] for f in paths for ln in f.read_text(encoding="utf-8").split("\n") if "\t" in ln}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, default=200, help="posts a half (tune, check)")
    ap.add_argument("--out", type=pathlib.Path, default=None)
    ap.add_argument("--exclude-index", action="append", default=[], type=pathlib.Path, metavar="INDEX_TSV",
                    help="an earlier sample's index.tsv: every post whose source id it lists is taken out; repeatable")
    ap.add_argument("--source-dir", type=pathlib.Path, default=None,
                    help="read the channel JSON files from this folder instead of the pinned snapshot")
    a = ap.parse_args(argv)
    out = a.out or pathlib.Path(f"/tmp/ru_fresh_{a.seed}")
    posts = pool(raw_files(a.source_dir))
    tune, check = draw(posts, a.seed, a.n, excluded_ids(a.exclude_index))
    index: list[str] = []
    print(len(posts), "posts in the pool;", "tune", write(tune, out, "tune", index),
          "check", write(check, out, "check", index))
    (out / "index.tsv").write_text("\n".join(index) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
