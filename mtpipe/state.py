"""The job state: what each finished document depends on, and what it wrote.

Kept under ``OUT/.mtpipe/``:

* ``state.jsonl``: one line per finished document (appended and flushed after its
  outputs and its kept copy were written; the last line for a document wins)::

      {"v": 2, "doc": "a/b.txt", "input": "<sha256 of the file>", "stat": [size, mtime_ns],
       "settings": "<hash of the front-stage settings and models>", "glossary": "<glossary hash>",
       "terms": {"wang-zilian": "<hash of kind, en, zh, dnt>", ...},   # the entries it matched
       "written": "<signature hash its outputs carry>",
       "outputs": {"jsonl": [{"path": "a/b.jsonl", "size": n, "mtime_ns": t, "sha256": h}, ...], ...},
       "summary": {...}, "kept": "docs/3f/3f9c....json.gz"}

* ``docs/``: the finished document itself (segments, terms, translations, ledger),
  gzipped JSON, so a re-run can write a format not written before, rewrite a damaged
  or stale output, or re-run the glossary matcher over the kept segments, all without
  the model.

Lines from older mtpipe versions (keyed by one signature for the whole job) are
ignored: their documents are translated again, and the translation memory (whose old
rows stay readable) answers for them.  A damaged state file (a torn line, bytes that
are not UTF-8, a line that is not a record) is moved aside to ``.mtpipe/damaged/``
with a warning and rewritten from the records that could be read.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import time
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

from .document import Document, LedgerEntry, Segment, Term, Translation
from .lock import open_private, private_dir

__all__ = ["DocRecord", "JobState", "entry_hash", "render_hash", "document_entries", "glossary_index", "doc_to_dict", "doc_from_dict",
           "file_record", "move_aside", "STATE_VERSION"]

STATE_VERSION = 2


def entry_hash(entry: Any) -> str:
    """A short hash of one glossary entry's content (what matching and restoring depend on)."""
    blob = json.dumps(entry.content(), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def render_hash(entry: Any) -> str:
    """A short hash of what a match of ``entry`` carries into a document's outputs.

    The fields copied into each :class:`~mtpipe.document.Term` (kind, en, zh, dnt); how the
    entry matches (aliases, case) is checked by matching again, so adding an alias leaves the
    documents that already used the entry alone unless the new alias matches in them.
    """
    blob = json.dumps([entry.id, entry.kind, entry.en, entry.zh, bool(entry.dnt)], ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def document_entries(doc: Document) -> dict[str, str]:
    """Entry id -> :func:`render_hash` of the glossary entries that matched in ``doc``, read from its
    terms (which carry the entry's fields), so it is the same here, on a Ray actor and from a kept copy."""
    terms = {t.id: t for s in doc.segments for t in s.terms if not t.id.startswith("auto:")}
    return {i: render_hash(t) for i, t in sorted(terms.items())}


def glossary_index(glossary: Any, key: Callable[[Any], str] = entry_hash) -> dict[str, str]:
    """Entry id -> ``key(entry)`` (:func:`entry_hash` by default) for a loaded glossary (empty for none)."""
    return {e.id: key(e) for e in getattr(glossary, "entries", [])} if glossary is not None else {}


# -- documents to and from JSON ----------------------------------------------------------------


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}  # a dataclass -> its fields' names (fields() on every object: a third of the time)


def _fields_of(obj: Any) -> dict[str, Any]:
    names = _FIELD_NAMES.get(type(obj))
    if names is None:
        if not (is_dataclass(obj) and not isinstance(obj, type)):
            raise TypeError(f"cannot keep a {type(obj).__name__}")
        names = _FIELD_NAMES[type(obj)] = tuple(f.name for f in fields(obj))
    return {name: getattr(obj, name) for name in names}


def doc_to_json(doc: Document) -> str:
    """A finished document as compact JSON (every field; no deep copy, unlike ``asdict``)."""
    return json.dumps(doc, default=_fields_of, ensure_ascii=False, separators=(",", ":"))


def doc_to_dict(doc: Document) -> dict[str, Any]:
    """A finished document as plain JSON-ready data (every field, exactly)."""
    return json.loads(doc_to_json(doc))


def _build(cls: type, data: dict[str, Any]) -> Any:
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})


