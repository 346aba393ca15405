"""A Vietnamese page's numbered image names alone on their lines, and the captions standing between two images
(issue 12, cap91).

A CMS that names an uploaded photo by a letter and a counter leaves the name as a line of the text when the page is
scraped: "d5", "đ2", "d2", "d3", "d6" between the paragraphs and captions of a ceremony's report (held51 h51vi10),
"image001" / "image004" (vi28), "image027" / "image044" (vi29).  ``boilerplate.filename`` marks such a line, but its
measured precision on Vietnamese pages (11 clutter, 2 content: a vaccine's name "DPT4" printed twice in a table,
h27vi03) is under ``weighed``'s break-even, so the policy holds it there; and the caption between two such names, a
noun phrase or a scene with no stop, looks like a subheading to every layer.

* ``captions.image_series``: a line that is one token, a lower-case stem of letters (:data:`MAX_STEM` at most) and a
  counter (:data:`MAX_DIGITS` figures at most, a hyphen or underscore between allowed: "d5", "đ2", "image044",
  "step-0"), when the page holds two such lines or more with the same stem ("đ" read as "d") and different counters:
  a series of numbered images.  One name repeated ("DPT4" twice, a table's row) is no series; a code in capitals
  (a vaccine, a class of licence, "A1" / "B2") is the text's own, not a file's name.
* ``captions.between_images``: a line standing right between two image traces (a series' name, an image's file
  name or a Markdown image, :func:`~.captions.image_mark`, or an image's slug, :func:`~.vi_slugcaps63.image_slug`),
  the lines above and under it removed or not, in a caption's shape (:func:`~.vi_slugcaps63.slug_caption`:
  Vietnamese marks, two to thirty words, no stop, colon or semicolon at its end, not in capitals, not numbered).  A
  paragraph between two images ends with a stop and stays.

On the dev pages (every part but the blind one, the audits with their verdicts; ``benchmarks/caption_lines.py``)
the shapes hold no content line: a series' names are 4 lines (vi28 ×2, vi29 ×2; 3 already removed, vi29's
"image044" held) and no content line (h27vi03's "DPT4" ×2 is one name repeated); the lines between two image traces
are 14: 13 content lines, every one ending with a stop (h10vi05 ×8 between its slugs, t27vi87 ×2, t27vi65, t30ru06),
and one caption without a stop (h16vi04, already removed by ``captions.under_image``).  Vietnamese pages only, where
the shapes were measured.  :func:`id_captions` is read by :mod:`.vi_altcaps58`'s layer (after :mod:`.vi_rubrics`,
whose ``captions.lower_alt`` may have taken one name, "đ2", and before :mod:`.vi_slugcaps63`); a removal next to a line
the policy held is left there, unless this module takes that line too (:func:`~.policy.release_supported`).
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from .captions import image_mark
from .vi_slugcaps63 import image_slug, slug_caption

__all__ = ["RULES", "SERIES", "BETWEEN", "MAX_STEM", "MAX_DIGITS", "series_name", "image_series", "id_captions"]

SERIES = "captions.image_series"
BETWEEN = "captions.between_images"
#: the ledger rules of this module (policy families, docs)
RULES = (SERIES, BETWEEN)
MAX_STEM, MAX_DIGITS = 8, 4
_NAME = re.compile(rf"^([^\W\d_]{{1,{MAX_STEM}}})[_-]?(\d{{1,{MAX_DIGITS}}})$")


def series_name(s: str) -> tuple[str, str] | None:
    """A numbered image's name as a line (module docstring): (its stem, "đ" read as "d", and its counter), or None."""
    m = _NAME.match(s.strip())
    if m is None or m.group(1) != m.group(1).lower():
        return None
    return m.group(1).replace("đ", "d"), m.group(2)


def image_series(lines: list[str]) -> set[int]:
    """The lines of the page that are names of a series of numbered images: two names or more with one stem and
    different counters."""
    by_stem: dict[str, dict[int, str]] = {}
    for i, s in enumerate(lines):
        got = series_name(s) if len(s) <= 2 * (MAX_STEM + MAX_DIGITS) else None
        if got is not None:
            by_stem.setdefault(got[0], {})[i] = got[1]
    return {i for names in by_stem.values() if len(set(names.values())) >= 2 for i in names}


def id_captions(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """The names of a series of images no layer removed, and the captions between two images: index -> (rule, note)."""
    series = image_series(lines)
    out: dict[int, tuple[str, str]] = {}
    for i in sorted(series):
        if i not in removed:
            out[i] = (SERIES, "a numbered image's name alone on its line, one of a series on the page")
    rows = [i for i in range(len(lines)) if lines[i].strip()]  # every written line, removed or live
    trace = {i for i in rows if i in series or image_mark(lines[i]) or image_slug(lines[i])}
    for k in range(1, len(rows) - 1):
        above, cap, under = rows[k - 1], rows[k], rows[k + 1]
        if above in trace and under in trace and cap not in removed and cap not in trace and slug_caption(lines[cap]):
            out[cap] = (BETWEEN, f"a caption between two images ({lines[above].strip()[:30]!r} and "
                                 f"{lines[under].strip()[:30]!r}), no stop at its end")
    return out

