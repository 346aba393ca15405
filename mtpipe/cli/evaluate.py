"""``mtpipe eval``: chrF, chrF++ and BLEU with sacrebleu."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command("eval")
@click.argument("hyp", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.argument("ref", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option("--metric", "metrics", default="chrf,bleu", show_default=True, help="chrf, chrf++, bleu.")
@click.option("--lang", default="en", show_default=True, help="Target language (zh switches BLEU's tokenizer).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def evaluate(hyp: Path, ref: Path, metrics: str, lang: str, as_json: bool) -> None:
    """Score a hypothesis file against a reference file, line by line aligned.

    Example:

        mtpipe eval out/flores.en.txt ../shared/eval/flores200-devtest/eng_Latn.devtest --metric chrf
    """
    from ..evaluate import score_files

    try:
        scores = score_files(hyp, ref, [m.strip() for m in metrics.split(",") if m.strip()], lang)
    except ValueError as e:
        raise click.ClickException(f"{hyp}: {e}") from None
    if as_json:
        click.echo(json.dumps({s.metric: {"score": s.score, "signature": s.signature} for s in scores}))
    else:
        for s in scores:
            click.echo(f"{s.metric}\t{s.score}\t{s.signature}")


COMMANDS: list[click.Command] = [evaluate]
