"""Length-preserving match keys, so matches map back to the original text 1:1.

* case folded per character (``str.lower``; a character whose lower case is
  longer, such as ``İ``, is left alone so the length never changes);
* Vietnamese tone marks moved to one placement: in the open diphthongs oa, oe,
  uy the old style (``hòa``, ``thủy``) becomes the new style (``hoà``, ``thuỷ``);
* Vietnamese y and i after a consonant at the end of a syllable are the same
  (``Lý Hy`` = ``Lí Hi``, ``Kỳ`` = ``Kì``);
* hyphens, dashes and every single whitespace character become a space
  (``China-ROK`` = ``China ROK``; a name broken over a line still matches);
* ``ё`` matches ``е`` (Russian texts often drop the dots).

Keys are computed on NFC text.  Text that is not NFC (decomposed Vietnamese,
say) is first composed by :func:`nfc_with_map`, which also returns where each
composed character came from, so offsets can be mapped back to the original.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["match_key", "fold_char", "nfc_with_map"]

_SPACE_LIKE = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00a0\u2007\u202f\t\n\r\x0b\x0c\u2028\u2029\u3000"
_FOLD = {ord(c): " " for c in _SPACE_LIKE}
_FOLD[ord("ё")] = "е"
_SPACE_LIKE_RE = re.compile("[" + re.escape(_SPACE_LIKE) + "]")  # what _FOLD makes a space

# old-style tone on the first vowel of an open oa/oe/uy diphthong (lower case, NFC)
_TONED_O = "òóõỏọ"
_TONED_U = "ùúũủụ"
_TONE_OF = {c: i for i, c in enumerate(_TONED_O)} | {c: i for i, c in enumerate(_TONED_U)}
_NEW_A, _NEW_E, _NEW_Y = "àáãảạ", "èéẽẻẹ", "ỳýỹỷỵ"
_OLD_STYLE = re.compile(rf"([{_TONED_O}])([ae])(?![^\W\d_])|([{_TONED_U}])(y)(?![^\W\d_])")
# y and i are interchangeable at the end of a syllable after a consonant (Lý/Lí, Hy/Hi, Kỳ/Kì)
_Y_TO_I = str.maketrans("yýỳỷỹỵ", "iíìỉĩị")
_FINAL_Y = re.compile(r"(?<=[bcdđghklmnpqrstvx])[yýỳỷỹỵ](?![^\W\d_])")
_OLD_STYLE_FIRST = re.compile(f"[{_TONED_O}{_TONED_U}]")
_FINAL_Y_FIRST = re.compile("[yýỳỷỹỵ]")


def fold_char(ch: str) -> str:
    """One character's case- and punctuation-folded form (always one character)."""
    low = ch.lower()
    if len(low) != 1:
        return ch
    return low.translate(_FOLD)


def _new_style(m: re.Match[str]) -> str:
    if m.group(1):
        tone = _TONE_OF[m.group(1)]
        return "o" + (_NEW_A if m.group(2) == "a" else _NEW_E)[tone]
    return "u" + _NEW_Y[_TONE_OF[m.group(3)]]


def match_key(text: str, lang: str = "") -> str:
    """The key text used for matching.

    Args:
        text: NFC text.
        lang: Language hint; unused today (every rule is safe for every language).

    Returns:
        A string with ``len(match_key(text)) == len(text)``.
    """
    low = text.lower()
    if len(low) != len(text):  # a character expanded (İ): fold one by one
        low = "".join(fold_char(c) for c in text)
    else:  # low.translate(_FOLD), in two C passes (str.translate looks each character up in Python)
        low = _SPACE_LIKE_RE.sub(" ", low)
        if "ё" in low:
            low = low.replace("ё", "е")
    # each pattern starts at a letter of its own: where the text has none, it changes nothing
    if _OLD_STYLE_FIRST.search(low):
        low = _OLD_STYLE.sub(_new_style, low)
    if _FINAL_Y_FIRST.search(low):
        low = _FINAL_Y.sub(lambda m: m.group(0).translate(_Y_TO_I), low)
    return low


def nfc_with_map(text: str) -> tuple[str, list[int] | None]:
    """``text`` in NFC and, when that changed anything, the offset map back.

    Returns:
        ``(nfc, offsets)`` where ``offsets[i]`` is the position in ``text`` of
        the cluster that NFC character ``i`` belongs to, with one more entry
        for the end; ``offsets`` is None when ``text`` was already NFC.
    """
    if unicodedata.is_normalized("NFC", text):
        return text, None
    out: list[str] = []
    offsets: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFC", text[i:j])
        out.append(piece)
        offsets += [i] * len(piece)
        i = j
    offsets.append(n)
    return "".join(out), offsets
