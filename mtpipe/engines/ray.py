"""Scale-out on Ray: ``mtpipe translate --engine ray [--address ADDR]``.

Translation runs as a Ray Data job per call: the texts become rows carrying
their index, ``map_batches`` hands each batch to one actor of the pool's
actor pool, in which every actor holds one
:class:`mtpipe.translator.TranslatorPool` (so one CTranslate2 translator per
model the route needs, GPUs and CPUs reserved per actor), and the rows come
back sorted by index.  The actors are started on the first call and live
until :meth:`RayTranslatorPool.close` (the job closes its pool when it ends),
so each model is loaded once per actor per job, not once per call; the Ray
Data tasks in between only pass batches to them and reserve no CPU.

Why each call is, by default, one batch on one actor: CTranslate2 results can
depend on how inputs are batched (padding, kernel choice for the batch shape),
so splitting a call's list differently from the local engine could change a
translation.  With ``batch_rows=None`` the actor receives exactly the list the
local engine would translate and makes exactly the same ``translate_batch``
call, so outputs are identical to ``--engine local``.  Set ``batch_rows`` to
spread one call over several actors (faster on a cluster, outputs no longer
guaranteed identical).

Costs and requirements to know:

* Each actor loads a model the first time a call needs it and keeps it for
  the rest of the job.
* On a cluster (``--address``), every node needs mtpipe and ctranslate2
  installed and the model folders at the same paths (a shared filesystem).
* Token counting (for segmentation) runs here, with the SentencePiece models
  only; no CTranslate2 model is loaded in this process.
"""

from __future__ import annotations

import atexit
import importlib.util
import logging
import os
import threading
from pathlib import Path
from typing import Any

from ..config import Config, ModelSpec, default_cache_dir
from ..translator import SPM_FILES, ModelNotFoundError, Translator, TranslatorPool

# Fail at import so Job._make_pool reports the missing extra in one line; ray itself is imported lazily.
for _mod in ("ray", "pyarrow"):
    if importlib.util.find_spec(_mod) is None:
        raise ModuleNotFoundError(f"No module named '{_mod}'", name=_mod)

__all__ = ["RayTranslatorPool"]

log = logging.getLogger("mtpipe")


