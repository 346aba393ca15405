"""Fetch a model from the Hugging Face hub and convert it into the cache."""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

from ..config import ModelSpec, default_cache_dir

__all__ = ["FetchError", "fetch", "hub_endpoint", "probe_hub"]

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
    if os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in ("1", "true", "yes", "on"):
        raise FetchError(f"cannot fetch '{spec.name}' ({spec.hf_id}): HF_HUB_OFFLINE is set; {local_hint}")
    try:
        from huggingface_hub import snapshot_download
    except ImportError:
        raise FetchError(f"cannot fetch '{spec.name}': huggingface_hub is not installed; {local_hint}") from None
    # huggingface_hub's metadata call has no short timeout of its own: a hub that accepts the
    # connection and never answers would hang for minutes, so probe it first.
    problem = probe_hub(spec.hf_id, spec.revision, timeout)
    if problem:
        raise FetchError(f"cannot reach the Hugging Face hub to fetch '{spec.name}' ({spec.hf_id}): {problem}; "
                         f"{local_hint}")
    try:
        with tempfile.TemporaryDirectory(prefix="mtpipe-fetch-") as tmp:
            hf_dir = snapshot_download(
                spec.hf_id, revision=spec.revision, local_dir=tmp, etag_timeout=timeout,
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


def hub_endpoint() -> str:
    """The hub address: ``HF_ENDPOINT`` or ``https://huggingface.co``."""
    return (os.environ.get("HF_ENDPOINT") or "https://huggingface.co").rstrip("/")


def probe_hub(hf_id: str, revision: str | None = None, timeout: float = 10.0) -> str | None:
    """Ask the hub for ``hf_id``'s revision, waiting at most ``timeout`` seconds per step.

    Returns:
        None when the hub answered (even with an HTTP error: the download reports
        those itself), else a short reason (no connection, timeout).
    """
    import socket
    import urllib.error
    import urllib.request

    url = f"{hub_endpoint()}/api/models/{hf_id}/revision/{revision or 'main'}"
    try:
        with urllib.request.urlopen(urllib.request.Request(url, method="GET"), timeout=timeout):
            return None
    except urllib.error.HTTPError:
        return None
    except urllib.error.URLError as e:
        reason = e.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            return f"no answer from {hub_endpoint()} within {timeout:g} s"
        return f"{hub_endpoint()} unreachable ({reason})"
    except (TimeoutError, socket.timeout):
        return f"no answer from {hub_endpoint()} within {timeout:g} s"
    except (OSError, ValueError) as e:
        return f"{hub_endpoint()} unreachable ({type(e).__name__}: {e})"
