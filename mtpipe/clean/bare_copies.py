"""A line of a Vietnamese page printed again without its marks: an image's alt text or the page's address slug
(issue 12, ``boilerplate.ascii_slug``; moved out of :mod:`.boilerplate` and widened by cap91).

A CMS writes an image's alt text, or the page's address slug, from the title's words folded to ASCII, and the scrape
keeps it as a line: "he lo bat ngo ve loi song cua chu tich trung quoc tap can binh" under "Hé lộ bất ngờ về lối sống
của Chủ tịch Trung Quốc Tập Cận Bình" (vi11), "cau bach cu tu trung khanh 0" under each photo of h10vi05, a slug glued
to a related story's title ("ba nu sinh lop 6 o quang binh duoi nuocHai bé trai …", h42vi09).  A page written in
Vietnamese writes its text with its tones: a line that opens without them and copies the opening of a line written
with them is that line's alt text or slug.

* :func:`accented_openings`: the page's lines written with marks (four words or more in their first 60 characters),
  keyed by their first 30 letters folded to ASCII; a line that opens bare and copies a key already written with marks
  never displaces it (enc67).
* :func:`bare_copy`: a line of four words or more opening without marks (:func:`~.boilerplate._opens_bare`'s test,
  passed in) whose key is a marked line's key (the whole opening copied), or, for a bare line shorter than a key, whose
  words are the opening words of a marked line (cap91: the page's slug "le hoi chua ong bon" under its title "Lễ hội
  chùa Ông Bổn của người Hoa ở Bình Dương", a slug cut shorter than the title: held51 h51vi05); and whose first words
  are Vietnamese syllables written bare, three in four (:data:`~.vi_heads._SYLLABLE`): an English name the text
  translates after it ("green summer volunteer campaign" over "- green summer volunteer campaign (chương trình …)",
  t27vi80, content the rule took before cap91) is no Vietnamese typed bare.  Keeping it costs three clutter lines
  of that dictionary page ("VIETNAMESE", "ENGLISH", "NOUN"), which ``boilerplate.region`` took only while the name
  under them was removed too.

On the dev pages (``benchmarks/caption_lines.py``): every ASCII line of three words or more whose words open a marked
line of its page is 16 lines: 15 clutter (h10vi05 ×9, vi11, h12vi07, t28vi12, t28vi41 ×2, h43vi14; all removed by
this rule or another before cap91) and 1 content, t27vi80's English name, which the syllable test keeps.
"""

from __future__ import annotations

from itertools import islice
from typing import Callable

from .features import _WORDS, _fold
from .vi_heads import _SYLLABLE

__all__ = ["KEY_CHARS", "MIN_WORDS", "accented_openings", "bare_copy"]

KEY_CHARS = 30  # a line's key: its first letters folded to ASCII, this many characters
MIN_WORDS = 4  # words of a bare copy
HEAD_WORDS = 5  # the bare copy's first runs of letters read for Vietnamese syllables


def _key(s: str) -> str:
    return " ".join(_WORDS.findall(_fold(s)))[:KEY_CHARS]


def accented_openings(lines: list[str], opens_bare: Callable[[str], bool]) -> dict[str, str]:
    """The page's lines written with marks, by their key (module docstring); empty when no line is written bare."""
    accented: dict[str, str] = {}
    if not any((len(ln) > 20 and ln[:20].isascii()) or (ln.isascii() and len(ln.split()) >= MIN_WORDS)
               for ln in lines):
        return accented
    marked: set[str] = set()  # keys whose line opens with its marks (the original a bare copy spells)
    for ln in lines:
        head = ln[:60]
        if not head.isascii() and len(head.split()) >= 4:
            key = _key(head)
            bare = opens_bare(ln)  # read once (perf63)
            if bare and key in marked:
                # enc67: a copy that opens bare and glues other words after ("ba nu sinh … duoi nuocHai bé trai
                # …", a related story's title under the page's slug, h42vi09) never displaces the line it copies
                continue
            accented[key] = ln
            if not bare:
                marked.add(key)
    return accented


def _vietnamese_bare(s: str) -> bool:
    words = [m.group() for m in islice(_WORDS.finditer(s), HEAD_WORDS)]  # the first runs of letters, as _opens_bare
    return bool(words) and 4 * sum(1 for w in words if _SYLLABLE.match(w)) >= 3 * len(words)


def bare_copy(line: str, accented: dict[str, str]) -> str | None:
    """The marked line ``line`` copies without its marks (module docstring), or None; the caller has checked that
    ``line`` opens bare and has :data:`MIN_WORDS` words."""
    key = " ".join(_WORDS.findall(line.casefold()))[:KEY_CHARS]  # as written: marks after the bare opening stay
    got = accented.get(key)
    if got is None and len(key) < KEY_CHARS:  # a slug cut shorter than the title it spells (cap91)
        got = next((ln for k, ln in accented.items() if k.startswith(key + " ")), None)
    if got is None or got == line or not _vietnamese_bare(line):
        return None
    return got
