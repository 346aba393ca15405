"""Sentence-boundary recall and language accuracy on FLORES-200 devtest, and clean+segment speed.

Rebuilds ../shared/eval/flores200-devtest into one paragraph per article (consecutive
lines with the same URL, joined by a space, or nothing for Chinese), segments each
paragraph with mtpipe, and reports per language the share of original line ends found
as sentence boundaries, sentence-level language accuracy, and sentences/s of
clean + segment (baseline: plain razdel + sentencex on the same paragraphs).

    python benchmarks/segmentation.py [--flores DIR] [--json]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

LANGS = {"rus_Cyrl": "ru", "vie_Latn": "vi", "eng_Latn": "en", "zho_Hans": "zh"}
DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "flores200-devtest"


def articles(flores: Path, code: str) -> list[tuple[str, list[int]]]:
    """(paragraph, offsets of the original line ends) per article."""
    urls = [l.split("\t")[0] for l in (flores / "metadata_devtest.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    lines = (flores / f"{code}.devtest").read_text(encoding="utf-8").splitlines()
    joiner = "" if code == "zho_Hans" else " "
    out = []
    i = 0
    while i < len(lines):
        j = i
        while j + 1 < len(lines) and urls[j + 1] == urls[i]:
            j += 1
        group = [l.strip() for l in lines[i:j + 1]]
        ends, pos = [], 0
        for k, l in enumerate(group):
            pos += len(l)
            ends.append(pos)
            if k < len(group) - 1:
                pos += len(joiner)
        out.append((joiner.join(group), ends))
        i = j + 1
    return out


def evaluate(flores: Path = DEFAULT) -> dict[str, dict[str, float]]:
    from mtpipe.document import Document
    from mtpipe.segment import Segmenter, split_sentences

    seg = Segmenter()
    result = {}
    for code, lang in LANGS.items():
        arts = articles(flores, code)
        found = total = 0
        right = sents = 0
        t = time.perf_counter()
        n_sent = 0
        for para, ends in arts:
            doc = seg(Document.from_text(para))
            bounds = {s.end for s in doc.segments}
            n_sent += len(doc.segments)
            for e in ends:
                total += 1
                found += e in bounds
            for s in doc.segments:
                sents += 1
                right += s.src_lang == lang
        dt = time.perf_counter() - t
        t = time.perf_counter()
        base_found = 0
        for para, ends in arts:
            spans = split_sentences.__wrapped__(para, lang) if hasattr(split_sentences, "__wrapped__") else None
            from mtpipe.segment import SPLITTERS, _sentencex_for

            raw = (SPLITTERS.get(lang) or _sentencex_for(lang))(para)
            b = {para[:e].rstrip().__len__() for _, e in raw}
            base_found += sum(e in b for e in ends)
        result[code] = {
            "boundary_recall": round(found / total, 4),
            "splitter_only_recall": round(base_found / total, 4),
            "lang_accuracy": round(right / sents, 4),
            "sentences_per_s": round(n_sent / dt, 1),
        }
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--flores", type=Path, default=DEFAULT)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    res = evaluate(a.flores)
    if a.json:
        print(json.dumps(res))
    else:
        for k, v in res.items():
            print(f"{k}: " + ", ".join(f"{m}={x}" for m, x in v.items()))


if __name__ == "__main__":
    main()
