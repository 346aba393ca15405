"""Build the offline models the tests and benchmarks run on, from nothing.

Kinds (each writes ``OUT/mtpipe.toml``, a config ``mtpipe translate --config`` takes):

* ``tiny``: random-weight Marian (ru→en, vi→en, en→zh) and NLLB-architecture
  (M2M100) models, d_model 64, with real SentencePiece vocabularies trained on
  the corpora shipped in ``mtpipe/models/data``; every pair mtpipe routes is covered.
  Random weights produce nonsense, and they drop placeholders: what the glossary's
  verification and fallback are tested against.
* ``toy``: a small Marian model *trained* here (a couple of minutes on 2 cores)
  on word-by-word substitution from the made-up lexicon ``toy_lexicon.tsv``:
  Russian → English (lower case, space-joined, ``.`` kept) and
  Russian → Chinese (words joined without spaces, ``。``), one model for both
  targets chosen by a ``>>en<<``/``>>zh<<`` token in front of the source (as
  OPUS-MT multi-target models do).  Latin codes, names and numbers
  (:func:`toy_code`: ``KQZ12``, ``Velmor``, ``2024``) are copied through, as a real
  model copies what it does not translate; placeholders are not in its training
  data nor in its vocabulary, so ``TERM1`` reaches it as several pieces
  (``▁T``, ``E``, ``R``, ``M``, ``1``) and comes through only as far as the model
  learned to copy such pieces.  Its output is known exactly, so end-to-end tests
  can assert it.
* ``full``: a random-weight Marian model with OPUS-MT base dimensions (d_model 512,
  6+6 layers, 8 heads, FFN 2048, vocabulary ~32k) for realistic benchmark compute.

Everything is seeded; checkpoints are saved in Hugging Face format (``hf/``) and
converted with :func:`mtpipe.models.convert.convert`, the same path a user's
models take.  Needs the ``convert`` extra (transformers, torch).

Here: :func:`build_test_models` and the random-weight ``tiny`` and ``full`` builders.  Their parts
are in :mod:`mtpipe.models.vocab` (SentencePiece) and :mod:`mtpipe.models.checkpoints` (Marian
checkpoints, conversion); the toy task in :mod:`mtpipe.models.toy_task`, its training in
:mod:`mtpipe.models.build_toy`; :func:`mangle_placeholders` in :mod:`mtpipe.models.mangle`.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from .build_toy import TOY, _build_toy, toy_copies_placeholders  # noqa: F401
from .checkpoints import _marian_checkpoint, _save_and_convert, _write_toml
from .mangle import mangle_placeholders  # noqa: F401
from .toy_task import toy_code, toy_lexicon, toy_sentence, toy_source, toy_translate  # noqa: F401
from .vocab import DATA, _corpus, _train_spm  # noqa: F401

__all__ = ["build_test_models", "KINDS", "toy_lexicon", "toy_translate", "toy_sentence", "toy_code",
           "mangle_placeholders"]

KINDS = ("tiny", "toy", "full")
TOY_SEEDS = 4  # seeds tried for a toy model that copies placeholders (see build_test_models)
NLLB_LANGS = {"ru": "rus_Cyrl", "vi": "vie_Latn", "en": "eng_Latn", "zh": "zho_Hans"}


def build_test_models(out_dir: str | Path, kind: str = "tiny", seed: int = 0) -> Path:
    """Build the ``kind`` test models into ``out_dir``.

    Returns:
        The path of the written ``mtpipe.toml``.

    Raises:
        ValueError: for an unknown kind.
        RuntimeError: when the toy model fails its own exactness check.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r} (choose from {', '.join(KINDS)})")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    import torch
    import transformers

    # no progress bars from loading and saving checkpoints in the middle of the CLI's output
    transformers.utils.logging.disable_progress_bar()
    transformers.utils.logging.set_verbosity_error()
    torch.manual_seed(seed)
    random.seed(seed)
    if kind == "tiny":
        return _build_tiny(out, seed)
    if kind == "toy":
        # The toy model must carry a glossary's placeholders into both targets (the term strategies' tests rest on
        # it), but the placeholder shapes are never in its training data: whether it copies them is generalisation,
        # and the same seed (a deterministic build on one machine) generalises differently on another machine: seed 0
        # passed on the CI machine of 2026-12-02 and failed on a workstation the same day.  The next seeds are tried,
        # in order, until a build passes.
        for attempt in range(TOY_SEEDS):
            for p in list(out.iterdir()) if attempt else ():  # a fresh folder for the next seed
                shutil.rmtree(p) if p.is_dir() else p.unlink()
            torch.manual_seed(seed + attempt)
            random.seed(seed + attempt)
            path = _build_toy(out, seed + attempt)
            if all(toy_copies_placeholders(path).values()):
                return path
        raise RuntimeError(f"no toy model of seeds {seed}..{seed + TOY_SEEDS - 1} copies placeholders into en and zh")
    return _build_full(out, seed)


TINY = {"d_model": 64, "layers": 2, "heads": 4, "ffn": 128}


