"""The ``write`` stage: a translated window's outputs, in order, recorded in the job state.

Each document of a window is checked (every segment has every target), its
outputs are written in every requested format and the document is kept
(:class:`DocWriter`: in this process, or on the Ray actor that translated it),
and only then is it recorded as finished, in window order, in this process
(:meth:`mtpipe.resume.Bookkeeper.record`), so a killed run resumes from the last
recorded document.  A document an earlier run finished is counted
and its missing outputs are written from its kept copy.  Once every window is
written, the run-level outputs follow: the entity index, the review page and the
combined TMX.
"""

from __future__ import annotations

import errno
import inspect
import logging
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

from ..document import Document, named_warning

#: Errors of the output folder as a whole (no space, no quota, remounted read-only), not of one document.
FOLDER_FULL = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS})

__all__ = ["DocWriter", "Pending", "Write", "Written", "source_tokens"]

log = logging.getLogger("mtpipe")

#: ``progress(doc_id, segments, source_tokens)``, once per finished document; a document that failed
#: or had nothing to translate is finished too: ``progress(doc_id, 0, 0, outcome)``, ``outcome``
#: "failed" or "empty" (so the count reaches the total).
Progress = Callable[..., None]


@dataclass
class Pending:
    """A prepared document on its way to the model: where it came from and what it was."""

    doc: Document
    src_path: Path
    input_hash: str
    stat: list[int] = field(default_factory=list)


@dataclass
class Written:
    """What the run records of one written document (no document: small enough to send back
    from a Ray actor): its outputs' file records, kept copy, summary, the glossary entries it
    matched (id -> :func:`~mtpipe.state.render_hash`: what its outputs' signature narrows the
    glossary to), warnings, segment and source-token counts; or ``error``, why its outputs could not
    be written."""

    doc_id: str
    files: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    paths: list[str] = field(default_factory=list)
    kept: str = ""
    summary: dict[str, Any] = field(default_factory=dict)
    entries: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    segments: int = 0
    tokens: int = 0
    error: str | None = None
    #: the ``errno`` of ``error`` when it was an OSError (a full disk is the whole folder's, not one document's)
    errno: int | None = None
    #: run-level warnings raised while writing it (where it was written), for the report
    notes: list[str] = field(default_factory=list)


@dataclass
class DocWriter:
    """Writes one translated document's outputs and kept copy, wherever it runs (here, or on the
    Ray actor that translated it, so the documents never travel back to the driver).

    Attributes:
        output_dir: OUT (as the driver named it; relative paths resolve against ``cwd``).
        formats: The writers to run (:data:`mtpipe.writers.WRITERS`).
        targets: The run's targets.
        signature: The job's signature (every output carries its
            :func:`~mtpipe.signature.document_signature`).
        cwd: The driver's working folder.
        keep: Keep the document under ``OUT/.mtpipe/docs/`` (the job state's copy).
        count_tokens: Count source tokens for progress rates.
    """

    output_dir: Path
    formats: tuple[str, ...]
    targets: tuple[str, ...]
    signature: Any
    cwd: str = ""
    keep: bool = True
    count_tokens: bool = True

    def __call__(self, doc: Document, engine: Any = None, warn: Callable[[str], None] | None = None) -> Written:
        """Check ``doc``, write its outputs, keep it; never raises (a failure is ``Written.error``)."""
        from ..signature import document_signature
        from ..state import JobState, document_entries, file_record
        from ..writers import WRITERS
        from ..writers.atomic import remembering_writes, synced_together
        from ..writers.report import document_summary

        out = self.output_dir
        try:
            doc.check(self.targets)
            entries = document_entries(doc)
            signature = document_signature(self.signature, entries)  # only the entries it matched
            outputs: dict[str, list[Path]] = {}
            with synced_together(out), remembering_writes() as wrote:  # the files' hashes as written
                for fmt in self.formats:
                    outputs[fmt] = list(WRITERS[fmt](doc, out, self.targets, signature))
                kept = JobState(out, warn or log.warning).keep(doc) if self.keep else ""
            files = {fmt: [file_record(p, out, wrote.get(str(p))) for p in paths] for fmt, paths in outputs.items()}
        except Exception as e:
            log.debug("writing failed for %s", doc.doc_id, exc_info=True)
            return Written(doc.doc_id, error=f"{type(e).__name__}: {e}", errno=getattr(e, "errno", None))
        return Written(doc.doc_id, files, [str(x) for paths in outputs.values() for x in paths], kept,
                       document_summary(doc, self.targets), entries,
                       list(doc.warnings), len(doc.segments),
                       source_tokens(doc, self.targets, engine) if self.count_tokens and engine is not None else 0)

    def window(self, docs: Sequence[Document], engine: Any = None) -> list[Written]:
        """Every document of a window, in order (on a Ray actor: the driver records them)."""
        import os

        if self.cwd and not Path(self.output_dir).is_absolute() and os.getcwd() != self.cwd:
            os.chdir(self.cwd)  # the driver's relative paths (they end up in the report)
        from ..writers.atomic import record_temp_files, synced_together

        record_temp_files(self.output_dir)  # in a worker or on an actor too: a kill leaves nothing unswept
        done = []
        with synced_together(self.output_dir):  # one file-system sync for the window, not one per document
            for doc in docs:
                notes: list[str] = []
                w = self(doc, engine, notes.append)
                w.notes = notes
                done.append(w)
        return done


