"""The options of a translate job, and the one check of them.

:class:`TranslateOptions` is what the library takes and what ``mtpipe translate``
builds from its command line (its option defaults come from here);
:func:`validate_options` refuses a bad combination in one line before anything
is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import JobError
from .languages import TARGETS

__all__ = ["TranslateOptions", "CLEAN_POLICIES", "cache_dir_of", "validate_options"]

#: the cleaner's removal policies (:mod:`mtpipe.clean.policy`), the default first
CLEAN_POLICIES = ("weighed", "balanced", "conservative")


@dataclass
class TranslateOptions:
    """Options of a translate job.

    Attributes:
        targets: Target languages, in output order.
        config_path: Model registry TOML; the bundled default when None.
        glossary_paths: Glossary files or folders; none means no protection.
        formats: Writers to run (``jsonl``, ``tmx``, ``text``, ``html``).
        keep_boilerplate: Turn cleaning off (the ledger then only holds repairs).
        clean_policy: The cleaner's removal policy (``--clean-policy``): ``balanced`` or ``conservative``
            (a rule of low measured precision keeps the line; :mod:`mtpipe.clean.policy`).
        strict_terms: Any unverified glossary term makes the exit code non-zero.
        normalize: Rewrite glossary aliases to canonical forms in pass-through text.
        device: ``auto``, ``cpu`` or ``cuda``; None takes the config's.
        compute_type: CTranslate2 compute type; None takes the config's.
        device_index: GPU indices.
        intra_threads: Threads per translation (0 = CTranslate2 default).
        inter_threads: Parallel translations per model.
        window: Documents gathered before one round of model calls.
        tm_path: Translation-memory SQLite file; None = ``OUTPUT/.mtpipe/tm.sqlite``.
        use_tm: Reuse and store translations in the translation memory.
        resume: Skip documents whose outputs are already complete for the same
            input and settings.
        cache_dir: Where fetched models live (``models fetch`` cache).
        auto_names: Give Palladius-shaped Russian names missing from the glossary their rule-based
            pinyin (terms ``auto:…``, segments flagged ``auto_name``).
        engine: ``local`` (CTranslate2 in this process) or ``ray`` (an actor pool on a Ray cluster).
        address: Ray cluster address (``auto``, ``ray://host:10001``); None starts a local Ray.
        max_bytes: Larger input files are skipped with a problem (not read into memory).
        fetch_missing: Download (and convert) models that are not in the cache
            yet, as ``mtpipe models fetch`` would; off, a missing model is an error.
        term_strategies: Term-protection strategies in the order tried
            (:data:`mtpipe.glossary.STRATEGIES`: ``placeholder``, ``inline``, ``pieces``).
        probe_terms: Before the first segment with terms goes to a model, check on fixed probe
            sentences which strategies that model carries terms through, and skip the ones it
            fails (:mod:`mtpipe.glossary.probe`); the result is in ``report.json``.
        prefetch: Read, clean, segment and protect the next documents (up to one window ahead)
            in a thread while the current window is being translated; outputs are the same.
        tmx_combined: Also write ``translations.tmx`` for the whole job (from the JSONL outputs,
            so ``jsonl`` must be among ``formats``); see :func:`mtpipe.writers.tmx.write_combined_tmx`.
        wait: When another job holds the output folder's lock, wait for it instead of failing.
        workers: Processes running the front stages with the local engine (``--workers``); 1 runs
            them in this process, 0 takes the cores ``intra_threads`` leaves; outputs are the same.
        ray_actors: Actors of the Ray engine (``--ray-actors``); None: one per GPU of the cluster,
            else one per ``intra_threads`` CPUs (one CPU when 0).
        follow_symlinks: Read symlinked files whose target is outside the input folder
            (off: they are skipped with a problem; see :mod:`mtpipe.inputs`).
        exclude: Folders under the input folder not to read (an output folder inside it).
        max_chars: Longest document in characters; a longer one fails alone (bounded memory).
        doc_timeout: Seconds one document may take to read, clean, segment and protect (enforced
            inside the stages: :func:`mtpipe.inputs.document_deadline`); a slower one fails alone.
    """

    targets: tuple[str, ...] = TARGETS
    config_path: str | None = None
    glossary_paths: tuple[str, ...] = ()
    formats: tuple[str, ...] = ("jsonl", "tmx", "text")
    keep_boilerplate: bool = False
    clean_policy: str = CLEAN_POLICIES[0]
    strict_terms: bool = False
    normalize: bool = True
    device: str | None = None
    compute_type: str | None = None
    device_index: tuple[int, ...] = (0,)
    intra_threads: int = 0
    inter_threads: int = 1
    window: int = 16
    tm_path: str | None = None
    use_tm: bool = True
    resume: bool = True
    cache_dir: str | None = None
    fetch_missing: bool = True
    max_bytes: int = 50_000_000
    engine: str = "local"
    address: str | None = None
    auto_names: bool = True
    term_strategies: tuple[str, ...] = ("placeholder", "inline", "pieces")
    probe_terms: bool = True
    prefetch: bool = True
    tmx_combined: bool = False
    wait: bool = False
    workers: int = 1
    ray_actors: int | None = None
    follow_symlinks: bool = False
    exclude: tuple[str, ...] = ()
    max_chars: int = 2_000_000
    doc_timeout: float = 600.0


#: Options that must be at least this much (name -> lowest value).
_LOWEST = (("inter_threads", 1), ("intra_threads", 0), ("window", 1), ("max_bytes", 1), ("max_chars", 1),
           ("doc_timeout", 1e-9))


def validate_options(options: TranslateOptions) -> None:
    """Check what can be checked without the config or the models.

    Raises:
        JobError: one clear line naming the bad option.
    """
    if not options.targets:
        raise JobError("no target language: give at least one of en, zh (--to)")
    for name, low in _LOWEST:
        if getattr(options, name) < low:
            raise JobError(f"--{name.replace('_', '-')} must be at least {low}, not {getattr(options, name)}")
    for t in options.targets:
        if t not in TARGETS:
            raise JobError(f"unsupported target language {t!r} (mtpipe writes {' and '.join(TARGETS)})")
    from .glossary.protect import STRATEGIES

    bad = [s for s in options.term_strategies if s not in STRATEGIES]
    if bad or not options.term_strategies:
        raise JobError(f"unknown term strategies {bad or '(none)'}: choose from {', '.join(STRATEGIES)}")
    if options.clean_policy not in CLEAN_POLICIES:
        raise JobError(f"unknown cleaning policy {options.clean_policy!r} ({' or '.join(CLEAN_POLICIES)})")
    from .engines import ENGINES

    if options.engine not in ENGINES:
        raise JobError(f"unknown engine {options.engine!r} ({' or '.join(ENGINES)})")


def cache_dir_of(options: Any) -> Path:
    """The models cache of ``options``: ``--cache-dir``, or ``$MTPIPE_CACHE`` / ``~/.cache/mtpipe/models``."""
    from .config import default_cache_dir

    return Path(options.cache_dir) if options.cache_dir else default_cache_dir()
