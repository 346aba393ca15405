"""Build ``benchmarks/data/langmixed15/lines.tsv``: real lines with Cyrillic and Latin words (lang15).

Usage: python tools/build_langid_mixed15.py FIELD7_OUT FIELD7_IN > benchmarks/data/langmixed15/lines.tsv

Sources: the content and clutter lines of ``benchmarks/data/realpages/*.ann`` (but the blind parts) and the Russian ``segreal`` files
(each labelled with its page's language), the segments of field trial 7's run C (``FIELD7_OUT``, ``*.jsonl``) and
the raw lines of its three Markdown/Kirby inputs (``FIELD7_IN/md``), labelled ``ru`` (their pages are Russian).
A line qualifies with 3 Cyrillic and 3 Latin letters or more.  Lines whose language a reader cannot tell
(lists of names in several languages, English UI strings beside Russian ones) are in ``AMBIGUOUS`` and left out.
Every third line (by a hash of its text) is held out (``held``): never read while tuning.
Columns: label, split, source, text.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "benchmarks"))
from blind_sets import without_current  # noqa: E402  (benchmarks/blind_sets.py: the parts measured blind now)

CYR = re.compile(r"[\u0400-\u04ff]")
LAT = re.compile(r"[A-Za-z\u00c0-\u024f]")
AMBIGUOUS = ("Lietuva 24Litwa", "'YouTube/ТАСС'", "Copy to clipboard", "Newsletter Рассылка", "Close Button",
             "People’s Republic of China in Russian", "РАГУlive")
# lines whose page's language is not theirs (read by hand): a Ukrainian subscription prompt on a Russian page
LABEL_FIX = {"Пiдписуйтеcь на наш Telegram-канал": "uk"}


def main() -> None:
    out_dir, in_dir = sys.argv[1:3]
    bench = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "benchmarks", "data")
    seen: set[str] = set()
    rows: list[tuple[str, str, str]] = []

    def add(label: str, src: str, text: str) -> None:
        text = text.strip().replace("\t", " ")
        if not text or text in seen or len(CYR.findall(text)) < 3 or len(LAT.findall(text)) < 3:
            return
        if any(a in text for a in AMBIGUOUS):
            return
        seen.add(text)
        label = next((fixed for start, fixed in LABEL_FIX.items() if text.startswith(start)), label)
        rows.append((label, src, text))

    for f in without_current(sorted(glob.glob(os.path.join(bench, "realpages", "*.ann")))):
        doc, lang = "", ""
        for line in open(f, encoding="utf-8"):
            line = line.rstrip("\n")
            if line.startswith("### doc"):
                doc = line.split()[2]
                lang = re.search(r"lang=(\S+)", line).group(1)  # type: ignore[union-attr]
                continue
            if line[:2] in ("+ ", "- ", "= ") and lang in ("ru", "uk", "bg"):
                for s in line[2:].split("‖"):
                    add(lang, f"realpages/{os.path.basename(f)}:{doc}", s)
    for f in sorted(glob.glob(os.path.join(bench, "segreal", "ru_*.seg"))):
        doc = ""
        for line in open(f, encoding="utf-8"):
            if line.startswith("### doc"):
                doc = line.split()[2]
                continue
            for s in line.split("‖"):
                add("ru", f"segreal/{os.path.basename(f)}:{doc}", s)
    for f in sorted(glob.glob(os.path.join(out_dir, "**", "*.jsonl"), recursive=True)):
        if f.endswith(".ledger.jsonl") or os.path.basename(f) == "entities.jsonl" or "/ru/" not in f + "/" and "/md/" not in f and "/big/" not in f:
            continue
        for line in open(f, encoding="utf-8"):
            r = json.loads(line)
            add("ru", "field7:" + r["doc"], r["source"])
    for f in sorted(glob.glob(os.path.join(in_dir, "md", "*"))):
        for line in open(f, encoding="utf-8"):
            add("ru", "field7:md/" + os.path.basename(f), line)
    print("label\tsplit\tsource\ttext")
    for label, src, text in rows:
        held = int(hashlib.sha1(text.encode()).hexdigest(), 16) % 3 == 0
        print(label, "held" if held else "dev", src, text, sep="\t")


if __name__ == "__main__":
    main()
