"""Turning downloaded files into a cache folder: a ``pytorch_model.bin`` rewritten as
safetensors (``torch.load(weights_only=True)`` only), a CTranslate2 repository copied as is,
the finished folder put in place, the download folder removed.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

from .hub_files import FetchPlan, _first_line


def _bin_to_safetensors(src: Path, dst: Path) -> None:
    """Rewrite a ``pytorch_model.bin`` as safetensors, reading it only with ``weights_only=True``."""
    import torch
    from safetensors.torch import save_file

    try:
        state = torch.load(str(src), map_location="cpu", weights_only=True)
    except Exception as e:  # corrupt, truncated, or a pickle that is more than tensors
        raise ValueError(f"{src.name} is not a loadable PyTorch checkpoint "
                         f"(torch.load(weights_only=True): {_first_line(e, 100)})") from None
    if isinstance(state, dict) and isinstance(state.get("state_dict"), dict):
        state = state["state_dict"]
    if not isinstance(state, dict) or not state or not all(isinstance(v, torch.Tensor) for v in state.values()):
        raise ValueError(f"{src.name} does not hold a state dict of tensors")
    # tied embeddings share storage; safetensors stores each tensor once and transformers re-ties
    # the others from the config (keep model.shared.weight, the name transformers ties to)
    kept: dict[str, torch.Tensor] = {}
    views: set[tuple[int, int, tuple[int, ...]]] = set()
    storages: set[int] = set()
    order = {k: i for i, k in enumerate(state)}
    for name in sorted(state, key=lambda k: (k != "model.shared.weight", order[k])):
        t = state[name]
        ptr = t.untyped_storage().data_ptr()
        view = (ptr, t.storage_offset(), tuple(t.shape))
        if view in views:  # the same tensor under another name: tied
            continue
        views.add(view)
        # another view of a storage already kept is copied (safetensors refuses shared memory)
        kept[name] = t.clone() if ptr in storages else t.contiguous()
        storages.add(ptr)
    save_file(kept, str(dst), metadata={"format": "pt"})
    src.unlink()


def _install_ct2(partial: Path, plan: FetchPlan, building: Path, meta: dict[str, Any]) -> None:
    import ctranslate2

    building.mkdir(parents=True)
    for f in plan.files:
        shutil.copy2(partial / f, building / f)
    meta = {"source": f"{plan.hf_id}@{plan.commit}", "format": "CTranslate2, as published",
            "quantization": "as published", "ctranslate2": ctranslate2.__version__, **meta}
    (building / "mtpipe-model.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")


def _replace(building: Path, out: Path, force: bool) -> None:
    """Put the finished folder in place; a previous copy is removed only after the rename."""
    if not force and (out / "model.bin").is_file():  # another process finished the same fetch first
        shutil.rmtree(building, ignore_errors=True)
        return
    old = out.with_name(f".{out.name}.old-{os.getpid()}")
    if out.exists():
        out.rename(old)
    building.rename(out)
    shutil.rmtree(old, ignore_errors=True)


def _discard(partial: Path) -> None:
    """Remove a download folder, and ``.partial`` itself once empty."""
    shutil.rmtree(partial, ignore_errors=True)
    try:
        partial.parent.rmdir()
    except OSError:
        pass
