"""``NAME.tmx``: TMX 1.4, one translation unit per segment, every string escaped.

Header: ``creationtool="mtpipe"``, ``creationtoolversion``, ``segtype="sentence"``,
``o-tmf="mtpipe"``, ``adminlang="en"``, ``srclang`` (the documents' one source
language, or ``*all*`` when segments differ), ``datatype="plaintext"``, plus
``x-mtpipe-doc``/``x-mtpipe-glossary``/``x-mtpipe-signature`` props.

Each ``<tu>`` has ``tuid="DOC#INDEX"`` and props ``x-mtpipe-doc``,
``x-mtpipe-index``, ``x-mtpipe-flags`` (comma-separated, when any),
``x-mtpipe-part`` (``k/n``, for pieces of a split sentence) and
``x-mtpipe-dropped`` (see below); then one ``<tuv>`` for the source (its
``xml:lang`` is the segment's source language, ``x-und`` when unknown) and one
per target language that differs from the source language.

Escaping: ``&``, ``<`` and ``>`` everywhere, quotes in attributes, and ``\\r``
(and tab/newline in attributes) as character references, because an XML
parser would otherwise normalise them away; so any XML parser reads back
exactly the text we had.  Characters XML 1.0 cannot carry at all (C0 controls
other than tab/LF/CR, lone surrogates, U+FFFE, U+FFFF) are **dropped from the
TMX only**; the number dropped from a unit is recorded in its
``x-mtpipe-dropped`` prop, and the JSONL keeps the text exactly.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Sequence

from .. import __version__
from ..document import Document
from ..safety import safe_output_path
from .atomic import atomic_write_text

__all__ = ["write_tmx", "render_tmx", "xml_text", "xml_attr", "XML_ILLEGAL"]

#: Characters XML 1.0 does not allow in a document, even as references.
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

_TEXT_ESC = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"}
_ATTR_ESC = {**_TEXT_ESC, '"': "&quot;", "\n": "&#10;", "\t": "&#9;"}
_TEXT_RE = re.compile("[&<>\r]")
_ATTR_RE = re.compile("[&<>\r\"\n\t]")


def _count_illegal(s: str) -> int:
    return len(XML_ILLEGAL.findall(s))


def xml_text(s: str) -> str:
    """``s`` made safe for XML character data (illegal characters dropped)."""
    return _TEXT_RE.sub(lambda m: _TEXT_ESC[m.group()], XML_ILLEGAL.sub("", s))


def xml_attr(s: str) -> str:
    """``s`` as a double-quoted XML attribute value, quotes included."""
    return '"' + _ATTR_RE.sub(lambda m: _ATTR_ESC[m.group()], XML_ILLEGAL.sub("", s)) + '"'


def render_tmx(doc: Document, targets: Sequence[str], signature: dict[str, Any]) -> str:
    """The TMX document for ``doc`` as a string.

    Args:
        doc: A finished document.
        targets: Target languages.
        signature: The run signature (glossary hash and signature hash go in the header).

    Returns:
        A complete TMX 1.4 file.
    """
    from .jsonl import signature_hash

    langs = sorted({s.src_lang for s in doc.segments if s.src_lang != "und"})
    srclang = langs[0] if len(langs) == 1 else "*all*"
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
           '<tmx version="1.4">',
           f'<header creationtool="mtpipe" creationtoolversion={xml_attr(__version__)} segtype="sentence" '
           f'o-tmf="mtpipe" adminlang="en" srclang={xml_attr(srclang)} datatype="plaintext">',
           f'<prop type="x-mtpipe-doc">{xml_text(doc.doc_id)}</prop>',
           f'<prop type="x-mtpipe-glossary">{xml_text(str(signature.get("glossary_hash") or ""))}</prop>',
           f'<prop type="x-mtpipe-signature">{signature_hash(signature)}</prop>',
           "</header>", "<body>"]
    for s in doc.segments:
        src = s.src_lang if s.src_lang not in ("", "und") else "x-und"
        texts = [(src, s.source)] + [(t, s.translations[t].text) for t in targets
                                     if t != s.src_lang and t in s.translations]
        dropped = sum(_count_illegal(x) for _, x in texts)
        out.append(f'<tu tuid={xml_attr(f"{doc.doc_id}#{s.index}")} srclang={xml_attr(src)}>')
        out.append(f'<prop type="x-mtpipe-doc">{xml_text(doc.doc_id)}</prop>')
        out.append(f'<prop type="x-mtpipe-index">{s.index}</prop>')
        if s.flags:
            out.append(f'<prop type="x-mtpipe-flags">{xml_text(",".join(s.flags))}</prop>')
        if s.part is not None:
            out.append(f'<prop type="x-mtpipe-part">{int(s.part[0])}/{int(s.part[1])}</prop>')
        if dropped:
            out.append(f'<prop type="x-mtpipe-dropped">{dropped}</prop>')
        for lang, text in texts:
            out.append(f'<tuv xml:lang={xml_attr(lang)}><seg>{xml_text(text)}</seg></tuv>')
        out.append("</tu>")
    out += ["</body>", "</tmx>"]
    return "\n".join(out) + "\n"


def write_tmx(doc: Document, out_root: Path, targets: Sequence[str], signature: dict[str, Any]) -> list[Path]:
    """Write ``NAME.tmx``; returns ``[path]``."""
    return [atomic_write_text(safe_output_path(out_root, doc.doc_id, ".tmx"), render_tmx(doc, targets, signature))]
