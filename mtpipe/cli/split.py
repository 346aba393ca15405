"""``mtpipe split``: cut a text file over ``--max-chars`` into parts at paragraph breaks (:mod:`mtpipe.split_large`)."""

from __future__ import annotations

from pathlib import Path

import click

from ..options import TranslateOptions

_D = TranslateOptions()


@click.command("split")
@click.argument("file", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option("-o", "--output-dir", type=click.Path(path_type=Path, file_okay=False), required=True,
              help="Folder for the parts and NAME.parts.json (created if missing).")
@click.option("--max-chars", default=_D.max_chars, show_default=True,
              help="Longest part, in characters (use translate's --max-chars).")
def split(file: Path, output_dir: Path, max_chars: int) -> None:
    """Cut FILE into parts of at most --max-chars characters, at paragraph breaks.

    For a text file that `mtpipe translate` refuses as too long for one document. The parts,
    concatenated, are FILE's text exactly; NAME.parts.json gives each part's start and end in it.

    Example:

        mtpipe split tests/data/seeds/000_dbf2794f8ee0bbf0.txt -o parts --max-chars 3000
        mtpipe translate parts -o out-parts --max-chars 3000 --config models/tiny/mtpipe.toml
    """
    from ..ingest_options import IngestError
    from ..pathnames import printable
    from ..split_large import split_file

    if max_chars < 1:
        raise click.BadParameter(f"must be at least 1, not {max_chars}", param_hint="--max-chars")
    try:
        done = split_file(file, output_dir, max_chars)
    except (IngestError, OSError) as e:
        raise click.ClickException(printable(str(e))) from None
    click.echo(f"{printable(str(file))}: {done.chars:,} characters in {len(done.parts)} parts under "
               f"{printable(str(output_dir))} ({done.manifest.name if done.manifest else ''})")


COMMANDS = [split]
