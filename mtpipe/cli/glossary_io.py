"""``mtpipe glossary import``, ``export``: glossaries to and from interchange formats
(:mod:`mtpipe.glossary.interchange`: TBX, TMX, DeepL/Google/Amazon CSV/TSV, JSON, YAML).

Registered on the ``glossary`` group of :mod:`mtpipe.cli.glossary`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from ..glossary.interchange import InterchangeOptions
from ..glossary.model import KINDS
from .glossary import _checked_write, _load, _write_file, _write_output, glossary

#: the defaults of the interchange options, which the options below show and use
_D = InterchangeOptions()


def _fmt_option(f: Any) -> Any:
    from ..glossary.interchange import FORMATS

    f = click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default=None,
                     help="Format (import: read from the content; export: from the suffix .tbx .tmx .json "
                          ".tsv(deepl-tsv) .csv(google-sets)).")(f)
    f = click.option("--source-lang", default=_D.source_lang, show_default=True,
                     help="Source language of pair layouts (and first column of amazon).")(f)
    f = click.option("--target-lang", default=_D.target_lang, show_default=True, help="Target language of pair layouts.")(f)
    f = click.option("--raw-cells", is_flag=True,
                     help="CSV/TSV: keep cells starting with = + - @ as they are (default: a leading ' "
                          "neutralises them for spreadsheets, and is stripped on import).")(f)
    return f


def _read_source(source: Path) -> str:
    import codecs

    try:
        data = source.read_bytes()
        # a byte-order mark says it all: Excel's "Unicode Text" export is UTF-16, so are some TBX files
        for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
            if data.startswith(bom):
                return data.decode(enc)
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise click.ClickException(f"{source}: not UTF-8 text (byte {e.start}); save it as UTF-8 and retry")
    except OSError as e:
        raise click.ClickException(f"{source}: cannot read: {e.strerror or e}")


def _yaml_entries(source: Path, reviewed: bool) -> list[dict[str, Any]]:
    from ..glossary.edit import GlossaryFile

    entries = []
    try:
        raws = list(GlossaryFile(source).entries)
    except Exception as e:  # ruamel raises many classes; all mean a malformed file
        raise click.ClickException(f"{source}: not a glossary YAML file: {str(e).splitlines()[0]}")
    for raw in raws:
        d = {k: (dict(v) if k in ("aliases", "excluded") else v) for k, v in raw.items()}
        for key in ("aliases", "excluded"):
            if key in d:
                d[key] = {k: list(v) for k, v in (d.get(key) or {}).items()}
        if reviewed:
            d["reviewed"] = True
        entries.append(d)
    return entries


@glossary.command("import")
@click.argument("source", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@_fmt_option
@click.option("--reviewed", is_flag=True, help="Mark imported entries reviewed (e.g. an edited suggest file).")
@click.option("--kind", type=click.Choice(KINDS), default=_D.kind, show_default=True,
              help="Kind for entries that carry none.")
@click.option("--file", "file_", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Glossary file to add new entries to.")
@click.option("--dry-run", is_flag=True, help="Print what would be imported and changed; write nothing.")
@click.option("--force", is_flag=True,
              help="Keep forms whose script does not fit their language (an en form in Cyrillic); by default "
                   "they are refused, the rest imported, and the exit status is 1.")
@click.pass_context
def import_cmd(ctx: click.Context, source: Path, fmt: str | None, source_lang: str, target_lang: str, raw_cells: bool,
               reviewed: bool, kind: str, file_: Path | None, dry_run: bool, force: bool) -> None:
    """Merge entries from CSV/TSV (DeepL, Google, Amazon), TBX (v2, v3), TMX, JSON or a reviewed suggest file.

    The format is read from the content.  An imported entry goes into the glossary entry
    with its id, or the one entry sharing a form with it (filling a missing en/zh target,
    adding aliases), or becomes a new entry; a one-target pair file (DeepL ru->en) makes
    partial entries that 'validate' lists.  A different canonical form is reported, not
    applied.  A non-empty file with no entry is an error.  A form whose script does not fit its
    language (an en form in Cyrillic: languages mislabelled) is refused with one line, the rest
    imported, and the exit status is 1 (--force keeps such forms).

    Example:

        mtpipe glossary export --format deepl -o ru-en.csv && mtpipe glossary import --dry-run ru-en.csv
    """
    from ..glossary.interchange import InterchangeOptions, detect_format, merge_entries, read_entries

    opts = InterchangeOptions(source_lang=source_lang, target_lang=target_lang, kind=kind, reviewed=reviewed,
                              neutralise_formulas=not raw_cells)
    text = _read_source(source)
    ignored: dict[str, int] = {}
    notes: list[str] = []
    try:
        fmt = fmt or detect_format(text, source.name)
        if fmt == "yaml":
            entries = _yaml_entries(source, reviewed)
        else:
            res = read_entries(text, fmt, opts)
            entries, ignored, notes = res.entries, res.ignored, res.notes
    except click.ClickException:
        raise
    except Exception as e:  # malformed XML, JSON, CSV or YAML: one line, no traceback
        if (ctx.obj or {}).get("debug"):
            raise
        mark = getattr(e, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        reason = getattr(e, "problem", None) or (str(e).splitlines() or [type(e).__name__])[0]
        raise click.ClickException(f"{source}{where}: cannot import: {reason}")
    for line in notes:  # rows read as no entry (a header, a row without a target): said, never dropped silently
        click.echo(f"{source}: {line}", err=True)
    refused: list[str] = []
    if not force:
        from ..glossary.interchange import refuse_misfits

        entries, refused = refuse_misfits(entries)
        for line in refused:
            click.echo(f"{source}: {line}", err=True)
    if not entries:
        raise click.ClickException(f"{source}: no glossary entry found"
                                   + (" whose forms fit their languages (--force keeps them)" if refused else ""))
    g = _load(ctx)
    plan = merge_entries(g.entries, entries)
    for line in plan.conflicts:
        click.echo(f"conflict: {line}", err=True)
    if ignored:
        click.echo("not imported (languages mtpipe does not carry): "
                   + ", ".join(f"{k} ({n} forms)" for k, n in sorted(ignored.items())), err=True)
    partial = sum(1 for e in plan.new if not e.get("dnt") and not (e.get("en") and e.get("zh")))
    if dry_run:
        for e in plan.new:
            click.echo(json.dumps({"op": "add", **e}, ensure_ascii=False))
        for eid, changes in plan.updates.items():
            click.echo(json.dumps({"op": "update", "id": eid, "changes": changes}, ensure_ascii=False))
    else:
        path = _write_file(ctx, file_)
        if plan.new:
            _checked_write(ctx, path, lambda gf: [gf.add(e) for e in plan.new], append=True)
        by_file: dict[str, dict[str, dict[str, Any]]] = {}
        for eid, changes in plan.updates.items():
            by_file.setdefault(g.by_id[eid].file, {})[eid] = changes
        for fname, changes_by_id in by_file.items():
            _checked_write(ctx, Path(fname), lambda gf, c=changes_by_id: [gf.edit(i, ch) for i, ch in c.items()])
    _warn_ordinary_forms(g, plan, kind, _write_file(ctx, file_))
    if ctx.get_parameter_source("kind") == click.core.ParameterSource.DEFAULT:
        _warn_names_as_terms(plan, kind, source)
    verb = "would import" if dry_run else "imported"
    click.echo(f"{verb} {len(plan.new)} new entries ({partial} partial) into {_write_file(ctx, file_)} from {fmt}; "
               f"{len(plan.updates)} updated, {plan.unchanged} unchanged, {len(plan.conflicts)} conflicts")
    if refused:
        click.echo(f"{source}: {len(refused)} entries with forms refused (script does not fit the language); "
                   "import again with --force to keep them", err=True)
        ctx.exit(1)


def _warn_names_as_terms(plan: Any, kind: str, source: Path) -> None:
    """One line when entries the file gave no kind were imported as the default kind (``term``) and
    Russian forms among them would be ordinary words if they were names: a list of places imported so
    (``north: Север``) matches ``на севере`` and no warning says so, since terms are ordinary words."""
    from ..glossary.interchange_entry import entry_forms
    from ..glossary.lint import ordinary_form_notes

    defaulted = [e for e in plan.new if (e.get("kind") or kind) == kind]
    risky = [f"{e.get('id')}: {f}" for e in defaulted for f in entry_forms(e, "ru")
             if ordinary_form_notes(str(e.get("id", "")), "place", [f])]
    if risky:
        click.echo(f"warning: {source}: {len(defaulted)} new entries carry no kind and were imported as '{kind}', "
                   f"and {len(risky)} of their Russian forms are ordinary words ({', '.join(risky[:3])}"
                   f"{', …' if len(risky) > 3 else ''}), matched in ordinary text; a list of names: import it "
                   "with --kind place (or person, org) to have them checked", err=True)


def _warn_ordinary_forms(g: Any, plan: Any, kind: str, path: Path) -> None:
    """``glossary validate``'s warning for every Russian form the import brings that is an ordinary
    word (new entries, and aliases new to an entry); the forms are imported all the same."""
    from ..glossary.interchange_entry import entry_forms
    from ..glossary.lint import ordinary_form_notes

    notes = [(str(path), n) for e in plan.new
             for n in ordinary_form_notes(str(e.get("id", "")), str(e.get("kind") or kind), entry_forms(e, "ru"))]
    for eid, changes in plan.updates.items():
        cur = g.by_id[eid]
        added = [f for f in (changes.get("aliases") or {}).get("ru", []) if f not in cur.forms("ru")]
        notes += [(cur.file, n) for n in ordinary_form_notes(eid, cur.kind, added)]
    for where, note in notes:
        click.echo(f"warning: {where}: {note}", err=True)


@glossary.command("export")
@_fmt_option
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Output file (default: stdout; the format then defaults to tbx).")
@click.option("--langs", default=",".join(_D.langs), show_default=True,
              help="Languages of multilingual layouts, in order (TBX/TMX: the first is the source for CAT tools).")
@click.option("--reviewed-only", is_flag=True, help="Leave out entries awaiting review.")
@click.option("--min-context-column", "min_context_column", is_flag=True,
              help="CSV/TSV: write entries' min_context words in a min_context column, for files that come back "
                   "to mtpipe (DeepL, Google and Amazon refuse columns they do not know).")
@click.pass_context
def export(ctx: click.Context, fmt: str | None, source_lang: str, target_lang: str, raw_cells: bool,
           output: Path | None, langs: str, reviewed_only: bool, min_context_column: bool) -> None:
    """Write the glossary as CSV/TSV (DeepL, Google, Amazon), TBX-Basic (v2 or v3), TMX or JSON.

    Example:

        mtpipe glossary export --format deepl --source-lang ru --target-lang en -o ru-en.csv
    """
    from ..glossary.interchange import LOSSES, InterchangeOptions, export_entries, guess_format

    from ..glossary.model import ALIAS_LANGS

    lang_list = tuple(x.strip() for x in langs.split(",") if x.strip())
    bad = [x for x in lang_list + (source_lang, target_lang) if x not in ALIAS_LANGS]
    if bad or not lang_list:
        raise click.UsageError(f"language {', '.join(bad) or '(none)'} is not one of {', '.join(ALIAS_LANGS)}")
    g = _load(ctx)
    entries = [e for e in g.entries if e.reviewed or not reviewed_only]
    try:
        fmt = fmt or (guess_format(output.name) if output else "tbx")
        text = export_entries(entries, fmt, InterchangeOptions(
            source_lang=source_lang, target_lang=target_lang, langs=lang_list,
            neutralise_formulas=not raw_cells, min_context_column=min_context_column))
    except ValueError as e:
        raise click.ClickException(str(e))
    if output:
        _write_output(output, text)
        losses = [x for x in LOSSES.get(fmt, ()) if not (x == "min_context" and min_context_column)]
        lost = f"; {fmt} cannot carry: {', '.join(losses)}" if losses else ""
        n = len(entries)
        if fmt in ("deepl", "deepl-tsv", "google", "google-sets", "amazon"):
            from ..glossary.delimited import entries_written

            n = entries_written(entries, fmt, InterchangeOptions(source_lang=source_lang, target_lang=target_lang,
                                                                 langs=lang_list))
        left = f"; {len(entries) - n} entries have no row (a language missing)" if n < len(entries) else ""
        click.echo(f"wrote {n} entries to {output} ({fmt}{lost}{left})")
    else:
        click.echo(text, nl=False)
