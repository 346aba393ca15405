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

The pool is the :class:`~mtpipe.engines.Engine` facade only; its parts are in their own classes:
starting or joining Ray (:class:`~mtpipe.engines.ray_cluster.RaySession`), device, compute type
and what each actor reserves (:class:`~mtpipe.engines.ray_cluster.ActorPlacement`), the actors
and the queue that hands calls to the first free one, with per-actor throughput
(:mod:`mtpipe.engines.ray_actors`: :class:`~mtpipe.engines.ray_actors.ActorQueue`,
:class:`~mtpipe.engines.ray_actors.ActorStats`).  Cluster sizing, the address check and error
unwrapping are in :mod:`mtpipe.engines.ray_cluster`.
"""

from __future__ import annotations

import atexit
import importlib.util
import logging
from concurrent.futures import Future
from pathlib import Path
from typing import Any, Callable

from ..config import Config, default_cache_dir
from ..errors import JobError
from ..tokens import RouteTokenCounter
from .ray_actors import ActorQueue, _TranslateActor
from .ray_cluster import (ActorPlacement, RaySession, _check_reachable, _machine_cpus, _unwrap,  # noqa: F401
                          default_actors)  # re-exported

# Fail at import so Job._make_pool reports the missing extra in one line; ray itself is imported lazily.
for _mod in ("ray",):
    if importlib.util.find_spec(_mod) is None:
        raise ModuleNotFoundError(f"No module named '{_mod}'", name=_mod)

__all__ = ["RayTranslatorPool"]

log = logging.getLogger("mtpipe")


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
        #: Other actors started for this pool's job (the executor's front stages), ended with it.
        self.helpers: dict[str, list[Any]] = {}
        self._used: set[str] = set()
        self._queue = ActorQueue(self._start_actors, self.SLOTS_PER_ACTOR)
        self._session = RaySession(address, num_cpus)
        if self._session.open():
            atexit.register(self.close)
        try:
            self.placement = ActorPlacement.for_cluster(
                ray.cluster_resources(), device=device or config.device or "auto",
                compute_type=compute_type or config.compute_type or "auto", intra_threads=intra_threads,
                inter_threads=inter_threads, cache_dir=self.cache_dir, concurrency=concurrency)
        except JobError:
            self.close()
            raise
        self.concurrency = self.placement.concurrency
        #: What every actor's TranslatorPool is built with (a subclass may add to it before the first call).
        self._actor_kwargs = self.placement.actor_kwargs
        log.info("ray engine: %s/%s, %d actor(s), %s", self.device, self.compute_type, self.concurrency,
                 "one batch per call" if batch_rows is None else f"{batch_rows} rows per batch")

    # -- the Engine interface ------------------------------------------------------

    @property
    def device(self) -> str:
        return self.placement.device

    @property
    def compute_type(self) -> str:
        return self.placement.compute_type

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
        return self._queue.send(method, args, rows)

    def _start_actors(self) -> list[Any]:
        """The actor pool (:attr:`actor_class`), started by the queue on first use."""
        return self.placement.start(self.actor_class, self.config)

    def actor_stats(self) -> list[dict[str, Any]]:
        """Per actor: index, node id (12 hex), calls, rows (segments) and busy seconds so far."""
        return self._queue.stats.snapshot()

    def loaded_models(self) -> list[list[str]]:
        """Per actor, the models it has loaded (for tests and logs)."""
        import ray

        return ray.get([a.loaded.remote() for a in self._queue.actors])

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
            s.update(device=self.device, compute_type=self.compute_type, ctranslate2=ct2, engine="ray")
            sig[name] = s
        return sig

    # -- lifetime ------------------------------------------------------------------

    def close(self) -> None:
        """Stop the actor pool; shut Ray down if this pool started it (a caller's Ray is left running)."""
        import ray

        actors = self._queue.close()
        if ray.is_initialized():
            for a in actors + [h for hs in self.helpers.values() for h in hs]:
                ray.kill(a)
        self.helpers = {}
        if not self._session.started:
            return
        atexit.unregister(self.close)
        self._session.close()

    def __enter__(self) -> "RayTranslatorPool":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
