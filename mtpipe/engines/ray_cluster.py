"""Reaching and sizing a Ray cluster for :class:`mtpipe.engines.ray.RayTranslatorPool`.

* :class:`RaySession`: starts a Ray of the job's own, or joins a cluster (checking that every node
  runs the driver's mtpipe: :func:`check_same_code`); shuts down only the Ray it started;
* :class:`ActorPlacement`: the device and compute type the cluster's resources allow, what each
  translation actor reserves (one GPU, or ``intra_threads`` CPUs) and how many actors there are;
* plain functions that need no Ray import: the CPUs this process may use, a fast check that
  something listens at a cluster address (``ray.init`` itself retries a dead address for a long
  time), the default number of actors, and the user's exception inside a ``RayTaskError``.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from ..errors import JobError

log = logging.getLogger("mtpipe")

__all__ = ["default_actors", "RaySession", "ActorPlacement", "code_fingerprint", "check_same_code"]


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


def default_actors(gpus: int, cpus: int, device: str, intra_threads: int) -> int:
    """One actor per GPU on cuda; otherwise one per ``intra_threads`` CPUs (one when 0); at least 1."""
    if device == "cuda":
        return max(1, gpus)
    return max(1, cpus // max(1, intra_threads))


def _unwrap(e: BaseException) -> BaseException:
    """The user's exception inside a ``RayTaskError`` (its type names the real failure)."""
    cause = getattr(e, "cause", None)
    return cause if isinstance(cause, BaseException) else e


@functools.lru_cache(maxsize=None)
def code_fingerprint(root: str | None = None) -> str:
    """16 hex digits of sha256 over the mtpipe package at ``root`` (default: the one imported): every
    file's path and bytes, code and data alike (byte caches left out)."""
    base = Path(root) if root else Path(__file__).resolve().parents[1]
    h = hashlib.sha256()
    for p in sorted(base.rglob("*")):
        if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".pyc", ".pyo"):
            h.update(p.relative_to(base).as_posix().encode("utf-8", "surrogateescape") + b"\0")
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


def _code_here() -> tuple[str, str, str]:
    """(fingerprint, package folder, host) of the mtpipe a Ray worker imports (run on each node)."""
    import socket

    return code_fingerprint(), str(Path(__file__).resolve().parents[1]), socket.gethostname()


def check_same_code(timeout: float = 120.0) -> None:
    """Fail unless every live node of the connected Ray cluster imports the same mtpipe as this driver.

    The front stages and the translation actors run on the nodes with the mtpipe installed there; one
    of another version (or an edited copy) would translate, clean or segment differently, and a job
    resumed across executors would mix the two.  A node that answers nothing in ``timeout`` seconds
    (every CPU taken by someone else's work) is not checked, with a warning, nor one that has left the
    cluster since ``ray.nodes()`` listed it (a node lost a moment ago is listed alive for a while).

    Raises:
        mtpipe.errors.JobError: naming each node whose mtpipe differs (or could not be imported).
    """
    import ray
    from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

    mine = code_fingerprint()
    here = Path(__file__).resolve().parents[1]
    nodes = [n for n in ray.nodes() if n.get("Alive")]
    probe = ray.remote(num_cpus=0, max_retries=0)(_code_here)
    refs = [probe.options(scheduling_strategy=NodeAffinitySchedulingStrategy(n["NodeID"], soft=False)).remote()
            for n in nodes]
    bad: dict[str, list[str]] = {}  # what differs -> the nodes where it does
    deadline = time.monotonic() + timeout  # one wait for all the nodes, not one per node
    for n, ref in zip(nodes, refs):
        where = f"{n['NodeID'][:12]} ({n.get('NodeManagerAddress', '?')})"
        try:
            fp, path, _host = ray.get(ref, timeout=max(deadline - time.monotonic(), 0.1))
        except ray.exceptions.GetTimeoutError:
            log.warning("Ray node %s did not answer in %.0f s: its mtpipe was not checked", where, timeout)
            continue
        except ray.exceptions.TaskUnschedulableError:
            # the node left the cluster after ray.nodes() listed it (lost mid-run a moment ago, and not yet
            # marked dead): nothing will run there, so there is no code to compare (not "a different mtpipe")
            log.warning("Ray node %s has left the cluster: its mtpipe was not checked, and no work goes there",
                        where)
            continue
        except Exception as e:  # no mtpipe there, or one without this check
            why = str(_unwrap(e)).splitlines()[0] if str(_unwrap(e)) else type(e).__name__
            bad.setdefault(f"cannot run this mtpipe's code ({why[:120]})", []).append(where)
            continue
        if fp != mine:
            bad.setdefault(f"mtpipe at {path}, code {fp}", []).append(where)
    if bad:
        raise JobError(f"the Ray cluster runs a different mtpipe than this driver (mtpipe at {here}, code {mine}): "
                       + "; ".join(f"node{'s' if len(w) > 1 else ''} {', '.join(w)}: {why}" for why, w in bad.items())
                       + ". Its outputs would differ from a local run's, and a resumed job would mix the two: "
                       "install the same mtpipe on every node (or ship it in a runtime_env)")


