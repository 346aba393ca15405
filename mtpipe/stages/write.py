"""The ``write`` stage: a translated window's outputs, in order, recorded in the job state.

Each document of a window is checked (every segment has every target), its
outputs are written in every requested format and kept
(:meth:`mtpipe.resume.Bookkeeper.write_outputs`), and only then is it recorded
as finished (:meth:`mtpipe.resume.Bookkeeper.finish`), so a killed run resumes
from the last recorded document.  A document an earlier run finished is counted
and its missing outputs are written from its kept copy.  Once every window is
written, the run-level outputs follow: the entity index, the review page and the
combined TMX.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

from ..document import Document

__all__ = ["Pending", "Write"]

log = logging.getLogger("mtpipe")

#: ``progress(doc_id, segments, source_tokens)``, once per finished document.
Progress = Callable[[str, int, int], None]


@dataclass
class Pending:
    """A prepared document on its way to the model: where it came from and what it was."""

    doc: Document
    src_path: Path
    input_hash: str
    stat: list[int] = field(default_factory=list)


class Write:
    """Writes windows and run-level outputs for one run.

    Args:
        options: The job's :class:`~mtpipe.options.TranslateOptions`.
        signature: The job's signature (the combined TMX carries it).
        engine: Counts source tokens for the progress rate (pass-through excluded).
        book: The run's :class:`~mtpipe.resume.Bookkeeper`.
        report: The run's :class:`~mtpipe.writers.report.RunReport`.
        output_dir: OUT.
        progress: Told of each finished document.
    """

    name = "write"

    def __init__(self, options: Any, signature: Any, engine: Any, book: Any, report: Any, output_dir: Path,
                 progress: Progress | None = None) -> None:
        self.options = options
        self.targets: tuple[str, ...] = tuple(options.targets)
        self.signature = signature
        self.engine = engine
        self.book = book
        self.report = report
        self.output_dir = Path(output_dir)
        self.progress = progress

    def window(self, window: Sequence[Pending], error: BaseException | None) -> None:
        """Write a translated window's outputs (or its translation error as problems), in order."""
        report = self.report
        if error is not None:
            for p in window:
                report.add_problem(str(p.src_path), f"translation failed: {type(error).__name__}: {error}",
                                   "translate")
            return
        from ..writers.report import document_summary

        for p in window:
            doc = p.doc
            try:
                doc.check(self.targets)
                outputs = self.book.write_outputs(doc)
            except Exception as e:
                log.debug("writing failed for %s", doc.doc_id, exc_info=True)
                report.add_problem(str(p.src_path), f"cannot write outputs: {type(e).__name__}: {e}", "write")
                continue
            try:
                self.book.finish(doc, p.input_hash, p.stat, outputs, document_summary(doc, self.targets))
            except OSError as e:
                report.add_problem(str(p.src_path), f"outputs written but not recorded in the job state "
                                   f"({e.strerror or e}); it will be translated again", "write")
                continue
            report.add_document(doc, self.targets)
            report.outputs.extend(str(x) for paths in outputs.values() for x in paths)
            if self.progress is not None:
                self.progress(doc.doc_id, len(doc.segments), self.source_tokens(doc))

    def kept(self, doc_id: str, decision: Any) -> None:
        """A document an earlier run finished: counted, its missing outputs written from its kept copy."""
        report = self.report
        try:
            summary, outputs = self.book.from_kept(decision)
        except LookupError:
            report.add_problem(doc_id, "its kept copy could not be read; it will be translated on the next run",
                               "write")
            return
        except OSError as e:
            report.add_problem(doc_id, f"cannot write outputs: {type(e).__name__}: {e}", "write")
            return
        report.add_summary(summary)
        report.outputs.extend(outputs)
        if self.progress is not None:
            self.progress(doc_id, 0, 0)

    def source_tokens(self, doc: Document) -> int:
        """Model tokens of the segments sent to a model (for progress rates; pass-through excluded)."""
        n = 0
        for s in doc.segments:
            for tgt in self.targets:
                tr = s.translations.get(tgt)
                if tr is not None and tr.strategy not in ("passthrough", "untranslated"):
                    try:
                        n += self.engine.count_tokens(s.source, s.src_lang, tgt)
                    except Exception:  # a route without a tokenizer must not break progress
                        pass
                    break
        return n

    def run_outputs(self, term_probes: dict[tuple[str, str], Any]) -> None:
        """After the last window: entities.jsonl, the term strategies, the review page, the combined TMX."""
        from ..entities import palladius_name_finder, write_index

        out, report = self.output_dir, self.report
        try:
            # streamed through a temporary SQLite file: memory does not grow with the corpus here either
            report.consistency = write_index(out, name_finder=palladius_name_finder)
            report.term_strategies = self.book.term_strategies(
                {f"{tgt} {key}": p.to_dict() for (key, tgt), p in sorted(term_probes.items())})
            if "html" in self.options.formats:
                from ..writers.html import build_review

                build_review(out, self.targets)
            if self.options.tmx_combined:  # one TMX for the job, from every document's JSONL (resumed ones too)
                from ..writers.tmx import write_combined_tmx

                write_combined_tmx(out, self.targets, self.signature)
        except OSError as e:  # a full disk: the report still names what failed
            report.add_warning(f"{out}: run-level outputs not written: {e.strerror or e}")
