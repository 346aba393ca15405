"""The run report (``report.json``): counts, problems and the signature of the run.

Exit-code policy (see :meth:`RunReport.exit_code`): 0 every document done; 1 some
documents failed, or an unverified term with ``strict_terms``; the CLI uses 2 itself
for usage, config, glossary and model errors.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from .. import __version__
from ..document import Document
from .atomic import atomic_write_text

__all__ = ["RunReport", "document_summary"]


def document_summary(doc: Document, targets: Sequence[str]) -> dict[str, Any]:
    """The counts one finished document contributes to the report."""
    terms: Counter[str] = Counter()
    flags: Counter[str] = Counter()
    strategies: Counter[str] = Counter()
    for s in doc.segments:
        for t in s.terms:
            terms["total"] += 1
            terms[t.status] += 1
        flags.update(s.flags)
        for lang in targets:
            tr = s.translations.get(lang)
            if tr is not None:
                strategies[f"{lang}:{tr.strategy}"] += 1
    ledger = Counter(e.rule for e in doc.ledger)
    return {"doc": doc.doc_id, "segments": len(doc.segments), "terms": dict(terms), "flags": dict(flags),
            "strategies": dict(strategies), "ledger": dict(ledger), "warnings": list(doc.warnings),
            "unverified": [{"segment": s.index, "id": t.id, "source": t.source}
                           for s in doc.segments for t in s.terms if t.status == "unverified"]}


@dataclass
class RunReport:
    """What a run did.

    Attributes:
        signature: mtpipe version, models, compute type, decoding options, glossary hash.
        strict_terms: Unverified terms make :meth:`exit_code` non-zero.
        documents: Per-document summaries (:func:`document_summary`).
        problems: ``{"file", "reason", "stage"}`` for every document that failed.
        outputs: Files written.
        consistency: Entities mentioned under several spellings (set by the job).
    """

    signature: dict[str, Any] = field(default_factory=dict)
    strict_terms: bool = False
    started: float = field(default_factory=time.time)
    finished: float | None = None
    documents: list[dict[str, Any]] = field(default_factory=list)
    problems: list[dict[str, str]] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)
    consistency: list[dict[str, Any]] = field(default_factory=list)

    def add_document(self, doc: Document, targets: Sequence[str]) -> dict[str, Any]:
        summary = document_summary(doc, targets)
        self.documents.append(summary)
        return summary

    def add_summary(self, summary: dict[str, Any]) -> None:
        """A document finished by an earlier (resumed) run."""
        self.documents.append({**summary, "resumed": True})

    def add_problem(self, path: str, reason: str, stage: str) -> None:
        self.problems.append({"file": path, "reason": reason, "stage": stage})

    def finish(self) -> None:
        self.finished = time.time()

    def counts(self) -> dict[str, Any]:
        terms: Counter[str] = Counter()
        flags: Counter[str] = Counter()
        strategies: Counter[str] = Counter()
        ledger: Counter[str] = Counter()
        for d in self.documents:
            terms.update(d.get("terms", {}))
            flags.update(d.get("flags", {}))
            strategies.update(d.get("strategies", {}))
            ledger.update(d.get("ledger", {}))
        return {"documents": {"ok": len(self.documents), "failed": len(self.problems),
                              "resumed": sum(1 for d in self.documents if d.get("resumed"))},
                "segments": sum(d.get("segments", 0) for d in self.documents),
                "terms": {"total": terms.get("total", 0), **{k: v for k, v in terms.items() if k != "total"}},
                "flags": dict(flags), "strategies": dict(strategies), "ledger": dict(ledger)}

    def exit_code(self) -> int:
        if self.problems:
            return 1
        if self.strict_terms and self.counts()["terms"].get("unverified", 0):
            return 1
        return 0

    def summary_line(self) -> str:
        c = self.counts()
        t = c["terms"]
        return (f"{c['documents']['ok']} documents translated ({c['documents']['resumed']} already done), "
                f"{c['documents']['failed']} failed; {c['segments']} segments; terms: {t.get('total', 0)} total, "
                f"{t.get('verified', 0)} verified, {t.get('retried', 0)} retried, {t.get('unverified', 0)} unverified")

    def to_dict(self) -> dict[str, Any]:
        return {"mtpipe": __version__, "started": self.started, "finished": self.finished,
                "signature": self.signature, "counts": self.counts(), "problems": self.problems,
                "consistency": self.consistency, "documents": self.documents, "outputs": sorted(self.outputs),
                "exit_code": self.exit_code()}

    def write(self, out_root: Path) -> Path:
        return atomic_write_text(Path(out_root) / "report.json",
                                 json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n")
