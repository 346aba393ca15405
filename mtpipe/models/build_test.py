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
"""

from __future__ import annotations

import json
import logging
import random
import shutil
import time
from pathlib import Path
from typing import Any

__all__ = ["build_test_models", "KINDS", "toy_lexicon", "toy_translate", "toy_sentence", "toy_code",
           "mangle_placeholders"]

log = logging.getLogger("mtpipe")

DATA = Path(__file__).parent / "data"
KINDS = ("tiny", "toy", "full")
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
        return _build_toy(out, seed)
    return _build_full(out, seed)


# -- SentencePiece ---------------------------------------------------------------


def _train_spm(inputs: list[Path] | list[str], prefix: Path, vocab_size: int, model_type: str = "unigram",
               nllb_ids: bool = False, sentences: list[str] | None = None, hard_limit: bool = True,
               extra_symbols: list[str] = ()) -> Path:
    import sentencepiece as spm

    # no placeholder pieces: a real vocabulary splits TERM1 into pieces, and so does ours
    kwargs: dict[str, Any] = dict(
        model_prefix=str(prefix), vocab_size=vocab_size, model_type=model_type,
        user_defined_symbols=list(extra_symbols), character_coverage=1.0, hard_vocab_limit=hard_limit,
        num_threads=2, minloglevel=2, input_sentence_size=0, shuffle_input_sentence=False,
    )
    if nllb_ids:
        kwargs.update(bos_id=0, pad_id=1, eos_id=2, unk_id=3)
    else:  # Marian: </s>=0, <unk>=1, no <s>; <pad> is appended last to the shared vocab
        kwargs.update(bos_id=-1, eos_id=0, unk_id=1, pad_id=-1)
    if sentences is not None:
        kwargs["sentence_iterator"] = iter(sentences)
    else:
        kwargs["input"] = ",".join(str(p) for p in inputs)
    spm.SentencePieceTrainer.train(**kwargs)
    return prefix.with_suffix(".model")


def _corpus(lang: str) -> Path:
    return DATA / f"corpus.{lang}.txt"


# -- Marian ------------------------------------------------------------------------


def _marian_checkpoint(hf: Path, src_spm: Path, tgt_spm: Path, dims: dict[str, int], extra_tokens: list[str] = (),
                       max_position: int = 256) -> Any:
    """A random-weight MarianMTModel + MarianTokenizer saved in ``hf``; returns the model."""
    import sentencepiece as spm
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    hf.mkdir(parents=True, exist_ok=True)
    shutil.copy(src_spm, hf / "source.spm")
    shutil.copy(tgt_spm, hf / "target.spm")
    vocab: dict[str, int] = {}
    for f in ("source.spm", "target.spm"):
        sp = spm.SentencePieceProcessor(model_file=str(hf / f))
        for i in range(sp.get_piece_size()):
            vocab.setdefault(sp.id_to_piece(i), len(vocab))
    for t in extra_tokens:
        vocab.setdefault(t, len(vocab))
    vocab["<pad>"] = len(vocab)  # CTranslate2's Marian converter wants <pad> last
    (hf / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    tok = MarianTokenizer(source_spm=str(hf / "source.spm"), target_spm=str(hf / "target.spm"),
                          vocab=str(hf / "vocab.json"), model_max_length=max_position)
    tok.save_pretrained(hf)
    cfg = MarianConfig(
        vocab_size=len(vocab), d_model=dims["d_model"], encoder_layers=dims["layers"], decoder_layers=dims["layers"],
        encoder_attention_heads=dims["heads"], decoder_attention_heads=dims["heads"],
        encoder_ffn_dim=dims["ffn"], decoder_ffn_dim=dims["ffn"], max_position_embeddings=max_position,
        pad_token_id=vocab["<pad>"], eos_token_id=vocab["</s>"], decoder_start_token_id=vocab["<pad>"],
        forced_eos_token_id=None, share_encoder_decoder_embeddings=True, dropout=0.0,
    )
    model = MarianMTModel(cfg)
    model.generation_config.forced_eos_token_id = None
    return model, tok, vocab


def _save_and_convert(model: Any, hf: Path, ct2: Path, quantization: str | None = None) -> None:
    from .convert import convert

    model.save_pretrained(hf)
    convert(hf, ct2, quantization=quantization, force=True, source="mtpipe build-test")


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


def _write_toml(out: Path, text: str) -> Path:
    path = out / "mtpipe.toml"
    path.write_text(text, encoding="utf-8")
    return path


# -- toy ---------------------------------------------------------------------------


def toy_lexicon(path: Path | None = None) -> list[tuple[str, str, str]]:
    """The toy lexicon rows ``(ru, en, zh)``."""
    rows = (path or DATA / "toy_lexicon.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return [tuple(r.split("\t")) for r in rows if r.strip()]  # type: ignore[misc]


_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LOWER = _UPPER.lower()
#: prefixes of the placeholder shapes compared on the toy model: never in its training data
_HELD_OUT = ("TERM", "ZX", "ZYQX")


def toy_code(rng: random.Random) -> str:
    """A random Latin token the toy model learns to copy: a code (``KQZ12``), a name (``Velmor``),
    a number (``2024``) or a short mixed token (``b7``); never one of the placeholder shapes."""
    while True:
        kind = rng.random()
        if kind < 0.45:
            code = "".join(rng.choice(_UPPER) for _ in range(rng.randint(2, 5))) + str(rng.randint(0, 99))
        elif kind < 0.7:
            code = rng.choice(_UPPER) + "".join(rng.choice(_LOWER) for _ in range(rng.randint(2, 7)))
        elif kind < 0.85:
            code = str(rng.randint(0, 9999))
        else:
            code = rng.choice(_LOWER) + str(rng.randint(0, 99))
        if not code.upper().startswith(_HELD_OUT):
            return code


def toy_sentence(rng: random.Random, lexicon: list[tuple[str, str, str]], min_words: int = 3, max_words: int = 8,
                 max_terms: int = 3, code: Any = None) -> list[str]:
    """A random toy source sentence as a list of words, without the final period.

    Up to ``max_terms`` tokens that are copied through are inserted: ``TERM0``,
    ``TERM1``... in order of appearance (as the glossary numbers them), or, with
    ``code`` (a function of ``rng``, say :func:`toy_code`), what it returns.
    """
    words: list[Any] = [rng.choice(lexicon)[0] for _ in range(rng.randint(min_words, max_words))]
    n_terms = rng.choice([0, 0, 1, 1, 2, max_terms]) if max_terms else 0
    for _ in range(n_terms):
        words.insert(rng.randint(0, len(words)), None)
    k = 0
    for i, w in enumerate(words):
        if w is None:
            words[i] = code(rng) if code else f"TERM{k}"
            k += 1
    return words


def toy_translate(words: list[str], tgt: str, lexicon: list[tuple[str, str, str]]) -> str:
    """The exact toy translation of a source word list into ``en`` or ``zh`` (words outside the lexicon copied)."""
    table = {ru: (en, zh) for ru, en, zh in lexicon}
    out = [table[w.lower()][0 if tgt == "en" else 1] if w.lower() in table else w for w in words]
    if tgt == "en":
        return " ".join(out) + "."
    return "".join(out) + "。"


def toy_source(words: list[str]) -> str:
    """The toy source sentence text (lower case, final period)."""
    return " ".join(words) + "."


TOY = {"d_model": 128, "layers": 2, "heads": 4, "ffn": 256}


def _build_toy(out: Path, seed: int, max_steps: int = 5000, batch: int = 64, lr: float = 3e-3, warm: int = 100,
               decay: int = 4000, patience: int = 30) -> Path:
    """Train the toy model: a few thousand steps of 64 sentences (several minutes on 2 cores;
    copying codes letter by letter takes longer to learn than substituting words).

    Learning rate ``lr`` after ``warm`` warm-up steps, decaying linearly to 2% at step
    ``decay``; training stops once ``patience`` fresh batches in a row are reproduced
    exactly, and the converted model must then translate 98% of new sentences exactly
    through CTranslate2, or the build fails.
    """
    import sentencepiece as spm
    import torch

    # the matrices are tiny: one thread is as fast as two, and far faster on a busy machine
    torch.set_num_threads(1)
    lex = toy_lexicon()
    shutil.copy(DATA / "toy_lexicon.tsv", out / "lexicon.tsv")
    rng = random.Random(seed)
    # vocabularies: every lexicon word is one piece (user-defined symbols, with the word-start mark
    # for space-separated words), so the task is one token in, one token out
    src_words = sorted({r[0] for r in lex})
    tgt_words = sorted({r[1] for r in lex})
    zh_words = sorted({r[2] for r in lex})
    spm_dir = out / "spm"
    spm_dir.mkdir(exist_ok=True)
    # One vocabulary for both sides (as OPUS-MT's shared vocabularies do), so a copied code is the
    # same pieces in and out.  Latin letters and digits come from the copied codes: single characters
    # or short pieces, as in a real vocabulary trained on Cyrillic-heavy text.
    joint = _train_spm([], spm_dir / "joint", 500, hard_limit=False,
                       extra_symbols=[f"\u2581{w}" for w in sorted(set(src_words) | set(tgt_words))] + zh_words,
                       sentences=[toy_source(toy_sentence(rng, lex, code=toy_code)) for _ in range(2000)]
                       + [toy_translate(toy_sentence(rng, lex, code=toy_code), t, lex)
                          for _ in range(1000) for t in ("en", "zh")])
    hf = out / "hf" / "toy"
    model, tok, vocab = _marian_checkpoint(hf, joint, joint, TOY, [">>en<<", ">>zh<<"], max_position=128)
    sp_src = spm.SentencePieceProcessor(model_file=str(hf / "source.spm"))
    sp_tgt = spm.SentencePieceProcessor(model_file=str(hf / "target.spm"))
    unk = vocab["<unk>"]

    def encode_src(words: list[str], tgt: str) -> list[int]:
        return [vocab[f">>{tgt}<<"]] + [vocab.get(p, unk) for p in sp_src.encode(toy_source(words), out_type=str)] + [vocab["</s>"]]

    def encode_tgt(text: str) -> list[int]:
        return [vocab.get(p, unk) for p in sp_tgt.encode(text, out_type=str)] + [vocab["</s>"]]

    def make_batch(n: int) -> tuple[Any, Any, Any]:
        src, tgt = [], []
        for _ in range(n):
            words = toy_sentence(rng, lex, code=toy_code)
            t = rng.choice(("en", "zh"))
            src.append(encode_src(words, t))
            tgt.append(encode_tgt(toy_translate(words, t, lex)))
        pad = vocab["<pad>"]
        S = max(map(len, src))
        T = max(map(len, tgt))
        ids = torch.tensor([s + [pad] * (S - len(s)) for s in src])
        mask = (ids != pad).long()
        labels = torch.tensor([t + [-100] * (T - len(t)) for t in tgt])
        return ids, mask, labels

    model.train()
    opt = torch.optim.AdamW(model.parameters(), lr=lr, betas=(0.9, 0.98), weight_decay=0.0)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / warm) * max(0.02, 1 - s / decay))
    t0 = time.monotonic()
    # Every batch is fresh random sentences.  When a batch's teacher-forced argmax equals
    # the reference at every position, greedy decoding reproduces all of it exactly; stop
    # after `patience` such batches in a row (patience * batch unseen sentences, all exact).
    perfect = 0
    for step in range(max_steps):
        ids, mask, labels = make_batch(batch)
        res = model(input_ids=ids, attention_mask=mask, labels=labels)
        opt.zero_grad()
        res.loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        with torch.no_grad():
            hit = (res.logits.argmax(-1) == labels) | (labels == -100)
            perfect = perfect + 1 if bool(hit.all()) else 0
        if (step + 1) % 100 == 0:
            log.info("toy model: step %d, loss %.4f, %d perfect batches in a row, %.0f s", step + 1,
                     res.loss.item(), perfect, time.monotonic() - t0)
        if perfect >= patience:
            break
    loss = res.loss.item()
    model.eval()
    _save_and_convert(model, hf, out / "toy")
    toml = f"""# Toy model built by `mtpipe models build-test --kind toy --seed {seed}`: trained on
