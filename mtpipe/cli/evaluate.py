"""``mtpipe eval``: chrF/BLEU of a hypothesis file against a reference, with sacrebleu."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command("eval")
@click.argument("hyp", type=click.Path(path_type=Path, dir_okay=False))
@click.argument("ref", type=click.Path(path_type=Path, dir_okay=False))
@click.option("-m", "--metric", "metrics", default="chrf,bleu", show_default=True,
              help="Metrics, comma-separated (chrf, bleu).")
@click.option("--src-lang", default=None, help="Source language code (recorded in the output).")
@click.option("--tgt-lang", default=None,
              help="Target language code; picks BLEU's tokenizer as sacrebleu -l does (zh: Chinese tokenizer).")
@click.option("-lc", "--lowercase", is_flag=True, help="Case-insensitive scores.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (scores and sacrebleu signatures).")
def eval_cmd(hyp: Path, ref: Path, metrics: str, src_lang: str | None, tgt_lang: str | None, lowercase: bool,
             as_json: bool) -> None:
    """Score HYP against REF (line-aligned UTF-8 files) with sacrebleu; prints
    each score with its signature.

    Example:

        mtpipe eval out/test.en.txt ref/test.en --metric chrf,bleu --tgt-lang en
    """
    from ..evaluate import EvalError, EvalOptions, cjk_share, evaluate, read_lines

    opts = EvalOptions(metrics=[m for m in metrics.split(",") if m.strip()], src_lang=src_lang, tgt_lang=tgt_lang,
                       lowercase=lowercase)
    try:
        hyps, refs = read_lines(hyp), read_lines(ref)
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


COMMANDS: list[click.Command] = [eval_cmd]
