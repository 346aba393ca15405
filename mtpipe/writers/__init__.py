"""Output writers, by name: ``jsonl``, ``tmx``, ``text``, ``html``.

A writer is ``write(doc, out_root, targets, signature) -> list[Path]``; it writes
atomically under :func:`mtpipe.safety.safe_output_path`.
"""

from __future__ import annotations

from typing import Any, Callable

from .html import write_html
from .jsonl import write_jsonl
from .text import write_text
from .tmx import write_tmx

__all__ = ["WRITERS"]

WRITERS: dict[str, Callable[..., Any]] = {"jsonl": write_jsonl, "tmx": write_tmx, "text": write_text,
                                          "html": write_html}
