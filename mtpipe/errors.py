"""Every exception mtpipe raises, and the exit codes the CLI turns them into.

A leaf module: it imports nothing from mtpipe, so any module (the pipeline,
the engines, the executors, the CLI) can raise or catch these without
importing each other.  The modules that raise them re-export them under the
old names (``mtpipe.pipeline``, ``mtpipe.config``, ``mtpipe.translator``,
``mtpipe.writers.report`` for the job's errors; ``mtpipe.lock.LockError``,
``mtpipe.document.InvariantError``, ``mtpipe.glossary.GlossaryError`` ...), so
either import works and names the same class.

The job's errors (:class:`JobError` and its exit code, :class:`ConfigError`,
:class:`ModelNotFoundError`) come first; then the domain errors, each with the
module that raises it.  Tests check that no other module defines an exception.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["EXIT_OK", "EXIT_PARTIAL", "EXIT_USAGE", "JobError", "ConfigError", "ModelNotFoundError",
           "LockError", "InvariantError", "PipelineError", "IngestError", "InputError", "RuleError",
           "GlossaryError", "FetchError", "EvalError", "UnsafePathError", "DocumentOvertime", "NotAFeed"]

#: Exit-code policy (README "Exit codes").
EXIT_OK = 0  #: every document translated (and, with strict terms, every term verified)
EXIT_PARTIAL = 1  #: some documents failed, nothing to translate, or unverified terms under --strict-terms
EXIT_USAGE = 2  #: bad options, config, glossary or a missing model: nothing was translated


class JobError(Exception):
    """The job cannot run at all (config, glossary, model or input folder problem).

    Attributes:
        exit_code: The exit code the CLI should use.
    """

    def __init__(self, message: str, exit_code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.exit_code = exit_code

    def __reduce__(self):  # type: ignore[no-untyped-def]
        # so the error crosses process and Ray boundaries with its exit code
        return (type(self), (str(self), self.exit_code))


class ConfigError(ValueError):
    """A config file is missing, malformed or inconsistent."""


class ModelNotFoundError(ConfigError):
    """A configured model has not been fetched or converted yet."""


# Domain errors, by the module that raises them (and re-exports them).


class LockError(Exception):
    """Another job holds the output folder (``mtpipe.lock``)."""


class InvariantError(ValueError):
    """A document violates one of the data-model invariants (``mtpipe.document``)."""


class PipelineError(ValueError):
    """Stages were put together in an order that cannot work (``mtpipe.stages``)."""


class IngestError(Exception):
    """A file that cannot be read as a document (``mtpipe.ingest_options``, ``mtpipe.ingest``).

    Attributes:
        path: The file.
        reason: Why, in a few words.
    """

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")

    def __reduce__(self):  # type: ignore[no-untyped-def]
        # so the error crosses process and Ray boundaries with its path and reason
        return (type(self), (self.path, self.reason))


class NotAFeed(ValueError):
    """A feed's suffix on XML that is not an RSS or Atom feed, or that cannot be read (:mod:`mtpipe.feeds`)."""


class InputError(ValueError):
    """The input and output folders cannot be used together (one line, for the user; ``mtpipe.inputs``)."""


class RuleError(ValueError):
    """A rules file is malformed (message names the file and the rule; ``mtpipe.clean.rules``)."""


class GlossaryError(ValueError):
    """Problems found while loading glossaries (``mtpipe.glossary.model``).

    Attributes:
        problems: ``"file:line: reason"`` strings.
    """

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (type(self), (self.problems,))


class FetchError(RuntimeError):
    """The hub could not be reached or the download failed (message: one line; ``mtpipe.models.hub_files``)."""


class EvalError(ValueError):
    """The inputs cannot be scored (missing file, line counts differ, unknown metric; ``mtpipe.evaluate``)."""


class UnsafePathError(ValueError):
    """An output path would leave the output folder (``mtpipe.safety``)."""


class DocumentOvertime(BaseException):
    """Raised inside a document's front stages when its time budget ran out (see
    ``mtpipe.doc_limits.document_deadline``); it carries no arguments, as the interpreter builds it.  A
    ``BaseException`` (like ``KeyboardInterrupt``), so a stage's ``except Exception`` cannot
    swallow it and go on working."""

    def __str__(self) -> str:
        return "stopped: over the time budget per document (--doc-timeout); split the file"
