"""The ``verify`` stage: each glossary term's final status, once every target is translated.

Restoring a term and checking it in one target's output happen while that
target is translated (:func:`mtpipe.glossary.translate_segments`: a term that
fails one strategy is retried with the next).  This stage then sets each term's
``status`` to the worst of its per-target statuses
(:func:`mtpipe.glossary.finalize_terms`).
"""

from __future__ import annotations

from ..document import Document
from . import MapStage

__all__ = ["Verify"]


class Verify(MapStage):
    """See the module doc."""

    name = "verify"
    requires = ("translations",)
    provides = ("term_status",)

    def __call__(self, doc: Document) -> Document:
        from ..glossary import finalize_terms

        for s in doc.segments:
            finalize_terms(s)
        return doc
