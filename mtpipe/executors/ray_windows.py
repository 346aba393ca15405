"""The Ray executor's windows: each window (its documents' object refs) goes to the engine's actor that is
free first, which runs the job's back stages (translate, verify, flag) with its local models, writes the
documents' outputs there and returns only what the driver records (:func:`_translate_window`);
:class:`_Windows` keeps a few in flight per actor and records them in submission order."""

from __future__ import annotations

import logging
import uuid
from collections import deque
from concurrent.futures import Future
from typing import Any

from .ray_tm import _RemoteTM

__all__ = ["WINDOWS_PER_ACTOR"]

log = logging.getLogger("mtpipe")

#: Windows in flight per actor: one running, the others queued in the pool for the first free actor
#: (so every actor finds the next window ready while the driver writes the oldest one).
WINDOWS_PER_ACTOR = 3

# per actor process: the translate-only jobs, fetched once per job
_JOBS: dict[str, Any] = {}


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
