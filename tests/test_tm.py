from mtpipe.tm import TranslationMemory


def test_store_and_lookup_keyed_by_signature_and_pair(tmp_path):
    tm = TranslationMemory(tmp_path / "x" / "tm.sqlite")
    tm.store("sig1", "ru", "en", {"Привет TERM0": "Hello TERM0"})
    assert tm.lookup("sig1", "ru", "en", ["Привет TERM0", "other"]) == {"Привет TERM0": "Hello TERM0"}
    assert tm.lookup("sig2", "ru", "en", ["Привет TERM0"]) == {}
    assert tm.lookup("sig1", "ru", "zh", ["Привет TERM0"]) == {}
    assert (tm.hits, tm.misses) == (1, 3)
    tm.close()
    again = TranslationMemory(tmp_path / "x" / "tm.sqlite")
    assert len(again) == 1


def test_large_lookup_chunks(tmp_path):
    tm = TranslationMemory(tmp_path / "tm.sqlite")
    pairs = {f"s{i}": f"t{i}" for i in range(1200)}
    tm.store("s", "vi", "en", pairs)
    assert tm.lookup("s", "vi", "en", list(pairs)) == pairs


# -- issue 14: the key is what the model sees; old memories; concurrent writers; damage ----------

import multiprocessing
import sqlite3

import pytest

from mtpipe.tm import model_key


def test_legacy_rows_are_read_and_migrated(tmp_path):
    tm = TranslationMemory(tmp_path / "tm.sqlite")
    tm.store("oldjobsig", "model:m", "en", {"a TERM0": "A TERM0"})
    found = tm.lookup("newkey", "model:m", "en", ["a TERM0", "b"], legacy_sig="oldjobsig")
    assert found == {"a TERM0": "A TERM0"} and tm.migrated == 1
    assert tm.lookup("newkey", "model:m", "en", ["a TERM0"]) == {"a TERM0": "A TERM0"}  # copied under the new key


KEY_CASES = [
    ({"input_side": "model:m", "hops": [{"model": "x", "decoding": {"beam": 1}}], "compute_type": "int8"}, True),
    ({"input_side": "src:ru", "hops": [{"model": "x", "decoding": {"beam": 1}}], "compute_type": "int8"}, False),
    ({"input_side": "model:m", "hops": [{"model": "x", "decoding": {"beam": 2}}], "compute_type": "int8"}, False),
    ({"input_side": "model:m", "hops": [{"model": "x", "decoding": {"beam": 1}}], "compute_type": "float32"}, False),
    ({"input_side": "model:m", "hops": [{"model": "y", "decoding": {"beam": 1}}], "compute_type": "int8"}, False),
]


@pytest.mark.parametrize("args,same", KEY_CASES)
def test_model_key_changes_with_what_the_model_sees(args, same):
    base = model_key("model:m", [{"model": "x", "decoding": {"beam": 1}}], "int8")
    assert (model_key(**args) == base) is same


def test_job_memory_key_ignores_glossary_and_switches(tiny_models, repo_root):
    from mtpipe.pipeline import Job, TranslateOptions

    a = Job.prepare(TranslateOptions(config_path=str(tiny_models), glossary_paths=(str(repo_root / "glossaries"),)))
    b = Job.prepare(TranslateOptions(config_path=str(tiny_models), normalize=False, keep_boilerplate=True,
                                     auto_names=False, formats=("html",)))
    assert a.signature_hash() != b.signature_hash()
    assert a._tm_key("ru", "en", "model:x") == b._tm_key("ru", "en", "model:x")
    assert a._tm_key("ru", "en", "model:x") != a._tm_key("ru", "zh", "model:x")


def _writer(path: str, worker: int, n: int) -> None:
    tm = TranslationMemory(path)
    for i in range(n):
        tm.store("k", "src:ru", "en", {f"w{worker}-{i}-{j}": f"t{worker}-{i}-{j}" for j in range(20)})
        tm.lookup("k", "src:ru", "en", [f"w{1 - worker}-{i}-0"])
    tm.close()


def test_two_processes_writing_one_memory_lose_nothing(tmp_path):
    path = str(tmp_path / "shared.sqlite")
    TranslationMemory(path).close()
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(path, w, 60)) for w in (0, 1)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    tm = TranslationMemory(path)
    assert len(tm) == 2 * 60 * 20
    assert tm.lookup("k", "src:ru", "en", ["w0-59-19", "w1-0-0"]) == {"w0-59-19": "t0-59-19", "w1-0-0": "t1-0-0"}
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("damage", [b"garbage" * 200, b"SQLite format 3\x00" + b"\xff" * 5000, b""])
def test_damaged_memory_is_moved_aside_and_restarted(tmp_path, damage):
    path = tmp_path / "tm.sqlite"
    path.write_bytes(damage)
    warned: list[str] = []
    tm = TranslationMemory(path, warn=warned.append)
    tm.store("k", "s", "t", {"a": "b"})
    assert tm.lookup("k", "s", "t", ["a"]) == {"a": "b"}
    if damage:
        assert warned and "damaged translation memory" in warned[0]
        assert list(tmp_path.glob("tm.sqlite.damaged-*"))
