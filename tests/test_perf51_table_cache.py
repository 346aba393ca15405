"""perf51: the cleaner's syllable tables built once per user and read back (mtpipe/clean/table_cache.py), and the
syllable counts read without the bigram rows: every answer the same, in the same order and of the same types."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from mtpipe.clean import spam_bigrams, spam_namecut, spam_slots, table_cache
from mtpipe.clean.spam_bigrams import CORPUS, SYLLABLES, load_bigrams, load_syllables, pair_count

ROOT = Path(__file__).resolve().parents[1]
PERSISTED = {"spam_bigrams.successors": spam_bigrams.wiki_successors, "spam_bigrams.pairs": spam_bigrams._syllable_pairs,
             "spam_namecut.name_tables": spam_namecut.name_tables}


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MTPIPE_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _same(a, b) -> None:  # type: ignore[no-untyped-def]
    assert type(a) is type(b)
    assert a == b
    if isinstance(a, dict):
        assert list(a) == list(b)  # the same order too (ties are broken by it: spam_namecut.name_tables)
        for k in a:
            _same(a[k], b[k])
    elif isinstance(a, tuple):
        for x, y in zip(a, b):
            _same(x, y)


def _old_load_syllables():  # type: ignore[no-untyped-def]
    """load_syllables as it was before perf51: one pass over every row of the table."""
    flores = load_bigrams()
    uni: Counter[str] = Counter(flores.uni)
    bi: Counter[tuple[str, str]] = Counter(flores.bi)
    cap: Counter[str] = Counter()
    words: set[str] = set()
    with gzip.open(SYLLABLES, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            kind, key, n, *rest = line.rstrip("\n").split("\t")
            if kind == "u":
                uni[key] += int(n)
                cap[key] = int(rest[0])
            elif kind == "b":
                x, _, y = key.partition(" ")
                bi[(x, y)] += int(n)
            elif kind == "w":
                words.add(key)
    return uni, bi, cap, frozenset(words)


@pytest.mark.parametrize("name", sorted(PERSISTED))
def test_table_read_back_equals_built(cache: Path, name: str) -> None:
    fn = PERSISTED[name].__wrapped__  # the cache layer, without lru_cache
    first = fn()  # built and written
    files = list((cache / ".clean").glob(f"{name}-*.marshal"))
    assert len(files) == 1
    second = fn()  # read back
    _same(first, second)
    _same(fn.__wrapped__(), second)  # the builder itself


def test_load_syllables_as_before(cache: Path) -> None:
    uni, bi, cap, words = _old_load_syllables()
    spam_bigrams._syllable_pairs.__wrapped__()  # the file written
    _same(spam_bigrams._syllable_pairs.__wrapped__(), bi)  # read back from it
    got_uni, got_cap, got_words = spam_bigrams.syllable_counts.__wrapped__()
    _same(got_uni, uni)
    _same(got_cap, cap)
    _same(got_words, words)
    model = spam_bigrams.load_syllables()
    assert (model.uni, model.bi, model.cap, model.words, model.total) == (uni, bi, cap, words, sum(uni.values()))


def test_pair_count_is_the_pair_counter() -> None:
    # every pair the counter holds, and every row of the successors' table: the same count both ways
    bi = load_syllables().bi
    for (a, b), n in bi.items():
        assert pair_count(a, b) == n
    for a, row in spam_bigrams.wiki_successors()[0].items():
        for b in row:
            assert (a, b) in bi
    assert pair_count("việt", "nam") > 20000 and pair_count("zzq", "việt") == 0
    assert spam_slots._succ is spam_bigrams.wiki_successors  # the name spam_slots and spam_context read


def test_syllable_counts_stop_at_the_bigram_rows() -> None:
    # the table's layout the early stop relies on (tools/build_vi_syllables.py): words, syllables, then bigrams
    kinds = []
    with gzip.open(SYLLABLES, "rt", encoding="utf-8") as f:
        for line in f:
            k = line[:1]
            if not kinds or kinds[-1] != k:
                kinds.append(k)
    assert kinds == ["#", "w", "u", "b"]


def test_damaged_or_stale_files_are_ignored(cache: Path) -> None:
    fn = spam_slots._succ.__wrapped__
    want = fn()
    (path,) = (cache / ".clean").glob("spam_bigrams.successors-*.marshal")
    good = path.read_bytes()
    for bad in (good[: len(good) // 2], b"", os.urandom(200), good[:-3] + bytes([good[-3] ^ 0xFF]) + good[-2:]):
        path.write_bytes(bad)
        _same(fn(), want)
        assert path.read_bytes() == good  # written again, whole


def test_key_follows_sources_layout_and_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "table.tsv"
    src.write_text("a\t1\n", encoding="utf-8")
    key = table_cache.sources_key("probe", (src, CORPUS))
    assert table_cache.sources_key("other", (src, CORPUS)) != key
    src.write_text("a\t2\n", encoding="utf-8")
    table_cache.sources_key.cache_clear()
    changed = table_cache.sources_key("probe", (src, CORPUS))
    assert changed != key
    monkeypatch.setattr(table_cache, "LAYOUT", table_cache.LAYOUT + 1)
    table_cache.sources_key.cache_clear()
    try:
        assert table_cache.sources_key("probe", (src, CORPUS)) != changed
    finally:
        table_cache.sources_key.cache_clear()


def test_disabled_and_unwritable_caches_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    @table_cache.persisted("probe.table", (CORPUS,))
    def build() -> dict[str, int]:
        calls.append(1)
        return {"b": 2, "a": 1}

    monkeypatch.setenv("MTPIPE_CACHE", str(tmp_path / "on"))
    monkeypatch.setattr(table_cache, "ENABLED", False)
    assert build() == {"b": 2, "a": 1} and build() == {"b": 2, "a": 1} and len(calls) == 2
    assert not (tmp_path / "on").exists()
    monkeypatch.setattr(table_cache, "ENABLED", True)
    assert build() == {"b": 2, "a": 1} and build() == {"b": 2, "a": 1} and len(calls) == 3  # built once, read once
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("MTPIPE_CACHE", str(blocker / "cache"))  # a folder that cannot be made
    _same(build(), {"b": 2, "a": 1})
    assert len(calls) == 4


def test_fresh_processes_write_nothing_on_import_and_read_back(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    env = {**os.environ, "MTPIPE_CACHE": str(cache),
           "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    run = [sys.executable, "-c", "import mtpipe.clean, mtpipe.clean.spam_slots, mtpipe.segment"]
    out = subprocess.run(run, env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert not (cache / ".clean").exists()  # nothing on import
    code = ("from mtpipe.clean import Cleaner\nfrom mtpipe.clean import spam_bigrams as b, spam_slots as s\n"
            "from mtpipe.clean.spam_namecut import name_tables\n"
            "Cleaner().warm()\nm = b.load_syllables()\nsucc, top = s._succ()\ntails, heads = name_tables()\n"
            "print(len(succ), sum(top.values()), len(m.bi), sum(m.bi.values()), m.total, sorted(tails.items()))")
    got = []
    for _ in range(2):  # the first writes the tables, the second reads them back
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
        assert out.returncode == 0, out.stderr[-2000:]
        got.append(out.stdout.strip().splitlines()[-1])
        assert len(list((cache / ".clean").glob("*.marshal"))) == 3
    assert got[0] == got[1]
