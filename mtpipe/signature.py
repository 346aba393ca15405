"""The run signature: everything that decides a job's outputs, and its one hash.

Every output carries the signature (the ledger's meta line, the TMX header,
the review page, ``report.json``); the job state records, per document, the
hash its outputs carry.  (The translation memory is keyed by what the model
sees instead, :func:`mtpipe.tm.model_key`, so a glossary edit keeps it.)  One hash function for all of them, so a ledger written
by a run names the same hash as the state that run kept: ``ensure_ascii=False``
with UTF-8 (``surrogatepass``: an undecodable file name's lone surrogates
hash too), ``default=str`` for values JSON does not know (paths), and the
device left out (it does not change the outputs).

A document's outputs carry :func:`document_signature`: the job's, with the glossary hash
narrowed to the entries that matched in that document (their ids and the fields a match
carries into the outputs, :func:`mtpipe.state.render_hash`), so a glossary edit re-signs
only the documents it can change; ``report.json`` and the run-level files keep the whole
glossary's hash.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Mapping

__all__ = ["Signature", "signature_hash", "job_signature", "document_signature", "NOT_HASHED"]

#: Signature keys that do not change outputs, so they do not change the hash.
NOT_HASHED = ("device",)


def signature_hash(signature: Mapping[str, Any], leave_out: tuple[str, ...] = ()) -> str:
    """A short stable hash (16 hex) of a run signature, :data:`NOT_HASHED` and ``leave_out`` keys left out."""
    skip = NOT_HASHED + tuple(leave_out)
    blob = json.dumps({k: v for k, v in signature.items() if k not in skip}, sort_keys=True,
                      ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()[:16]


class Signature(dict):  # type: ignore[type-arg]
    """A run signature: a plain dict (JSON-ready, written as is) that knows its :func:`signature_hash`."""

    def hash(self) -> str:
        return signature_hash(self)


def job_signature(options: Any, config: Any, engine: Any = None, glossary: Any = None) -> Signature:
    """A translate job's signature: mtpipe version, config, each route's models, device, compute type,
    decoding, glossary hash, targets and the switches that change outputs."""
    from . import __version__

    o = options
    models = {}
    for key in sorted(config.routes):
        src, tgt = key.split("-", 1)
        if tgt in o.targets:
            models[key] = [spec.signature() for _, _, spec in config.route(src, tgt)]
    return Signature({
        "mtpipe": __version__,
        "config": config.source,
        "routes": models,
        "device": engine.device if engine is not None else None,
        "compute_type": engine.compute_type if engine is not None else None,
        "decoding": config.decoding.as_dict(),
        "glossary_hash": getattr(glossary, "hash", None),
        "targets": list(o.targets),
        "keep_boilerplate": o.keep_boilerplate,
        **({"clean_policy": o.clean_policy} if o.clean_policy != "balanced" else {}),  # older outputs stay current
        "normalize": o.normalize,
        "auto_names": o.auto_names,
        "term_strategies": list(o.term_strategies),
        "probe_terms": o.probe_terms,
    })


def document_signature(signature: Mapping[str, Any], entries: Mapping[str, str]) -> Signature:
    """The signature one document's outputs carry (see the module docstring).

    Args:
        signature: The job's signature.
        entries: Entry id -> :func:`~mtpipe.state.render_hash` of the glossary entries that
            matched in the document (``auto:`` names are not entries).

    ``glossary_hash`` becomes the hash of ``entries`` (the same for every document that matched
    nothing); it stays None for a run without a glossary.
    """
    sig = Signature(signature)
    if sig.get("glossary_hash") is not None:
        blob = json.dumps(sorted(entries.items()), ensure_ascii=False)
        sig["glossary_hash"] = "doc:" + hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return sig
