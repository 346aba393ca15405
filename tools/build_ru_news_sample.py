"""Rebuild cp83's real Russian news sample (issue 12, content precision on clean news) from a public git snapshot.

Source: github.com/mannefedov/ru_kw_eval_datasets (a keyword-extraction corpus: articles of ng.ru and
russian.rt.com as ``.jsonlines`` in zip files, one JSON object an article with ``url``, ``title``, ``content``; the
content keeps one paragraph a line).  The repository has no licence file and the texts are the publishers', so
nothing of them is committed: this script writes the sample to a folder outside the repository (default
/tmp/ru_news_<seed>), from the snapshot (``fetch`` github:mannefedov/ru_kw_eval_datasets; the commit is pinned).

For each part (``ng``: data/ng_*.jsonlines.zip; ``rt``: data/russia_today_*.jsonlines.zip, files in name order,
articles in file order) the articles with 3+ non-blank content lines (paragraphs) are kept, de-duplicated by URL,
and shuffled with ``random.Random(seed)``: the first ``n`` are the ``tune`` half, the next ``n`` the ``check``
(held) half.  A document is the title, a blank line, then the content's non-blank lines (stripped) one a line, as the
corpus has them; the file name is the part and the article's position in the part's list (``ng_00123.txt``), and
``index.tsv`` in the output folder maps each file to its URL.

    python tools/build_ru_news_sample.py --seed 83 --out /tmp/ru_news_83     # cp83
    python tools/build_ru_news_sample.py --seed 84 --exclude-seed 83 --out /tmp/ru_news_84     # cp84
    python tools/build_ru_news_sample.py --seed 88 --exclude-seed 83 84 86 --exclude-sample 187 --out /tmp/ru_news_88

With ``--exclude-seed`` the 2n articles each earlier seed drew from a part are taken out first (in the order given,
each drawn from what the ones before it left, as that sample was drawn), then the list is shuffled with ``seed``.
``--exclude-sample SEED[:E1,E2]`` takes out a sample drawn with its own exclude list (clut87's seed 187 drew from
the whole pool, so it cannot sit in the ``--exclude-seed`` chain); cp88 used both.  ``--exclude-index FILE``
(repeatable) takes out every article whose URL an earlier sample's ``index.tsv`` lists: the safe way once a seed
was drawn with ``--exclude-sample`` (the chain re-draws that seed without it; cp90's seed 90 shared 170 articles
with 88), e.g. cp91's ``--seed 91 --exclude-index /tmp/ru_news_{83,84,86,88,90}/index.tsv --exclude-sample 187``.
"""

from __future__ import annotations

import argparse
import io
import json
import pathlib
import random
import subprocess
import zipfile

GITDIR = pathlib.Path("/work/.mirror/mannefedov+ru_kw_eval_datasets/repo")
COMMIT = "f0492949945f669d8fc064d703eb6f02c2e9f553"
# part -> (file prefix under data/, articles a half)
PARTS = {"ng": ("data/ng_", 200), "rt": ("data/russia_today_", 200)}
MIN_LINES = 3


def _git(*args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(GITDIR), *args], capture_output=True, check=True).stdout


def articles(part: str) -> list[dict]:
    prefix = PARTS[part][0]
    names = sorted(n for n in _git("ls-tree", "-r", "--name-only", COMMIT, "data/").decode().split("\n")
                   if n.startswith(prefix) and n.endswith(".jsonlines.zip"))
    out, seen = [], set()
    for name in names:
        with zipfile.ZipFile(io.BytesIO(_git("show", f"{COMMIT}:{name}"))) as z:
            for member in sorted(m for m in z.namelist() if m.endswith(".jsonlines")):
                for raw in z.read(member).decode("utf-8").split("\n"):
                    if not raw.strip():
                        continue
                    row = json.loads(raw)
                    lines = [ln.strip() for ln in (row.get("content") or "").split("\n") if ln.strip()]
                    if len(lines) < MIN_LINES or row.get("url") in seen:
                        continue
                    seen.add(row.get("url"))
                    out.append(dict(url=row.get("url", ""), title=(row.get("title") or "").strip(), lines=lines))
    return out


def parse_sample(spec: str) -> tuple[int, list[int]]:
    """``"187"`` or ``"86:83,84"``: an earlier sample's seed and the seeds it excluded itself."""
    seed, _, rest = spec.partition(":")
    return int(seed), [int(x) for x in rest.split(",") if x]


def draw(part: str, seed: int, exclude_seed: list[int] | None = None,
         exclude_samples: list[tuple[int, list[int]]] | None = None, exclude_urls: set[str] | None = None
         ) -> tuple[list[tuple[int, dict]], list[tuple[int, dict]]]:
    n = PARTS[part][1]
    rows = list(enumerate(articles(part)))
    if exclude_urls:
        rows = [r for r in rows if r[1]["url"] not in exclude_urls]
    for old_seed in exclude_seed or []:
        old = list(rows)
        random.Random(old_seed).shuffle(old)
        gone = {i for i, _ in old[:2 * n]}
        rows = [r for r in rows if r[0] not in gone]
    for old_seed, old_excl in exclude_samples or []:
        tune, check = draw(part, old_seed, old_excl)
        gone = {i for i, _ in tune + check}
        rows = [r for r in rows if r[0] not in gone]
    random.Random(seed).shuffle(rows)
    return rows[:n], rows[n:2 * n]


def write(part: str, rows: list[tuple[int, dict]], out: pathlib.Path, index: list[str], half: str) -> int:
    out.mkdir(parents=True, exist_ok=True)
    for i, row in rows:
        name = f"{part}_{i:05d}.txt"
        head = [row["title"], ""] if row["title"] else []
        (out / name).write_text("\n".join(head + row["lines"]) + "\n", encoding="utf-8")
        index.append(f"{half}/{part}/{name}\t{row['url']}")
    return len(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=83)
    ap.add_argument("--exclude-seed", type=int, nargs="*", default=[],
                    help="earlier samples' seeds whose articles are taken out first (83: cp83's)")
    ap.add_argument("--out", type=pathlib.Path, default=None)
    ap.add_argument("--exclude-sample", action="append", default=[], metavar="SEED[:E1,E2,...]",
                    help="an earlier sample drawn with its OWN exclude list (clut87's 187: drawn with none in ru, "
                         "with 78 in vi), taken out of the pool too; repeatable")
    ap.add_argument("--exclude-index", action="append", default=[], type=pathlib.Path, metavar="INDEX_TSV",
                    help="an earlier sample's index.tsv: every article whose URL it lists is taken out; repeatable")
    a = ap.parse_args()
    urls = {ln.split("\t", 1)[1] for f in a.exclude_index
            for ln in f.read_text(encoding="utf-8").split("\n") if "\t" in ln}
    out = a.out or pathlib.Path(f"/tmp/ru_news_{a.seed}")
    index: list[str] = []
    for part in PARTS:
        tune, check = draw(part, a.seed, a.exclude_seed, [parse_sample(x) for x in a.exclude_sample], urls)
        print(part, "tune", write(part, tune, out / "tune" / part, index, "tune"),
              "check", write(part, check, out / "check" / part, index, "check"))
    (out / "index.tsv").write_text("\n".join(index) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
