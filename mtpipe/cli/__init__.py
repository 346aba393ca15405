"""The ``mtpipe`` command line: a thin click layer over the library.

Commands are split by family, one module each; this module only assembles them.
Errors reach the user as one line (``click.ClickException``); ``--debug`` shows
tracebacks.
"""

from __future__ import annotations

import logging

import click

from .. import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="mtpipe")
@click.option("--debug", is_flag=True, help="Show tracebacks and debug logs.")
@click.option("-v", "--verbose", is_flag=True, help="Log progress at INFO level.")
@click.pass_context
def main(ctx: click.Context, debug: bool, verbose: bool) -> None:
    """mtpipe: translate noisy Russian/Vietnamese documents into aligned English
    and Chinese, with verified names and terms.

    Example:

        mtpipe translate examples -o out --to en,zh   # needs the Hugging Face hub (the default models)
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug
    level = logging.DEBUG if debug else (logging.INFO if verbose else logging.WARNING)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


#: Command-family modules under mtpipe.cli; each exports ``COMMANDS``.
FAMILIES = ("translate", "segment", "models", "glossary", "review", "evaluate", "index", "split")


def _register() -> None:
    import importlib

    for fam in FAMILIES:
        mod = importlib.import_module(f"{__name__}.{fam}")
        for cmd in getattr(mod, "COMMANDS", ()):
            main.add_command(cmd)


_register()


def run(args: "list[str] | None" = None) -> None:
    """The ``mtpipe`` command (console script and ``python -m mtpipe.cli``): :func:`main`, and a job
    interrupted by Ctrl-C (exit 130) ends at once after the exit handlers (Ray's shutdown, multiprocessing's
    children), without the interpreter's teardown: that teardown destroyed CTranslate2 translators whose
    threads the interrupt had left busy, and the process died with SIGSEGV or SIGABRT ("terminate called
    without an active exception") after its "interrupted" line (3 of 4 tries with ``--workers 2``).
    Library callers and click's test runner call :func:`main`, which is unchanged."""
    import sys

    try:
        main(args)
    except SystemExit as e:
        if e.code != 130:
            raise
        import atexit
        import os

        atexit._run_exitfuncs()
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(130)
