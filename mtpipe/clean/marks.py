"""One document's lines while the cleaner's line layers judge them, and what becomes of the marks.

A line layer (:class:`LineLayer`: front matter, the named rules, boilerplate, duplicates ...) looks at
:class:`Marks` and marks lines to remove (``removed``: line index -> rule, note) or spans inside a
line (``cut``); the first layer to mark a line names it.  :func:`write_marks` then turns the marks
into ledger entries and the ``doc.meta["kept"]`` ranges the segmenter reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from ..document import Document
from .ledger import record

__all__ = ["Marks", "LineLayer", "write_marks"]


@dataclass
class Marks:
    """What the line layers know and have decided about one document.

    Attributes:
        doc: The document (``doc.text`` no longer changes once the lines are cut).
        lang: Its main language.
        spans: ``(start, end)`` in ``doc.text`` of every non-empty line.
        front: What :func:`~.frontmatter.front_matter` found (end, kind, data), or None.
        removed: Line index -> (rule, ledger note): whole lines to remove.
        cut: Line index -> ``(start, end, rule, note)`` spans to remove inside that line.
        tables: ``(first, end)`` line ranges of the tables flattened one cell a line that
            :class:`~.tables.TableLines` found (their wrapped cells are joined once kept: :mod:`.table_wraps`).
    """

    doc: Document
    lang: str
    spans: list[tuple[int, int]]
    front: tuple[int, str, dict[str, Any]] | None = None
    removed: dict[int, tuple[str, str | None]] = field(default_factory=dict)
    cut: dict[int, list[tuple[int, int, str, str | None]]] = field(default_factory=dict)
    tables: list[tuple[int, int]] = field(default_factory=list)
    _texts: tuple[Any, ...] | None = field(default=None, init=False, repr=False, compare=False)

    def line_texts(self) -> list[str]:
        """``doc.text[a:b]`` of every span, a fresh list each call: sliced once per document, not by each of ~60
        layers (perf80); sliced again if ``doc.text`` or ``spans`` is another object or ``spans`` changed length."""
        got, text, spans = self._texts, self.doc.text, self.spans
        if got is None or got[0] is not text or got[1] is not spans or got[2] != len(spans):
            got = self._texts = (text, spans, len(spans), [text[a:b] for a, b in spans])
        return list(got[3])


class LineLayer(Protocol):
    """One layer of line cleaning: marks lines (or spans) of :class:`Marks` to remove."""

    def mark(self, marks: Marks) -> None: ...


def write_marks(marks: Marks) -> None:
    """Record every marked line and span in the ledger (in text order) and set ``doc.meta["kept"]``
    (the ``[start, end]`` ranges of ``doc.text`` left, in order)."""
    doc, spans, removed, cut = marks.doc, marks.spans, marks.removed, marks.cut
    kept: list[list[int]] = []
    for i, (a, b) in enumerate(spans):
        if i in removed:
            rule, note = removed[i]
            record(doc, rule, a, b, note)
            continue
        pos = a
        for ca, cb, rule, cut_note in sorted(cut.get(i, []), key=lambda c: c[:2]):
            ca = max(ca, pos)  # overlapping matches of two rules: each character is removed once
            if ca >= cb:
                continue
            if ca > pos and doc.text[pos:ca].strip():
                kept.append([pos, ca])
            record(doc, rule, ca, cb, cut_note)
            pos = cb
        if doc.text[pos:b].strip():
            kept.append([pos, b])
    doc.meta["kept"] = kept
    if not kept and spans:
        doc.warnings.append("nothing left to translate after cleaning (all boilerplate)")
