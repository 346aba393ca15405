"""The runner: plans a run, schedules windows of documents on an executor, and hands them to the writer.

What it does, in order (:meth:`Runner.run`):

1. lock the output folder (:mod:`mtpipe.lock`), list the inputs (:func:`mtpipe.inputs.scan_inputs`)
   and fetch the models their languages need (:class:`mtpipe.model_check.ModelCheck`);
2. plan the run against the job state (:class:`mtpipe.resume.Bookkeeper`): what is done, what
   needs only its outputs rewritten, what to translate;
3. stream the inputs as events (:func:`plan_events`) to the executor (:mod:`mtpipe.executors`),
   which runs the front stages where it likes and gives the documents back in input order;
4. gather them into windows of ``--window`` documents and submit each to the executor's window
   sink, which runs the back stages (translate, verify, flag) and hands each window, in order,
   to the write stage (:class:`mtpipe.stages.write.Write`);
5. write the run-level outputs (the executor's workers may help) and ``report.json``.

The runner does no document work itself: stages do, executors place them.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Any, Callable, Iterator

from .errors import EXIT_PARTIAL, JobError
from .stages.write import Pending, Progress, Write

__all__ = ["Runner", "check_input", "plan_events"]

log = logging.getLogger("mtpipe")


def check_input(input_dir: Path) -> None:
    """Raise :class:`~mtpipe.errors.JobError` unless ``input_dir`` is an existing folder."""
    from .inputs import printable

    if not input_dir.exists():
        raise JobError(f"{printable(input_dir)}: input folder not found")
    if not input_dir.is_dir():
        raise JobError(f"{printable(input_dir)}: is a file, expected a folder of documents")


def _doc_id(file: str, input_dir: Path) -> str:
    """The document id of a file named in a problem (its path under ``input_dir``), or the file as named."""
    from .inputs import doc_id_for

    try:
        return doc_id_for(Path(file), input_dir)
    except (OSError, ValueError):
        return file


def plan_events(paths: list[Path], input_dir: Path, book: Any, max_bytes: int) -> Iterator[tuple[Any, ...]]:
    """The inputs, in order, as events for the executor and then the runner.

    Events: ``("todo", path, input_dir, input_hash, stat)`` (the executor reads it and runs the front
    stages: :mod:`mtpipe.executors.front`), ``("problem", file, reason, stage)``, ``("empty", file, message)``, ``("warning", message)``,
    ``("kept", doc_id, DocPlan)`` (finished by an earlier run; ``book`` is the
    :class:`~mtpipe.resume.Bookkeeper` that planned the run).  Nothing here writes outputs or touches the
    report, so this may run in a thread ahead of the translation
    (:class:`~mtpipe.executors.prefetch.Prefetch`).
    """
    from .ingest import IngestError
    from .inputs import doc_id_for, read_input_bytes

    for path in paths:
        rel = doc_id_for(path, input_dir)
        decision = book.decide(rel)
        if decision.action == "collision":  # reported with the plan; neither output is written
            continue
        if decision.action in ("done", "write"):
            yield ("kept", rel, decision)
            continue
        try:
            info = path.stat()
            raw = read_input_bytes(path, max_bytes)  # a regular file only, never blocks
        except IngestError as e:
            yield ("problem", str(path), e.reason, "ingest")
            continue
        except OSError as e:
            yield ("problem", str(path), f"cannot read: {e.strerror or e}", "ingest")
            continue
        input_hash = hashlib.sha256(raw).hexdigest()
        # read and run the front stages: the executor's job
        yield ("todo", path, input_dir, input_hash, [info.st_size, info.st_mtime_ns])


def _close_all(job: Any, executor: Any, events: Any, windows: Any, tm: Any, report: Any) -> None:
    """Everything :meth:`Runner._schedule` started, closed whatever stopped it, each step even where
    one before it raised (``None``: not started)."""
    from contextlib import ExitStack

    with ExitStack() as stack:  # callbacks run last pushed first: so pushed in reverse order
        close = getattr(job.pool, "close", None)  # a Ray pool shuts down the Ray it started
        if callable(close):
            stack.callback(close)
        if tm is not None:
            stack.callback(tm.close)
        stack.callback(lambda: setattr(report, "executor", executor.stats()))
        stack.callback(executor.close)
        close_events = getattr(events, "close", None)  # the prefetch thread, the front workers' futures
        if callable(close_events):
            stack.callback(close_events)
        # an interrupted run: workers waiting for the model server are let go, or closing them hangs
        abandon = getattr(windows, "close", None)
        if callable(abandon):
            stack.callback(abandon)


class Runner:
    """Runs a prepared :class:`~mtpipe.pipeline.Job`; see the module doc."""

    def __init__(self, job: Any) -> None:
        self.job = job
        self.options = job.options

    def run(self, input_dir: Path, output_dir: Path, progress: Progress | None = None) -> Any:
        """Translate every document under ``input_dir`` into ``output_dir``, the output folder locked.

        A second job on the same output folder fails at once naming this one's PID, or waits
        with ``wait``.

        Args:
            input_dir: The documents.
            output_dir: Where outputs go.
            progress: Called as ``progress(doc_id, segments, source_tokens)`` once per finished
                document (a document an earlier run finished counts with 0 segments and tokens), and as
                ``progress(doc_id, 0, 0, outcome)`` for one that failed or was empty (``outcome``
                "failed" or "empty"), so the documents counted reach the total.

        Returns:
            The :class:`~mtpipe.writers.report.RunReport` (already written as ``report.json``).
        """
        from .inputs import InputError, check_overlap
        from .lock import LockError, OutputLock

        input_dir, output_dir = Path(input_dir), Path(output_dir)
        check_input(input_dir)
        try:
            check_overlap(input_dir, output_dir, self.options.exclude)  # before anything is written
        except InputError as e:
            raise JobError(str(e)) from None
        try:
            output_dir.mkdir(parents=True, exist_ok=True)
            lock = OutputLock(output_dir, wait=self.options.wait,
                              warn=lambda m: self.job.notify(f"warning: {m}")).acquire()
        except LockError as e:
            raise JobError(str(e)) from None
        except OSError as e:
            raise JobError(f"{output_dir}: cannot use the output folder: {e.strerror or e}") from None
        started = None
        try:
            if self.options.engine == "local" and getattr(self.job, "front_workers", None) is None:
                # the --workers processes started now, once the folder is ours (a second run fails on the
                # lock at once), as a library user starts them: the cleaner's first pass reads in them too
                from .executors.workers import start_workers

                started = start_workers(self.job)
            return self._run(input_dir, output_dir, progress)
        finally:
            if started is not None:
                from .executors.workers import stop_workers

                stop_workers(self.job)
            lock.release()

    def _run(self, input_dir: Path, output_dir: Path, progress: Progress | None) -> Any:
        from .inputs import scan_inputs
        from .resume import Bookkeeper
        from .writers.report import RunReport

        job, o = self.job, self.options
        report = RunReport(signature=job.signature, strict_terms=o.strict_terms)
        scan = scan_inputs(input_dir, follow_symlinks=o.follow_symlinks, exclude=o.exclude)
        for file, reason in scan.problems:
            report.add_problem(file, reason, "input")
        for w in scan.warnings:
            report.add_warning(w)
        paths = scan.files
        if not paths and not scan.problems:
            report.add_problem(str(input_dir), "no .txt, .md or .html documents found", "input")
            report.write(output_dir)
            raise JobError(f"{input_dir}: no .txt, .md or .html documents found", EXIT_PARTIAL)
        if job.models is not None:
            job.models.fetch_needed(paths, input_dir, report)
        book = Bookkeeper(job, input_dir, output_dir, warn=report.add_warning)
        try:
            plan = book.open(paths)  # reads the job state and writes it back compacted: a full disk fails here
        except OSError as e:
            where = e.filename or output_dir / ".mtpipe" / "state.jsonl"
            raise JobError(f"{where}: the job state cannot be written ({e.strerror or e}); nothing was translated: "
                           "make room (or fix the folder) and run the same command again") from None
        for line in plan.lines():
            job.notify(line)
        report.plan = plan.to_dict()
        tm = self._open_tm(output_dir, report.add_warning)
        kept = len(tm) if tm is not None and tm.private and any(plan.count(a) for a in ("new", "redo", "update")) else 0
        if kept:  # a kill before the first window was written records no document, yet its work is kept here
            job.notify(f"plan: the translation memory of earlier runs here holds {kept} translations "
                       "(a segment met again with the same model is not translated again)")
        write = Write(o, job.signature, job.pool, book, report, output_dir, progress)
        for file, reason, stage in plan.problems:  # counted as finished: the progress reaches the total
            write.problem(file, reason, stage, _doc_id(file, input_dir))
        self._schedule(paths, input_dir, plan_events(paths, input_dir, book, o.max_bytes), tm, write, report)
        report.finish()
        try:
            report.write(output_dir)
        except OSError as e:
            docs = [p for p in report.problems if p.get("stage") != "write" or p["file"] != str(write.output_dir)]
            failed = ", ".join(p["file"] for p in docs[:10]) or "none"
            if len(docs) > 10:
                failed += f" and {len(docs) - 10} more"
            stopped = (" The job stopped at the first window none of whose documents could be written; the rest "
                       "was not attempted: make room and run the same command to go on.") if write.folder_full else ""
            raise JobError(f"{output_dir / 'report.json'}: cannot be written ({e.strerror or e}); "
                           f"{len(docs)} documents failed: {failed}.{stopped}", EXIT_PARTIAL) from None
        return report

    def _schedule(self, paths: list[Path], input_dir: Path, planned: Iterator[tuple[Any, ...]], tm: Any,
                  write: Write, report: Any) -> None:
        """Events through the executor, documents into windows, windows to the executor, in order."""
        from .executors import make_executor
        from .executors.prefetch import Prefetch

        job, o = self.job, self.options
        # where the front stages and the windows run (this process, worker processes, a Ray cluster)
        executor = make_executor(job)
        events: Any = None
        windows: Any = None
        try:
            # the front stages learn from the whole input first (cleaning's cross-document template lines)
            executor.first_pass(paths, input_dir)
            events = executor.prepare(planned)
            if o.prefetch:
                # read, clean, segment and protect the next documents while the model translates
                events = Prefetch(events, max(1, o.window))
            windows = executor.windows(job, tm, write)
            self._feed(events, windows, input_dir, write, report)
            if write.folder_full:
                report.add_problem(str(write.output_dir), f"{write.folder_full}: no document of a window could be "
                                   "written, so the job stopped there instead of translating the rest; the documents "
                                   "finished are kept: make room and run the same command to go on", "write")
                return
            # the run-level outputs (entity index, review page, combined TMX), with the executor's workers
            write.run_outputs(job.term_probes, getattr(executor, "map_in_order", None))
        except Exception as e:
            # an executor may say what its own failures mean (a Ray node lost mid-run) in one line
            explain = getattr(executor, "explain", None)
            explained = explain(e, write.output_dir) if explain is not None else None
            if explained is None:
                raise
            raise explained from e
        finally:
            _close_all(self.job, executor, events, windows, tm, report)

    def _feed(self, events: Any, windows: Any, input_dir: Path, write: Write, report: Any) -> None:
        """Events into windows for the window sink, reports between them in order."""
        o = self.options
        # reports between windows wait for the windows before them where a sink has several in flight
        later: Callable[..., None] = getattr(windows, "later", None) or (lambda fn, *args: fn(*args))
        window: list[Pending] = []
        for ev in events:
            if write.folder_full:  # a whole window could not be written: the rest would not be either
                window = []
                break
            if ev[0] == "doc":
                window.append(Pending(ev[3], ev[1], ev[2], list(ev[4]) if len(ev) > 4 else []))
                if len(window) >= o.window:
                    windows.submit(window)
                    window = []
            elif ev[0] == "problem":
                later(write.problem, *ev[1:], _doc_id(ev[1], input_dir))
            elif ev[0] == "warning":
                later(report.add_warning, ev[1])
            elif ev[0] == "empty":  # read, nothing in it: counted, so the documents planned add up
                later(write.empty, ev[1], ev[2], _doc_id(ev[1], input_dir))
            else:  # "kept": finished by an earlier run (missing outputs written from its kept copy)
                later(write.kept, ev[1], ev[2])
        if window:
            windows.submit(window)
        windows.finish()

    def _open_tm(self, output_dir: Path, warn: Callable[[str], None] | None = None) -> Any:
        if not self.options.use_tm:
            return None
        from .tm import TranslationMemory

        if self.options.tm_path:
            return TranslationMemory(Path(self.options.tm_path), warn=warn)
        return TranslationMemory(output_dir / ".mtpipe" / "tm.sqlite", private=True, warn=warn)
