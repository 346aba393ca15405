"""The plan of a run, made before anything is written: what each document needs, and where it writes.

For every input the plan says one of:

* ``done``: finished by an earlier run with the same input, settings, models and glossary
  entries, and every requested output is on disk as written;
* ``write``: finished, but some requested outputs are missing, damaged or carry an older
  signature: they are written again from the kept document (no model, no front stages);
* ``update``: finished, but a glossary entry it matched changed or disappeared, or a changed
  or added entry now matches in its kept segments: it is translated again (the translation
  memory answers for every model input that did not change);
* ``redo``: its input, the front-stage settings or the models changed;
* ``new``: never finished;
* ``collision``: its outputs would land on another input's outputs (after sanitising the
  name), on a run-level file (``report.json``, ``entities.jsonl``, ``index.html``), on an
  input, or inside ``.mtpipe``: it is not written, and neither is the other document.

The glossary part of the plan compares the glossary with the one the last run used
(``OUT/.mtpipe/glossary.json``, entry id -> content hash) and reads as one line:
``glossary changed: 1 entry edited (wang-zilian), 0 added, 0 removed → 20 of 60 documents to update``.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from .inputs import doc_id_for
from .state import DocRecord, JobState, move_aside

__all__ = ["DocPlan", "Plan", "GlossaryChanges", "make_plan", "output_suffixes", "planned_outputs",
           "run_level_files", "read_glossary_snapshot", "write_glossary_snapshot", "settings_hash"]

#: Writer name -> suffixes of the files it writes for one document (``{t}``: each target).
#: ``tests/test_incremental.py`` checks this against what the writers really write.
_SUFFIXES = {"jsonl": (".jsonl", ".ledger.jsonl"), "tmx": (".tmx",), "text": (".{t}.txt",), "html": (".html",)}

SNAPSHOT = "glossary.json"


def settings_hash(signature: dict[str, Any]) -> str:
    """What decides a document's outputs besides its input and its glossary entries.

    The job signature without the glossary hash (entries are tracked one by one) and the
    device (CPU and GPU give the same outputs for one compute type).
    """
    from .signature import signature_hash

    return signature_hash(signature, leave_out=("glossary_hash",))


def output_suffixes(fmt: str, targets: Sequence[str]) -> list[str]:
    """Suffixes of the files format ``fmt`` writes per document (empty for a format unknown here)."""
    return [s.format(t=t) for s in _SUFFIXES.get(fmt, ()) for t in (targets if "{t}" in s else ("",))]


def planned_outputs(out_root: Path, doc_id: str, formats: Sequence[str], targets: Sequence[str]) -> list[Path]:
    """Every file the writers of ``formats`` would write for ``doc_id``.

    Raises:
        mtpipe.safety.UnsafePathError: when one would land outside ``out_root``.
    """
    from .safety import safe_output_paths

    return safe_output_paths(out_root, doc_id, [suf for fmt in formats for suf in output_suffixes(fmt, targets)])


def run_level_files(formats: Sequence[str]) -> list[str]:
    """Files the run writes once at the top of OUT (never a document's to overwrite)."""
    from .entities import INDEX_NAME

    names = ["report.json", INDEX_NAME]
    if "html" in formats:
        names.append("index.html")
    return names


def read_glossary_snapshot(out_root: Path) -> dict[str, str] | None:
    """Entry id -> hash of the glossary the last run on this folder used (None: no earlier run)."""
    try:
        data = json.loads((Path(out_root) / ".mtpipe" / SNAPSHOT).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    entries = data.get("entries") if isinstance(data, dict) else None
    return {str(k): str(v) for k, v in entries.items()} if isinstance(entries, dict) else None


def write_glossary_snapshot(out_root: Path, index: dict[str, str], warn: Callable[[str], None]) -> None:
    """Remember the glossary this run uses (for the next run's plan line)."""
    from .lock import private_dir
    from .writers.atomic import atomic_write_text

    folder = private_dir(Path(out_root), warn=warn)
    atomic_write_text(folder / SNAPSHOT, json.dumps({"entries": index}, ensure_ascii=False, sort_keys=True) + "\n")


@dataclass
class GlossaryChanges:
    """Entries edited, added and removed since the last run (ids, sorted)."""

    edited: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    @classmethod
    def between(cls, old: dict[str, str], new: dict[str, str]) -> "GlossaryChanges":
        return cls(edited=sorted(k for k in new if k in old and old[k] != new[k]),
                   added=sorted(k for k in new if k not in old), removed=sorted(k for k in old if k not in new))

    def __bool__(self) -> bool:
        return bool(self.edited or self.added or self.removed)

    def changed(self) -> set[str]:
        return set(self.edited) | set(self.added) | set(self.removed)

    def to_dict(self) -> dict[str, list[str]]:
        return {"edited": self.edited, "added": self.added, "removed": self.removed}

    @staticmethod
    def _ids(ids: list[str]) -> str:
        return f" ({', '.join(ids[:5])}{', …' if len(ids) > 5 else ''})" if ids else ""

    def line(self, updates: int, total: int) -> str:
        n = len(self.edited)
        return (f"glossary changed: {n} entr{'y' if n == 1 else 'ies'} edited{self._ids(self.edited)}, "
                f"{len(self.added)} added{self._ids(self.added)}, {len(self.removed)} removed{self._ids(self.removed)}"
                f" → {updates} of {total} documents to update")


@dataclass
class DocPlan:
    """What one input needs (see the module docstring).

    Attributes:
        action: ``done``, ``write``, ``update``, ``redo``, ``new`` or ``collision``.
        record: Its job-state record, when an earlier run finished it.
        formats: For ``write``: the formats to write again.
        reason: Why (for ``update``, ``redo`` and ``collision``).
    """

    action: str
    record: DocRecord | None = None
    formats: tuple[str, ...] = ()
    reason: str = ""


@dataclass
class Plan:
    """The plan of one run.

    Attributes:
        docs: Document id (input path relative to IN) -> :class:`DocPlan`.
        paths: Document id -> input path.
        glossary: Changes since the last run's glossary (None: no earlier run to compare with).
        problems: ``(file, reason, stage)`` for the collisions.
    """

    docs: dict[str, DocPlan] = field(default_factory=dict)
    paths: dict[str, Path] = field(default_factory=dict)
    glossary: GlossaryChanges | None = None
    problems: list[tuple[str, str, str]] = field(default_factory=list)

    def count(self, action: str) -> int:
        return sum(1 for p in self.docs.values() if p.action == action)

    def updated(self) -> list[str]:
        """Documents translated again because of a glossary change."""
        return sorted(d for d, p in self.docs.items() if p.action == "update")

    def lines(self) -> list[str]:
        """What the run will do, for the terminal (the glossary line first, when it changed)."""
        out = []
        n = len(self.docs)
        if self.glossary:
            out.append(self.glossary.line(self.count("update"), n))
        parts = [f"{self.count(a)} {label}" for a, label in
                 (("new", "new"), ("redo", "changed (input or settings)"), ("update", "glossary updates"),
                  ("write", "outputs to write from kept documents"), ("done", "done"),
                  ("collision", "refused (output collision)")) if self.count(a)]
        out.append(f"plan: {n} documents: {', '.join(parts) or 'nothing to do'}")
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"counts": {a: self.count(a) for a in ("new", "redo", "update", "write", "done", "collision")},
                "glossary_changes": self.glossary.to_dict() if self.glossary is not None else None,
                "updated_documents": self.updated()}


def _sha256_file(path: Path, limit: int) -> str | None:
    try:
        if path.stat().st_size > limit:
            return None
        h = hashlib.sha256()
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
        return h.hexdigest()
    except OSError:
        return None


def _outputs_ok(rec: DocRecord, fmt: str, out_root: Path, warn: Callable[[str], None], fix: bool) -> bool:
    files = rec.outputs.get(fmt)
    if files is None:
        return False
    ok = True
    for f in files:
        p = out_root / f["path"]
        try:
            st = os.lstat(p)
        except OSError:
            ok = False
            continue
        damaged = not os.path.isfile(p) or os.path.islink(p) or st.st_size != f.get("size")
        if not damaged and st.st_mtime_ns != f.get("mtime_ns"):
            damaged = _sha256_file(p, 1 << 62) != f.get("sha256")
        if damaged:
            ok = False
            if fix:
                move_aside(p, out_root, "output changed or damaged since it was written", warn)
    return ok


def _collisions(plan: Plan, out_root: Path, formats: Sequence[str], targets: Sequence[str],
                inputs: set[str]) -> None:
    from .safety import UnsafePathError

    run_level = {str(out_root / n): n for n in run_level_files(formats)}
    private = str(out_root / ".mtpipe")
    owner: dict[str, list[str]] = {}
    for doc in plan.docs:
        try:
            outs = planned_outputs(out_root, doc, formats, targets)
        except UnsafePathError as e:
            plan.docs[doc] = DocPlan("collision", reason=str(e))
            continue
        for p in outs:
            owner.setdefault(str(p), []).append(doc)
    for path, docs in owner.items():
        rel = os.path.relpath(path, out_root)
        for doc in docs:
            others = [d for d in docs if d != doc]
            if others:
                reason = (f"its output {rel} and that of {', '.join(sorted(others)[:3])}"
                          f"{' …' if len(others) > 3 else ''} would overwrite each other (names that differ only "
                          f"in extension or in characters made safe): neither is written; rename one of them")
            elif path in run_level:
                reason = f"its output {rel} would overwrite the run's own {run_level[path]}; rename the input"
            elif path in inputs:
                reason = f"its output {rel} would overwrite an input file (is OUT inside IN?)"
            elif path == private or path.startswith(private + os.sep):
                reason = f"its output {rel} would land in mtpipe's private folder"
            else:
                continue
            if plan.docs[doc].action != "collision":
                plan.docs[doc] = DocPlan("collision", reason=reason)
    for doc, p in plan.docs.items():
        if p.action == "collision":
            plan.problems.append((str(plan.paths[doc]), p.reason, "plan"))


def make_plan(paths: Iterable[Path], input_dir: Path, out_root: Path, state: JobState | None, *,
              formats: Sequence[str], targets: Sequence[str], settings: str, glossary_hash: str | None,
              entries: dict[str, str], renders: dict[str, str], written: Callable[[dict[str, str]], str],
              terms_now: Callable[[Any, Any], list[tuple[str, int, int]]],
              max_bytes: int, warn: Callable[[str], None], fix: bool = True) -> Plan:
    """Decide what every input needs (see the module docstring).

    Args:
        paths: The inputs, in run order.
        input_dir: IN (document ids are paths relative to it).
        out_root: OUT.
        state: The job state (None: nothing is resumed).
        formats: Requested output formats.
        targets: Target languages.
        settings: :func:`settings_hash` of this run.
        glossary_hash: This run's glossary hash (None: no glossary).
        entries: Entry id -> content hash (:func:`mtpipe.state.glossary_index`), for the plan line.
        renders: Entry id -> :func:`mtpipe.state.render_hash`, what documents depend on.
        written: ``written(terms)``: the signature hash this run's outputs of a document that
            matched ``terms`` (entry id -> render hash) carry.
        terms_now: ``terms_now(segment, document)``: the glossary matches of a kept segment of
            that document under this run's glossary, as ``(entry id, start, end)``.
        max_bytes: Inputs larger than this are not hashed here (ingest reports them).
        warn: Where warnings go (damaged outputs moved aside).
        fix: Move damaged outputs aside (off for ``--dry-run``).
    """
    out_root = Path(out_root)
    plan = Plan()
    inputs: set[str] = set()
    for path in paths:
        doc = doc_id_for(path, input_dir)  # the id read_document gives it (bytes not UTF-8 as %XX)
        plan.paths[doc] = path
        inputs.add(os.path.realpath(path))
        plan.docs[doc] = _decide(doc, path, state, formats, settings, glossary_hash, renders, written, terms_now,
                                 max_bytes, out_root, warn, fix)
    if state is not None:
        old = read_glossary_snapshot(out_root)
        if old is not None:
            plan.glossary = GlossaryChanges.between(old, entries)
    # compared as safe_output_path makes them: through the real path of OUT
    _collisions(plan, Path(os.path.realpath(out_root)), formats, targets, inputs)
    return plan


def _decide(doc: str, path: Path, state: JobState | None, formats: Sequence[str], settings: str,
            glossary_hash: str | None, renders: dict[str, str], written: Callable[[dict[str, str]], str],
            terms_now: Callable[[Any, Any], list[tuple[str, int, int]]], max_bytes: int, out_root: Path,
            warn: Callable[[str], None], fix: bool) -> DocPlan:
    rec = state.get(doc) if state is not None else None
    if rec is None:
        return DocPlan("new")
    try:
        st = path.stat()
        # never opened here unless a regular file (a FIFO would block); ingest reports the rest
        same_input = stat.S_ISREG(st.st_mode) and (rec.stat == [st.st_size, st.st_mtime_ns]
                                                   or _sha256_file(path, max_bytes) == rec.input)
    except OSError:
        same_input = False
    if not same_input:
        return DocPlan("redo", rec, reason="input changed")
    if rec.settings != settings:
        return DocPlan("redo", rec, reason="settings or models changed")
    if rec.glossary != glossary_hash:
        changed = sorted(i for i, h in rec.terms.items() if renders.get(i) != h)
        if changed:
            return DocPlan("update", rec, reason=f"entries it uses changed: {', '.join(changed[:5])}")
        assert state is not None
        kept = state.load_kept(rec)
        if kept is None:
            return DocPlan("redo", rec, reason="kept document missing")
        for seg in kept.segments:
            had = [(t.id, t.start, t.end) for t in seg.terms if not t.id.startswith("auto:")]
            if terms_now(seg, kept) != had:  # the document: context of min_context entries
                return DocPlan("update", rec, reason="glossary entries now match differently")
    if rec.written != written(rec.terms):  # the glossary part: only the entries it matched
        todo: tuple[str, ...] = tuple(formats)
        reason = "outputs carry an older signature"
    else:
        todo = tuple(f for f in formats if not _outputs_ok(rec, f, out_root, warn, fix))
        reason = "outputs missing or damaged"
    if todo:
        if not (out_root / ".mtpipe" / rec.kept).is_file():
            return DocPlan("redo", rec, reason="kept document missing")
        return DocPlan("write", rec, formats=todo, reason=reason)
    return DocPlan("done", rec)
