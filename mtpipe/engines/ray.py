"""Scale-out on Ray: ``mtpipe translate --engine ray [--address ADDR] [--ray-actors N]``.

:class:`RayTranslatorPool` starts (or joins) Ray and keeps a pool of actors,
each holding one :class:`mtpipe.translator.TranslatorPool` (one CTranslate2
translator per model a route needs, loaded on first use and kept until
:meth:`RayTranslatorPool.close`), with one GPU (cuda) or ``intra_threads``
CPUs (cpu) reserved per actor.  By default there is one actor per GPU of the
cluster, or per CPU share on a CPU-only cluster.

Work reaches the actors two ways, both queued here and handed to the first
actor that is free (one call per actor at a time), so calls made at the same
time (several windows of a job, the chunks of one large call) run on
different actors at once, and a slow call never holds back one that another
actor could run:

* :meth:`RayTranslatorPool.translate`: one list, one actor, the exact
  ``translate_batch`` call the local engine makes, so outputs are the local
  engine's (CTranslate2 results can depend on how inputs are batched;
  ``batch_rows`` splits a call over actors at the price of that guarantee);
* :meth:`RayTranslatorPool.submit`: any picklable ``fn(pool, *args)`` run on
  an actor with its local pool; the Ray executor (:mod:`mtpipe.executors.ray`)
  sends whole windows this way.

Per actor, the pool counts calls, rows and busy seconds (:meth:`actor_stats`).

Costs and requirements to know:

* Each actor loads a model the first time a call needs it and keeps it for
  the rest of the job.
* On a cluster (``--address``), every node needs mtpipe and ctranslate2
  installed and the model folders at the same paths (a shared filesystem).
* Token counting (for segmentation) runs here, with the SentencePiece models
  only (:mod:`mtpipe.tokens`); no CTranslate2 model is loaded in this process.

Cluster sizing, the address check and error unwrapping are in :mod:`mtpipe.engines.ray_cluster`.
"""

from __future__ import annotations

import atexit
import importlib.util
import logging
import os
import threading
import time
from collections import deque
from concurrent.futures import Future
from pathlib import Path
from typing import Any, Callable

from ..config import Config, default_cache_dir
from ..errors import JobError
from ..tokens import RouteTokenCounter
from ..translator import TranslatorPool
from .ray_cluster import _check_reachable, _machine_cpus, _unwrap, default_actors  # noqa: F401  re-exported

# Fail at import so Job._make_pool reports the missing extra in one line; ray itself is imported lazily.
for _mod in ("ray",):
    if importlib.util.find_spec(_mod) is None:
        raise ModuleNotFoundError(f"No module named '{_mod}'", name=_mod)

__all__ = ["RayTranslatorPool"]

log = logging.getLogger("mtpipe")


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


