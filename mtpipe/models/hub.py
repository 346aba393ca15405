"""Fetch a model from the Hugging Face hub and convert it into the cache."""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

from ..config import ModelSpec, default_cache_dir

__all__ = ["FetchError", "fetch"]

log = logging.getLogger("mtpipe")


class FetchError(RuntimeError):
    """The hub could not be reached or the download failed (message: one line)."""


def fetch(spec: ModelSpec, cache_dir: Path | None = None, quantization: str | None = None,
          force: bool = False, timeout: float = 10.0) -> Path:
    """Download ``spec.hf_id`` and convert it to CTranslate2 under ``cache_dir/spec.name``.

    Args:
        spec: The model's registry entry (needs ``hf_id``).
        cache_dir: Target cache (default :func:`mtpipe.config.default_cache_dir`).
        quantization: Stored quantization (``int8`` keeps the cache small); None keeps float32
            and lets the run-time compute type decide.
        force: Re-download and re-convert.
        timeout: Seconds to wait for the hub before giving up.

    Returns:
        The converted model folder.

    Raises:
        FetchError: one line naming the model and how to use a local copy instead.
    """
    cache = Path(cache_dir) if cache_dir else default_cache_dir()
    out = cache / spec.name
    if (out / "model.bin").is_file() and not force:
        return out
    if not spec.hf_id:
        raise FetchError(f"model '{spec.name}' has no hf_id to fetch; set path = \"...\" to a converted copy")
    local_hint = (f"download {spec.hf_id} elsewhere and run 'mtpipe models convert HF_DIR {out}', "
                  f"or set path = \"...\" under [models.{spec.name}] in the config")
    os.environ.setdefault("HF_HUB_ETAG_TIMEOUT", str(int(timeout)))
    os.environ.setdefault("HF_HUB_DOWNLOAD_TIMEOUT", str(int(timeout)))
    try:
        from huggingface_hub import snapshot_download
    except ImportError:
        raise FetchError(f"cannot fetch '{spec.name}': huggingface_hub is not installed; {local_hint}") from None
    try:
        with tempfile.TemporaryDirectory(prefix="mtpipe-fetch-") as tmp:
            hf_dir = snapshot_download(
                spec.hf_id, revision=spec.revision, local_dir=tmp,
                allow_patterns=["*.json", "*.spm", "*.model", "*.safetensors", "*.txt"],
            )
            from .convert import convert

            log.info("converting %s to CTranslate2 in %s", spec.hf_id, out)
            convert(hf_dir, out, quantization=quantization, force=True, source=f"{spec.hf_id}@{spec.revision}")
    except Exception as e:  # hub errors come in many classes; all mean the same to the user
        first = (str(e).strip().splitlines() or [type(e).__name__])[0][:160]
        raise FetchError(f"cannot fetch '{spec.name}' ({spec.hf_id}) from the Hugging Face hub "
                         f"({type(e).__name__}: {first}); {local_hint}") from None
    return out
