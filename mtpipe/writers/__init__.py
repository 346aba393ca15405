"""Output writers, by name: ``jsonl``, ``tmx``, ``text``, ``html``.

A writer is ``write(doc, out_root, targets, signature) -> list[Path]``: it
writes one document's outputs atomically (:mod:`.atomic`) under
:func:`mtpipe.safety.safe_output_path` and returns the paths it wrote.
For an input ``a/b.txt``:

========  ==========================================================
``jsonl``  ``a/b.jsonl`` (one record per segment, :mod:`.records`) and
           ``a/b.ledger.jsonl`` (meta line + removals/repairs)
``tmx``    ``a/b.tmx`` (TMX 1.4)
``text``   ``a/b.en.txt``, ``a/b.zh.txt`` (one per target)
``html``   ``a/b.html`` (review page; ``index.html`` by :func:`.html.build_review`)
========  ==========================================================

The registry is lazy, as in sacrebleu: a writer module is imported the first
time it is called, so asking for ``jsonl`` does not import the HTML code.
Adding a format is one module and one line in :data:`_WRITER_PATHS`.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any, Sequence

from ..document import Document

__all__ = ["WRITERS", "Writer", "get_writer"]

#: name -> "module:function" under this package.
_WRITER_PATHS = {
    "jsonl": "jsonl:write_jsonl",
    "tmx": "tmx:write_tmx",
    "text": "text:write_text",
    "html": "html:write_html",
}


class Writer:
    """A registry entry: imports its module on first call, then forwards."""

    def __init__(self, name: str, target: str) -> None:
        self.name = name
        self.target = target
        self._fn: Any = None

    def load(self) -> Any:
        """The writer function itself (imports its module)."""
        if self._fn is None:
            mod, _, fn = self.target.partition(":")
            self._fn = getattr(importlib.import_module(f"{__name__}.{mod}"), fn)
        return self._fn

    def __call__(self, doc: Document, out_root: Path, targets: Sequence[str], signature: dict[str, Any]) -> list[Path]:
        return self.load()(doc, out_root, targets, signature)

    def __repr__(self) -> str:
        return f"Writer({self.name!r}, {self.target!r})"


#: Output format name -> writer.
WRITERS: dict[str, Writer] = {name: Writer(name, target) for name, target in _WRITER_PATHS.items()}


def get_writer(name: str) -> Writer:
    """The writer called ``name``.

    Raises:
        KeyError: naming the known formats.
    """
    try:
        return WRITERS[name]
    except KeyError:
        raise KeyError(f"unknown output format {name!r} (choose from {', '.join(sorted(WRITERS))})") from None
