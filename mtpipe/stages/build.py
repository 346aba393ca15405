"""The one pipeline factory: ``mtpipe translate``, ``mtpipe segment`` and the library build their stages here.

:func:`build_pipeline` returns a checked :class:`~mtpipe.stages.Pipeline`:

    limits -> clean -> segment -> [protect] -> [auto_names]      (the front: a few documents per pipe() batch)
           -> translate -> verify -> flag                         (the back: windows; only with an engine)

``mtpipe segment`` gets the same front as ``mtpipe translate`` with the same
options (it shows what translate will send to the model), without the back.
:meth:`~mtpipe.stages.Pipeline.split` at ``"translate"`` separates the two
halves: executors run the front where the documents are read and the back where
the models are.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

from ..config import Config
from ..options import CLEAN_POLICIES
from ..routing import Routes
from . import Pipeline

__all__ = ["build_pipeline", "front_stages", "token_budget"]


def token_budget(config: Config, targets: Sequence[str], tokens: Any, present_only: bool = False) -> Any:
    """The segmenter's token count: for each source language, the largest over the targets it is routed to.

    Args:
        config: The loaded config.
        targets: The job's targets.
        tokens: A SentencePiece-only counter (:class:`~mtpipe.tokens.RouteTokenCounter`; an engine's ``tokens``).
        present_only: Count only along routes whose first model's SentencePiece file is in the
            cache (``mtpipe segment`` needs no model; a route without one is not split by tokens).
    """
    from ..tokens import TokenBudget

    r = Routes(config, tuple(targets))
    routes = {lang: r.targets_of(lang) for lang in config.languages}
    if present_only:
        routes = {lang: tuple(t for t in tgts if _spm_present(tokens, lang, t)) for lang, tgts in routes.items()}
    return TokenBudget(tokens, routes)


def _spm_present(tokens: Any, src: str, tgt: str) -> bool:
    from ..tokens import SPM_FILES

    tok = tokens.tokenizer(src, tgt)
    return (Path(tok.path) / SPM_FILES[tok.spec.family][0]).is_file()


def front_stages(options: Any, config: Config, *, protector: Any = None, budget: Any = None,
                 clean_rules: Sequence[str] = ()) -> list[Any]:
    """The front stages (read -> ... -> protect), in order; see :func:`build_pipeline`."""
    from ..clean import CleanOptions, Cleaner
    from ..inputs import DocumentLimits
    from ..segment import SegmentOptions, Segmenter

    langs = tuple(config.languages)
    clean = CleanOptions(enabled=not options.keep_boilerplate, languages=langs,
                         removal_policy=getattr(options, "clean_policy", CLEAN_POLICIES[0]))
    if clean_rules:  # extra rules, then the bundled ones
        from ..clean.rules import default_rules_path

        clean.rules_paths = (*map(str, clean_rules), str(default_rules_path()))
    seg = SegmentOptions(languages=langs)
    if budget is not None:
        seg.count_tokens = budget
        seg.max_tokens = budget.limit()
    stages: list[Any] = [DocumentLimits(options.max_chars, options.doc_timeout), Cleaner(clean), Segmenter(seg)]
    if protector is not None:
        stages.append(protector)
    if options.auto_names:
        from ..autonames import AutoNames

        stages.append(AutoNames())
    return stages


def build_pipeline(options: Any, config: Config, *, protector: Any = None, tokens: Any = None,
                   engine: Any = None, term_probes: dict[tuple[str, str], Any] | None = None,
                   legacy_sig: str = "", present_only: bool = False, clean_rules: Sequence[str] = ()) -> Pipeline:
    """The job's stages, checked (requires/provides).

    Args:
        options: The :class:`~mtpipe.options.TranslateOptions`.
        config: The loaded config.
        protector: The glossary's :class:`~mtpipe.glossary.protect.Protect` stage (None: no glossary).
        tokens: The SentencePiece-only token counter for the segmenter's limits (None: the engine's,
            or no token splitting).
        engine: The :class:`~mtpipe.engines.Engine`; with one, the back stages (translate, verify,
            flag) follow the front.  The translate stage drops it when pickled: each process binds
            its own (:meth:`~mtpipe.stages.translate.Translate.bind`).
        term_probes: Where the term-probe results go ((model group, target) -> result).
        legacy_sig: The job's signature hash (old translation-memory entries).
        present_only: Token limits only from the models already in the cache (``mtpipe segment``).
        clean_rules: Extra cleaning rule files, before the bundled ones (``mtpipe segment --rules``).

    Raises:
        mtpipe.stages.PipelineError: stages in an order that cannot work.
    """
    if tokens is None and engine is not None:
        tokens = getattr(engine, "tokens", engine)  # the counter, not the engine: the front travels to workers
    budget = token_budget(config, options.targets, tokens, present_only) if tokens is not None else None
    stages = front_stages(options, config, protector=protector, budget=budget, clean_rules=clean_rules)
    if engine is not None:
        stages += back_stages(options, config, engine, term_probes, legacy_sig)
    return Pipeline(stages)


def back_stages(options: Any, config: Config, engine: Any, term_probes: dict[tuple[str, str], Any] | None = None,
                legacy_sig: str = "") -> list[Any]:
    """translate -> verify -> flag, the translate stage bound to ``engine`` (no memory yet)."""
    from ..options import cache_dir_of
    from ..term_probes import ProbeCache, TermProbes
    from .flag import Flag
    from .translate import Translate
    from .verify import Verify

    routes = Routes(config, tuple(options.targets))
    cache = cache_dir_of(options)
    probes = TermProbes(routes, options.term_strategies, enabled=options.probe_terms,
                        cache=ProbeCache(config, cache), results=term_probes)
    translate = Translate(routes, probes, cache, normalize=options.normalize, batch_size=options.window,
                          legacy_sig=legacy_sig, engine=engine)
    return [translate, Verify(), Flag()]
