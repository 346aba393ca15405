"""The ``flag`` stage: quality flags from each segment's translations (:func:`mtpipe.quality.flag_segment`)."""

from __future__ import annotations

from ..document import Document
from . import MapStage

__all__ = ["Flag"]


class Flag(MapStage):
    """Flags repetition, a wrong output script, a suspicious length ratio, a lost or changed number... on each segment."""

    name = "flag"
    requires = ("translations",)
    provides = ("flags",)

    def __call__(self, doc: Document) -> Document:
        from ..quality import flag_segment

        for s in doc.segments:
            flag_segment(s)
        return doc
