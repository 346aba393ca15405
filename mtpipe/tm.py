"""Translation memory: an embedded SQLite store of model outputs.

Keyed by the job's model signature, the language pair and the *protected*
source text (placeholders in place of glossary terms), so a re-run, or a new
corpus with the same boilerplate, reuses what the model already produced while
glossary restoration still runs on every use.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Iterable

__all__ = ["TranslationMemory"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS tm (
    sig TEXT NOT NULL,
    src TEXT NOT NULL,
    tgt TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    PRIMARY KEY (sig, src, tgt, source)
) WITHOUT ROWID
"""


class TranslationMemory:
    """A SQLite-backed store of (signature, src, tgt, source) -> target.

    Args:
        path: The database file (its folder is created).

    Attributes:
        hits: Lookups answered from the store since opening.
        misses: Lookups not found.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(self.path))
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(_SCHEMA)
        self._db.commit()
        self.hits = 0
        self.misses = 0

    def lookup(self, sig: str, src: str, tgt: str, sources: Iterable[str]) -> dict[str, str]:
        """Stored targets for those of ``sources`` the memory holds."""
        sources = list(sources)
        found: dict[str, str] = {}
        for i in range(0, len(sources), 500):
            chunk = sources[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT source, target FROM tm WHERE sig=? AND src=? AND tgt=? AND source IN ({marks})",
                [sig, src, tgt, *chunk],
            )
            found.update(rows.fetchall())
        self.hits += len(found)
        self.misses += len(sources) - len(found)
        return found

    def store(self, sig: str, src: str, tgt: str, pairs: dict[str, str]) -> None:
        """Remember ``source -> target`` pairs (committed at once)."""
        self._db.executemany(
            "INSERT OR REPLACE INTO tm (sig, src, tgt, source, target) VALUES (?, ?, ?, ?, ?)",
            [(sig, src, tgt, s, t) for s, t in pairs.items()],
        )
        self._db.commit()

    def __len__(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM tm").fetchone()[0])

    def close(self) -> None:
        self._db.close()
