"""The job's translation memory on Ray: one actor on the driver's node holds the SQLite memory
(:class:`_TMServer`); the window actors look up and store through it (:class:`_RemoteTM`)."""

from __future__ import annotations

from typing import Any

__all__ = ["start_tm_actor"]


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


def start_tm_actor(tm: Any) -> Any:
    """An actor on this (the driver's) node holding the memory at ``tm.path``; None without a memory."""
    if tm is None:
        return None
    import ray
    from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

    here = ray.get_runtime_context().get_node_id()
    cls = ray.remote(num_cpus=0, scheduling_strategy=NodeAffinitySchedulingStrategy(here, soft=False))(_TMServer)
    return cls.remote(str(tm.path))
