"""The CTranslate2 path on models the suite builds (no fake translator)."""

import re
import time

import pytest

from mtpipe.config import DecodingOptions, load_config
from mtpipe.translator import ModelNotFoundError, Translator, TranslatorPool


@pytest.fixture(scope="module")
def pool(tiny_models):
    return TranslatorPool(load_config(tiny_models))


def test_every_route_translates(pool):
    for src, text in [("ru", "Мэр посетил Чанчунь."), ("vi", "Thị trưởng thăm thành phố."), ("en", "The mayor came."),
                      ("zh", "市长来了。")]:
        for tgt in ("en", "zh"):
            if src == tgt:
                continue
            out = pool.translate([text, ""], src, tgt)
            assert len(out) == 2 and out[0].strip() and out[1] == ""


def test_pivot_route(tiny_models, tmp_path):
    text = tiny_models.read_text().replace('"ru-zh" = "nllb-tiny"', '"ru-zh" = "pivot:en"')
    cfg_path = tiny_models.parent / "pivot.toml"
    cfg_path.write_text(text)
    cfg = load_config(cfg_path)
    assert [m.name for _, _, m in cfg.route("ru", "zh")] == ["marian-ru-en", "marian-en-zh"]
    assert TranslatorPool(cfg).translate(["Мэр посетил Чанчунь."], "ru", "zh")[0]


def test_input_longer_than_the_model_takes_does_not_crash(pool):
    long = "слово " * 2000
    assert pool.count_tokens(long, "ru", "en") > pool.max_tokens("ru", "en")
    assert pool.translate([long], "ru", "en")[0]
    assert pool.translate([long], "ru", "zh")[0]  # NLLB, same limit


@pytest.mark.parametrize("pair", [("ru", "en"), ("ru", "zh")])
@pytest.mark.parametrize("beam", [1, 2])
def test_decoding_longer_than_the_decoder_positions_does_not_crash(pool, pair, beam):
    tr = pool.model(pool.config.route(*pair)[0][2])
    opts = DecodingOptions(beam_size=beam, max_decoding_length=tr.spec.max_position + 100,
                           min_decoding_length=tr.spec.max_position + 100)
    out = tr.translate(["Мэр посетил Чанчунь."], *pair, opts)[0]
    assert out


def test_nllb_language_tokens(pool):
    tr = pool.model(pool.config.route("ru", "zh")[0][2])
    toks = tr.tokenize("Мэр TERM0 посетил.", "ru", "zh")
    assert toks[0] == "rus_Cyrl" and toks[-1] == "</s>" and "TERM0" in "".join(toks)


@pytest.mark.parametrize("pair", [("ru", "en"), ("ru", "zh")])
def test_placeholders_are_split_in_test_vocabularies(pool, pair):
    # as in real OPUS-MT and NLLB vocabularies: no placeholder piece, TERM3 reaches the model in pieces
    tr = pool.model(pool.config.route(*pair)[0][2])
    toks = tr.tokenize("Мэр TERM3 посетил.", *pair)
    assert "TERM3" not in toks and "▁TERM3" not in toks and "TERM3" in "".join(toks)


def test_missing_model_is_one_clear_line(tmp_path):
    from mtpipe.config import ModelSpec

    with pytest.raises(ModelNotFoundError) as e:
        Translator(ModelSpec("absent", "marian", path=str(tmp_path / "nothing")))
    msg = str(e.value)
    assert "\n" not in msg and "absent" in msg and "mtpipe models fetch absent" in msg


def test_fetch_with_unreachable_hub_fails_fast_in_one_line(tmp_path):
    from click.testing import CliRunner

    from mtpipe.cli import main

    env = {"HF_ENDPOINT": "http://127.0.0.1:9", "HF_HUB_ETAG_TIMEOUT": "2", "MTPIPE_CACHE": str(tmp_path)}
    t = time.time()
    res = CliRunner(env=env).invoke(main, ["models", "fetch", "opus-mt-ru-en"])
    assert time.time() - t < 60
    assert res.exit_code == 1
    err = res.output.strip()
    assert len(err.splitlines()) == 1 and "opus-mt-ru-en" in err and "mtpipe models convert" in err


