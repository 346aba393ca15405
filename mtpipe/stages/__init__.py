"""The stage protocol: a stage is a ``Document -> Document`` callable with a batch ``pipe()``.

Each stage declares what it ``requires`` and ``provides`` (plain names such as
``"text"``, ``"segments"``, ``"langs"``, ``"terms"``, ``"translations"``); a
:class:`Pipeline` checks the chain when it is built, not halfway through a job.
As spaCy's components do, a stage has ``__call__(doc)`` for one document and
``pipe(docs, batch_size=...)`` for a stream, yielding the documents in order;
a stage that batches (translation: one model call per model group for many
documents) does it in its own ``pipe()``, so the pipeline only chains ``pipe()``
calls.  :class:`MapStage` gives a stage ``pipe()`` in batches, with a
``pipe_batch()`` hook for work done once per batch.  A stage without ``pipe()``
is mapped one document at a time.

Where each stage lives:

* ``limits``: :class:`mtpipe.inputs.DocumentLimits` (bounds on one document's work);
* ``clean``: :class:`mtpipe.clean.Cleaner`;
* ``segment``: :class:`mtpipe.segment.Segmenter`;
* ``protect``: :class:`mtpipe.glossary.protect.Protect` (glossary terms);
* ``auto_names``: :class:`mtpipe.autonames.AutoNames`;
* ``translate``: :class:`mtpipe.stages.translate.Translate` (model calls, term restore per strategy);
* ``verify``: :class:`mtpipe.stages.verify.Verify` (each term's final status);
* ``flag``: :class:`mtpipe.stages.flag.Flag` (quality flags);

and the one factory that puts them together for ``translate``, ``segment`` and
the library: :func:`mtpipe.stages.build.build_pipeline`.
"""

from __future__ import annotations

import threading
import weakref
from typing import Any, Callable, Iterable, Iterator, Protocol, Sequence, runtime_checkable

from ..document import Document
from ..errors import PipelineError

__all__ = ["MapStage", "Stage", "Pipeline", "PipelineError", "batched", "pipe_of", "stage"]


#: A few sentences in each language the pipeline serves, for :meth:`Pipeline.warm`.
_WARM_TEXT = ("Вчера в Пекине прошла встреча.\n\nHôm qua tại Bắc Kinh đã diễn ra cuộc họp.\n\n"
              "A meeting was held in Beijing yesterday.\n\n昨天在北京举行了会议。\n\n"
              # a Chinese name in Russian and in Vietnamese: auto-names' dictionaries and hanzi index
              "Губернатор Ван Сяолун встретился с мэром Шэньяна.\n\n"
              "Ông Triệu Lạc Tế đã gặp Bí thư Tỉnh ủy.\n")
#: Pipelines warmed in this process (weakly held: a pipeline that goes away leaves the set).
_WARMED: "weakref.WeakSet[Any]" = weakref.WeakSet()


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

    def pipe(self, docs: Iterable[Document], batch_size: int | None = None) -> Iterator[Document]:
        """The stage over a stream of documents, in order; a stage that batches does it here.

        The default (:class:`MapStage`) takes ``batch_size`` documents at a time and runs
        :meth:`MapStage.pipe_batch` on each batch (``__call__`` on each document, unless the stage
        does per-batch work once); :func:`pipe_of` maps ``__call__`` for a stage written before
        ``pipe()`` existed.
        """
        for doc in docs:
            yield self(doc)


def batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """``items`` in lists of ``size`` (the last one shorter), in order; ``size`` below 1 counts as 1."""
    size = max(1, size)
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class MapStage:
    """Base for a stage: ``__call__`` for one document, ``pipe()`` for a stream, in batches.

    ``pipe(docs, batch_size)`` takes ``batch_size`` documents at a time (default: the class's
    :attr:`batch_size`) and yields what :meth:`pipe_batch` returns for each batch, in order.
    :meth:`pipe_batch` maps ``__call__``; a stage with work to do once per batch (one call over
    every segment of the batch, say) overrides it and gives the same documents as ``__call__``
    would, one by one.
    """

    name = "stage"
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()
    #: documents per batch of :meth:`pipe` when the caller names none
    batch_size = 16

    def __call__(self, doc: Document) -> Document:  # pragma: no cover - overridden
        raise NotImplementedError

    def pipe(self, docs: Iterable[Document], batch_size: int | None = None) -> Iterator[Document]:
        """:meth:`pipe_batch` on each ``batch_size`` documents of ``docs``; yields them in order."""
        for batch in batched(docs, batch_size or self.batch_size):
            yield from self.pipe_batch(batch)

    def pipe_batch(self, docs: list[Document]) -> list[Document]:
        """One batch: ``__call__`` on each document, in order (override for per-batch work)."""
        return [working_on(doc, self) for doc in docs]


