"""Protect terms through the model, restore canonical forms, verify, retry, flag.

Flow for one (source language, target language) group of segments:

1. **placeholder** (strategy ``direct``): the k-th term of a segment becomes
   ``TERMk`` in the model input; the output must hold every placeholder
   exactly once, and each is replaced with the term's canonical target form
   (:meth:`~mtpipe.document.Term.target`; a do-not-translate term keeps its
   source form).
2. **inline** (for segments whose placeholders were dropped, duplicated or
   mangled): the canonical target forms are written into the source instead,
   and the output must contain each as often as the source has the term.
3. **pieces**: the text between terms is translated piece by piece and joined
   with the canonical forms, which guarantees the terms at some cost in fluency.

Of the outputs tried, the one with the most verified terms is kept (the
earlier strategy on a tie).  A term still missing after the enabled strategies
is marked ``unverified`` for that target and the segment is flagged
``unverified_term``: a term is never lost silently.  Every model call covers
the whole group at once (one batch per strategy).

A segment whose own text already contains something that looks like a
placeholder (``TERM3`` or ``term3`` in the source) skips the placeholder
strategy, since its output could not be read unambiguously.

No attempt may leave a placeholder-shaped string the source lacks in its
output (a placeholder the model copied twice, mangled to ``TER M1`` or
``ТЕРМ1``, or made up in a segment without terms; see
:func:`mtpipe.placeholders.leaks`): such an attempt fails for every term of
its segment, like a dropped placeholder, and the next strategy is tried.
Should every attempt leak, the leaked strings are removed from the kept
output and the segment is flagged ``placeholder_leak``.

This module holds the ``protect`` stage (:class:`Protect`: glossary matches into ``Segment.terms``).
The strategies are in :mod:`mtpipe.glossary.strategies`, building inputs and reading outputs back in
:mod:`mtpipe.glossary.restore`, the options in :mod:`mtpipe.glossary.protect_options`; their public
names are importable from here too.
"""

from __future__ import annotations

from ..document import Document, Term
from ..stages import MapStage
from .match import Matcher
from .model import Glossary
from .protect_options import STRATEGIES, ProtectOptions
from .restore import count_forms, protect_text, restore, verify_terms
from .strategies import finalize_terms, passthrough_segments, placeholder_safe, translate_segments

__all__ = ["ProtectOptions", "Protect", "protect_text", "placeholder_safe", "restore", "count_forms", "verify_terms",
           "translate_segments", "passthrough_segments", "finalize_terms", "STRATEGIES"]


class Protect(MapStage):
    """The ``protect`` stage: fills ``Segment.terms`` with glossary matches; ``__call__`` for one
    document, ``pipe(docs, batch_size=...)`` for a stream, in order (:class:`~mtpipe.stages.MapStage`).

    Args:
        glossary: The loaded glossary (the matcher is compiled once, here).
        options: Protection options, kept for the translate step.
    """

    name = "protect"
    requires = ("segments", "langs")
    provides = ("terms",)

    def __init__(self, glossary: Glossary, options: ProtectOptions | None = None) -> None:
        self.glossary = glossary
        self.options = options or ProtectOptions()
        self.matcher = Matcher(glossary)

    def terms(self, text: str, lang: str = "", context: str = "") -> list[Term]:
        """The terms of one text, as :class:`~mtpipe.document.Term` objects (offsets in ``text``);
        ``context``: see :meth:`Matcher.find`."""
        return [Term(id=m.entry.id, source=m.text, start=m.start, end=m.end, kind=m.entry.kind,
                     en=m.entry.en, zh=m.entry.zh, dnt=m.entry.dnt) for m in self.matcher.find(text, lang, context)]

    def __call__(self, doc: Document) -> Document:
        context = self.matcher.context_of(s.source for s in doc.segments)  # for min_context entries
        for seg in doc.segments:
            seg.terms = self.terms(seg.source, seg.src_lang, context)
        return doc

