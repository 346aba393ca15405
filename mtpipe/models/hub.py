"""Fetch a model from the Hugging Face hub and convert it into the cache.

What is downloaded, from where, and how it is checked:

1. The model's ``revision`` (a commit hash in the default config) is resolved to a commit.
2. Weights: ``model.safetensors`` (or its shards) on that commit; when the commit has none, the
   hub's safetensors conversion pull request (``refs/pr/N``, opened by the conversion bot) when
   one exists; else ``pytorch_model.bin``, read only with ``torch.load(weights_only=True)`` and
   rewritten as safetensors before conversion. Nothing else is ever downloaded: config and
   tokenizer files come from an allow-list, never ``tf_model.h5``, ``rust_model.ot``,
   ``flax_model.msgpack``, ONNX or other formats; conversion never runs remote code.
3. Every file lands in ``CACHE/.partial/NAME-COMMIT`` (a dropped transfer is resumed with HTTP
   ranges by huggingface_hub; after an interrupted run the files already complete are kept and
   the next run downloads the rest),
   is checked against the size and sha256 the hub lists, and the converted model is written to a
   temporary folder renamed to ``CACHE/NAME`` only when complete. ``mtpipe-model.json`` records
   the repository, revision, commit, licence and the sha256 of every downloaded file.

A ``ct2_id`` (a repository that already holds a CTranslate2 model) is downloaded as is: no
torch, no conversion.

The allow-lists and the choice of weights (:func:`plan_fetch`) are in :mod:`mtpipe.models.hub_files`;
rewriting a ``.bin`` and putting the finished folder in place, in :mod:`mtpipe.models.hub_install`.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import time
from pathlib import Path
from typing import Any, Callable

from ..config import ModelSpec, default_cache_dir
from .hub_files import (  # noqa: F401
    ALLOWED_FILES, CONVERSION_BOT, CT2_FILES, PYTORCH_BIN, SAFETENSORS, SAFETENSORS_INDEX, FetchError, FetchPlan,
    _first_line, plan_fetch,
)
from .hub_install import _bin_to_safetensors, _discard, _install_ct2, _replace  # noqa: F401

__all__ = ["FetchError", "FetchPlan", "fetch", "hub_endpoint", "plan_fetch", "probe_hub", "ALLOWED_FILES"]

#: A file still downloading after this many seconds gets progress lines, one per PROGRESS_EVERY_S.
PROGRESS_AFTER_S = 3.0
PROGRESS_EVERY_S = 5.0


def hub_endpoint() -> str:
    """The hub address: ``HF_ENDPOINT`` or ``https://huggingface.co``."""
    return (os.environ.get("HF_ENDPOINT") or "https://huggingface.co").rstrip("/")


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _mb(n: float) -> str:
    return f"{n / 1e6:.1f} MB"


def _meter(say: Callable[[str], None], name: str) -> type:
    """A progress class for ``hf_hub_download(tqdm_class=...)``: lines only for slow files."""

    class _Meter:
        def __init__(self, *args: Any, total: int | None = None, initial: int = 0, **kwargs: Any) -> None:
            self.total, self.done, self.start = total, initial or 0, time.monotonic()
            self.last = self.start
            self.spoke = False

        def update(self, n: int | None = 1) -> None:
            self.done += n or 0
            now = time.monotonic()
            if now - self.start >= PROGRESS_AFTER_S and now - self.last >= PROGRESS_EVERY_S:
                self.last, self.spoke = now, True
                self._say(now)

        def _say(self, now: float) -> None:
            rate = self.done / max(now - self.start, 1e-9)
            of = f" of {_mb(self.total)}" if self.total else ""
            say(f"downloading {name}: {_mb(self.done)}{of}, {_mb(rate)}/s")

        def close(self) -> None:
            if self.spoke:
                self._say(time.monotonic())

        def __enter__(self) -> "_Meter":
            return self

        def __exit__(self, *exc: Any) -> None:
            self.close()

    return _Meter


def _stderr(msg: str) -> None:
    print(f"mtpipe: {msg}", file=sys.stderr, flush=True)


