"""The run signature: everything that decides a job's outputs, and its one hash.

Every output carries the signature (the ledger's meta line, the TMX header,
the review page, ``report.json``); the job state and the translation memory
are keyed by its hash.  One hash function for all of them, so a ledger written
by a run names the same hash as the state that run kept: ``ensure_ascii=False``
with UTF-8 (``surrogatepass``: an undecodable file name's lone surrogates
hash too), ``default=str`` for values JSON does not know (paths), and the
device left out (it does not change the outputs).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Mapping

__all__ = ["Signature", "signature_hash", "NOT_HASHED"]

#: Signature keys that do not change outputs, so they do not change the hash.
NOT_HASHED = ("device",)


def signature_hash(signature: Mapping[str, Any]) -> str:
    """A short stable hash (16 hex) of a run signature, :data:`NOT_HASHED` keys left out."""
    blob = json.dumps({k: v for k, v in signature.items() if k not in NOT_HASHED}, sort_keys=True,
                      ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()[:16]


class Signature(dict):  # type: ignore[type-arg]
    """A run signature: a plain dict (JSON-ready, written as is) that knows its :func:`signature_hash`."""

    def hash(self) -> str:
        return signature_hash(self)
