"""Translation engines: where CTranslate2 runs.

``local`` is :class:`mtpipe.translator.TranslatorPool` (this process);
``ray`` is :class:`mtpipe.engines.ray.RayTranslatorPool` (an actor pool on a
Ray cluster, the ``ray`` extra).  Both are an :class:`Engine`: the interface
the translate job uses.  Token counting goes through ``tokens``, a
SentencePiece-only :class:`~mtpipe.tokens.RouteTokenCounter`, so preparing
documents never loads a translation model.

Nothing is imported until an engine is asked for: importing this package
does not import Ray or CTranslate2.
"""

from __future__ import annotations

import importlib
from typing import Any, Protocol, runtime_checkable

__all__ = ["ENGINES", "Engine", "engine_class"]


@runtime_checkable
class Engine(Protocol):
    """What the translate job needs of a translator pool.

    Attributes:
        device: The device the models run on (``cpu``, ``cuda``).
        compute_type: The CTranslate2 compute type they run in.
        tokens: Source-token counts (:class:`~mtpipe.tokens.RouteTokenCounter`; picklable,
            SentencePiece only): what the segmenter uses, in whatever process it runs.
    """

    tokens: Any

    @property
    def device(self) -> str: ...

    @property
    def compute_type(self) -> str: ...

    def translate(self, texts: list[str], src: str, tgt: str) -> list[str]:
        """Translate along the config's route from ``src`` to ``tgt``; one output per input, in order."""

    def count_tokens(self, text: str, src: str, tgt: str) -> int:
        """Source tokens of ``text`` for the route's first model."""

    def max_tokens(self, src: str, tgt: str) -> int:
        """The most source tokens the route's first model takes."""

    def family(self, src: str, tgt: str) -> str:
        """The route's first model family (``marian``, ``nllb``)."""

    def signature(self) -> dict[str, Any]:
        """Per model used so far: registry signature, device, compute type."""

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
