"""Which files of a Hugging Face repository mtpipe takes, and the error its fetch steps raise.

The allow-lists (config and tokenizer files per family, the files of a CTranslate2 repository),
the choice of weights (``model.safetensors`` or its shards, else the conversion bot's pull request,
else ``pytorch_model.bin``) and the :class:`FetchPlan` that records it; :mod:`mtpipe.models.hub`
downloads what the plan lists.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

from ..config import ModelSpec
from ..errors import FetchError
from .convert import REQUIRED_FILES, missing_files

log = logging.getLogger("mtpipe")

#: Config and tokenizer files taken from a checkpoint repository (weights are chosen apart).
ALLOWED_FILES = {
    "marian": ("config.json", "generation_config.json", "tokenizer_config.json", "special_tokens_map.json",
               "vocab.json", "source.spm", "target.spm"),
    "nllb": ("config.json", "generation_config.json", "tokenizer_config.json", "special_tokens_map.json",
             "tokenizer.json", "sentencepiece.bpe.model"),
}
#: Files of a CTranslate2 model repository (``ct2_id``).
CT2_FILES = ("model.bin", "config.json", "shared_vocabulary.json", "shared_vocabulary.txt", "source_vocabulary.json",
             "source_vocabulary.txt", "target_vocabulary.json", "target_vocabulary.txt", "vocabulary.json",
             "vocabulary.txt", "source.spm", "target.spm", "sentencepiece.bpe.model")
SAFETENSORS = "model.safetensors"
SAFETENSORS_INDEX = "model.safetensors.index.json"
PYTORCH_BIN = "pytorch_model.bin"
_SHARD = re.compile(r"model-\d{5}-of-\d{5}\.safetensors")
#: Author of the hub's automatic safetensors conversion pull requests.
CONVERSION_BOT = "SFconvertbot"


@dataclass
class FetchPlan:
    """What :func:`fetch` downloads for one model.

    Attributes:
        hf_id: The repository.
        revision: The revision asked for (config ``revision``).
        commit: The commit it resolved to (config and tokenizer files come from there).
        files: Config/tokenizer files (or CTranslate2 files) to take from ``commit``.
        weights: Weight files to take from ``weights_commit`` (empty for a CTranslate2 repo).
        weights_revision: ``commit``, or the conversion pull request's ref (``refs/pr/N``).
        weights_commit: The commit of ``weights_revision``.
        expected: File name -> (size or None, sha256 or None) as the hub lists them.
    """

    hf_id: str
    revision: str
    commit: str
    files: list[str]
    weights: list[str] = field(default_factory=list)
    weights_revision: str = ""
    weights_commit: str = ""
    expected: dict[str, tuple[int | None, str | None]] = field(default_factory=dict)

    @property
    def from_bin(self) -> bool:
        return self.weights == [PYTORCH_BIN]


def _expected(info: Any) -> dict[str, tuple[int | None, str | None]]:
    out = {}
    for s in info.siblings or []:
        lfs = getattr(s, "lfs", None)
        out[s.rfilename] = (lfs.size if lfs else s.size, lfs.sha256 if lfs else None)
    return out


def _safetensors_files(names: set[str]) -> list[str]:
    if SAFETENSORS in names:
        return [SAFETENSORS]
    shards = sorted(n for n in names if _SHARD.fullmatch(n))
    return [SAFETENSORS_INDEX] + shards if SAFETENSORS_INDEX in names and shards else []


def plan_fetch(spec: ModelSpec, api: Any, timeout: float = 10.0) -> FetchPlan:
    """Decide which files of ``spec``'s repository to download (see the module docstring).

    Raises:
        FetchError: the repository has no weights mtpipe can use.
    """
    repo = spec.ct2_id or spec.hf_id
    info = api.model_info(repo, revision=spec.revision or "main", files_metadata=True, timeout=timeout)
    names = {s.rfilename for s in info.siblings or []}
    plan = FetchPlan(hf_id=repo, revision=spec.revision or "main", commit=info.sha, files=[],
                     expected=_expected(info))
    if spec.ct2_id:
        if "model.bin" not in names:
            raise FetchError(f"{repo}@{plan.revision} has no model.bin: not a CTranslate2 model (ct2_id)")
        plan.files = [f for f in CT2_FILES if f in names]
        return plan
    plan.files = [f for f in ALLOWED_FILES[spec.family] if f in names]
    if "config.json" not in names:
        raise FetchError(f"{repo}@{plan.revision} has no config.json: not a Hugging Face checkpoint")
    lacking = missing_files(spec.family, names)
    if lacking:  # said before anything is downloaded, not after the weights and a converter traceback
        raise FetchError(f"{repo}@{plan.revision} lacks {', '.join(lacking)}: a {spec.family} checkpoint needs "
                         f"{', '.join(REQUIRED_FILES[spec.family])} beside its weights")
    weights = _safetensors_files(names)
    if weights:
        plan.weights, plan.weights_revision, plan.weights_commit = weights, plan.revision, plan.commit
        return plan
    pr = _conversion_pr(api, repo, timeout)
    if pr is not None:
        pr_ref, pr_info = pr
        plan.weights = _safetensors_files({s.rfilename for s in pr_info.siblings or []})
        plan.weights_revision, plan.weights_commit = pr_ref, pr_info.sha
        plan.expected.update({k: v for k, v in _expected(pr_info).items() if k in plan.weights})
        return plan
    if PYTORCH_BIN in names:
        plan.weights, plan.weights_revision, plan.weights_commit = [PYTORCH_BIN], plan.revision, plan.commit
        return plan
    raise FetchError(f"{repo}@{plan.revision} has neither {SAFETENSORS} nor {PYTORCH_BIN} "
                     f"(other weight formats are not used)")


def _conversion_pr(api: Any, repo: str, timeout: float) -> tuple[str, Any] | None:
    """The newest pull request of the hub's conversion bot whose ref holds safetensors."""
    try:
        prs = [d for d in api.get_repo_discussions(repo, discussion_type="pull_request")
               if d.author == CONVERSION_BOT and d.status in ("open", "merged")]
    except Exception as e:  # an old hub without discussions: fall back to the .bin
        log.debug("no discussions for %s: %s", repo, e)
        return None
    for d in sorted(prs, key=lambda d: d.num, reverse=True):
        ref = f"refs/pr/{d.num}"
        try:
            info = api.model_info(repo, revision=ref, files_metadata=True, timeout=timeout)
        except Exception as e:
            log.debug("cannot read %s@%s: %s", repo, ref, e)
            continue
        if _safetensors_files({s.rfilename for s in info.siblings or []}):
            return ref, info
    return None


def _first_line(e: BaseException, limit: int = 200) -> str:
    first = (str(e).strip().splitlines() or [""])[0]
    first = first if len(first) <= limit else first[:limit - 1] + "…"
    return f"{type(e).__name__}: {first}" if first else type(e).__name__
