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
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

__all__ = ["ENGINES", "Engine", "engine_class", "make_engine"]


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


def make_engine(config: Any, options: Any) -> Engine:
    """The engine ``options.engine`` names, built from a job's :class:`~mtpipe.options.TranslateOptions`.

    Nothing is loaded yet: models load on first use.

    Raises:
        mtpipe.errors.JobError: an unknown engine, or the engine's extra is not installed.
    """
    from ..errors import JobError

    o = options
    index = o.device_index
    kwargs: dict[str, Any] = dict(
        device=o.device,
        compute_type=o.compute_type,
        device_index=list(index) if len(index) > 1 else (index[0] if index else 0),
        intra_threads=o.intra_threads,
        inter_threads=o.inter_threads,
        cache_dir=Path(o.cache_dir) if o.cache_dir else None,
    )
    try:
        cls = engine_class(o.engine)
    except KeyError:
        raise JobError(f"unknown engine {o.engine!r} ({' or '.join(ENGINES)})") from None
    except ImportError as e:
        raise JobError(f"--engine {o.engine} needs the '{o.engine}' extra (pip install 'mtpipe[{o.engine}]'): {e}") \
            from None
    if o.engine == "ray":
        kwargs.update(address=o.address, concurrency=o.ray_actors)
    return cls(config, **kwargs)  # type: ignore[no-any-return]