def source_tokens(doc: Document, targets: Sequence[str], engine: Any) -> int:
    """Model tokens of the segments sent to a model (for progress rates; pass-through excluded)."""
    n = 0
    for s in doc.segments:
        for tgt in targets:
            tr = s.translations.get(tgt)
            if tr is not None and tr.strategy not in ("passthrough", "untranslated"):
                try:
                    n += engine.count_tokens(s.source, s.src_lang, tgt)
                except Exception:  # a route without a tokenizer must not break progress
                    pass
                break
    return n


class Write:
    """Writes windows and run-level outputs for one run.

    Args:
        options: The job's :class:`~mtpipe.options.TranslateOptions`.
        signature: The job's signature (every output carries it).
        engine: Counts source tokens for the progress rate (pass-through excluded).
        book: The run's :class:`~mtpipe.resume.Bookkeeper`.
        report: The run's :class:`~mtpipe.writers.report.RunReport`.
        output_dir: OUT.
        progress: Told of each finished document.
    """

    name = "write"

    def __init__(self, options: Any, signature: Any, engine: Any, book: Any, report: Any, output_dir: Path,
                 progress: Progress | None = None) -> None:
        import os

        self.options = options
        self.targets: tuple[str, ...] = tuple(options.targets)
        self.signature = signature
        self.engine = engine
        self.book = book
        self.report = report
        self.output_dir = Path(output_dir)
        self.progress = progress
        #: set (to the reason) when no document of a window could be written for lack of space: the runner
        #: stops there instead of translating the rest for nothing
        self.folder_full: str | None = None
        #: what writes a document's outputs, here or on a Ray actor
        self.writer = DocWriter(self.output_dir, tuple(options.formats), self.targets, signature, os.getcwd(),
                                keep=book.state is not None, count_tokens=progress is not None)

    def window(self, window: Sequence[Pending], error: BaseException | None) -> None:
        """Write a translated window's outputs (or its translation error as problems), in order."""
        if error is not None:
            self.failed(window, error)
            return
        from ..writers.atomic import synced_together

        with synced_together(self.output_dir):  # one file-system sync for the window (recorded after it)
            done = [self.writer(p.doc, self.engine, self.report.add_warning) for p in window]
        self.written(window, done)

    def failed(self, window: Sequence[Pending], error: BaseException) -> None:
        """A window whose translation failed: a problem for each of its documents."""
        for p in window:
            # with --workers a window's documents may still be sealed (executors.workers.SealedDoc)
            doc = p.doc if hasattr(p.doc, "doc_id") else p.doc.open()
            self.problem(str(p.src_path), f"translation failed: {type(error).__name__}: {error}", "translate",
                         doc.doc_id)

    def problem(self, path: str, reason: str, stage: str, doc_id: str = "") -> None:
        """A document that failed (read, prepared, translated or written): recorded, and counted as finished."""
        self.report.add_problem(path, reason, stage)
        self._finished(doc_id or path, "failed")

    def empty(self, path: str, message: str, doc_id: str = "") -> None:
        """A document read with nothing to translate in it: recorded, and counted as finished."""
        self.report.add_empty(path, message)
        self._finished(doc_id or path, "empty")

    def _finished(self, doc_id: str, outcome: str) -> None:
        # a library caller's three-argument callback (the signature before outcomes existed) still works
        if self.progress is not None:
            try:
                takes_outcome = len(inspect.signature(self.progress).parameters) >= 4 or any(
                    p.kind is p.VAR_POSITIONAL for p in inspect.signature(self.progress).parameters.values())
            except (TypeError, ValueError):
                takes_outcome = True
            if takes_outcome:
                self.progress(doc_id, 0, 0, outcome)
            else:
                self.progress(doc_id, 0, 0)

    def written(self, window: Sequence[Pending], done: Sequence[Written]) -> None:
        """Record a window's written documents (here or on an actor) in the job state and the report, in order."""
        from ..inputs import text_path

        report = self.report
        if window and all(w.errno in FOLDER_FULL for w in done):  # not one written: the folder is full
            self.folder_full = os.strerror(done[-1].errno or errno.ENOSPC)
        for p, w in zip(window, done):
            for m in w.notes:
                report.add_warning(m)
            if w.error is not None:
                self.problem(str(p.src_path), f"cannot write outputs: {w.error}", "write", w.doc_id)
                continue
            try:
                self.book.record(w.doc_id, w.entries, p.input_hash, p.stat, w.files, w.summary, w.kept)
            except OSError as e:
                self.problem(str(p.src_path), f"outputs written but not recorded in the job state "
                             f"({e.strerror or e}); it will be translated again", "write", w.doc_id)
                continue
            # as RunReport.add_document counts a document, from what was written
            report.add_summary(w.summary, str(p.src_path), resumed=False)
            report.warnings.extend(text_path(named_warning(w.doc_id, m)) for m in w.warnings)
            report.outputs.extend(w.paths)
            if self.progress is not None:
                self.progress(w.doc_id, w.segments, w.tokens)

    def kept(self, doc_id: str, decision: Any) -> None:
        """A document an earlier run finished: counted, its missing outputs written from its kept copy."""
        report = self.report
        try:
            summary, outputs = self.book.from_kept(decision)
        except LookupError:
            self.problem(doc_id, "its kept copy could not be read; it will be translated on the next run", "write")
            return
        except OSError as e:
            self.problem(doc_id, f"cannot write outputs: {type(e).__name__}: {e}", "write")
            return
        report.add_summary(summary, str(self.book.plan.paths.get(doc_id, doc_id)))
        report.outputs.extend(outputs)
        if self.progress is not None:
            self.progress(doc_id, 0, 0)

    def run_outputs(self, term_probes: dict[tuple[str, str], Any], map_files: Any = None) -> None:
        """After the last window: entities.jsonl, the term strategies, the review page, the combined TMX.

        Built from the documents of this run's input set (the plan's document ids): the outputs of an
        input no longer there stay in OUT (mtpipe deletes nothing it was not asked about) but are left
        out, and named in one warning.  Each run-level output that cannot be written is recorded with
        its reason (:meth:`~mtpipe.writers.report.RunReport.add_failed_output`: exit 1); the others and
        every document's outputs are still written.

        ``map_files``: where the entity index may find its mentions in parts (the executor's workers:
        :data:`mtpipe.entities.MapFiles`), or None (here)."""
        from ..entities import palladius_name_finder, segment_files, write_index
        from ..writers.review_data import split_by_documents

        out, report = self.output_dir, self.report
        files: list[Path] | None
        try:  # the folder listed once, each input's file found once
            files, orphans = split_by_documents(out, segment_files(out), self.book.plan.docs)
        except OSError:  # each output below lists the folder itself, and names its own failure
            files, orphans = None, []
        if orphans:
            names = ", ".join(str(p.relative_to(out)) for p in orphans[:5])
            more = f" and {len(orphans) - 5} more" if len(orphans) > 5 else ""
            report.add_warning(f"{out}: {len(orphans)} documents' outputs of inputs no longer in the input folder "
                               f"are left out of the run-level outputs (entities.jsonl, index.html, translations.tmx):"
                               f" {names}{more}; delete them (and their other files) if they are not wanted")

        def attempt(name: str, fn: Callable[[], Any]) -> Any:
            try:
                return fn()
            except (OSError, sqlite3.Error) as e:  # a full disk (SQLite says so in its own error): the report
                report.add_failed_output(str(out / name), str(getattr(e, "strerror", None) or e))
                return None

        # streamed through a temporary SQLite file: memory does not grow with the corpus here either
        report.consistency = attempt("entities.jsonl", lambda: write_index(
            out, name_finder=palladius_name_finder, map_files=map_files, files=files)) or []
        report.term_strategies = self.book.term_strategies(
            {f"{tgt} {key}": p.to_dict() for (key, tgt), p in sorted(term_probes.items())})
        if "html" in self.options.formats:
            from ..writers.html import build_review

            # this run's problems, not report.json's
            attempt("index.html", lambda: build_review(out, self.targets, problems=report.problems, files=files))
        if self.options.tmx_combined:  # one TMX for the job, from every document's JSONL (resumed ones too)
            from ..writers.tmx import COMBINED_TMX, write_combined_tmx

            attempt(COMBINED_TMX, lambda: write_combined_tmx(out, self.targets, self.signature, files=files))
