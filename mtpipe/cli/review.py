"""``mtpipe review``: rebuild the HTML review pages of a finished output folder."""

from __future__ import annotations

from pathlib import Path

import click


@click.command("review")
@click.argument("output_dir", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option("--to", "targets", default="en,zh", show_default=True, help="Target columns, comma-separated.")
def review(output_dir: Path, targets: str) -> None:
    """Write a static review page per document and OUTPUT_DIR/index.html (no model is loaded).

    Example:

        mtpipe review out && chromium out/index.html
    """
    from ..writers.html import build_review

    if not any(p for p in output_dir.rglob("*.jsonl") if not p.name.endswith(".ledger.jsonl")):
        raise click.ClickException(f"{output_dir}: no mtpipe outputs here (run 'mtpipe translate' first)")
    written = build_review(output_dir, tuple(t for t in targets.split(",") if t))
    click.echo(f"wrote {len(written)} pages; open {output_dir / 'index.html'}")


COMMANDS: list[click.Command] = [review]
