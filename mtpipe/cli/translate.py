"""``mtpipe translate``: the main job."""

from __future__ import annotations

from pathlib import Path

import click

from ..engines import ENGINES
from ..options import CLEAN_POLICIES
from ..pipeline import EXIT_OK, JobError, TranslateOptions


#: The library's defaults: every option below takes its default from here (one place).
_D = TranslateOptions()


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(",") if v.strip())


def _default_glossaries() -> tuple[str, ...]:
    here = Path("glossaries")
    return (str(here),) if here.is_dir() else ()


@click.command("translate")
@click.argument("input_dir", type=click.Path(path_type=Path))
@click.option("-o", "--output", "output_dir", required=True, type=click.Path(path_type=Path),
              help="Output folder (created; input paths are mirrored under it).")
@click.option("--to", "targets", default=",".join(_D.targets), show_default=True, help="Target languages, comma-separated.")
@click.option("--config", "config_path", type=click.Path(path_type=Path), default=None,
              help="Model registry TOML (default: ./configs/default.toml if present, else the bundled one).")
@click.option("--glossary", "glossaries", multiple=True, type=click.Path(path_type=Path),
              help="Glossary file or folder; repeatable (default: ./glossaries if present).")
@click.option("--no-glossary", is_flag=True, help="Translate without glossary protection.")
@click.option("--format", "formats", default=",".join(_D.formats), show_default=True,
              help="Outputs, comma-separated: jsonl, tmx, text, html.")
@click.option("--tmx-combined", is_flag=True,
              help="Also write one translations.tmx for the whole job (needs the jsonl format).")
@click.option("--keep-boilerplate", is_flag=True, help="Turn cleaning off (nothing is removed).")
@click.option("--clean-policy", type=click.Choice(CLEAN_POLICIES), default=_D.clean_policy,
              show_default=True, help="conservative: a cleaning rule of low measured precision keeps the line; weighed: "
              "one that would lose more than it gains on the page's language keeps it.")
@click.option("--strict-terms", is_flag=True, help="Exit 1 if any glossary term could not be verified.")
@click.option("--no-normalize", is_flag=True, help="Keep alias spellings in pass-through segments.")
@click.option("--device", type=click.Choice(["auto", "cpu", "cuda"]), default=None, help="Device (default: config).")
@click.option("--device-index", default=",".join(map(str, _D.device_index)), show_default=True, help="GPU indices, comma-separated.")
@click.option("--compute-type", default=None, help="int8, float16, int8_float16, float32 or auto.")
@click.option("--intra-threads", default=_D.intra_threads, show_default=True, help="Threads per translation (0 = default).")
@click.option("--inter-threads", default=_D.inter_threads, show_default=True, help="Parallel translations per model.")
@click.option("--window", default=_D.window, show_default=True, help="Documents batched together per model call.")
@click.option("--no-cache", is_flag=True, help="Bypass the translation memory.")
@click.option("--tm", "tm_path", type=click.Path(path_type=Path), default=None,
              help="Translation-memory file (default: OUTPUT/.mtpipe/tm.sqlite).")
@click.option("--no-resume", is_flag=True, help="Translate every document again, even if finished before.")
@click.option("--max-bytes", default=_D.max_bytes, show_default=True, help="Skip input files larger than this.")
@click.option("--no-fetch", is_flag=True, help="Do not download missing models; fail instead.")
@click.option("--no-auto-names", is_flag=True, help="Leave Russian names missing from the glossary to the model.")
@click.option("--term-strategies", default=",".join(_D.term_strategies), show_default=True,
              help="Term-protection strategies in the order tried, comma-separated.")
@click.option("--no-prefetch", is_flag=True,
              help="Prepare the next documents only after the current window is translated (no thread).")
@click.option("--no-term-probe", is_flag=True,
              help="Try every term strategy on every model (no probe of what the model carries through).")
