"""``python -m mtpipe``: the ``mtpipe`` command."""

from .cli import run

if __name__ == "__main__":  # (a forkserver or spawn worker imports this module too: it must not run a job)
    run()