def _machine_cpus() -> int:
    """CPUs this process may use (the affinity mask, which containers and taskset narrow)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _check_reachable(address: str, timeout: float = 5.0) -> None:
    """Fail in seconds when nothing listens at a ``host:port`` or ``ray://host:port`` address.

    ``ray.init`` itself keeps retrying a dead GCS address for a long time; ``auto`` and
    ``local`` are left to Ray (it fails fast when no cluster is recorded on this machine).

    Raises:
        ConnectionError: naming the address and the reason.
    """
    import socket

    if address in ("auto", "local"):
        return
    hostport = address.split("://", 1)[1] if "://" in address else address
    host, sep, port = hostport.rpartition(":")
    if not sep or not port.isdigit():
        raise ConnectionError(f"{address!r} is not host:port, ray://host:port, auto or local")
    try:
        with socket.create_connection((host.strip("[]") or "127.0.0.1", int(port)), timeout=timeout):
            pass
    except OSError as e:
        reason = "timed out" if isinstance(e, socket.timeout) else (e.strerror or str(e))
        raise ConnectionError(f"nothing answers at {hostport} ({reason}); start the cluster with "
                              f"'ray start --head' and pass the address it prints") from None


class _TokenCounter(Translator):
    """A :class:`Translator` holding only the source SentencePiece model.

    It shares the tokenization rules (prefix tokens, ``</s>``, ``max_tokens``)
    with the real translator by inheritance; it cannot translate.
    """

    def __init__(self, spec: ModelSpec, cache_dir: Path | None) -> None:
        import sentencepiece as spm

        self.spec = spec
        self.path = spec.resolved_path(cache_dir)
        src_file = SPM_FILES[spec.family][0]
        if not (self.path / src_file).is_file():
            raise ModelNotFoundError(f"model '{spec.name}' at {self.path} lacks {src_file}"
                                     f" (fetch it with 'mtpipe models fetch {spec.name}')")
        self._sp_src = spm.SentencePieceProcessor(model_file=str(self.path / src_file))

    def translate(self, *args: Any, **kwargs: Any) -> list[str]:
        raise TypeError("a token counter does not translate")


class _TranslateActor:
    """One actor of the pool: a local TranslatorPool (models loaded on first use, then kept)."""

    def __init__(self, config: Config, pool_kwargs: dict[str, Any]) -> None:
        self.pool = TranslatorPool(config, **pool_kwargs)

    def translate(self, texts: list[str], src: str, tgt: str) -> list[str]:
        return self.pool.translate(texts, src, tgt)

    def loaded(self) -> list[str]:
        return sorted(self.pool._models)


def _to_actor(batch: dict[str, Any], actors: list[Any], size: int, src: str, tgt: str) -> dict[str, Any]:
    """A Ray Data task: send one batch to the actor its first row index picks, return its outputs."""
    import numpy as np
    import ray

    texts = [str(t) for t in batch["text"]]
    actor = actors[(int(batch["i"][0]) // size) % len(actors)]
    out = ray.get(actor.translate.remote(texts, src, tgt))
    return {"i": batch["i"], "out": np.array(out, dtype=object)}


class RayTranslatorPool:
    """The translate job's model pool, with CTranslate2 running on a Ray actor pool.

    Offers what the job uses of :class:`~mtpipe.translator.TranslatorPool`:
    :meth:`translate`, :meth:`count_tokens`, :meth:`max_tokens`,
    :meth:`family`, :meth:`signature`, :attr:`device`, :attr:`compute_type`.

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
            actor also reserves that many CPUs from Ray (at least one).
        inter_threads: Parallel translations per model in each actor.
        cache_dir: The fetch cache; resolved here, so actors use the same path.
        concurrency: Actors in the pool; default 1 when ``batch_rows`` is None
            (a call is one batch, more actors would sit idle), otherwise one
            per GPU (cuda) or per reserved CPU share (cpu) in the cluster.
        batch_rows: Rows per actor call; None sends each call's whole list as
            one batch so outputs equal the local engine's (see module doc).
        num_cpus: CPUs of a Ray started here; default the CPUs this process may use.

    Raises:
        mtpipe.pipeline.JobError: when Ray cannot start or connect, or cuda is
            asked for on a cluster without GPUs.
    """

    def __init__(self, config: Config, *, address: str | None = None, device: str | None = None,
                 compute_type: str | None = None, device_index: int | list[int] = 0, intra_threads: int = 0,
                 inter_threads: int = 1, cache_dir: Path | None = None, concurrency: int | None = None,
                 batch_rows: int | None = None, num_cpus: int | None = None) -> None:
        import ray

        from ..pipeline import JobError

        if batch_rows is not None and batch_rows < 1:
            raise ValueError("batch_rows must be at least 1")
        self.config = config
        self.address = address
        self.cache_dir = Path(cache_dir) if cache_dir else default_cache_dir()
        self.batch_rows = batch_rows
        self._counters: dict[str, _TokenCounter] = {}
        self._counters_lock = threading.Lock()  # the job's prefetch thread counts tokens too
        self._actors: list[Any] = []
        self._used: set[str] = set()
        self._started = False
        if not ray.is_initialized():
            try:
                if address is None:
                    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # no network
                    ray.init(num_cpus=num_cpus or _machine_cpus(), include_dashboard=False, log_to_driver=False,
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
        self._quiet_ray_data()
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
        if concurrency is None:
            concurrency = 1 if batch_rows is None else max(1, gpus if dev == "cuda" else cpus // self._num_cpus)
        self.concurrency = concurrency
        self._actor_kwargs: dict[str, Any] = dict(device=dev, compute_type=ct, device_index=0,
                                                  intra_threads=intra_threads, inter_threads=inter_threads,
                                                  cache_dir=self.cache_dir)
        log.info("ray engine: %s/%s, %d actor(s), %s", dev, ct, concurrency,
                 "one batch per call" if batch_rows is None else f"{batch_rows} rows per batch")

    @staticmethod
    def _quiet_ray_data() -> None:
        from ray.data import DataContext

        DataContext.get_current().enable_progress_bars = False
        # Ray Data logs every job start and end at INFO: one job per model call would flood the CLI
        if not log.isEnabledFor(logging.DEBUG):
            logging.getLogger("ray.data").setLevel(logging.WARNING)

    # -- the TranslatorPool interface ----------------------------------------------

    @property
    def device(self) -> str:
        return self._device

    @property
    def compute_type(self) -> str:
        return self._compute_type

    def translate(self, texts: list[str], src: str, tgt: str) -> list[str]:
        """Translate along the configured route on the actor pool; one output per input, in order.

        Raises:
            RuntimeError: when the job returns a row count that does not match the input.
        """
        import ray

        route = self.config.route(src, tgt)  # a missing route fails here, as locally
        self._used.update(spec.name for _, _, spec in route)
        if not texts:
            return []
        size = len(texts) if self.batch_rows is None else self.batch_rows
        blocks = -(-len(texts) // size)
        ds = ray.data.from_items([{"i": i, "text": t} for i, t in enumerate(texts)], override_num_blocks=blocks)
        # the tasks only hand batches over: the actors hold the reserved CPUs/GPUs
        ds = ds.map_batches(
            _to_actor,
            batch_size=size,
            batch_format="numpy",
            num_cpus=0,
            fn_kwargs={"actors": self._pool_actors(), "size": size, "src": src, "tgt": tgt},
        )
        out: list[str | None] = [None] * len(texts)
        for row in ds.iter_rows():
            out[int(row["i"])] = str(row["out"])
        missing = sum(o is None for o in out)
        if missing:
            raise RuntimeError(f"ray engine: {missing} of {len(texts)} translations did not come back")
        return [o for o in out if o is not None]

    def _pool_actors(self) -> list[Any]:
        """The actor pool, started on first use."""
        if not self._actors:
            import ray

            cls = ray.remote(num_cpus=self._num_cpus, num_gpus=self._num_gpus)(_TranslateActor)
            self._actors = [cls.remote(self.config, self._actor_kwargs) for _ in range(self.concurrency)]
        return self._actors

    def loaded_models(self) -> list[list[str]]:
        """Per actor, the models it has loaded (for tests and logs)."""
        import ray

        return ray.get([a.loaded.remote() for a in self._actors])

    def _counter(self, src: str, tgt: str) -> _TokenCounter:
        spec = self.config.route(src, tgt)[0][2]
        tc = self._counters.get(spec.name)
        if tc is None:
            with self._counters_lock:
                tc = self._counters.get(spec.name)
                if tc is None:
                    tc = self._counters[spec.name] = _TokenCounter(spec, self.cache_dir)
                    self._used.add(spec.name)
        return tc

    def count_tokens(self, text: str, src: str, tgt: str) -> int:
        """Source tokens of ``text`` for the first model of the route (counted here, not on Ray)."""
        return self._counter(src, tgt).count_tokens(text, src, tgt)

    def max_tokens(self, src: str, tgt: str) -> int:
        """The most source tokens the route's first model takes."""
        return self._counter(src, tgt).max_tokens

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

        if self._actors and ray.is_initialized():
            for a in self._actors:
                ray.kill(a)
        self._actors = []
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
