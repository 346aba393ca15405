"""A forum post's author as a Markdown heading under the thread's path (issue 12, clut69).

A forum's thread exported as Markdown prints the forum's path to the thread as the page's first heading, "# Forum >
Section > Thread title", and each post's author as a heading of its own over the post: "## Mazaykina" (in-ku.com,
h17ru08), "## MinhPhuc123" (re-n.info, t27vi52), "## hangnt" (didau.org, tune t2vi07).  The layers before remove
the path (``chrome.breadcrumb_trail``) and the heading's marks (``markdown.heading``) and leave the name: one word
over the post, which reads as a heading of the text.  It is the post's byline (metadata, README convention 5).

``boilerplate.poster_heading`` (:func:`poster_headings`): a Markdown heading of level two to six whose text is one
token (no space, :data:`MAX_CHARS` characters at most, a letter in it), right under the page's path heading: the
nearest line above it that is not blank is a level-one heading ("# …") that a layer removed and that holds a
breadcrumb trail (two separators " > " or " » " at least).  Only that first heading: a later one-word heading may be
a section's as well as the next poster's.  A heading of several words ("## Requirements and setup") is a section's,
and a one-word heading under a page title that is no trail ("# Install" / "## Requirements") is the text's.

The rule runs in :class:`~.ru_cards.CardLines`' layer (a forum poster's card) and marks live lines only.
"""

from __future__ import annotations

import re
from typing import Any, Mapping

__all__ = ["RULE", "MAX_CHARS", "poster_headings"]

RULE = "boilerplate.poster_heading"
MAX_CHARS = 32  # a forum's nickname
_POSTER = re.compile(r"^(#{2,6})\s+(\S{1,%d})\s*$" % MAX_CHARS)
_PATH = re.compile(r"^#\s+\S.*?(?:\s[>»]\s.*?){2,}$")


def poster_headings(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """The post authors' headings under a removed path heading: index -> (rule, note)."""
    out: dict[int, tuple[str, str]] = {}
    for i, line in enumerate(lines):
        if not line.startswith("#"):
            continue
        m = _POSTER.match(line.strip())
        if m is None or i in removed or not any(ch.isalpha() for ch in m.group(2)):
            continue
        above = next((j for j in range(i - 1, -1, -1) if lines[j].strip()), None)
        if above is not None and above in removed and _PATH.match(lines[above].strip()):
            out[i] = (RULE, f"a forum post's author as a heading ({m.group(1)}) right under the thread's path heading")
    return out
