"""``NAME.en.txt`` / ``NAME.zh.txt``: the translation with paragraphs kept.

Segments of one paragraph are joined with a space (English) or nothing
(Chinese); parts of a sentence split for the model rejoin the same way;
paragraphs are separated by a blank line.  Line breaks inside one segment's
translation are folded the same way, so blank lines only ever mean paragraphs.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Sequence

from ..document import Document
from ..safety import safe_output_paths
from .atomic import atomic_write_text

__all__ = ["write_text", "render_text", "joiner"]

#: Languages written without spaces between sentences.
_NO_SPACE = ("zh", "ja")
_NEWLINES = re.compile(r"\s*[\r\n]+\s*")


def joiner(lang: str) -> str:
    """What joins two sentences of one paragraph in ``lang``: a space, or nothing (Chinese, Japanese)."""
    return "" if lang in _NO_SPACE else " "


def _fold(text: str, joiner: str) -> str:
    """``text`` with its line breaks (and the spaces around them) folded to ``joiner``."""
    if "\n" not in text and "\r" not in text:  # most segments: nothing to fold, no regex scan
        return text
    return _NEWLINES.sub(joiner, text)


def render_text(doc: Document, lang: str) -> str:
    """The ``lang`` translation of ``doc``, paragraphs separated by a blank line.

    Args:
        doc: A translated document.
        lang: Target language code; ``zh`` (and ``ja``) join without spaces.

    Returns:
        The text, ending with one newline (just ``"\\n"`` for an empty document).
    """
    join = joiner(lang)
    paras = []
    for group in doc.paragraphs():
        # a newline inside one segment would read as a paragraph break: fold it
        parts = [_fold(s.translations[lang].text.strip(), join) for s in group if lang in s.translations]
        paras.append(join.join(p for p in parts if p))
    return "\n\n".join(p for p in paras if p) + "\n"


def write_text(doc: Document, out_root: Path, targets: Sequence[str], signature: dict[str, Any]) -> list[Path]:
    """Write ``NAME.<lang>.txt`` for every target; returns the paths."""
    paths = safe_output_paths(out_root, doc.doc_id, [f".{t}.txt" for t in targets])
    for path, t in zip(paths, targets):
        atomic_write_text(path, render_text(doc, t))
    return paths
