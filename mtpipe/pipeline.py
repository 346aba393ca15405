"""The translate job: a folder of documents in, aligned outputs and a report out.

The library entry point is :func:`translate_folder`; ``mtpipe translate`` is a
thin layer over it.  :meth:`Job.prepare` resolves everything a run needs (options
checked, config, glossary, engine, models, the stages, the signature) and
:meth:`Job.run` hands the job to the :class:`~mtpipe.runner.Runner`.  Where each
part lives:

* options and their check: :mod:`mtpipe.options`;
* the engine (where models run): :func:`mtpipe.engines.make_engine`;
* models in the cache, fetching: :mod:`mtpipe.model_check`;
* the stages, in order: :func:`mtpipe.stages.build.build_pipeline` (each stage in its own module);
* the term probe and its cache: :mod:`mtpipe.term_probes`; routes and model groups: :mod:`mtpipe.routing`;
* windows and executors: :mod:`mtpipe.runner`, :mod:`mtpipe.executors`;
* the job state and resume: :mod:`mtpipe.resume`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

from .config import Config, ConfigError, load_config
from .document import Document
from .errors import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, JobError
from .executors.prefetch import Prefetch as _prefetch  # noqa: F401  (its old home)
from .options import TranslateOptions, validate_options
from .runner import check_input
from .stages import Pipeline
from .stages.write import Pending as _Pending  # noqa: F401  (its old home)

__all__ = ["TranslateOptions", "JobError", "Job", "translate_folder", "check_input", "EXIT_OK", "EXIT_PARTIAL",
           "EXIT_USAGE"]

log = logging.getLogger("mtpipe")


@dataclass
class Job:
    """A prepared translate job: config, glossary, engine and stages resolved, nothing run yet.

    Build it with :meth:`Job.prepare`; run it with :meth:`Job.run`.

    Attributes:
        front: The front stages (limits, clean, segment, protect, auto names): a few documents per batch.
        back: The back stages (translate, verify, flag), with the job's engine and no translation
            memory: :meth:`back_pipeline` binds a run's memory (and a Ray actor its own engine).
        term_probes: (model group, target) -> :class:`~mtpipe.glossary.probe.ProbeResult`, filled
            as models are first used.
        models: The model check; a run fetches the missing models its input needs.
        notify: Told the plan of each run before it starts (one line each); the CLI prints them.
    """

    options: TranslateOptions
    config: Config
    glossary: Any = None
    pool: Any = None
    protector: Any = None
    front: Pipeline = field(default_factory=lambda: Pipeline([]))
    back: Pipeline = field(default_factory=lambda: Pipeline([]))
    signature: dict[str, Any] = field(default_factory=dict)
    term_probes: dict[tuple[str, str], Any] = field(default_factory=dict)
    models: Any = None
    notify: Callable[[str], None] = field(default=lambda line: log.info("%s", line))

    @classmethod
    def prepare(cls, options: TranslateOptions, *, check_models: bool = True) -> "Job":
        """Check the options, load the config and glossary, check the models, build the stages.

        Raises:
            JobError: one clear line naming what is wrong.
        """
        validate_options(options)
        try:
            config = load_config(options.config_path)
        except ConfigError as e:
            raise JobError(str(e)) from None
        job = cls(options=options, config=config)
        job._load_glossary()
        job._make_pool(check_models)
        job.signature = job._signature()
        job._make_front()
        return job

    # -- setup -----------------------------------------------------------------

    def _load_glossary(self) -> None:
        if not self.options.glossary_paths:
            return
        from .glossary import GlossaryError, Protect, load_glossaries

        try:
            self.glossary = load_glossaries(self.options.glossary_paths)
        except GlossaryError as e:
            raise JobError(str(e).splitlines()[0] if len(e.problems) == 1 else
                           f"{len(e.problems)} glossary problems:\n" + str(e)) from None
        self.protector = Protect(self.glossary)

    def _make_pool(self, check_models: bool) -> None:
        from .engines import make_engine
        from .model_check import ModelCheck

        self.pool = make_engine(self.config, self.options)
        self.models = ModelCheck(self.config, self.options)
        if check_models:
            self.models.missing()

    def _make_front(self) -> None:
        """The job's stages (:func:`~mtpipe.stages.build.build_pipeline`), split into front and back."""
        from .stages.build import build_pipeline

        pipeline = build_pipeline(self.options, self.config, protector=self.protector, engine=self.pool,
                                  term_probes=self.term_probes, legacy_sig=self.signature_hash())
        self.front, self.back = pipeline.split("translate")

    def _signature(self) -> dict[str, Any]:
        from .signature import job_signature

        return job_signature(self.options, self.config, self.pool, self.glossary)

    def signature_hash(self) -> str:
        """A short hash of everything that decides the outputs (for the job state)."""
        from .signature import signature_hash

        return signature_hash(self.signature)

    # -- running ---------------------------------------------------------------

    def back_pipeline(self, tm: Any = None) -> Pipeline:
        """The back stages bound to this job's engine and ``tm`` (a run's translation memory, or None)."""
        return self.back.bind(self.pool, tm)

    def translate_documents(self, docs: Sequence[Document], tm: Any = None) -> None:
        """Fill every segment of ``docs`` with every target translation, verify the terms, flag.

        Segments are grouped by model across documents, ``--window`` documents at a time,
        so each model sees one large batch per window (:class:`~mtpipe.stages.translate.Translate`).
        """
        self.back_pipeline(tm).run(list(docs))

    def _tm_key(self, src: str, tgt: str, input_side: str) -> str:
        """The translation-memory key of ``src -> tgt`` (:meth:`~mtpipe.stages.translate.Translate.tm_key`)."""
        return self.back_pipeline().find("translate").tm_key(src, tgt, input_side)  # type: ignore[no-any-return]

    def plan(self, input_dir: Path, output_dir: Path) -> Any:
        """What a run would do, without doing any of it (``--dry-run``): a :class:`~mtpipe.plan.Plan`."""
        from .ingest import iter_inputs
        from .resume import Bookkeeper

        check_input(Path(input_dir))
        book = Bookkeeper(self, Path(input_dir), Path(output_dir), warn=lambda m: log.warning("%s", m), readonly=True)
        return book.open(list(iter_inputs(Path(input_dir))))

    def run(self, input_dir: Path, output_dir: Path, progress: Callable[[str, int, int], None] | None = None) -> Any:
        """Translate every document under ``input_dir`` into ``output_dir`` (:meth:`mtpipe.runner.Runner.run`).

        Returns:
            The :class:`~mtpipe.writers.report.RunReport` (already written as ``report.json``).
        """
        from .runner import Runner

        return Runner(self).run(Path(input_dir), Path(output_dir), progress)


def translate_folder(input_dir: str | Path, output_dir: str | Path, options: TranslateOptions | None = None) -> Any:
    """Translate a folder of documents; see :class:`TranslateOptions`.

    Returns:
        The run report.

    Raises:
        JobError: when the job cannot run (bad config, glossary, missing model, empty folder).
    """
    check_input(Path(input_dir))
    job = Job.prepare(options or TranslateOptions())
    return job.run(Path(input_dir), Path(output_dir))
