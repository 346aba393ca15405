"""Latin-script words that ``glossary suggest`` must not read as pinyin names.

* :func:`calendar_words`: weekday and month names and their abbreviations, in English (the standard
  library's :mod:`calendar` and the RFC 822 dates of RSS feeds, ``Tue, 3 Jan 2006``) and, when Babel is
  installed, in the Latin-script languages of :data:`CALENDAR_LOCALES` (``Mardi``, ``Lunes``).  ``Tue``
  segments as the pinyin ``tu'e``: a feed's date line made it a proposed place.
* :func:`common_latin_word`: a word frequent in English (wordfreq, when installed): in a Russian or
  Vietnamese page, a Latin word such as ``Posted`` or ``Share`` is site furniture, not a Chinese name.

Both lists are built once, on first use; nothing is read on import.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["CALENDAR_LOCALES", "COMMON_ZIPF", "calendar_words", "common_latin_word"]

#: Babel locales whose day and month names are gathered (Latin script, the languages of pages seen
#: beside Russian and Vietnamese ones).
CALENDAR_LOCALES = ("en", "fr", "de", "es", "it", "pt", "nl", "pl", "cs", "ro", "tr", "id", "sv", "da", "fi", "hu")

#: wordfreq Zipf frequency (English) from which a Latin word counts as common: about once per 1 million words.
COMMON_ZIPF = 3.0


@lru_cache(maxsize=1)
def calendar_words() -> frozenset[str]:
    """Lower-cased weekday and month names and abbreviations (``tue``, ``tuesday``, ``jan``, ``mardi``)."""
    import calendar

    words: set[str] = set()
    for names in (calendar.day_name, calendar.day_abbr, calendar.month_name, calendar.month_abbr):
        words.update(str(n) for n in names)
    try:
        from email import _parseaddr  # the RFC 822 date tokens RSS pubDate uses (Tue, Jan)

        words.update(getattr(_parseaddr, "_daynames", ()))
        words.update(getattr(_parseaddr, "_monthnames", ()))
    except ImportError:  # pragma: no cover - part of the standard library
        pass
    try:
        from babel.dates import get_day_names, get_month_names
    except ImportError:
        get_day_names = get_month_names = None  # type: ignore[assignment]
    if get_day_names is not None and get_month_names is not None:
        for loc in CALENDAR_LOCALES:
            for width in ("wide", "abbreviated"):
                for context in ("format", "stand-alone"):
                    for f in (get_day_names, get_month_names):
                        try:
                            words.update(f(width, context, locale=loc).values())
                        except (ValueError, LookupError):  # pragma: no cover - a locale Babel lacks
                            continue
    out = set()
    for name in words:  # each word of a name (Segunda-feira: segunda, feira), in Latin letters
        for w in re.findall(r"[^\W\d_]+", name.lower()):
            if all(ord(c) < 0x250 for c in w):
                out.add(w)
    return frozenset(out)


@lru_cache(maxsize=8192)
def common_latin_word(word: str) -> bool:
    """True when ``word`` is a common English word (wordfreq Zipf >= :data:`COMMON_ZIPF`); False
    without wordfreq."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        return False
    return zipf_frequency(word.lower(), "en") >= COMMON_ZIPF
