"""Build ``mtpipe/clean/data/letter_shapes.tsv.gz``, the letter-shape model of :mod:`mtpipe.clean.spam_letters`
(spam46, issue 12 point 3).

Two letter n-gram counts (orders 1 to 4, with word boundaries; letters lower-cased, every figure written ``0``, a
top-level domain cut off), one per class:

- ``real``: words that may stand in a Vietnamese sentence: the syllables of the syllable model
  (``vi_syllables.tsv.gz``'s ``u`` rows, tone marks taken off) and its Latin words of Wikipedia (``w`` rows), the
  English words of ``latin_words.txt``, and every Latin token of the dev langfresh sets' real sentences (their
  ``sentences.tsv`` rows and the original sentences of ``spam.tsv``: real brands, products, models, institutions);
- ``spam``: the single spam tokens of the dev langfresh sets (``spam.tsv``), the gambling stems of
  ``spam_brands.txt`` (hostsVN), the pieces of ``gambling_pieces.txt``, and the labels of the two gambling
  blocklists ``tools/build_gambling_pieces.py`` reads (dancharlton9/gambling-blocklist, MIT;
  elliotwutingfeng/Estonia-Blocked-Gambling-Websites, BSD-3-Clause: langfresh24's tokens came from them, so its
  figures are in-sample for this part), kept as their second-level labels in ``tools/data/letter_shape_lists.txt``
  (``--mirror`` reads them again from the mirrored repositories and rewrites that file), so a clean clone rebuilds
  the same model.

Each word counts once per source (types, not tokens), times its source's weight (:data:`WEIGHTS`). N-grams seen
less than ``--min-count`` times in both classes are dropped (the file stays small). ``--exclude SET`` leaves a
langfresh set's tokens and sentences out (the leave-one-set-out evaluation of benchmarks/letter_shapes.py builds
the model in memory the same way). The sets of ``NEVER_TRAIN_SETS`` (benchmarks/blind_sets.py) are never read.

    python tools/build_letter_shapes.py                                  # writes the data file
    python tools/build_letter_shapes.py --check                          # exit 1 when the file differs
    python tools/build_letter_shapes.py --mirror /work/.mirror           # the blocklists' labels read again first
"""

from __future__ import annotations

import argparse
import gzip
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import blind_sets  # noqa: E402
from mtpipe.clean.spam_letters import MODEL, ORDER, shape_key  # noqa: E402
from mtpipe.clean.trade_vocab import camel_pieces  # noqa: E402

DATA = ROOT / "mtpipe" / "clean" / "data"
LIST_LABELS = ROOT / "tools" / "data" / "letter_shape_lists.txt"
SETS = ROOT / "benchmarks" / "data"
BLIND = frozenset(blind_sets.NEVER_TRAIN_SETS)  # benchmarks/blind_sets.py
LISTS = [("dancharlton9+gambling-blocklist", "lists/blocklist.txt"),
         ("elliotwutingfeng+Estonia-Blocked-Gambling-Websites", "blocklist.txt")]
WEIGHTS = {"syllables": 3, "wiki": 1, "english": 1, "controls": 5, "tokens": 5, "brands": 1, "pieces": 2, "lists": 2}
_LATIN = re.compile(r"(?<![\w.])[A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9](?![\w])")
_MARKS = re.compile(r"[^a-z0-9.-]")


def _strip(word: str) -> str:
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFD", word.lower().replace("đ", "d")) if ch.isascii())


