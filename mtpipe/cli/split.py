"""``mtpipe split``: cut a text file over ``--max-chars`` into parts at paragraph breaks, and ``mtpipe join``:
their translations back into one file per language (:mod:`mtpipe.split_large`)."""

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


@click.command("join")
@click.argument("manifest", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.argument("outputs", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option("-o", "--output-dir", type=click.Path(path_type=Path, file_okay=False), required=True,
              help="Folder for NAME.<lang>.txt (created if missing).")
def join(manifest: Path, outputs: Path, output_dir: Path) -> None:
    """Join the text translations of the parts `mtpipe split` made back into one file per language.

    MANIFEST is the NAME.parts.json beside the parts; OUTPUTS is the folder `mtpipe translate` wrote
    for the parts. Writes NAME.<lang>.txt, the parts' translations in order, with a blank line where a
    part ended at a line break (a paragraph ends there) and a space (none in Chinese) where it was cut
    inside a paragraph, so the whole reads as one translation of the file.

    Example:

        mtpipe split tests/data/seeds/000_dbf2794f8ee0bbf0.txt -o parts-j --max-chars 3000
        mtpipe translate parts-j -o out-parts-j --max-chars 3000 --config models/tiny/mtpipe.toml --no-glossary
        mtpipe join parts-j/000_dbf2794f8ee0bbf0.parts.json out-parts-j -o joined
    """
    from ..pathnames import printable
    from ..split_large import join_outputs

    try:
        done = join_outputs(manifest, outputs, output_dir)
    except (ValueError, OSError) as e:
        raise click.ClickException(printable(str(e))) from None
    empty = f" ({len(done.empty)} empty parts)" if done.empty else ""
    click.echo(f"{', '.join(printable(str(f)) for f in done.files)}: joined from the parts' translations{empty}")


COMMANDS = [split, join]
