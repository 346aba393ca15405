"""What an executor starts is let go when starting the rest fails (mtpipe/executors).

The job's worker processes left their folder of pickled stages behind when the processes could not
be started; the windows' model server kept its accepting thread (and socket) when the thread
serving windows could not start, and its socket when its own thread could not.
"""

from __future__ import annotations

import multiprocessing.connection as mpc
import os
import tempfile
import threading
import time
from types import SimpleNamespace

import pytest

import mtpipe.executors.workers as workers
from mtpipe.executors.local import _Pooled
from mtpipe.executors.model_server import ModelServer


def test_worker_processes_that_fail_to_start_leave_no_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))

    def no_processes(*args, **kwargs):
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(workers, "ProcessPoolExecutor", no_processes)
    with pytest.raises(OSError):
        workers.FrontWorkers([], 2)
    assert list(tmp_path.glob("mtpipe-front-*")) == []


def _no_thread_named(monkeypatch, name: str) -> None:
    real = threading.Thread.start

    def start(self):
        if self.name == name:
            raise RuntimeError("can't start new thread")
        return real(self)

    monkeypatch.setattr(threading.Thread, "start", start)


def _alive(name: str) -> bool:
    until = time.monotonic() + 10
    while time.monotonic() < until:
        if not any(t.name == name and t.is_alive() for t in threading.enumerate()):
            return False
        time.sleep(0.01)
    return True


