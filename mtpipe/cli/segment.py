"""``mtpipe segment``: cleaned segments, languages, offsets and the ledger, without a model."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..options import CLEAN_POLICIES


@click.command("segment")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per document per line.")
@click.option("--keep-boilerplate", is_flag=True, help="Turn cleaning off.")
@click.option("--clean-policy", type=click.Choice(CLEAN_POLICIES), default=CLEAN_POLICIES[0],
              show_default=True, help="conservative: a cleaning rule of low measured precision keeps the line; weighed: "
              "one that would lose more than it gains on the page's language keeps it.")
@click.option("--glossary", "glossaries", multiple=True, type=click.Path(path_type=Path),
              help="Apply glossaries and show the protected terms.")
@click.option("--rules", multiple=True, type=click.Path(path_type=Path), help="Extra cleaning rules (TOML).")
@click.option("--config", "config_path", type=click.Path(path_type=Path), default=None,
              help="Model registry TOML (languages; token limits of the models already in the cache).")
def segment(paths: tuple[Path, ...], as_json: bool, keep_boilerplate: bool, glossaries: tuple[Path, ...],
            rules: tuple[Path, ...], config_path: Path | None, clean_policy: str = CLEAN_POLICIES[0]) -> None:
    """Show how documents are cleaned and split: the tool to tune the cleaning rules.

    The stages are those ``mtpipe translate`` runs before the model, built by the same
    factory with the same options; segments over a model's token limit are split only
    when that model is in the cache (``mtpipe models fetch``).
    Exit code 1 when a file could not be read (the others are still shown).

    Example:

        mtpipe segment tests/data/seeds/003_98611a0833de7545.txt --json
    """
    from ..clean import RuleError
    from ..config import ConfigError, load_config
    from ..document import named_warning
    from ..ingest import IngestError, read_document
    from ..inputs import printable, scan_inputs
    from ..options import TranslateOptions, cache_dir_of
    from ..stages.build import build_pipeline
    from ..tokens import RouteTokenCounter

    options = TranslateOptions(keep_boilerplate=keep_boilerplate, config_path=str(config_path) if config_path else None,
                               clean_policy=clean_policy)
    try:
        config = load_config(options.config_path)
    except ConfigError as e:
        raise click.ClickException(str(e)) from None
    protector = None
    if glossaries:
        try:
            from ..glossary import GlossaryError, Protect, load_glossaries
        except ImportError:  # the glossary package is optional here: segments are still shown
            click.echo("warning: glossary support is not available; --glossary ignored", err=True)
        else:
            try:
                protector = Protect(load_glossaries(glossaries))
            except GlossaryError as e:
                raise click.ClickException(str(e)) from None
    try:
        pipeline = build_pipeline(options, config, protector=protector,
                                  tokens=RouteTokenCounter(config, cache_dir_of(options)), present_only=True,
                                  clean_rules=tuple(map(str, rules)))
    except RuleError as e:
        raise click.ClickException(str(e)) from None
    failed = 0
    for p in paths:  # cross-document template lines are counted over everything shown (issue 12)
        if p.exists():
            pipeline.first_pass(scan_inputs(p).files, p if p.is_dir() else p.parent)
    for p in paths:
        if not p.exists():
            click.echo(f"warning: {printable(p)}: not found", err=True)
            failed += 1
            continue
        root = p if p.is_dir() else p.parent
        scan = scan_inputs(p)
        for file, reason in scan.problems:
            click.echo(f"warning: {file}: {reason}", err=True)
            failed += 1
        for w in scan.warnings:
            click.echo(f"warning: {w}", err=True)
        for f in scan.files:
            try:
                doc = read_document(f, root)
            except IngestError as e:
                click.echo(f"warning: {printable(e)}", err=True)
                failed += 1
                continue
            doc = pipeline(doc)
            for w in doc.warnings:  # named as mtpipe translate names them: "DOC: message"
                click.echo(f"warning: {printable(named_warning(doc.doc_id, w))}", err=True)
            if as_json:
                rec = {"doc": doc.doc_id,
                       "segments": [{"index": s.index, "src_lang": s.src_lang, "source": s.source, "start": s.start,
                                     "end": s.end, "paragraph": s.paragraph,
                                     **({"part": list(s.part)} if s.part else {}),
                                     **({"terms": [t.to_dict() for t in s.terms]} if glossaries else {})}
                                    for s in doc.segments],
                       "ledger": [e.to_dict() for e in doc.ledger],
                       "meta": {k: v for k, v in doc.meta.items() if k != "kept"}}
                click.echo(json.dumps(rec, ensure_ascii=False))
                continue
            click.secho(f"== {printable(doc.doc_id)} ({doc.meta.get('encoding')})", bold=True)
            found = ", ".join(f"{k}={doc.meta[k]}" for k in ("date", "source", "dateline", "byline", "place", "title")
                              if k in doc.meta)
            if found:
                click.echo(f"     meta {found}")
            for s in doc.segments:
                terms = " ".join(f"[{t.source}→{t.id}]" for t in s.terms)
                click.echo(f"{s.index:4d} {s.src_lang:3s} {s.start:6d}-{s.end:<6d} p{s.paragraph:<3d} {s.source}"
                           + (f"  {terms}" if terms else ""))
            for e in doc.ledger:
                extra = f" -> {e.replacement!r}" if e.replacement is not None else ""
                click.echo(f"     ledger {e.action:8s} {e.rule:28s} {e.start}-{e.end} {e.text.strip()[:70]!r}{extra}")
    if failed:
        sys.exit(1)


COMMANDS: list[click.Command] = [segment]
