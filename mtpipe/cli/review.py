"""``mtpipe review``: rebuild the HTML review pages of a finished output folder."""

from __future__ import annotations

from pathlib import Path

import click


@click.command("review")
@click.argument("output_dir", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option("--to", "targets", default=None,
              help="Target columns, comma-separated (default: the targets each document was translated into).")
def review(output_dir: Path, targets: str | None) -> None:
    """Write a static review page per document and OUTPUT_DIR/index.html (no model is loaded).

    Example:

        mtpipe review out   # then open out/index.html in a browser
    """
    from ..writers.html import build_review, has_outputs

    if not has_outputs(output_dir):
        raise click.ClickException(f"{output_dir}: no mtpipe outputs here (run 'mtpipe translate' first)")
    cols = tuple(t.strip() for t in targets.split(",") if t.strip()) if targets is not None else None
    if cols is not None and not cols:
        raise click.UsageError("--to needs at least one language")
    from ..inputs import printable

    skipped: list[str] = []
    written = build_review(output_dir, cols, skipped=skipped)
    for s in skipped:
        click.echo(f"warning: {printable(s)}", err=True)
    click.echo(f"wrote {len(written)} pages; open {output_dir / 'index.html'}")


COMMANDS: list[click.Command] = [review]
