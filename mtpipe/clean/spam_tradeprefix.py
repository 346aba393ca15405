"""Another language's word of the trades after a prefix of one letter or of figures (spam88, issue 12 point 3).

:func:`.spam_slugs.foreign_trade` (spam72) reads a ``stem`` word of :mod:`.trade_vocab` (German "wetten", Polish
"kasyno", and since spam88 the Filipino "perya", "swerte", "sugal", "jueteng", "tongits") glued to three letters more
at least: the word alone is a term a Vietnamese text may quote ("trò chơi loteria", Mexico's game). The Philippine
gambling brands of langfresh44 (78 hosts of a Philippine gambling blocklist) glue the word to less: a brand prefix of
one letter (the "g" of "gperya", "gtongits", "gbingo", "gjackpot", "gfortune", "gyaman": a wallet's games) or a number
("6swerte", "123swerte"). A prefix so short is no word of any language that writes the term, and a figure before a
word is a gambler's number, not a unit (a unit follows its figure): the shape is a name built on the word. Two
letters stay out, as spam72 left them ("plkasyna": a country's code before the word; langfresh44's "gg" brands glue
no stem).

:func:`prefixed_stem` holds for a token that is exactly such a prefix and a ``stem`` word (nothing after it: a plural's
or a suffix's letters after the stem are a word of that language), no English word of the shipped list. It is asked
by :func:`.spam_slugs.foreign_trade`, so the token is then read wherever that one is (:func:`.spam_lone.lone_token`'s
places for a foreign trade's word and a clause's opening; :mod:`.spam_foreignslot`), with all they ask besides.

Dev evidence (langfresh44, dev since the thirty-ninth session): "gperya" ("đời sống đạo đức gperya giáo dân") and
"123swerte" ("từ hướng Nam, 123swerte hồ nước") missed before, "6swerte" flagged by another rule. Controls
(benchmarks/notes/spam88.md): no token of the shape in the clean controls nor in 38,093 real news articles.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .trade_vocab import by_length, words

__all__ = ["prefixed_stem"]


@lru_cache(maxsize=1)
def _pattern() -> "re.Pattern[str]":
    return re.compile(r"(?:[a-z]|\d{1,4})(" + "|".join(by_length(words("stem"))) + ")")


def prefixed_stem(tok: str) -> str | None:
    """The ``stem`` word of :mod:`.trade_vocab` that ``tok`` is, after a prefix of one lower-case letter or of one to
    four figures (module docstring), or None."""
    m = _pattern().fullmatch(tok)
    if m is None:
        return None
    from .spam_names import load_words

    return None if tok in load_words() else m.group(1)
