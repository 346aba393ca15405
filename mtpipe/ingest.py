"""Read any input file into a :class:`~mtpipe.document.Document`.

Steps: detect binary files; decode (BOM, UTF-8, else charset-normalizer over
the common Cyrillic, Vietnamese and Chinese encodings); repair mojibake with
ftfy; extract the main text of HTML; then normalise into ``Document.text``
(NFC, control and invisible characters removed, spaces folded, blank lines
between paragraphs), keeping for every character of ``text`` the offset in
``raw_text`` it came from (``Document.raw_offsets``), so ledger entries always
point into what the user gave us.

``raw_text`` is the decoded file after mojibake repair (``meta["mojibake_repaired"]``
says when ftfy changed anything) and, for HTML, after main-text extraction.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Iterator

from .decoding import CANDIDATE_ENCODINGS, PLAUSIBLE_ENCODINGS, _plausibility  # noqa: F401
from .decoding import decode_bytes
from .feeds import FEED_SUFFIXES, NotAFeed, read_feed
from .inputs import (doc_id_for, document_name, document_suffix, packed_format, read_input_bytes, scan_inputs,
                     text_path, unpack)
from .legacy_vietnamese import READABLE_LEGACY, decode_legacy, legacy_lines, legacy_vietnamese, readable_legacy
from .document import Document
from .html_extract import _html_to_text, dropped_lines, looks_like_page, title_only
from .html_extract import _with_heading  # noqa: F401
from .ingest_options import IngestError, IngestOptions
from .normalize import _DROP_CATEGORIES, _KEEP, _SPACE  # noqa: F401
from .normalize import FTFY_SETTINGS, ftfy_leaves_alone, normalize_text

__all__ = ["IngestError", "IngestOptions", "read_document", "decode_bytes", "normalize_text", "iter_inputs",
           "legacy_vietnamese", "SUFFIXES"]

from .inputs import SUFFIXES  # noqa: E402,F401  (the one list of the file types read; exported)

#: What a file over ``--max-chars`` can do (the limit bounds one document's memory; see mtpipe.split_large).
SPLIT_HINT = ("split the file at paragraph breaks (mtpipe split FILE -o DIR), or raise --max-chars to take it whole "
              "(memory grows with it)")
#: ... and what an HTML page or a feed can do: mtpipe split refuses them (its markup would break)
WHOLE_HINT = "raise --max-chars to take it whole (memory grows with it); mtpipe split does not cut a page or a feed"


def _too_long_hint(path: Path) -> str:
    return WHOLE_HINT if document_suffix(path) in (".html", ".htm") + FEED_SUFFIXES else SPLIT_HINT


def _unpacked(data: bytes, path: Path, o: IngestOptions, meta: dict[str, object]) -> tuple[bytes, str]:
    """A compressed file's bytes unpacked (:func:`mtpipe.inputs.unpack`; ``meta["compressed"]`` keeps the
    format and the compressed size), and a warning ("" for none); other bytes as they are.  The limit is the
    bytes ``--max-chars`` characters can take (4 each) and :data:`~mtpipe.inputs.MAX_UNPACKED_BYTES` at most."""
    fmt = packed_format(data)
    if fmt is None:
        return data, ""
    from .inputs import MAX_UNPACKED_BYTES  # looked up when used: the limit can be rebound (tests do)

    if o.max_chars is not None and 4 * o.max_chars < MAX_UNPACKED_BYTES:
        limit, what = 4 * o.max_chars, (f"for {o.max_chars:,} characters (--max-chars) in any encoding; "
                                        f"{_too_long_hint(path)}")
    else:
        limit, what = MAX_UNPACKED_BYTES, "on unpacking one file"
    unpacked, note = unpack(data, path, limit, what)
    meta["compressed"] = {"format": fmt, "bytes": len(data)}
    return unpacked, note


def read_document(path: Path, root: Path | None = None, options: IngestOptions | None = None,
                  data: bytes | None = None) -> Document:
    """Read one file into a Document.

    Args:
        path: The file (only a regular file is opened: see :func:`mtpipe.inputs.read_input_bytes`).
        root: The input folder; ``doc_id`` is the path relative to it (:func:`mtpipe.inputs.doc_id_for`).
        options: See :class:`IngestOptions`.
        data: The file's bytes, when the caller has read them already.

    Raises:
        IngestError: naming the file and the reason (a folder, unreadable, binary, undecodable).
    """
    o = options or IngestOptions()
    path = Path(path)
    if data is None:
        data = read_input_bytes(path)

    meta: dict[str, object] = {}
    data, unpack_note = _unpacked(data, path, o, meta)  # gzip/bzip2/xz, whatever the name: a crawl keeps pages so
    name = document_name(path)  # page.html.gz is read as page.html
    if o.max_chars is not None and len(data) > 4 * o.max_chars:  # no encoding packs more than 4 bytes a character
        # bytes, not characters, are known here: name them so ("0 MB" was printed for 403 KB)
        raise IngestError(path, f"too long for one document: {len(data):,} bytes, more than the limit of "
                                f"{o.max_chars:,} characters (--max-chars) in any encoding; {_too_long_hint(path)}")
    try:
        raw, encoding = decode_bytes(data, path, o)
    except IngestError as e:
        packed = meta.get("compressed")
        if isinstance(packed, dict):  # a .tar.gz, a gzip of an image: say what held it
            raise IngestError(path, f"{packed['format']}-compressed: {e.reason}") from None
        raise
    if o.max_chars is not None and len(raw) > o.max_chars:
        raise IngestError(path, f"too long for one document: {len(raw):,} characters, over the limit of "
                                f"{o.max_chars:,} (--max-chars); {_too_long_hint(path)}")
    meta = {"encoding": encoding, "bytes": len(data), **meta}
    # VNI and TCVN3 are 8-bit font encodings: one byte, one character.  A multi-byte reading
    # (Big5, GBK, Shift-JIS: second bytes in the ASCII letter range look like their
    # letter-plus-mark pairs) is never one of them.
    legacy = legacy_vietnamese(data) if not encoding.startswith("utf") and len(raw) == len(data) else None
    if (legacy == "TCVN3" or legacy is None and encoding in ("cp1258", "cp1252", "latin_1")) \
            and len(raw) == len(data):
        legacy = readable_legacy(data, raw) or legacy  # TCVN3 or VISCII, read with ingest's own tables
    if legacy is not None:
        meta["legacy_encoding"] = legacy
    if legacy in READABLE_LEGACY:  # no codec of Python's reads them: ingest's own tables do
        raw = decode_legacy(data, legacy)
        encoding = meta["encoding"] = legacy.lower()
    lines_read = legacy_lines(raw) if legacy is None else None  # TCVN3 lines inside a Unicode page (spam75)
    if lines_read is not None:
        raw, meta["legacy_lines"] = lines_read, "TCVN3"
    if o.fix_mojibake and raw and not ftfy_leaves_alone(raw):
        import ftfy

        fixed = ftfy.fix_text(raw, **FTFY_SETTINGS)  # type: ignore[arg-type]
        if fixed != raw and unicodedata.normalize("NFC", raw) != fixed:
            meta["mojibake_repaired"] = True
            raw = fixed
    feed_or_page = _read_feed(name, raw, meta)
    if feed_or_page is not None:
        raw = feed_or_page
    page_in_text = name.suffix.lower() not in (".html", ".htm") and meta.get("read_as") != "feed" \
        and looks_like_page(raw)
    if page_in_text:
        meta["read_as"] = "html"
    if name.suffix.lower() in (".html", ".htm") or page_in_text:
        html = raw
        try:
            raw, meta["html_extractor"] = _html_to_text(html, o.html_extractor)
        except ImportError:
            raise IngestError(path, "HTML extraction with trafilatura was asked for but trafilatura is not "
                                    "installed (pip install 'mtpipe[html]')") from None
        if (title := title_only(html, raw)) is not None:  # a page with no text in its body: its title (lost97)
            raw, meta["html_title_only"] = title, True
        if meta["html_extractor"] == "trafilatura":  # what it left out is listed, never lost silently
            dropped = dropped_lines(html, raw)
            if dropped is not None:
                meta["html_dropped"] = dropped
    text, offsets = normalize_text(raw)

    doc_id = doc_id_for(path, root)
    doc = Document(doc_id=doc_id, raw_text=raw, text=text, path=text_path(path), meta=meta, raw_offsets=offsets)
    # a document's warnings do not name it: whoever shows them does ("DOC: message"), once
    if unpack_note:
        doc.warnings.append(unpack_note)
    if "\ufffd" in raw:
        doc.warnings.append("invalid bytes replaced with U+FFFD")
    if page_in_text:
        doc.warnings.append(f"a whole HTML page in a {name.suffix or 'suffix-less'} file: read as HTML")
    if meta.get("html_title_only"):
        doc.warnings.append("an HTML page with no text in its body (its head alone?): its <title> is the text")
    feed = meta.get("feed")
    if isinstance(feed, dict) and feed.get("recovered") and doc.text.strip():
        doc.warnings.append(f"a feed that is {feed['recovered']}: read what could be recovered")
    if encoding.startswith("utf-8 + "):
        doc.warnings.append(f"mixed encodings: read as {encoding}, the other lines UTF-8; check the "
                            "lines in the legacy encoding")
    if meta.get("legacy_lines"):
        doc.warnings.append("lines in the legacy TCVN3 encoding inside Unicode text: read with TCVN3's table")
    if legacy is not None and legacy not in READABLE_LEGACY:
        doc.warnings.append(f"looks like Vietnamese in the legacy {legacy} encoding, read as "
                            f"{encoding}: the text is garbled; convert the file to Unicode (UTF-8) first, "
                            "e.g. with UniKey's converter")
    return doc


def _read_feed(path: Path, raw: str, meta: dict[str, object]) -> str | None:
    """For a feed's suffix (:data:`mtpipe.feeds.FEED_SUFFIXES`): the feed's text (``meta["feed"]`` keeps its
    channel and each item's title, link, date and author), or "" with ``meta["not_read"]`` saying why when
    the file is XML of another kind (a sitemap: the job counts it empty, with that reason); None for other
    files and for an HTML page saved under such a name (read as HTML)."""
    if path.suffix.lower() not in FEED_SUFFIXES:
        return None
    try:
        feed = read_feed(raw)
    except NotAFeed as e:
        if looks_like_page(raw):
            return None
        meta["not_read"] = str(e)
        return ""
    meta["read_as"] = "feed"
    meta["feed"] = feed.meta
    if not feed.text.strip():
        meta["not_read"] = f"an {feed.kind.upper()} feed with no item text" + (
            f" ({feed.meta['recovered']})" if feed.meta.get("recovered") else "")
    return feed.text


def iter_inputs(root: Path, suffixes: tuple[str, ...] = SUFFIXES) -> Iterator[Path]:
    """Input files under ``root``, recursively, in sorted order.

    Only regular files (FIFOs, devices and sockets are left out), symlinks to files
    outside ``root`` are not followed, symlinked folders are not followed (no loops),
    hidden files and folders (``.name``) are skipped; a file given as ``root`` is
    yielded itself.  :func:`mtpipe.inputs.scan_inputs` also says what was left out.
    """
    yield from scan_inputs(root, suffixes).files
