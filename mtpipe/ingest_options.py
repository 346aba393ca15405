"""What reading a file takes and how it fails: :class:`IngestOptions`, and :class:`IngestError`
(defined in :mod:`mtpipe.errors`, re-exported here)."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import IngestError  # noqa: F401  (re-exported)


@dataclass
class IngestOptions:
    """Options of :func:`read_document`.

    Attributes:
        fix_mojibake: Repair mis-decoded text with ftfy.
        max_nul_ratio: Above this share of NUL bytes (and no UTF-16/32 BOM) a file is binary.
        html_extractor: ``auto`` (trafilatura if installed, else the built-in stdlib
            extractor, which drops scripts, styles and the head and keeps block
            structure but cannot tell the article from the site's chrome: the
            cleaning rules then do that), ``trafilatura`` or ``builtin``.
            ``meta["html_extractor"]`` says which one ran.
        max_chars: Longest document, in characters after decoding (None: no limit). Every stage
            holds a document whole, so this bounds memory (about 200 bytes per character at the
            peak) and time per document; a longer file fails alone (split it into parts).
    """

    fix_mojibake: bool = True
    max_nul_ratio: float = 0.05
    html_extractor: str = "auto"
    max_chars: int | None = 2_000_000