def fetch(spec: ModelSpec, cache_dir: Path | None = None, quantization: str | None = None,
          force: bool = False, timeout: float = 10.0, progress: Callable[[str], None] | None = None) -> Path:
    """Download ``spec.hf_id`` (or ``spec.ct2_id``) and convert it to CTranslate2 under ``cache_dir/spec.name``.

    Args:
        spec: The model's registry entry (needs ``hf_id`` or ``ct2_id``).
        cache_dir: Target cache (default :func:`mtpipe.config.default_cache_dir`).
        quantization: Stored quantization (``int8`` keeps the cache small); None keeps float32
            and lets the run-time compute type decide.
        force: Re-download and re-convert.
        timeout: Seconds to wait for the hub before giving up.
        progress: Where one-line progress messages go (default: stderr).

    Returns:
        The converted model folder.

    Raises:
        FetchError: one line naming the model, the reason, and how to use a local copy instead.
    """
    cache = Path(cache_dir) if cache_dir else default_cache_dir()
    out = cache / spec.name
    if (out / "model.bin").is_file() and not force:
        return out
    repo = spec.ct2_id or spec.hf_id
    if not repo:
        raise FetchError(f"model '{spec.name}' has no hf_id to fetch; set path = \"...\" to a converted copy")
    local_hint = (f"download {repo} elsewhere and run 'mtpipe models convert HF_DIR {out}', "
                  f"or set path = \"...\" under [models.{spec.name}] in the config")
    if os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in ("1", "true", "yes", "on"):
        raise FetchError(f"cannot fetch '{spec.name}' ({repo}): HF_HUB_OFFLINE is set; {local_hint}")
    try:
        from huggingface_hub import HfApi, hf_hub_download
    except ImportError:
        raise FetchError(f"cannot fetch '{spec.name}': huggingface_hub is not installed; {local_hint}") from None
    # huggingface_hub's metadata call has no short timeout of its own: a hub that accepts the
    # connection and never answers would hang for minutes, so probe it first.
    problem = probe_hub(repo, spec.revision, timeout)
    if problem:
        raise FetchError(f"cannot reach the Hugging Face hub to fetch '{spec.name}' ({repo}): {problem}; "
                         f"{local_hint}")
    say = progress or _stderr
    endpoint = hub_endpoint()
    api = HfApi(endpoint=endpoint)
    try:
        plan = plan_fetch(spec, api, timeout)
    except FetchError as e:
        raise FetchError(f"cannot fetch '{spec.name}': {e}") from None
    except Exception as e:
        kind = type(e).__name__
        if kind == "RepositoryNotFoundError":
            reason = f"repository {repo} not found (or private)"
        elif kind == "RevisionNotFoundError":
            reason = f"revision {spec.revision!r} not found in {repo}"
        else:
            reason = _first_line(e)
        raise FetchError(f"cannot fetch '{spec.name}' ({repo}@{spec.revision}) from the Hugging Face hub "
                         f"({reason}); {local_hint}") from None
    partial = cache / ".partial" / f"{spec.name}-{plan.commit[:12]}"
    building = cache / f".{spec.name}.building-{os.getpid()}"
    size = sum((plan.expected.get(f) or (0, None))[0] or 0 for f in plan.files + plan.weights)
    say(f"fetching {spec.name} from {repo}@{plan.commit[:12]}"
        + (f" (weights from {plan.weights_revision})" if plan.weights_revision not in ("", plan.revision) else "")
        + f": {len(plan.files) + len(plan.weights)} files, {_mb(size)}"
        + (f"; licence {spec.license}" if spec.license else ""))
    try:
        digests = _download(plan, partial, hf_hub_download, endpoint, timeout, say)
    except FetchError as e:
        _discard(partial)
        raise FetchError(f"cannot fetch '{spec.name}': {e}") from None
    except Exception as e:  # network trouble: keep what arrived, the next run resumes it
        raise FetchError(f"cannot fetch '{spec.name}' ({repo}) from the Hugging Face hub ({_first_line(e)}); "
                         f"run the command again to continue (complete files are kept), or {local_hint}") from None
    meta = {"hf_id": repo, "revision": plan.revision, "commit": plan.commit, "license": spec.license or "unknown",
            "files": digests}
    if plan.weights and plan.weights_revision != plan.revision:
        meta.update(weights_revision=plan.weights_revision, weights_commit=plan.weights_commit)
    try:
        shutil.rmtree(building, ignore_errors=True)
        if spec.ct2_id:
            _install_ct2(partial, plan, building, {"family": spec.family, **meta})
        else:
            if plan.from_bin:
                _bin_to_safetensors(partial / PYTORCH_BIN, partial / SAFETENSORS)
            from .convert import convert

            say(f"converting {spec.name} to CTranslate2")
            convert(partial, building, quantization=quantization, force=True, source=f"{repo}@{plan.commit}",
                    extra=meta)
        _replace(building, out, force)
    except (ValueError, RuntimeError, OSError) as e:
        shutil.rmtree(building, ignore_errors=True)
        _discard(partial)
        raise FetchError(f"cannot fetch '{spec.name}': {_first_line(e)}") from None
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    _discard(partial)
    return out


def _download(plan: FetchPlan, partial: Path, hf_hub_download: Callable[..., Any], endpoint: str, timeout: float,
              say: Callable[[str], None]) -> dict[str, dict[str, Any]]:
    """Download the plan's files into ``partial``; their sha256 and size, checked against the hub's."""
    partial.mkdir(parents=True, exist_ok=True)
    digests: dict[str, dict[str, Any]] = {}
    jobs = [(f, plan.commit, plan.revision) for f in plan.files]
    jobs += [(f, plan.weights_commit, plan.weights_revision) for f in plan.weights]
    for name, commit, revision in jobs:
        path = Path(hf_hub_download(plan.hf_id, name, revision=commit, local_dir=partial, endpoint=endpoint,
                                    etag_timeout=timeout, tqdm_class=_meter(say, name)))
        size, sha = plan.expected.get(name, (None, None))
        got_size = path.stat().st_size
        if size is not None and got_size != size:
            raise FetchError(f"{name} from {plan.hf_id}@{revision} is {got_size} bytes, the hub lists {size} "
                             f"(truncated download?)")
        digest = _sha256(path)
        if sha is not None and digest != sha:
            raise FetchError(f"{name} from {plan.hf_id}@{revision} has sha256 {digest[:12]}…, the hub lists "
                             f"{sha[:12]}… (corrupted download)")
        digests[name] = {"sha256": digest, "size": got_size, "revision": revision, "commit": commit}
    return digests


def probe_hub(hf_id: str, revision: str | None = None, timeout: float = 10.0) -> str | None:
    """Ask the hub for ``hf_id``'s revision, waiting at most ``timeout`` seconds per step.

    Returns:
        None when the hub answered (even with an HTTP error: the download reports
        those itself), else a short reason (no connection, timeout).
    """
    import socket
    import urllib.error
    import urllib.parse
    import urllib.request

    url = f"{hub_endpoint()}/api/models/{hf_id}/revision/{urllib.parse.quote(revision or 'main', safe='')}"
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
