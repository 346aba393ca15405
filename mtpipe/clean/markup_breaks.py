"""HTML line breaks printed as text in a text page (round bnd66, issue 12; read on held48's ``h48ru08``, measured
blind).

A CMS that stores a post's body as HTML and a scraper that takes it as text leave the line-break tags in the text:
"<br />Жительница одной из квартир Ирина Тарасова рассказывает:<br />— Порядок во дворе …вишни.<br />Цветочными
клумбами …".  The tag is the page's line break: the reply after the colon, the paragraph after "вишни." are units of
their own, but the segmenter sees one line ("вишни.<br />Цветочными" has no space after its stop) and the tag goes
into the sentence sent to the translator.

Markdown files already have their pasted HTML turned into text (:func:`~.frontmatter.html_edits`, rule
``markdown.html_tag``); this is the same repair for the one tag whose meaning is a line break, in any other text:
``<br>``, ``<br/>``, ``<br />`` (any case) becomes a newline inside a line and nothing at a line's edge (the line
already breaks there), each a ledger ``repaired`` entry (rule ``markup.line_break``) through :func:`~.rewrite.rewrite`,
which keeps the raw offsets exact.

Only leaked tags are taken: a tag glued to the text after it (a letter, a dash, a quote: "<br />Цветочными",
"<br />— Порядок") or to the text before it at a line's end ("… вишни.<br />"), and two such tags in the document at
least (a body's markup repeats).  A page that writes about the tag ("тег <br> переносит строку", spaces around it,
the tag named once) keeps it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .frontmatter import html_edits

if TYPE_CHECKING:
    from ..document import Document

__all__ = ["break_edits", "markup_edits"]

_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_GLUED = re.compile(r"[^\W\d_]|[—–\-«\"“„(]", re.UNICODE)
_NOTE = "an HTML line break (<br>) printed as text: the page's line break"


def break_edits(text: str) -> list[tuple[int, int, str, str, str]]:
    """``(start, end, replacement, rule, note)`` for the leaked ``<br>`` tags of ``text`` (see the module's text)."""
    if "<" not in text:
        return []
    edits: list[tuple[int, int, str, str, str]] = []
    for m in _BR.finditer(text):
        a, b = m.start(), m.end()
        before = text[text.rfind("\n", 0, a) + 1:a]
        nl = text.find("\n", b)
        after = text[b:nl if nl >= 0 else len(text)]
        if after.strip() and not _GLUED.match(after):
            continue  # "тег <br> переносит": a tag the text names
        if not after.strip() and before[-1:].isspace():
            continue
        at_edge = not before.strip() or not after.strip()
        edits.append((a, b, "" if at_edge else "\n", "markup.line_break", _NOTE))
    return edits if len(edits) >= 2 else []


def markup_edits(doc: "Document", start: int, markdown: bool) -> list[tuple[int, int, str, str, str]]:
    """The markup repairs of ``doc.text`` (from ``start`` on, past front matter): in a Markdown file (with the
    ``markdown`` option), its pasted HTML (:func:`~.frontmatter.html_edits`); in any other text, its leaked ``<br>``
    tags (:func:`break_edits`)."""
    if (doc.path or doc.doc_id).lower().endswith((".md", ".markdown")):
        return [e for e in html_edits(doc.text) if e[0] >= start] if markdown else []
    return [e for e in break_edits(doc.text) if e[0] >= start]
