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
