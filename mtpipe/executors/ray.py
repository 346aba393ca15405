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

Where each part is: the front actors in :mod:`mtpipe.executors.ray_front`, the windows (back stages and
writing on the actors, recording in order) in :mod:`mtpipe.executors.ray_windows`, the memory's actor in
:mod:`mtpipe.executors.ray_tm`; :class:`RayExecutor` puts them together and reports per-actor throughput.

Paths: the front actors read the input files and the window actors write the outputs
themselves, so on a multi-node cluster the input and output folders, like the models, must
be at the same path on every node (a shared file system).
"""

from __future__ import annotations

import time
import uuid
from pathlib import Path
from typing import Any, Iterator

from .front import Event
from .ray_front import FRONT_CALLS_PER_ACTOR, RayFront, _Front, _FrontActor  # noqa: F401  re-exported
from .ray_tm import _RemoteTM, _TMServer, start_tm_actor  # noqa: F401  re-exported
from .ray_windows import WINDOWS_PER_ACTOR, _JOBS, _segments, _translate_window, _Windows  # noqa: F401

__all__ = ["RayExecutor", "lost_worker_error"]


def lost_worker_error(e: BaseException, output_dir: Path) -> Any:
    """A one-line :class:`~mtpipe.errors.JobError` for an actor or node of the cluster lost mid-run, else None.

    Ray's own text (``ActorDiedError``/``ActorUnavailableError``: several lines of actor ids and
    namespaces) says neither that the finished windows are kept nor that the same command resumes.
    """
    import ray.exceptions as rex

    from ..errors import JobError

    if not isinstance(e, (rex.RayActorError, rex.NodeDiedError)):
        return None
    lines = [ln.strip() for ln in str(e).splitlines() if ln.strip()]
    why = [ln for ln in lines if "node" in ln.lower() and ("died" in ln or "terminated" in ln)][:1]
    what = "; ".join(dict.fromkeys(lines[:1] + why)) or type(e).__name__
    return JobError(f"a Ray actor or node was lost mid-run ({type(e).__name__}: {what[:300]}): the job stopped; "
                    f"the documents finished in {output_dir} are kept: run the same command again to resume "
                    "(on the nodes left)")


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
        self.front = RayFront(job, self.pool)
        self.windows_sent = 0
        self._tm: Any = None
        self._started = time.monotonic()

    def prepare(self, events: Iterator[Event]) -> Iterator[Event]:
        """Documents after the front stages (object refs), in input order."""
        return self.front.prepare(events)

    def first_pass(self, paths: list[Path], input_dir: Path) -> None:
        """The run's first pass on a front actor (it reads every input: off the driver)."""
        self.front.first_pass(paths, input_dir)

    def windows(self, job: Any, tm: Any, write: Any) -> _Windows:
        """Windows translated and written on the actors, several at once, recorded here in order."""
        return _Windows(self, job, tm, write)

    def _tm_actor(self, tm: Any) -> Any:
        """The memory's actor (kept, to close it with the executor); None without a memory."""
        if tm is None:
            return None
        self._tm = start_tm_actor(tm)
        return self._tm

    def explain(self, e: BaseException, output_dir: Path) -> Any:
        """The job's error for ``e`` raised while this executor ran (see :func:`lost_worker_error`), or None."""
        return lost_worker_error(e, output_dir)

    def stats(self) -> dict[str, Any]:
        actors = self.pool.actor_stats()
        total = sum(a["calls"] for a in actors) or 1
        for a in actors:
            a["windows"] = a.pop("calls")
            a["segments"] = a.pop("rows")
            a["share"] = round(a["windows"] / total, 3)
        return {"name": self.name, "actors": len(actors), "front_tasks": self.front.tasks,
                "front_actors": len(self.pool.helpers.get(self.front.key, ())), "windows": self.windows_sent,
                "per_actor": actors}

    def close(self) -> None:
        import ray

        if self._tm is not None and ray.is_initialized():
            try:
                ray.get(self._tm.close.remote())
            finally:
                ray.kill(self._tm)
            self._tm = None
