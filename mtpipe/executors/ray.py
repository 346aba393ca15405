"""The Ray executor: front stages on front actors, whole windows (translate to write) on the engine's actors.

The driver (this process) only plans and records: it lists and hashes the
inputs, keeps the job state, gathers windows and records each window's
documents in order, once their outputs are on disk.  Around it:

* **front stages**: one front actor per CPU of the cluster, spread over its
  nodes, each holding the job's front stages (read, clean, segment, protect)
  and preparing a few documents per call (the stages' batch ``pipe()``:
  :func:`~mtpipe.executors.front.prepare_many`), two calls queued per actor.  Actors,
  not tasks: they reserve no CPU (the translation actors may hold it all), and
  Ray ends idle task workers beyond a node's CPUs, so each task would pay a
  fresh process, mtpipe's imports and the stages' loading.  The
  document stays in Ray's object store: the driver only learns whether it
  became a document, a warning or a problem, so windows are exactly those of
  the local executor;
* **windows**: each window (the documents' object refs) goes to the actor of
  :class:`~mtpipe.engines.ray.RayTranslatorPool` that is free first,
  which runs the job's back stages (translate, verify, flag:
  :meth:`~mtpipe.pipeline.Job.back_pipeline`) on it with its local models (the
  same model calls, restore, flags as locally), writes the documents' outputs
  and kept copies there (:class:`~mtpipe.stages.write.DocWriter`: the same
  writers, the same files) and returns only what the driver records (file
  records, summaries), not the documents.  Up to three windows per actor
  are in flight (queued in the pool until an actor is free), so every actor is
  busy while the driver records the oldest;
* **translation memory**: one actor on the driver's node holds the job's
  SQLite memory; the window actors look up and store through it.

Outputs are the local executor's: the same windows reach the same code with
the same model calls.  One difference is possible, and only with the memory
on: a segment repeated in two windows translated at the same time is
translated in both (locally the second finds the first's translation in the
memory), which gives different text only for a model whose output for a
sentence depends on the rest of its batch.

Paths: the front actors read the input files and the window actors write the outputs
themselves, so on a multi-node cluster the input and output folders, like the models, must
be at the same path on every node (a shared file system).
"""

from __future__ import annotations

import logging
import os
import time
import uuid
from collections import deque
from dataclasses import dataclass
from concurrent.futures import Future
from pathlib import Path
from typing import Any, Iterator

from .front import Event, Todo, gather_todo, prepare_many

__all__ = ["RayExecutor"]

log = logging.getLogger("mtpipe")

#: Calls (a few documents each) handed to each front-stage actor ahead of the job (one running, one waiting).
FRONT_CALLS_PER_ACTOR = 2
#: Windows in flight per actor: one running, the others queued in the pool for the first free actor
#: (so every actor finds the next window ready while the driver writes the oldest one).
WINDOWS_PER_ACTOR = 3

# per actor process: the translate-only jobs, fetched once per job
_JOBS: dict[str, Any] = {}


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


def _translate_window(pool: Any, key: str, back_box: list[Any], doc_refs: list[Any], tm: Any,
                      writer: Any) -> tuple[list[Any], dict]:
    """On an actor: run the job's back stages on a window with the actor's models, then write its
    outputs there (:class:`~mtpipe.stages.write.DocWriter`); only what the driver records comes back."""
    import ray

    back = _JOBS.get(key)
    if back is None:
        back = _JOBS[key] = ray.get(back_box[0])
    docs = ray.get(doc_refs)
    back.bind(pool, _RemoteTM(tm) if tm is not None else None).run(docs)
    return writer.window(docs, pool), dict(back.find("translate").probes.results)


def _segments(result: tuple[list[Any], dict]) -> int:
    return sum(w.segments for w in result[0])


class _TMServer:
    """The job's translation memory, behind an actor on the driver's node."""

    def __init__(self, path: str) -> None:
        from ..tm import TranslationMemory

        self.tm = TranslationMemory(path)

    def lookup(self, sig: str, src: str, tgt: str, sources: list[str],
               legacy_sig: str | None = None) -> dict[str, str]:
        return self.tm.lookup(sig, src, tgt, sources, legacy_sig=legacy_sig)

    def store(self, sig: str, src: str, tgt: str, pairs: dict[str, str]) -> None:
        self.tm.store(sig, src, tgt, pairs)

    def close(self) -> None:
        self.tm.close()