# word-by-word substitution from lexicon.tsv (ru -> en / zh), copying Latin codes and numbers.
[run]
device = "cpu"
compute_type = "float32"
languages = ["ru", "vi", "en", "zh"]

[decoding]
beam_size = 1
max_decoding_length = 64

[models.toy]
family = "marian"
path = "toy"
max_input_length = 128
max_position = 128
target_prefix_tokens = {{ en = ">>en<<", zh = ">>zh<<" }}

[routes]
"ru-en" = "toy"
"ru-zh" = "toy"
"""
    path = _write_toml(out, toml)
    acc = _toy_accuracy(path, lex, seed)
    (out / "toy-accuracy.json").write_text(json.dumps({"exact": acc, "loss": float(loss), "steps": step + 1}) + "\n")
    if acc < 0.98:
        raise RuntimeError(f"toy model reached only {acc:.1%} exact held-out sentences (need 98%)")
    return path


def _toy_accuracy(config_path: Path, lex: list[tuple[str, str, str]], seed: int, n: int = 200) -> float:
    from ..config import load_config
    from ..translator import TranslatorPool

    pool = TranslatorPool(load_config(config_path))
    rng = random.Random(seed + 12345)
    sents = [toy_sentence(rng, lex, code=toy_code) for _ in range(n)]
    ok = 0
    for tgt in ("en", "zh"):
        outs = pool.translate([toy_source(w) for w in sents], "ru", tgt)
        ok += sum(o == toy_translate(w, tgt, lex) for o, w in zip(outs, sents))
    return ok / (2 * n)


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


# -- a model that mangles placeholders ---------------------------------------------

_CYR = str.maketrans("TERMZXyqxtermz", "ТЕРМЗХукхтермз")


def _renumber(p: str) -> str:
    import re

    return re.sub(r"\d+|[a-z]$", lambda m: str(int(m.group(0)) + 1) if m.group(0).isdigit()
                  else chr(ord(m.group(0)) + 1), p, count=1)


#: What NLLB is reported to do to placeholders of every shape tried (CTranslate2 issue #1798:
#: ``$$$…$$``, ``<1>``, ``11111111`` all came out altered), as rewrites of one placeholder.
_MANGLES = (
    ("drop", lambda p: ""),
    ("split", lambda p: p[:2] + " " + p[2:]),
    ("lower", lambda p: p.lower()),
    ("cyrillic", lambda p: p.translate(_CYR)),
    ("spaced digits", lambda p: " ".join(p)),
    ("renumbered", _renumber),
    ("duplicated", lambda p: p + " " + p),
)
#: every placeholder shape of :mod:`mtpipe.placeholders`, intact
_ANY_PLACEHOLDER = r"TERM\d+|ZX\d+|Zyqx[a-z]+|⟦\d+⟧"


def mangle_placeholders(text: str, key: str = "", keep: float = 0.15) -> str:
    """``text`` with placeholders (``TERM1``, ``ZX1``, ``Zyqxb``, ``⟦1⟧``) rewritten the way NLLB rewrites them.

    Deterministic: the choice for each placeholder depends on ``key`` (say, the
    model input), the placeholder and its position.  A share ``keep`` of them is
    left intact.  Wrap a model's translate function with it to get a model that
    mangles placeholders as NLLB does (tests of the probe, the fallbacks, the leak check).
    """
    import hashlib
    import re

    def sub(m: "re.Match[str]") -> str:
        h = int(hashlib.sha256(f"{key}|{m.group(0)}|{m.start()}".encode()).hexdigest()[:8], 16)
        if (h % 1000) / 1000 < keep:
            return m.group(0)
        return _MANGLES[(h // 1000) % len(_MANGLES)][1](m.group(0))

    return re.sub(_ANY_PLACEHOLDER, sub, text)
