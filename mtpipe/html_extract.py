"""Main text of an HTML page: trafilatura with headline/lead recovery, or the built-in extractor.

:func:`_html_to_text` drops what a browser never shows (:func:`_drop_fallback`), runs
trafilatura (``--html-extractor``) and puts back the title, subtitle and lead it files as
metadata (:func:`_with_heading`), or falls back to :func:`_builtin_text` (stdlib
``html.parser``: block structure kept, scripts, styles and the head dropped).
"""

from __future__ import annotations

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
            got = trafilatura.bare_extraction(html, include_comments=False, include_tables=True, favor_recall=True,
                                              with_metadata=True)
            got = (got.as_dict() if hasattr(got, "as_dict") else got) or {}
            text = got.get("text")
            if text:
                return _with_heading(text, got, html), "trafilatura"
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
