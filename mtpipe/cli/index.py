"""``mtpipe index``: the entity index of a finished output folder."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command("index")
@click.argument("output_dir", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option("--entity", "entity_id", default=None, help="Show one entity (glossary id) only.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON lines instead of a table.")
@click.option("--rebuild", is_flag=True, help="Rebuild entities.jsonl from the segment JSONL files first.")
@click.option("--wait", is_flag=True, help="Wait for a job writing to OUTPUT_DIR instead of failing (when rebuilding).")
def index(output_dir: Path, entity_id: str | None, as_json: bool, rebuild: bool, wait: bool) -> None:
    """Show which documents mention which entities, how often and in which forms.

    Reads OUTPUT_DIR/entities.jsonl (written by `mtpipe translate`); no model is loaded.

    Example:

        mtpipe index out --entity wang-zilian
    """
    from ..entities import iter_segment_records, palladius_name_finder, read_index, write_index
    from ..inputs import printable

    path = output_dir / "entities.jsonl"
    records = None
    if not rebuild and path.exists():
        try:
            records = _checked(read_index(output_dir))
        except (OSError, ValueError) as e:  # torn, garbage or foreign: rebuilt from the segments
            click.echo(f"warning: {printable(path)}: damaged ({printable(str(e).splitlines()[0] if str(e) else e)});"
                       " rebuilding it", err=True)
    if records is None:
        if not any(output_dir.rglob("*.jsonl")):
            raise click.ClickException(f"{output_dir}: no mtpipe outputs here (run 'mtpipe translate' first)")
        skipped: list[str] = []
        for _ in iter_segment_records(output_dir, skipped):
            pass
        for s in skipped:
            click.echo(f"warning: {printable(s)}", err=True)
        from .review import _locked

        with _locked(output_dir, wait):  # temporary files recorded, a killed rebuild's swept
            write_index(output_dir, name_finder=palladius_name_finder)  # as `mtpipe translate` writes it
        records = read_index(output_dir)
    if entity_id:
        records = [r for r in records if r["id"] == entity_id]
        if not records:
            raise click.ClickException(f"{output_dir}: entity {entity_id!r} is not mentioned")
    if as_json:
        for r in records:
            click.echo(json.dumps(r, ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("id", "en", "zh", "mentions", "documents", "forms")
    for r in records:
        docs = sorted({printable(o["doc"]) for o in r["occurrences"]})  # names may hold newlines
        forms = ", ".join(f"{k} ×{v}" for k, v in r["forms"].items())
        table.add_row(r["id"], str(r.get("en", "")), str(r.get("zh", "")), str(r.get("mentions", "")),
                      ", ".join(docs), forms)
    Console().print(table)


def _checked(records: list) -> list:  # type: ignore[type-arg]
    """``records`` if every one has the shape the table needs; ValueError otherwise."""
    for n, r in enumerate(records, 1):
        if not (isinstance(r, dict) and isinstance(r.get("id"), str) and isinstance(r.get("occurrences"), list)
                and isinstance(r.get("forms"), dict) and all(isinstance(o, dict) and "doc" in o
                                                             for o in r["occurrences"])):
            raise ValueError(f"record {n} is not an entity record")
    return records


COMMANDS: list[click.Command] = [index]
