"""Corpus-level chrF and BLEU with sacrebleu, over line-aligned files.

Scores are exactly sacrebleu's (same defaults, same tokenizers); each comes
with its sacrebleu signature, so a number can always be traced to the settings
that produced it.  The target language picks BLEU's tokenizer the way
``sacrebleu -l SRC-TGT`` does (``zh`` for Chinese, ``ja-mecab`` for Japanese,
``ko-mecab`` for Korean, ``13a`` otherwise); chrF has no tokenizer.

Example:
    >>> from mtpipe.evaluate import EvalOptions, evaluate_files
    >>> res = evaluate_files("hyp.zh", "ref.zh", EvalOptions(tgt_lang="zh"))  # doctest: +SKIP
    >>> res.scores["chrf"].score                                              # doctest: +SKIP
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from .scripts import is_han, is_kana
from .errors import EvalError

__all__ = ["EvalOptions", "MetricScore", "EvalResult", "EvalError", "METRICS", "evaluate", "evaluate_files",
           "read_lines", "cjk_share", "translate_lines"]

#: Metric names we accept: chrF, chrF++ (chrF with word bigrams, sacrebleu ``--chrf-word-order 2``), BLEU.
METRICS = ("chrf", "chrf++", "bleu")


@dataclass
class EvalOptions:
    """How to score.

    Attributes:
        metrics: Metric names from :data:`METRICS` (default chrF and BLEU, chrF first).
        src_lang: Source language code; recorded only (sacrebleu's scores do not use it).
        tgt_lang: Target language code; picks BLEU's tokenizer as ``sacrebleu -l`` does
            (None: ``13a``, sacrebleu's default).
        lowercase: Case-insensitive scoring (sacrebleu ``-lc``; default False).
    """

    metrics: Sequence[str] = ("chrf", "bleu")
    src_lang: str | None = None
    tgt_lang: str | None = None
    lowercase: bool = False


@dataclass
class MetricScore:
    """One metric's corpus score.

    Attributes:
        name: ``chrf``, ``chrf++`` or ``bleu``.
        score: The score on sacrebleu's 0-100 scale, unrounded.
        signature: sacrebleu's signature string (``nrefs:1|case:mixed|...|version:2.6.0``).
        text: sacrebleu's one-line rendering (``BLEU = 23.40 55.1/...``).
    """

    name: str
    score: float
    signature: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "score": self.score, "signature": self.signature, "text": self.text}


@dataclass
class EvalResult:
    """Scores of one hypothesis file against one reference file.

    Attributes:
        lines: Number of line pairs scored.
        scores: Metric name -> score, in the requested order.
        src_lang: As given in the options.
        tgt_lang: As given in the options.
    """

    lines: int
    scores: dict[str, MetricScore] = field(default_factory=dict)
    src_lang: str | None = None
    tgt_lang: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"lines": self.lines, "src_lang": self.src_lang, "tgt_lang": self.tgt_lang,
                "scores": {k: v.to_dict() for k, v in self.scores.items()}}


def read_lines(path: str | Path) -> list[str]:
    """The lines of a UTF-8 text file, trailing whitespace stripped exactly as sacrebleu's CLI does.

    Raises:
        EvalError: if the file cannot be read or decoded.
    """
    try:
        with open(path, encoding="utf-8", newline="\n") as f:
            return [line.rstrip() for line in f]
    except OSError as e:
        raise EvalError(f"{path}: cannot read: {e.strerror}") from None
    except UnicodeDecodeError as e:
        raise EvalError(f"{path}: not UTF-8 ({e.reason} at byte {e.start})") from None


def cjk_share(lines: Sequence[str]) -> float:
    """The share of non-space characters in ``lines`` that are CJK ideographs or kana."""
    total = cjk = 0
    for line in lines:
        for c in line:
            if c.isspace():
                continue
            total += 1
            if is_han(c) or is_kana(c):
                cjk += 1
    return cjk / total if total else 0.0


def _metric(name: str, opts: EvalOptions) -> Any:
    from sacrebleu.metrics import BLEU, CHRF

    if name == "bleu":
        return BLEU(lowercase=opts.lowercase, trg_lang=opts.tgt_lang or "")
    return CHRF(lowercase=opts.lowercase, word_order=2 if name == "chrf++" else 0)


def evaluate(hyps: Sequence[str], refs: Sequence[str], options: EvalOptions | None = None) -> EvalResult:
    """Score hypotheses against one reference per line.

    Args:
        hyps: System output, one segment per item.
        refs: References, aligned with ``hyps``.
        options: Metrics and languages (defaults: chrF and BLEU, ``13a`` tokenizer).

    Returns:
        The scores with their signatures.

    Raises:
        EvalError: unknown metric, empty input, or different lengths.
    """
    opts = options or EvalOptions()
    names = [m.strip().lower() for m in opts.metrics if m.strip()]
    bad = [m for m in names if m not in METRICS]
    if bad or not names:
        raise EvalError(f"unknown metric {', '.join(bad) or '(none)'} (choose from {', '.join(METRICS)})")
    if len(hyps) != len(refs):
        raise EvalError(f"hypothesis has {len(hyps)} lines, reference has {len(refs)}: files must be line-aligned")
    if not hyps:
        raise EvalError("nothing to score: the files are empty")
    result = EvalResult(lines=len(hyps), src_lang=opts.src_lang, tgt_lang=opts.tgt_lang)
    for name in dict.fromkeys(names):
        metric = _metric(name, opts)
        score = metric.corpus_score(list(hyps), [list(refs)])
        sig = metric.get_signature().format()
        result.scores[name] = MetricScore(name=name, score=float(score.score), signature=sig, text=str(score))
    return result


def evaluate_files(hyp: str | Path, ref: str | Path, options: EvalOptions | None = None) -> EvalResult:
    """:func:`evaluate` over two line-aligned UTF-8 files.

    Raises:
        EvalError: unreadable files, different line counts, unknown metric.
    """
    return evaluate(read_lines(hyp), read_lines(ref), options)


def translate_lines(lines: Sequence[str], options: Any, workdir: str | Path | None = None) -> list[str]:
    """Translate one sentence per line (a FLORES ``.devtest`` file) into aligned output lines.

    Each line becomes a paragraph of one document; the pipeline runs with cleaning off (so
    no line is dropped as boilerplate or a duplicate) and the segments of each paragraph are
    joined back into one line, so output line *i* is the translation of input line *i*.

    Args:
        lines: Source sentences; an empty line gives an empty output line.
        options: :class:`~mtpipe.pipeline.TranslateOptions` with exactly one target language
            (``keep_boilerplate``, ``formats`` and ``resume`` are set here).
        workdir: Folder for the intermediate files (default: a temporary folder, removed after).

    Returns:
        One translation per input line.

    Raises:
        EvalError: several targets, or the outputs do not line up with the input.
    """
    import dataclasses
    import json
    import tempfile

    from .pipeline import Job

    if len(options.targets) != 1:
        raise EvalError(f"translate one target language at a time, not {','.join(options.targets)}")
    tgt = options.targets[0]
    opts = dataclasses.replace(options, keep_boilerplate=True, formats=("jsonl",), resume=False)
    texts = [" ".join(line.split()) for line in lines]
    keep = [i for i, t in enumerate(texts) if t]
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        src, out = Path(tmp) / "in", Path(tmp) / "out"
        src.mkdir()
        (src / "lines.txt").write_text("\n\n".join(texts[i] for i in keep) + "\n", encoding="utf-8")
        Job.prepare(opts).run(src, out)
        by_par: dict[int, list[tuple[int, str]]] = {}
        path = out / "lines.jsonl"
        if not path.exists():
            raise EvalError("the translation produced no output (see report.json problems)")
        for raw in path.read_text(encoding="utf-8").splitlines():
            r = json.loads(raw)
            by_par.setdefault(int(r["paragraph"]), []).append((int(r["index"]), str(r.get(tgt) or "")))
    if len(by_par) != len(keep):
        raise EvalError(f"{len(keep)} non-empty lines in, {len(by_par)} paragraphs out: cannot align the output")
    joiner = "" if tgt in ("zh", "ja") else " "
    outs = [joiner.join(t for _, t in sorted(v)).strip() for _, v in sorted(by_par.items())]
    result = [""] * len(texts)
    for i, text in zip(keep, outs):
        result[i] = text
    return result