@click.option("--log-json", is_flag=True, help="Progress as JSON lines on stderr (when not on a terminal).")
@click.option("--engine", type=click.Choice(list(ENGINES)), default=_D.engine, show_default=True,
              help="Translate in this process, or on a Ray cluster (the 'ray' extra).")
@click.option("--workers", default=_D.workers, show_default=True, type=click.IntRange(min=0),
              help="Local engine: processes reading, cleaning, segmenting and protecting documents "
                   "(1 = in this process, 0 = the cores --intra-threads leaves); outputs are the same.")
@click.option("--ray-actors", default=_D.ray_actors, type=click.IntRange(min=1),
              help="Ray engine: model actors (default: one per GPU of the cluster, else one per "
                   "--intra-threads CPUs).")
@click.option("--address", default=None, help="Ray cluster address (default: start a local Ray).")
@click.option("--cache-dir", type=click.Path(path_type=Path), default=None, help="Fetched-models cache.")
@click.option("--max-chars", default=_D.max_chars, show_default=True,
              help="Longest document in characters (bounds memory); a longer one fails alone.")
@click.option("--doc-timeout", default=_D.doc_timeout, show_default=True,
              help="Seconds one document may take to prepare; a slower one fails alone.")
@click.option("--follow-symlinks", is_flag=True,
              help="Read symlinked files whose target is outside INPUT_DIR (default: skip them with a problem).")
@click.option("--exclude", "exclude", multiple=True, default=(), type=click.Path(path_type=Path),
              help="Folder under INPUT_DIR not to read (repeatable); needed when -o is inside INPUT_DIR.")
@click.option("--dry-run", is_flag=True,
              help="Print the plan (documents to translate, update, write; glossary changes) and translate nothing.")
