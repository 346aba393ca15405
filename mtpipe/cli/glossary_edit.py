"""``mtpipe glossary add``, ``edit``, ``remove``: change one entry of a glossary file.

Registered on the ``glossary`` group of :mod:`mtpipe.cli.glossary`; every write goes through
its ``_checked_write`` (one validated transaction).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from ..glossary.model import KINDS
from ..languages import LANGUAGES
from .glossary import DEFAULT_ADD_FILE, _checked_write, _load, _paths, _write_file, glossary


@glossary.command("add")
@click.option("--zh", default=None, help="The name in simplified Chinese (or give --from-ru / --from-vi).")
@click.option("--from-ru", "from_ru", default=None, metavar="NAME",
              help="The name as Russian writes it: hanzi candidates are ranked from it (with --from-vi too).")
@click.option("--from-vi", "from_vi", default=None, metavar="NAME",
              help="The name as Vietnamese writes it: its Sino-Vietnamese syllables narrow the hanzi.")
@click.option("--kind", type=click.Choice(KINDS), default="person", show_default=True)
@click.option("--en", default=None, help="English form (default: generated pinyin).")
@click.option("--notes", default="", help="Free-text notes.")
@click.option("--file", "file_", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help=f"File to add to (default: the --glossary file, or FOLDER/{DEFAULT_ADD_FILE}).")
@click.option("--drop-city", is_flag=True, help="Drop 市 instead of writing City / город / thành phố.")
@click.option("--dry-run", is_flag=True, help="Print the entry; write nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print the entry as JSON.")
@click.pass_context
def add(ctx: click.Context, zh: str | None, from_ru: str | None, from_vi: str | None, kind: str, en: str | None,
        notes: str, file_: Path | None, drop_city: bool, dry_run: bool, as_json: bool) -> None:
    """Add an entry generated from hanzi: en (pinyin), ru (Palladius), vi (Sino-Vietnamese), reviewed: false.

    Without --zh, the hanzi are the first of the candidates ranked from --from-ru and/or --from-vi
    (all candidates are printed; check the choice before marking the entry reviewed).

    Example:

        mtpipe glossary add --zh 王子联 --kind person --dry-run --json

        mtpipe glossary add --from-ru "Лю Гочжун" --from-vi "Lưu Quốc Trung" --dry-run
    """
    from ..glossary.authoring import build_entry

    if not zh:
        zh = _zh_from_forms(from_ru, from_vi, kind)
    g = _load(ctx)
    for e in g.entries:
        if e.zh == zh.strip() and e.kind == kind:
            msg = f"{zh} is already in the glossary as {e.id!r} ({e.file}:{e.line})"
            if not dry_run:
                raise click.ClickException(msg)
            click.echo("note: " + msg, err=True)
    try:
        entry = build_entry(zh, kind, en=en, notes=notes, taken_ids=g.by_id, drop_city=drop_city)
    except ValueError as e:
        raise click.ClickException(str(e))
    for lang, form in (("ru", from_ru), ("vi", from_vi)):  # the forms the documents use are aliases too
        if form and form.strip() not in entry.setdefault("aliases", {}).setdefault(lang, []):
            entry["aliases"][lang].append(form.strip())
    from ..glossary.interchange_entry import entry_forms
    from ..glossary.lint import ordinary_form_notes

    for note in ordinary_form_notes(entry["id"], kind, entry_forms(entry, "ru")):  # said, never refused
        click.echo(f"warning: {_write_file(ctx, file_)}: {note}", err=True)
    if as_json:
        click.echo(json.dumps(entry, ensure_ascii=False))
    elif dry_run:
        from ..glossary.edit import GlossaryFile

        gf = GlossaryFile(Path("/nonexistent/preview.yaml"))
        gf.add(entry)
        click.echo(gf.dumps(), nl=False)
    if dry_run:
        return
    path = _write_file(ctx, file_)
    _checked_write(ctx, path, lambda gf: gf.add(entry), append=True)
    if not as_json:
        click.echo(f"added {entry['id']} to {path} (reviewed: false)")


def _zh_from_forms(from_ru: str | None, from_vi: str | None, kind: str) -> str:
    """The first hanzi candidate for the Russian and/or Vietnamese forms; every candidate goes to stderr."""
    from ..translit.hanzi import CONFIDENT, hanzi_candidates

    if not (from_ru or from_vi):
        raise click.UsageError("give --zh, or --from-ru / --from-vi to rank hanzi candidates")
    cands = hanzi_candidates(ru=from_ru or "", vi=from_vi or "", kind="person" if kind == "person" else "place")
    if not cands:
        raise click.ClickException(f"no hanzi reading for {from_ru or ''} {from_vi or ''}".strip()
                                   + " (not Palladius / Sino-Vietnamese, or the forms disagree); give --zh")
    click.echo("hanzi candidates: " + ", ".join(f"{c.text} {c.confidence:.2f}" for c in cands), err=True)
    if cands[0].confidence < CONFIDENT:
        click.echo(f"note: {cands[0].text} is a guess (confidence {cands[0].confidence:.2f}): check it", err=True)
    return cands[0].text


def _alias_pairs(values: tuple[str, ...]) -> list[tuple[str, str]]:
    out = []
    for v in values:
        lang, sep, form = v.partition("=")
        if not sep or lang not in LANGUAGES or not form.strip():
            raise click.ClickException(f"alias {v!r}: write LANG=FORM with LANG one of ru, vi, en, zh")
        out.append((lang, form.strip()))
    return out


@glossary.command("edit")
@click.argument("entry_id")
@click.option("--en", default=None, help="New English form.")
@click.option("--zh", default=None, help="New Chinese form.")
@click.option("--kind", type=click.Choice(KINDS), default=None)
@click.option("--notes", default=None, help="New notes.")
@click.option("--reviewed/--unreviewed", default=None, help="Mark reviewed by a person (or not).")
@click.option("--dnt/--no-dnt", default=None, help="Do-not-translate flag.")
@click.option("--add-alias", multiple=True, metavar="LANG=FORM", help="Add an alias (repeatable).")
@click.option("--remove-alias", multiple=True, metavar="LANG=FORM", help="Remove an alias (repeatable).")
@click.option("--min-context", multiple=True, metavar="WORD",
              help="Context words (repeatable; replaces the list, '' clears it): one-character and stop-word "
                   "forms of the entry match only beside one of them.")
@click.pass_context
def edit(ctx: click.Context, entry_id: str, en: str | None, zh: str | None, kind: str | None, notes: str | None,
         reviewed: bool | None, dnt: bool | None, add_alias: tuple[str, ...], remove_alias: tuple[str, ...],
         min_context: tuple[str, ...] = ()) -> None:
    """Change an entry in place, keeping the file's comments and layout.

    Example:

        mtpipe glossary edit wang-zilian --reviewed --add-alias "ru=Ван Цзы-лянь"

        mtpipe glossary edit li-keqiang --add-alias "ru=Ли" --min-context Кэцян --min-context premier
    """
    from ..glossary.edit import find_entry
    from ..glossary.loader import glossary_files

    changes: dict[str, Any] = {k: v for k, v in (("en", en), ("zh", zh), ("kind", kind), ("notes", notes),
                                                  ("reviewed", reviewed), ("dnt", dnt)) if v is not None}
    adds, removes = _alias_pairs(add_alias), _alias_pairs(remove_alias)
    if min_context:
        words = [w.strip() for w in min_context if w.strip()]
        changes["min_context"] = words or None
    if not changes and not adds and not removes:
        raise click.ClickException("nothing to change; see --help")
    try:
        path = find_entry(glossary_files([p for p in _paths(ctx) if Path(p).exists()]), entry_id)
    except KeyError:
        _load(ctx)  # a glossary that does not load says why, rather than "no entry"
        raise click.ClickException(f"no entry {entry_id!r}")

    def act(gf: Any) -> None:
        if adds or removes:
            node = gf.get(entry_id)
            al = {k: list(v) for k, v in (node.get("aliases") or {}).items()}
            for lang, form in adds:
                if form not in al.setdefault(lang, []):
                    al[lang].append(form)
            for lang, form in removes:
                if form not in al.get(lang, []):
                    raise ValueError(f"{entry_id} has no {lang} alias {form!r}")
                al[lang].remove(form)
            changes["aliases"] = {k: (v or None) for k, v in al.items()}
        gf.edit(entry_id, changes)

    _checked_write(ctx, path, act, entry_id=entry_id)
    click.echo(f"edited {entry_id} in {path}")


@glossary.command("remove")
@click.argument("entry_id")
@click.pass_context
def remove(ctx: click.Context, entry_id: str) -> None:
    """Remove an entry.

    Example:

        mtpipe glossary remove wang-zilian
    """
    from ..glossary.edit import find_entry
    from ..glossary.loader import glossary_files

    try:
        path = find_entry(glossary_files([p for p in _paths(ctx) if Path(p).exists()]), entry_id)
    except KeyError:
        _load(ctx)  # a glossary that does not load says why, rather than "no entry"
        raise click.ClickException(f"no entry {entry_id!r}")
    _checked_write(ctx, path, lambda gf: gf.remove(entry_id), entry_id=entry_id)
    click.echo(f"removed {entry_id} from {path}")
