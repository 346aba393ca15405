"""Lines the ``weighed`` policy's second signal does not release (issue 12, cp59; :func:`.policy.release_supported`).

The signal removes a run of held lines after all when the lines just before and after it are removed: the held
line sits inside furniture the precise rules took.  Two kinds of line say nothing by their neighbours:

* **a paragraph of the text** (a sentence end and six words or more, :func:`~.features._sentence_like`): a
  narrative sentence between two photos, held as a caption (``captions.under_image``, t27vi87's procession);
* **raw HTML stored as text that carries the page's words** (a field label or value closed by its tag,
  "Ủy ban nh&acirc;n d&acirc;n cấp Tỉnh</div>", "H&igrave;nh thức nộp</th>", h23vi24; README convention 11):
  the markup-only lines around it are removed as markup, so a removed neighbour is no sign of furniture.

On dev (the 27 runs the signal released under the twenty-eighth session's start code) the two kinds were 3 of the 5
content lines released and none of the 22 clutter lines.

A third kind says nothing by its neighbours because the page itself names it (cp75, :func:`quoted_title`): **a short
line that a live sentence of the page quotes whole** ("Hoàn Châu cách cách" over its item's paragraph ""Hoàn Châu cách
cách" là một trong những bộ phim …", h44vi03's list of TV series, each title between a removed list number and a
removed image slug).  A title of a work, a dish, an event or a programme in a list inside the text: the text refers to
it in quotes.  On dev nine such title lines (eight pages, ru and vi: h12ru01, h21ru09, h22ru12, h24ru07, h26ru06,
h41ru15, h41vi04, t27ru21) are content, and no clutter line a rule held is quoted by a live sentence (the copies of a
title a duplicate rule takes, a site name quoted in a removed line, are no held lines).
"""

from __future__ import annotations

import re
from typing import Container, Sequence

from .features import _sentence_like  # the cleaner's one test of a sentence line

__all__ = ["paragraph", "worded_markup", "stays", "quoted_title"]

#: an HTML tag (opening, closing or empty; or one the line's end cuts inside its attributes) or a character entity
#: of raw HTML printed as text
_MARKUP = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>|<[a-zA-Z][a-zA-Z0-9]*\s[^<>]*$"
                     r"|&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#\d{1,7});")
#: what shows the line is HTML source, not a page's text with an image tag of a converter ("<image>![…](…)"): a
#: closing tag, an entity, or an opening tag the line's end cuts inside its attributes
_SOURCE = re.compile(r"</[a-zA-Z][a-zA-Z0-9]*\s*>|&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#\d{1,7});"
                     r"|<[a-zA-Z][a-zA-Z0-9]*\s[^<>]*$")
_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
_ADDRESS = re.compile(r"\S*[/:=;]\S*")  # a URL, a data URI, an attribute: no word of the page
#: the quotation marks a sentence puts round a title it names (open, close)
_QUOTES = (("“", "”"), ('"', '"'), ("«", "»"), ("„", "“"), ("„", "”"), ("‘", "’"))
TITLE_WORDS = 8  # a title a sentence quotes has this many words at most
_IMAGE = re.compile(r"<(?:image|img)\b|!\[", re.IGNORECASE)  # an image's markup: its words are alt text


def paragraph(line: str) -> bool:
    """A paragraph of the text: a sentence end and six words or more."""
    return _sentence_like(line)


def worded_markup(line: str) -> bool:
    """Raw HTML that carries words: HTML source in the line (:data:`_SOURCE`), a word of two letters or more outside
    every tag, entity and address, and no image (a markup-only line, ``<div class="row">``, ``&nbsp;</div>``, is
    not one, nor an image's markup with its alt text, ``<image>`` or ``<img>`` tags, a Markdown image)."""
    if not _SOURCE.search(line) or _IMAGE.search(line):
        return False
    return bool(_WORD.search(_ADDRESS.sub(" ", _MARKUP.sub(" ", line))))


def stays(line: str) -> bool:
    """True when a held ``line`` keeps its run from being released by the removed lines around it."""
    return paragraph(line) or worded_markup(line)


def quoted_title(lines: Sequence[str], i: int, removed: Container[int]) -> bool:
    """True when line ``i`` is a short line (:data:`TITLE_WORDS` words at most, a letter, no stop at its end) whose
    whole text a live sentence of the page (another line, not in ``removed``) holds in quotation marks."""
    t = " ".join(lines[i].split())
    if not t or len(t.split()) > TITLE_WORDS or t[-1] in ".!?…:;," or not any(c.isalpha() for c in t):
        return False
    quoted = [f"{o}{t}{c}" for o, c in _QUOTES]
    return any(j != i and j not in removed and _sentence_like(s) and any(q in " ".join(s.split()) for q in quoted)
               for j, s in enumerate(lines))
