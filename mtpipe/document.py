"""The data model that flows between pipeline stages.

A :class:`Document` is created by ingest, trimmed and split by cleaning and
segmentation, annotated by glossary protection, filled by translation and
finally serialised by the writers.  Every stage takes a ``Document`` and returns
it; nothing else is passed around.

Offsets:
    * ``Document.text`` is the normalised document text (decoded, NFC, control
      characters stripped, repairs applied).  ``Segment.start``/``end`` slice it
      exactly: ``doc.text[seg.start:seg.end] == seg.source``.
    * ``LedgerEntry.start``/``end`` are offsets in ``Document.raw_text`` (the
      decoded file before any normalisation), so a removal can always be found
      in what the user gave us.
    * ``Term.start``/``end`` are offsets in ``Segment.source``.

All invariants are checked in one place, :meth:`Document.check`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Iterable

from .languages import TARGETS
from .placeholders import leaks
from .errors import InvariantError

__all__ = [
    "LedgerEntry",
    "Term",
    "Translation",
    "Segment",
    "Document",
    "InvariantError",
    "TERM_STATUSES",
    "named_warning",
]

#: Status values a :class:`Term` may carry.
#:
#: * ``pending``: matched, not yet translated.
#: * ``verified``: the canonical target form is present in every target.
#: * ``retried``: verified, but through a fallback strategy (inline or pieces), after a failed
#:   placeholder attempt or because the term-strategy probe skipped placeholders for the model.
#: * ``unverified``: still missing (or duplicated / mangled) after all fallbacks.
#: * ``passthrough``: the segment was already in the target language.
#: * ``normalized``: an alias in pass-through text was rewritten to canonical form.
#: * ``no_target``: a partial glossary entry has no form in this target; the model translated it freely.
#: * ``untranslated``: its segment goes to no target (a language mtpipe does not translate, or no route).
TERM_STATUSES = ("pending", "verified", "retried", "unverified", "passthrough", "normalized", "no_target",
                 "untranslated")


def named_warning(doc_id: str, message: str) -> str:
    """A document's warning as it is shown: ``"DOC: message"``, the document named once.

    A message in :attr:`Document.warnings` does not name its document; one that does anyway
    (``"DOC: ..."``) is not named twice.
    """
    return message if message.startswith(f"{doc_id}: ") else f"{doc_id}: {message}"


@dataclass
class LedgerEntry:
    """One change made to the input: a removal or a repair.

    Attributes:
        rule: Name of the rule that made the change (e.g. ``chrome.font_widget``).
        action: ``"removed"``, ``"repaired"``, ``"flagged"`` or ``"kept"`` (lines a rule removed, taken back:
            :mod:`mtpipe.clean.tables`).
        text: The original text that was removed or repaired.
        start: Start offset in ``Document.raw_text``.
        end: End offset in ``Document.raw_text``.
        replacement: The text put in its place (repairs only).
        note: Free-form detail (e.g. which paragraph this duplicated).
    """

    rule: str
    action: str
    text: str
    start: int
    end: int
    replacement: str | None = None
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = self.__dict__
        if all(type(v) in _SCALARS for v in d.values()):  # asdict's deep copy would copy nothing
            return {k: d[k] for k in _LEDGER_FIELDS if d[k] is not None}
        return {k: v for k, v in asdict(self).items() if v is not None}


_SCALARS = frozenset({str, int, float, bool, type(None)})
_LEDGER_FIELDS = tuple(f.name for f in fields(LedgerEntry))


@dataclass
class Term:
    """A glossary match inside a segment, protected through translation.

    Attributes:
        id: Glossary entry id.
        source: The matched text exactly as it stands in the segment.
        start: Start offset in ``Segment.source``.
        end: End offset in ``Segment.source``.
        kind: Entry kind (person, place, org, term).
        en: Canonical English form.
        zh: Canonical Chinese form.
        dnt: Do-not-translate: the source form is copied verbatim to every target.
        status: One of :data:`TERM_STATUSES`.
        placeholder: The placeholder that stood for the term in the model input.
        targets: Per target language, the status there (``verified`` ...).
        zh_candidates: For a name the glossary lacks (``auto:`` terms), ranked hanzi candidates
            with their confidence (``刘国中 0.63``), for the reviewer.
    """

    id: str
    source: str
    start: int
    end: int
    kind: str = "term"
    en: str = ""
    zh: str = ""
    dnt: bool = False
    status: str = "pending"
    placeholder: str | None = None
    targets: dict[str, str] = field(default_factory=dict)
    zh_candidates: list[str] = field(default_factory=list)

    def target(self, lang: str) -> str:
        """The form this term must take in target language ``lang``."""
        if self.dnt:
            return self.source
        form = getattr(self, lang, "") if lang in TARGETS else ""  # an entry has a form per target
        return form or self.source

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "source": self.source,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "en": self.en,
            "zh": self.zh,
            "status": self.status,
        }
        if self.dnt:
            d["dnt"] = True
        if self.targets:
            d["targets"] = dict(self.targets)
        if self.zh_candidates:
            d["zh_candidates"] = list(self.zh_candidates)
        return d


@dataclass
class Translation:
    """One target-language rendering of a segment.

    Attributes:
        lang: Target language code (``en``, ``zh``).
        text: The final (restored) target text.
        model: Id of the model (or ``"passthrough"``/``"pivot:en"`` chain) used.
        strategy: How it was produced: ``direct``, ``pivot``, ``passthrough``,
            ``inline`` (terms injected), ``pieces`` (translated around terms), ``tm``.
        raw: The model output before restoration, when different.
    """

    lang: str
    text: str
    model: str = ""
    strategy: str = "direct"
    raw: str | None = None


@dataclass
class Segment:
    """A unit of translation (normally one sentence) with exact offsets.

    Attributes:
        index: Position of the segment in the document, from 0.
        start: Start offset in ``Document.text``.
        end: End offset in ``Document.text``.
        source: ``Document.text[start:end]``.
        src_lang: Detected language code (``ru``, ``vi``, ``en``, ``zh``, ``und``).
        paragraph: Index of the paragraph the segment belongs to.
        terms: Protected glossary matches, ordered, non-overlapping.
        translations: Target language code -> :class:`Translation`.
        flags: Quality flags (``unverified_term``, ``repetition``, ...).
        part: For a sentence split to fit the model, ``(k, n)``: part k of n.
    """

    index: int
    start: int
    end: int
    source: str
    src_lang: str = "und"
    paragraph: int = 0
    terms: list[Term] = field(default_factory=list)
    translations: dict[str, Translation] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)
    part: tuple[int, int] | None = None

    def flag(self, name: str) -> None:
        """Add a quality flag once."""
        if name not in self.flags:
            self.flags.append(name)


@dataclass
class Document:
    """A document moving through the pipeline.

    Attributes:
        doc_id: Relative path of the input (POSIX separators); names outputs.
        path: Where it was read from ("" for in-memory documents).
        raw_text: The decoded file, before normalisation.
        text: The normalised text that segments slice.
        segments: Ordered, non-overlapping segments.
        ledger: Every removal and repair, in raw-text offsets.
        meta: Metadata found on the way (encoding, date, byline, title).
        warnings: Human-readable problems met while processing this document, without its name
            (whoever shows them names it, with :func:`named_warning`).
        raw_offsets: For each position of ``text`` (and one past its end), the
            offset in ``raw_text`` it came from; None when text == raw_text.
    """

    doc_id: str
    raw_text: str
    text: str
    path: str = ""
    segments: list[Segment] = field(default_factory=list)
    ledger: list[LedgerEntry] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    raw_offsets: list[int] | None = field(default=None, repr=False)

    def to_raw(self, i: int) -> int:
        """The ``raw_text`` offset of position ``i`` of ``text``."""
        if self.raw_offsets is None:
            return i
        return self.raw_offsets[min(max(i, 0), len(self.raw_offsets) - 1)]

    @classmethod
    def from_text(cls, text: str, doc_id: str = "doc", path: str = "") -> "Document":
        """A document whose raw and normalised text are the same."""
        return cls(doc_id=doc_id, raw_text=text, text=text, path=path)

    def paragraphs(self) -> list[list[Segment]]:
        """Segments grouped by paragraph, in order."""
        groups: list[list[Segment]] = []
        last = None
        for seg in self.segments:
            if seg.paragraph != last:
                groups.append([])
                last = seg.paragraph
            groups[-1].append(seg)
        return groups

    def check(self, targets: Iterable[str] = ()) -> "Document":
        """Check every invariant of the data model.

        Args:
            targets: Target languages every segment must have a translation for.

        Returns:
            The document itself, so the call can be chained.

        Raises:
            InvariantError: naming the document, the segment and what is wrong.
        """
        where = self.doc_id
        prev_end = 0
        for i, seg in enumerate(self.segments):
            tag = f"{where}: segment {i}"
            if seg.index != i:
                raise InvariantError(f"{tag}: index is {seg.index}")
            if not (0 <= seg.start <= seg.end <= len(self.text)):
                raise InvariantError(f"{tag}: offsets {seg.start}:{seg.end} outside text of {len(self.text)}")
            if seg.start < prev_end:
                raise InvariantError(f"{tag}: starts at {seg.start}, before the previous end {prev_end}")
            if self.text[seg.start : seg.end] != seg.source:
                raise InvariantError(f"{tag}: source does not match text[{seg.start}:{seg.end}]")
            prev_end = seg.end
            term_end = 0
            for t in seg.terms:
                if not (term_end <= t.start < t.end <= len(seg.source)):
                    raise InvariantError(f"{tag}: term {t.id!r} at {t.start}:{t.end} overlaps or is out of range")
                if seg.source[t.start : t.end] != t.source:
                    raise InvariantError(f"{tag}: term {t.id!r} does not match source[{t.start}:{t.end}]")
                if t.status not in TERM_STATUSES:
                    raise InvariantError(f"{tag}: term {t.id!r} has unknown status {t.status!r}")
                term_end = t.end
            for lang in targets:
                if lang not in seg.translations:
                    raise InvariantError(f"{tag}: no {lang} translation")
            for lang, tr in seg.translations.items():
                # a placeholder (or a mangled one) the source lacks must never reach an output
                found = leaks(tr.text, [seg.source] + [t.target(lang) for t in seg.terms])
                if found:
                    raise InvariantError(f"{tag}: {lang} translation holds placeholder-like "
                                         f"{tr.text[found[0][0]:found[0][1]]!r} that the source lacks")
        for j, e in enumerate(self.ledger):
            if not (0 <= e.start <= e.end <= len(self.raw_text)):
                raise InvariantError(f"{where}: ledger entry {j} offsets {e.start}:{e.end} outside raw text")
            if self.raw_text[e.start : e.end] != e.text:
                raise InvariantError(f"{where}: ledger entry {j} ({e.rule}) does not match raw_text[{e.start}:{e.end}]")
        return self