class _RemoteTM:
    """What the translate stage (:class:`~mtpipe.stages.translate.Translate`) uses of a memory, on an actor."""

    def __init__(self, handle: Any) -> None:
        self.handle = handle

    def lookup(self, sig: str, src: str, tgt: str, sources: Any, legacy_sig: str | None = None) -> dict[str, str]:
        import ray

        return ray.get(self.handle.lookup.remote(sig, src, tgt, list(sources), legacy_sig))

    def store(self, sig: str, src: str, tgt: str, pairs: dict[str, str]) -> None:
        import ray

        ray.get(self.handle.store.remote(sig, src, tgt, pairs))


class _Windows:
    """Windows on the actors, at most ``limit`` in flight, written in submission order."""

    def __init__(self, ex: "RayExecutor", job: Any, tm: Any, write: Any) -> None:
        import ray

        self.ex, self.job, self.write = ex, job, write
        self.key = uuid.uuid4().hex
        self.back_box = [ray.put(job.back)]  # the back stages, without the engine (bound on the actor)
        self.tm_actor = ex._tm_actor(tm)
        self.limit = WINDOWS_PER_ACTOR * ex.pool.concurrency
        self.inflight: deque[tuple[list[Any], Future[Any]]] = deque()
        self.routes = tuple((src, tgt) for src in job.config.languages for tgt in job.options.targets
                            if src != tgt)

    def submit(self, window: list[Any]) -> None:
        refs = [p.doc for p in window]
        fut = self.ex.pool.submit(_translate_window, self.key, self.back_box, refs, self.tm_actor,
                                  self.write.writer, rows=_segments, routes=self.routes)
        self.ex.windows_sent += 1
        self.inflight.append((window, fut))
        while len(self.inflight) > self.limit:
            self._write_oldest()

    def _write_oldest(self) -> None:
        window, fut = self.inflight.popleft()
        try:
            written, probes = fut.result()
        except Exception as e:
            log.debug("translation failed", exc_info=True)
            self.write.failed(window, e)
            return
        for k, v in probes.items():
            self.job.term_probes.setdefault(k, v)
        self.write.written(window, written)  # recorded in the job state here, in window order

    def finish(self) -> None:
        while self.inflight:
            self._write_oldest()


class RayExecutor:
    """See the module doc.

    Args:
        job: The prepared job; its pool must be a :class:`~mtpipe.engines.ray.RayTranslatorPool`.
    """

    name = "ray"

    def __init__(self, job: Any) -> None:
        self.job = job
        self.pool = job.pool
        self.key = uuid.uuid4().hex
        self.tasks = 0
        self.windows_sent = 0
        self._tm: Any = None
        self._box: list[Any] | None = None
        self._started = time.monotonic()

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

        key = f"front:{id(self.job)}"
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

    def windows(self, job: Any, tm: Any, write: Any) -> _Windows:
        """Windows translated and written on the actors, several at once, recorded here in order."""
        return _Windows(self, job, tm, write)

    def _tm_actor(self, tm: Any) -> Any:
        if tm is None:
            return None
        import ray
        from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

        here = ray.get_runtime_context().get_node_id()
        cls = ray.remote(num_cpus=0, scheduling_strategy=NodeAffinitySchedulingStrategy(here, soft=False))(_TMServer)
        self._tm = cls.remote(str(tm.path))
        return self._tm

    def stats(self) -> dict[str, Any]:
        actors = self.pool.actor_stats()
        total = sum(a["calls"] for a in actors) or 1
        for a in actors:
            a["windows"] = a.pop("calls")
            a["segments"] = a.pop("rows")
            a["share"] = round(a["windows"] / total, 3)
        return {"name": self.name, "actors": len(actors), "front_tasks": self.tasks,
                "front_actors": len(self.pool.helpers.get(f"front:{id(self.job)}", ())), "windows": self.windows_sent,
                "per_actor": actors}

    def close(self) -> None:
        import ray

        if self._tm is not None and ray.is_initialized():
            try:
                ray.get(self._tm.close.remote())
            finally:
                ray.kill(self._tm)
            self._tm = None