def doc_from_dict(data: dict[str, Any]) -> Document:
    """The inverse of :func:`doc_to_dict`."""
    segs = []
    for s in data.get("segments", []):
        translations = {k: _build(Translation, v) for k, v in s.get("translations", {}).items()}
        seg = _build(Segment, {**s, "terms": [_build(Term, t) for t in s.get("terms", [])],
                               "translations": translations, "part": tuple(s["part"]) if s.get("part") else None})
        segs.append(seg)
    ledger = [_build(LedgerEntry, e) for e in data.get("ledger", [])]
    return _build(Document, {**data, "segments": segs, "ledger": ledger})


def file_record(path: Path, out_root: Path, known: tuple[int, int, str] | None = None) -> dict[str, Any]:
    """What the state remembers of one output file: its path under OUT, size, mtime and sha256.

    ``known``: ``(size, mtime_ns, sha256)`` of the file as it was just written (what
    :func:`mtpipe.writers.atomic.remembering_writes` gives), so it is not read back; None: read
    and hash the file."""
    if known is not None:
        size, mtime_ns, digest = known
    else:
        st = path.stat()
        h = hashlib.sha256()
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
        size, mtime_ns, digest = st.st_size, st.st_mtime_ns, h.hexdigest()
    try:
        rel = path.relative_to(out_root).as_posix()
    except ValueError:
        rel = path.resolve().relative_to(out_root.resolve()).as_posix()
    return {"path": rel, "size": size, "mtime_ns": mtime_ns, "sha256": digest}


def move_aside(path: Path, out_root: Path, what: str, warn: Callable[[str], None]) -> Path | None:
    """Move a damaged file to ``OUT/.mtpipe/damaged/`` (its path below OUT kept) with a warning."""
    try:
        rel = path.relative_to(out_root)
    except ValueError:
        rel = Path(path.name)
    name = f"{rel.as_posix().replace('/', '__')}.{time.strftime('%Y%m%dT%H%M%S')}"
    folder = private_dir(out_root, "damaged", warn=warn)
    dest, n = folder / name, 1
    while os.path.lexists(dest):  # two files set aside in one second: both kept (the job holds OUT's lock)
        dest, n = folder / f"{name}.{n}", n + 1
    try:
        os.replace(path, dest)
    except OSError:
        try:
            path.unlink()
        except OSError:
            return None
        warn(f"{path}: {what}; removed, it will be rebuilt")
        return None
    warn(f"{path}: {what}; moved aside to {dest}, it will be rebuilt")
    return dest


@dataclass
class DocRecord:
    """One finished document in the job state (see the module docstring for the fields)."""

    doc: str
    input: str
    settings: str
    glossary: str | None = None
    terms: dict[str, str] = field(default_factory=dict)
    written: str = ""
    outputs: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    summary: dict[str, Any] = field(default_factory=dict)
    kept: str = ""
    stat: list[int] = field(default_factory=list)

    def to_json(self) -> str:
        # the fields as they are (asdict's deep copy is a third of a record's cost): the same JSON for
        # plain values; anything JSON cannot take (a dataclass inside) goes through asdict as before
        try:
            return json.dumps({"v": STATE_VERSION, **{f.name: getattr(self, f.name) for f in _RECORD_FIELDS}},
                              ensure_ascii=False)
        except TypeError:
            return json.dumps({"v": STATE_VERSION, **asdict(self)}, ensure_ascii=False)

    @classmethod
    def from_line(cls, rec: Any) -> "DocRecord | None":
        if not isinstance(rec, dict) or rec.get("v") != STATE_VERSION or not isinstance(rec.get("doc"), str):
            return None
        try:
            r = _build(cls, rec)
        except TypeError:
            return None
        if not isinstance(r.outputs, dict) or not isinstance(r.terms, dict):
            return None
        return r

    def output_paths(self, formats: Iterable[str] | None = None) -> list[str]:
        """Paths (relative to OUT) of the outputs of ``formats`` (all when None)."""
        return [f["path"] for fmt, files in sorted(self.outputs.items()) if formats is None or fmt in formats
                for f in files]


_RECORD_FIELDS = fields(DocRecord)


