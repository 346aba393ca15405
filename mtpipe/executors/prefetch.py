"""Read ahead in a thread: the job prepares the next documents while the model translates.

With ``--workers 1`` the front stages run in this process; :class:`Prefetch` runs
them (through the executor's event stream) in a thread, at most one window
ahead, so reading, cleaning and segmenting overlap the model's work.  The order
of events, and so every window, is unchanged.
"""

from __future__ import annotations

from typing import Any, Iterator

__all__ = ["Prefetch"]


class Prefetch:
    """Run an iterator in a thread, at most ``ahead`` items ahead of the consumer, same order.

    An exception in the iterator is raised to the consumer where the item would have come;
    :meth:`close` (called when the consumer stops early) stops the thread.
    """

    _END = object()

    def __init__(self, items: Iterator[Any], ahead: int) -> None:
        import queue
        import threading

        self._q: Any = queue.Queue(maxsize=ahead)
        self._stop = threading.Event()
        self._items = items
        self._thread = threading.Thread(target=self._run, name="mtpipe-prepare", daemon=True)
        self._thread.start()

    def _put(self, item: Any) -> bool:
        import queue

        while not self._stop.is_set():
            try:
                self._q.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def _run(self) -> None:
        try:
            for item in self._items:
                if not self._put(("item", item)):
                    return
        except BaseException as e:  # handed to the consumer
            self._put(("error", e))
            return
        self._put(("end", None))

    def __iter__(self) -> "Prefetch":
        return self

    def __next__(self) -> Any:
        kind, item = self._q.get()
        if kind == "item":
            return item
        if kind == "error":
            raise item
        raise StopIteration

    def close(self) -> None:
        """Stop the thread, then close the iterator it read (a generator's ``finally`` runs: the
        front workers' futures not yet taken are cancelled); one still inside the iterator after
        5 s (a stage on a long document) is left to end on its own."""
        self._stop.set()
        self._thread.join(timeout=5)
        if not self._thread.is_alive():
            close = getattr(self._items, "close", None)
            if callable(close):
                close()
