"""Hugging Face checkpoint -> CTranslate2 model folder.

Imports ctranslate2's converter (which needs transformers and torch, the
``convert`` extra) only when called.
"""

from __future__ import annotations

import contextlib
import json
import warnings
from pathlib import Path
from typing import Any, Iterator

__all__ = ["convert", "detect_family", "missing_files", "REQUIRED_FILES", "SPM_CANDIDATES"]

#: SentencePiece files copied next to the CTranslate2 model, per family.
SPM_CANDIDATES = {"marian": ("source.spm", "target.spm"), "nllb": ("sentencepiece.bpe.model",)}
#: Files a checkpoint must hold besides its weights to be converted and used, per family
#: (Marian's tokenizer reads vocab.json; the SentencePiece models go next to the converted model).
REQUIRED_FILES = {"marian": ("config.json", "vocab.json", *SPM_CANDIDATES["marian"]),
                  "nllb": ("config.json", *SPM_CANDIDATES["nllb"])}


def missing_files(family: str, names: set[str]) -> list[str]:
    """The files of :data:`REQUIRED_FILES` for ``family`` that ``names`` lacks, in order."""
    return [f for f in REQUIRED_FILES[family] if f not in names]


def detect_family(hf_dir: Path) -> str:
    """``marian`` or ``nllb`` from the checkpoint's ``config.json``."""
    try:
        cfg = json.loads((hf_dir / "config.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"{hf_dir}: no config.json (not a Hugging Face checkpoint)") from None
    mtype = cfg.get("model_type", "")
    if mtype == "marian":
        return "marian"
    if mtype in ("m2m_100", "nllb", "nllb-moe"):
        return "nllb"
    raise ValueError(f"{hf_dir}: model_type {mtype!r} is neither Marian nor NLLB/M2M100")


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """No transformers progress bars or tokenizer advice in the middle of mtpipe's own output."""
    try:
        from transformers.utils import logging as hf_logging

        bars = hf_logging.is_progress_bar_enabled()
        hf_logging.disable_progress_bar()
    except ImportError:  # pragma: no cover
        bars = False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        if bars:
            hf_logging.enable_progress_bar()


def convert(hf_dir: str | Path, out_dir: str | Path, quantization: str | None = None, force: bool = False,
            source: str = "", extra: dict[str, Any] | None = None) -> Path:
    """Convert a Marian or NLLB checkpoint to CTranslate2.

    Args:
        hf_dir: Folder with ``config.json``, weights (safetensors preferred) and
            the tokenizer's SentencePiece files.
        out_dir: Where the CTranslate2 model goes.
        quantization: ``int8``, ``int8_float16``, ``float16``, ``float32``... or None.
        force: Overwrite an existing ``out_dir``.
        source: Where the checkpoint came from (hub id), recorded in ``mtpipe-model.json``.
        extra: More facts for ``mtpipe-model.json`` (revision, licence, file digests).

    Returns:
        ``out_dir``.

    Raises:
        ValueError: when the checkpoint is not a supported model or lacks its tokenizer files.
    """
    import ctranslate2

    hf_dir, out_dir = Path(hf_dir), Path(out_dir)
    family = detect_family(hf_dir)
    lacking = missing_files(family, {f for f in REQUIRED_FILES[family] if (hf_dir / f).is_file()})
    if lacking:
        raise ValueError(f"{hf_dir}: missing {', '.join(lacking)} (a {family} checkpoint needs "
                         f"{', '.join(REQUIRED_FILES[family])} beside its weights)")
    copy = list(SPM_CANDIDATES[family])
    # no trust_remote_code: only architectures transformers itself knows are converted
    converter = ctranslate2.converters.TransformersConverter(str(hf_dir), copy_files=copy, trust_remote_code=False)
    with _quiet():
        converter.convert(str(out_dir), quantization=quantization, force=force)
    meta = {"family": family, "source": source or str(hf_dir), "quantization": quantization or "none",
            "ctranslate2": ctranslate2.__version__, **(extra or {})}
    (out_dir / "mtpipe-model.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return out_dir