class RayTranslatorPool:
    """The translate job's model pool, with CTranslate2 running on a Ray actor pool.

    Offers the :class:`~mtpipe.engines.Engine` interface (what the job uses of
    :class:`~mtpipe.translator.TranslatorPool`), plus :meth:`submit` to run a
    function on an actor and :meth:`actor_stats`.

    Args:
        config: The loaded config; it is sent to every actor.
        address: Ray cluster address (``auto``, ``ray://host:10001``); None
            starts a local Ray on this machine (no dashboard, bound to
            127.0.0.1), shut down again by :meth:`close` or at exit.
        device: ``auto`` (cuda when the cluster has GPUs), ``cpu`` or ``cuda``;
            None takes the config's.
        compute_type: CTranslate2 compute type; ``auto`` is float16 on cuda
            and int8 on cpu; None takes the config's.
        device_index: Ignored on Ray: each GPU actor gets one GPU from Ray
            (index 0 in its own view).
        intra_threads: Threads per translation in each actor; on cpu each
            actor also reserves that many CPUs from Ray (0: one CPU, one thread).
        inter_threads: Parallel translations per model in each actor.
        cache_dir: The fetch cache; resolved here, so actors use the same path.
        concurrency: Actors in the pool (``--ray-actors``); default one per GPU
            (cuda) or per reserved CPU share (cpu) in the cluster, at least 1.
        batch_rows: Rows per actor call in :meth:`translate`; None sends each
            call's whole list as one batch so outputs equal the local engine's.
        num_cpus: CPUs of a Ray started here; default the CPUs this process may use.

    Raises:
        mtpipe.errors.JobError: when Ray cannot start or connect, or cuda is
            asked for on a cluster without GPUs.
    """

    #: Calls an actor holds at once.  One: a call waits here, not in an actor's queue, until some actor
    #: is free, so a slow window never holds back calls another actor could run now.
    SLOTS_PER_ACTOR = 1

    #: The actor class (a subclass may run something else than CTranslate2: the benchmarks' stand-in).
    actor_class: type = _TranslateActor

    def __init__(self, config: Config, *, address: str | None = None, device: str | None = None,
                 compute_type: str | None = None, device_index: int | list[int] = 0, intra_threads: int = 0,
                 inter_threads: int = 1, cache_dir: Path | None = None, concurrency: int | None = None,
                 batch_rows: int | None = None, num_cpus: int | None = None) -> None:
        import ray

        if batch_rows is not None and batch_rows < 1:
            raise ValueError("batch_rows must be at least 1")
        if concurrency is not None and concurrency < 1:
            raise JobError("--ray-actors must be at least 1")
        self.config = config
        self.address = address
        self.cache_dir = Path(cache_dir) if cache_dir else default_cache_dir()
        self.batch_rows = batch_rows
        self.tokens = RouteTokenCounter(config, self.cache_dir)
        self._actors: list[Any] = []
        self._lock = threading.Lock()  # the job's threads pick actors and count calls concurrently
        self._inflight: list[int] = []
        #: Other actors started for this pool's job (the executor's front stages), ended with it.
        self.helpers: dict[str, list[Any]] = {}
        self._queue: deque[tuple[str, tuple[Any, ...], Any, Future[Any]]] = deque()
        self._stats: list[dict[str, Any]] = []
        self._used: set[str] = set()
        self._started = False
        self._dispatcher: Any = None  # the thread that hands queued calls to actors freed by a finished call
        if not ray.is_initialized():
            try:
                if address is None:
                    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # no network
                    # "local": a Ray of this job's own, even where RAY_ADDRESS or a running `ray start`
                    # cluster would make a bare ray.init() join that (and refuse num_cpus)
                    ray.init(address="local", num_cpus=num_cpus or _machine_cpus(), include_dashboard=False,
                             log_to_driver=False,
                             logging_level=logging.WARNING, _node_ip_address="127.0.0.1")
                else:
                    _check_reachable(address)
                    ray.init(address=address, log_to_driver=False)
            except Exception as e:  # ConnectionError, RuntimeError, ValueError... from a bad address
                where = f"at {address}" if address else "locally"
                raise JobError(f"cannot start or reach Ray {where}: {str(e).splitlines()[0] if str(e) else e!r}") \
                    from None
            self._started = True
            atexit.register(self.close)
        resources = ray.cluster_resources()
        gpus = int(resources.get("GPU", 0))
        cpus = int(resources.get("CPU", 1))
        dev = device or config.device or "auto"
        if dev == "auto":
            dev = "cuda" if gpus else "cpu"
        if dev == "cuda" and not gpus:
            self.close()
            raise JobError("device cuda asked for, but the Ray cluster has no GPU")
        ct = compute_type or config.compute_type or "auto"
        if ct == "auto":
            ct = "float16" if dev == "cuda" else "int8"
        self._device, self._compute_type = dev, ct
        self._num_gpus = 1 if dev == "cuda" else 0
        self._num_cpus = 1 if dev == "cuda" else max(1, intra_threads)
        self.concurrency = concurrency or default_actors(gpus, cpus, dev, intra_threads)
        # on cpu an actor uses the CPUs it reserved (CTranslate2's own default would take every core,
        # and several actors on one node would fight for them)
        threads = intra_threads or (self._num_cpus if dev == "cpu" else 0)
        self._actor_kwargs: dict[str, Any] = dict(device=dev, compute_type=ct, device_index=0,
                                                  intra_threads=threads, inter_threads=inter_threads,
                                                  cache_dir=self.cache_dir)
        log.info("ray engine: %s/%s, %d actor(s), %s", dev, ct, self.concurrency,
                 "one batch per call" if batch_rows is None else f"{batch_rows} rows per batch")

    # -- the Engine interface ------------------------------------------------------

    @property
    def device(self) -> str:
        return self._device

    @property
    def compute_type(self) -> str:
        return self._compute_type

    def translate(self, texts: list[str], src: str, tgt: str) -> list[str]:
        """Translate along the configured route on the actor pool; one output per input, in order."""
        route = self.config.route(src, tgt)  # a missing route fails here, as locally
        self._used.update(spec.name for _, _, spec in route)
        if not texts:
            return []
        size = len(texts) if self.batch_rows is None else self.batch_rows
        futures = [self._send("translate", (texts[i:i + size], src, tgt), rows=len(texts[i:i + size]))
                   for i in range(0, len(texts), size)]
        out: list[str] = []
        for f in futures:
            out.extend(f.result())
        if len(out) != len(texts):
            raise RuntimeError(f"ray engine: {len(out)} translations came back for {len(texts)} texts")
        return out

    def submit(self, fn: Callable[..., Any], *args: Any, rows: Callable[[Any], int] | None = None,
               routes: tuple[tuple[str, str], ...] = ()) -> "Future[Any]":
        """Run ``fn(actor_pool, *args)`` on the first free actor; a future of its result.

        Args:
            fn: A picklable function (module level); it gets the actor's
                :class:`~mtpipe.translator.TranslatorPool` first.
            args: Its other arguments (ObjectRefs nested in them are not resolved).
            rows: Counts the segments in its result, for :meth:`actor_stats`.
            routes: ``(src, tgt)`` pairs the call may translate, for :meth:`signature`.
        """
        for src, tgt in routes:
            try:
                self._used.update(spec.name for _, _, spec in self.config.route(src, tgt))
            except Exception:  # an unroutable pair is flagged by the job, not an error here
                pass
        return self._send("call", (fn, args), rows=rows)

    def _send(self, method: str, args: tuple[Any, ...], rows: int | Callable[[Any], int] | None) -> "Future[Any]":
        """Queue a call; it goes to the first actor with a free slot (see :attr:`SLOTS_PER_ACTOR`)."""
        self._pool_actors()
        out: Future[Any] = Future()
        with self._lock:
            self._queue.append((method, args, rows, out))
        self._dispatch()
        return out

    def _dispatch(self) -> None:
        """Hand queued calls to actors with a free slot, the least used first."""
        while True:
            with self._lock:
                free = [k for k in range(len(self._actors)) if self._inflight[k] < self.SLOTS_PER_ACTOR]
                if not self._queue or not free:
                    return
                i = min(free, key=lambda k: (self._inflight[k], self._stats[k]["calls"]))
                self._inflight[i] += 1
                method, args, rows, out = self._queue.popleft()
            try:
                ref = getattr(self._actors[i], method).remote(*args)
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
                with self._lock:
                    st = self._stats[i]
                    st["calls"] += 1
                    st["rows"] += n
                    st["busy_s"] += busy
                out.set_result(result)
            # the actor is free: the next queued call goes to it, from another thread: this callback
            # runs on Ray's own thread, where submitting an actor task can wait forever
            self._dispatch_soon()

        return done

    def _dispatch_soon(self) -> None:
        """:meth:`_dispatch` on the pool's dispatching thread."""
        with self._lock:
            if self._dispatcher is None:
                from concurrent.futures import ThreadPoolExecutor

                self._dispatcher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="mtpipe-ray-dispatch")
            dispatcher = self._dispatcher
        try:
            dispatcher.submit(self._dispatch)
        except RuntimeError:  # the pool is closing: nothing more is sent
            pass

    def _pool_actors(self) -> list[Any]:
        """The actor pool, started on first use."""
        if not self._actors:
            with self._lock:
                if not self._actors:
                    import ray

                    cls = ray.remote(num_cpus=self._num_cpus, num_gpus=self._num_gpus)(self.actor_class)
                    actors = [cls.remote(self.config, self._actor_kwargs) for _ in range(self.concurrency)]
                    nodes = ray.get([a.node.remote() for a in actors])
                    self._inflight = [0] * len(actors)
                    self._stats = [{"actor": k, "node": n[:12], "calls": 0, "rows": 0, "busy_s": 0.0}
                                   for k, n in enumerate(nodes)]
                    self._actors = actors
        return self._actors

    def actor_stats(self) -> list[dict[str, Any]]:
        """Per actor: index, node id (12 hex), calls, rows (segments) and busy seconds so far."""
        with self._lock:
            return [dict(st, busy_s=round(st["busy_s"], 3)) for st in self._stats]

    def loaded_models(self) -> list[list[str]]:
        """Per actor, the models it has loaded (for tests and logs)."""
        import ray

        return ray.get([a.loaded.remote() for a in self._actors])

    def count_tokens(self, text: str, src: str, tgt: str) -> int:
        """Source tokens of ``text`` for the first model of the route (counted here, not on Ray)."""
        self._used.add(self.config.route(src, tgt)[0][2].name)
        return self.tokens.count_tokens(text, src, tgt)

    def max_tokens(self, src: str, tgt: str) -> int:
        """The most source tokens the route's first model takes."""
        return self.tokens.max_tokens(src, tgt)

    def family(self, src: str, tgt: str) -> str:
        return self.config.route(src, tgt)[0][2].family

    def signature(self) -> dict[str, Any]:
        """Per model used so far: its registry signature, device, compute type, engine.

        The CTranslate2 version is this process's; cluster nodes are expected to match it.
        """
        from importlib.metadata import version

        ct2 = version("ctranslate2")
        sig = {}
        for name in sorted(self._used):
            s = self.config.models[name].signature()
            s.update(device=self._device, compute_type=self._compute_type, ctranslate2=ct2, engine="ray")
            sig[name] = s
        return sig

    # -- lifetime ------------------------------------------------------------------

    def close(self) -> None:
        """Stop the actor pool; shut Ray down if this pool started it (a caller's Ray is left running)."""
        import ray

        if self._dispatcher is not None:
            self._dispatcher.shutdown(wait=False, cancel_futures=True)
            self._dispatcher = None
        if ray.is_initialized():
            for a in self._actors + [h for hs in self.helpers.values() for h in hs]:
                ray.kill(a)
        self._actors = []
        self.helpers = {}
        if not self._started:
            return
        self._started = False
        atexit.unregister(self.close)
        if ray.is_initialized():
            ray.shutdown()

    def __enter__(self) -> "RayTranslatorPool":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