def test_decoding_options_are_applied(pool):
    tr = pool.model(pool.config.route("ru", "en")[0][2])
    short = tr.translate(["Мэр посетил Чанчунь."], "ru", "en", DecodingOptions(beam_size=1, max_decoding_length=3))[0]
    longer = tr.translate(["Мэр посетил Чанчунь."], "ru", "en",
                          DecodingOptions(beam_size=1, max_decoding_length=20, min_decoding_length=20))[0]
    assert len(short) < len(longer)


@pytest.mark.slow
def test_toy_model_output_is_exact_through_ctranslate2(toy_models):
    import random

    from mtpipe.models.build_test import toy_lexicon, toy_sentence, toy_source, toy_translate

    lex = toy_lexicon(toy_models.parent / "lexicon.tsv")
    pool = TranslatorPool(load_config(toy_models))
    rng = random.Random(2024)  # not the builder's own check sentences
    sents = [toy_sentence(rng, lex, max_terms=3) for _ in range(150)]
    assert sum("TERM0" in w for w in sents) > 30
    for tgt in ("en", "zh"):
        outs = pool.translate([toy_source(w) for w in sents], "ru", tgt)
        exact = sum(o == toy_translate(w, tgt, lex) for o, w in zip(outs, sents))
        assert exact >= 0.97 * len(sents), [(o, toy_translate(w, tgt, lex)) for o, w in zip(outs, sents)][:5]
        # placeholders survive, in order, even where a word went wrong
        for o, w in zip(outs, sents):
            assert re.findall(r"TERM\d+", o) == [t for t in w if t.startswith("TERM")], (o, w)
    # both targets from one model, chosen by the target token
    assert pool.model(pool.config.route("ru", "en")[0][2]) is pool.model(pool.config.route("ru", "zh")[0][2])


def test_pieces_only_the_source_side_knows_leave_no_spm_mark(tiny_models):
    """A shared-vocabulary Marian model may emit a source-side piece; no "▁" may reach the text."""
    import sentencepiece as spm

    from mtpipe.translator import SPM_SPACE, decode_pieces

    root = tiny_models.parent / "marian-vi-en"
    src = spm.SentencePieceProcessor(model_file=str(root / "source.spm"))
    tgt = spm.SentencePieceProcessor(model_file=str(root / "target.spm"))
    words = [tgt.id_to_piece(i) for i in range(tgt.get_piece_size())]
    known = [p for p in words if p.startswith(SPM_SPACE) and len(p) > 3 and p[1:].isalpha()][:2]
    foreign = [p for p in (src.id_to_piece(i) for i in range(src.get_piece_size()))
               if p.startswith(SPM_SPACE) and len(p) > 2 and tgt.piece_to_id(p) == tgt.unk_id()][:3]
    assert len(known) == 2 and len(foreign) == 3
    assert SPM_SPACE in tgt.decode(foreign)  # what SentencePiece alone gives back
    pieces = [known[0], foreign[0], foreign[1], known[1], foreign[2]]
    text = decode_pieces(tgt, pieces)
    assert SPM_SPACE not in text
    assert text.split(" ") == [p[1:] for p in pieces]
    assert decode_pieces(tgt, known) == tgt.decode(known)  # pieces the model knows: SentencePiece's own text


def test_no_spm_mark_in_any_tiny_model_output(pool):
    texts = ["Thị trưởng thăm thành phố Bắc Kinh và Thượng Hải.", "Hà Nội, ngày 12 tháng 3 năm 2024."]
    for src, tgt in (("vi", "en"), ("vi", "zh"), ("ru", "en")):
        for out in pool.translate(texts, src, tgt):
            assert "\u2581" not in out
