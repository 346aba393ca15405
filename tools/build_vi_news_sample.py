"""Rebuild the real Vietnamese news samples of spam78 / spam80 (issue 12 point 3) from two public snapshots.

The article text has no clear licence, so nothing of it is committed: this script writes the samples to a folder
outside the repository (default /tmp/vi_news_<seed>), one sub-folder a part and a sample, from the git snapshots
(``fetch`` github:undertheseanlp/resources and github:magizbox/scraper; the commits are pinned below).

Each part's file list (``git ls-tree -r --name-only <commit> <dir>``, ``.txt``, sorted) is shuffled with
``random.Random(seed)``. spam78 (seed 78) took the first ``n`` files of each part as its sample and the next ``n`` as
its check sample. With ``--exclude-seed 78`` those 2n files of each part are taken out first, then the list is
shuffled with ``seed``: the sample (``tune``) is the first ``n`` of what is left, the ``check`` sample the next ``n``.
``# ...`` header lines (unc's doc_id/url/date) are dropped.

    python tools/build_vi_news_sample.py --seed 80 --exclude-seed 78 --out /tmp/vi_news_80
    python tools/build_vi_news_sample.py --seed 82 --exclude-seed 78 80 --out /tmp/vi_news_82   # cp82

With several ``--exclude-seed`` values each sample is taken out in turn (80's drawn from what 78's left).
``--exclude-sample 187:78`` takes out a sample drawn with its own exclude list, outside that chain (clut87's; cp88:
``--seed 188 --exclude-seed 78 80 82 84 86 88 90 92 94 --exclude-sample 187:78``).
"""

from __future__ import annotations

import argparse
import pathlib
import random
import subprocess

MIRROR = pathlib.Path("/work/.mirror")
# part -> (git dir under MIRROR, commit, folder, articles a sample)
PARTS = {
    "unc": ("undertheseanlp+resources/repo", "cbdb3c3ac065d49bd047dc55ad173181f9e846e3",
            "resources/CP_Vietnamese-UNC/datasets/CP_Vietnamese-UNC/", 190),
    "baomoi": ("magizbox+scraper/repo/.git", "3387ada618569fd73517092f2215a89398d8f7ee", "vn_news/data/", 220),
}


def _git(gitdir: pathlib.Path, *args: str) -> str:
    return subprocess.run(["git", "--git-dir", str(gitdir), *args], capture_output=True, text=True,
                          check=True).stdout


def _commit(gitdir: pathlib.Path, prefix: str) -> str:
    return _git(gitdir, "rev-parse", prefix + "^{commit}").strip()


def file_list(part: str) -> list[str]:
    sub, commit, folder, _ = PARTS[part]
    gitdir = MIRROR / sub
    files = _git(gitdir, "ls-tree", "-r", "--name-only", _commit(gitdir, commit), folder).split("\n")
    return [f for f in files if f.endswith(".txt")]


def parse_sample(spec: str) -> tuple[int, list[int]]:
    """``"187:78"``: an earlier sample's seed and the seeds it excluded itself."""
    seed, _, rest = spec.partition(":")
    return int(seed), [int(x) for x in rest.split(",") if x]


def draw(part: str, seed: int, exclude_seed: int | list[int] | None,
         exclude_samples: list[tuple[int, list[int]]] | None = None) -> tuple[list[str], list[str]]:
    """(tune, check) file names of ``part``; ``exclude_seed``: one seed or several, taken out in their order (each
    draws its 2n from what the ones before it left, as that sample was drawn); ``exclude_samples``: (seed, its own
    exclude list) of samples drawn outside that chain (clut87's 187:78), taken out after it."""
    n = PARTS[part][3]
    files = file_list(part)
    seeds = [] if exclude_seed is None else [exclude_seed] if isinstance(exclude_seed, int) else exclude_seed
    for old_seed in seeds:
        old = list(files)
        random.Random(old_seed).shuffle(old)
        gone = set(old[:2 * n])
        files = [f for f in files if f not in gone]
    for old_seed, old_excl in exclude_samples or []:
        tune, check = draw(part, old_seed, old_excl)
        gone = set(tune + check)
        files = [f for f in files if f not in gone]
    random.Random(seed).shuffle(files)
    return files[:n], files[n:2 * n]


def write(part: str, names: list[str], out: pathlib.Path) -> int:
    sub, commit, _, _ = PARTS[part]
    gitdir = MIRROR / sub
    full = _commit(gitdir, commit)
    out.mkdir(parents=True, exist_ok=True)
    for f in names:
        t = _git(gitdir, "show", f"{full}:{f}")
        lines = [ln for ln in t.split("\n") if not ln.startswith("# ")]
        (out / pathlib.Path(f).name).write_text("\n".join(lines).strip() + "\n", encoding="utf-8")
    return len(names)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=80)
    ap.add_argument("--exclude-seed", type=int, nargs="*", default=[78],
                    help="samples to leave out, in the order they were drawn (cp82: 78 80)")
    ap.add_argument("--out", type=pathlib.Path, default=None)
    ap.add_argument("--exclude-sample", action="append", default=[], metavar="SEED[:E1,E2,...]",
                    help="an earlier sample drawn with its OWN exclude list (clut87's 187: drawn with none in ru, "
                         "with 78 in vi), taken out of the pool too; repeatable")
    a = ap.parse_args()
    out = a.out or pathlib.Path(f"/tmp/vi_news_{a.seed}")
    for part in PARTS:
        tune, check = draw(part, a.seed, a.exclude_seed, [parse_sample(x) for x in a.exclude_sample])
        print(part, "tune", write(part, tune, out / "tune" / part), "check", write(part, check, out / "check" / part))


if __name__ == "__main__":
    main()
