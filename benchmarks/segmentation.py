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

With ``--real [DIR]`` it scores instead the real-text set ``benchmarks/data/segreal`` (format in its
README: running text, every sentence end marked ``‖``, documents split ``dev``/``held``): each document
goes through the ``segment`` stage as a whole text (language ID per paragraph included, no cleaning:
the set measures sentence boundaries, ``cleaning.py`` measures them after cleaning), and per language
and split it prints boundary precision, recall and F1 (segment ends against the marks, exact offsets),
``visible_f1`` (the same with the gold ends no reader can see left out of both sides: an end with no stop
before it inside a line, as UD_English-EWT marks them), ``inner_f1`` (line ends left out: they are
always ends) and ``content_f1`` (an end is known by the letters and digits before it: a unit with none,
"***", "?" or "=====" alone, which UD_English-EWT marks and the segmenter never outputs, is no sentence, and
"Graae. ***|" matches "Graae.| ***").  ``--show`` lists every error (``MISSED``/``EXTRA`` with the text around it)::

    python benchmarks/segmentation.py --real [--split held] [--show] [--json]
"""

from __future__ import annotations

import argparse
import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

LANGS = {"rus_Cyrl": "ru", "vie_Latn": "vi", "eng_Latn": "en", "zho_Hans": "zh"}
DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "flores200-devtest"
REAL = Path(__file__).resolve().parent / "data" / "segreal"
MARK = "‖"
_HEAD = re.compile(r"^### doc (\S+)((?: \w+=\S+)*)$")
_STOPS = ".!?…;"
_CLOSERS = "\"'»”’)]"


@dataclass
class RealDoc:
    """A document of the real-text set: its raw text and the offsets of its sentence ends."""

    doc_id: str
    lang: str
    split: str
    url: str
    source: str = ""  # the file it came from (``en_news``, ``en_ewt``, …)
    text: str = ""
    ends: set[int] = field(default_factory=set)
    line_ends: set[int] = field(default_factory=set)

    def visible(self, end: int) -> bool:
        """Whether a reader can see an end there: a stop (maybe before closing quotes) or a line end."""
        if end in self.line_ends:
            return True
        i = end
        while i > 0 and self.text[i - 1] in _CLOSERS:
            i -= 1
        return i > 0 and self.text[i - 1] in _STOPS


def load_real(folder: Path = REAL) -> list[RealDoc]:
    """The documents of every ``*.seg`` file in ``folder``."""
    docs: list[RealDoc] = []
    for f in sorted(folder.glob("*.seg")):
        lines: list[str] = []

        def close() -> None:
            if not docs or not lines:
                return
            d, pos = docs[-1], 0
            parts = []
            for line in lines:
                for k, piece in enumerate(line.split(MARK)):
                    if k:
                        d.ends.add(pos)
                    parts.append(piece)
                    pos += len(piece)
                if line.strip() and not line.endswith(MARK) and any(ch.isalnum() for ch in line):
                    raise SystemExit(f"{f.name} {d.doc_id}: a line without a closing mark: {line[:60]!r}")
                d.line_ends.add(pos)
                parts.append("\n")
                pos += 1
            d.text = "".join(parts)
            lines.clear()

        for line in f.read_text(encoding="utf-8").splitlines():
            m = _HEAD.match(line)
            if m:
                close()
                kv = dict(p.split("=", 1) for p in m.group(2).split())
                docs.append(RealDoc(m.group(1), kv["lang"], kv.get("split", "dev"), kv.get("url", ""), f.stem))
            elif docs:
                lines.append(line)
        close()
    return docs


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / max(1, tp + fp)
    r = tp / max(1, tp + fn)
    return round(p, 4), round(r, 4), round(2 * p * r / max(1e-9, p + r), 4)


def _content_keys(text: str, ends: set[int]) -> set[int]:
    """Each end as the number of letters and digits before it (an end before any is left out)."""
    before, n = [0] * (len(text) + 1), 0
    for i, ch in enumerate(text):
        before[i] = n
        n += ch.isalnum()
    before[len(text)] = n
    return {before[e] for e in ends if before[e] > 0}


def evaluate_real(folder: Path = REAL, splits: tuple[str, ...] = ("dev", "held"),
                  show: bool = False) -> dict[str, dict[str, float]]:
    """Per ``<lang>/<split>`` (and ``<lang>/<split>/<file stem>``): boundary precision, recall, F1 on the real set."""
    from mtpipe.document import Document
    from mtpipe.segment import Segmenter

    seg = Segmenter()
    counts: dict[str, list[int]] = {}
    errors: list[str] = []
    for d in load_real(folder):
        if d.split not in splits:
            continue
        doc = seg(Document.from_text(d.text, doc_id=d.doc_id))
        ours = {s.end for s in doc.segments if any(ch.isalnum() for ch in s.source)}  # "⠀" holds no sentence
        # a gold end before trailing spaces (none in this set) or a segment end at a line end count alike
        gold = d.ends
        keys = (f"{d.lang}/{d.split}", f"{d.lang}/{d.split}/{d.source}")
        for key in keys:
            c = counts.setdefault(key, [0] * 13)
            c[0] += len(ours & gold)
            c[1] += len(ours - gold)
            c[2] += len(gold - ours)
            vis_gold = {e for e in gold if d.visible(e)}
            hidden = gold - vis_gold
            c[3] += len(ours & vis_gold)
            c[4] += len(ours - gold - hidden)
            c[5] += len(vis_gold - ours)
            inner_gold, inner_ours = gold - d.line_ends, ours - d.line_ends
            c[6] += len(inner_ours & inner_gold)
            c[7] += len(inner_ours - inner_gold)
            c[8] += len(inner_gold - inner_ours)
            c[9] += len(gold)
            ck_ours, ck_gold = _content_keys(d.text, ours), _content_keys(d.text, gold)
            c[10] += len(ck_ours & ck_gold)
            c[11] += len(ck_ours - ck_gold)
            c[12] += len(ck_gold - ck_ours)
        if show:
            for kind, offs in (("MISSED", gold - ours), ("EXTRA", ours - gold)):
                for e in sorted(offs):
                    ctx = (d.text[max(0, e - 50):e] + "|" + d.text[e:e + 40]).replace("\n", "⏎")
                    tag = "" if d.visible(e) or kind == "EXTRA" else " (no stop)"
                    errors.append(f"{kind:6} {d.lang} {d.split} {d.doc_id[:40]}{tag}: {ctx}")
    for line in errors:
        print(line)
    out = {}
    for key, c in sorted(counts.items()):
        p, r, f = _prf(c[0], c[1], c[2])
        out[key] = {"sentences": c[9], "precision": p, "recall": r, "f1": f,
                    "visible_f1": _prf(c[3], c[4], c[5])[2], "inner_f1": _prf(c[6], c[7], c[8])[2],
                    "content_f1": _prf(c[10], c[11], c[12])[2],
                    "missed": c[2], "extra": c[1]}
    return out


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
    ap.add_argument("--real", type=Path, nargs="?", const=REAL,
                    help="score the real-text set (benchmarks/data/segreal, or this folder) instead of FLORES")
    ap.add_argument("--split", choices=("dev", "held", "all"), default="all", help="with --real: which part")
    ap.add_argument("--show", action="store_true", help="with --real: print every missed and extra sentence end")
    a = ap.parse_args()
    if a.real:
        splits = ("dev", "held") if a.split == "all" else (a.split,)
        real = evaluate_real(a.real, splits, a.show)
        if a.json:
            print(json.dumps(real))
        else:
            for key, r in real.items():
                print(f"{key:28} " + ", ".join(f"{k}={v}" for k, v in r.items()))
        return
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
