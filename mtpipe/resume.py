"""One run's bookkeeping: the plan before it, and what each finished document is recorded with.

:class:`Bookkeeper` is what the :class:`~mtpipe.runner.Runner` calls around the stages:

* :meth:`Bookkeeper.open` (under the output folder's lock): sweep the temporary files a
  killed run left (only mtpipe's own, :func:`~mtpipe.writers.atomic.sweep_temp_files`), read
  the job state, make the :class:`~mtpipe.plan.Plan` and remember this run's glossary;
* :meth:`Bookkeeper.decide`: what a document needs (``done``/``write``/``collision`` ones
  never reach the front stages or the model);
* :meth:`Bookkeeper.record`: a translated document's state record, once its outputs and kept
  copy are on disk (written by :class:`~mtpipe.stages.write.DocWriter`, here or on a Ray actor);
* :meth:`Bookkeeper.from_kept`: a document finished earlier, its missing or stale outputs
  written again from the kept copy.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, Callable, Sequence

from .plan import DocPlan, Plan, make_plan, settings_hash, write_glossary_snapshot
from .state import DocRecord, JobState, file_record, glossary_index, render_hash

__all__ = ["Bookkeeper"]


class Bookkeeper:
    """The job-state side of one run.

    Args:
        job: The prepared :class:`~mtpipe.pipeline.Job`.
        input_dir: IN.
        output_dir: OUT (exists).
        warn: Where warnings go (the report's).
        readonly: Plan only (``--dry-run``): nothing is written, moved or swept.
    """

    def __init__(self, job: Any, input_dir: Path, output_dir: Path, warn: Callable[[str], None],
                 readonly: bool = False) -> None:
        self.job = job
        self.input_dir = Path(input_dir)
        self.output_dir = Path(output_dir)
        self.warn = warn
        self.readonly = readonly
        o = job.options
        self.formats: tuple[str, ...] = tuple(o.formats)
        self.targets: tuple[str, ...] = tuple(o.targets)
        self.entries = glossary_index(job.glossary)  # full content: the plan line's edited/added/removed
        self.renders = glossary_index(job.glossary, render_hash)  # what a document's outputs depend on
        self.glossary_hash = getattr(job.glossary, "hash", None)
        self.settings = settings_hash(job.signature)
        self.state: JobState | None = None
        self.plan = Plan()
        self._context: tuple[Any, str] = (None, "")  # the last document's min_context text (see _terms_now)

    # -- before the run ------------------------------------------------------------------

    def _terms_now(self, seg: Any, doc: Any = None) -> list[tuple[str, int, int]]:
        protector = self.job.protector
        if protector is None:
            return []
        context = ""
        if doc is not None:  # as the protect stage sees it (min_context words anywhere in the document)
            if self._context[0] is not doc:
                self._context = (doc, protector.matcher.context_of(s.source for s in doc.segments))
            context = self._context[1]
        return [(t.id, t.start, t.end) for t in protector.terms(seg.source, seg.src_lang, context)]

    def open(self, paths: Sequence[Path]) -> Plan:
        """Sweep, read the state, plan every input; returns the plan."""
        o = self.job.options
        if not self.readonly:
            from .writers.atomic import sweep_temp_files

            sweep_temp_files(self.output_dir)
        if not self.readonly or (self.output_dir / ".mtpipe" / "state.jsonl").exists():
            # read and kept up to date even with --no-resume, so the next run can resume from this one
            self.state = JobState.open(self.output_dir, self.warn, readonly=self.readonly)
        self.plan = make_plan(paths, self.input_dir, self.output_dir, self.state if o.resume else None,
                              formats=self.formats,
                              targets=self.targets, settings=self.settings, glossary_hash=self.glossary_hash,
                              entries=self.entries, renders=self.renders, written=self.written,
                              terms_now=self._terms_now,
                              max_bytes=o.max_bytes, warn=self.warn, fix=not self.readonly)
        if not self.readonly:
            self._confirm_unchanged()
            write_glossary_snapshot(self.output_dir, self.entries, self.warn)
        return self.plan

    def written(self, entries: dict[str, str]) -> str:
        """The signature hash the outputs of a document that matched ``entries`` carry
        (:func:`~mtpipe.signature.document_signature`: a glossary edit changes it only where it can
        change the outputs)."""
        from .signature import document_signature, signature_hash

        return signature_hash(document_signature(self.job.signature, entries))

    def _confirm_unchanged(self) -> None:
        """Record this glossary for the documents the plan found untouched by its changes (their
        matches re-checked, their outputs as they are), so the next run does not check them again."""
        if self.state is None:
            return
        for p in self.plan.docs.values():
            rec = p.record
            if p.action == "done" and rec is not None and rec.glossary != self.glossary_hash:
                self.state.record(DocRecord(**{**rec.__dict__, "glossary": self.glossary_hash}))

    def term_strategies(self, probed: dict[str, Any]) -> dict[str, Any]:
        """This run's term-strategy probe results, completed with those of earlier runs on OUT.

        A resumed run translates little or nothing and probes no model; the report still says
        which strategies the documents were translated with (same settings and models only).
        """
        import json

        path = self.output_dir / ".mtpipe" / "term-strategies.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            earlier = data["probes"] if data.get("settings") == self.settings else {}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            earlier = {}
        merged = {**earlier, **probed} if isinstance(earlier, dict) else dict(probed)
        if merged != earlier and not self.readonly:
            from .writers.atomic import atomic_write_text

            try:
                atomic_write_text(path, json.dumps({"settings": self.settings, "probes": merged}, sort_keys=True))
            except OSError:
                pass  # only the next report's completeness depends on it
        return dict(sorted(merged.items()))

    def decide(self, doc_id: str) -> DocPlan:
        return self.plan.docs.get(doc_id) or DocPlan("new")

    # -- after translation ---------------------------------------------------------------

    def record(self, doc_id: str, entries: dict[str, str], input_hash: str, stat: list[int],
               files: dict[str, list[dict[str, Any]]], summary: dict[str, Any], kept: str) -> None:
        """Record a document as finished whose outputs and kept copy are on disk (written here or by
        a Ray actor: :class:`mtpipe.stages.write.DocWriter`); ``files``: format -> their
        :func:`~mtpipe.state.file_record`; ``entries``: the glossary entries it matched
        (:attr:`mtpipe.stages.write.Written.entries`).

        Raises:
            OSError: the record could not be written (full disk...).
        """
        if self.state is None:
            return
        self._drop_stale(self.decide(doc_id).record, files)
        rec = DocRecord(doc=doc_id, input=input_hash, stat=stat, settings=self.settings,
                        glossary=self.glossary_hash, terms=dict(sorted(entries.items())),
                        written=self.written(entries),
                        outputs=files, summary=summary, kept=kept)
        self.state.record(rec)

    def _drop_stale(self, earlier: DocRecord | None, files: dict[str, list[dict[str, Any]]]) -> None:
        """Remove the files an earlier run wrote for this document in a format written now that this
        run did not write (a target dropped from ``--to``: ``a.zh.txt`` beside a JSONL without zh), if
        they are still byte for byte as written; a file changed since is the user's and stays."""
        if earlier is None:
            return
        now = {f["path"] for fs in files.values() for f in fs}
        for fmt, old in earlier.outputs.items():
            for f in old if fmt in files else ():
                p = self.output_dir / f["path"]
                try:
                    if f["path"] not in now and p.is_file() and not p.is_symlink() and file_record(
                            p, self.output_dir)["sha256"] == f.get("sha256"):
                        p.unlink()
                except OSError:
                    pass  # left as it is: only a stale copy

    def from_kept(self, decision: DocPlan) -> tuple[dict[str, Any], list[str]]:
        """Write a finished document's missing or stale outputs from its kept copy.

        Returns:
            ``(summary, every output path of the requested formats)``.

        Raises:
            LookupError: the kept copy cannot be read (the caller translates it again).
            OSError: an output could not be written.
        """
        rec = decision.record
        assert rec is not None and self.state is not None
        outputs: dict[str, list[Path]] = {}
        if decision.action == "write":
            doc = self.state.load_kept(rec)
            if doc is None:
                raise LookupError(rec.doc)
            from .signature import document_signature
            from .writers import WRITERS
            from .writers.atomic import remembering_writes, synced_together

            signature = document_signature(self.job.signature, rec.terms)
            written = self.written(rec.terms)
            with synced_together(self.output_dir), remembering_writes() as wrote:
                for fmt in decision.formats:
                    outputs[fmt] = list(WRITERS[fmt](doc, self.output_dir, self.targets, signature))
            keep = {fmt: files for fmt, files in rec.outputs.items()
                    if fmt not in outputs and rec.written == written}
            new = DocRecord(**{**rec.__dict__, "glossary": self.glossary_hash, "written": written,
                               "outputs": {**keep, **{fmt: [file_record(p, self.output_dir, wrote.get(str(p)))
                                                            for p in paths]
                                                      for fmt, paths in outputs.items()}}})
            self.state.record(new)
            rec = new
        root = self.output_dir.resolve()
        return rec.summary, [str(root / p) for p in rec.output_paths(self.formats)]


def input_digest(raw: bytes) -> str:
    """The input hash the job state records (sha256 of the file's bytes)."""
    return hashlib.sha256(raw).hexdigest()
