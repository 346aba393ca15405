"""Main text of an HTML page: trafilatura with headline/lead recovery, or the built-in extractor.

:func:`_html_to_text` drops what a browser never shows (:func:`_drop_fallback`), runs
trafilatura (``--html-extractor``), puts back the title, subtitle and lead it files as
metadata (:func:`_with_heading`) and splits a line that runs over several of the page's blocks
at their boundaries (:func:`_split_at_blocks`), or falls back to :func:`_builtin_text` (stdlib
``html.parser``: block structure kept, scripts, styles and the head dropped).
"""

from __future__ import annotations

import logging
import re


# What a browser never shows as content: the fallback inside <iframe> (shown only where frames
# are unsupported), <noembed> and <noframes>.  An unclosed one runs to the end, as in a browser.
_FALLBACK = re.compile(r"<(iframe|noembed|noframes)\b[^>]*>.*?(?:</\1\s*>|\Z)", re.I | re.S)


def _drop_fallback(html: str) -> str:
    """``html`` without the fallback content of ``<iframe>``, ``<noembed>`` and ``<noframes>``; an
    ``<iframe`` written inside another tag (a ``<meta content='<iframe …'>`` player embed) is text
    of an attribute, not an element: it is left alone (read as an element, an unclosed one ran to
    the end of a real page and took half its article with it)."""
    out, pos, at = [], 0, 0
    while (m := _FALLBACK.search(html, at)) is not None:
        if html.rfind("<", 0, m.start()) > html.rfind(">", 0, m.start()):
            at = m.start() + 1  # inside a tag: look again from the next character
            continue
        out.append(html[pos:m.start()])
        out.append(" ")
        pos = at = m.end()
    out.append(html[pos:])
    return "".join(out)


# a whole page, however it was saved: a doctype or an <html> element first (after comments)
_PAGE_START = re.compile(r"\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html\b|<html[\s>])", re.I | re.S)


def looks_like_page(text: str) -> bool:
    """Whether ``text`` is a whole HTML page (scrapers save pages as ``.txt`` too)."""
    return _PAGE_START.match(text[:4096]) is not None


def _html_to_text(html: str, how: str) -> tuple[str, str]:
    """Main text of an HTML page and the extractor that produced it."""
    html = _drop_fallback(html)
    if how in ("auto", "trafilatura"):
        try:
            import trafilatura
        except ImportError:
            if how == "trafilatura":
                raise
        else:
            log = logging.getLogger("trafilatura")
            if log.level == logging.NOTSET:
                # its "ERROR … parsed tree length: 0" for a page of plain text is no error of the
                # job's (the built-in extractor reads such a page), and errors name their file
                log.setLevel(logging.CRITICAL)
            got = trafilatura.bare_extraction(html, include_comments=False, include_tables=True, favor_recall=True,
                                              with_metadata=True)
            got = (got.as_dict() if hasattr(got, "as_dict") else got) or {}
            text = got.get("text")
            if text:
                return _split_at_blocks(_with_heading(text, got, html), html), "trafilatura"
    return _builtin_text(html), "builtin"


def _with_heading(text: str, got: dict, html: str) -> str:
    """trafilatura's body text, led by the page's title, subtitle and lead (standfirst) where the
    body lacks them: trafilatura files title and lead under metadata and drops the page's
    ``<header>``, and on real news pages (benchmarks/cleaning.py, part ``html``) the headline was
    missing from the body on 10 of 15 pages and the lead on 6.  Each is added only when the page
    shows it as text (not a ``<title>`` with the site's name appended, nor a ``description``
    written for search engines alone; a description with the site's name appended, "… — Укринформ.",
    is added as the page shows it).  The subtitle is the element right after the headline marked as
    one (``class="article__subtitle"``, ``itemprop="alternativeHeadline"``, an ``<h2>``)."""
    lead: list[str] = []
    page = None
    for key in ("title", "description"):
        v = " ".join(str(got.get(key) or "").split())
        if len(v) < 8 or v[:60] in text or any(v[:60] in x for x in lead):
            continue
        if page is None:
            page = _page_view(html, " ".join(str(got.get("title") or "").split()))
        for cand in _without_site_name(v):
            if len(cand) >= 8 and cand in page[0] and cand[:60] not in text:
                lead.append(cand)
                break
    if page is None and got.get("title"):
        page = _page_view(html, " ".join(str(got.get("title") or "").split()))
    subtitle = page[1] if page else ""
    title = " ".join(str(got.get("title") or "").split())
    if subtitle and subtitle[:60] not in text and not any(subtitle[:60] in x for x in lead):
        lead.insert(1 if lead and lead[0] == title else 0, subtitle)  # title, subtitle, lead, body
    if not lead:
        return text
    first, _, rest = text.partition("\n")
    if title and " ".join(first.split()) == title:  # the body opens with the headline: the rest goes after it
        return "\n\n".join([first] + lead + [rest])
    return "\n\n".join(lead + [text])


