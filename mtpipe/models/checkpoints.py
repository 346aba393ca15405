"""Random-weight Marian checkpoints for the offline test models, saved in Hugging Face format and
converted with :func:`mtpipe.models.convert.convert`; the ``mtpipe.toml`` each build writes.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any


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


def _write_toml(out: Path, text: str) -> Path:
    path = out / "mtpipe.toml"
    path.write_text(text, encoding="utf-8")
    return path
