"""The site's name beside its own home address, and as a prefix on a copy of the title (issue 12, left99).

A CMS's print or save view (PHP-Nuke's ``modules.php?name=News&file=save``, h54vi12) heads the page with what the
browser's title bar and the site's footer say: "TW Hội Khuyến học Việt Nam - Dòng họ hiếu học trên quê hương Khu
Cháy" (the site's name, a dash, the article's title, which the page then prints again alone) and "TW Hội Khuyến
học Việt Nam http://www.hoikhuyenhoc.vn" (the site's name and its home address).  The general rules saw both and
were held by the ``weighed`` policy on vi: ``boilerplate.source_link`` (a short line ending in a link: 1 content
line on vi) and ``dedupe.breadcrumb`` (a copy of the title with more words: 2 content lines on vi).  What tells
these two from a link a sentence sends the reader to, or a title with its rubric, is the site itself:

* ``boilerplate.site_address`` (:func:`site_addresses`): a live line of a name (one to :data:`MAX_NAME` words, no
  colon, no sentence's end) followed by the page's own host's home address (``http(s)://`` or ``www.``, the host
  the page was fetched from with or without "www.", no path beyond "/"), standing outside the article (above the
  line right over its first line of text, or below its last line: :func:`~.site_names.site_names`' test).  A
  label before the address ("Website: https://cholaithieu.com/", a contact list's item, h24vi03, content) is no
  name.  Counted over every dev part (held54 left out): no line has the shape (three lines are the bare home
  address, clutter, left to the rules that read contacts); a line ending in another page of the site (an article's
  address, "Короткий адрес: https://sciup.org/170205587") is not its home.
* ``boilerplate.site_title`` (:func:`site_titles`): a live line "A - B" (or "–", "—", "|") above the article's first
  line of text, one side a copy of another live line of the page standing between it and that text (three words at
  least: the title printed alone, which the page keeps)
  and the other the site's name: a name this module's address line carries, or one whose letters, folded
  (:func:`~.site_names.fold`), hold one of the host's labels ("TW Hội Khuyến học Việt Nam" holds "hoikhuyenhoc").
  Counted over every dev part (wherever the line stands): one line has the shape, clutter ("Những Lưu Ý Khi Đặt
  Phòng Khách Sạn Online | blogs | HonGai Tours Quảng Ninh", h13vi07); a title copy beside a name that is not the
  site's ("Going Out Guide | Fritz Hahn", 84 clutter and 3 content lines over dev) is no evidence of this rule.

The rules run in :class:`~.header_names.HeaderNames`' layer, after the site's own name (:mod:`.site_names`), by
:func:`mark_site_heads`; a removal next to a line the policy held is left, unless this module removes that line too.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Mapping

from .features import _sentence_like
from .site_names import fold, host_labels, host_of

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE_ADDRESS", "RULE_TITLE", "RULES", "MAX_NAME", "site_addresses", "site_titles", "mark_site_heads"]

RULE_ADDRESS = "boilerplate.site_address"
RULE_TITLE = "boilerplate.site_title"
RULES = (RULE_ADDRESS, RULE_TITLE)
MAX_NAME = 8  # words of the site's name before its address ("TW Hội Khuyến học Việt Nam": 6)
MIN_COPY = 3  # words of the title's copy
MAX_CHARS = 200  # a longer line is text, whatever address it ends with

#: a name, then the site's home address at the line's end
_ADDRESS = re.compile(r"^(?P<name>[^:]*?[^\W_][^:]*?)\s*[-–—|,]?\s*(?:https?://)?"
                      r"(?P<host>(?:www\.)?[a-z0-9.-]+\.[a-z]{2,6})/?$", re.IGNORECASE)
_SEPS = re.compile(r"\s+(?:[-–—|])\s+")
_END = ".!?…:;"


def _bare(host: str) -> str:
    host = host.casefold()
    return host[4:] if host.startswith("www.") else host


def _text_lines(lines: list[str], live: list[int]) -> list[int]:
    return [i for i in live if _sentence_like(lines[i]) or len(lines[i]) > 150]


def site_addresses(lines: list[str], removed: Mapping[int, Any], host: str) -> dict[int, tuple[str, str]]:
    """The lines outside the article that give the site's name and its own home address: index -> (rule, note)."""
    if not host or not any(("://" in s or "www." in s) and len(s) <= MAX_CHARS for s in lines):
        return {}  # (no line holds an address: the page's text is not read, perf)
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    text = _text_lines(lines, live)
    if not text:
        return {}
    out: dict[int, tuple[str, str]] = {}
    for k, i in enumerate(live):
        s = lines[i].strip()
        if len(s) > MAX_CHARS or ("://" not in s and "www." not in s.casefold()):
            continue
        m = _ADDRESS.match(s)
        if m is None or _bare(m.group("host")) != _bare(host):
            continue
        name = m.group("name").strip()
        if not 1 <= len(name.split()) <= MAX_NAME or name[-1:] in _END:
            continue
        above = i < text[0] and live[k + 1] != text[0]
        if above or i > text[-1]:
            out[i] = (RULE_ADDRESS, f"the site's name {name!r} and its own home address {m.group('host')!r}, "
                                    f"outside the article")
    return out