class JobState:
    """The job state of one output folder (see the module docstring).

    Args:
        out_root: The output folder.
        warn: Where warnings about damaged files go.
    """

    def __init__(self, out_root: Path, warn: Callable[[str], None]) -> None:
        self.out_root = Path(out_root)
        self.warn = warn
        self.records: dict[str, DocRecord] = {}
        self.readonly = False
        self._lines = 0

    @property
    def path(self) -> Path:
        return self.out_root / ".mtpipe" / "state.jsonl"

    @classmethod
    def open(cls, out_root: Path, warn: Callable[[str], None], readonly: bool = False) -> "JobState":
        """Read ``OUT/.mtpipe/state.jsonl``; a damaged one is moved aside and rewritten.

        Args:
            out_root: The output folder.
            warn: Where warnings go.
            readonly: Read only (``--dry-run``): nothing is created, moved or rewritten.
        """
        st = cls(out_root, warn)
        st.readonly = readonly
        if not readonly:
            private_dir(st.out_root, warn=warn)
        try:
            fd = open_private(st.path, os.O_RDONLY, warn=warn)
        except (FileNotFoundError, NotADirectoryError):
            return st
        with os.fdopen(fd, "rb") as f:
            raw = f.read()
        lines = raw.split(b"\n")
        # a last line without its newline that starts like a record: a write cut short, not damage
        torn = bool(lines and lines[-1]) and lines[-1].startswith(b'{"v"')
        bad = 0
        for n, line in enumerate(lines):
            if not line.strip():
                continue
            try:
                rec = DocRecord.from_line(json.loads(line.decode("utf-8")))
            except (UnicodeDecodeError, ValueError, RecursionError):
                rec = None
                if not (torn and n == len(lines) - 1):
                    bad += 1
            else:
                if rec is None and not _legacy(line):
                    bad += 1
            if rec is not None:
                st.records[rec.doc] = rec
            st._lines += 1
        if readonly:
            return st
        if bad:
            move_aside(st.path, st.out_root, f"damaged job state ({bad} unreadable line{'s' * (bad != 1)})", warn)
            st.compact()
        elif torn or st._lines > 2 * len(st.records) + 64:
            st.compact()  # the next append must start on a line of its own; old lines go
        return st

    def compact(self) -> None:
        """Rewrite the state file with one line per document (atomically)."""
        from .writers.atomic import atomic_write_text

        private_dir(self.out_root, warn=self.warn)
        atomic_write_text(self.path, "".join(r.to_json() + "\n" for r in self.records.values()))
        self._lines = len(self.records)

    def get(self, doc: str) -> DocRecord | None:
        return self.records.get(doc)

    def record(self, rec: DocRecord) -> None:
        """Append ``rec`` (its outputs and kept copy are already on disk) and flush it."""
        self.records[rec.doc] = rec
        line = (rec.to_json() + "\n").encode("utf-8")
        fd = open_private(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644, warn=self.warn)
        try:
            view = memoryview(line)
            while view:  # straight to the descriptor: one write call for the record
                view = view[os.write(fd, view):]
        finally:
            os.close(fd)
        self._lines += 1

    # -- kept documents ------------------------------------------------------------------

    def kept_name(self, doc_id: str) -> str:
        h = hashlib.sha256(doc_id.encode("utf-8", "surrogatepass")).hexdigest()
        return f"docs/{h[:2]}/{h[:32]}.json.gz"

    def keep(self, doc: Document) -> str:
        """Write the finished document under ``.mtpipe/docs/``; returns its name there."""
        from .writers.atomic import atomic_write_bytes

        name = self.kept_name(doc.doc_id)
        folder = private_dir(self.out_root, *name.split("/")[:-1], warn=self.warn)
        blob = doc_to_json(doc).encode("utf-8")
        atomic_write_bytes(folder / name.rsplit("/", 1)[1], gzip.compress(blob, compresslevel=1, mtime=0))
        return name

    def load_kept(self, rec: DocRecord) -> Document | None:
        """The kept document of ``rec``; None (with a warning if damaged) when it cannot be read."""
        if not rec.kept:
            return None
        path = self.out_root / ".mtpipe" / rec.kept
        try:
            fd = open_private(path, os.O_RDONLY, warn=self.warn)
        except OSError:
            return None
        try:
            with os.fdopen(fd, "rb") as f:
                doc = doc_from_dict(json.loads(gzip.decompress(f.read()).decode("utf-8")))
            if doc.doc_id != rec.doc:
                raise ValueError(f"holds {doc.doc_id!r}")
            return doc
        except (OSError, EOFError, ValueError, TypeError, KeyError, AttributeError) as e:
            if self.readonly:
                return None
            move_aside(path, self.out_root, f"damaged kept document of {rec.doc} ({type(e).__name__})", self.warn)
            return None


def _legacy(line: bytes) -> bool:
    """A record written by an older mtpipe (one signature for the whole job): ignored, not damage."""
    try:
        rec = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return False
    return isinstance(rec, dict) and "sig" in rec and "doc" in rec