@click.option("--wait", is_flag=True, help="If another job is writing to OUTPUT, wait for it instead of failing.")
@click.pass_context
def translate(ctx: click.Context, input_dir: Path, output_dir: Path, targets: str, config_path: Path | None,
              glossaries: tuple[Path, ...], no_glossary: bool, formats: str, tmx_combined: bool, keep_boilerplate: bool,
              strict_terms: bool, no_normalize: bool, device: str | None, device_index: str,
              compute_type: str | None, intra_threads: int, inter_threads: int, window: int, no_cache: bool,
              tm_path: Path | None, no_resume: bool, no_fetch: bool, max_bytes: int, no_auto_names: bool,
              term_strategies: str, no_prefetch: bool, no_term_probe: bool, log_json: bool, engine: str, workers: int,
              ray_actors: int | None, address: str | None, cache_dir: Path | None,
              dry_run: bool = False, wait: bool = False, follow_symlinks: bool = False,
              exclude: tuple[Path, ...] = (), max_chars: int = 2_000_000, doc_timeout: float = 600.0,
              clean_policy: str = CLEAN_POLICIES[0]) -> None:
    """Translate every .txt/.md/.html document under INPUT_DIR into English and Chinese.

    Writes NAME.jsonl, NAME.tmx, NAME.en.txt, NAME.zh.txt and NAME.ledger.jsonl
    per document (mirroring INPUT_DIR) and report.json. Exit codes: 0 all done,
    1 some documents failed (or unverified terms with --strict-terms), 2 usage,
    config, glossary or model error.

    Example:

        mtpipe translate examples -o out --to en,zh --config models/tiny/mtpipe.toml
    """
    from ..writers import WRITERS

    _check_values(targets=targets, intra_threads=intra_threads, inter_threads=inter_threads, window=window,
                  max_bytes=max_bytes, max_chars=max_chars, doc_timeout=doc_timeout)
    fmts = _split(formats)
    for f in fmts:
        if f not in WRITERS:
            raise click.UsageError(f"unknown format {f!r} (choose from {', '.join(sorted(WRITERS))})")
    if tmx_combined and "jsonl" not in fmts:
        raise click.UsageError("--tmx-combined is built from the JSONL outputs: add jsonl to --format")
    try:
        indices = tuple(int(i) for i in _split(device_index))
    except ValueError:
        raise click.UsageError(f"--device-index must be comma-separated integers, not {device_index!r}") from None
    glossary_paths = () if no_glossary else (tuple(str(g) for g in glossaries) or _default_glossaries())
    if not glossary_paths and not no_glossary:
        click.echo("warning: no glossary loaded (no --glossary given and no ./glossaries folder): names and terms "
                   "go to the model unprotected; --no-glossary silences this", err=True)
    opts = TranslateOptions(
        targets=_split(targets),
        config_path=str(config_path) if config_path else None,
        glossary_paths=glossary_paths,
        formats=fmts,
        keep_boilerplate=keep_boilerplate,
        clean_policy=clean_policy,
        strict_terms=strict_terms,
        normalize=not no_normalize,
        device=device,
        compute_type=compute_type,
        device_index=indices,
        intra_threads=intra_threads,
        inter_threads=inter_threads,
        window=window,
        tm_path=str(tm_path) if tm_path else None,
        use_tm=not no_cache,
        resume=not no_resume,
        cache_dir=str(cache_dir) if cache_dir else None,
        fetch_missing=not no_fetch,
        max_bytes=max_bytes,
        engine=engine,
        workers=workers,
        ray_actors=ray_actors,
        address=address,
        auto_names=not no_auto_names,
        term_strategies=tuple(x.strip() for x in term_strategies.split(",") if x.strip()),
        probe_terms=not no_term_probe,
        prefetch=not no_prefetch,
        follow_symlinks=follow_symlinks,
        exclude=tuple(str(e) for e in exclude),
        max_chars=max_chars,
        doc_timeout=doc_timeout,
        tmx_combined=tmx_combined,
        wait=wait,
    )
    from ..pipeline import Job

    debug = (ctx.obj or {}).get("debug", False)
    from ..pipeline import check_input

    try:
        check_input(input_dir)
        job = Job.prepare(opts)
        job.notify = lambda line: click.echo(line, err=True)
        if dry_run:
            plan = job.plan(input_dir, output_dir)
            for line in plan.lines():
                click.echo(line)
            for file, reason, _ in plan.problems:
                click.echo(f"refused: {file}: {reason}")
            return
        report = _run_with_progress(job, input_dir, output_dir, log_json)
    except JobError as e:
        click.echo(f"Error: {e}", err=True)
        ctx.exit(e.exit_code)
        return
    except KeyboardInterrupt:  # Ctrl-C: the shell's status for SIGINT, not click's "Aborted!" and 1
        click.echo(f"interrupted: the documents finished in {output_dir} are kept; run the same command "
                   "again to resume", err=True)
        ctx.exit(130)
        return
    except Exception as e:
        if debug:
            raise
        click.echo(f"Error: {type(e).__name__}: {e} (run with --debug for the traceback)", err=True)
        ctx.exit(2)
        return
    from ..inputs import printable  # names may hold newlines or terminal escapes: one line each

    from .progress_lines import grouped_warnings

    for w in grouped_warnings([printable(w) for w in getattr(report, "warnings", [])], output_dir / "report.json"):
        click.echo(f"warning: {w}", err=True)
    for p in report.problems:
        click.echo(f"error: {printable(p['file'])}: {printable(p['reason'])}", err=True)
    for p in getattr(report, "failed_outputs", []):
        click.echo(f"error: {printable(p['file'])}: run-level output not written: {printable(p['reason'])}", err=True)
    for key, probe in getattr(report, "term_strategies", {}).items():
        if probe["strategies"] != probe["configured"]:
            got = ", ".join(f"{s} {n}" for s, n in probe["probe"].items())
            click.echo(f"note: terms into {key}: the model kept them in {got} probe sentences; "
                       f"strategies used: {', '.join(probe['strategies'])}", err=True)
    for row in getattr(report, "consistency", [])[:20]:
        forms = ", ".join(f"{k} ×{v}" for k, v in row["forms"].items())
        click.echo(f"variants: {row['id']} ({row['en']} / {row['zh']}): {forms}", err=True)
    for a in getattr(report, "executor", {}).get("per_actor", []):
        rate = f", {a['segments'] / a['busy_s']:.1f} segments/s busy" if a.get("busy_s") else ""
        click.echo(f"ray actor {a['actor']} (node {a['node']}): {a['windows']} windows ({a['share']:.0%}), "
                   f"{a['segments']} segments{rate}", err=True)
    click.echo(report.summary_line(), err=True)
    code = report.exit_code()
    if code != EXIT_OK:
        ctx.exit(code)


