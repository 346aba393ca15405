"""Build ``mtpipe/clean/data/vi_abbrevs.txt``: Vietnamese abbreviations written as one word (spam75).

Sources (both MIT; see ``mtpipe/clean/data/SOURCES.md``), read from their stored repository versions under
``--mirror`` (the ``fetch`` tool's folders ``owner+name/repo``, bare git):

- vinhdq842/soe-vinorm ``soe_vinorm/data/dictionaries/abbreviations.txt`` (``KEY:expansion`` a line);
- v-nhandt21/Vinorm ``vinorm/Mapping/Acronyms.txt`` and ``Acronyms_shorten.txt`` (``key#expansion``) and the
  loanwords of ``vinorm/Mapping/Teencode.txt`` whose reading is two or more syllables ("axit#a xít").

Kept: keys of three letters or more, letters only (Vietnamese letters allowed), case-folded. Dropped: every token
of the dev spam sets (``benchmarks/data/langfresh*/spam.tsv``, the token and its name before a dot; a blind set
named in ``benchmarks/blind_sets.py`` is never read) and every stem of ``spam_brands.txt``.

    python tools/build_vi_abbrevs.py --mirror /work/.mirror [--check]
"""

from __future__ import annotations

import argparse
import csv
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "mtpipe" / "clean" / "data" / "vi_abbrevs.txt"
SOURCES = [  # (repository folder, commit, path, separator, loanwords only)
    ("vinhdq842+soe-vinorm", "c2b0c1eb36cec1584416ca4652b5391f4e723727",
     "soe_vinorm/data/dictionaries/abbreviations.txt", ":", False),
    ("v-nhandt21+Vinorm", "577c9cd9bf499e074801b703a5fd1eaad8300d43", "vinorm/Mapping/Acronyms.txt", "#", False),
    ("v-nhandt21+Vinorm", "577c9cd9bf499e074801b703a5fd1eaad8300d43", "vinorm/Mapping/Acronyms_shorten.txt", "#",
     False),
    ("v-nhandt21+Vinorm", "577c9cd9bf499e074801b703a5fd1eaad8300d43", "vinorm/Mapping/Teencode.txt", "#", True),
]
_KEY = re.compile(r"[^\W\d_]{3,}")


def _blind() -> set[str]:
    text = (ROOT / "benchmarks" / "blind_sets.py").read_text(encoding="utf-8")
    current = re.search(r"^CURRENT\b.*$", text, re.M)
    return set(re.findall(r"langfresh\d+\w*", current.group() if current else text))


def spam_tokens() -> set[str]:
    out: set[str] = set()
    blind = _blind()
    for path in sorted((ROOT / "benchmarks" / "data").glob("langfresh*/spam.tsv")):
        if path.parent.name in blind:
            continue
        with open(path, encoding="utf-8") as f:
            for row in csv.reader((x for x in f if not x.startswith("#")), delimiter="\t"):
                if len(row) > 2 and row[2]:
                    tok = row[2].strip().lower()
                    out.update({tok, tok.split(".")[0]})
    brands = ROOT / "mtpipe" / "clean" / "data" / "spam_brands.txt"
    out.update(x.strip().lower() for x in brands.read_text(encoding="utf-8").splitlines()
               if x.strip() and not x.startswith("#"))
    return out


def read(mirror: Path) -> tuple[dict[str, str], dict[str, int]]:
    keys: dict[str, str] = {}
    counts: dict[str, int] = {}
    for repo, commit, path, sep, loans in SOURCES:
        raw = subprocess.run(["git", "-C", str(mirror / repo / "repo"), "show", f"{commit}:{path}"],
                             check=True, capture_output=True).stdout.decode("utf-8-sig")
        n = 0
        for line in raw.splitlines():
            key, _, reading = line.strip().partition(sep)
            key = unicodedata.normalize("NFC", key.strip()).lower()
            if not _KEY.fullmatch(key) or not reading.strip():
                continue
            if loans and len(reading.split()) < 2:  # a loanword read as two syllables or more ("axit": "a xít")
                continue
            keys.setdefault(key, f"{repo.split('+')[1]}:{Path(path).name}")
            n += 1
        counts[f"{repo}/{path}"] = n
    return keys, counts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    ap.add_argument("--check", action="store_true", help="compare with the shipped table")
    args = ap.parse_args()
    keys, counts = read(args.mirror)
    spam = spam_tokens()
    dropped = sorted(k for k in keys if k in spam)
    kept = sorted(k for k in keys if k not in spam)
    text = ("# Vietnamese abbreviations and loanwords written as one word (tools/build_vi_abbrevs.py; SOURCES.md)\n"
            + "".join(k + "\n" for k in kept))
    for src, n in counts.items():
        print(f"{src}: {n} keys", file=sys.stderr)
    print(f"{len(keys)} distinct keys; {len(dropped)} dropped as spam-set tokens or brand stems: "
          f"{' '.join(dropped)}; {len(kept)} kept", file=sys.stderr)
    if args.check:
        same = OUT.read_text(encoding="utf-8") == text
        print("same as shipped" if same else "DIFFERS from shipped", file=sys.stderr)
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
