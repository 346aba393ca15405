"""The front of a job for one document: read it and run the front stages (clean, segment, protect...).

A plain function of picklable arguments, so an executor can run it here, in a
worker process or in a Ray task; every executor yields its events in input
order, so windows (and outputs) do not depend on where it ran.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Sequence

__all__ = ["Event", "prepare_one"]

log = logging.getLogger("mtpipe")

#: ``("todo", path, input_dir, input_hash, stat)`` from the planner; executors turn each into
#: ``("doc", path, input_hash, doc, stat)``,
#: ``("problem", file, reason, stage)`` or ``("empty", file, message)``.  ``("problem", ...)``, ``("warning", ...)``
#: and ``("resumed", doc_id, summary)`` from the planner pass through unchanged.
Event = tuple[Any, ...]


def prepare_one(front: Any, path: Path, input_dir: Path, input_hash: str,
                stat: Sequence[int] = ()) -> Event:
    """Read ``path`` and run ``front`` on it (a :class:`~mtpipe.stages.Pipeline`, or a list of stages).

    Returns:
        ``("doc", path, input_hash, document, stat)``, ``("empty", file, message)`` for an empty document, or
        ``("problem", file, reason, stage)``; never raises for a bad input.
    """
    import time

    from ..ingest import IngestError, IngestOptions, read_document
    from ..inputs import DocumentLimits, DocumentOvertime, check_budget, document_deadline

    from ..document import named_warning
    from ..stages import Pipeline

    pipeline = front if isinstance(front, Pipeline) else Pipeline(list(front))  # checked: requires/provides
    # bounded work: the job's limits travel with its front stages (mtpipe.inputs.DocumentLimits)
    limits = next((st for st in pipeline if isinstance(st, DocumentLimits)), DocumentLimits())
    pipeline.warm()  # the stages' lazy loading is no part of this document's time budget
    started = time.monotonic()
    try:
        with document_deadline(path, limits.budget_s):  # stops a stage that runs over, mid-loop
            doc = read_document(path, input_dir, IngestOptions(max_chars=limits.max_chars))
            if not doc.text.strip():  # counted as "empty", so the documents planned add up
                return ("empty", str(path), named_warning(doc.doc_id, "empty or whitespace only, nothing to translate"))
            doc = pipeline(doc, after_each=lambda _: check_budget(path, started, limits.budget_s))
    except IngestError as e:
        return ("problem", str(path), e.reason, "ingest")
    except DocumentOvertime as e:
        return ("problem", str(path), f"{e} (after {time.monotonic() - started:.1f} s)", "prepare")
    except Exception as e:  # a bug or a pathological input must not end the run
        log.debug("front stages failed on %s", path, exc_info=True)
        return ("problem", str(path), f"{type(e).__name__}: {e}", "prepare")
    return ("doc", path, input_hash, doc, tuple(stat))
