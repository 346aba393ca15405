"""Markdown inputs: front matter to metadata, HTML pasted into Markdown read as HTML.

* **Front matter**: a block at the very start of the text, YAML between ``---`` lines,
  TOML between ``+++`` lines, or a JSON object (``{`` on the first line, the matching
  ``}`` closing a line).  It is parsed (PyYAML, tomllib, json; a block that does not
  parse as a mapping is not front matter) into ``doc.meta["front_matter"]`` (``title``,
  ``date``, ``author``... also copied to ``doc.meta`` when not already set) and its
  lines are removed (ledger rule ``frontmatter.yaml``/``.toml``/``.json``).
* **HTML in Markdown**: CMS exports paste raw HTML into ``.md`` files
  (``<p><span style="…">Gi&aacute;o d&#7909;c</span></p>``).  Tags are taken out, block
  tags (``p``, ``div``, ``br``, ``li``, headings) becoming line breaks, ``script`` and
  ``style`` elements with their content, comments too; entities are decoded with the
  standard library's :func:`html.unescape`.  Each change is a ledger ``repaired`` entry
  (rule ``markdown.html_tag`` / ``markdown.html_entity``) so offsets stay exact.  Whole
  HTML pages (``.html``) never get here: ingest extracts them with trafilatura.
"""

from __future__ import annotations

import html
import json
import re
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .marks import Marks

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

__all__ = ["front_matter", "html_edits", "FrontMatterLines"]

_YAML = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*(?:\n|\Z)", re.DOTALL)
_TOML = re.compile(r"\A\+\+\+[ \t]*\n(.*?\n)\+\+\+[ \t]*(?:\n|\Z)", re.DOTALL)


def _parse_yaml(body: str) -> Any:
    try:
        import yaml
    except ImportError:  # pragma: no cover - PyYAML is a dependency of our dependencies
        out = {}
        for line in body.splitlines():
            k, sep, v = line.partition(":")
            if not sep or not k.strip() or k.startswith((" ", "\t", "-")):
                continue
            out[k.strip()] = v.strip().strip("\"'")
        return out or None
    try:
        return yaml.safe_load(body)
    except yaml.YAMLError:
        return None


def front_matter(text: str) -> tuple[int, str, dict[str, Any]] | None:
    """``(end, kind, data)`` when ``text`` opens with front matter (``text[:end]`` is the block).

    ``data`` holds JSON types only (dates become ISO strings), so it can go into any output.
    """
    found = _front_matter(text)
    if found is None:
        return None
    end, kind, data = found
    return end, kind, json.loads(json.dumps(data, default=str, ensure_ascii=False))


def _front_matter(text: str) -> tuple[int, str, dict[str, Any]] | None:
    if text.startswith("---"):
        m = _YAML.match(text)
        if m:
            data = _parse_yaml(m.group(1))
            if isinstance(data, dict) and data:
                return m.end(), "yaml", data
    elif text.startswith("+++"):
        m = _TOML.match(text)
        if m:
            try:
                data = tomllib.loads(m.group(1))
            except tomllib.TOMLDecodeError:
                return None
            if data:
                return m.end(), "toml", data
    elif text.startswith("{"):
        end = _json_end(text)
        if end:
            try:
                data = json.loads(text[:end])
            except ValueError:
                return None
            if isinstance(data, dict) and data:
                return end, "json", data
    return None


def _json_end(text: str) -> int | None:
    """End of the JSON object that opens ``text`` (a ``}`` closing a line), or None."""
    depth, in_str, esc = 0, False, False
    for i, ch in enumerate(text[:200_000]):
        if in_str:
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == '"':
                in_str = False
        elif ch == '"':
            in_str = True
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                rest = text[i + 1:i + 2]
                return i + 1 if rest in ("", "\n") else None
    return None


_TAG = re.compile(r"<!--.*?-->|<(script|style)\b[^>]*>.*?</\1\s*>|</?([a-zA-Z][a-zA-Z0-9]*)\b(?:[^<>\"']|\"[^\"]*\"|'[^']*')*/?>",
                  re.DOTALL | re.IGNORECASE)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
