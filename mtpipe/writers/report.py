"""The run report (``report.json``): counts, problems and the signature of the run.

``report.json`` keys: ``mtpipe`` (version), ``started``/``finished`` (Unix
seconds) and ``started_at``/``finished_at`` (ISO 8601 UTC), ``signature`` (model
ids per route, compute type, decoding options, glossary hash...),
``counts``, ``problems`` (``{"file", "reason", "stage"}``), ``warnings``,
``consistency``, ``term_strategies`` (what the term-strategy probe found per model
and target), ``documents`` (one summary each), ``glossary_changes`` (entries edited,
added, removed since the last run on this folder; null on a first run),
``updated_documents`` (translated again because of them), ``plan`` (documents per
planned action), ``failed_outputs`` (run-level outputs not written: ``{"file", "reason"}``),
``outputs`` and ``exit_code``.

``counts``::

    documents: {ok, failed, skipped, resumed, empty}   # skipped == resumed: done by an earlier run;
                                    # empty: read, nothing to translate (no outputs; or only a
                                    # ledger: nothing left after cleaning); the four add up to the inputs
    segments: N
    targets: {en: {translated, passthrough, untranslated}, ...}   # segments per target; the three add up
                                    # to segments (untranslated: a language mtpipe does not translate, no route)
    strategies: {"en:direct": n, "zh:pivot": n, ...}
    terms: {total, verified, retried, unverified, <other statuses>}
    flags: {flag name: segments}
    ledger: {rule: entries}

Every count is derived from the same ``Document`` the JSONL writer serialises,
so they match the JSONL records.

Exit-code policy (:meth:`RunReport.exit_code`):

* 0: every document was translated and written;
* 1: some document failed (any entry in ``problems``), a run-level output (entity index,
  review index, combined TMX) could not be written (``failed_outputs``), or, with
  ``strict_terms``, some term is still unverified;
* 2: usage, config, glossary or model errors; the CLI returns it itself,
  before a report exists.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Sequence

from .. import __version__
from ..document import Document
from ..errors import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE
from .atomic import atomic_write_text

__all__ = ["RunReport", "document_summary", "EXIT_OK", "EXIT_PARTIAL", "EXIT_USAGE"]


def document_summary(doc: Document, targets: Sequence[str]) -> dict[str, Any]:
    """The counts one finished document contributes to the report.

    Args:
        doc: A translated document.
        targets: The run's target languages.

    Returns:
        ``{"doc", "segments", "terms", "flags", "strategies", "ledger", "warnings", "unverified", "numbers"}``
        (``numbers``: what each ``number_mismatch`` target lost, :func:`_lost_numbers`).
    """
    terms: Counter[str] = Counter()
    flags: Counter[str] = Counter()
    strategies: Counter[str] = Counter()
    for s in doc.segments:
        for t in s.terms:
            terms["total"] += 1
            terms[t.status] += 1
        flags.update(set(s.flags))
        for lang in targets:
            tr = s.translations.get(lang)
            if tr is not None:
                strategies[f"{lang}:{tr.strategy}"] += 1
    ledger = Counter(e.rule for e in doc.ledger)
    return {"doc": doc.doc_id, "segments": len(doc.segments), "terms": dict(terms), "flags": dict(flags),
            "strategies": dict(strategies), "ledger": dict(ledger), "warnings": list(doc.warnings),
            "unverified": [{"segment": s.index, "id": t.id, "source": t.source}
                           for s in doc.segments for t in s.terms if t.status == "unverified"],
            "numbers": _lost_numbers(doc)}


def _lost_numbers(doc: Document) -> list[dict[str, Any]]:
    """The numbers each ``number_mismatch:<lang>`` target lost or changed, named (the review page names them
    too): ``{"segment", "lang", "missing"}``, so a report reader sees *which* "344" went, not only a count."""
    from ..numbers import missing_numbers

    out: list[dict[str, Any]] = []
    for s in doc.segments:
        for f in s.flags:
            name, _, lang = f.partition(":")
            tr = s.translations.get(lang)
            if name == "number_mismatch" and tr is not None:
                out.append({"segment": s.index, "lang": lang, "missing": missing_numbers(s.source, tr.text)})
    return out


def _iso(ts: float | None) -> str | None:
    if ts is None:
        return None
    return datetime.fromtimestamp(ts, tz=timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass
class RunReport:
    """What a run did.

    Attributes:
        signature: mtpipe version, models, compute type, decoding options, glossary hash.
        strict_terms: Unverified terms make :meth:`exit_code` non-zero (default False:
            they are reported and flagged, the run still succeeds).
        started: When the run started (Unix seconds; defaults to creation time).
        finished: When :meth:`finish` was called (None while running).
        documents: Per-document summaries (:func:`document_summary`).
        problems: ``{"file", "reason", "stage"}`` for every document that failed.
        failed_outputs: ``{"file", "reason"}`` for every run-level output (``entities.jsonl``,
            ``index.html``, ``translations.tmx``) that could not be written.
        empty: The inputs read with nothing in them to translate (no outputs; a warning each).
        warnings: Human-readable warnings (``"DOC: message"`` for a document's own).
        outputs: Files written.
        consistency: Entities mentioned under several spellings (set by the job).
        term_strategies: Per "target model-group", what the term-strategy probe found and the
            strategy order used (:mod:`mtpipe.glossary.probe`; set by the job).
        plan: What the run planned (:meth:`mtpipe.plan.Plan.to_dict`): documents per action,
            glossary changes since the last run, documents updated because of them.
        executor: Where the job ran: executor name, workers or actors and, on Ray, windows,
            segments and busy seconds per actor (:mod:`mtpipe.executors`; set by the job).
    """

    signature: dict[str, Any] = field(default_factory=dict)
    strict_terms: bool = False
    started: float = field(default_factory=time.time)
    finished: float | None = None
    documents: list[dict[str, Any]] = field(default_factory=list)
    problems: list[dict[str, str]] = field(default_factory=list)
    failed_outputs: list[dict[str, str]] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)
    consistency: list[dict[str, Any]] = field(default_factory=list)
    term_strategies: dict[str, Any] = field(default_factory=dict)
    plan: dict[str, Any] = field(default_factory=dict)
    executor: dict[str, Any] = field(default_factory=dict)

    def add_document(self, doc: Document, targets: Sequence[str]) -> dict[str, Any]:
        """Count a finished document.

        Args:
            doc: The translated document (as written).
            targets: The run's target languages.

        Returns:
            Its summary (the job state keeps it for resumed runs).
        """
        summary = document_summary(doc, targets)
        self.add_summary(summary, resumed=False)
        from ..document import named_warning
        from ..inputs import text_path

        self.warnings.extend(text_path(named_warning(doc.doc_id, w)) for w in doc.warnings)
        return summary

    def add_summary(self, summary: dict[str, Any], path: str = "", resumed: bool = True) -> None:
        """Count a document from its summary (:func:`document_summary`): one finished by an earlier run
        (``resumed``, its stored summary), or written by this one.

        One with no segment (a one-line file of a page number: all of it boilerplate) had nothing to
        translate: it is counted as ``empty``, as an empty file is, not as translated or done; its
        outputs still hold the ledger of what cleaning removed.  ``path``: its input (default: its id).
        """
        self.documents.append({**summary, "resumed": True} if resumed else summary)
        if not summary.get("segments"):
            from ..inputs import text_path

            self.empty.append(text_path(path or summary.get("doc", "")))

    def add_problem(self, path: str, reason: str, stage: str) -> None:
        """Record a document that failed at ``stage`` (ingest, prepare, translate, write...)."""
        from ..inputs import text_path  # file names may hold bytes that are not UTF-8 (JSON cannot)

        self.problems.append({"file": text_path(path), "reason": text_path(reason), "stage": str(stage)})

    def add_failed_output(self, path: str, reason: str) -> None:
        """Record a run-level output (entity index, review index, combined TMX) that could not be written."""
        from ..inputs import text_path

        self.failed_outputs.append({"file": text_path(path), "reason": text_path(reason)})

    def add_empty(self, path: str, message: str) -> None:
        """Record an input read with nothing to translate in it, and its warning."""
        from ..inputs import text_path

        self.empty.append(text_path(path))
        self.warnings.append(text_path(message))

    def add_warning(self, message: str) -> None:
        """Record a run-level warning."""
        from ..inputs import text_path

        self.warnings.append(text_path(message))

    def finish(self) -> None:
        """Stamp the finish time."""
        self.finished = time.time()

    def counts(self) -> dict[str, Any]:
        """The totals written under ``counts`` (see the module docstring)."""
        terms: Counter[str] = Counter()
        flags: Counter[str] = Counter()
        strategies: Counter[str] = Counter()
        ledger: Counter[str] = Counter()
        for d in self.documents:
            terms.update(d.get("terms", {}))
            flags.update(d.get("flags", {}))
            strategies.update(d.get("strategies", {}))
            ledger.update(d.get("ledger", {}))
        per_target: dict[str, dict[str, int]] = {}
        for key, n in sorted(strategies.items()):
            lang, _, strategy = key.partition(":")
            slot = per_target.setdefault(lang, {"translated": 0, "passthrough": 0, "untranslated": 0})
            # a segment left out of a target (unsupported language, no route) was not translated
            slot[strategy if strategy in ("passthrough", "untranslated") else "translated"] += n
        nothing = [d for d in self.documents if not d.get("segments")]  # nothing to translate: in empty
        resumed = sum(1 for d in self.documents if d.get("resumed")) - sum(1 for d in nothing if d.get("resumed"))
        term_counts = {"total": terms.get("total", 0), "verified": terms.get("verified", 0),
                       "retried": terms.get("retried", 0), "unverified": terms.get("unverified", 0)}
        term_counts.update({k: v for k, v in sorted(terms.items()) if k not in term_counts})
        return {"documents": {"ok": len(self.documents) - len(nothing) - resumed, "failed": len(self.problems),
                              "skipped": resumed, "resumed": resumed, "empty": len(self.empty)},
                "segments": sum(d.get("segments", 0) for d in self.documents),
                "targets": per_target,
                "strategies": dict(sorted(strategies.items())),
                "terms": term_counts,
                "flags": dict(sorted(flags.items())),
                "ledger": dict(sorted(ledger.items()))}

    def exit_code(self) -> int:
        """0, or 1 when a document or a run-level output failed (or a term is unverified with ``strict_terms``)."""
        if self.problems or self.failed_outputs:
            return EXIT_PARTIAL
        if self.strict_terms and self.counts()["terms"].get("unverified", 0):
            return EXIT_PARTIAL
        return EXIT_OK

    def summary_line(self) -> str:
        """One line for the terminal."""
        c = self.counts()
        t = c["terms"]
        d = c["documents"]
        # every status is named, so the statuses add up to the total (terms in a segment of a
        # language mtpipe does not translate are "untranslated"; pass-through ones are "passthrough")
        others = "".join(f", {n} {k}" for k, n in t.items()
                         if k not in ("total", "verified", "retried", "unverified") and n)
        empty = f", {d['empty']} empty" if d.get("empty") else ""
        return (f"{d['ok']} documents translated, {d['skipped']} already done, {d['failed']} failed{empty}; "
                f"{c['segments']} segments; terms: {t.get('total', 0)} total, "
                f"{t.get('verified', 0)} verified, {t.get('retried', 0)} retried, {t.get('unverified', 0)} unverified"
                + others)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready report."""
        return {"mtpipe": __version__, "started": self.started, "finished": self.finished,
                "started_at": _iso(self.started), "finished_at": _iso(self.finished),
                "signature": self.signature, "counts": self.counts(), "problems": self.problems, "empty": self.empty,
                "warnings": self.warnings, "consistency": self.consistency,
                "term_strategies": self.term_strategies, "executor": self.executor, "documents": self.documents,
                "glossary_changes": self.plan.get("glossary_changes"),
                "updated_documents": self.plan.get("updated_documents", []), "plan": self.plan.get("counts", {}),
                "failed_outputs": self.failed_outputs, "outputs": sorted(self.outputs), "exit_code": self.exit_code()}

    def write(self, out_root: Path) -> Path:
        """Write ``out_root/report.json`` atomically; returns its path."""
        return atomic_write_text(Path(out_root) / "report.json",
                                 json.dumps(self.to_dict(), ensure_ascii=False, indent=2, default=str) + "\n")
