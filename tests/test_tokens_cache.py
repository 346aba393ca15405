"""The token counter's remembered piece counts (issue 16) are SentencePiece's counts."""

import pickle


def test_remembered_counts_are_the_segmentation_counts(tiny_models, seeds_dir, monkeypatch):
    from mtpipe import tokens
    from mtpipe.config import load_config
    from mtpipe.tokens import RouteTokenCounter

    monkeypatch.setattr(tokens, "COUNT_CACHE", 50)  # emptied several times below
    counter = RouteTokenCounter(load_config(tiny_models))
    texts = [line for p in sorted(seeds_dir.glob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    assert len(texts) > 50
    for src, tgt in (("ru", "en"), ("ru", "zh"), ("vi", "en")):
        tok = counter.tokenizer(src, tgt)
        n_prefix = len(tok.prefix(src, tgt))
        for _ in range(2):  # counted, then remembered (or counted again once emptied)
            for text in texts:
                want = n_prefix + len(tok.sp.encode(text, out_type=str)) + 1
                assert tok.count_tokens(text, src, tgt) == want
                for limit in (want - 1, want):
                    assert tok.at_most(text, src, tgt, limit) == (want <= limit)
        assert 0 < len(tok._counts) <= 50
        copy = pickle.loads(pickle.dumps(tok))  # a worker's copy starts empty
        assert copy._counts == {} and copy.count_tokens(texts[0], src, tgt) == tok.count_tokens(texts[0], src, tgt)
