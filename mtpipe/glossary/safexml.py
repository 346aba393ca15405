"""Parse interchange XML (TBX, TMX) safely: a DOCTYPE is fine, entities and external fetches are not.

Standard files start with ``<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">`` or
``<!DOCTYPE tmx SYSTEM "tmx14.dtd">``; those are accepted.  The DTD is never loaded and
nothing is fetched.  Any entity *declaration* (the way to a billion-laughs bomb or an
external-entity leak, ``<!ENTITY x SYSTEM "file:///etc/passwd">``) is refused, in the
internal subset or anywhere else (``defusedxml`` with ``forbid_dtd=False,
forbid_entities=True, forbid_external=True``).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import lru_cache

__all__ = ["parse_xml", "local_name", "XML_LANG"]

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def parse_xml(text: str | bytes) -> ET.Element:
    """The root element of ``text``.

    Raises:
        ValueError: one line: entity declarations, external references, or malformed XML (with its line).
    """
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    data = text.encode("utf-8") if isinstance(text, str) else text
    if isinstance(text, str) and text.lstrip().startswith("<?xml"):
        # the declaration may name another encoding; the text is already decoded
        head, sep, rest = text.partition("?>")
        data = ('<?xml version="1.0" encoding="UTF-8"?>' + rest).encode("utf-8") if sep else data
    try:
        return fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as e:
        raise ValueError(f"refused: the file declares entities or external references ({type(e).__name__}); "
                         "entity declarations are not accepted in interchange files") from None
    except ET.ParseError as e:
        line = getattr(e, "position", (0, 0))[0]
        raise ValueError(f"malformed XML at line {line}: {e}") from None


@lru_cache(maxsize=512)
def local_name(tag: object) -> str:
    """``{namespace}name`` -> ``name`` (TBX v3 elements live in ``urn:iso:std:iso:30042:ed-2``)."""
    t = str(tag)
    return t.rsplit("}", 1)[-1]