def _check_values(*, targets: str, intra_threads: int, inter_threads: int, window: int, max_bytes: int,
                  max_chars: int = 1, doc_timeout: float = 1.0) -> None:
    """Refuse option values that would hang the job or do nothing (exit 2, one line)."""
    if not _split(targets):
        raise click.BadParameter("needs at least one target language (en, zh)", param_hint="--to")
    if inter_threads < 1:
        raise click.BadParameter(f"must be at least 1, not {inter_threads}", param_hint="--inter-threads")
    if intra_threads < 0:
        raise click.BadParameter(f"must be 0 (the library default) or more, not {intra_threads}",
                                 param_hint="--intra-threads")
    if window < 1:
        raise click.BadParameter(f"must be at least 1, not {window}", param_hint="--window")
    if max_bytes < 1:
        raise click.BadParameter(f"must be at least 1, not {max_bytes}", param_hint="--max-bytes")
    if max_chars < 1:
        raise click.BadParameter(f"must be at least 1, not {max_chars}", param_hint="--max-chars")
    if doc_timeout <= 0:
        raise click.BadParameter(f"must be more than 0, not {doc_timeout}", param_hint="--doc-timeout")


#: Share of the bytes to translate done before an ETA is told (the first documents carry the start-up:
#: one 2 KB document of 520 KB finished first said 0:25:21 for a 35 s run).
ETA_AFTER = 0.01

#: Seconds without a finished document after which a "still working" line is printed.
HEARTBEAT_S = 60.0


