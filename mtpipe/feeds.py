"""RSS and Atom feeds as documents (field trials 7 and 8: a crawl's `.xml` feeds were skipped).

A feed is read into one document: each item's title, then its text (``content:encoded``, Atom
``content`` or the ``description``/``summary``, whichever is longest; HTML inside it is read as HTML
by the built-in extractor), items apart by blank lines, in the feed's order.  What is not prose is
kept as metadata, not dropped: the channel's title, link and description, and each item's link, date
and author (``meta["feed"]``).  A file whose root is not ``<rss>``, ``<feed>`` or RDF (a sitemap, a
configuration file) is no feed: :func:`read_feed` says so and the caller skips it with a warning.

Parsing is the standard library's (``xml.etree.ElementTree``, expat): no network, no external entities;
a document type is dropped before parsing, so no entity it declares is expanded (HTML's named entities,
common in real feeds, are read as HTML's).  XML that is not well-formed (a feed cut short, a stray
byte) is read by lxml's recovering parser when lxml is installed (the ``html`` extra), and
``meta["recovered"]`` names the line and column where it broke; without lxml such a file is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .errors import NotAFeed

__all__ = ["FEED_SUFFIXES", "Feed", "NotAFeed", "read_feed"]

#: file suffixes read as feeds (a crawl saves RSS and Atom under these names)
FEED_SUFFIXES = (".xml", ".rss", ".atom")

# a document type with its internal subset ("<!DOCTYPE rss [<!ENTITY % HTMLlat1 …>]>")
_DOCTYPE = re.compile(r"<!DOCTYPE[^\[>]*(?:\[.*?\]\s*)?>", re.IGNORECASE | re.DOTALL)
_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_BLANKS = re.compile(r"\n{3,}")


@dataclass
class Feed:
    """A feed read into text: ``text`` is what is translated, ``meta`` what is kept beside it."""

    text: str
    kind: str  # "rss", "rdf" or "atom"
    meta: dict[str, Any] = field(default_factory=dict)


def _local(tag: Any) -> str:
    """A tag's local name: no ``{namespace}``, and no prefix that was never declared (``itunes:subtitle``
    as a recovering parser keeps it)."""
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1].lower() if isinstance(tag, str) else ""


def _child(el: Any, *names: str) -> Any:
    """The first child whose local name (any namespace: RSS 2.0 is written with and without one, Atom 0.3
    and 1.0 have their own, RSS 1.0 its) is one of ``names``, tried in that order."""
    if el is None:
        return None
    for name in names:
        for child in el:
            if _local(child.tag) == name:
                return child
    return None


def _children(el: Any, name: str) -> list[Any]:
    return [child for child in el if _local(child.tag) == name] if el is not None else []


def _text(el: Any) -> str:
    """An element's text: for Atom's inline markup (``type="xhtml"``, 0.3's ``mode="xml"``) the markup
    inside, else its characters."""
    if el is None:
        return ""
    if el.get("type") == "xhtml" or el.get("mode") == "xml":
        import xml.etree.ElementTree as ET

        return "".join(ET.tostring(child, encoding="unicode") for child in el)
    return "".join(el.itertext())


#: an item text that, once read as XML, still begins with escaped HTML (``&lt;div class="md"&gt;&lt;p&gt;``,
#: ``&lt;!-- SC_OFF --&gt;``): the feed escaped its HTML twice.  Text that merely quotes a tag later on
#: (``&lt;IfModule&gt;`` in a post's code sample) is not it: that is text and stays text.
_ESCAPED_TWICE = re.compile(r"&lt;(?:!--|/?(?:p|div|span|a|img|br|hr|table|ul|ol|li|b|i|em|strong|h[1-6]|"
                            r"blockquote|figure|pre|section|article|font|center)(?:\s|/?&gt;))", re.IGNORECASE)


#: a link's text (``<a href=…>benjaab123</a>``), read to mask names in a feed's closing lines (:func:`_furniture`)
_LINK = re.compile(r"<(?:[\w-]+:)?a\b[^>]*>(.*?)</(?:[\w-]+:)?a\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_NAME_WORDS = 4  # a link of more words is a headline or a sentence, not a name: never masked


def _names(texts: Any) -> list[str]:
    """The short ones of links' texts (names: a user, a section, "[link]"), spaces folded."""
    return [t for t in (" ".join(x.split()) for x in texts) if t and len(t.split()) <= _NAME_WORDS]


def _prose(value: str, links: list[str] | None = None) -> str:
    """Item text with its HTML read as HTML (blocks become paragraphs, entities decoded); the texts of its
    links, when short (names: a user, a section, "[link]"), are added to ``links``."""
    from .html_extract import _builtin_text

    value = value.strip()
    if not value:
        return ""
    if "<" not in value and _ESCAPED_TWICE.match(value):  # HTML escaped twice (reddit's self-posts): once more
        import html

        value = html.unescape(value)
    if links is not None and "<" in value:
        import html

        links.extend(_names(html.unescape(_TAG.sub("", m.group(1))) for m in _LINK.finditer(value)))
    if "<" in value or "&" in value:
        value = _builtin_text(value)
    lines = [" ".join(line.split()) for line in value.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


#: where an item keeps its text, by local name: the longest found is read (``content:encoded``, Atom's
#: ``content``, Yandex's ``full-text``, then the teaser: ``description``, ``summary``)
_BODIES = ("encoded", "content", "full-text", "description", "summary")


#: one item read: its title, its text, its metadata (link, date, author) and the short texts of the links in
#: its text (names, for :func:`_furniture`)
Item = tuple[str, str, dict[str, str], list[str]]


def _item(el: Any) -> Item:
    """(title, text, metadata, link texts) of one RSS item or Atom entry."""
    title = _prose(_text(_child(el, "title")))
    # Media RSS keeps a video's text in <media:group> (YouTube's Atom) or <media:content>: looked into too
    holders = [el] + [m for name in ("group", "content") for m in _children(el, name) if m.get("type") is None
                      or len(m)]
    bodies = []
    for b in (b for h in holders for name in _BODIES for b in _children(h, name)):
        # links in HTML text, and in markup left unescaped in the feed (reddit's <description><table>…)
        names = _names("".join(a.itertext()) for a in b.iter() if a is not b and _local(a.tag) == "a")
        bodies.append((_prose(_text(b), names), names))
    body, names = max(bodies, key=lambda b: len(b[0])) if bodies else ("", [])
    links = _children(el, "link")
    link = ""
    for lk in links:  # Atom: <link rel="alternate" href=…/>; RSS: <link>URL</link>
        if lk.get("href") and lk.get("rel", "alternate") == "alternate":
            link = lk.get("href", "")
            break
        if not link and (lk.text or "").strip():
            link = (lk.text or "").strip()
    author = _child(el, "author", "creator")
    meta = {"link": link,
            "date": _text(_child(el, "pubdate", "published", "updated", "issued", "modified", "date")).strip(),
            "author": (_text(_child(author, "name")) if _child(author, "name") is not None else _text(author)).strip()}
    return title, body, {k: v for k, v in meta.items() if v}, names


_HTML_ENTITY = re.compile(r"&([A-Za-z][A-Za-z0-9]{1,31});")
_XML_ENTITIES = frozenset(("amp", "lt", "gt", "quot", "apos"))


def _numeric(m: re.Match[str]) -> str:
    """HTML's named entities (``&laquo;``, ``&nbsp;``: undefined in XML, common in real feeds) as
    character references; unknown names are left for the parser to judge."""
    from html.entities import html5

    name = m.group(1)
    if name in _XML_ENTITIES:
        return m.group(0)
    got = html5.get(name + ";")
    return "".join(f"&#{ord(c)};" for c in got) if got else m.group(0)


#: a feed's root elements, and where its items stand (the feed's own elements, parents of its items)
_ROOTS = ("rss", "rdf", "feed")
_ITEM_PARENTS = ("channel", "rss", "rdf", "feed")
_CHUNK = 1 << 20  # characters fed to the parser at a time


def _stream(body: str) -> tuple[Any, list[Item]]:
    """The root element and its items read (:func:`_item`) as the parser meets them: each item is read
    and dropped from the tree when it ends, so a feed of thousands of items never stands whole in memory
    (a 21 MB podcast feed: 337 MB peak when parsed whole).  A root that is no feed's is refused at once."""
    import xml.etree.ElementTree as ET

    parser = ET.XMLPullParser(events=("start", "end"))
    stack: list[Any] = []
    root = None
    items = []
    for at in range(0, len(body), _CHUNK):
        parser.feed(body[at:at + _CHUNK])
        for event, el in parser.read_events():
            if event == "start":
                if root is None:
                    root = el
                    if _local(el.tag) not in _ROOTS:
                        raise NotAFeed(f"XML whose root element is <{_local(el.tag)}>, not an RSS or Atom feed: "
                                       "not read")
                stack.append(el)
                continue
            stack.pop()
            if stack and _local(el.tag) in ("item", "entry") and _local(stack[-1].tag) in _ITEM_PARENTS:
                items.append(_item(el))
                stack[-1].remove(el)
    parser.close()
    return root, items


def _parse(body: str) -> tuple[Any, str, list[Item] | None]:
    """The root element, what was wrong when the XML is not well-formed (a feed cut short, a stray byte:
    then lxml's recovering parser, installed with the ``html`` extra, reads what it can), and the items
    read already (None when the tree is whole: recovered)."""
    import xml.etree.ElementTree as ET

    try:
        root, items = _stream(body)
        return root, "", items
    except ET.ParseError as e:
        line, col = getattr(e, "position", (0, 0))
        problem = f"not well-formed XML (line {line}, column {col}: {str(e).split(':')[0]})"
    try:
        from lxml import etree
    except ImportError:
        raise NotAFeed(f"{problem}: not read as a feed (install lxml, e.g. mtpipe[html], to read what can be "
                       "recovered)") from None
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, remove_comments=True, remove_pis=True)
    root = etree.fromstring(body.encode("utf-8"), parser)
    if root is None:
        raise NotAFeed(f"{problem}: nothing could be recovered")
    etree.strip_elements(root, etree.Entity, with_tail=False)  # undefined entities it kept as references: never expanded
    # copied element by element, not written out and parsed again: what lxml recovered may still not be XML
    # that expat accepts (a prefix never declared, ``<itunes:subtitle>`` with no xmlns:itunes)
    return _copy(root, ET), problem, None


def _copy(el: Any, ET: Any) -> Any:
    """An lxml element as an ElementTree element (tags, attributes, text and tails; comments dropped)."""
    out = ET.Element(el.tag if isinstance(el.tag, str) else "", {str(k): str(v) for k, v in el.attrib.items()})
    out.text = el.text
    for child in el:
        if isinstance(child.tag, str):
            out.append(_copy(child, ET))
            out[-1].tail = child.tail
        elif child.tail:  # a comment or processing instruction left in: its tail is text
            if len(out):
                out[-1].tail = (out[-1].tail or "") + child.tail
            else:
                out.text = (out.text or "") + child.tail
    return out


_DIGITS = re.compile(r"\d+")
_WORDS = re.compile(r"[^\W\d_]{2,}")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_FURNITURE_MIN = 3  # items that end in the same line, and a third of the feed's items at least
_FURNITURE_ROUNDS = 3  # lines taken off the end of the items, one after another ("submitted by …", "[link]")
_NAME, _ADDRESS = "\ue000", "\ue001"  # what a name (a link's text) and a URL are masked with in a line's key
_SHOWN = {_NAME: "{link}", _ADDRESS: "{url}"}


def _keys(title: str, text: str, links: list[str], numbers: bool) -> tuple[str, str]:
    """The keys of an item's last paragraph (``("", "")`` when it is all the item has: no title and no other
    paragraph): the line, with numbers as 0 when ``numbers`` and the item has text above it (a text that is
    only "Session 5 of the council" is the item's own), and the same with names (its links' texts) and URLs
    masked."""
    line = " ".join(text.rsplit("\n\n", 1)[-1].split())
    if not line or ("\n\n" not in text and not title.strip()):
        return "", ""
    numbers = numbers and "\n\n" in text
    masked = _URL.sub(_ADDRESS, line)
    for name in sorted(set(links), key=len, reverse=True):
        masked = masked.replace(name, _NAME)
    return (_DIGITS.sub("0", line), _DIGITS.sub("0", masked)) if numbers else (line, masked)


def _wordy(key: str) -> bool:
    """Two words at least outside the masks: "Episode 5" closing a show's notes is the show's, not the
    site's, and so is a line that is one link (a related story's headline)."""
    return len(_WORDS.findall(key.replace(_NAME, " ").replace(_ADDRESS, " "))) >= 2


def _furniture(read: list[Item]) -> tuple[list[Item], dict[str, int]]:
    """Items without the last paragraph that a third of the feed's items end in, numbers, names and URLs
    aside ("Continue reading...", "Read more of this story at Slashdot.", "[link] [275 comments]", reddit's
    "submitted by /u/NAME to /r/SUB" whose names are links), taken off again while the new last paragraphs
    are such a line too, names and URLs aside (a few rounds: reddit ends in both); an item keeps its title,
    and an item with no title keeps its only paragraph.  The lines taken out, with how many items ended in
    them, go to ``meta["furniture"]`` (names shown ``{link}``, URLs ``{url}``; a feed's lines are never judged
    by the page layers of clean, which look across pages).  A line that merely begins like the others differs
    once masked, and stays."""
    from collections import Counter

    dropped: Counter[str] = Counter()
    for rounds in range(_FURNITURE_ROUNDS):
        # numbers aside in the last line only: above it, "Meeting 5 of the council." ending every item's text
        # is the items' own (only names and URLs are masked there)
        keys = [_keys(title, text, links, rounds == 0) for title, text, _, links in read]
        need = max(_FURNITURE_MIN, len(read) / 3)
        plain = Counter(k for k, _ in keys if k)
        masked = Counter(m for k, m in keys if k)
        common = {k for k, n in plain.items() if n >= need and _wordy(k)}
        common_masked = {m for m, n in masked.items() if n >= need and _wordy(m)}
        if not common and not common_masked:
            break
        out = []
        for (title, text, item_meta, links), (key, mkey) in zip(read, keys):
            if key and (key in common or mkey in common_masked):
                text, _, line = text.rpartition("\n\n")
                shown = (_DIGITS.sub("0", line.strip()) if rounds == 0 else line.strip()) if key in common else mkey
                dropped["".join(_SHOWN.get(c, c) for c in shown)] += 1
                text = text.rstrip()
            out.append((title, text, item_meta, links))
        read = out
    return read, dict(dropped)


# where a feed's XML starts: its declaration, document type or root element
_FEED_START = re.compile(r"<\?xml|<!DOCTYPE|<(?:[\w-]+:)?(?:rss|feed|rdf)[\s>]", re.IGNORECASE)
# what may stand before it and is no XML: words, and the tags of a PHP notice ("<br />\n<b>Warning</b>: …")
_NOT_XML = re.compile(r"(?:[^<]|<(?:br\s*/?|/?b|/?font[^<>]*)>)*", re.IGNORECASE)


def _text_before(body: str) -> tuple[str, str]:
    """The feed without text that stands before its XML (a browser's "This XML file does not appear to have
    any style information…" saved with it, a PHP notice the server printed first), and what was left out."""
    m = _FEED_START.search(body, 0, 4096)
    if m is None or not body[:m.start()].strip() or not _NOT_XML.fullmatch(body[:m.start()]):
        return body, ""
    head = " ".join(body[:m.start()].split())
    return body[m.start():], (f"not well-formed XML ({m.start()} characters before the feed left out: "
                              f"{head[:60]!r}{'…' if len(head) > 60 else ''})")


def read_feed(raw: str) -> Feed:
    """Read an RSS (0.9x, 1.0, 2.0) or Atom (0.3, 1.0) feed, decoded already, into a :class:`Feed`.

    Raises:
        NotAFeed: the text is not XML that can be read, or its root is not a feed's.
    """
    # the bytes were decoded already (the declared encoding is spent); a document type is dropped unread,
    # so no entity it declares is ever expanded (HTML's named ones are read as HTML's, :func:`_numeric`)
    body, before = _text_before(raw.lstrip("\ufeff"))
    body = _DOCTYPE.sub("", _DECL.sub("", body, count=1), count=1)
    root, problem, read = _parse(_HTML_ENTITY.sub(_numeric, body))
    if before:
        problem = "; ".join(x for x in (before, problem) if x)
    name = _local(root.tag)
    if name == "rss":
        kind, channel = "rss", _child(root, "channel")
        items = _children(channel, "item") + _children(root, "item")  # real feeds put them beside the channel too
    elif name == "rdf":
        kind, channel = "rdf", _child(root, "channel")
        items = _children(root, "item")
    elif name == "feed":
        kind, channel = "atom", root
        items = _children(root, "entry")
    else:
        raise NotAFeed(f"XML whose root element is <{_local(root.tag)}>, not an RSS or Atom feed: not read")
    if read is None:
        read = [_item(el) for el in items]
    meta: dict[str, Any] = {"kind": kind, "items": []}
    if problem:
        meta["recovered"] = problem
    if channel is not None:
        for key, names in (("title", ("title",)), ("description", ("description", "subtitle", "tagline")),
                           ("link", ("link",))):
            el = _child(channel, *names)
            value = el.get("href", "") if el is not None and el.get("href") else _prose(_text(el))
            if value:
                meta[key] = value
    read, furniture = _furniture(read)
    if furniture:
        meta["furniture"] = furniture
    blocks = []
    for title, text, item_meta, _ in read:
        meta["items"].append({"title": title, **item_meta})
        block = "\n\n".join(x for x in (title, text) if x)
        if block:
            blocks.append(block)
    return Feed(text="\n\n".join(blocks) + ("\n" if blocks else ""), kind=kind, meta=meta)