def real_words(exclude: frozenset[str] = frozenset()) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {"syllables": set(), "wiki": set(), "english": set(), "controls": set()}
    with gzip.open(DATA / "vi_syllables.tsv.gz", "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            kind, key, *_ = line.rstrip("\n").split("\t")
            if kind == "u" and key.isalpha():
                out["syllables"].add(_strip(key))
            elif kind == "w":
                out["wiki"].add(key)
    for line in (DATA / "latin_words.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            out["english"].add(line.lstrip("+").split("\t")[0])
    for d in _sets(exclude):
        texts = [ln.split("\t")[3] for ln in _rows(d / "sentences.tsv") if len(ln.split("\t")) > 3]
        texts += [ln.split("\t")[4] for ln in _rows(d / "spam.tsv")]
        for t in texts:
            out["controls"].update(m.group(0) for m in _LATIN.finditer(t) if re.search(r"[A-Za-z]", m.group(0)))
    return out


def spam_words(exclude: frozenset[str] = frozenset(), mirror: Path | None = None) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {"tokens": set(), "brands": set(), "pieces": set(), "lists": set()}
    for d in _sets(exclude):
        out["tokens"].update(ln.split("\t")[2] for ln in _rows(d / "spam.tsv"))
    out["brands"] = {ln.strip() for ln in (DATA / "spam_brands.txt").read_text(encoding="utf-8").splitlines()
                     if ln.strip() and not ln.startswith("#")}
    out["pieces"] = set(camel_pieces())  # data/gambling_pieces.txt, read where the code reads it (trade86)
    if mirror is not None:
        LIST_LABELS.parent.mkdir(parents=True, exist_ok=True)
        LIST_LABELS.write_text("# second-level labels of " + ", ".join(r for r, _ in LISTS) + " (tools/build_letter_"
                               "shapes.py --mirror)\n" + "".join(f"{w}\n" for w in sorted(list_labels(mirror))),
                               encoding="utf-8")
    out["lists"] = {ln.strip() for ln in LIST_LABELS.read_text(encoding="utf-8").splitlines()
                    if ln.strip() and not ln.startswith("#")}
    return out


def list_labels(mirror: Path) -> set[str]:
    """The second-level labels of the blocklists' hosts, read from their mirrored repositories."""
    out: set[str] = set()
    for repo, path in LISTS:
        git = mirror / repo / "repo"
        if not git.exists():
            raise SystemExit(f"{git}: not mirrored (fetch github:{repo.replace('+', '/')} first)")
        text = subprocess.run(["git", "-C", str(git), "show", f"HEAD:{path}"], check=True, capture_output=True,
                              text=True).stdout
        for line in text.splitlines():
            parts = [p for p in line.strip().lower().split(".") if p not in ("www", "m")]
            if len(parts) >= 2 and not line.startswith(("#", "!")):
                out.add(parts[-2])
    return out


def _sets(exclude: frozenset[str]) -> list[Path]:
    return [d for d in sorted(SETS.glob("langfresh*")) if d.name not in BLIND | exclude and (d / "spam.tsv").exists()]


def _rows(path: Path) -> list[str]:
    if not path.exists():
        return []
    return [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]


def count(groups: dict[str, set[str]]) -> Counter[str]:
    c: Counter[str] = Counter()
    for name, words in groups.items():
        for w in words:
            key = shape_key(w)
            if not key:
                continue
            s = "^" * (ORDER - 1) + key + "$"
            for n in range(1, ORDER + 1):
                for i in range(ORDER - 1, len(s)):
                    c[s[i - n + 1:i + 1]] += WEIGHTS[name]
    return c


def build(exclude: frozenset[str] = frozenset(), mirror: Path | None = None,
          min_count: int = 2) -> dict[str, tuple[int, int]]:
    real = count(real_words(exclude))
    spam = count(spam_words(exclude, mirror))
    return {g: (real[g], spam[g]) for g in sorted(real.keys() | spam.keys()) if real[g] + spam[g] >= min_count}


def render(table: dict[str, tuple[int, int]]) -> bytes:
    lines = ["# letter n-grams (orders 1-%d): gram, real count, spam count (tools/build_letter_shapes.py)" % ORDER]
    lines += [f"{g}\t{r}\t{s}" for g, (r, s) in table.items()]
    return gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mirror", type=Path, default=None, help="folder of mirrored repositories (owner+name/repo)")
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--exclude", action="append", default=[], help="a langfresh set to leave out")
    ap.add_argument("--check", action="store_true", help="exit 1 when the shipped file differs from a rebuild")
    a = ap.parse_args(argv)
    data = render(build(frozenset(a.exclude), a.mirror, a.min_count))
    if a.check:
        same = MODEL.exists() and gzip.decompress(MODEL.read_bytes()) == gzip.decompress(data)
        print("letter_shapes: up to date" if same else "letter_shapes: differs from a rebuild")
        return 0 if same else 1
    MODEL.write_bytes(data)
    print(f"wrote {MODEL} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
