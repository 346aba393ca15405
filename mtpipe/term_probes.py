"""Which term strategies each model carries terms through: the probe, its results and their cache.

Before the first segment with glossary terms goes to a model group, the
probe (:func:`mtpipe.glossary.probe.probe_strategies`) translates fixed
sentences with each strategy and keeps the ones the model does not break.
:class:`TermProbes` runs it once per (model group, target) and keeps the
results for ``report.json``; :class:`ProbeCache` keeps them across runs in
``term-probes.json`` in the models cache, keyed by everything a result
depends on (model files, decoding, device, languages, probe sentences).
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path
from typing import Any, Sequence

from . import __version__
from .routing import Routes

__all__ = ["ProbeCache", "TermProbes", "log_probe"]

log = logging.getLogger("mtpipe")


def log_probe(key: str, tgt: str, probe: Any) -> None:
    """The log line of a model group's probe result (in the job process, wherever the probe ran)."""
    log.info("term strategies for %s -> %s: %s", key, tgt, probe.describe())


class ProbeCache:
    """``term-probes.json`` in the models cache: probe results across runs.

    Args:
        config: The loaded config (the routes' models and decoding).
        cache_dir: The models cache.
    """

    def __init__(self, config: Any, cache_dir: Path) -> None:
        self.config = config
        self.cache_dir = Path(cache_dir)
        self.path = self.cache_dir / "term-probes.json"

    def key(self, src: str, tgt: str, langs: Sequence[str], configured: Sequence[str], engine: Any) -> str:
        """Everything the probe's result depends on: model files, decoding, device, languages, sentences."""
        from .glossary.probe import probe_fingerprint

        hops = []
        for a, b, spec in self.config.route(src, tgt):
            files = {}
            path = spec.resolved_path(self.cache_dir)
            for f in sorted(path.glob("*")) if path.is_dir() else []:
                if f.is_file():
                    st = f.stat()
                    files[f.name] = [st.st_size, st.st_mtime_ns]
            hops.append({"hop": [a, b], "model": spec.signature(), "resolved": str(path), "files": files,
                         "decoding": self.config.decoding_for(spec).as_dict()})
        blob = json.dumps({"hops": hops, "device": getattr(engine, "device", None),
                           "compute_type": getattr(engine, "compute_type", None), "langs": list(langs),
                           "tgt": tgt, "strategies": list(configured), "probe": probe_fingerprint(),
                           "mtpipe": __version__}, sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest()

    def get(self, key: str) -> Any:
        """The cached :class:`~mtpipe.glossary.probe.ProbeResult`, or None (none, or unreadable)."""
        from .glossary.probe import ProbeResult

        try:
            entry = json.loads(self.path.read_text(encoding="utf-8")).get(key)
            return ProbeResult.from_dict(entry) if entry else None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None  # no cache, or one we cannot read: probe again

    def put(self, key: str, probe: Any) -> None:
        """Keep ``probe`` under ``key`` (a read-only cache only costs the probe next time)."""
        from .writers.atomic import atomic_write_text

        try:
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
                if not isinstance(data, dict):
                    data = {}
            except (OSError, ValueError):
                data = {}
            data[key] = probe.to_dict()
            atomic_write_text(self.path, json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
        except OSError as e:
            log.debug("cannot write the probe cache %s: %s", self.path, e)


class TermProbes:
    """The term strategies per (model group, target): the configured order, or what the probe left of it.

    Args:
        routes: The job's :class:`~mtpipe.routing.Routes`.
        configured: ``--term-strategies``, in the order tried.
        enabled: ``probe_terms``; off, the configured order is always used.
        cache: Where results persist across runs (None: not kept).
        results: (model group, target) -> :class:`~mtpipe.glossary.probe.ProbeResult`; filled as
            models are first used (the job's ``term_probes``, reported in ``report.json``).
    """

    def __init__(self, routes: Routes, configured: Sequence[str], enabled: bool = True,
                 cache: ProbeCache | None = None, results: dict[tuple[str, str], Any] | None = None) -> None:
        self.routes = routes
        self.configured = tuple(configured)
        self.enabled = enabled
        self.cache = cache
        self.results: dict[tuple[str, str], Any] = {} if results is None else results

    def shape(self, key: str, tgt: str) -> Any:
        """The placeholder shape the probe found best for this model group (None: not probed)."""
        probe = self.results.get((key, tgt))
        return probe.shape if probe is not None else None

    def strategies(self, key: str, src: str, tgt: str, group: Sequence[Any], engine: Any) -> tuple[str, ...]:
        """The strategies for one model group's segments (probing the model first, once, if they hold terms)."""
        configured = self.configured
        if not self.enabled or not any(s.terms for s in group):
            return configured
        from .glossary.probe import PROBED, PROBE_SENTENCES, probe_strategies

        if not any(s in PROBED for s in configured):
            return configured
        probe = self.results.get((key, tgt))
        if probe is None:
            # every source language this model group stands for, so the result never depends on
            # which languages the current window happens to hold
            r = self.routes
            langs = sorted({lang for lang in r.config.languages if lang != tgt and lang in PROBE_SENTENCES
                            and r.routable(lang, tgt) and r.group_key(lang, tgt) == key})

            def translate(texts: list[str]) -> list[str]:
                return engine.translate(texts, src, tgt)  # type: ignore[no-any-return]

            cache_key = self.cache.key(src, tgt, langs, configured, engine) if self.cache is not None else ""
            probe = self.cache.get(cache_key) if self.cache is not None else None
            if probe is None:
                probe = probe_strategies(translate, langs, tgt, configured)
                if self.cache is not None:
                    self.cache.put(cache_key, probe)
            self.results[(key, tgt)] = probe
            log_probe(key, tgt, probe)
        return probe.strategies  # type: ignore[no-any-return]
