"""Shared fixtures: the offline models the suite builds once (cached across runs by content hash)."""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"  # everything the suite reads lives in the repository


def _builder_hash(kind: str) -> str:
    h = hashlib.sha256(kind.encode())
    for p in sorted((REPO / "mtpipe" / "models").rglob("*")) + [REPO / "mtpipe" / "translator.py"]:
        if p.is_file() and p.suffix in (".py", ".txt", ".tsv"):
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:12]


def _prune(root: Path, kind: str, keep: Path, max_age_s: float = 86400.0) -> None:
    """Drop builds of ``kind`` from older builder versions, once they are a day old
    (a younger one may belong to someone else's working copy, in use right now)."""
    if not root.is_dir():
        return
    now = time.time()
    for d in root.glob(f"{kind}-*"):
        if d != keep and d.is_dir() and now - d.stat().st_mtime > max_age_s:
            shutil.rmtree(d, ignore_errors=True)


def _build(kind: str) -> Path:
    from mtpipe.models.build_test import build_test_models

    root = Path(os.environ.get("MTPIPE_TEST_MODELS", REPO / ".cache" / "test-models"))
    final = root / f"{kind}-{_builder_hash(kind)}"
    if (final / "mtpipe.toml").exists():
        return final / "mtpipe.toml"
    _prune(root, kind, keep=final)
    tmp = root / f".{kind}-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        build_test_models(tmp, kind=kind)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    try:
        tmp.rename(final)
    except OSError:  # built concurrently by another process: use theirs
        shutil.rmtree(tmp, ignore_errors=True)
    return final / "mtpipe.toml"


@pytest.fixture(scope="session")
def tiny_models() -> Path:
    """Config of random-weight Marian + NLLB-shaped models covering every pair."""
    return _build("tiny")


@pytest.fixture(scope="session")
def toy_models() -> Path:
    """Config of the trained toy model (ru -> en/zh word substitution, placeholders copied)."""
    return _build("toy")


@pytest.fixture(scope="session")
def hub_repos() -> Path:
    """Tiny copies of the default models' hub repositories (tests/hubrepos.py), built once."""
    import sys

    sys.path.insert(0, str(REPO / "tests"))
    from hubrepos import build_repos

    h = hashlib.sha256()
    for p in (REPO / "tests" / "hubrepos.py", REPO / "tests" / "hubserver.py", REPO / "mtpipe" / "configs" / "default.toml"):
        h.update(p.read_bytes())
    root = Path(os.environ.get("MTPIPE_TEST_MODELS", REPO / ".cache" / "test-models"))
    final = root / f"hubrepos-{h.hexdigest()[:12]}"
    if (final / "facebook").is_dir():
        return final
    _prune(root, "hubrepos", keep=final)
    tmp = root / f".hubrepos-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        build_repos(tmp)
        tmp.rename(final)
    except OSError:  # built concurrently by another process: use theirs
        shutil.rmtree(tmp, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return final


@pytest.fixture()
def fake_hub(hub_repos, monkeypatch):
    """A hub on 127.0.0.1 serving :func:`hub_repos`, reached through ``HF_ENDPOINT``."""
    from hubserver import FakeHub

    hub = FakeHub(hub_repos).start()
    monkeypatch.setenv("HF_ENDPOINT", hub.url)
    monkeypatch.setenv("HF_HUB_OFFLINE", "0")
    monkeypatch.setenv("HF_HUB_DISABLE_TELEMETRY", "1")
    yield hub
    hub.stop()


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The five noisy news seeds (tests/data/seeds, see tests/data/SOURCES)."""
    return DATA / "seeds"


@pytest.fixture(scope="session")
def flores_dir() -> Path:
    """FLORES-200 devtest for rus/vie/eng/zho (tests/data/SOURCES)."""
    return DATA / "flores200-devtest"


@pytest.fixture(scope="session", autouse=True)
def _private_mtpipe_cache(tmp_path_factory):
    """Nothing the suite runs writes into the user's ~/.cache/mtpipe (fetched models, the probe cache)."""
    old = os.environ.get("MTPIPE_CACHE")
    os.environ["MTPIPE_CACHE"] = str(tmp_path_factory.mktemp("mtpipe-cache"))
    yield
    if old is None:
        os.environ.pop("MTPIPE_CACHE", None)
    else:
        os.environ["MTPIPE_CACHE"] = old


_GUARD: list = []  # the run's memory guard (tests/memory_guard.py), while it runs


def pytest_configure(config):
    """Start the memory guard on a copy of the terminal's stderr (pytest captures each test's own)."""
    import memory_guard

    guard = memory_guard.from_environment(os.fdopen(os.dup(2), "w", buffering=1))
    if guard is not None:
        _GUARD.append(guard.start())


def pytest_runtest_logstart(nodeid, location):
    for guard in _GUARD:
        guard.current = nodeid


def pytest_unconfigure(config):
    while _GUARD:
        _GUARD.pop().stop()
