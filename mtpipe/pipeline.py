"""The translate job: a folder of documents in, aligned outputs and a report out.

The library entry point is :func:`translate_folder`; ``mtpipe translate`` is a
thin layer over it.  Documents are read, cleaned, segmented and protected one by
one, gathered in a bounded window, translated in batches that cross document
boundaries (one model call per language pair per window), then written as each
window completes, so memory is bounded by the window and not by the corpus.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from . import __version__
from .config import Config, ConfigError, load_config
from .document import Document, Segment, Translation
from .errors import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, JobError
from .languages import TARGETS

__all__ = ["TranslateOptions", "JobError", "Job", "translate_folder", "EXIT_OK", "EXIT_PARTIAL", "EXIT_USAGE"]

log = logging.getLogger("mtpipe")


@dataclass
class TranslateOptions:
    """Options of a translate job.

    Attributes:
        targets: Target languages, in output order.
        config_path: Model registry TOML; the bundled default when None.
        glossary_paths: Glossary files or folders; none means no protection.
        formats: Writers to run (``jsonl``, ``tmx``, ``text``, ``html``).
        keep_boilerplate: Turn cleaning off (the ledger then only holds repairs).
        strict_terms: Any unverified glossary term makes the exit code non-zero.
        normalize: Rewrite glossary aliases to canonical forms in pass-through text.
        device: ``auto``, ``cpu`` or ``cuda``; None takes the config's.
        compute_type: CTranslate2 compute type; None takes the config's.
        device_index: GPU indices.
        intra_threads: Threads per translation (0 = CTranslate2 default).
        inter_threads: Parallel translations per model.
        window: Documents gathered before one round of model calls.
        tm_path: Translation-memory SQLite file; None = ``OUTPUT/.mtpipe/tm.sqlite``.
        use_tm: Reuse and store translations in the translation memory.
        resume: Skip documents whose outputs are already complete for the same
            input and settings.
        cache_dir: Where fetched models live (``models fetch`` cache).
        auto_names: Give Palladius-shaped Russian names missing from the glossary their rule-based
            pinyin (terms ``auto:…``, segments flagged ``auto_name``).
        engine: ``local`` (CTranslate2 in this process) or ``ray`` (an actor pool on a Ray cluster).
        address: Ray cluster address (``auto``, ``ray://host:10001``); None starts a local Ray.
        max_bytes: Larger input files are skipped with a problem (not read into memory).
        fetch_missing: Download (and convert) models that are not in the cache
            yet, as ``mtpipe models fetch`` would; off, a missing model is an error.
        term_strategies: Term-protection strategies in the order tried
            (:data:`mtpipe.glossary.STRATEGIES`: ``placeholder``, ``inline``, ``pieces``).
        probe_terms: Before the first segment with terms goes to a model, check on fixed probe
            sentences which strategies that model carries terms through, and skip the ones it
            fails (:mod:`mtpipe.glossary.probe`); the result is in ``report.json``.
        prefetch: Read, clean, segment and protect the next documents (up to one window ahead)
            in a thread while the current window is being translated; outputs are the same.
        tmx_combined: Also write ``translations.tmx`` for the whole job (from the JSONL outputs,
            so ``jsonl`` must be among ``formats``); see :func:`mtpipe.writers.tmx.write_combined_tmx`.
        wait: When another job holds the output folder's lock, wait for it instead of failing.
        workers: Processes running the front stages with the local engine (``--workers``); 1 runs
            them in this process, 0 takes the cores ``intra_threads`` leaves; outputs are the same.
        ray_actors: Actors of the Ray engine (``--ray-actors``); None: one per GPU of the cluster,
            else one per ``intra_threads`` CPUs (one CPU when 0).
        follow_symlinks: Read symlinked files whose target is outside the input folder
            (off: they are skipped with a problem; see :mod:`mtpipe.inputs`).
        exclude: Folders under the input folder not to read (an output folder inside it).
        max_chars: Longest document in characters; a longer one fails alone (bounded memory).
        doc_timeout: Seconds one document may take to read, clean, segment and protect (enforced
            inside the stages: :func:`mtpipe.inputs.document_deadline`); a slower one fails alone.
    """

    targets: tuple[str, ...] = ("en", "zh")
    config_path: str | None = None
    glossary_paths: tuple[str, ...] = ()
    formats: tuple[str, ...] = ("jsonl", "tmx", "text")
    keep_boilerplate: bool = False
    strict_terms: bool = False
    normalize: bool = True
    device: str | None = None
    compute_type: str | None = None
    device_index: tuple[int, ...] = (0,)
    intra_threads: int = 0
    inter_threads: int = 1
    window: int = 16
    tm_path: str | None = None
    use_tm: bool = True
    resume: bool = True
    cache_dir: str | None = None
    fetch_missing: bool = True
    max_bytes: int = 50_000_000
    engine: str = "local"
    address: str | None = None
    auto_names: bool = True
    term_strategies: tuple[str, ...] = ("placeholder", "inline", "pieces")
    probe_terms: bool = True
    prefetch: bool = True
    tmx_combined: bool = False
    wait: bool = False
    workers: int = 1
    ray_actors: int | None = None
    follow_symlinks: bool = False
    exclude: tuple[str, ...] = ()
    max_chars: int = 2_000_000
    doc_timeout: float = 600.0


@dataclass
class _Pending:
    doc: Document
    src_path: Path
    input_hash: str
    stat: list[int] = field(default_factory=list)


@dataclass
class Job:
    """A prepared translate job: config, glossary and models resolved, nothing run yet.

    Build it with :meth:`Job.prepare`; run it with :meth:`Job.run`.
    """

    options: TranslateOptions
    config: Config
    glossary: Any = None
    pool: Any = None
    protector: Any = None
    front: list[Callable[[Document], Document]] = field(default_factory=list)
    signature: dict[str, Any] = field(default_factory=dict)
    #: (model group, target) -> :class:`~mtpipe.glossary.probe.ProbeResult`, filled as models are first used
    term_probes: dict[tuple[str, str], Any] = field(default_factory=dict)
    #: missing models :meth:`run` fetches if the input needs them (name -> spec)
    to_fetch: dict[str, Any] = field(default_factory=dict)
    #: Told the plan of each run before it starts (one line each); the CLI prints them
    notify: Callable[[str], None] = field(default=lambda line: log.info("%s", line))
    _tm_keys: dict[tuple[str, str], str] = field(default_factory=dict)

    @classmethod
    def prepare(cls, options: TranslateOptions, *, check_models: bool = True) -> "Job":
        """Load the config and glossary and check the models exist.

        Raises:
            JobError: one clear line naming what is wrong.
        """
        if not options.targets:
            raise JobError("no target language: give at least one of en, zh (--to)")
        for name, low in (("inter_threads", 1), ("intra_threads", 0), ("window", 1), ("max_bytes", 1),
                          ("max_chars", 1), ("doc_timeout", 1e-9)):
            if getattr(options, name) < low:
                raise JobError(f"--{name.replace('_', '-')} must be at least {low}, not {getattr(options, name)}")
        for t in options.targets:
            if t not in TARGETS:
                raise JobError(f"unsupported target language {t!r} (mtpipe writes {' and '.join(TARGETS)})")
        from .glossary.protect import STRATEGIES

        bad = [s for s in options.term_strategies if s not in STRATEGIES]
        if bad or not options.term_strategies:
            raise JobError(f"unknown term strategies {bad or '(none)'}: choose from {', '.join(STRATEGIES)}")
        try:
            config = load_config(options.config_path)
        except ConfigError as e:
            raise JobError(str(e)) from None
        job = cls(options=options, config=config)
        job._load_glossary()
        job._make_pool(check_models)
        job._make_front()
        job.signature = job._signature()
        return job

    # -- setup -----------------------------------------------------------------

    def _load_glossary(self) -> None:
        if not self.options.glossary_paths:
            return
        from .glossary import GlossaryError, Protect, load_glossaries

        try:
            self.glossary = load_glossaries(self.options.glossary_paths)
        except GlossaryError as e:
            raise JobError(str(e).splitlines()[0] if len(e.problems) == 1 else
                           f"{len(e.problems)} glossary problems:\n" + str(e)) from None
        self.protector = Protect(self.glossary)

    def _make_pool(self, check_models: bool) -> None:
        o = self.options
        kwargs: dict[str, Any] = dict(
            device=o.device,
            compute_type=o.compute_type,
            device_index=list(o.device_index) if len(o.device_index) > 1 else (o.device_index[0] if o.device_index else 0),
            intra_threads=o.intra_threads,
            inter_threads=o.inter_threads,
            cache_dir=Path(o.cache_dir) if o.cache_dir else None,
        )
        if o.engine == "ray":
            try:
                from .engines.ray import RayTranslatorPool
            except ImportError as e:
                raise JobError(f"--engine ray needs the 'ray' extra (pip install 'mtpipe[ray]'): {e}") from None
            self.pool = RayTranslatorPool(self.config, address=o.address, concurrency=o.ray_actors, **kwargs)
        elif o.engine == "local":
            from .translator import TranslatorPool

            self.pool = TranslatorPool(self.config, **kwargs)
        else:
            raise JobError(f"unknown engine {o.engine!r} (local or ray)")
        if check_models:
            self._check_models()

    def _check_models(self) -> None:
        cache = self._cache_dir()
        seen: set[str] = set()
        for src in self.config.languages:
            for tgt in self.options.targets:
                if src == tgt:
                    continue
                try:
                    hops = self.config.route(src, tgt)
                except ConfigError:
                    continue  # such segments are flagged no_route, not fatal
                for _, _, spec in hops:
                    if spec.name in seen:
                        continue
                    seen.add(spec.name)
                    path = spec.resolved_path(cache)
                    if not (path / "model.bin").is_file() and self.options.fetch_missing \
                            and (spec.hf_id or spec.ct2_id) and not spec.path:
                        if self.options.engine == "local":  # run() fetches it if the input needs it
                            self.to_fetch[spec.name] = spec
                            continue
                        self._fetch(spec, cache)
                    if not (path / "model.bin").is_file():
                        where = self.config.source or "the config"
                        raise JobError(
                            f"model '{spec.name}' not found at {path}: run 'mtpipe models fetch {spec.name}'"
                            f" or set path = \"...\" under [models.{spec.name}] in {where}"
                        )

    def _fetch_needed(self, paths: list[Path], input_dir: Path, report: Any) -> None:
        """Fetch the missing models the input's languages route through; warn about licences."""
        from .models.needs import licence_warning, models_for, source_languages

        possible = models_for(self.config, self.config.languages, self.options.targets)
        if not self.to_fetch and not any(licence_warning(m) for m in possible):
            return
        langs = source_languages(paths, input_dir, self.config.languages, self.options.max_bytes,
                                 clean=not self.options.keep_boilerplate)
        cache = self._cache_dir()
        for spec in models_for(self.config, langs, self.options.targets):
            if self.to_fetch.pop(spec.name, None) is not None:
                self._fetch(spec, cache)
            warning = licence_warning(spec)
            if warning:  # printed once, at the end, with the job's other warnings
                report.add_warning(warning)

    def _fetch(self, spec: Any, cache: Path) -> None:
        from .models.hub import fetch

        log.info("model %s is not in %s: fetching %s", spec.name, cache, spec.hf_id)
        try:
            fetch(spec, cache)
        except Exception as e:
            raise JobError(str(e).splitlines()[0] if str(e) else type(e).__name__) from None

    def _make_front(self) -> None:
        from .clean import CleanOptions, Cleaner
        from .segment import SegmentOptions, Segmenter

        from .inputs import DocumentLimits

        langs = tuple(self.config.languages)
        self.front = [DocumentLimits(self.options.max_chars, self.options.doc_timeout),
                      Cleaner(CleanOptions(enabled=not self.options.keep_boilerplate, languages=langs))]
        seg_opts = SegmentOptions(languages=langs)
        from .tokens import TokenBudget

        routes = {lang: tuple(t for t in self.options.targets if t != lang and self._routable(lang, t)) for lang in langs}
        # the pool's SentencePiece-only counter, not the pool: the front stages travel to worker processes
        budget = TokenBudget(getattr(self.pool, "tokens", self.pool), routes)
        seg_opts.count_tokens = budget
        seg_opts.max_tokens = budget.limit()
        self.front.append(Segmenter(seg_opts))
        if self.protector is not None:
            self.front.append(self.protector)
        if self.options.auto_names:
            from .autonames import AutoNames

            self.front.append(AutoNames())

    def _routable(self, src: str, tgt: str) -> bool:
        try:
            self.config.route(src, tgt)
            return True
        except ConfigError:
            return False

    def _signature(self) -> dict[str, Any]:
        from .signature import Signature

        o = self.options
        models = {}
        for key in sorted(self.config.routes):
            src, tgt = key.split("-", 1)
            if tgt in o.targets:
                models[key] = [spec.signature() for _, _, spec in self.config.route(src, tgt)]
        return Signature({
            "mtpipe": __version__,
            "config": self.config.source,
            "routes": models,
            "device": self.pool.device if self.pool is not None else None,
            "compute_type": self.pool.compute_type if self.pool is not None else None,
            "decoding": self.config.decoding.as_dict(),
            "glossary_hash": getattr(self.glossary, "hash", None),
            "targets": list(o.targets),
            "keep_boilerplate": o.keep_boilerplate,
            "normalize": o.normalize,
            "auto_names": o.auto_names,
            "term_strategies": list(o.term_strategies),
            "probe_terms": o.probe_terms,
        })

    def signature_hash(self) -> str:
        """A short hash of everything that decides the outputs (for the job state)."""
        from .signature import signature_hash

        return signature_hash(self.signature)

    # -- running ---------------------------------------------------------------

    def plan(self, input_dir: Path, output_dir: Path) -> Any:
        """What a run would do, without doing any of it (``--dry-run``): a :class:`~mtpipe.plan.Plan`."""
        from .ingest import iter_inputs
        from .resume import Bookkeeper

        check_input(Path(input_dir))
        book = Bookkeeper(self, Path(input_dir), Path(output_dir), warn=lambda m: log.warning("%s", m), readonly=True)
        return book.open(list(iter_inputs(Path(input_dir))))

    def run(self, input_dir: Path, output_dir: Path, progress: Callable[[str, int, int], None] | None = None) -> Any:
        """Translate every document under ``input_dir`` into ``output_dir`` (see :meth:`_run`).

        The output folder is locked for the run (:mod:`mtpipe.lock`): a second job on it fails
        at once naming this one's PID, or waits with ``wait``.
        """
        from .inputs import InputError, check_overlap
        from .lock import LockError, OutputLock

        check_input(Path(input_dir))
        try:
            check_overlap(input_dir, output_dir, self.options.exclude)  # before anything is written
        except InputError as e:
            raise JobError(str(e)) from None
        try:
            Path(output_dir).mkdir(parents=True, exist_ok=True)
            lock = OutputLock(Path(output_dir), wait=self.options.wait,
                              warn=lambda m: self.notify(f"warning: {m}")).acquire()
        except LockError as e:
            raise JobError(str(e)) from None
        except OSError as e:
            raise JobError(f"{output_dir}: cannot use the output folder: {e.strerror or e}") from None
        try:
            return self._run(Path(input_dir), Path(output_dir), progress)
        finally:
            lock.release()

    def _run(self, input_dir: Path, output_dir: Path, progress: Callable[[str, int, int], None] | None = None) -> Any:
        """Translate every document under ``input_dir`` into ``output_dir``.

        Args:
            input_dir: The documents.
            output_dir: Where outputs go.
            progress: Called as ``progress(doc_id, segments, source_tokens)`` once per finished
                document (a document an earlier run finished counts with 0 segments and tokens).

        Returns:
            The :class:`~mtpipe.writers.report.RunReport` (already written as ``report.json``).
        """
        from .inputs import scan_inputs
        from .writers.report import RunReport

        input_dir = Path(input_dir)
        output_dir = Path(output_dir)
        check_input(input_dir)
        try:
            output_dir.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise JobError(f"{output_dir}: cannot create output folder: {e.strerror}") from None
        report = RunReport(signature=self.signature, strict_terms=self.options.strict_terms)
        scan = scan_inputs(input_dir, follow_symlinks=self.options.follow_symlinks, exclude=self.options.exclude)
        for file, reason in scan.problems:
            report.add_problem(file, reason, "input")
        for w in scan.warnings:
            report.add_warning(w)
        paths = scan.files
        if not paths and not scan.problems:
            report.add_problem(str(input_dir), "no .txt, .md or .html documents found", "input")
            report.write(output_dir)
            raise JobError(f"{input_dir}: no .txt, .md or .html documents found", EXIT_PARTIAL)
        self._fetch_needed(paths, input_dir, report)
        if self.front and hasattr(self.front[0], "first_pass_paths"):
            self.front[0].first_pass_paths(paths, input_dir)  # cross-document template lines (issue 12)
        from .resume import Bookkeeper

        state = Bookkeeper(self, input_dir, output_dir, warn=report.add_warning)
        plan = state.open(paths)
        for line in plan.lines():
            self.notify(line)
        for problem in plan.problems:
            report.add_problem(*problem)
        report.plan = plan.to_dict()
        tm = self._open_tm(output_dir, report.add_warning)
        window: list[_Pending] = []
        from .executors import make_executor

        # where the front stages and the windows run (this process, worker processes, a Ray cluster)
        executor = make_executor(self)
        events = executor.prepare(self._prepare_documents(paths, input_dir, output_dir, state))
        if self.options.prefetch:
            # read, clean, segment and protect the next documents while the model translates
            events = _prefetch(events, max(1, self.options.window))
        windows = executor.windows(self, tm, lambda w, err: self._write_window(w, err, output_dir, report, state,
                                                                                progress))
        try:
            for ev in events:
                if ev[0] == "doc":
                    window.append(_Pending(ev[3], ev[1], ev[2], list(ev[4]) if len(ev) > 4 else []))
                    if len(window) >= self.options.window:
                        windows.submit(window)
                        window = []
                elif ev[0] == "problem":
                    report.add_problem(*ev[1:])
                elif ev[0] == "warning":
                    report.add_warning(ev[1])
                else:  # "kept": finished by an earlier run (missing outputs written from its kept copy)
                    self._from_kept(ev[1], ev[2], state, report, progress)
            if window:
                windows.submit(window)
            windows.finish()
        finally:
            close_events = getattr(events, "close", None)
            if callable(close_events):
                close_events()
            executor.close()
            report.executor = executor.stats()
            if tm is not None:
                tm.close()
            close = getattr(self.pool, "close", None)  # a Ray pool shuts down the Ray it started
            if callable(close):
                close()
        try:
            self._index(output_dir, report)
            report.term_strategies = state.term_strategies(
                {f"{tgt} {key}": p.to_dict() for (key, tgt), p in sorted(self.term_probes.items())})
            if "html" in self.options.formats:
                from .writers.html import build_review

                build_review(output_dir, self.options.targets)
            if self.options.tmx_combined:  # one TMX for the job, from every document's JSONL (resumed ones too)
                from .writers.tmx import write_combined_tmx

                write_combined_tmx(output_dir, self.options.targets, self.signature)
        except OSError as e:  # a full disk: the report below still names what failed
            report.add_warning(f"{output_dir}: run-level outputs not written: {e.strerror or e}")
        report.finish()
        try:
            report.write(output_dir)
        except OSError as e:
            failed = ", ".join(p["file"] for p in report.problems[:10]) or "none"
            raise JobError(f"{output_dir / 'report.json'}: cannot be written ({e.strerror or e}); "
                           f"{len(report.problems)} documents failed: {failed}", EXIT_PARTIAL) from None
        return report

    def _from_kept(self, doc_id: str, decision: Any, book: Any, report: Any,
                   progress: Callable[[str, int, int], None] | None) -> None:
        """A document an earlier run finished: counted, its missing outputs written from its kept copy."""
        try:
            summary, outputs = book.from_kept(decision)
        except LookupError:
            report.add_problem(doc_id, "its kept copy could not be read; it will be translated on the next run",
                               "write")
            return
        except OSError as e:
            report.add_problem(doc_id, f"cannot write outputs: {type(e).__name__}: {e}", "write")
            return
        report.add_summary(summary)
        report.outputs.extend(outputs)
        if progress is not None:
            progress(doc_id, 0, 0)

    def _prepare_documents(self, paths: list[Path], input_dir: Path, output_dir: Path,
                           state: Any) -> Iterator[tuple[Any, ...]]:
        """Plan the inputs, in order, as events for the executor and then :meth:`run`.

        Events: ``("todo", path, input_dir, input_hash, stat)`` (the executor reads it and runs the front
        stages: :mod:`mtpipe.executors.front`), ``("problem", file, reason, stage)``, ``("warning", message)``,
        ``("kept", doc_id, DocPlan)`` (finished by an earlier run; ``state`` is the
        :class:`~mtpipe.resume.Bookkeeper` that planned the run).  Nothing here writes outputs or touches the
        report, so this may run in a thread ahead of the translation (:func:`_prefetch`).
        """
        from .ingest import IngestError
        from .inputs import doc_id_for, read_input_bytes

        for path in paths:
            rel = doc_id_for(path, input_dir)
            decision = state.decide(rel)
            if decision.action == "collision":  # reported with the plan; neither output is written
                continue
            if decision.action in ("done", "write"):
                yield ("kept", rel, decision)
                continue
            try:
                info = path.stat()
                raw = read_input_bytes(path, self.options.max_bytes)  # a regular file only, never blocks
            except IngestError as e:
                yield ("problem", str(path), e.reason, "ingest")
                continue
            except OSError as e:
                yield ("problem", str(path), f"cannot read: {e.strerror or e}", "ingest")
                continue
            input_hash = hashlib.sha256(raw).hexdigest()
            # read and run the front stages: the executor's job
            yield ("todo", path, input_dir, input_hash, [info.st_size, info.st_mtime_ns])

    def _source_tokens(self, doc: Document) -> int:
        """Model tokens of the segments sent to a model (for progress rates; pass-through excluded)."""
        n = 0
        for s in doc.segments:
            for tgt in self.options.targets:
                tr = s.translations.get(tgt)
                if tr is not None and tr.strategy not in ("passthrough", "untranslated"):
                    try:
                        n += self.pool.count_tokens(s.source, s.src_lang, tgt)
                    except Exception:  # a route without a tokenizer must not break progress
                        pass
                    break
        return n

    def _index(self, output_dir: Path, report: Any) -> None:
        """Write entities.jsonl from every finished document (resumed ones included)."""
        from .entities import palladius_name_finder, write_index

        # streamed through a temporary SQLite file: memory does not grow with the corpus here either
        report.consistency = write_index(output_dir, name_finder=palladius_name_finder)

    def _open_tm(self, output_dir: Path, warn: Callable[[str], None] | None = None) -> Any:
        if not self.options.use_tm:
            return None
        from .tm import TranslationMemory

        if self.options.tm_path:
            return TranslationMemory(Path(self.options.tm_path), warn=warn)
        return TranslationMemory(output_dir / ".mtpipe" / "tm.sqlite", private=True, warn=warn)

    def _flush(self, window: list[_Pending], output_dir: Path, report: Any, state: Any, tm: Any,
               progress: Callable[[str, int, int], None] | None) -> None:
        self._write_window(window, self._translate_window(window, tm), output_dir, report, state, progress)

    def _translate_window(self, window: list[_Pending], tm: Any) -> Exception | None:
        """Translate a window's documents in place; the exception instead of raising it."""
        try:
            self.translate_documents([p.doc for p in window], tm)
        except Exception as e:
            log.debug("translation failed", exc_info=True)
            return e
        return None

    def _write_window(self, window: list[_Pending], error: BaseException | None, output_dir: Path, report: Any,
                      state: Any, progress: Callable[[str, int, int], None] | None) -> None:
        """Write a translated window's outputs (or its translation error as problems), in order."""
        if error is not None:
            for p in window:
                report.add_problem(str(p.src_path), f"translation failed: {type(error).__name__}: {error}",
                                   "translate")
            return
        for p in window:
            doc = p.doc
            try:
                doc.check(self.options.targets)
                outputs = state.write_outputs(doc)
            except Exception as e:
                log.debug("writing failed for %s", doc.doc_id, exc_info=True)
                report.add_problem(str(p.src_path), f"cannot write outputs: {type(e).__name__}: {e}", "write")
                continue
            from .writers.report import document_summary

            try:
                state.finish(doc, p.input_hash, p.stat, outputs, document_summary(doc, self.options.targets))
            except OSError as e:
                report.add_problem(str(p.src_path), f"outputs written but not recorded in the job state "
                                   f"({e.strerror or e}); it will be translated again", "write")
                continue
            report.add_document(doc, self.options.targets)
            report.outputs.extend(str(x) for paths in outputs.values() for x in paths)
            if progress is not None:
                progress(doc.doc_id, len(doc.segments), self._source_tokens(doc))

    def translate_documents(self, docs: Sequence[Document], tm: Any = None) -> None:
        """Fill every segment of ``docs`` with every target translation.

        Segments are grouped by (source language, target language) across all
        documents, so each model sees one large batch per window.
        """
        from .glossary import ProtectOptions, finalize_terms, passthrough_segments, translate_segments

        from .entities import normalize_passthrough

        targets = self.options.targets
        segs = [s for d in docs for s in d.segments]
        owner = {id(s): d for d in docs for s in d.segments}
        for tgt in targets:
            groups: dict[str, list[Segment]] = {}
            for s in segs:
                groups.setdefault(s.src_lang, []).append(s)
            model_groups: dict[str, tuple[str, list[Segment]]] = {}
            for src, group in sorted(groups.items()):
                if src == tgt or src == "und":
                    passthrough_segments(group, tgt)
                    if self.options.normalize:
                        normalize_passthrough(group, tgt, doc_of=lambda seg: owner[id(seg)])
                    if tgt == "zh":
                        self._simplify(group)  # after alias rewriting, which starts again from the source
                    continue
                if src not in self.config.languages:
                    for s in group:  # a language mtpipe does not translate is never copied into a target
                        s.translations[tgt] = Translation(tgt, "", model="", strategy="untranslated")
                        s.flag("unsupported_language")
                    continue
                if not self._routable(src, tgt):
                    for s in group:
                        s.translations[tgt] = Translation(tgt, s.source, model="", strategy="untranslated")
                        s.flag("no_route")
                    continue
                # sources that one Marian model takes alike (ru and vi into one English model)
                # go to it in one batch; NLLB and pivots depend on the source language
                key = self._shared_model(src, tgt) or f"src:{src}"
                first, members = model_groups.setdefault(key, (src, []))
                members.extend(group)
            for key, (src, group) in model_groups.items():
                fn = self._translate_fn(src, tgt, tm, tm_key=key)
                model = "+".join(spec.name for _, _, spec in self.config.route(src, tgt))
                opts = ProtectOptions(strategies=self._strategies(key, src, tgt, group))
                if (key, tgt) in self.term_probes:  # the placeholder shape the probe found best for this model
                    opts.shape = self.term_probes[(key, tgt)].shape
                translate_segments(group, src, tgt, fn, opts, model=model)
        from .quality import flag_segment

        for s in segs:
            finalize_terms(s)
            flag_segment(s)

    def _strategies(self, key: str, src: str, tgt: str, group: Sequence[Segment]) -> tuple[str, ...]:
        """The term strategies for one model group: the configured order, or what the probe left of it."""
        configured = tuple(self.options.term_strategies)
        if not self.options.probe_terms or not any(s.terms for s in group):
            return configured
        from .glossary.probe import PROBED, PROBE_SENTENCES, probe_strategies

        if not any(s in PROBED for s in configured):
            return configured
        probe = self.term_probes.get((key, tgt))
        if probe is None:
            # every source language this model group stands for, so the result never depends on
            # which languages the current window happens to hold
            langs = sorted({lang for lang in self.config.languages if lang != tgt and lang in PROBE_SENTENCES
                            and self._routable(lang, tgt)
                            and (self._shared_model(lang, tgt) or f"src:{lang}") == key})
            pool = self.pool

            def translate(texts: list[str]) -> list[str]:
                return pool.translate(texts, src, tgt)

            cache_key = self._probe_cache_key(src, tgt, langs, configured)
            probe = self._probe_cache_get(cache_key)
            if probe is None:
                probe = probe_strategies(translate, langs, tgt, configured)
                self._probe_cache_put(cache_key, probe)
            self.term_probes[(key, tgt)] = probe
            log.info("term strategies for %s -> %s: %s", key, tgt, probe.describe())
        return probe.strategies

    # -- the probe cache: term-probes.json in the models cache ---------------------------------

    def _cache_dir(self) -> Path:
        """The models cache: ``--cache-dir``, or ``$MTPIPE_CACHE`` / ``~/.cache/mtpipe/models``."""
        from .config import default_cache_dir

        return Path(self.options.cache_dir) if self.options.cache_dir else default_cache_dir()

    def _probe_cache_path(self) -> Path:
        return self._cache_dir() / "term-probes.json"

    def _probe_cache_key(self, src: str, tgt: str, langs: Sequence[str], configured: Sequence[str]) -> str:
        """Everything the probe's result depends on: model files, decoding, device, languages, sentences."""
        from .glossary.probe import probe_fingerprint

        cache = self._cache_dir()
        hops = []
        for a, b, spec in self.config.route(src, tgt):
            files = {}
            path = spec.resolved_path(cache)
            for f in sorted(path.glob("*")) if path.is_dir() else []:
                if f.is_file():
                    st = f.stat()
                    files[f.name] = [st.st_size, st.st_mtime_ns]
            hops.append({"hop": [a, b], "model": spec.signature(), "resolved": str(path), "files": files,
                         "decoding": self.config.decoding_for(spec).as_dict()})
        blob = json.dumps({"hops": hops, "device": getattr(self.pool, "device", None),
                           "compute_type": getattr(self.pool, "compute_type", None), "langs": list(langs),
                           "tgt": tgt, "strategies": list(configured), "probe": probe_fingerprint(),
                           "mtpipe": __version__}, sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest()

    def _probe_cache_get(self, key: str) -> Any:
        from .glossary.probe import ProbeResult

        try:
            entry = json.loads(self._probe_cache_path().read_text(encoding="utf-8")).get(key)
            return ProbeResult.from_dict(entry) if entry else None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None  # no cache, or one we cannot read: probe again

    def _probe_cache_put(self, key: str, probe: Any) -> None:
        from .writers.atomic import atomic_write_text

        path = self._probe_cache_path()
        try:
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                if not isinstance(data, dict):
                    data = {}
            except (OSError, ValueError):
                data = {}
            data[key] = probe.to_dict()
            atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
        except OSError as e:  # a read-only cache only costs the probe next time
            log.debug("cannot write the probe cache %s: %s", path, e)

    def _shared_model(self, src: str, tgt: str) -> str | None:
        """``model:NAME`` when ``src -> tgt`` is one Marian hop whose input does not depend on ``src``."""
        hops = self.config.route(src, tgt)
        if len(hops) != 1 or src == "zh":
            return None
        spec = hops[0][2]
        return f"model:{spec.name}" if spec.family == "marian" else None

    def _translate_fn(self, src: str, tgt: str, tm: Any, tm_key: str | None = None) -> Callable[[list[str]], list[str]]:
        pool = self.pool
        tm_src = tm_key or src  # the memory is keyed by what the model sees, not by the group's first language
        key = self._tm_key(src, tgt, tm_src) if tm is not None else ""
        legacy = self.signature_hash()  # memories of mtpipe before the key was only what the model sees

        def fn(texts: list[str]) -> list[str]:
            # identical (protected) segments are translated once
            uniq = list(dict.fromkeys(texts))
            found: dict[str, str] = tm.lookup(key, tm_src, tgt, uniq, legacy_sig=legacy) if tm is not None else {}
            todo = [t for t in uniq if t not in found]
            if todo:
                out = pool.translate(todo, src, tgt)
                new = dict(zip(todo, out))
                if tm is not None:
                    tm.store(key, tm_src, tgt, new)
                found.update(new)
            return [found[t] for t in texts]

        return fn

    def _tm_key(self, src: str, tgt: str, input_side: str) -> str:
        """The memory key of the route ``src -> tgt``: model identities and files, decoding, compute type."""
        if (input_side, tgt) not in self._tm_keys:
            from .tm import file_fingerprint, model_key

            cache = self._cache_dir()
            hops = [{"hop": [a, b], "model": spec.signature(), "files": file_fingerprint(spec.resolved_path(cache)),
                     "decoding": self.config.decoding_for(spec).as_dict()}
                    for a, b, spec in self.config.route(src, tgt)]
            self._tm_keys[(input_side, tgt)] = model_key(input_side, hops, getattr(self.pool, "compute_type", None))
        return self._tm_keys[(input_side, tgt)]

    @staticmethod
    def _simplify(group: Iterable[Segment]) -> None:
        from .langid import to_simplified

        for s in group:
            tr = s.translations.get("zh")
            if tr is not None and tr.strategy == "passthrough":
                simp = to_simplified(tr.text)
                if simp != tr.text:
                    tr.text = simp
                    s.flag("traditional_to_simplified")


class _prefetch:
    """Run an iterator in a thread, at most ``ahead`` items ahead of the consumer, same order.

    An exception in the iterator is raised to the consumer where the item would have come;
    :meth:`close` (called when the consumer stops early) stops the thread.
    """

    _END = object()

    def __init__(self, items: Iterator[Any], ahead: int) -> None:
        import queue
        import threading

        self._q: Any = queue.Queue(maxsize=ahead)
        self._stop = threading.Event()
        self._items = items
        self._thread = threading.Thread(target=self._run, name="mtpipe-prepare", daemon=True)
        self._thread.start()

    def _put(self, item: Any) -> bool:
        import queue

        while not self._stop.is_set():
            try:
                self._q.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def _run(self) -> None:
        try:
            for item in self._items:
                if not self._put(("item", item)):
                    return
        except BaseException as e:  # handed to the consumer
            self._put(("error", e))
            return
        self._put(("end", None))

    def __iter__(self) -> "_prefetch":
        return self

    def __next__(self) -> Any:
        kind, item = self._q.get()
        if kind == "item":
            return item
        if kind == "error":
            raise item
        raise StopIteration

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


def check_input(input_dir: Path) -> None:
    """Raise :class:`JobError` unless ``input_dir`` is an existing folder."""
    from .inputs import printable

    if not input_dir.exists():
        raise JobError(f"{printable(input_dir)}: input folder not found")
    if not input_dir.is_dir():
        raise JobError(f"{printable(input_dir)}: is a file, expected a folder of documents")


def translate_folder(input_dir: str | Path, output_dir: str | Path, options: TranslateOptions | None = None) -> Any:
    """Translate a folder of documents; see :class:`TranslateOptions`.

    Returns:
        The run report.

    Raises:
        JobError: when the job cannot run (bad config, glossary, missing model, empty folder).
    """
    check_input(Path(input_dir))
    job = Job.prepare(options or TranslateOptions())
    return job.run(Path(input_dir), Path(output_dir))
