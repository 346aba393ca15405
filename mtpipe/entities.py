"""Canonical names in pass-through text, and the corpus-wide entity index.

* :func:`normalize_passthrough` rewrites glossary aliases in segments that are
  already in a target language (English source on the ``en`` side, Chinese on
  the ``zh`` side) to the entry's canonical form, recording each rewrite in the
  segment's ``terms`` (status ``normalized``) and in the document ledger.
* :func:`build_index` reads a finished output folder's JSONL files (no model is
  loaded) and writes ``entities.jsonl``: one record per entity with every
  mention, plus names that are not in the glossary but look like names.
* :func:`consistency` lists entities mentioned under more than one spelling.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from .document import Document, LedgerEntry, Segment

__all__ = ["normalize_passthrough", "Mention", "Entity", "build_index", "write_index", "read_index",
           "palladius_name_finder", "consistency", "iter_segment_records"]

INDEX_NAME = "entities.jsonl"
log = logging.getLogger("mtpipe")


def normalize_passthrough(segments: Iterable[Segment], tgt: str, doc_of: Callable[[Segment], Document] | None = None) -> int:
    """Rewrite aliases to canonical ``tgt`` forms in pass-through translations.

    Args:
        segments: Segments whose ``translations[tgt]`` is a pass-through copy.
        tgt: The target side (``en`` or ``zh``).
        doc_of: Maps a segment to its document, so rewrites reach the ledger.

    Returns:
        How many rewrites were made.
    """
    n = 0
    for seg in segments:
        tr = seg.translations.get(tgt)
        if tr is None or tr.strategy != "passthrough" or seg.src_lang != tgt:
            continue
        pieces: list[str] = []
        pos = 0
        for term in seg.terms:
            canon = term.target(tgt)
            pieces.append(seg.source[pos : term.start])
            if canon and canon != term.source and not term.dnt:
                pieces.append(canon)
                term.targets[tgt] = "normalized"
                term.status = "normalized"
                n += 1
                if doc_of is not None:
                    doc = doc_of(seg)
                    start = _raw_offset(doc, seg.start + term.start)
                    end = _raw_offset(doc, seg.start + term.end)
                    if doc.raw_text[start:end] == term.source:
                        doc.ledger.append(LedgerEntry("normalize.alias", "normalized", term.source, start, end,
                                                      replacement=canon, note=f"entity {term.id}, segment {seg.index}"))
                    else:  # raw offsets unknown (text was repaired around it): record without a raw slice
                        doc.meta.setdefault("normalized", []).append(
                            {"segment": seg.index, "start": term.start, "end": term.end, "text": term.source,
                             "replacement": canon, "entity": term.id})
            else:
                pieces.append(term.source)
            pos = term.end
        pieces.append(seg.source[pos:])
        tr.text = "".join(pieces)
    return n


def _raw_offset(doc: Document, i: int) -> int:
    return doc.to_raw(i)


@dataclass
class Mention:
    """One occurrence of an entity in the corpus."""

    doc: str
    segment: int
    source: str
    start: int
    end: int
    lang: str = ""


@dataclass
class Entity:
    """An entity and all its mentions.

    Attributes:
        id: Glossary id, or ``name:<form>`` for a recognised name outside the glossary.
        in_glossary: False for names recognised but not in the glossary.
    """

    id: str
    kind: str
    en: str
    zh: str
    in_glossary: bool = True
    mentions: list[Mention] = field(default_factory=list)

    def forms(self) -> dict[str, int]:
        out: dict[str, int] = defaultdict(int)
        for m in self.mentions:
            out[m.source] += 1
        return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "en": self.en,
            "zh": self.zh,
            "in_glossary": self.in_glossary,
            "mentions": len(self.mentions),
            "forms": self.forms(),
            "occurrences": [m.__dict__ for m in self.mentions],
        }


def _well_formed(rec: Any) -> bool:
    """A segment record with the fields the index reads, of the right types."""
    if not (isinstance(rec, dict) and isinstance(rec.get("index"), int) and isinstance(rec.get("source"), str)
            and isinstance(rec.get("doc"), str) and isinstance(rec.get("start", 0), int)
            and isinstance(rec.get("terms", []), list)):
        return False
    return all(isinstance(t, dict) and isinstance(t.get("id"), str) and isinstance(t.get("source"), str)
               and isinstance(t.get("start"), int) and isinstance(t.get("end"), int) for t in rec.get("terms", []))


def segment_files(output_dir: Path) -> list[Path]:
    """The document JSONL files under ``output_dir`` (ledgers, the index and ``.mtpipe/`` left out), sorted."""
    out = []
    for path in sorted(Path(output_dir).rglob("*.jsonl")):
        rel = path.relative_to(output_dir)
        if path.name.endswith(".ledger.jsonl") or path.name == INDEX_NAME or rel.parts[0] == ".mtpipe":
            continue
        out.append(path)
    return out


def iter_segment_records(output_dir: Path, skipped: list[str] | None = None,
                         paths: Sequence[Path] | None = None) -> Iterator[dict[str, Any]]:
    """Every segment record of every document JSONL under ``output_dir`` (or of ``paths``).

    A damaged file (torn or garbage line, wrong encoding, records of the wrong shape) is
    skipped whole, and named in ``skipped`` (``"FILE: reason"``) when a list is given.
    """
    for path in segment_files(output_dir) if paths is None else paths:
        recs = []
        try:
            with open(path, encoding="utf-8") as f:
                for n, line in enumerate(f, 1):
                    if not line.strip():
                        continue
                    rec = json.loads(line)
                    if not isinstance(rec, dict):
                        raise ValueError(f"line {n}: not a JSON object")
                    if "index" in rec and "source" in rec:
                        if not _well_formed(rec):
                            raise ValueError(f"line {n}: not a segment record")
                        recs.append(rec)
        except (OSError, ValueError) as e:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
            reason = str(e).splitlines()[0] if str(e) else type(e).__name__
            log.warning("skipping damaged output %s: %s", path, reason)
            if skipped is not None:
                skipped.append(f"{path}: damaged, skipped ({reason})")
            continue
        yield from recs


NameFinder = Callable[[str, str], list[tuple[int, int, str]]]


#: ``map_files(fn, parts)``: ``fn(part)`` for each part of a list of files, results in order (maybe
#: in worker processes: :meth:`mtpipe.executors.local.LocalExecutor.map_in_order`).
MapFiles = Callable[[Callable[[list[Path]], Any], list[list[Path]]], Iterator[Any]]
#: Files per part when the mentions are found in parts.
FILES_PER_PART = 16


def _mentions(out: Path, name_finder: NameFinder | None,
              map_files: MapFiles | None = None, files: Sequence[Path] | None = None
              ) -> Iterator[tuple[tuple[str, str, str, str, bool], Mention]]:
    """``((id, kind, en, zh, in_glossary), mention)`` for every term and recognised name, in corpus order
    (found ``FILES_PER_PART`` files at a time through ``map_files`` where one is given), in ``files``
    (segment files of the folder) or every segment file of the folder."""
    files = segment_files(out) if files is None else list(files)
    if map_files is None:
        yield from _file_mentions(out, name_finder, files)
        return
    from functools import partial

    parts = [files[i:i + FILES_PER_PART] for i in range(0, len(files), FILES_PER_PART)]
    for found in map_files(partial(_part_mentions, out, name_finder), parts):
        yield from found


def _part_mentions(out: Path, name_finder: NameFinder | None,
                   paths: list[Path]) -> list[tuple[tuple[str, str, str, str, bool], Mention]]:
    return list(_file_mentions(out, name_finder, paths))


def _file_mentions(out: Path, name_finder: NameFinder | None, paths: Sequence[Path] | None = None
                   ) -> Iterator[tuple[tuple[str, str, str, str, bool], Mention]]:
    for rec in iter_segment_records(out, paths=paths):
        taken: list[tuple[int, int]] = []
        lang = rec.get("src_lang", "")
        for t in rec.get("terms", []):
            yield ((t["id"], t.get("kind", "term"), t.get("en", ""), t.get("zh", ""), not t["id"].startswith("auto:")),
                   Mention(rec["doc"], rec["index"], t["source"], rec["start"] + t["start"], rec["start"] + t["end"],
                           lang))
            taken.append((t["start"], t["end"]))
        if name_finder is None:
            continue
        for s, e, key in name_finder(rec["source"], lang):
            if any(s < te and ts < e for ts, te in taken):
                continue
            yield ((f"name:{key}", "name", key, "", False),
                   Mention(rec["doc"], rec["index"], rec["source"][s:e], rec["start"] + s, rec["start"] + e, lang))


def build_index(output_dir: str | Path, name_finder: NameFinder | None = None, write: bool = True) -> list[Entity]:
    """Build the entity index of a finished output folder.

    Args:
        output_dir: The folder ``mtpipe translate`` wrote.
        name_finder: Finds names outside the glossary: ``(text, lang) -> [(start, end, key)]``
            where ``key`` groups spellings of one name (e.g. its pinyin).
        write: Write ``entities.jsonl`` into the folder.

    Returns:
        The entities, glossary ones first (by mentions), then recognised names.
    """
    out = Path(output_dir)
    ents: dict[str, Entity] = {}
    for (eid, kind, en, zh, in_glossary), m in _mentions(out, name_finder):
        ent = ents.get(eid)
        if ent is None:
            ent = ents[eid] = Entity(eid, kind, en, zh, in_glossary=in_glossary)
        ent.mentions.append(m)
    result = sorted(ents.values(), key=lambda x: (not x.in_glossary, -len(x.mentions), x.id))
    if write:
        from .writers.atomic import atomic_write_text

        text = "".join(json.dumps(e.to_dict(), ensure_ascii=False) + "\n" for e in result)
        atomic_write_text(out / INDEX_NAME, text)
    return result


def palladius_name_finder(text: str, lang: str) -> list[tuple[int, int, str]]:
    """Russian names that parse as Palladius transliterations, keyed by their pinyin.

    The name miner's other detectors work on whole files; in the index only the
    Russian (Palladius) detector, which reports offsets, is used.
    """
    if lang != "ru":
        return []
    from .translit.detect import find_palladius_names

    return [(n.start, n.end, "".join(c for c in n.en.lower() if c.isalpha())) for n in find_palladius_names(text)
            if n.kind == "person"]


def write_index(output_dir: str | Path, name_finder: NameFinder | None = None,
                map_files: MapFiles | None = None, files: Sequence[Path] | None = None) -> list[dict[str, Any]]:
    """Write ``entities.jsonl`` as :func:`build_index` does, in memory bounded by one segment.

    Mentions go to a temporary SQLite file (``.mtpipe/.mtpipe-tmp-*`` in the folder, recorded and
    swept like every temporary file) as the
    segment records are read; entities are then written one by one, in :func:`build_index`'s
    order and byte for byte its format, each record streamed mention by mention into a
    temporary file that is renamed over ``entities.jsonl``.  A job over millions of
    documents ends with this, so nothing here may grow with the corpus in memory.  With
    ``map_files`` (worker processes), the names and terms are found ``FILES_PER_PART`` files at a
    time there, and come back in corpus order (memory: the parts in flight).  With ``files`` (a run's
    documents' segment files: :func:`mtpipe.writers.review_data.split_by_documents`), only those are read.

    Returns:
        The :func:`consistency` rows.
    """
    import os
    import sqlite3

    from .writers.atomic import atomic_open, create_temp

    out = Path(output_dir)
    work = out / ".mtpipe"
    work.mkdir(parents=True, exist_ok=True)
    fd, db_path = create_temp(work)  # marked and recorded like every temporary file: a kill leaves it sweepable
    os.close(fd)
    rows: list[dict[str, Any]] = []
    con = sqlite3.connect(db_path)
    try:
        con.execute("PRAGMA journal_mode=OFF")
        con.execute("PRAGMA synchronous=OFF")
        con.execute("CREATE TABLE entity (id TEXT PRIMARY KEY, kind TEXT, en TEXT, zh TEXT, in_glossary INT)")
        con.execute("CREATE TABLE mention (seq INTEGER PRIMARY KEY, entity TEXT, doc TEXT, segment INT, source TEXT,"
                    " start INT, end_ INT, lang TEXT)")
        ents: list[tuple[Any, ...]] = []
        mentions: list[tuple[Any, ...]] = []

        def flush() -> None:
            con.executemany("INSERT OR IGNORE INTO entity VALUES (?, ?, ?, ?, ?)", ents)
            con.executemany("INSERT INTO mention (entity, doc, segment, source, start, end_, lang)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?)", mentions)
            ents.clear()
            mentions.clear()

        for (eid, kind, en, zh, in_glossary), m in _mentions(out, name_finder, map_files, files):
            ents.append((eid, kind, en, zh, int(in_glossary)))
            mentions.append((eid, m.doc, m.segment, m.source, m.start, m.end, m.lang))
            if len(mentions) >= 10_000:
                flush()
        flush()
        con.execute("CREATE INDEX mention_entity ON mention (entity, seq)")
        con.commit()
        # build_index's order: glossary entities first, then by mentions, then by id (code points)
        order = con.cursor().execute("SELECT e.id, e.kind, e.en, e.zh, e.in_glossary, COUNT(*) AS n"
                                     " FROM entity e JOIN mention m ON m.entity = e.id GROUP BY e.id"
                                     " ORDER BY e.in_glossary DESC, n DESC, e.id ASC")
        with atomic_open(out / INDEX_NAME, "w", encoding="utf-8") as f:
            for eid, kind, en, zh, in_glossary, n in order:
                forms = dict(sorted(con.execute("SELECT source, COUNT(*) FROM mention WHERE entity = ?"
                                                " GROUP BY source", (eid,)).fetchall(),
                                    key=lambda kv: (-kv[1], kv[0])))
                head = {"id": eid, "kind": kind, "en": en, "zh": zh, "in_glossary": bool(in_glossary),
                        "mentions": n, "forms": forms}
                f.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "occurrences": [')
                sep = ""
                for doc, seg, source, a, b, lang in con.execute(
                        "SELECT doc, segment, source, start, end_, lang FROM mention WHERE entity = ?"
                        " ORDER BY seq", (eid,)):
                    f.write(sep + json.dumps(Mention(doc, seg, source, a, b, lang).__dict__, ensure_ascii=False))
                    sep = ", "
                f.write("]}\n")
                if in_glossary and len(forms) > 1:
                    rows.append({"id": eid, "en": en, "zh": zh, "forms": forms})
    finally:
        con.close()
        Path(db_path).unlink(missing_ok=True)
    return rows


def read_index(output_dir: str | Path) -> list[dict[str, Any]]:
    """The records of ``entities.jsonl`` in a finished output folder."""
    path = Path(output_dir) / INDEX_NAME
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def consistency(entities: Iterable[Entity | dict[str, Any]]) -> list[dict[str, Any]]:
    """Glossary entities whose mentions came in more than one source spelling."""
    rows = []
    for e in entities:
        d = e.to_dict() if isinstance(e, Entity) else e
        if d.get("in_glossary", True) and len(d["forms"]) > 1:
            rows.append({"id": d["id"], "en": d["en"], "zh": d["zh"], "forms": d["forms"]})
    return rows
