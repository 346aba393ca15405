"""py3langid's decoded model in the per-user cache (mtpipe.langid_model): the same answers as py3langid's
own loader; a damaged, stale or foreign file is ignored and written again; a read-only cache falls
back to the plain load; concurrent writers leave one complete file; nothing is written on import."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("py3langid")

from mtpipe import langid_model  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
FLORES = REPO / "tests" / "data" / "flores200-devtest"


@pytest.fixture(scope="module")
def plain():  # type: ignore[no-untyped-def]
    """py3langid's own identifier (its loader, no cache)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MTPIPE_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _cached_file(cache: Path) -> Path:
    files = sorted((cache / ".langid").glob("model-*.bin"))
    assert len(files) == 1, files
    return files[0]


def _texts() -> list[str]:
    out = []
    for name in ("rus_Cyrl", "vie_Latn", "eng_Latn", "zho_Hans"):
        lines = (FLORES / f"{name}.devtest").read_text(encoding="utf-8").splitlines()
        out += lines[::40] + [ln[:12] for ln in lines[5::80]]  # whole sentences and short fragments
    return out + ["", "123", "Добрий день, як справи?", "Нико није ништа рекао.", "Guten Morgen!", "ок"]


def _answers(ident, texts: list[str]) -> list[object]:  # type: ignore[no-untyped-def]
    import copy

    from mtpipe.langid import CYRILLIC_ALL, LATIN_OTHERS

    out: list[object] = []
    for langs in (None, CYRILLIC_ALL, ("en", "vi") + LATIN_OTHERS, ("ru", "uk")):
        one = copy.copy(ident)
        if langs:
            one.set_languages(list(langs))
        out += [(one.classify(t), one.rank(t)) for t in texts]
    return out


def test_same_answers_first_and_mapped(cache: Path, plain) -> None:  # type: ignore[no-untyped-def]
    texts = _texts()
    want = _answers(plain, texts)
    first = langid_model.load_identifier()  # decodes and writes the file
    path = _cached_file(cache)
    mapped = langid_model.load_identifier()  # maps the file
    assert isinstance(mapped.tk_nextmove, memoryview), "the second load must come from the file"
    assert _answers(first, texts) == want
    assert _answers(mapped, texts) == want  # exactly: labels and every probability
    assert path.stat().st_size > 10_000_000


def _load_and_check(cache: Path, plain) -> None:  # type: ignore[no-untyped-def]
    ident = langid_model.load_identifier()
    texts = _texts()[:20]
    assert _answers(ident, texts) == _answers(plain, texts)


@pytest.mark.parametrize("damage", ["truncate", "flip_payload", "garbage", "empty", "header"])
def test_damaged_file_is_ignored_and_rewritten(cache: Path, plain, damage: str) -> None:  # type: ignore[no-untyped-def]
    langid_model.load_identifier()
    path = _cached_file(cache)
    data = bytearray(path.read_bytes())
    key = langid_model._key(langid_model._model_file())
    assert langid_model._read(path, key) is not None
    if damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "flip_payload":
        data[-1000] ^= 0xFF  # one byte of the arrays: the CRC tells
    elif damage == "garbage":
        data = bytearray(os.urandom(4096))
    elif damage == "empty":
        data = bytearray()
    else:
        data[30:40] = b"}}}}}}}}}}"  # the JSON header
    path.write_bytes(bytes(data))
    assert langid_model._read(path, key) is None
    _load_and_check(cache, plain)
    assert langid_model._read(_cached_file(cache), key) is not None  # written again, whole


def test_stale_or_foreign_file_is_ignored(cache: Path, plain, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    langid_model.load_identifier()
    path = _cached_file(cache)
    key = langid_model._key(langid_model._model_file())
    assert langid_model._read(path, "0" * 64) is None  # another model's or another version's key
    # another py3langid version writes under another name, and this one's file is not read for it
    import py3langid

    monkeypatch.setattr(py3langid, "__version__", "999.0")
    other = langid_model._key(langid_model._model_file())
    assert other != key and langid_model.cache_path(other) != path
    # a file of this name whose header names another key (a copy from elsewhere) is not used
    foreign = langid_model.cache_path(other)
    foreign.write_bytes(path.read_bytes())
    assert langid_model._read(foreign, other) is None
    _load_and_check(cache, plain)
    assert langid_model._read(foreign, other) is not None  # rewritten for this key


def test_layout_change_invalidates(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = langid_model._key(langid_model._model_file())
    monkeypatch.setattr(langid_model, "LAYOUT", langid_model.LAYOUT + 1)
    assert langid_model._key(langid_model._model_file()) != key


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_cache_falls_back(cache: Path, plain) -> None:  # type: ignore[no-untyped-def]
    cache.mkdir(parents=True)
    cache.chmod(0o555)
    try:
        _load_and_check(cache, plain)
        assert not (cache / ".langid").exists()
    finally:
        cache.chmod(0o755)


def test_unwritable_cache_falls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, plain) -> None:  # type: ignore[no-untyped-def]
    """A cache path that cannot be a folder (a file is in the way): works, writes nothing (also as root)."""
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("MTPIPE_CACHE", str(blocker))
    ident = langid_model.load_identifier()
    texts = _texts()[:20]
    assert _answers(ident, texts) == _answers(plain, texts)
    assert blocker.read_text() == "not a folder"


def test_xdg_cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MTPIPE_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert langid_model.cache_path("ab" * 32).is_relative_to(tmp_path / "xdg")


_CHILD = """
import sys
from mtpipe.langid_model import load_identifier
print(load_identifier().classify("Привет, как дела у тебя сегодня?")[0])
"""


def test_concurrent_writers(cache: Path, plain) -> None:  # type: ignore[no-untyped-def]
    env = dict(os.environ, MTPIPE_CACHE=str(cache), PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    procs = [subprocess.Popen([sys.executable, "-c", _CHILD], env=env, stdout=subprocess.PIPE, text=True)
             for _ in range(3)]
    outs = [p.communicate(timeout=300)[0].strip() for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0]
    assert outs == ["ru"] * 3
    path = _cached_file(cache)
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left
    key = langid_model._key(langid_model._model_file())
    assert langid_model._read(path, key) is not None
    _load_and_check(cache, plain)


def test_nothing_on_import(tmp_path: Path) -> None:
    env = dict(os.environ, MTPIPE_CACHE=str(tmp_path / "c"), PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    code = "import sys, mtpipe.langid, mtpipe.langid_model; assert 'py3langid' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], env=env, check=True)
    assert not (tmp_path / "c").exists()