_WORKING = threading.local()


def working_on(doc: Any, fn: Callable[[Any], Any]) -> Any:
    """``fn(doc)``, inside this thread's guard for ``doc`` when one is set (:func:`guarding`: a
    document's time budget kept per document while a batch goes through the stages); should it
    raise, ``doc`` is this thread's :func:`raised_on`."""
    guard = getattr(_WORKING, "guard", None)
    try:
        if guard is None:
            return fn(doc)
        with guard(doc):
            return fn(doc)
    except BaseException:
        _WORKING.doc = doc
        raise


class guarding:
    """``with guarding(guard):`` each stage call on one document in this thread runs inside
    ``guard(doc)`` (a context manager), and :func:`raised_on` starts empty."""

    def __init__(self, guard: Callable[[Any], Any]) -> None:
        self.guard = guard

    def __enter__(self) -> "guarding":
        _WORKING.guard, _WORKING.doc = self.guard, None
        return self

    def __exit__(self, *exc: object) -> None:
        _WORKING.guard = None


def raised_on() -> Any:
    """The document whose stage call last raised in this thread since :class:`guarding` began (None:
    none, or it was raised outside a call on one document)."""
    return getattr(_WORKING, "doc", None)


def pipe_of(st: Any, docs: Iterable[Document], batch_size: int | None = None) -> Iterator[Document]:
    """``st.pipe(docs)`` for a stage that has one (with ``batch_size`` when one is given), else ``st``
    mapped over ``docs``."""
    pipe = getattr(st, "pipe", None)
    if callable(pipe):
        if batch_size is not None and _takes_batch_size(pipe):
            return pipe(docs, batch_size=batch_size)  # type: ignore[no-any-return]
        return pipe(docs)  # type: ignore[no-any-return]
    return (working_on(doc, st) for doc in docs)


def _takes_batch_size(pipe: Callable[..., Any]) -> bool:
    import inspect

    try:
        return "batch_size" in inspect.signature(pipe).parameters
    except (TypeError, ValueError):  # a builtin without a signature
        return False


def _name(st: Any) -> str:
    return getattr(st, "name", None) or getattr(st, "__name__", None) or type(st).__name__


