"""``python -m mtpipe.cli``: the ``mtpipe`` command."""

from . import run

if __name__ == "__main__":  # (a forkserver or spawn worker imports this module too: it must not run a job)
    run()