def _build_tiny(out: Path, seed: int) -> Path:
    from transformers import M2M100Config, M2M100ForConditionalGeneration, NllbTokenizer

    spm_dir = out / "spm"
    spm_dir.mkdir(exist_ok=True)
    sizes = {"ru": 1500, "vi": 1500, "en": 1500, "zh": 4000}  # Chinese needs room for its characters
    spms = {lang: _train_spm([_corpus(lang)], spm_dir / lang, n) for lang, n in sizes.items()}
    models = {}
    for name, (src, tgt, extra) in {"marian-ru-en": ("ru", "en", []), "marian-vi-en": ("vi", "en", []),
                                    "marian-en-zh": ("en", "zh", [">>zh<<"])}.items():
        model, _, _ = _marian_checkpoint(out / "hf" / name, spms[src], spms[tgt], TINY, extra)
        _save_and_convert(model, out / "hf" / name, out / name)
        models[name] = (src, tgt)
    # NLLB-shaped: one multilingual BPE vocabulary, real NLLB language tokens
    hf = out / "hf" / "nllb-tiny"
    hf.mkdir(parents=True, exist_ok=True)
    _train_spm([_corpus(lang) for lang in ("ru", "vi", "en", "zh")], hf / "sentencepiece.bpe", 6000,
               model_type="bpe", nllb_ids=True)
    codes = list(NLLB_LANGS.values())
    # transformers 5: the fast NllbTokenizer built from only the spm drops the codes unless given
    tok = NllbTokenizer.from_pretrained(str(hf), additional_special_tokens=codes, src_lang="rus_Cyrl",
                                        tgt_lang="zho_Hans")
    missing = [c for c in codes if tok.convert_tokens_to_ids(c) == tok.unk_token_id]
    if missing:
        raise RuntimeError(f"NLLB tokenizer lost language codes {missing}")
    tok.save_pretrained(hf)
    cfg = M2M100Config(
        vocab_size=len(tok), d_model=64, encoder_layers=2, decoder_layers=2, encoder_attention_heads=4,
        decoder_attention_heads=4, encoder_ffn_dim=128, decoder_ffn_dim=128, max_position_embeddings=256,
        pad_token_id=tok.pad_token_id, bos_token_id=tok.bos_token_id, eos_token_id=tok.eos_token_id,
        decoder_start_token_id=tok.eos_token_id, scale_embedding=True, tokenizer_class="NllbTokenizer", dropout=0.0,
    )
    _save_and_convert(M2M100ForConditionalGeneration(cfg), hf, out / "nllb-tiny")
    toml = f"""# Offline test models built by `mtpipe models build-test --kind tiny --seed {seed}`.
# Random weights: the output is nonsense by design; the flow is real.
[run]
device = "cpu"
compute_type = "int8"

[decoding]
beam_size = 1
max_decoding_length = 24
max_batch_tokens = 4096

[models.marian-ru-en]
family = "marian"
path = "marian-ru-en"
max_input_length = 256
max_position = 256

[models.marian-vi-en]
family = "marian"
path = "marian-vi-en"
max_input_length = 256
max_position = 256

[models.marian-en-zh]
family = "marian"
path = "marian-en-zh"
max_input_length = 256
max_position = 256
target_prefix_tokens = {{ zh = ">>zh<<" }}

[models.nllb-tiny]
family = "nllb"
path = "nllb-tiny"
max_input_length = 256
max_position = 256

[routes]
"ru-en" = "marian-ru-en"
"vi-en" = "marian-vi-en"
"en-zh" = "marian-en-zh"
"ru-zh" = "nllb-tiny"
"vi-zh" = "nllb-tiny"
"zh-en" = "nllb-tiny"
"""
    return _write_toml(out, toml)


# -- full --------------------------------------------------------------------------

FULL = {"d_model": 512, "layers": 6, "heads": 8, "ffn": 2048}


FULL_VOCAB = 32000


def _build_full(out: Path, seed: int) -> Path:
    """OPUS-MT base shape.  The shipped corpora support only ~7k source and ~3.5k
    target pieces (hard_vocab_limit off lets SentencePiece stop there), so the shared
    vocabulary is padded to exactly 32,000 entries with made-up pieces ``<xN>`` that
    never occur in text: the embedding and output-projection compute match a real
    OPUS-MT model, the tokenization of real text is that of a smaller vocabulary."""
    import sentencepiece as spm

    spm_dir = out / "spm"
    spm_dir.mkdir(exist_ok=True)
    src = _train_spm([_corpus("ru"), _corpus("vi")], spm_dir / "src", 8000, hard_limit=False)
    tgt = _train_spm([_corpus("en")], spm_dir / "tgt", 6000, hard_limit=False)
    pieces: set[str] = set()
    for f in (src, tgt):
        sp = spm.SentencePieceProcessor(model_file=str(f))
        pieces.update(sp.id_to_piece(i) for i in range(sp.get_piece_size()))
    extra = [f"<x{i}>" for i in range(FULL_VOCAB - 1 - len(pieces))]  # 1: <pad>, added last
    hf = out / "hf" / "full"
    model, _, _ = _marian_checkpoint(hf, src, tgt, FULL, extra, max_position=512)
    _save_and_convert(model, hf, out / "marian-full")
    toml = f"""# Random-weight model with OPUS-MT base dimensions (`build-test --kind full --seed {seed}`), for benchmarks.
[run]
device = "auto"
compute_type = "auto"

[decoding]
beam_size = 1
max_decoding_length = 32
min_decoding_length = 32
max_batch_tokens = 4096

[models.marian-full]
family = "marian"
path = "marian-full"
max_input_length = 256
max_position = 512

[routes]
"ru-en" = "marian-full"
"vi-en" = "marian-full"
"""
    return _write_toml(out, toml)
