"""Sentence-boundary recall and language accuracy on FLORES-200 devtest, and clean+segment speed.

Rebuilds ../shared/eval/flores200-devtest into one paragraph per article (consecutive
lines with the same URL in metadata_devtest.tsv, joined by a space, or nothing for
Chinese), runs mtpipe's clean + segment stages on each article, and reports per
language:

* ``boundary_recall``: the share of original line ends that are segment ends (the
  issue's measure; a split inside a FLORES line is not counted against us, some
  lines hold two sentences);
* ``baseline_recall``: the same for a plain razdel (ru) + sentencex (vi, en, zh) split;
* ``inner_recall`` / ``baseline_inner_recall``: the same without each article's last
  line end, which is the end of the text and always found (the harder number);
* ``lang_accuracy``: the share of segments whose ``src_lang`` is the FLORES language;
* ``sentences_per_s``: segments produced per second by clean + segment (models loaded
  beforehand, best of ``--repeat`` runs).

With ``--config`` (an mtpipe TOML with a route from each language to ``en``) it also
translates ``--sample`` of the segments with that model on CPU and prints the
model's sentences/s and the ratio; with ``--model-sps N`` it prints the ratio to a
number measured elsewhere (the goal is clean + segment at least 50x the full-size
model)::

    python benchmarks/segmentation.py [--flores DIR] [--json] [--config mtpipe.toml | --model-sps 3.2]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

LANGS = {"rus_Cyrl": "ru", "vie_Latn": "vi", "eng_Latn": "en", "zho_Hans": "zh"}
DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "flores200-devtest"


def articles(flores: Path, code: str) -> list[tuple[str, list[int]]]:
    """(paragraph, end offsets of the original lines in it) per article."""
    urls = [line.split("\t")[0] for line in
            (flores / "metadata_devtest.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    lines = (flores / f"{code}.devtest").read_text(encoding="utf-8").splitlines()
    if len(urls) != len(lines):
        raise SystemExit(f"{flores}: {len(lines)} lines in {code}.devtest but {len(urls)} in metadata_devtest.tsv")
    joiner = "" if code == "zho_Hans" else " "
    out = []
    i = 0
    while i < len(lines):
        j = i
        while j + 1 < len(lines) and urls[j + 1] == urls[i]:
            j += 1
        group = [line.strip() for line in lines[i:j + 1]]
        ends, pos = [], 0
        for k, line in enumerate(group):
            pos += len(line)
            ends.append(pos)
            pos += len(joiner)
        out.append((joiner.join(group), ends))
        i = j + 1
    return out


def _baseline(text: str, lang: str) -> set[int]:
    """Sentence ends from plain razdel (ru) or sentencex (others), trailing spaces trimmed."""
    if lang == "ru":
        from razdel import sentenize

        return {s.stop for s in sentenize(text)}
    from sentencex import segment

    ends, pos = set(), 0
    for piece in segment(lang, text):
        piece = piece.strip()
        i = text.find(piece, pos) if piece else -1
        if i >= 0:
            pos = i + len(piece)
            ends.add(pos)
    return ends


def _recall(arts: list[tuple[str, list[int]]], bounds: list[set[int]], inner: bool = False) -> float:
    """Share of line ends found; ``inner`` leaves out each article's last one (the end of the text)."""
    found = total = 0
    for (_, ends), b in zip(arts, bounds):
        for e in ends[:-1] if inner else ends:
            total += 1
            found += e in b
    return found / max(1, total)


def evaluate(flores: Path = DEFAULT, repeat: int = 1) -> dict[str, dict[str, float]]:
    """Per FLORES language code: boundary_recall, baseline_recall, lang_accuracy, sentences_per_s."""
    from mtpipe.clean import Cleaner
    from mtpipe.document import Document
    from mtpipe.segment import Segmenter

    clean, seg = Cleaner(), Segmenter()
    for warm in ("Прогрев.", "Khởi động.", "Warm up.", "预热。"):  # load razdel, sentencex, py3langid
        seg(clean(Document.from_text(warm)))
    result = {}
    for code, lang in LANGS.items():
        arts = articles(flores, code)
        best = float("inf")
        for _ in range(max(1, repeat)):
            t = time.perf_counter()
            docs = [seg(clean(Document.from_text(para, doc_id=f"{code}-{k}"))) for k, (para, _) in enumerate(arts)]
            best = min(best, time.perf_counter() - t)
        segs = [s for d in docs for s in d.segments]
        ours = [{s.end for s in d.segments} for d in docs]
        base = [_baseline(p, lang) for p, _ in arts]
        result[code] = {
            "boundary_recall": round(_recall(arts, ours), 4),
            "baseline_recall": round(_recall(arts, base), 4),
            "inner_recall": round(_recall(arts, ours, inner=True), 4),
            "baseline_inner_recall": round(_recall(arts, base, inner=True), 4),
            "lang_accuracy": round(sum(s.src_lang == lang for s in segs) / max(1, len(segs)), 4),
            "segments": len(segs),
            "sentences_per_s": round(len(segs) / best, 1),
        }
    return result


def model_speed(config: Path, flores: Path, sample: int) -> dict[str, float]:
    """CPU sentences/s of the configured ``xx -> en`` model on FLORES sentences, per language."""
    from mtpipe.config import load_config
    from mtpipe.translator import TranslatorPool

    pool = TranslatorPool(load_config(config), device="cpu")
    out = {}
    for code, lang in LANGS.items():
        if lang == "en":
            continue
        lines = (flores / f"{code}.devtest").read_text(encoding="utf-8").splitlines()[:sample]
        pool.translate(lines[:2], lang, "en")  # load the model outside the timing
        t = time.perf_counter()
        pool.translate(lines, lang, "en")
        out[code] = round(len(lines) / (time.perf_counter() - t), 2)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--flores", type=Path, default=DEFAULT)
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--repeat", type=int, default=3, help="timing runs per language (best is kept)")
    ap.add_argument("--config", type=Path, help="mtpipe config whose xx->en models are timed on CPU")
    ap.add_argument("--sample", type=int, default=64, help="sentences per language for the model timing")
    ap.add_argument("--model-sps", type=float, help="model sentences/s measured elsewhere, for the ratio")
    a = ap.parse_args()
    res: dict[str, dict[str, float]] = evaluate(a.flores, a.repeat)
    model = model_speed(a.config, a.flores, a.sample) if a.config else {}
    for code, r in res.items():
        sps = model.get(code, a.model_sps)
        if sps:
            r["model_sentences_per_s"] = sps
            r["speed_ratio"] = round(r["sentences_per_s"] / sps, 1)
    if a.json:
        print(json.dumps(res))
        return
    for code, r in res.items():
        print(f"{code}: " + ", ".join(f"{k}={v}" for k, v in r.items()))


if __name__ == "__main__":
    main()
