"""Executors: where a job's work runs.

The job (:class:`mtpipe.pipeline.Job`) plans: it lists the inputs, skips what
an earlier run finished, gathers windows of documents, keeps the job state and
writes outputs in order.  An executor decides where the rest runs:

* ``prepare``: turn each ``("todo", path, input_hash)`` event into the
  document after the front stages (read, clean, segment, protect), in input
  order, a few documents at a time through the stages' batch ``pipe()``
  (:func:`mtpipe.executors.front.prepare_many`);
* ``windows``: run the back stages on each window (translate, verify, flag),
  write its outputs, and record them, in window order, in the job state.

``local`` (:mod:`.local`) runs the front stages here or in ``--workers``
processes, translates here, and (with workers) finishes and writes each window
in those processes; ``ray`` (:mod:`.ray`) runs the front
stages on front actors and whole windows (back stages and output writing) on
the engine's actors, several at once; the driver records each window in order.  Both
yield the same events and windows in the same order, so outputs do not depend
on the executor; the job state is the job's, so a job killed under one
executor finishes under the other.

Nothing is imported until an executor is made (Ray is slow to import and optional).
"""

from __future__ import annotations

import importlib
from typing import Any, Iterator, Protocol

from .front import Event

__all__ = ["EXECUTORS", "Executor", "WindowSink", "make_executor"]

#: Executor name -> "module:class", imported on first use; the job's engine picks it.
EXECUTORS: dict[str, str] = {
    "local": "mtpipe.executors.local:LocalExecutor",
    "ray": "mtpipe.executors.ray:RayExecutor",
}


class WindowSink(Protocol):
    """Takes windows in order; translates them (maybe several at once) and writes them in order."""

    def submit(self, window: list[Any]) -> None: ...

    def finish(self) -> None:
        """Wait for every submitted window and write it."""


class Executor(Protocol):
    """Runs a job's front stages and windows; see the module doc."""

    name: str

    def first_pass(self, paths: list[Any], input_dir: Any) -> None:
        """Before the first document: the run's front stages learn from the whole input (template lines)."""

    def prepare(self, events: Iterator[Event]) -> Iterator[Event]: ...

    def windows(self, job: Any, tm: Any, write: Any) -> WindowSink:
        """A sink for ``job``'s windows; ``write`` is the run's :class:`~mtpipe.stages.write.Write`."""

    def stats(self) -> dict[str, Any]:
        """What ran where, for ``report.json``."""

    def close(self) -> None: ...


def make_executor(job: Any) -> Executor:
    """The executor for ``job``'s engine (``local`` or ``ray``)."""
    module, _, cls = EXECUTORS[job.options.engine].partition(":")
    return getattr(importlib.import_module(module), cls)(job)  # type: ignore[no-any-return]
