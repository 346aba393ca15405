"""``mtpipe glossary suggest``, ``translit``: finding names: candidate entries mined from a corpus,
and transliteration of names (the glossary's own forms first).

Registered on the ``glossary`` group of :mod:`mtpipe.cli.glossary`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..languages import LANGUAGES
from .glossary import _load, _write_output, glossary


@glossary.command("suggest")
@click.argument("corpus", nargs=-1, required=True, type=click.Path(path_type=Path, exists=True))
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Write a review file (glossary YAML) here.")
@click.option("--json", "as_json", is_flag=True, help="JSON lines instead of a table.")
@click.option("--no-places", is_flag=True, help="Persons and slogans only.")
@click.option("--min-count", default=1, show_default=True, help="Drop names seen fewer times.")
@click.pass_context
def suggest_cmd(ctx: click.Context, corpus: tuple[Path, ...], output: Path | None, as_json: bool, no_places: bool,
                min_count: int) -> None:
    """Propose names and slogans that the documents use and the glossary lacks, variants grouped.

    Example:

        mtpipe glossary suggest tests/data/seeds -o review.yaml
    """
    from ..glossary.mine import MineOptions, review_yaml, suggest

    g = _load(ctx)
    skipped: list[str] = []
    sugg = suggest(corpus, g, MineOptions(min_count=min_count, places=not no_places), skipped=skipped)
    for line in skipped:  # read as translate reads them: a file translate would fail on is named, not mined
        click.echo(f"warning: {line}", err=True)
    if output:
        _write_output(output, review_yaml(sugg, g.by_id))
    for s in sugg:
        forms = {lang: dict(c) for lang, c in s.forms.items()}
        if as_json:
            click.echo(json.dumps({"kind": s.kind, "en": s.en, "zh": s.zh, "confidence": round(s.confidence, 3),
                                   "zh_confidence": round(s.zh_confidence, 3), "count": s.count, "forms": forms,
                                   "contexts": s.contexts, "documents": len(s.documents),
                                   "zh_candidates": [{"zh": h, "confidence": c} for h, c in s.zh_candidates],
                                   "evidence": [e for e in s.evidence if not e.startswith("vi: ")],
                                   **({"variant_of": s.variant_of} if s.variant_of else {})},
                                  ensure_ascii=False))
        else:
            seen = "; ".join(", ".join(f"{f} x{n}" for f, n in c.items()) for c in forms.values())
            why = "; ".join(e for e in s.evidence if not e.startswith("vi: "))
            click.echo(f"{s.kind}\t{s.en}\t{s.zh or '-'}\t{s.confidence:.2f}\t{seen}" + (f"\t{why}" if why else ""))
    if output:
        click.echo(f"wrote {len(sugg)} suggestions to {output}", err=True)


@glossary.command("translit")
@click.option("--from", "src", type=click.Choice(list(LANGUAGES)), required=True, help="Source script.")
@click.option("--to", "tgt", type=click.Choice(list(LANGUAGES)), required=True, help="Target.")
@click.option("--kind", type=click.Choice(["person", "place"]), default=None, help="Name kind (default: guessed).")
@click.option("--json", "as_json", is_flag=True, help="JSON per line with candidates and confidence.")
@click.argument("text", nargs=-1)
@click.pass_context
def translit(ctx: click.Context, src: str, tgt: str, kind: str | None, as_json: bool, text: tuple[str, ...]) -> None:
    """Transliterate names; TEXT... are names, or - reads one name per line from stdin.

    The rules never guess hanzi from sound; for --to zh the glossary is asked instead (an
    entry whose English matches the name's pinyin), so known names come back.

    Example:

        mtpipe glossary translit --from ru --to en "Ван Цзылянь" "район Динху"
    """
    from ..translit import TranslitResult, transliterate
    from ..translit.palladius import Candidate

    if text == ("-",):
        names = [ln.strip() for ln in sys.stdin.read().splitlines()]
    elif text:
        names = list(text)
    else:
        raise click.ClickException("give names as arguments, or - to read them from stdin")
    for name in names:
        if not name:
            click.echo("")
            continue
        r = transliterate(name, src, tgt, kind or "")
        if tgt == "zh" and not r.text and src in ("ru", "en"):
            en = transliterate(name, src, "en", kind or "").text
            by_en = _zh_by_en(ctx)
            if en and en.lower() in by_en:
                zh = by_en[en.lower()]
                r = TranslitResult(name, zh, 0.9, [Candidate(zh, 0.9)], "from the glossary")
        if as_json:
            click.echo(json.dumps({"source": name, "text": r.text, "confidence": r.confidence, "note": r.note,
                                   "candidates": [{"text": c.text, "confidence": c.confidence}
                                                  for c in r.candidates]}, ensure_ascii=False))
        else:
            click.echo(r.text)


def _zh_by_en(ctx: click.Context) -> dict[str, str]:
    if "zh_by_en" not in ctx.obj:
        g = _load(ctx)
        ctx.obj["zh_by_en"] = {f.lower(): e.zh for e in g.entries for f in e.forms("en") if e.zh}
    return ctx.obj["zh_by_en"]  # type: ignore[no-any-return]
