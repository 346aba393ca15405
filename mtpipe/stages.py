"""The stage protocol: a stage is a ``Document -> Document`` callable.

Each stage declares what it ``requires`` and ``provides`` (plain names such as
``"text"``, ``"segments"``, ``"langs"``, ``"terms"``, ``"translations"``); a
:class:`Pipeline` checks the chain when it is built, not halfway through a job.
"""

from __future__ import annotations

from typing import Callable, Iterable, Protocol, Sequence, runtime_checkable

from .document import Document

__all__ = ["Stage", "Pipeline", "PipelineError"]


class PipelineError(ValueError):
    """Stages were put together in an order that cannot work."""


@runtime_checkable
class Stage(Protocol):
    """A pipeline stage.

    Attributes:
        name: Short name used in logs and errors.
        requires: What must be present on the document before this stage runs.
        provides: What the stage adds.
    """

    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]

    def __call__(self, doc: Document) -> Document: ...


class Pipeline:
    """An ordered list of stages, checked when built.

    Args:
        stages: The stages, in order.
        initial: What every document has before the first stage (``text`` after ingest).

    Raises:
        PipelineError: when a stage requires something no earlier stage provides.
    """

    def __init__(self, stages: Sequence[Stage], initial: Iterable[str] = ("text",)) -> None:
        have = set(initial)
        for st in stages:
            missing = [r for r in getattr(st, "requires", ()) if r not in have]
            if missing:
                raise PipelineError(f"stage {getattr(st, 'name', st)!r} requires {', '.join(missing)}, "
                                    f"which no earlier stage provides")
            have.update(getattr(st, "provides", ()))
        self.stages = list(stages)
        self.provides = have

    def __call__(self, doc: Document) -> Document:
        for st in self.stages:
            doc = st(doc)
        return doc

    def names(self) -> list[str]:
        return [getattr(s, "name", type(s).__name__) for s in self.stages]


def stage(name: str, requires: tuple[str, ...] = (), provides: tuple[str, ...] = ()) -> Callable[[Callable[[Document], Document]], Stage]:
    """Decorator turning a plain function into a :class:`Stage`."""

    def wrap(fn: Callable[[Document], Document]) -> Stage:
        fn.name = name  # type: ignore[attr-defined]
        fn.requires = requires  # type: ignore[attr-defined]
        fn.provides = provides  # type: ignore[attr-defined]
        return fn  # type: ignore[return-value]

    return wrap
