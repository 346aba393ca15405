"""``mtpipe glossary``: list, show, add, edit, remove, validate, diff, import, export, suggest, translit.

Thin layer: parsing and formatting only; the work is in :mod:`mtpipe.glossary` and
:mod:`mtpipe.translit`.  Writes keep comments and layout (round-trip YAML), and every
write is validated: if the glossary set no longer loads, the file is put back and the
problems are reported.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from ..languages import LANGUAGES

DEFAULT_GLOSSARY = "glossaries"
DEFAULT_ADD_FILE = "added.yaml"


def _paths(ctx: click.Context) -> list[str]:
    return list(ctx.obj.get("glossary_paths") or [DEFAULT_GLOSSARY])


def _load(ctx: click.Context, allow_missing: bool = True) -> Any:
    from ..glossary import Glossary, GlossaryError, load_glossaries

    paths = [p for p in _paths(ctx) if Path(p).exists() or not allow_missing]
    if not paths:
        return Glossary()
    try:
        return load_glossaries(paths)
    except GlossaryError as e:
        raise click.ClickException(f"glossary does not load ({len(e.problems)} problems; run "
                                   f"'mtpipe glossary validate'): {e.problems[0]}")


def _write_file(ctx: click.Context, explicit: Path | None) -> Path:
    if explicit:
        return explicit
    first = Path(_paths(ctx)[0])
    if first.suffix in (".yaml", ".yml"):
        return first
    return first / DEFAULT_ADD_FILE


def _checked_write(ctx: click.Context, path: Path, action: Any, entry_id: str | None = None,
                   append: bool = False) -> None:
    """Run ``action(GlossaryFile)`` on ``path`` as one transaction (:func:`mtpipe.glossary.filelock.transaction`).

    The file is read under an exclusive lock, changed in memory, and the new text is checked
    with the whole glossary set before it replaces the file atomically: a refused change,
    a Ctrl-C or a kill leaves the old file, never a half-written or invalid one.
    """
    from ..glossary import GlossaryError, load_glossaries
    from ..glossary.edit import GlossaryFile, splice_change
    from ..glossary.filelock import transaction
    from ..glossary.loader import CACHE_MIN_CHARS

    paths = [p for p in _paths(ctx) if Path(p).exists()]

    def change(old: str | None) -> str:
        if old is not None and (entry_id is not None or append) and len(old) >= CACHE_MIN_CHARS:
            # a large file: change the entry's lines only (see splice_change)
            new = splice_change(path, old, entry_id, action)
            if new is not None:
                return new
        gf = GlossaryFile(path, old or "")
        action(gf)
        return str(gf.dumps())

    def validate(text: str) -> None:
        try:
            load_glossaries(paths, texts={path: text})
        except GlossaryError as e:
            raise click.ClickException("change not saved, the glossary would not load: "
                                       + "; ".join(e.problems[:3])) from None

    try:
        transaction(path, change, validate)
    except (KeyError, ValueError, GlossaryError) as e:
        if isinstance(e, GlossaryError):
            raise click.ClickException(e.problems[0] if len(e.problems) == 1 else "; ".join(e.problems[:3]))
        raise click.ClickException(f"{path}: {e.args[0] if e.args else e}")


def _write_output(path: Path, text: str) -> None:
    """An export or review file: written under a lock, atomically (never a truncated file)."""
    from ..glossary import GlossaryError
    from ..glossary.filelock import write_file

    try:
        write_file(path, text)
    except GlossaryError as e:
        raise click.ClickException(e.problems[0])


def _entry_dict(e: Any) -> dict[str, Any]:
    from ..glossary.interchange import _as_dict

    d = _as_dict(e)
    d["file"], d["line"] = e.file, e.line
    return d


class _GroupOptionsAnywhere(click.Group):
    """A group whose ``--glossary`` may also come after the subcommand (``glossary suggest DIR --glossary G``)."""

    moved = ("--glossary",)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        front: list[str] = []
        rest: list[str] = []
        i, seen_command = 0, False
        while i < len(args):
            a = args[i]
            if a == "--":
                rest += args[i:]
                break
            if seen_command and a in self.moved and i + 1 < len(args):
                front += [a, args[i + 1]]
                i += 2
                continue
            if seen_command and a.split("=", 1)[0] in self.moved and "=" in a:
                front.append(a)
            else:
                if not a.startswith("-") and not seen_command and (not rest or rest[-1] not in self.moved):
                    seen_command = True
                rest.append(a)
            i += 1
        return super().parse_args(ctx, front + rest)


@click.group("glossary", cls=_GroupOptionsAnywhere)
@click.option("--glossary", "glossary_paths", multiple=True, metavar="PATH",
              help=f"Glossary file or folder (repeatable; default: {DEFAULT_GLOSSARY}/).")
@click.pass_context
def glossary(ctx: click.Context, glossary_paths: tuple[str, ...]) -> None:
    """Maintain glossaries: entries, transliteration, candidate mining, interchange formats.

    Example:

        mtpipe glossary --glossary glossaries/ add --zh 王子联 --kind person --dry-run --json
    """
    ctx.ensure_object(dict)
    ctx.obj["glossary_paths"] = list(glossary_paths)


@glossary.command("list")
@click.option("--kind", type=click.Choice(["person", "place", "org", "term"]), help="Only this kind.")
@click.option("--unreviewed", is_flag=True, help="Only entries awaiting review.")
@click.option("--json", "as_json", is_flag=True, help="JSON lines.")
@click.pass_context
def list_cmd(ctx: click.Context, kind: str | None, unreviewed: bool, as_json: bool) -> None:
    """List entries: id, kind, en, zh.

    Example:

        mtpipe glossary list --kind person --unreviewed
    """
    g = _load(ctx)
    for e in g.entries:
        if (kind and e.kind != kind) or (unreviewed and e.reviewed):
            continue
        if as_json:
            click.echo(json.dumps(_entry_dict(e), ensure_ascii=False))
        else:
            click.echo(f"{e.id}\t{e.kind}\t{e.en}\t{e.zh}{'' if e.reviewed else chr(9) + '(unreviewed)'}")


@glossary.command("show")
@click.argument("entry_id")
@click.option("--json", "as_json", is_flag=True, help="JSON.")
@click.pass_context
def show(ctx: click.Context, entry_id: str, as_json: bool) -> None:
    """Show one entry with every form, and the Russian case forms the matcher uses.

    Example:

        mtpipe glossary show wang-zilian
    """
    from ..glossary.ru_inflect import case_forms

    g = _load(ctx)
    e = g.by_id.get(entry_id)
    if e is None:
        raise click.ClickException(f"no entry {entry_id!r}")
    d = _entry_dict(e)
    d["ru_case_forms"] = sorted({f for a in e.aliases.get("ru", []) for f in case_forms(a)})
    if as_json:
        click.echo(json.dumps(d, ensure_ascii=False, indent=2))
        return
    for k, v in d.items():
        click.echo(f"{k}: {v}")


@glossary.command("add")
@click.option("--zh", default=None, help="The name in simplified Chinese (or give --from-ru / --from-vi).")
@click.option("--from-ru", "from_ru", default=None, metavar="NAME",
              help="The name as Russian writes it: hanzi candidates are ranked from it (with --from-vi too).")
@click.option("--from-vi", "from_vi", default=None, metavar="NAME",
              help="The name as Vietnamese writes it: its Sino-Vietnamese syllables narrow the hanzi.")
@click.option("--kind", type=click.Choice(["person", "place", "org", "term"]), default="person", show_default=True)
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
@click.option("--kind", type=click.Choice(["person", "place", "org", "term"]), default=None)
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


@glossary.command("validate")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.pass_context
def validate(ctx: click.Context, paths: tuple[Path, ...]) -> None:
    """Check glossary files; print ``file:line: reason`` per problem and exit 1 if any.

    Example:

        mtpipe glossary validate glossaries/
    """
    from ..glossary.validation import validate_glossaries

    targets = [str(p) for p in paths] or _paths(ctx)
    v = validate_glossaries(targets)  # a large set unchanged since the last check: answered from the cache
    if v.problems:
        for p in v.problems:
            click.echo(p)
        sys.exit(1)
    for w in v.lint:
        click.echo(f"warning: {w}")
    for w in v.warnings:
        click.echo(w)
    partial = f", {v.partial} partial" if v.partial else ""
    click.echo(f"ok: {v.entries} entries in {v.files} files ({v.unreviewed} unreviewed{partial}); "
               f"hash {v.hash[:12]}")


def _diff(old: Any, new: Any) -> list[dict[str, Any]]:
    from ..glossary.interchange import _as_dict

    o, n = old.by_id, new.by_id
    out: list[dict[str, Any]] = []
    for eid in sorted(set(o) | set(n)):
        if eid not in n:
            out.append({"op": "removed", "id": eid, "en": o[eid].en, "zh": o[eid].zh})
        elif eid not in o:
            out.append({"op": "added", "id": eid, "en": n[eid].en, "zh": n[eid].zh})
        else:
            a, b = _as_dict(o[eid]), _as_dict(n[eid])
            fields = {}
            for k in sorted(set(a) | set(b)):
                if k == "aliases":
                    for lang in sorted(set(a.get(k, {})) | set(b.get(k, {}))):
                        x, y = sorted(a.get(k, {}).get(lang, [])), sorted(b.get(k, {}).get(lang, []))
                        if x != y:
                            fields[f"aliases.{lang}"] = [x, y]
                elif a.get(k) != b.get(k):
                    fields[k] = [a.get(k), b.get(k)]
            if fields:
                out.append({"op": "changed", "id": eid, "fields": fields})
    return out


@glossary.command("diff")
@click.argument("old", type=click.Path(path_type=Path, exists=True))
@click.argument("new", type=click.Path(path_type=Path, exists=True))
@click.option("--json", "as_json", is_flag=True, help="JSON lines.")
def diff(old: Path, new: Path, as_json: bool) -> None:
    """Entries added, removed and changed between two glossary versions (files or folders).

    Example:

        mtpipe glossary diff old-glossaries/ glossaries/
    """
    from ..glossary import GlossaryError, load_glossaries

    try:
        a, b = load_glossaries([old]), load_glossaries([new])
    except GlossaryError as e:
        raise click.ClickException(f"cannot load: {e.problems[0]}")
    changes = _diff(a, b)
    for c in changes:
        if as_json:
            click.echo(json.dumps(c, ensure_ascii=False))
        elif c["op"] == "changed":
            click.echo(f"~ {c['id']}")
            for k, (x, y) in c["fields"].items():
                click.echo(f"    {k}: {x!r} -> {y!r}")
        else:
            click.echo(f"{'+' if c['op'] == 'added' else '-'} {c['id']}: {c['en']} / {c['zh']}")
    if not as_json:
        counts = {op: sum(c["op"] == op for c in changes) for op in ("added", "removed", "changed")}
        click.echo(f"{counts['added']} added, {counts['removed']} removed, {counts['changed']} changed")


def _fmt_option(f: Any) -> Any:
    from ..glossary.interchange import FORMATS

    f = click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default=None,
                     help="Format (import: read from the content; export: from the suffix .tbx .tmx .json "
                          ".tsv(deepl-tsv) .csv(google-sets)).")(f)
    f = click.option("--source-lang", default="ru", show_default=True,
                     help="Source language of pair layouts (and first column of amazon).")(f)
    f = click.option("--target-lang", default="en", show_default=True, help="Target language of pair layouts.")(f)
    f = click.option("--raw-cells", is_flag=True,
                     help="CSV/TSV: keep cells starting with = + - @ as they are (default: a leading ' "
                          "neutralises them for spreadsheets, and is stripped on import).")(f)
    return f


def _read_source(source: Path) -> str:
    try:
        return source.read_text(encoding="utf-8-sig")
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
@click.option("--kind", type=click.Choice(["person", "place", "org", "term"]), default="term", show_default=True,
              help="Kind for entries that carry none.")
@click.option("--file", "file_", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Glossary file to add new entries to.")
@click.option("--dry-run", is_flag=True, help="Print what would be imported and changed; write nothing.")
@click.pass_context
def import_cmd(ctx: click.Context, source: Path, fmt: str | None, source_lang: str, target_lang: str, raw_cells: bool,
               reviewed: bool, kind: str, file_: Path | None, dry_run: bool) -> None:
    """Merge entries from CSV/TSV (DeepL, Google, Amazon), TBX (v2, v3), TMX, JSON or a reviewed suggest file.

    The format is read from the content.  An imported entry goes into the glossary entry
    with its id, or the one entry sharing a form with it (filling a missing en/zh target,
    adding aliases), or becomes a new entry; a one-target pair file (DeepL ru->en) makes
    partial entries that 'validate' lists.  A different canonical form is reported, not
    applied.  A non-empty file with no entry is an error.

    Example:

        mtpipe glossary export --format deepl -o ru-en.csv && mtpipe glossary import --dry-run ru-en.csv
    """
    from ..glossary.interchange import InterchangeOptions, detect_format, merge_entries, read_entries

    opts = InterchangeOptions(source_lang=source_lang, target_lang=target_lang, kind=kind, reviewed=reviewed,
                              neutralise_formulas=not raw_cells)
    text = _read_source(source)
    ignored: dict[str, int] = {}
    try:
        fmt = fmt or detect_format(text, source.name)
        if fmt == "yaml":
            entries = _yaml_entries(source, reviewed)
        else:
            res = read_entries(text, fmt, opts)
            entries, ignored = res.entries, res.ignored
    except click.ClickException:
        raise
    except Exception as e:  # malformed XML, JSON, CSV or YAML: one line, no traceback
        if (ctx.obj or {}).get("debug"):
            raise
        mark = getattr(e, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        reason = getattr(e, "problem", None) or (str(e).splitlines() or [type(e).__name__])[0]
        raise click.ClickException(f"{source}{where}: cannot import: {reason}")
    if not entries:
        raise click.ClickException(f"{source}: no glossary entry found")
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
    verb = "would import" if dry_run else "imported"
    click.echo(f"{verb} {len(plan.new)} new entries ({partial} partial) into {_write_file(ctx, file_)} from {fmt}; "
               f"{len(plan.updates)} updated, {plan.unchanged} unchanged, {len(plan.conflicts)} conflicts")


@glossary.command("export")
@_fmt_option
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Output file (default: stdout; the format then defaults to tbx).")
@click.option("--langs", default="en,zh,ru,vi", show_default=True,
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
        click.echo(f"wrote {len(entries)} entries to {output} ({fmt}{lost})")
    else:
        click.echo(text, nl=False)


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
    sugg = suggest(corpus, g, MineOptions(min_count=min_count, places=not no_places))
    if output:
        _write_output(output, review_yaml(sugg, g.by_id))
    for s in sugg:
        forms = {lang: dict(c) for lang, c in s.forms.items()}
        if as_json:
            click.echo(json.dumps({"kind": s.kind, "en": s.en, "zh": s.zh, "confidence": round(s.confidence, 3),
                                   "zh_confidence": round(s.zh_confidence, 3), "count": s.count, "forms": forms,
                                   "contexts": s.contexts, "documents": len(s.documents),
                                   "zh_candidates": [{"zh": h, "confidence": c} for h, c in s.zh_candidates],
                                   "evidence": [e for e in s.evidence if not e.startswith("vi: ")]},
                                  ensure_ascii=False))
        else:
            seen = "; ".join(", ".join(f"{f} x{n}" for f, n in c.items()) for c in forms.values())
            why = "; ".join(e for e in s.evidence if not e.startswith("vi: "))
            click.echo(f"{s.kind}\t{s.en}\t{s.zh or '-'}\t{s.confidence:.2f}\t{seen}" + (f"\t{why}" if why else ""))
    if output:
        click.echo(f"wrote {len(sugg)} suggestions to {output}", err=True)


@glossary.command("translit")
@click.option("--from", "src", type=click.Choice(["ru", "vi", "zh", "en"]), required=True, help="Source script.")
@click.option("--to", "tgt", type=click.Choice(["en", "ru", "zh", "vi"]), required=True, help="Target.")
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


COMMANDS: list[click.Command] = [glossary]
