"""Translation engines: where CTranslate2 runs.

``local`` is :class:`mtpipe.translator.TranslatorPool` (this process);
``ray`` is :class:`mtpipe.engines.ray.RayTranslatorPool` (an actor pool on a
Ray cluster, the ``ray`` extra).  Both offer the interface the translate job
uses: ``translate``, ``count_tokens``, ``max_tokens``, ``family``,
``signature`` and the ``device`` / ``compute_type`` properties.

Nothing is imported until an engine is asked for: importing this package
does not import Ray or CTranslate2.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["ENGINES", "engine_class"]

#: Engine name -> "module:class", imported on first use (Ray is slow to import and optional).
ENGINES: dict[str, str] = {
    "local": "mtpipe.translator:TranslatorPool",
    "ray": "mtpipe.engines.ray:RayTranslatorPool",
}


def engine_class(name: str) -> Any:
    """The pool class registered as ``name``.

    Raises:
        KeyError: for an unknown engine name.
        ImportError: when the engine's optional dependency is not installed.
    """
    module, _, cls = ENGINES[name].partition(":")
    return getattr(importlib.import_module(module), cls)
