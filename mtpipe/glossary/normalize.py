"""Length-preserving match keys, so matches map back to the original text 1:1.

* case folded with ``str.lower`` per character (length kept; ``İ`` is left alone);
* Vietnamese tone marks moved to one placement (``hoà`` and ``hòa`` both become ``hoà``
  in the oa/oe/uy diphthongs), in NFC;
* hyphens and dashes become spaces (``China-ROK`` = ``China ROK``);
* ``ё`` matches ``е`` (Russian texts often drop the dots).

Text must be NFC (ingest makes it so) for offsets to stay exact.
"""

from __future__ import annotations

import unicodedata

__all__ = ["match_key", "fold_char"]

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_DASHES = {"-": " ", "\u2010": " ", "\u2011": " ", "\u2012": " ", "\u2013": " ", "\u2014": " ", "\u00a0": " "}
_PAIRS = {("o", "a"), ("o", "e"), ("u", "y")}


def _split_tone(ch: str) -> tuple[str, str]:
    d = unicodedata.normalize("NFD", ch)
    tone = "".join(c for c in d if c in _TONES)
    base = unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONES))
    return base, tone


def fold_char(ch: str) -> str:
    low = ch.lower()
    if len(low) != 1:
        return ch
    if low == "ё":
        return "е"
    return _DASHES.get(low, low)


def match_key(text: str, lang: str = "") -> str:
    """The key text used for matching; ``len(match_key(t)) == len(t)`` for NFC ``t``."""
    chars = [fold_char(c) for c in text]
    if lang in ("vi", "") or any("\u00c0" <= c <= "\u1ef9" for c in chars):
        for i in range(len(chars) - 1):
            b1, t1 = _split_tone(chars[i])
            b2, t2 = _split_tone(chars[i + 1])
            if (b1, b2) in _PAIRS and t1 and not t2:
                # old style (hòa) -> new style (hoà): the tone moves to the second vowel
                nxt = i + 2 < len(chars) and chars[i + 2].isalpha()
                if not nxt:
                    chars[i] = b1
                    chars[i + 1] = unicodedata.normalize("NFC", b2 + t1)
    return "".join(chars)
