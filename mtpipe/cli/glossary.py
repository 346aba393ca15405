"""``mtpipe glossary``: list, show, add, edit, remove, validate, diff, import, export, suggest, translit."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import click

_glossary_opt = click.option("--glossary", "glossaries", multiple=True, type=click.Path(path_type=Path),
                             help="Glossary file or folder; repeatable (default: ./glossaries).")


def _paths(glossaries: tuple[Path, ...]) -> list[Path]:
    return list(glossaries) or [Path("glossaries")]


def _load(glossaries: tuple[Path, ...]):  # type: ignore[no-untyped-def]
    from ..glossary import GlossaryError, load_glossaries

    try:
        return load_glossaries(_paths(glossaries))
    except GlossaryError as e:
        raise click.ClickException(f"{len(e.problems)} glossary problem(s):\n" + str(e)) from None


@click.group("glossary")
def glossary() -> None:
    """Maintain glossaries of names and terms.

    Example:

        mtpipe glossary add --zh 王子联 --kind person --dry-run --json
    """


@glossary.command("list")
@_glossary_opt
@click.option("--kind", default=None, help="Only this kind (person, place, org, term).")
@click.option("--unreviewed", is_flag=True, help="Only entries not yet reviewed.")
def list_cmd(glossaries: tuple[Path, ...], kind: str | None, unreviewed: bool) -> None:
    """One line per entry: id, kind, en, zh, file:line.

    Example:

        mtpipe glossary list --kind person --unreviewed
    """
    g = _load(glossaries)
    for e in g.entries:
        if (kind and e.kind != kind) or (unreviewed and e.reviewed):
            continue
        click.echo(f"{e.id}\t{e.kind}\t{e.en}\t{e.zh}\t{'' if e.reviewed else 'unreviewed'}\t{e.file}:{e.line}")


@glossary.command("show")
@click.argument("entry_id")
@_glossary_opt
def show(entry_id: str, glossaries: tuple[Path, ...]) -> None:
    """Print one entry as JSON, with its generated Russian case forms.

    Example:

        mtpipe glossary show wang-zilian
    """
    from ..glossary.ru_inflect import case_forms

    g = _load(glossaries)
    e = g.by_id.get(entry_id)
    if e is None:
        raise click.ClickException(f"no entry {entry_id!r}")
    d = e.content()
    d.update(notes=e.notes, file=f"{e.file}:{e.line}",
             ru_case_forms=[f for base in e.aliases.get("ru", []) for f in case_forms(base)])
    click.echo(json.dumps(d, ensure_ascii=False, indent=2))


@glossary.command("validate")
@_glossary_opt
def validate(glossaries: tuple[Path, ...]) -> None:
    """Check every file; print `file:line: reason` per problem and exit 1 if any.

    Example:

        mtpipe glossary validate --glossary glossaries/
    """
    from ..glossary import GlossaryError, load_glossaries

    try:
        g = load_glossaries(_paths(glossaries))
    except GlossaryError as e:
        for p in e.problems:
            click.echo(p)
        sys.exit(1)
    click.echo(f"ok: {len(g)} entries in {len(g.files)} files, hash {g.hash[:12]}")


@glossary.command("add")
@click.option("--zh", required=True, help="The name or term in Chinese characters.")
@click.option("--kind", type=click.Choice(["person", "place", "org", "term"]), default="person", show_default=True)
@click.option("--en", default=None, help="Override the generated English form.")
@click.option("--id", "entry_id", default=None, help="Override the generated id.")
@click.option("--file", "target", type=click.Path(path_type=Path), default=Path("glossaries/added.yaml"),
              show_default=True, help="File to add to.")
@click.option("--dry-run", is_flag=True, help="Print the entry; write nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print the entry as JSON.")
def add(zh: str, kind: str, en: str | None, entry_id: str | None, target: Path, dry_run: bool, as_json: bool) -> None:
    """Add an entry from hanzi: pinyin, Palladius and Sino-Vietnamese forms filled in, marked unreviewed.

    Example:

        mtpipe glossary add --zh 鼎湖区 --kind place --file glossaries/zhaoqing.yaml
    """
    from ..glossary import GlossaryError
    from ..glossary.authoring import entry_from_hanzi, slug
    from ..glossary.edit import add_entry

    entry = entry_from_hanzi(zh, kind)
    if en:
        entry["en"] = en
        entry["id"] = slug(en)
    if entry_id:
        entry["id"] = entry_id
    if as_json or dry_run:
        click.echo(json.dumps(entry, ensure_ascii=False, indent=None if as_json else 2))
    if dry_run:
        return
    try:
        add_entry(target, entry)
    except GlossaryError as e:
        raise click.ClickException(str(e)) from None
    if not as_json:
        click.echo(f"added {entry['id']} to {target}")


@glossary.command("edit")
@click.argument("entry_id")
@_glossary_opt
@click.option("--reviewed/--unreviewed", default=None, help="Mark reviewed (or not).")
@click.option("--en", default=None, help="New canonical English.")
@click.option("--zh", default=None, help="New canonical Chinese.")
@click.option("--alias", "aliases", multiple=True, help="Add an alias, as LANG:FORM (e.g. ru:Ван Цзы-лянь).")
@click.option("--notes", default=None, help="Replace the notes.")
def edit(entry_id: str, glossaries: tuple[Path, ...], reviewed: bool | None, en: str | None, zh: str | None,
         aliases: tuple[str, ...], notes: str | None) -> None:
    """Change an entry in place, keeping the file's comments and layout.

    Example:

        mtpipe glossary edit wang-zilian --reviewed --alias "ru:Ван Цзы-лянь"
    """
    from ..glossary import GlossaryError
    from ..glossary.edit import find_entry_file, update_entry

    path = find_entry_file(_paths(glossaries), entry_id)
    if path is None:
        raise click.ClickException(f"no entry {entry_id!r}")
    changes: dict[str, object] = {}
    if reviewed is not None:
        changes["reviewed"] = reviewed
    for k, v in (("en", en), ("zh", zh), ("notes", notes)):
        if v is not None:
            changes[k] = v
    add: dict[str, list[str]] = {}
    for a in aliases:
        lang, sep, form = a.partition(":")
        if not sep or lang not in ("ru", "vi", "en", "zh"):
            raise click.UsageError(f"--alias {a!r}: write LANG:FORM with LANG one of ru, vi, en, zh")
        add.setdefault(lang, []).append(form.strip())
    try:
        update_entry(path, entry_id, changes, add)
    except GlossaryError as e:
        raise click.ClickException(str(e)) from None
    click.echo(f"updated {entry_id} in {path}")


@glossary.command("remove")
@click.argument("entry_id")
@_glossary_opt
def remove(entry_id: str, glossaries: tuple[Path, ...]) -> None:
    """Remove an entry from its file.

    Example:

        mtpipe glossary remove miao-youyin
    """
    from ..glossary.edit import find_entry_file, remove_entry

    path = find_entry_file(_paths(glossaries), entry_id)
    if path is None:
        raise click.ClickException(f"no entry {entry_id!r}")
    remove_entry(path, entry_id)
    click.echo(f"removed {entry_id} from {path}")


@glossary.command("diff")
@click.argument("old", type=click.Path(path_type=Path, exists=True))
@click.argument("new", type=click.Path(path_type=Path, exists=True))
def diff(old: Path, new: Path) -> None:
    """Entries added, removed and changed between two glossary versions (files or folders).

    Example:

        mtpipe glossary diff old/glossaries glossaries
    """
    from ..glossary import GlossaryError, load_glossaries

    try:
        a, b = load_glossaries([old]).by_id, load_glossaries([new]).by_id
    except GlossaryError as e:
        raise click.ClickException(str(e)) from None
    for i in sorted(set(b) - set(a)):
        click.echo(f"+ {i}\t{b[i].en}\t{b[i].zh}")
    for i in sorted(set(a) - set(b)):
        click.echo(f"- {i}\t{a[i].en}\t{a[i].zh}")
    for i in sorted(set(a) & set(b)):
        ca, cb = a[i].content(), b[i].content()
        for k in ca:
            if ca[k] != cb[k]:
                click.echo(f"~ {i}\t{k}: {json.dumps(ca[k], ensure_ascii=False)} -> {json.dumps(cb[k], ensure_ascii=False)}")


_COLUMNS = ["id", "kind", "en", "zh", "ru", "vi", "en_aliases", "zh_aliases", "dnt", "reviewed", "notes"]


@glossary.command("export")
@_glossary_opt
@click.option("--format", "fmt", type=click.Choice(["tsv", "csv", "json"]), default="tsv", show_default=True)
def export(glossaries: tuple[Path, ...], fmt: str) -> None:
    """Write every entry to standard output (aliases joined with " | ").

    Example:

        mtpipe glossary export --format csv > terms.csv
    """
    g = _load(glossaries)
    if fmt == "json":
        for e in g.entries:
            click.echo(json.dumps({**e.content(), "notes": e.notes}, ensure_ascii=False))
        return
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t" if fmt == "tsv" else ",", lineterminator="\n")
    w.writerow(_COLUMNS)
    for e in g.entries:
        al = e.aliases
        w.writerow([e.id, e.kind, e.en, e.zh, " | ".join(al.get("ru", [])), " | ".join(al.get("vi", [])),
                    " | ".join(al.get("en", [])), " | ".join(al.get("zh", [])), str(e.dnt).lower(),
                    str(e.reviewed).lower(), e.notes])
    click.echo(buf.getvalue(), nl=False)


@glossary.command("import")
@click.argument("source", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option("--file", "target", type=click.Path(path_type=Path), required=True, help="Glossary file to add to.")
def import_cmd(source: Path, target: Path) -> None:
    """Add entries from a TSV/CSV file with the columns `mtpipe glossary export` writes.

    Example:

        mtpipe glossary import terms.tsv --file glossaries/imported.yaml
    """
    from ..glossary import GlossaryError
    from ..glossary.edit import add_entry

    text = source.read_text(encoding="utf-8-sig")
    dialect = "excel-tab" if "\t" in text.splitlines()[0] else "excel"
    n = 0
    for row_no, row in enumerate(csv.DictReader(io.StringIO(text), dialect=dialect), start=2):
        if not row.get("id") or not row.get("en") or not row.get("zh"):
            raise click.ClickException(f"{source}:{row_no}: needs id, en and zh")
        aliases = {}
        for col, lang in (("ru", "ru"), ("vi", "vi"), ("en_aliases", "en"), ("zh_aliases", "zh")):
            forms = [f.strip() for f in (row.get(col) or "").split("|") if f.strip()]
            if forms:
                aliases[lang] = forms
        entry = {"id": row["id"], "kind": row.get("kind") or "term", "en": row["en"], "zh": row["zh"],
                 "aliases": aliases, "dnt": (row.get("dnt") or "").lower() == "true",
                 "reviewed": (row.get("reviewed") or "false").lower() == "true", "notes": row.get("notes") or ""}
        if not entry["dnt"]:
            entry.pop("dnt")
        try:
            add_entry(target, entry)
        except GlossaryError as e:
            raise click.ClickException(f"{source}:{row_no}: {e}") from None
        n += 1
    click.echo(f"imported {n} entries into {target}")


@glossary.command("suggest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path, exists=True))
@_glossary_opt
@click.option("--json", "as_json", is_flag=True, help="One JSON object per candidate.")
@click.option("--min-count", default=1, show_default=True, help="Only names seen at least this often.")
def suggest(paths: tuple[Path, ...], glossaries: tuple[Path, ...], as_json: bool, min_count: int) -> None:
    """Propose Chinese names found in documents that the glossary lacks, variant spellings grouped.

    Example:

        mtpipe glossary suggest ../shared/seeds --glossary /dev/null
    """
    from ..glossary import Glossary
    from ..glossary.mine import suggest as mine
    from ..ingest import IngestError, iter_inputs, read_document
    from ..langid import detect

    g = Glossary() if [str(p) for p in glossaries] == ["/dev/null"] else _load(glossaries)
    docs = []
    for p in paths:
        root = p if p.is_dir() else p.parent
        for f in iter_inputs(p):
            try:
                d = read_document(f, root)
            except IngestError as e:
                click.echo(f"warning: {e}", err=True)
                continue
            docs += [(d.doc_id, para, detect(para)) for para in d.text.split("\n") if para.strip()]
    for c in mine(docs, g):
        if c.count < min_count:
            continue
        if as_json:
            click.echo(json.dumps({"key": c.key, "count": c.count, "forms": c.forms, "docs": sorted(c.docs),
                                   "langs": sorted(c.langs)}, ensure_ascii=False))
        else:
            forms = ", ".join(f"{k} ×{v}" for k, v in c.forms.items())
            click.echo(f"{c.key}\t{c.count}\t{forms}\t{', '.join(sorted(c.docs))}")


@glossary.command("translit")
@click.argument("texts", nargs=-1)
@click.option("--from", "src", type=click.Choice(["ru", "zh"]), required=True, help="Script of the input.")
@click.option("--to", "tgt", type=click.Choice(["en", "ru", "vi", "zh"]), required=True, help="Output form.")
@click.option("--kind", type=click.Choice(["person", "place"]), default="person", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Add confidence.")
def translit(texts: tuple[str, ...], src: str, tgt: str, kind: str, as_json: bool) -> None:
    """Transliterate names, one per argument, or one per line from stdin with `-`.

    Supported: zh -> en/ru/vi, ru -> en (any case form: Ван Цзыляня -> Wang Zilian).

    Example:

        echo 王子联 | mtpipe glossary translit --from zh --to ru -
    """
    from ..translit.engine import palladius, pinyin_name, ru_to_pinyin, sino_vietnamese

    names = [l.strip() for l in sys.stdin.read().splitlines()] if list(texts) == ["-"] else list(texts)
    if src == "ru" and tgt != "en":
        raise click.UsageError("from ru only --to en is supported")
    if src == "zh" and tgt == "zh":
        raise click.UsageError("--from zh --to zh does nothing")
    for n in names:
        if not n:
            click.echo("")
            continue
        conf = 1.0
        if src == "ru":
            out, conf = ru_to_pinyin(n)
        elif tgt == "en":
            out = pinyin_name(n, kind)
        elif tgt == "ru":
            out = palladius(n, kind)
        else:
            out = sino_vietnamese(n)
        click.echo(json.dumps({"input": n, "output": out, "confidence": conf}, ensure_ascii=False) if as_json else out)


COMMANDS: list[click.Command] = [glossary]
