"""Every error mtpipe defines crosses a process or Ray boundary whole.

Worker processes and Ray actors send exceptions back pickled; an exception whose ``__init__`` takes
other arguments than its message cannot be rebuilt by the default ``Exception.__reduce__`` (it calls
``cls(*self.args)``), and the driver then sees a confusing ``TypeError`` instead of the user's error.
"""

from __future__ import annotations

import inspect
import pickle

import pytest

from mtpipe import errors

# One instance per error class, built with the arguments its constructor documents.
SAMPLES = {
    errors.JobError: lambda: errors.JobError("no input folder", exit_code=errors.EXIT_PARTIAL),
    errors.IngestError: lambda: errors.IngestError("in/ä b.txt", "not text (binary data)"),
    errors.GlossaryError: lambda: errors.GlossaryError(["g.yaml:3: no id", "g.yaml:9: bad form"]),
}


def _error_classes() -> list[type[BaseException]]:
    return [
        obj
        for _, obj in inspect.getmembers(errors, inspect.isclass)
        if issubclass(obj, BaseException) and obj.__module__ == errors.__name__
    ]


@pytest.mark.parametrize("cls", _error_classes(), ids=lambda c: c.__name__)
def test_every_error_survives_pickle(cls):
    make = SAMPLES.get(cls, lambda: cls("one line for the user"))
    err = make()
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is cls
    assert str(back) == str(err)
    assert vars(back) == vars(err)


def test_every_error_with_its_own_init_has_a_sample():
    # a new error class with a custom constructor must be added to SAMPLES, or the check above
    # would build it with a message alone and miss the arguments it loses
    custom = [c for c in _error_classes() if "__init__" in vars(c)]
    assert sorted(c.__name__ for c in custom) == sorted(c.__name__ for c in SAMPLES)
