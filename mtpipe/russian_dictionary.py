"""The Russian dictionary (pymorphy3's ``MorphAnalyzer``): one copy per process, for every user.

Each copy costs its process some 0.03-0.06 CPU-s to load and 20 MB of memory (measured: a second
copy in a process that has one); language identification (:mod:`mtpipe.langid_dictionary`: is this Cyrillic line Russian?) and
the name finders (:mod:`mtpipe.translit.detect`, :mod:`mtpipe.translit.foreign`,
:mod:`mtpipe.glossary.mine_names`) each used to load their own.  Without pymorphy3 installed,
:func:`morph` is None and its users skip the dictionary's checks.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["morph"]


@lru_cache(maxsize=1)
def morph() -> object | None:
    """The process's ``pymorphy3.MorphAnalyzer()`` (loaded on first call), or None without pymorphy3."""
    try:
        import pymorphy3
    except ImportError:  # the dictionary checks are skipped without it
        return None
    return pymorphy3.MorphAnalyzer()
