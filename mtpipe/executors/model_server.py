"""The job's model behind a local socket, for back stages that run in worker processes.

With ``--workers N`` (N > 1) the local executor runs every back stage of a
window in a worker process: translate (grouping, term protection, restore,
verify and retry per strategy), verify, flag and the writing of its outputs.
Only the model and the translation memory stay in the job process, behind a
:class:`ModelServer`: the worker's translate stage is bound to a
:class:`RemoteModel` (:meth:`RemoteModel.engine`, :meth:`RemoteModel.tm`)
whose calls come here as messages.

Windows are served one at a time, in window order, as the job process
translated them before: a window's worker starts (and waits) while the window
before it is served, and gets its turn once that window has made its last
model call, so every model call (its inputs, and what the memory already
holds) is the one a single process makes, and the outputs are the same.  What
the translate stage learns while translating (term-probe results, memory keys)
comes back with the window's last message and goes to the job's stages, and
each window gets what the windows before it learned with its turn, as it
would in one process.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
from concurrent.futures import Future
from typing import Any

__all__ = ["ModelServer", "RemoteModel"]

log = logging.getLogger("mtpipe")

#: Seconds between checks that a window's worker is still on its way (it may have failed first).
_POLL_S = 0.05


class ModelServer:
    """Serves the job's engine and memory to the windows' worker processes, one window at a time.

    Args:
        engine: The job's :class:`~mtpipe.engines.Engine` (this process's model).
        tm: The run's translation memory, or None.
        translate: The job's translate stage (:class:`~mtpipe.stages.translate.Translate`), which
            takes in what a window's stage learned (probe results, memory keys).
    """

    def __init__(self, engine: Any, tm: Any, translate: Any) -> None:
        from multiprocessing.connection import Listener

        self.engine, self.tm, self.translate = engine, tm, translate
        self._authkey = os.urandom(16)
        self._listener = Listener(family="AF_UNIX", authkey=self._authkey)
        self._accepted: queue.Queue[Any] = queue.Queue()
        self._early: dict[int, Any] = {}  # connections of windows whose turn has not come
        self._serving: Any = None  # the connection of the window being served (serve())
        self._closed = False
        # held while a connection is kept (queued, set aside early) and while close() sets _closed:
        # one kept after close() has let the kept ones go would never be closed (its worker waits for good)
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._accept, name="mtpipe-model-server", daemon=True)
        try:
            self._thread.start()
        except BaseException:  # no thread to start: the listening socket (and its file) goes
            self._listener.close()
            raise
        self.calls = 0
        self._tokens_key = _key_of(getattr(engine, "tokens", None))

    def _accept(self) -> None:
        while not self._closed:
            try:
                conn = self._listener.accept()
            except Exception:  # a client that failed the handshake, or the listener closed
                if self._closed:
                    return
                continue
            with self._lock:
                if self._closed:  # accepted while closing: no window of it will be served
                    conn.close()
                    return
                self._accepted.put(conn)

    def remote(self, window: int) -> "RemoteModel":
        """What a worker needs to reach this server for window number ``window`` (picklable)."""
        e = self.engine
        return RemoteModel(self._listener.address, self._authkey, window, getattr(e, "device", None),
                           getattr(e, "compute_type", None), getattr(e, "tokens", None), self.tm is not None,
                           self._tokens_key)

    def serve(self, window: int, fut: "Future[Any]") -> None:
        """Answer window ``window``'s model and memory calls until its worker says it has made its
        last (or fails, or its task ``fut`` ends without having called).  The worker of a later
        window may call already: it waits for its turn (its connection is kept)."""
        with self._lock:
            conn = self._early.pop(window, None)
        while conn is None:
            if self._closed:  # no window is served any more: its worker finds no server and fails
                return
            try:
                conn = self._accepted.get(timeout=_POLL_S)
            except queue.Empty:
                if fut.done():
                    return  # the worker failed before it called: the window's future says why
                continue
            try:
                hello = conn.recv()
            except (EOFError, OSError):
                conn.close()
                conn = None
                continue
            with self._lock:
                if self._closed:  # taken from the queue as close() let the queued ones go: this one too
                    conn.close()
                    return
                if not (isinstance(hello, tuple) and len(hello) == 2 and hello[0] == "hello") or hello[1] < window:
                    conn.close()  # a stale caller
                    conn = None
                elif hello[1] > window:  # a later window, early: its turn comes
                    self._early[hello[1]] = conn
                    conn = None
        with self._lock:
            if self._closed:  # close() came while the connection was taken: it goes too
                conn.close()
                return
            self._serving = conn  # close() ends it (a worker still alive would be served on)
        try:
            # what the windows before it learned (probe results, memory keys): as if it were one process
            conn.send(("go", dict(self.translate.probes.results), dict(self.translate._tm_keys)))
            while not self._closed:  # closed: no model call after close() (the job is going away)
                msg = conn.recv()
                if msg[0] == "done":
                    self._learned(*msg[1:])
                    return
                conn.send(self._answer(msg))
        except (EOFError, OSError):  # the worker died (its future says why), or close() ended the connection
            return
        finally:
            with self._lock:  # closed under the lock: close() never hangs up a descriptor number reused since
                self._serving = None
                conn.close()

    def _answer(self, msg: tuple[Any, ...]) -> tuple[str, Any]:
        kind, args = msg[0], msg[1:]
        try:
            if kind == "through_memory":  # the memory's lookup, the model, the memory's store: one round trip
                from ..stages.translate import through_memory

                self.calls += 1
                return ("ok", through_memory(self.engine, self.tm, *args))
            if kind == "translate":
                self.calls += 1
                return ("ok", self.engine.translate(*args))
            if kind == "lookup":
                return ("ok", self.tm.lookup(*args[:4], legacy_sig=args[4]))
            if kind == "store":
                return ("ok", self.tm.store(*args))
            raise ValueError(f"unknown call {kind!r}")
        except Exception as e:  # raised again in the worker, as it would have been raised here
            return ("error", _picklable(e))

    def _learned(self, probes: dict[Any, Any], tm_keys: dict[Any, str]) -> None:
        from ..term_probes import log_probe

        results = self.translate.probes.results
        for key, probe in probes.items():
            if key not in results:
                results[key] = probe
                log_probe(key[0], key[1], probe)
        for key, value in tm_keys.items():
            self.translate._tm_keys.setdefault(key, value)

    def close(self) -> None:
        import socket

        with self._lock:
            if self._closed:
                return
            self._closed = True
        # wake the accepting thread with a bare connection: it fails the handshake there and the thread
        # ends.  Not a Client: its side of the handshake waits for the server, and a thread that
        # had just accepted a worker's connection ends without accepting it, so close() hung for good
        # (Ctrl-C with --workers: the job never ended)
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as wake:
                wake.settimeout(1)
                wake.connect(self._listener.address)
        except OSError:
            pass
        self._thread.join(timeout=5)
        self._listener.close()
        with self._lock:  # nothing is kept after this (see _lock): every kept connection is let go here
            if self._serving is not None:  # the window being served: serve() sees it end and returns
                _hang_up(self._serving)
            for conn in self._early.values():
                conn.close()
            self._early.clear()
            while not self._accepted.empty():  # windows never served (an interrupted run): their workers stop
                self._accepted.get_nowait().close()


def _hang_up(conn: Any) -> None:
    """End ``conn`` for both sides, also for a thread blocked reading it (closing the descriptor
    would not wake that thread: ``shutdown`` does; the owner closes the descriptor)."""
    import socket

    try:
        with socket.socket(fileno=os.dup(conn.fileno())) as s:
            s.shutdown(socket.SHUT_RDWR)
    except (OSError, ValueError):  # already closed
        pass


def _key_of(tokens: Any) -> str:
    """A key a worker keeps its copy of the token counter under (loaded once per process), or ""."""
    import hashlib
    import pickle

    try:
        return hashlib.sha256(pickle.dumps((type(tokens).__name__, tokens.config, tokens.cache_dir))).hexdigest()
    except Exception:
        return ""


def _picklable(e: BaseException) -> BaseException:
    import pickle

    try:
        pickle.loads(pickle.dumps(e))
        return e
    except Exception:
        return RuntimeError(f"{type(e).__name__}: {e}")


class RemoteModel:
    """A worker's way to the job's model (:class:`ModelServer`): an engine and a memory whose calls
    travel to the job process.  Use as a context manager around the window's translate stage."""

    def __init__(self, address: Any, authkey: bytes, window: int, device: Any, compute_type: Any, tokens: Any,
                 has_tm: bool, tokens_key: str = "") -> None:
        self.address, self.authkey, self.window = address, authkey, window
        self.device, self.compute_type, self.tokens = device, compute_type, tokens
        self.has_tm, self.tokens_key = has_tm, tokens_key
        self._conn: Any = None
        #: what the windows before this one learned (probe results, memory keys), given with its turn
        self.probes: dict[Any, Any] = {}
        self.tm_keys: dict[Any, str] = {}

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "_conn": None}

    def __enter__(self) -> "RemoteModel":
        """Connect, and wait for this window's turn (the window before it has made its last call)."""
        from multiprocessing.connection import Client

        self._conn = Client(self.address, authkey=self.authkey)
        self._conn.send(("hello", self.window))
        _, self.probes, self.tm_keys = self._conn.recv()  # ("go", what the windows before it learned)
        return self

    def done(self, probes: dict[Any, Any], tm_keys: dict[Any, str]) -> None:
        """The window's last model call is made: the job may serve the next one; what it learned goes back."""
        if self._conn is not None:
            try:
                self._conn.send(("done", dict(probes), dict(tm_keys)))
            finally:
                self._conn.close()
                self._conn = None

    def __exit__(self, *exc: object) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _call(self, *msg: Any) -> Any:
        if self._conn is None:
            raise RuntimeError("the window's model calls are over")
        self._conn.send(msg)
        kind, value = self._conn.recv()
        if kind == "error":
            raise value
        return value

    # -- what the translate stage uses of an engine (mtpipe.engines.Engine) ---------------

    @property
    def engine(self) -> "RemoteModel":
        return self

    def translate(self, texts: list[str], src: str, tgt: str) -> list[str]:
        return self._call("translate", list(texts), src, tgt)  # type: ignore[no-any-return]

    def through_memory(self, key: str, tm_src: str, src: str, tgt: str, legacy: str, texts: list[str]) -> list[str]:
        """:func:`~mtpipe.stages.translate.through_memory` in the job process, with its model and
        memory: one round trip per model call, not three."""
        return self._call("through_memory", key, tm_src, src, tgt, legacy, list(texts))  # type: ignore[no-any-return]

    def count_tokens(self, text: str, src: str, tgt: str) -> int:
        """SentencePiece only, here (:class:`~mtpipe.tokens.RouteTokenCounter`): no call to the job."""
        return self.tokens.count_tokens(text, src, tgt)  # type: ignore[no-any-return]

    def max_tokens(self, src: str, tgt: str) -> int:
        return self.tokens.max_tokens(src, tgt)  # type: ignore[no-any-return]

    # -- and of a translation memory ------------------------------------------------------

    @property
    def tm(self) -> "_RemoteTM | None":
        return _RemoteTM(self) if self.has_tm else None


class _RemoteTM:
    """The job's memory, as the translate stage uses it (``lookup``, ``store``), through a :class:`RemoteModel`."""

    def __init__(self, remote: RemoteModel) -> None:
        self.remote = remote

    def lookup(self, sig: str, src: str, tgt: str, sources: Any, legacy_sig: str | None = None) -> dict[str, str]:
        return self.remote._call("lookup", sig, src, tgt, list(sources), legacy_sig)  # type: ignore[no-any-return]

    def store(self, sig: str, src: str, tgt: str, pairs: dict[str, str]) -> Any:
        return self.remote._call("store", sig, src, tgt, dict(pairs))
