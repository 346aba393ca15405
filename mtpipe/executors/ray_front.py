"""The Ray executor's front stages: one front actor per CPU of the cluster, spread over its nodes, each
holding the job's front stages (read, clean, segment, protect) and preparing a few documents per call
(the stages' batch ``pipe()``: :func:`~mtpipe.executors.front.prepare_many`), two calls queued per actor.

Actors, not tasks: they reserve no CPU (the translation actors may hold it all), and Ray ends idle task
workers beyond a node's CPUs, so each task would pay a fresh process, mtpipe's imports and the stages'
loading.  The documents stay in Ray's object store: the driver only learns whether each became a
document, a warning or a problem (:class:`RayFront`).
"""

from __future__ import annotations

import os
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from .front import Event, Todo, gather_todo, prepare_many

__all__ = ["RayFront", "FRONT_CALLS_PER_ACTOR"]

#: Calls (a few documents each) handed to each front-stage actor ahead of the job (one running, one waiting).
FRONT_CALLS_PER_ACTOR = 2


@dataclass
class _Front:
    """Documents on their way through a front actor: the actor's index, the events without the
    documents, and one object ref per document."""

    actor: int
    heads: Any
    docs: list[Any]


class _FrontActor:
    """Holds the job's front stages; prepares one document per call, on whichever node it runs."""

    def __init__(self, front_box: list[Any], cwd: str) -> None:
        import ray

        self.front = ray.get(front_box[0])
        self.cwd = cwd

    def load(self, front_box: list[Any]) -> None:
        """Hold these front stages from now on (a run's, after its first pass)."""
        import ray

        self.front = ray.get(front_box[0])

    def first_pass(self, front_box: list[Any], paths: list[Path], input_dir: Path) -> list[Any]:
        """A fresh copy of the job's front stages learns from the run's whole input, here (not on the
        driver); returns it boxed, left in Ray's object store for the other front actors."""
        import ray

        self._cwd(input_dir)
        self.front = ray.get(front_box[0])
        self.front.first_pass(paths, input_dir)
        return [ray.put(self.front)]

    def _cwd(self, input_dir: Path) -> None:
        if not Path(input_dir).is_absolute() and os.getcwd() != self.cwd:
            # the driver's relative paths (they end up in outputs, so they are kept as given)
            os.chdir(self.cwd)

    def prepare(self, todo: list[Todo]) -> tuple[Any, ...]:
        """``(events without the documents, then each document or None)``: one return each, the
        documents left in Ray (``num_returns=len(todo) + 1``)."""
        self._cwd(todo[0][1])
        heads, docs = [], []
        for ev in prepare_many(self.front, todo):
            heads.append(ev[:3] + (None,) + ev[4:] if ev[0] == "doc" else ev)
            docs.append(ev[3] if ev[0] == "doc" else None)
        return (heads, *docs)


class RayFront:
    """The job's front stages on the front actors: started on first use (kept with the engine's pool,
    ended with it), the run's first pass on one of them, documents prepared in input order.

    Args:
        job: The prepared job (its front stages).
        pool: The engine's :class:`~mtpipe.engines.ray.RayTranslatorPool` (its ``helpers`` keep the actors).
    """

    def __init__(self, job: Any, pool: Any) -> None:
        self.job = job
        self.pool = pool
        #: Documents handed to the front actors so far.
        self.tasks = 0
        self._box: list[Any] | None = None

    @property
    def key(self) -> str:
        return f"front:{id(self.job)}"

    def prepare(self, events: Iterator[Event]) -> Iterator[Event]:
        """Documents after the front stages (object refs), in input order."""
        actors = self._front_actors()
        inflight = [0] * len(actors)
        ahead: deque[Any] = deque()
        limit = FRONT_CALLS_PER_ACTOR * len(actors)
        for item in gather_todo(events):  # a few documents per call
            if isinstance(item, list):
                i = min(range(len(actors)), key=inflight.__getitem__)
                inflight[i] += 1
                refs = actors[i].prepare.options(num_returns=len(item) + 1).remote(item)
                ahead.append(_Front(i, refs[0], list(refs[1:])))
                self.tasks += len(item)
            else:
                ahead.append(item)
            while len(ahead) > limit:
                yield from self._events(ahead.popleft(), inflight)
        while ahead:
            yield from self._events(ahead.popleft(), inflight)

    def first_pass(self, paths: list[Path], input_dir: Path) -> None:
        """The run's first pass on a front actor (it reads every input: off the driver); every front
        actor then holds the stages it learned, so nothing of an earlier run's input is left."""
        import ray

        actors = self._front_actors()
        learned = ray.get(actors[0].first_pass.remote(self._front_box(), list(paths), input_dir))
        ray.get([a.load.remote(learned) for a in actors[1:]])

    def _front_box(self) -> list[Any]:
        """The job's front stages (as prepared, nothing learned) in Ray's object store, once per run."""
        import ray

        if self._box is None:
            self._box = [ray.put(self.job.front)]
        return self._box

    def _front_actors(self) -> list[Any]:
        """The front-stage actors: one per CPU of the cluster, spread over its nodes, kept with the pool."""
        import ray

        key = self.key
        actors = self.pool.helpers.get(key)
        if actors is None:
            n = max(2, int(ray.cluster_resources().get("CPU", 1)))
            cls = ray.remote(num_cpus=0, scheduling_strategy="SPREAD")(_FrontActor)
            box = self._front_box()
            actors = self.pool.helpers[key] = [cls.remote(box, os.getcwd()) for _ in range(n)]
        return actors

    @staticmethod
    def _events(item: Any, inflight: list[int]) -> list[Event]:
        import ray

        if not isinstance(item, _Front):
            return [item]  # an event from the planner
        heads = ray.get(item.heads)
        inflight[item.actor] -= 1
        return [ev[:3] + (ref,) + ev[4:] if ev[0] == "doc" else ev for ev, ref in zip(heads, item.docs)]