class RaySession:
    """This job's connection to Ray.

    Args:
        address: Ray cluster address (``auto``, ``ray://host:10001``); None starts a local Ray on
            this machine (no dashboard, bound to 127.0.0.1).
        num_cpus: CPUs of a Ray started here; default the CPUs this process may use.
    """

    def __init__(self, address: str | None = None, num_cpus: int | None = None) -> None:
        self.address = address
        self.num_cpus = num_cpus
        #: True while a Ray this session started runs (then :meth:`close` shuts it down).
        self.started = False

    def open(self) -> bool:
        """Start or join Ray unless this process is already connected; True when it started one here.

        Raises:
            mtpipe.errors.JobError: when Ray cannot start or connect.
        """
        import ray

        if ray.is_initialized():
            return False
        address = self.address
        try:
            if address is None:
                os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # no network
                # "local": a Ray of this job's own, even where RAY_ADDRESS or a running `ray start`
                # cluster would make a bare ray.init() join that (and refuse num_cpus)
                ray.init(address="local", num_cpus=self.num_cpus or _machine_cpus(), include_dashboard=False,
                         log_to_driver=False,
                         logging_level=logging.WARNING, _node_ip_address="127.0.0.1")
            else:
                _check_reachable(address)
                ray.init(address=address, log_to_driver=False)
        except Exception as e:  # ConnectionError, RuntimeError, ValueError... from a bad address
            where = f"at {address}" if address else "locally"
            raise JobError(f"cannot start or reach Ray {where}: {str(e).splitlines()[0] if str(e) else e!r}") \
                from None
        self.started = True
        if address is not None:  # a cluster's nodes have mtpipe installed on their own; a Ray started here has ours
            try:
                check_same_code()
            except BaseException:
                self.close()
                raise
        return True

    def close(self) -> None:
        """Shut Ray down if this session started it (a caller's Ray is left running)."""
        if not self.started:
            return
        self.started = False
        import ray

        if ray.is_initialized():
            ray.shutdown()


@dataclass
class ActorPlacement:
    """Where the translation actors run and what each reserves.

    Attributes:
        device: ``cuda`` or ``cpu``.
        compute_type: The CTranslate2 compute type (``auto`` resolved).
        num_gpus: GPUs each actor reserves (1 on cuda).
        num_cpus: CPUs each actor reserves (1 on cuda; ``intra_threads``, at least 1, on cpu).
        concurrency: How many actors.
        actor_kwargs: What each actor's :class:`~mtpipe.translator.TranslatorPool` is built with.
    """

    device: str
    compute_type: str
    num_gpus: int
    num_cpus: int
    concurrency: int
    actor_kwargs: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def for_cluster(cls, resources: Mapping[str, float], *, device: str, compute_type: str, intra_threads: int,
                    inter_threads: int, cache_dir: Path, concurrency: int | None = None) -> "ActorPlacement":
        """The placement on a cluster with these ``resources`` (``ray.cluster_resources()``).

        ``device`` ``auto`` is cuda when the cluster has GPUs; ``compute_type`` ``auto`` is float16
        on cuda and int8 on cpu; ``concurrency`` None is :func:`default_actors`.

        Raises:
            mtpipe.errors.JobError: cuda asked for on a cluster without GPUs.
        """
        gpus = int(resources.get("GPU", 0))
        cpus = int(resources.get("CPU", 1))
        dev = device
        if dev == "auto":
            dev = "cuda" if gpus else "cpu"
        if dev == "cuda" and not gpus:
            raise JobError("device cuda asked for, but the Ray cluster has no GPU")
        ct = compute_type
        if ct == "auto":
            ct = "float16" if dev == "cuda" else "int8"
        num_cpus = 1 if dev == "cuda" else max(1, intra_threads)
        # on cpu an actor uses the CPUs it reserved (CTranslate2's own default would take every core,
        # and several actors on one node would fight for them)
        threads = intra_threads or (num_cpus if dev == "cpu" else 0)
        return cls(dev, ct, 1 if dev == "cuda" else 0, num_cpus,
                   concurrency or default_actors(gpus, cpus, dev, intra_threads),
                   dict(device=dev, compute_type=ct, device_index=0, intra_threads=threads,
                        inter_threads=inter_threads, cache_dir=cache_dir))

    def start(self, actor_class: type, config: Any) -> list[Any]:
        """Start ``concurrency`` actors of ``actor_class`` (built with ``config`` and
        :attr:`actor_kwargs`), each reserving its GPU or CPUs."""
        import ray

        remote = ray.remote(num_cpus=self.num_cpus, num_gpus=self.num_gpus)(actor_class)
        return [remote.remote(config, self.actor_kwargs) for _ in range(self.concurrency)]