def _run_with_progress(job, input_dir: Path, output_dir: Path, log_json: bool = False):  # type: ignore[no-untyped-def]
    """A rich progress bar on a terminal; plain (or JSON) lines every few seconds otherwise.

    Both show documents done of the total (a failed one counts as done, the failed ones told), new segments (translated by this run: a document an earlier run
    finished counts with none, the summary line counts every document's), segments/s, source tokens/s and the ETA
    (the bytes of the documents still to do at the bytes/s of those this run translated so far).
    """
    import json
    import sys
    import time

    from ..inputs import printable, scan_inputs
    from .progress_lines import actor_stats

    start = time.monotonic()
    files = scan_inputs(input_dir, follow_symlinks=job.options.follow_symlinks, exclude=job.options.exclude).files
    total = len(files)
    # a failed document is finished too (with a problem): the count reaches the total, the failed ones told
    totals = {"documents": 0, "total_documents": total, "failed": 0, "segments": 0, "source_tokens": 0}
    # the ETA weighs documents by their size in bytes (a folder of a few MB-long files and many one-line
    # ones), and its rate counts only the documents this run worked on (not those an earlier run finished)
    sizes = _sizes(files, input_dir)
    bytes_left = [sum(sizes.values())]
    worked = {"bytes": 0}

    last_done = [start]

    def count(n: int, tokens: int, doc: str = "", outcome: str = "") -> tuple[float, float, float, float | None]:
        last_done[0] = time.monotonic()
        totals["documents"] += 1
        totals["failed"] += outcome == "failed"
        totals["segments"] += n
        totals["source_tokens"] += tokens
        size = sizes.get(doc, 0)
        bytes_left[0] = max(bytes_left[0] - size, 0)
        if n or tokens:
            worked["bytes"] += size
        now = time.monotonic()
        elapsed = max(now - start, 1e-9)
        eta: float | None
        if totals["documents"] >= total:
            eta = 0.0
        elif worked["bytes"] >= ETA_AFTER * (worked["bytes"] + bytes_left[0]):
            eta = bytes_left[0] * elapsed / worked["bytes"]
        else:
            eta = None
        return now, totals["segments"] / elapsed, totals["source_tokens"] / elapsed, eta

    if log_json or not sys.stderr.isatty():
        last = [0.0]

        def note(doc: str, n: int, tokens: int = 0, outcome: str = "") -> None:
            now, rate, tok_rate, eta = count(n, tokens, doc, outcome)
            if now - last[0] < 5.0 and not log_json and totals["documents"] < total:
                return
            last[0] = now
            actors = actor_stats(job)
            if log_json:
                extra = {"actors": actors} if actors else {}
                click.echo(json.dumps({"event": "document", "doc": doc, "doc_segments": n, "outcome": outcome or "done",
                                       **totals, **extra,
                                       "segments_per_s": round(rate, 2), "source_tokens_per_s": round(tok_rate, 1),
                                       "elapsed_s": round(now - start, 2),
                                       "eta_s": round(eta, 1) if eta is not None else None},
                                      ensure_ascii=False), err=True)
            else:
                failed = f" ({totals['failed']} failed)" if totals["failed"] else ""
                click.echo(f"progress: {totals['documents']}/{total} documents{failed}, {totals['segments']} new segments, "
                           f"{rate:.1f} segments/s, {tok_rate:.0f} source tokens/s, ETA {_hms(eta)}, last {printable(doc)}",
                           err=True)
                if actors:
                    click.echo("progress: actors " + "; ".join(
                        f"#{a['actor']} {a['calls']} windows, {a['rows']} segments"
                        + (f", {a['rows'] / a['busy_s']:.1f} segments/s busy" if a.get("busy_s") else "")
                        for a in actors), err=True)

        import threading

        stop = threading.Event()

        def heartbeat() -> None:  # progress never stalls silently: a line while no document finishes
            while not stop.wait(HEARTBEAT_S):
                idle = time.monotonic() - last_done[0]
                if idle >= HEARTBEAT_S:
                    click.echo(f"progress: {totals['documents']}/{total} documents, still working "
                               f"({idle:.0f} s since the last document finished)", err=True)

        beat = threading.Thread(target=heartbeat, name="mtpipe-heartbeat", daemon=True)
        beat.start()
        try:
            return job.run(input_dir, output_dir, progress=note)
        finally:
            stop.set()
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                               TimeRemainingColumn)

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  TextColumn("ETA"), TimeRemainingColumn(), TextColumn("{task.fields[rate]}"), transient=True) as bar:
        task = bar.add_task("translating", total=total, rate="")

        def tick(doc: str, n: int, tokens: int = 0, outcome: str = "") -> None:
            _, rate, tok_rate, _ = count(n, tokens, doc, outcome)
            bar.update(task, advance=1, description=f"translating {printable(doc)}",
                       rate=f"{totals['segments']} new seg, {rate:.1f} seg/s, {tok_rate:.0f} tok/s")

        return job.run(input_dir, output_dir, progress=tick)


def _sizes(files: list[Path], input_dir: Path) -> dict[str, int]:
    """Each input's size in bytes under the document id it is reported by (its path under ``input_dir``)."""
    from ..inputs import doc_id_for

    out = {}
    for f in files:
        try:
            out[doc_id_for(f, input_dir)] = f.stat().st_size
        except (OSError, ValueError):
            continue
    return out


def _hms(seconds: float | None) -> str:
    if seconds is None:
        return "?"
    s = int(round(seconds))
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"


COMMANDS: list[click.Command] = [translate]
