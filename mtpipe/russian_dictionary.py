"""The Russian dictionary (pymorphy3's ``MorphAnalyzer``): one copy per process, for every user.

Loading it reads tens of megabytes of DAWG files (about a fifth of a CPU second, some 15 MB of
memory); language identification (:mod:`mtpipe.langid_dictionary`: is this Cyrillic line Russian?) and
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