_BLOCK = frozenset("p div br li ul ol h1 h2 h3 h4 h5 h6 tr table blockquote section article header footer".split())
_HTML_NAMES = frozenset("""a abbr b blockquote br code div em font h1 h2 h3 h4 h5 h6 hr i img li ol p pre s script section
    small span strong style sub sup table tbody td th thead tr u ul figure figcaption iframe""".split())


def html_edits(text: str) -> list[tuple[int, int, str, str, str]]:
    """``(start, end, replacement, rule, note)`` turning HTML pasted into Markdown into text.

    Only known HTML element names count as tags (``<Tên>`` in prose is left alone), and
    nothing is done unless the text holds at least two tags or one entity.
    """
    tags = [m for m in _TAG.finditer(text) if m.group(1) or m.group(0).startswith("<!--")
            or (m.group(2) or "").lower() in _HTML_NAMES]
    ents = [m for m in _ENTITY.finditer(text) if html.unescape(m.group(0)) != m.group(0)]
    if len(tags) < 2 and not ents:
        return []
    edits: list[tuple[int, int, str, str, str]] = []
    for m in tags:
        name = (m.group(1) or m.group(2) or "").lower()
        rep = "\n" if name in _BLOCK and not m.group(0).startswith("<!--") else ""
        edits.append((m.start(), m.end(), rep, "markdown.html_tag", f"HTML <{name or '!--'}> in Markdown"))
    taken = [(a, b) for a, b, *_ in edits]
    for m in ents:
        if any(a <= m.start() < b for a, b in taken):
            continue
        edits.append((m.start(), m.end(), html.unescape(m.group(0)), "markdown.html_entity", "HTML entity"))
    return sorted(edits)


class FrontMatterLines:
    """The front-matter line layer (:class:`~.marks.LineLayer`): the block :func:`front_matter` found
    goes to ``doc.meta["front_matter"]`` (``title``, ``date``... also to ``doc.meta`` when not set)
    and its lines are removed."""

    def mark(self, marks: "Marks") -> None:
        if not marks.front:
            return
        doc, removed = marks.doc, marks.removed
        end, kind, data = marks.front
        doc.meta["front_matter"] = data
        for k in ("title", "date", "author", "source", "url", "lang", "tags"):
            if k in data and k != "lang":
                doc.meta.setdefault(k, data[k])
        note = f"{kind} front matter kept as metadata: " + ", ".join(sorted(map(str, data)))[:200]
        for i, (a, b) in enumerate(marks.spans):
            if a < end:
                removed[i] = (f"frontmatter.{kind}", note if not removed else "front matter")


_FENCE = re.compile(r"[ \t]{0,3}(`{3,}|~{3,})")


class MarkdownCodeLines:
    """The Markdown code layer (:class:`~.marks.LineLayer`), for ``.md`` files: the lines of a fenced
    code block (from a line opening with ````` or ``~~~`` to the line that closes it, fences included)
    are code, not prose, and are kept out of translation (rule ``markdown.code``, each line in the
    ledger).  An unclosed fence runs to the end of the document, as Markdown renders it."""

    def mark(self, marks: "Marks") -> None:
        doc = marks.doc
        if not (doc.path or doc.doc_id).lower().endswith((".md", ".markdown")):
            return
        fence = ""
        for i, (a, b) in enumerate(marks.spans):
            line = doc.text[a:b]
            if not fence:
                m = _FENCE.match(line)
                if m is None:
                    continue
                fence = m.group(1)
            elif line.strip().startswith(fence[0] * len(fence)) or line.rstrip().endswith(fence[0] * len(fence)):
                fence = ""  # the closing fence (a soft-break join may have glued it to the last code line)
            if i not in marks.removed:
                marks.removed[i] = ("markdown.code", "a fenced code block: code, not prose (kept out of translation)")