def _site_name(name: str, names: set[str], labels: set[str]) -> bool:
    f = fold(name)
    return bool(f) and (f in names or any(label in f for label in labels))


def _title_pairs(s: str, texts: Mapping[str, int], names: set[str], labels: set[str]) -> tuple[str, int] | None:
    """(the site's name, the index of the title's copy) when ``s`` joins them, else None."""
    for m in _SEPS.finditer(s):
        a, b = s[:m.start()].strip(), s[m.end():].strip()
        for name, copy in ((a, b), (b, a)):
            j = texts.get(copy)
            if j is not None and len(copy.split()) >= MIN_COPY and _site_name(name, names, labels):
                return name, j
    return None


def site_titles(lines: list[str], removed: Mapping[int, Any], host: str,
                names: set[str] = frozenset()) -> dict[int, tuple[str, str]]:  # type: ignore[assignment]
    """The lines above the article that join the site's name and a copy of the title: index -> (rule, note).
    ``names``: the folded names the page's address lines carry (:func:`site_addresses`)."""
    labels = host_labels(host) if host else set()
    if not (labels or names):
        return {}
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    #: (a line without a character a separator needs is not scanned: four substring tests, no call, perf90)
    joined = [i for i in live if ("-" in (s := lines[i]) or "|" in s or "–" in s or "—" in s) and _SEPS.search(s)]
    if not joined:
        return {}
    texts = {lines[i].strip(): i for i in live}  # (a side of a joined line is never the whole line: no self-copy)
    found = {}
    for i in joined:
        pair = _title_pairs(lines[i].strip(), texts, names, labels)
        if pair is not None:
            found[i] = pair
    if not found:
        return {}  # (no candidate: the page's text is not read, perf)
    text = _text_lines(lines, live)
    return {i: (RULE_TITLE, f"the site's name {name!r} joined to a copy of the title (line {j + 1})")
            for i, (name, j) in found.items() if text and i < j < text[0]}


def mark_site_heads(marks: "Marks", lines: list[str], found: Mapping[int, Any]) -> None:
    """Mark this module's lines (the live lines but ``found``, what the layer's other rules took)."""
    host = host_of(marks.doc.doc_id, marks.doc.path)
    if not host:
        return
    seen = {**marks.removed, **found}
    mine = site_addresses(lines, seen, host)
    names = {fold(_ADDRESS.match(lines[i].strip()).group("name")) for i in mine}  # type: ignore[union-attr]
    mine.update(site_titles(lines, {**seen, **mine}, host, names))
    held = getattr(marks.removed, "held", None) or {}
    for i, value in sorted(mine.items()):
        if any(j in held and j not in marks.removed and j not in mine for j in (i - 1, i + 1)):
            continue  # a removal next to a held line would release it (policy.release_supported): its own rule
        marks.removed.setdefault(i, value)
