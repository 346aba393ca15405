"""Sizing and reaching a Ray cluster for :class:`mtpipe.engines.ray.RayTranslatorPool`.

Plain functions that need no Ray import: the CPUs this process may use, a fast check that
something listens at a cluster address (``ray.init`` itself retries a dead address for a long
time), the default number of actors, and the user's exception inside a ``RayTaskError``.
"""

from __future__ import annotations

import os

__all__ = ["default_actors"]


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