class Pipeline:
    """An ordered list of stages, checked when built.

    Args:
        stages: The stages, in order.
        initial: What every document has before the first stage (``text`` after ingest).

    Raises:
        PipelineError: when a stage requires something no earlier stage provides.
    """

    def __init__(self, stages: Sequence[Any], initial: Iterable[str] = ("text",)) -> None:
        self.initial = tuple(initial)
        have = set(self.initial)
        for st in stages:
            missing = [r for r in getattr(st, "requires", ()) if r not in have]
            if missing:
                raise PipelineError(f"stage {_name(st)!r} requires {', '.join(missing)}, "
                                    f"which no earlier stage provides")
            have.update(getattr(st, "provides", ()))
        self.stages = list(stages)
        self.provides = have

    def __call__(self, doc: Document, after_each: Callable[[Any], None] | None = None) -> Document:
        """Run every stage on one document; ``after_each(stage)`` after each (a time budget's check)."""
        for st in self.stages:
            doc = st(doc)
            if after_each is not None:
                after_each(st)
        return doc

    def warm(self) -> None:
        """Run the stages once, in this process, on a short sample in each language (their lazy
        loading: language ID, sentence splitters, dictionaries, the glossary's matcher), so the first
        real document's time budget (``--doc-timeout``) counts its own work only.  Once per pipeline
        per process (a copy unpickled in a worker process warms again); errors are left to the
        documents."""
        if self in _WARMED:
            return
        _WARMED.add(self)
        try:
            self(Document.from_text(_WARM_TEXT))
        except Exception:  # a stage that cannot take the sample fails on real documents, with their names
            import logging

            logging.getLogger("mtpipe").debug("warm-up of the front stages failed", exc_info=True)

    def pipe(self, docs: Iterable[Document], batch_size: int | None = None) -> Iterator[Document]:
        """Run the stages over a stream: each stage's ``pipe()`` (its own batching), chained, in order;
        ``batch_size``: documents per batch for every stage (None: each stage's own)."""
        stream: Iterable[Document] = docs
        for st in self.stages:
            stream = pipe_of(st, stream, batch_size)
        return iter(stream)

    def run(self, docs: Sequence[Document]) -> list[Document]:
        """:meth:`pipe` over ``docs``, all of it, as a list."""
        return list(self.pipe(docs))

    def split(self, name: str) -> tuple["Pipeline", "Pipeline"]:
        """The stages before the one named ``name``, and the rest (each still checked).

        Raises:
            PipelineError: no stage has that name.
        """
        names = self.names()
        if name not in names:
            raise PipelineError(f"no stage {name!r} in {', '.join(names)}")
        i = names.index(name)
        head = Pipeline(self.stages[:i], self.initial)
        return head, Pipeline(self.stages[i:], head.provides)

    def until(self, name: str) -> "Pipeline":
        """The stages up to and including the one named ``name`` (checked).

        Raises:
            PipelineError: no stage has that name.
        """
        names = self.names()
        if name not in names:
            raise PipelineError(f"no stage {name!r} in {', '.join(names)}")
        return Pipeline(self.stages[:names.index(name) + 1], self.initial)

    def bind(self, engine: Any, tm: Any = None) -> "Pipeline":
        """A copy whose stages that run a model (those with ``bind()``) use ``engine`` and ``tm``."""
        stages = [st.bind(engine, tm) if callable(getattr(st, "bind", None)) else st for st in self.stages]
        return Pipeline(stages, self.initial)

    def find(self, name: str) -> Any:
        """The stage named ``name``, or None."""
        return next((st for st in self.stages if _name(st) == name), None)

    def first_pass(self, paths: Sequence[Any], root: Any, map_in_order: Any = None) -> None:
        """Let every stage that learns from the whole input (cleaning's template lines) see it first.

        It changes those stages: call it on :meth:`for_run`'s copy, once per run.  ``map_in_order``
        (an executor's ``map_in_order(fn, items)``) lets a stage that takes it read in worker processes.
        """
        import inspect

        for st in self.stages:
            fn = getattr(st, "first_pass_paths", None)
            if callable(fn):
                if map_in_order is not None and "map_in_order" in inspect.signature(fn).parameters:
                    fn(paths, root, map_in_order=map_in_order)
                else:
                    fn(paths, root)

    def for_run(self) -> "Pipeline":
        """A copy for one run: the stages that learn from a run's input (``first_pass_paths``) copied,
        so what one run learns never reaches another; the others shared."""
        import pickle

        stages = [pickle.loads(pickle.dumps(st)) if callable(getattr(st, "first_pass_paths", None)) else st
                  for st in self.stages]
        return Pipeline(stages, self.initial)

    def names(self) -> list[str]:
        return [_name(s) for s in self.stages]

    def __iter__(self) -> Iterator[Any]:
        return iter(self.stages)

    def __len__(self) -> int:
        return len(self.stages)

    def __repr__(self) -> str:
        return f"Pipeline({' -> '.join(self.names())})"


def stage(name: str, requires: tuple[str, ...] = (), provides: tuple[str, ...] = ()) -> Callable[[Callable[[Document], Document]], Stage]:
    """Decorator turning a plain function into a :class:`Stage`."""

    def wrap(fn: Callable[[Document], Document]) -> Stage:
        fn.name = name  # type: ignore[attr-defined]
        fn.requires = requires  # type: ignore[attr-defined]
        fn.provides = provides  # type: ignore[attr-defined]
        return fn  # type: ignore[return-value]

    return wrap
