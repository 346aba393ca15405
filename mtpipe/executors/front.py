"""The front of a job: read documents and run the front stages (clean, segment, protect...) on them.

:func:`prepare_many` reads a batch of documents and runs the front stages' batch
``pipe()`` over them (the stages' own per-batch work); :func:`prepare_one` does
one document, stage by stage, within its own time budget.  A batch that fails
anywhere, or runs over one document's budget, is done again one document at a
time, so every event is exactly what :func:`prepare_one` gives.  Plain functions
of picklable arguments, so an executor can run them here, in a worker process
or on a Ray actor; every executor yields its events in input order, so windows
(and outputs) do not depend on where they ran.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

__all__ = ["FRONT_BATCH", "Event", "Todo", "gather_todo", "prepare_many", "prepare_one"]

log = logging.getLogger("mtpipe")

#: ``("todo", path, input_dir, input_hash, stat)`` from the planner; executors turn each into
#: ``("doc", path, input_hash, doc, stat)``,
#: ``("problem", file, reason, stage)`` or ``("empty", file, message)``.  ``("problem", ...)``, ``("warning", ...)``
#: and ``("resumed", doc_id, summary)`` from the planner pass through unchanged.
Event = tuple[Any, ...]
#: ``(path, input_dir, input_hash, stat)``: a ``"todo"`` event's arguments
Todo = tuple[Any, ...]

#: Documents the executors prepare per call (:func:`prepare_many`): one batch of the front stages' ``pipe()``.
FRONT_BATCH = 4


def gather_todo(events: Iterable[Event], size: int = FRONT_BATCH) -> Iterator["list[Todo] | Event"]:
    """``events`` in order, runs of consecutive ``"todo"`` events gathered into lists of at most ``size``
    (their arguments, for :func:`prepare_many`); every other event on its own, after the batch before it."""
    batch: list[Todo] = []
    for ev in events:
        if ev[0] == "todo":
            batch.append(tuple(ev[1:]))
            if len(batch) >= size:
                yield batch
                batch = []
            continue
        if batch:
            yield batch
            batch = []
        yield ev
    if batch:
        yield batch


def _pipeline(front: Any) -> Any:
    from ..stages import Pipeline

    return front if isinstance(front, Pipeline) else Pipeline(list(front))  # checked: requires/provides


def _empty(path: Path, doc: Any) -> Event:
    """An input read with nothing in it: counted as "empty" (so the documents planned add up), its
    warning naming the document once."""
    from ..document import named_warning

    reason = doc.meta.get("not_read")  # a feed's suffix on another kind of XML, a feed without items
    return ("empty", str(path), named_warning(doc.doc_id, f"{reason}: nothing to translate" if reason
                                              else "empty or whitespace only, nothing to translate"))


def prepare_one(front: Any, path: Path, input_dir: Path, input_hash: str,
                stat: Sequence[int] = ()) -> Event:
    """Read ``path`` and run ``front`` on it (a :class:`~mtpipe.stages.Pipeline`, or a list of stages).

    Returns:
        ``("doc", path, input_hash, document, stat)``, ``("empty", file, message)`` for an empty document, or
        ``("problem", file, reason, stage)``; never raises for a bad input.
    """
    import time

    from ..ingest import IngestError, IngestOptions, read_document
    from ..inputs import DocumentLimits, DocumentOvertime, check_budget, document_deadline

    pipeline = _pipeline(front)
    # bounded work: the job's limits travel with its front stages (mtpipe.inputs.DocumentLimits)
    limits = next((st for st in pipeline if isinstance(st, DocumentLimits)), DocumentLimits())
    pipeline.warm()  # the stages' lazy loading is no part of this document's time budget
    started = time.monotonic()
    try:
        with document_deadline(path, limits.budget_s):  # stops a stage that runs over, mid-loop
            doc = read_document(path, input_dir, IngestOptions(max_chars=limits.max_chars))
            if not doc.text.strip():
                return _empty(path, doc)
            doc = pipeline(doc, after_each=lambda _: check_budget(path, started, limits.budget_s))
    except IngestError as e:
        return ("problem", str(path), e.reason, "ingest")
    except DocumentOvertime as e:
        return ("problem", str(path), f"{e} (after {time.monotonic() - started:.1f} s)", "prepare")
    except Exception as e:  # a bug or a pathological input must not end the run
        log.debug("front stages failed on %s", path, exc_info=True)
        return ("problem", str(path), f"{type(e).__name__}: {e}", "prepare")
    return ("doc", path, input_hash, doc, tuple(stat))


def prepare_many(front: Any, todo: Sequence[Todo]) -> list[Event]:
    """:func:`prepare_one` for each of ``todo`` (``(path, input_dir, input_hash, stat)``), in order, the
    front stages run as one batch (:meth:`~mtpipe.stages.Pipeline.pipe`).

    Each document keeps its own time budget (``--doc-timeout``) through the batch: every stage call
    on it runs under a deadline of what is left of its budget (:class:`~mtpipe.stages.guarding`), so a
    document stuck inside a stage is stopped once, after its own budget, and fails alone as with
    :func:`prepare_one`; the others are done again one at a time.  Should a stage raise anything
    else, the batch is done again one document at a time, so the events are those of
    :func:`prepare_one` in every case.
    """
    import time
    from contextlib import contextmanager

    from ..ingest import IngestError, IngestOptions, read_document
    from ..inputs import DocumentLimits, DocumentOvertime, document_deadline
    from ..stages import guarding, raised_on

    if len(todo) <= 1:
        return [prepare_one(front, *t) for t in todo]
    pipeline = _pipeline(front)
    limits = next((st for st in pipeline if isinstance(st, DocumentLimits)), DocumentLimits())
    budget = limits.budget_s
    pipeline.warm()
    events: list[Event | None] = [None] * len(todo)
    spent: dict[int, float] = {}  # seconds each document has taken so far (by id of its Document)
    index: dict[int, int] = {}  # id of a Document -> its place in todo

    @contextmanager
    def guard(doc: Any) -> Any:
        start = time.monotonic()
        left = None if budget is None else budget - spent.get(id(doc), 0.0)
        try:
            if left is not None and left <= 0:
                raise DocumentOvertime
            with document_deadline(todo[index[id(doc)]][0], left):
                yield
        finally:
            spent[id(doc)] = spent.get(id(doc), 0.0) + time.monotonic() - start

    read: list[tuple[int, Any]] = []
    try:
        with guarding(guard):
            for i, (path, input_dir, *_) in enumerate(todo):
                start = time.monotonic()
                try:
                    with document_deadline(path, budget):
                        doc = read_document(path, input_dir, IngestOptions(max_chars=limits.max_chars))
                except IngestError as e:
                    events[i] = ("problem", str(path), e.reason, "ingest")
                    continue
                except DocumentOvertime as e:
                    events[i] = ("problem", str(path), f"{e} (after {time.monotonic() - start:.1f} s)", "prepare")
                    continue
                if not doc.text.strip():
                    events[i] = _empty(path, doc)
                    continue
                index[id(doc)], spent[id(doc)] = i, time.monotonic() - start
                read.append((i, doc))
            done = list(pipeline.pipe([doc for _, doc in read], batch_size=len(read) or 1))
    except DocumentOvertime as e:
        stuck = raised_on()
        if stuck is None or id(stuck) not in index:  # not in a call on one document: no one to blame
            log.debug("front batch of %d documents done again one by one", len(todo), exc_info=True)
            return [prepare_one(front, *t) for t in todo]
        i = index[id(stuck)]
        log.debug("%s stopped in a front batch; the others done again one by one", todo[i][0])
        return [("problem", str(todo[j][0]), f"{e} (after {spent[id(stuck)]:.1f} s)", "prepare") if j == i
                else ev if ev is not None and ev[0] != "doc" else prepare_one(front, *todo[j])
                for j, ev in enumerate(events)]
    except Exception:  # one document at a time: which one, and why, as prepare_one says
        log.debug("front batch of %d documents done again one by one", len(todo), exc_info=True)
        return [prepare_one(front, *t) for t in todo]
    for (i, _), doc in zip(read, done):
        path, _, input_hash, *stat = todo[i]
        events[i] = ("doc", path, input_hash, doc, tuple(stat[0]) if stat else ())
    return events  # type: ignore[return-value]
