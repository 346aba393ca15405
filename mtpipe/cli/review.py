"""``mtpipe review``: rebuild the HTML review pages of a finished output folder."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import click


@click.command("review")
@click.argument("output_dir", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option("--to", "targets", default=None,
              help="Target columns, comma-separated (default: the targets each document was translated into).")
@click.option("--wait", is_flag=True, help="Wait for a job writing to OUTPUT_DIR instead of failing.")
def review(output_dir: Path, targets: str | None, wait: bool) -> None:
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
    with _locked(output_dir, wait):
        written = build_review(output_dir, cols, skipped=skipped)
    for s in skipped:
        click.echo(f"warning: {printable(s)}", err=True)
    click.echo(f"wrote {len(written)} pages; open {output_dir / 'index.html'}")


@contextmanager
def _locked(output_dir: Path, wait: bool) -> Iterator[None]:
    """OUTPUT_DIR held while this command writes into it (see :func:`mtpipe.lock.holding`)."""
    from ..inputs import printable
    from ..lock import LockError, holding

    def warn(msg: str) -> None:
        click.echo(f"warning: {printable(msg)}", err=True)

    try:
        with holding(output_dir, wait=wait, warn=warn):
            yield
    except LockError as e:
        raise click.ClickException(str(e)) from None
    except OSError as e:  # taking the lock, or writing (a full disk, a read-only folder)
        where = e.filename if isinstance(e.filename, str) else str(output_dir)
        raise click.ClickException(f"{printable(where)}: cannot write: {e.strerror or e}") from None


COMMANDS: list[click.Command] = [review]
