"""``NAME.en.txt`` / ``NAME.zh.txt``: the translation with paragraphs kept.

Segments of one paragraph are joined with a space (English) or nothing
(Chinese); parts of a sentence split for the model rejoin the same way;
paragraphs are separated by a blank line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

from ..document import Document
from ..safety import safe_output_path
from .atomic import atomic_write_text

__all__ = ["write_text", "render_text"]


def render_text(doc: Document, lang: str) -> str:
    joiner = "" if lang == "zh" else " "
    paras = []
    for group in doc.paragraphs():
        parts = [s.translations[lang].text.strip() for s in group if lang in s.translations]
        paras.append(joiner.join(p for p in parts if p))
    return "\n\n".join(p for p in paras if p) + "\n"


def write_text(doc: Document, out_root: Path, targets: Sequence[str], signature: dict[str, Any]) -> list[Path]:
    return [atomic_write_text(safe_output_path(out_root, doc.doc_id, f".{t}.txt"), render_text(doc, t))
            for t in targets]
