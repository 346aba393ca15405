"""Which models a job needs: the routes of the source languages its input actually holds.

``mtpipe translate`` fetches a missing model only when the input has a segment that goes
through it (a Vietnamese-only folder never downloads the Russian model). The languages come from
the same cleaning and segmentation the job runs (the one pipeline factory,
:func:`mtpipe.stages.build.build_pipeline`, up to ``segment``), without the model's token counts.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Iterable

from ..config import NON_COMMERCIAL, Config, ConfigError, ModelSpec

__all__ = ["source_languages", "models_for", "licence_warning"]

log = logging.getLogger("mtpipe")


def source_languages(paths: Iterable[Path], root: Path, options: Any, config: Config) -> set[str]:
    """The segment languages of the documents at ``paths``, as the job's front stages (``options``:
    its :class:`~mtpipe.options.TranslateOptions`) segment them, without token limits (unreadable
    files are skipped: the job reports them itself)."""
    from ..ingest import IngestOptions, read_document
    from ..stages.build import build_pipeline

    front = build_pipeline(options, config).until("segment")  # no glossary, no token counts: no model
    read = IngestOptions(max_chars=options.max_chars)
    langs = tuple(config.languages)
    found: set[str] = set()
    for path in paths:
        try:
            if options.max_bytes is not None and path.stat().st_size > options.max_bytes:
                continue
            doc = front(read_document(path, root, read))
        except Exception as e:  # the job itself reports the file; here it only needs no model
            log.debug("language scan skipped %s: %s", path, e)
            continue
        found.update(s.src_lang for s in doc.segments if s.src_lang)
        if found >= set(langs):
            break
    return found


def models_for(config: Config, sources: Iterable[str], targets: Iterable[str]) -> list[ModelSpec]:
    """The models (pivot hops included) that translate ``sources`` into ``targets``, in route order."""
    out: dict[str, ModelSpec] = {}
    targets = list(targets)
    for src in sorted(sources):
        for tgt in targets:
            if src == tgt:
                continue
            try:
                hops = config.route(src, tgt)
            except ConfigError:
                continue
            for _, _, spec in hops:
                out.setdefault(spec.name, spec)
    return list(out.values())


def licence_warning(spec: ModelSpec) -> str | None:
    """One line for a model whose licence forbids commercial use, else None."""
    if spec.license.upper() not in NON_COMMERCIAL:
        return None
    return (f"model {spec.name} is licensed {spec.license} (non-commercial use only); for commercial use "
            f"route its language pairs through English (\"pivot:en\", see README, section Models: fetching, pinning, licences)")
