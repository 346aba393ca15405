"""``mtpipe eval``: chrF/BLEU of a hypothesis file against a reference, with sacrebleu."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..evaluate import EvalOptions


@click.command("eval")
@click.argument("hyp", type=click.Path(path_type=Path, dir_okay=False))
@click.argument("ref", type=click.Path(path_type=Path, dir_okay=False))
@click.option("-m", "--metric", "metrics", default=",".join(EvalOptions.metrics), show_default=True,
              help="Metrics, comma-separated (chrf, chrf++, bleu).")
@click.option("--src-lang", default=None, help="Source language code (recorded in the output).")
@click.option("--tgt-lang", default=None,
              help="Target language code; picks BLEU's tokenizer as sacrebleu -l does (zh: Chinese tokenizer).")
@click.option("-lc", "--lowercase", is_flag=True, help="Case-insensitive scores.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (scores and sacrebleu signatures).")
@click.option("--flores", "source", type=click.Path(path_type=Path, dir_okay=False, exists=True), default=None,
              help="FLORES mode: translate this one-sentence-per-line source file into --tgt-lang, write the "
                   "aligned lines to HYP, then score them.")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="FLORES mode: only the first N lines of the source and reference.")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="FLORES mode: model registry TOML (default: configs/default.toml).")
@click.option("--glossary", "glossaries", multiple=True, type=click.Path(path_type=Path),
              help="FLORES mode: glossary file or folder (default: none, plain model output).")
def eval_cmd(hyp: Path, ref: Path, metrics: str, src_lang: str | None, tgt_lang: str | None, lowercase: bool,
             as_json: bool, source: Path | None, limit: int | None, config_path: Path | None,
             glossaries: tuple[Path, ...]) -> None:
    """Score HYP against REF (line-aligned UTF-8 files) with sacrebleu; prints
    each score with its signature.  With --flores SRC, HYP is first written by
    translating SRC line by line (the FLORES-200 recipe in one command).

    Example:

        mtpipe eval hyp.en tests/data/flores200-devtest/eng_Latn.devtest --flores tests/data/flores200-devtest/rus_Cyrl.devtest --limit 20 --src-lang ru --tgt-lang en --config models/tiny/mtpipe.toml --metric chrf,chrf++,bleu
    """
    from ..evaluate import EvalError, EvalOptions, cjk_share, evaluate, read_lines

    opts = EvalOptions(metrics=[m for m in metrics.split(",") if m.strip()], src_lang=src_lang, tgt_lang=tgt_lang,
                       lowercase=lowercase)
    try:
        if source is not None:
            _translate_source(source, hyp, ref, tgt_lang, config_path, glossaries, limit)
        hyps, refs = read_lines(hyp), read_lines(ref)
        if limit is not None and source is None:
            hyps, refs = hyps[:limit], refs[:limit]
        elif limit is not None:
            refs = refs[:limit]
        res = evaluate(hyps, refs, opts)
    except EvalError as e:
        raise click.ClickException(str(e)) from None
    if tgt_lang is None and "bleu" in res.scores and cjk_share(refs) > 0.3:
        click.echo("warning: the reference looks Chinese/Japanese but BLEU used the 13a tokenizer; "
                   "pass --tgt-lang zh (or ja) for a meaningful BLEU", err=True)
    if as_json:
        click.echo(json.dumps(res.to_dict(), ensure_ascii=False))
        return
    for s in res.scores.values():
        click.echo(f"{s.name}\t{s.score:.4f}\t{s.signature}")


def _translate_source(source: Path, hyp: Path, ref: Path, tgt_lang: str | None, config_path: Path | None,
                      glossaries: tuple[Path, ...], limit: int | None) -> None:
    from ..evaluate import EvalError, read_lines, translate_lines
    from ..pipeline import JobError, TranslateOptions
    from ..writers.atomic import atomic_write_text

    if not tgt_lang:
        raise click.UsageError("--flores needs --tgt-lang (the language to translate into)")
    if not ref.exists():
        raise EvalError(f"{ref}: reference not found")
    lines = read_lines(source)[:limit] if limit else read_lines(source)
    opts = TranslateOptions(targets=(tgt_lang,), config_path=str(config_path) if config_path else None,
                            glossary_paths=tuple(str(g) for g in glossaries))
    try:
        outs = translate_lines(lines, opts)
    except JobError as e:
        raise EvalError(str(e)) from None
    atomic_write_text(hyp, "".join(o + "\n" for o in outs))
    click.echo(f"translated {len(outs)} lines of {source} into {hyp}", err=True)


COMMANDS: list[click.Command] = [eval_cmd]