# a description ending with the site's name: "… станцию метро. — Укринформ.", "… | VnExpress"
_SITE_SUFFIX = re.compile(r"\s+(?:[—–|-]|::)\s+[^—–|]{2,40}$")


def _without_site_name(v: str) -> list[str]:
    m = _SITE_SUFFIX.search(v)
    return [v, v[:m.start()].rstrip()] if m else [v]


# trafilatura's metadata drops zero-width characters ("станцию \u200b\u200bметро")
_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff]")
_SUBTITLE_CLASS = re.compile(r"sub-?title|subhead|standfirst|\bdek\b|\blead\b|intro|anons|annot", re.I)


def _page_view(html: str, title: str) -> tuple[str, str]:
    """The text a browser shows in the page's body (whitespace folded), and the subtitle under the
    headline ``title`` when the page marks one; one lxml parse (trafilatura's parser)."""
    try:
        from lxml import html as lh

        root = lh.document_fromstring(html)
        for el in root.xpath("//script|//style|//noscript|//template|//head"):
            el.drop_tree()
        subtitle = ""
        if title:
            for h in root.iter("h1"):
                if " ".join(h.text_content().split()) != title:
                    continue
                for sib in h.itersiblings():
                    if not isinstance(sib.tag, str):
                        continue
                    marked = sib.tag == "h2" or _SUBTITLE_CLASS.search(sib.get("class") or "") \
                        or sib.get("itemprop") == "alternativeHeadline"
                    t = " ".join(sib.text_content().split())
                    if marked and len(t) >= 20 and len(t.split()) >= 4:
                        subtitle = t
                    break  # only the element right after the headline
                break
        return " ".join(_ZERO_WIDTH.sub("", root.text_content()).split()), subtitle
    except Exception:  # lxml refuses some pages (empty, bytes-declared encodings): the slow parser reads them
        return " ".join(_builtin_text(html).split()), ""


# Block-level elements (trafilatura's own list, ``baseline._BLOCK_ELEMS``, and the few HTML5 adds):
# a browser starts a new line at each one's start and end.
_BLOCKS = ("address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "dialog", "div", "dl",
           "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
           "header", "hgroup", "hr", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
           "summary", "table", "td", "th", "tr", "ul")
_MARK = "\ue000"  # a private-use character: where a block starts or ends
_FOLD = re.compile(r"[\s\ue000]+")
# what lxml refuses to store as text: control characters (dropped, as trafilatura drops them) and
# the ones Python counts as whitespace (folded as whitespace)
_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
_CONTROL_SPACE = re.compile("[\x0b\x0c\x1c-\x1f]")


def _xml_safe(s: str | None) -> str:
    return _CONTROL_SPACE.sub(" ", _CONTROL.sub("", s)) if s else ""


def _block_view(html: str) -> str | None:
    """The text a browser shows in the page's body, whitespace folded to one space inside a block
    and a line break (``\\n``) wherever a block element starts or ends; ``None`` when lxml refuses
    the page."""
    try:
        from lxml import html as lh

        root = lh.document_fromstring(html)
    except Exception:
        return None
    for el in root.xpath("//script|//style|//noscript|//template|//head"):
        el.drop_tree()
    try:
        for el in root.iter(*_BLOCKS):
            el.text = _MARK + _xml_safe(el.text)
            el.tail = _MARK + _xml_safe(el.tail)
    except ValueError:  # a character lxml refuses that the lists above lack: no view, nothing is cut
        return None
    shown = _ZERO_WIDTH.sub("", root.text_content())
    return _FOLD.sub(lambda m: "\n" if _MARK in m.group() else " ", shown).strip()


