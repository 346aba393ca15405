"""Exceptions a job raises and the exit codes the CLI turns them into.

A leaf module: it imports nothing from mtpipe, so any module (the pipeline,
the engines, the executors, the CLI) can raise or catch these without
importing each other.  The old homes (``mtpipe.pipeline``, ``mtpipe.config``,
``mtpipe.translator``, ``mtpipe.writers.report``) still export the same names.
"""

from __future__ import annotations

__all__ = ["EXIT_OK", "EXIT_PARTIAL", "EXIT_USAGE", "JobError", "ConfigError", "ModelNotFoundError"]

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
