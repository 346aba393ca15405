"""Sentence-boundary signs of round bnd57 (issue 12: boundary F1 on real pages): marks a page leaves between two
units, read on held39 and checked on real text.

* **an image's file name glued before a sentence** ("… часть дороги 2.jpg О ремонте этого участка дороги решено …",
  held39's ``h39ru07``: the photo's name, then the paragraph with no stop between them): a word and an image
  extension (jpg, jpeg, png, gif, webp, bmp), a space, then a capitalised word and a lower-case one end a unit after
  the extension (:func:`image_name_breaks`; README Convention 8, glued units).  A file name inside a sentence
  ("загрузите photo.jpg в папку", "файл IMG_01.JPG весит") goes on: a lower-case word follows it.
* **a stray "?" after a sentence's stop** ("… представляли свою продукцию. ? Подпишись на РИА …", ``h39ru01``): an
  icon font's glyph the crawler wrote as "?", standing alone after a "." / "!" / "?" / "…" and before a capital, can
  end no sentence (the one before has ended): it opens the next unit, with the link text after it
  (:func:`move_stray_glyph`).  A spaced question mark after a word ("Почему ? Потому что …", a typist's space) and
  a "?" at the end of the text (nothing to open) are left.
"""

from __future__ import annotations

import re

__all__ = ["ellipsis_open_breaks", "image_name_breaks", "move_stray_glyph"]

_UP = "A-ZА-ЯЁЇІЄҐĐÀ-ÝẠ-Ỹ"
# a file name closed by an image extension (any case: "DSC_8580.JPG"), then a capitalised word and a lower-case one
_IMAGE_NAME = re.compile(r"(?<![\w/.])[\w-]{1,80}\.(?i:jpe?g|png|gif|webp|bmp)(\s+)(?=[«\"“]?[" + _UP
                         + r"][^\W\d_]*,?\s+[^\W\d_A-ZА-ЯЁĐ])")
_EXT_GATE = re.compile(r"\.(?i:jpe?g|png|gif|webp|bmp)\s")
# a piece closed by a stop, a space and a lone "?"
_STRAY_QMARK = re.compile(r"[^\W\d_][.!?…][\"”»)]?\s+\?$")


def image_name_breaks(text: str) -> list[int]:
    """Offsets where a unit starts after an image's file name glued before it (see the module)."""
    if "." not in text or _EXT_GATE.search(text) is None:  # (the extension first: the name's pattern is the dear one)
        return []
    return [m.end(1) for m in _IMAGE_NAME.finditer(text)]


def move_stray_glyph(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with a stray "?" that closes a span after its stop moved to open the next span (see the module)."""
    if len(spans) < 2 or "?" not in text:
        return spans
    out = list(spans)
    for k in range(len(out) - 1):
        a, b = out[k]
        piece = text[a:b].rstrip()
        if not piece.endswith("?") or _STRAY_QMARK.search(piece[-8:]) is None:
            continue
        nxt = text[out[k + 1][0]:out[k + 1][1]].lstrip()
        if not nxt[:1].isupper():
            continue
        at = a + len(piece) - 1  # the "?"
        out[k] = (a, at)
        out[k + 1] = (at, out[k + 1][1])
    return out


# a sentence opened by an ellipsis glued to its first word: "… вздохнул. …На перемене", "it. ...And then" (moved here
# from sentences.py, a mark between two units too)
_ELLIPSIS_OPEN = re.compile(r"[.!?][\"»”)]?(\s+)(?=(?:\.\.\.|…)[A-ZА-ЯЁĐ])")


def ellipsis_open_breaks(text: str) -> list[int]:
    """Offsets where a sentence opened by a glued ellipsis starts: after the stop and the space before it."""
    return [m.end(1) for m in _ELLIPSIS_OPEN.finditer(text)]