def _split_at_blocks(text: str, html: str) -> str:
    """``text`` with each line that runs over several of the page's blocks cut at their boundaries.

    trafilatura's rescue extractor (``baseline``, used when its main one finds too little) gives a
    whole ``<article>`` as one paragraph, its blocks joined by spaces: on a real page the article
    header's category list, headline, view counter and first paragraph became one line
    ("Други Новини Враца ОБЩИНА … НА … 6 Проектното …"), clutter glued to the headline and the
    headline's sentence end lost.  A line (a list item without its "- ") is cut only where the page
    shows it over several blocks and nowhere as one block's run of text; its words are kept as they
    are (whitespace folded).  A line the page does not show as it is (a table row, text trafilatura
    trimmed) is left alone.  One more lxml parse of the page (about 5% of the extraction's CPU time)."""
    view: str | None = None
    flat = ""
    out: list[str] = []
    at = 0
    for line in text.split("\n"):
        words = " ".join(line.split())
        bullet = "- " if words.startswith("- ") else ""  # trafilatura's list item: "- " + the item's text
        words = words[len(bullet):]
        if " " not in words:
            out.append(line)
            continue
        if view is None:
            view = _block_view(html)
            if view is None:
                return text
            flat = view.replace("\n", " ")
        cut = _blocks_of(words, view, flat, at)
        if cut is None:
            out.append(line)
            continue
        at = cut[0] + len(words)
        out.append(bullet + cut[1])
    return "\n".join(out)


def _blocks_of(words: str, view: str, flat: str, at: int) -> tuple[int, str] | None:
    """Where ``words`` stand in the page over several blocks (``flat`` is ``view`` with its line
    breaks made spaces), and their text there with the breaks: the first such place at or after
    ``at`` (the lines come in page order), else the first; ``None`` when they never cross a block
    boundary or the page also shows them as one block's text."""
    cut = None
    i = flat.find(words)
    while i >= 0:
        end = i + len(words)
        if (i == 0 or flat[i - 1] == " ") and (end == len(flat) or flat[end] == " "):
            seg = view[i:end]
            if "\n" not in seg:
                return None
            if cut is None or cut[0] < at <= i:
                cut = (i, seg)
        i = flat.find(words, i + 1)
    return cut


def _builtin_text(html: str) -> str:
    from html.parser import HTMLParser

    class _P(HTMLParser):
        skip = {"script", "style", "noscript", "template", "head"}
        block = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "title"}

        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.depth = 0

        def handle_starttag(self, tag: str, attrs: object) -> None:
            if tag in self.skip:
                self.depth += 1
            elif tag in self.block:
                self.parts.append("\n\n")

        def handle_endtag(self, tag: str) -> None:
            if tag in self.skip and self.depth:
                self.depth -= 1
            elif tag in self.block:
                self.parts.append("\n\n")

        def handle_data(self, data: str) -> None:
            if not self.depth:
                self.parts.append(data)

    p = _P()
    p.feed(html)
    return "".join(p.parts)


_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.I | re.S)


def title_only(html: str, text: str) -> str | None:
    """The page's ``<title>`` text when the extracted ``text`` is blank and the page has one (lost97: held53's
    ``h53vi14``, a kindergarten's notice saved as a ``.txt`` with its ``<head>`` alone, the download cut before the
    body; both extractors read the body only and gave an empty document).  The title is the page's one line of its
    own words (the notice's name, Convention 11), what a browser shows of such a page; ``None`` otherwise."""
    if text.strip():
        return None
    m = _TITLE.search(html)
    if m is None:
        return None
    import html as _html

    title = " ".join(_html.unescape(re.sub(r"<[^>]*>", " ", m.group(1))).split())
    return title or None


#: At most this many of the lines an extractor left out are listed (:func:`dropped_lines`).
DROPPED_LINES_LISTED = 200


def dropped_lines(html: str, text: str, limit: int = DROPPED_LINES_LISTED) -> dict[str, object] | None:
    """The lines a page shows (its text outside scripts and styles, block by block) that the
    extracted ``text`` does not hold: the menus, footers and teasers trafilatura left out.

    Returns ``{"count": N, "lines": [...]}`` (the first ``limit`` lines, each cut at 300
    characters), or None when nothing was left out.  Ingest puts it in ``meta["html_dropped"]``,
    so the ledger's meta line lists what the page lost before cleaning began.
    """
    kept = " ".join(text.split())
    lines: list[str] = []
    count = 0
    seen: set[str] = set()
    for line in _builtin_text(_drop_fallback(html)).splitlines():
        k = " ".join(line.split())
        if not k or k in seen or not any(ch.isalnum() for ch in k) or k in kept:
            continue
        seen.add(k)
        count += 1
        if len(lines) < limit:
            lines.append(k[:300])
    return {"count": count, "lines": lines} if count else None
