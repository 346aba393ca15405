"""The translation actors of :class:`mtpipe.engines.ray.RayTranslatorPool` and the queue in front of them.

* :class:`_TranslateActor`: one actor, holding a local :class:`~mtpipe.translator.TranslatorPool`;
* :class:`ActorQueue`: calls wait here and go to the first actor that is free (``slots`` calls per
  actor at a time, the least used first), so calls made at the same time run on different actors
  at once and a slow call never holds back one another actor could run;
* :class:`ActorStats`: per actor, the calls, rows and busy seconds so far (throughput).
"""

from __future__ import annotations

import threading
import time
from collections import deque
from concurrent.futures import Future
from typing import Any, Callable, Sequence

from ..config import Config
from ..translator import TranslatorPool
from .ray_cluster import _unwrap

__all__ = ["ActorQueue", "ActorStats"]


class _TranslateActor:
    """One actor of the pool: a local TranslatorPool (models loaded on first use, then kept)."""

    def __init__(self, config: Config, pool_kwargs: dict[str, Any]) -> None:
        self.pool = TranslatorPool(config, **pool_kwargs)

    def translate(self, texts: list[str], src: str, tgt: str) -> tuple[list[str], float]:
        t = time.perf_counter()
        out = self.pool.translate(texts, src, tgt)
        return out, time.perf_counter() - t

    def call(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> tuple[Any, float]:
        t = time.perf_counter()
        out = fn(self.pool, *args)
        return out, time.perf_counter() - t

    def loaded(self) -> list[str]:
        return sorted(self.pool._models)

    def node(self) -> str:
        import ray

        return ray.get_runtime_context().get_node_id()


class ActorStats:
    """Per actor: index, node id (12 hex), calls, rows (segments) and busy seconds; thread-safe."""

    def __init__(self, nodes: Sequence[str] = ()) -> None:
        self._lock = threading.Lock()
        self._stats: list[dict[str, Any]] = [{"actor": k, "node": n[:12], "calls": 0, "rows": 0, "busy_s": 0.0}
                                             for k, n in enumerate(nodes)]

    def calls(self, i: int) -> int:
        with self._lock:
            return self._stats[i]["calls"]

    def record(self, i: int, rows: int, busy_s: float) -> None:
        """One call of actor ``i`` finished: ``rows`` segments in ``busy_s`` seconds."""
        with self._lock:
            st = self._stats[i]
            st["calls"] += 1
            st["rows"] += rows
            st["busy_s"] += busy_s

    def snapshot(self) -> list[dict[str, Any]]:
        with self._lock:
            return [dict(st, busy_s=round(st["busy_s"], 3)) for st in self._stats]


class ActorQueue:
    """Calls for a pool of actors, each handed to the first actor with a free slot.

    Args:
        start: Starts the actors (a list of handles; each answers ``node()``); called on first use.
        slots: Calls an actor holds at once.
    """

    def __init__(self, start: Callable[[], list[Any]], slots: int = 1) -> None:
        self._start = start
        self.slots = slots
        self.actors: list[Any] = []
        self.stats = ActorStats()
        self._lock = threading.Lock()  # the job's threads queue calls and Ray's threads finish them at once
        self._inflight: list[int] = []
        self._queue: deque[tuple[str, tuple[Any, ...], Any, Future[Any]]] = deque()
        self._dispatcher: Any = None  # the thread that hands queued calls to actors freed by a finished call
        self._closed = False  # after close(), a call finishing late starts no dispatching thread again (until restarted)

    def started(self) -> list[Any]:
        """The actors, started on first use."""
        if not self.actors:
            with self._lock:
                if not self.actors:
                    import ray

                    actors = self._start()
                    nodes = ray.get([a.node.remote() for a in actors])
                    self._inflight = [0] * len(actors)
                    self.stats = ActorStats(nodes)
                    self.actors = actors
                    self._closed = False  # a pool closed after a run and used again starts afresh
        return self.actors

    def send(self, method: str, args: tuple[Any, ...], rows: int | Callable[[Any], int] | None) -> "Future[Any]":
        """Queue ``actor.method(*args)`` (its result: ``(value, busy seconds)``); a future of the value.
        ``rows`` (a count, or a function of the value) goes into :attr:`stats`."""
        self.started()
        out: Future[Any] = Future()
        with self._lock:
            self._queue.append((method, args, rows, out))
        self._dispatch()
        return out

    def _dispatch(self) -> None:
        """Hand queued calls to actors with a free slot, the least used first."""
        while True:
            with self._lock:
                free = [k for k in range(len(self.actors)) if self._inflight[k] < self.slots]
                if not self._queue or not free:
                    return
                i = min(free, key=lambda k: (self._inflight[k], self.stats.calls(k)))
                self._inflight[i] += 1
                method, args, rows, out = self._queue.popleft()
            try:
                ref = getattr(self.actors[i], method).remote(*args)
            except BaseException as e:  # Ray gone: the caller hears it, the slot is freed
                with self._lock:
                    self._inflight[i] -= 1
                out.set_exception(e)
                continue
            ref.future().add_done_callback(self._on_done(i, rows, out))

    def _on_done(self, i: int, rows: int | Callable[[Any], int] | None, out: "Future[Any]") \
            -> Callable[["Future[Any]"], None]:
        def done(f: Future[Any]) -> None:
            with self._lock:
                self._inflight[i] -= 1
            try:
                result, busy = f.result()
                n = rows(result) if callable(rows) else (rows or 0)
            except BaseException as e:  # handed to the caller: nothing may stay in this callback thread
                out.set_exception(_unwrap(e))
            else:
                self.stats.record(i, n, busy)
                out.set_result(result)
            # the actor is free: the next queued call goes to it, from another thread: this callback
            # runs on Ray's own thread, where submitting an actor task can wait forever
            self._dispatch_soon()

        return done

    def _dispatch_soon(self) -> None:
        """:meth:`_dispatch` on the queue's dispatching thread."""
        with self._lock:
            if self._closed:
                return
            if self._dispatcher is None:
                from concurrent.futures import ThreadPoolExecutor

                self._dispatcher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="mtpipe-ray-dispatch")
            dispatcher = self._dispatcher
        try:
            dispatcher.submit(self._dispatch)
        except RuntimeError:  # the pool is closing: nothing more is sent
            pass

    def close(self) -> list[Any]:
        """Send nothing more; returns the actors (for the caller to end) and forgets them."""
        with self._lock:
            self._closed = True
            dispatcher, self._dispatcher = self._dispatcher, None
        if dispatcher is not None:
            dispatcher.shutdown(wait=False, cancel_futures=True)
        actors, self.actors = self.actors, []
        return actors
