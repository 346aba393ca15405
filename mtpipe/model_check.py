"""Before a job runs: are its models in the cache, and which missing ones to fetch.

A job is prepared before its input is read, so a model that can be fetched is
only noted then (:meth:`ModelCheck.missing`); :meth:`ModelCheck.fetch_needed`
fetches it once the run knows the input's languages need it (a Vietnamese-only
folder never downloads the Russian model).  A model that cannot be fetched is
an error at once, naming the fix.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Sequence

from .config import Config, ModelSpec
from .errors import JobError
from .options import cache_dir_of  # re-exported: its old home

__all__ = ["ModelCheck", "cache_dir_of"]

log = logging.getLogger("mtpipe")


class ModelCheck:
    """The models a job's routes use, checked against the cache.

    Args:
        config: The loaded config.
        options: The job's :class:`~mtpipe.options.TranslateOptions`.
    """

    def __init__(self, config: Config, options: Any) -> None:
        self.config = config
        self.options = options
        self.cache = cache_dir_of(options)
        #: missing models :meth:`fetch_needed` fetches if the input needs them (name -> spec)
        self.to_fetch: dict[str, ModelSpec] = {}

    def missing(self) -> dict[str, ModelSpec]:
        """Check every model a route into the targets uses; returns (and keeps) those to fetch later.

        With the Ray engine a missing model is fetched now (its actors load every model at start).

        Raises:
            JobError: a model is missing and cannot be fetched.
        """
        from .models.needs import models_for

        o = self.options
        for spec in models_for(self.config, self.config.languages, o.targets):
            path = spec.resolved_path(self.cache)
            if not (path / "model.bin").is_file() and o.fetch_missing and (spec.hf_id or spec.ct2_id) \
                    and not spec.path:
                if o.engine == "local":  # fetched by the run if the input needs it
                    self.to_fetch[spec.name] = spec
                    continue
                self.fetch(spec)
            if not (path / "model.bin").is_file():
                where = self.config.source or "the config"
                raise JobError(f"model '{spec.name}' not found at {path}: run 'mtpipe models fetch {spec.name}'"
                               f" or set path = \"...\" under [models.{spec.name}] in {where}")
        return self.to_fetch

    def fetch_needed(self, paths: Sequence[Path], input_dir: Path, report: Any) -> None:
        """Fetch the missing models the input's languages route through; warn about licences."""
        from .models.needs import licence_warning, models_for, source_languages

        o = self.options
        possible = models_for(self.config, self.config.languages, o.targets)
        if not self.to_fetch and not any(licence_warning(m) for m in possible):
            return
        langs = source_languages(paths, input_dir, o, self.config)
        for spec in models_for(self.config, langs, o.targets):
            if self.to_fetch.pop(spec.name, None) is not None:
                self.fetch(spec)
            warning = licence_warning(spec)
            if warning:  # printed once, at the end, with the job's other warnings
                report.add_warning(warning)

    def fetch(self, spec: ModelSpec) -> None:
        """Download (and convert) ``spec`` into the cache, as ``mtpipe models fetch`` would.

        Raises:
            JobError: the fetch failed (one line).
        """
        from .models.hub import fetch

        log.info("model %s is not in %s: fetching %s", spec.name, self.cache, spec.hf_id)
        try:
            fetch(spec, self.cache)
        except Exception as e:
            raise JobError(str(e).splitlines()[0] if str(e) else type(e).__name__) from None