def _listeners(monkeypatch) -> list:
    made = []
    real = mpc.Listener

    def listener(*args, **kwargs):
        made.append(real(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(mpc, "Listener", listener)
    return made


def test_a_window_sink_that_fails_to_start_closes_its_model_server(monkeypatch):
    made = _listeners(monkeypatch)
    before = sum(1 for t in threading.enumerate() if t.name == "mtpipe-model-server")
    _no_thread_named(monkeypatch, "mtpipe-serve-windows")
    with pytest.raises(RuntimeError, match="can't start"):
        _Pooled(None, SimpleNamespace(find=lambda name: None), SimpleNamespace(), None, None, 2)
    assert made and made[-1]._listener is None  # closed
    if before == 0:
        assert not _alive("mtpipe-model-server")


def test_a_model_server_whose_thread_fails_to_start_closes_its_socket(monkeypatch):
    made = _listeners(monkeypatch)
    _no_thread_named(monkeypatch, "mtpipe-model-server")
    with pytest.raises(RuntimeError, match="can't start"):
        ModelServer(SimpleNamespace(), None, None)
    assert made and made[-1]._listener is None


def test_a_call_finishing_after_the_actor_queue_closed_starts_no_thread():
    from mtpipe.engines.ray_actors import ActorQueue

    q = ActorQueue(lambda: [])
    q._dispatch_soon()  # a call finished: the dispatching thread started
    assert q._dispatcher is not None
    q.close()
    q._dispatch_soon()  # one more finishing late, on Ray's thread, after the pool closed
    assert q._dispatcher is None
    assert not _alive("mtpipe-ray-dispatch")


class _Stage:  # what the model server reads of the translate stage
    def __init__(self) -> None:
        self.probes = SimpleNamespace(results={})
        self._tm_keys: dict = {}


class _Engine:
    """A model whose calls are counted (each takes a moment, as a real one does)."""

    def __init__(self) -> None:
        self.calls = 0

    def translate(self, texts, src, tgt):
        time.sleep(0.005)
        self.calls += 1
        return list(texts)


def _busy_worker(server: ModelServer, window: int, stop: threading.Event) -> threading.Thread:
    """A window's worker that is alive and keeps calling the model (as one is when the job, not its
    workers, is interrupted: a library caller's KeyboardInterrupt, an error in the job)."""

    def work() -> None:
        try:
            conn = mpc.Client(server._listener.address, authkey=server._authkey)
            conn.send(("hello", window))
            conn.recv()  # its turn
            while not stop.is_set():
                conn.send(("translate", ["a b"], "ru", "en"))
                conn.recv()
        except (EOFError, OSError):
            pass  # the server hung up: the worker fails its window

    t = threading.Thread(target=work, daemon=True)
    t.start()
    return t


def test_closing_the_window_sink_ends_its_serving_thread_and_the_model_calls():
    """`_Pooled.close()` (the run stopped: Ctrl-C, an error) returned while its serving thread went on
    serving the window in flight: the model kept translating for a live worker after the run had closed
    (and the process went on to tear the model down under it). close() must end the serving and wait for
    the thread."""
    from concurrent.futures import Future

    engine = _Engine()
    back = SimpleNamespace(find=lambda name: _Stage())
    sink = _Pooled(None, back, engine, None, None, 2)
    stop = threading.Event()
    fut: Future = Future()
    worker = _busy_worker(sink.server, 1, stop)
    try:
        sink._to_serve.put((1, fut))  # window 1 submitted: its worker is being served
        until = time.monotonic() + 30
        while engine.calls < 3 and time.monotonic() < until:
            time.sleep(0.01)
        assert engine.calls >= 3, "the worker was not served"
        sink.close()
        assert not sink._serving.is_alive(), "close() returned while its thread still serves a window"
        calls = engine.calls
        time.sleep(0.3)
        assert engine.calls == calls, f"{engine.calls - calls} model calls after close() returned"
        worker.join(5)
        assert not worker.is_alive(), "the window's worker was not told the server went away"
    finally:
        stop.set()
        sink.server.close()


def test_closing_the_model_server_ends_the_window_it_serves():
    """ModelServer.close() let the queued and early connections go, not the one being served: serve()
    went on answering that window's model calls after close()."""
    from concurrent.futures import Future

    engine = _Engine()
    server = ModelServer(engine, None, _Stage())
    stop = threading.Event()
    worker = _busy_worker(server, 1, stop)
    serving = threading.Thread(target=server.serve, args=(1, Future()), daemon=True)
    serving.start()
    try:
        until = time.monotonic() + 30
        while engine.calls < 3 and time.monotonic() < until:
            time.sleep(0.01)
        server.close()
        serving.join(5)
        assert not serving.is_alive(), "serve() goes on after close()"
        worker.join(5)
        assert not worker.is_alive()
    finally:
        stop.set()


def _send_big(q, job_pid: int, size: int) -> None:
    """A pool worker's side: SIGINT (Ctrl-C) comes while it writes a large result the job has not read yet."""
    import signal

    from mtpipe.executors.workers import _watch_job

    _watch_job(job_pid)  # what every worker's initializer does
    main = threading.get_ident()
    threading.Timer(0.3, signal.pthread_kill, (main, signal.SIGINT)).start()
    q.put(b"x" * size)  # the pipe fills at once: the rest is written as the job reads, after the signal
    time.sleep(30)


def test_ctrl_c_never_ends_a_worker_in_the_middle_of_a_result():
    """tools/ctrl_c_check.py under load, 1 of 40 tries: the job did not end after Ctrl-C; py-spy showed its
    pool's thread reading a result for ever (no worker left) and the job waiting for that thread in
    ProcessPoolExecutor.shutdown. A worker that ends on SIGINT between the pieces of a large result leaves the
    job reading the rest of it for ever (the job holds the pipe's writing end too). The worker must finish
    the result it is sending, then end (130)."""
    import multiprocessing

    from mtpipe.executors.workers import _start_method

    ctx = multiprocessing.get_context(_start_method())
    q = ctx.SimpleQueue()
    size = 8 << 20
    p = ctx.Process(target=_send_big, args=(q, os.getpid(), size))
    p.start()
    try:
        time.sleep(1.0)  # the signal has come (at 0.3 s) while the result was being written
        got: list = []
        reader = threading.Thread(target=lambda: got.append(q.get()), daemon=True)
        reader.start()
        reader.join(20)
        assert not reader.is_alive(), "the result was cut short: its reader waits for the rest for ever"
        assert got and len(got[0]) == size
        p.join(20)
        assert p.exitcode == 130
    finally:
        if p.is_alive():
            p.kill()
        p.join(5)


def test_a_run_stopped_while_a_window_is_served_finishes_without_waiting_for_its_worker():
    """Ctrl-C (or an error) while the job records windows: `_Pooled.finish()` closed the server and then
    joined its serving thread without a bound, while that thread went on serving a live worker's window
    (its model calls): the run ended only when that worker did. It must end at once."""
    from concurrent.futures import Future

    engine = _Engine()
    sink = _Pooled(None, SimpleNamespace(find=lambda name: _Stage()), engine, None, None, 2)
    stop = threading.Event()
    worker = _busy_worker(sink.server, 1, stop)
    fut: Future = Future()
    sink.inflight.append(("window", [], fut, 1))
    sink._to_serve.put((1, fut))

    def interrupted() -> None:
        raise KeyboardInterrupt

    sink._oldest = interrupted
    ended: list = []

    def finish() -> None:
        try:
            sink.finish()
        except KeyboardInterrupt:
            ended.append(time.monotonic())

    try:
        until = time.monotonic() + 30
        while engine.calls < 3 and time.monotonic() < until:
            time.sleep(0.01)
        t = threading.Thread(target=finish, daemon=True)
        t.start()
        t.join(10)
        assert ended, "finish() still waits for the window's worker"
        assert not sink._serving.is_alive()
    finally:
        stop.set()
        sink.close()
        worker.join(5)
