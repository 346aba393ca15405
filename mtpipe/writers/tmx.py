"""``NAME.tmx``: TMX 1.4, one translation unit per segment, every string escaped.

Characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/FFFF) are
dropped from the TMX only; the JSONL keeps the text exactly.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Sequence
from xml.sax.saxutils import escape, quoteattr

from .. import __version__
from ..document import Document
from ..safety import safe_output_path
from .atomic import atomic_write_text

__all__ = ["write_tmx", "xml_text"]

_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(s: str) -> str:
    """``s`` made safe for XML character data."""
    return escape(_ILLEGAL.sub("", s))


def _attr(s: str) -> str:
    return quoteattr(_ILLEGAL.sub("", s))


def write_tmx(doc: Document, out_root: Path, targets: Sequence[str], signature: dict[str, Any]) -> list[Path]:
    langs = sorted({s.src_lang for s in doc.segments if s.src_lang != "und"})
    srclang = langs[0] if len(langs) == 1 else "*all*"
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<tmx version="1.4">',
           f'<header creationtool="mtpipe" creationtoolversion={_attr(__version__)} segtype="sentence" '
           f'o-tmf="mtpipe" adminlang="en" srclang={_attr(srclang)} datatype="plaintext">',
           f'<prop type="x-mtpipe-doc">{xml_text(doc.doc_id)}</prop>',
           f'<prop type="x-mtpipe-glossary">{xml_text(str(signature.get("glossary_hash") or ""))}</prop>',
           "</header>", "<body>"]
    for s in doc.segments:
        src = s.src_lang if s.src_lang != "und" else "x-und"
        out.append(f'<tu tuid={_attr(f"{doc.doc_id}#{s.index}")} srclang={_attr(src)}>')
        out.append(f'<prop type="x-mtpipe-index">{s.index}</prop>')
        if s.flags:
            out.append(f'<prop type="x-mtpipe-flags">{xml_text(",".join(s.flags))}</prop>')
        out.append(f'<tuv xml:lang={_attr(src)}><seg>{xml_text(s.source)}</seg></tuv>')
        for t in targets:
            if t == s.src_lang or t not in s.translations:
                continue
            out.append(f'<tuv xml:lang={_attr(t)}><seg>{xml_text(s.translations[t].text)}</seg></tuv>')
        out.append("</tu>")
    out += ["</body>", "</tmx>"]
    return [atomic_write_text(safe_output_path(out_root, doc.doc_id, ".tmx"), "\n".join(out) + "\n")]
