"""SentencePiece vocabularies for the offline test models, trained on the corpora shipped in
``mtpipe/models/data`` (:mod:`mtpipe.models.build_test` builds the models).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data"


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
