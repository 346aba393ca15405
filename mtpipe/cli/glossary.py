"""``mtpipe glossary``: list, show, add, edit, remove, validate, diff, import, export, suggest, translit.

Thin layer: parsing and formatting only; the work is in :mod:`mtpipe.glossary` and
:mod:`mtpipe.translit`.  Writes keep comments and layout (round-trip YAML), and every
write is validated: if the glossary set no longer loads, the file is put back and the
problems are reported.

This module holds the group, the helpers its subcommands share, and the read-only commands
(list, show, validate, diff); the others register on the group from :mod:`.glossary_edit`
(add, edit, remove), :mod:`.glossary_io` (import, export) and :mod:`.glossary_names`
(suggest, translit), imported at the bottom.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from ..glossary.model import KINDS

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
@click.option("--kind", type=click.Choice(KINDS), help="Only this kind.")
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


# the other subcommands register themselves on the group
from .glossary_edit import add, edit, remove  # noqa: E402,F401
from .glossary_io import export, import_cmd  # noqa: E402,F401
from .glossary_names import suggest_cmd, translit  # noqa: E402,F401

COMMANDS: list[click.Command] = [glossary]
