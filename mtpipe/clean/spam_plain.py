"""A proven skip of :func:`.spam.find_spam_tokens`' shape chain for plain words (perf45).

Most Latin tokens of a Vietnamese text are plain words: a syllable written without marks ("con", "tin", "Trong") or
an English word ("online", "video"). :func:`.spam.find_spam_tokens` weighs each of them with a dozen tests; every
one of them but four asks first whether the token is a word the lists know, and gives up when it is:

- :func:`.spam_context.candidate` (and so :func:`.spam_context.pasted_word`, :func:`.spam_genre.pasted_trade_name`,
  :func:`.spam_namecut.split_name`, which need it): no candidate whose lower case is in ``known`` or
  :func:`.spam_names.load_words`;
- :func:`.spam_lone.lone_token`: needs :func:`.spam_lone.stray` (False by ``_plain`` for such a word, which holds no
  "." and is no hyphenated slug) or an English slug (hyphenated pieces: none in a word of letters alone);
- :func:`.spam_names.pasted_name` and :func:`.spam_slots.syllable_slot`: need a shape, and ``name_shape``, ``_camel``,
  ``foreign``, ``_coded`` (a digit needed) and the capitals' shape all give none to a word in ``known`` or
  :func:`.spam_names.load_words`;
- :func:`.spam_gaps.name_gap`: asked only of a token of letters and digits (``MIXED``).

The four left are read off the token itself (:func:`.spam_shapes.brand_shape`, :func:`.spam_lexicon.listed_brand`
before :func:`.spam_lexicon.listed_in_line`, :func:`.spam_lending.lending_name` before
:func:`.spam_lending.pasted_lending`, :func:`.spam_shapes.alien_letters`), and one from its place
(:func:`.spam_shapes.start_candidate`). A token :func:`plain_word` passes is therefore spam by the chain exactly when
it is a start candidate; ``tests/test_perf45_plain.py`` checks each test against the proof on such words.
"""

from __future__ import annotations

from .spam_lending import lending_name
from .spam_lexicon import listed_brand
from .spam_names import load_words
from .spam_shapes import alien_letters, brand_shape

__all__ = ["plain_word"]

#: (id of ``known``, token) -> (``known`` itself, the answer): the set is kept, so an id that another set takes after
#: it is freed never answers for it (a cache leaking between callers, cp76)
_PLAIN: dict[tuple[int, str], tuple[object, bool]] = {}


def plain_word(tok: str, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``tok`` is ASCII letters alone, its lower case a word of ``known`` (the syllable model's) or of the
    English list, and none of the chain's tests of the token alone holds (module docstring). Weighed once per token."""
    key = (id(known), tok)
    got = _PLAIN.get(key)
    if got is None or got[0] is not known:
        if len(_PLAIN) > 65536:  # a text's Latin tokens recur: each is weighed once
            _PLAIN.clear()
        low = tok.lower()
        got = _PLAIN[key] = (known, bool(
            tok.isascii() and tok.isalpha() and (low in known or low in load_words()) and brand_shape(tok) is None
            and not listed_brand(tok) and not lending_name(tok) and not alien_letters(tok)))
    return got[1]
