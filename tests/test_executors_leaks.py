"""What an executor starts is let go when starting the rest fails (mtpipe/executors).

The job's worker processes left their folder of pickled stages behind when the processes could not
be started; the windows' model server kept its accepting thread (and socket) when the thread
serving windows could not start, and its socket when its own thread could not.
"""

from __future__ import annotations

import multiprocessing.connection as mpc
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
