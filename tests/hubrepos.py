"""Tiny random-weight copies of the default models' hub repositories, for :mod:`hubserver`.

What the real repositories hold, and where that was learned (the hub itself is out of reach
here, so every fact below comes from public files that quote it):

``Helsinki-NLP/opus-mt-ru-en`` (licence CC-BY-4.0, per the model card as quoted in a public
licensing record, ADR-0008 of an app's ``docs``): ``config.json``, ``vocab.json``, ``source.spm``,
``target.spm`` (download scripts fetching ``resolve/main/{config.json,vocab.json,target.spm,
source.spm}``), ``rust_model.ot`` (rust-bert's resource table,
``resolve/main/rust_model.ot``), ``pytorch_model.bin``, ``tf_model.h5``, ``tokenizer_config.json``.
Config (quoted by an app's translation manifest for this model): ``vocab_size`` 62518,
``pad_token_id`` = ``decoder_start_token_id`` = 62517 (``<pad>`` is the last id), ``eos_token_id``
0, ``d_model`` 512. Whether ``main`` carries ``model.safetensors`` today is not known from here;
this copy has it, with the other formats beside it (the repository "with extra formats").

``Helsinki-NLP/opus-mt-vi-en``: ``config.json``, ``pytorch_model.bin``, ``source.spm``,
``target.spm``, ``tokenizer_config.json``, ``vocab.json`` (a downloader's list of
``resolve/main/...`` URLs). No safetensors and no conversion pull request is known: this copy is
the bin-only repository (Helsinki-NLP/Opus-MT#108 asks for safetensors on such repos).

``Helsinki-NLP/opus-mt-en-zh`` (model card licence apache-2.0, same ADR record):
``pytorch_model.bin`` on ``main`` (a C# model table downloads ``resolve/main/pytorch_model.bin``),
``source.spm``, ``vocab.json``; ``model.safetensors`` on the conversion pull request
``refs/pr/26`` (two public projects download ``resolve/refs%2Fpr%2F26/model.safetensors``).
Config (quoted in several public files): ``vocab_size`` 65001, ``pad_token_id`` =
``decoder_start_token_id`` = 65000, ``eos_token_id`` = ``bos_token_id`` = 0, ``d_model`` 512,
6 + 6 layers, 8 heads, ffn 2048, ``activation_function`` swish, ``scale_embedding``,
``static_position_embeddings``, ``max_position_embeddings`` 512, ``num_beams`` 4,
``tokenizer_config.json`` ``separate_vocabs: false`` (one joint vocabulary, shared embeddings).
Multi-target: the source starts with a ``>>cmn_Hans<<``-style token. Pinned commit
408d9bc410a388e1d9aef112a2daba955b945255 (the snapshot folder quoted by several public projects).

``facebook/nllb-200-distilled-600M`` (CC-BY-NC-4.0): ``pytorch_model.bin``,
``sentencepiece.bpe.model``, ``tokenizer.json`` on ``main`` (a setup script's wget list), no
safetensors on ``main``; ``model.safetensors`` on ``refs/pr/45`` (ToluClassics/mlx-transformers#26).
Config (quoted by public parsers' tests of this release): ``model_type`` m2m_100,
``vocab_size`` 256206, ``d_model`` 1024, 12 + 12 layers, 16 heads, ffn 4096, relu,
``scale_embedding``, ``max_position_embeddings`` 1024, ``bos/pad/eos`` 0/1/2,
``decoder_start_token_id`` 2, ``tokenizer_class`` NllbTokenizer; language codes such as
``rus_Cyrl`` are tokens after the SentencePiece pieces. Pinned commit
f8d333a098d19b4fd9a8b18f94170487ad3f821d (the snapshot folder quoted by several public projects).

The copies keep every one of those settings (special ids, shared vocabulary with ``<pad>``
last, target-language tokens, activation, scaling, positions) and shrink only width, depth and
vocabulary size (SentencePiece models trained on tests/data's FLORES sentences). Files the
fetcher must never take (``tf_model.h5``, ``rust_model.ot``, ``flax_model.msgpack``, ONNX) are a
few random bytes: any request for them fails the tests.
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
from pathlib import Path

DATA = Path(__file__).parent / "data" / "flores200-devtest"
FLORES = {"ru": "rus_Cyrl", "vi": "vie_Latn", "en": "eng_Latn", "zh": "zho_Hans"}
NLLB_CODES = ["eng_Latn", "fra_Latn", "rus_Cyrl", "vie_Latn", "zho_Hans", "zho_Hant"]
#: Marian: real 512 wide, 6 + 6 layers, 8 heads, ffn 2048 -> scaled (heads kept)
MARIAN_DIMS = {"d_model": 64, "layers": 2, "heads": 8, "ffn": 128}
#: NLLB-200-distilled-600M: 1024 wide, 12 + 12 layers, 16 heads, ffn 4096 -> scaled (heads kept)
NLLB_DIMS = {"d_model": 64, "layers": 2, "heads": 16, "ffn": 128}
EXTRA_FORMATS = ("tf_model.h5", "rust_model.ot", "flax_model.msgpack", "onnx/encoder_model.onnx")
README = "---\nlicense: {license}\ntags:\n- translation\n---\n\n# {repo} (tiny test copy)\n"
GITATTRIBUTES = "*.bin filter=lfs diff=lfs merge=lfs -text\n*.safetensors filter=lfs diff=lfs merge=lfs -text\n"

#: repo id -> (kind, src, tgt, main layout, pull request number with safetensors or None, licence)
REPOS = {
    "Helsinki-NLP/opus-mt-ru-en": ("marian", "ru", "en", "safetensors+extra", None, "cc-by-4.0"),
    "Helsinki-NLP/opus-mt-vi-en": ("marian", "vi", "en", "bin", None, "apache-2.0"),
    "Helsinki-NLP/opus-mt-en-zh": ("marian", "en", "zh", "bin+extra", 26, "apache-2.0"),
    "facebook/nllb-200-distilled-600M": ("nllb", None, None, "bin", 45, "cc-by-nc-4.0"),
}
#: an already converted CTranslate2 repository (``ct2_id``), made from the vi-en copy
CT2_REPO = "test-org/opus-mt-vi-en-ct2"
#: broken copies of the bin-only layout (fetch must fail in one line and leave the cache clean)
BROKEN = {"test-org/truncated-bin": "truncated", "test-org/garbage-bin": "garbage"}


def _lines(lang: str) -> list[str]:
    return (DATA / f"{FLORES[lang]}.devtest").read_text(encoding="utf-8").splitlines()


def _spm(sentences: list[str], prefix: Path, vocab: int, nllb: bool = False) -> Path:
    import sentencepiece as spm

    ids = dict(bos_id=0, pad_id=1, eos_id=2, unk_id=3) if nllb else dict(bos_id=-1, eos_id=0, unk_id=1, pad_id=-1)
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(sentences), model_prefix=str(prefix), vocab_size=vocab, hard_vocab_limit=False,
        model_type="bpe" if nllb else "unigram", character_coverage=0.9995, num_threads=1, minloglevel=2,
        input_sentence_size=0, shuffle_input_sentence=False, **ids)
    return prefix.with_suffix(".model")


def _marian(hf: Path, src: str, tgt: str, work: Path):  # type: ignore[no-untyped-def]
    import sentencepiece as spm
    import torch
    from transformers import GenerationConfig, MarianConfig, MarianMTModel, MarianTokenizer

    hf.mkdir(parents=True, exist_ok=True)
    sizes = {"zh": 3000}  # Chinese needs room for its characters
    shutil.copy(_spm(_lines(src), work / f"spm-{src}", sizes.get(src, 600)), hf / "source.spm")
    shutil.copy(_spm(_lines(tgt), work / f"spm-{tgt}", sizes.get(tgt, 600)), hf / "target.spm")
    vocab: dict[str, int] = {}
    for f in ("source.spm", "target.spm"):
        sp = spm.SentencePieceProcessor(model_file=str(hf / f))
        for i in range(sp.get_piece_size()):
            vocab.setdefault(sp.id_to_piece(i), len(vocab))
    if tgt == "zh":  # opus-mt-en-zh is multi-target: >>id<< tokens for its target variants
        for t in (">>cmn<<", ">>cmn_Hans<<", ">>cmn_Hant<<", ">>yue_Hans<<", ">>zho_Hans<<"):
            vocab.setdefault(t, len(vocab))
    vocab["<pad>"] = len(vocab)  # the real vocabularies end with <pad>
    (hf / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False, indent=2), encoding="utf-8")
    MarianTokenizer(source_spm=str(hf / "source.spm"), target_spm=str(hf / "target.spm"), vocab=str(hf / "vocab.json"),
                    source_lang=src, target_lang=tgt, model_max_length=512, separate_vocabs=False).save_pretrained(hf)
    pad = vocab["<pad>"]
    d = MARIAN_DIMS
    cfg = MarianConfig(
        vocab_size=len(vocab), decoder_vocab_size=len(vocab), d_model=d["d_model"], encoder_layers=d["layers"],
        decoder_layers=d["layers"], encoder_attention_heads=d["heads"], decoder_attention_heads=d["heads"],
        encoder_ffn_dim=d["ffn"], decoder_ffn_dim=d["ffn"], activation_function="swish", max_position_embeddings=512,
        scale_embedding=True, share_encoder_decoder_embeddings=True, pad_token_id=pad, decoder_start_token_id=pad,
        eos_token_id=0, bos_token_id=0, forced_eos_token_id=0, dropout=0.1, architectures=["MarianMTModel"],
    )
    torch.manual_seed(len(vocab))
    model = MarianMTModel(cfg)
    model.generation_config = GenerationConfig(bad_words_ids=[[pad]], bos_token_id=0, decoder_start_token_id=pad,
                                               eos_token_id=0, forced_eos_token_id=0, max_length=512, num_beams=4,
                                               pad_token_id=pad)
    return model


def _nllb(hf: Path, work: Path):  # type: ignore[no-untyped-def]
    import torch
    from transformers import GenerationConfig, M2M100Config, M2M100ForConditionalGeneration, NllbTokenizer

    hf.mkdir(parents=True, exist_ok=True)
    sents = [s for lang in ("ru", "vi", "en", "zh") for s in _lines(lang)]
    shutil.copy(_spm(sents, work / "spm-nllb", 4000, nllb=True), hf / "sentencepiece.bpe.model")
    tok = NllbTokenizer.from_pretrained(str(hf), additional_special_tokens=NLLB_CODES, src_lang="eng_Latn",
                                        tgt_lang="zho_Hans", model_max_length=1024)
    if any(tok.convert_tokens_to_ids(c) == tok.unk_token_id for c in NLLB_CODES):
        raise RuntimeError("the tiny NLLB tokenizer lost its language codes")
    tok.save_pretrained(hf)
    d = NLLB_DIMS
    cfg = M2M100Config(
        vocab_size=len(tok), d_model=d["d_model"], encoder_layers=d["layers"], decoder_layers=d["layers"],
        encoder_attention_heads=d["heads"], decoder_attention_heads=d["heads"], encoder_ffn_dim=d["ffn"],
        decoder_ffn_dim=d["ffn"], activation_function="relu", max_position_embeddings=1024, scale_embedding=True,
        pad_token_id=1, bos_token_id=0, eos_token_id=2, decoder_start_token_id=2, tokenizer_class="NllbTokenizer",
        dropout=0.1, attention_dropout=0.1, architectures=["M2M100ForConditionalGeneration"],
    )
    torch.manual_seed(7)
    model = M2M100ForConditionalGeneration(cfg)
    model.generation_config = GenerationConfig(bos_token_id=0, decoder_start_token_id=2, eos_token_id=2,
                                               max_length=200, pad_token_id=1)
    return model


def _save(model, ref: Path, weights: str) -> None:  # type: ignore[no-untyped-def]
    """Config and weights as ``safetensors`` (save_pretrained) or ``bin`` (torch.save of the state dict)."""
    import torch

    model.save_pretrained(ref)  # config.json, generation_config.json, model.safetensors
    if weights == "bin":
        (ref / "model.safetensors").unlink()
        torch.save(model.state_dict(), ref / "pytorch_model.bin")


def _extra_formats(ref: Path, seed: str) -> None:
    rng = random.Random(seed)
    for name in EXTRA_FORMATS:
        (ref / name).parent.mkdir(parents=True, exist_ok=True)
        (ref / name).write_bytes(bytes(rng.randrange(256) for _ in range(4096)))


def _discussions(repo: str, num: int) -> list[dict]:
    return [
        {"num": num - 1, "title": "Update README.md", "status": "closed", "author": {"name": "someone"},
         "createdAt": "2023-01-01T00:00:00.000Z", "repo": {"name": repo, "type": "model"}, "isPullRequest": True},
        {"num": num, "title": "Adding `safetensors` variant of this model", "status": "open",
         "author": {"name": "SFconvertbot"}, "createdAt": "2023-06-01T00:00:00.000Z",
         "repo": {"name": repo, "type": "model"}, "isPullRequest": True},
    ]


def _ct2_repo(model, hf: Path, dst: Path, work: Path) -> None:  # type: ignore[no-untyped-def]
    from mtpipe.models.convert import convert

    src = work / "ct2-src"
    shutil.copytree(hf, src)
    model.save_pretrained(src)
    convert(src, dst)
    (dst / "mtpipe-model.json").unlink()  # not part of a published CTranslate2 repository
    (dst / "README.md").write_text(README.format(license="apache-2.0", repo=CT2_REPO), encoding="utf-8")


def build_repos(root: Path) -> Path:
    """Write every repository of :data:`REPOS` and :data:`BROKEN` under ``root`` (see :mod:`hubserver`)."""
    root = Path(root)
    work = root / ".work"
    work.mkdir(parents=True, exist_ok=True)
    bin_only = None
    for repo, (kind, src, tgt, layout, pr, lic) in REPOS.items():
        main = root / repo / "main"
        model = _nllb(main, work) if kind == "nllb" else _marian(main, src, tgt, work)
        _save(model, main, "safetensors" if layout.startswith("safetensors") else "bin")
        (main / "README.md").write_text(README.format(license=lic, repo=repo), encoding="utf-8")
        (main / ".gitattributes").write_text(GITATTRIBUTES, encoding="utf-8")
        if layout.endswith("+extra"):
            _extra_formats(main, repo)
        if pr is not None:  # the conversion bot's ref: main plus model.safetensors
            ref = root / repo / f"refs%2Fpr%2F{pr}"
            shutil.copytree(main, ref)
            model.save_pretrained(work / "pr")
            shutil.copy(work / "pr" / "model.safetensors", ref / "model.safetensors")
            (root / repo / "discussions.json").write_text(json.dumps(_discussions(repo, pr), indent=1))
        if layout == "bin" and kind == "marian":
            bin_only = main
            _ct2_repo(model, main, root / CT2_REPO / "main", work)
    _pose_at_pinned_commits(root)
    for repo, how in BROKEN.items():
        main = root / repo / "main"
        shutil.copytree(bin_only, main)
        data = (main / "pytorch_model.bin").read_bytes()
        if how == "truncated":
            data = data[: len(data) // 2]
        else:
            data = hashlib.sha256(b"garbage").digest() * (len(data) // 32)
        (main / "pytorch_model.bin").write_bytes(data)
    shutil.rmtree(work)
    return root


def _pose_at_pinned_commits(root: Path) -> None:
    """``main`` answers with the commit the bundled default config pins (so the README's
    command, pinned to real commits, resolves against these copies)."""
    import re

    from mtpipe.config import load_config, package_data

    for spec in load_config(package_data("default.toml")).models.values():
        repo = spec.ct2_id or spec.hf_id
        if (root / repo / "main").is_dir() and re.fullmatch(r"[0-9a-f]{40}", spec.revision):
            (root / repo / "main.commit").write_text(spec.revision + "\n")


def commit(root: Path, repo: str, ref: str = "main") -> str:
    """The commit hash :class:`hubserver.FakeHub` gives ``repo``'s ``ref``."""
    from hubserver import FakeHub

    return FakeHub.commit_of(Path(root) / repo / ref.replace("/", "%2F"))
