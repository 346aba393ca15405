"""Glossary as TMX 1.4: one ``tu`` per concept, one ``tuv`` per language.

CAT tools (OmegaT, Trados) take every ``tuv`` of a language as a translation of the unit
and fill in one of them, so only the canonical form gets a ``tuv`` (for ru/vi/zh-Hant, which
have no canonical form, the first alias).  Everything else travels in unit-level props
that those tools keep but never insert:

* ``<prop type="x-mtpipe-alias" xml:lang="ru">`` one per further alias;
* ``<prop type="x-mtpipe-excluded" xml:lang="en">`` one per deprecated form;
* ``x-mtpipe-kind``, ``x-mtpipe-reviewed``, ``x-mtpipe-dnt``, ``x-mtpipe-case-sensitive``;
* ``<prop type="x-mtpipe-min-context">`` one per ``min_context`` word;
* notes as ``<note>`` (one per line).

Reading also takes TMX from other tools: repeated ``tuv``s of one language become aliases,
inline codes (``bpt``/``ept``/``ph``/``it``) are dropped from the text.
"""

from __future__ import annotations

from typing import Any
from xml.etree.ElementTree import Element

from .. import __version__
from ..writers.tmx import xml_attr, xml_text
from .interchange import ImportResult, InterchangeOptions, as_dict, build_entry, entry_forms, lang_key, lang_tag
from .model import ALIAS_LANGS
from .safexml import XML_LANG, local_name, parse_xml

__all__ = ["export_tmx", "import_tmx", "seg_text"]

_CODES = {"bpt", "ept", "ph", "it", "ut"}


def seg_text(seg: Element) -> str:
    """The text of a ``<seg>``, inline native codes left out."""
    out = [seg.text or ""]
    for child in seg:
        if local_name(child.tag) not in _CODES:
            out.append(seg_text(child))
        out.append(child.tail or "")
    return "".join(out)


def _order(opts: InterchangeOptions) -> list[str]:
    order = [x for x in opts.langs if x in ALIAS_LANGS]
    if "zh" in order and "zh-Hant" not in order:
        order.insert(order.index("zh") + 1, "zh-Hant")
    return order


def export_tmx(entries: list[Any], opts: InterchangeOptions) -> str:
    langs = _order(opts)
    src = lang_tag(langs[0]) if langs else "en"
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<!DOCTYPE tmx SYSTEM "tmx14.dtd">', '<tmx version="1.4">',
             f'<header creationtool="mtpipe" creationtoolversion={xml_attr(__version__)} datatype="plaintext" '
             f'segtype="phrase" adminlang="en" srclang={xml_attr(src)} o-tmf="mtpipe-glossary"/>', "<body>"]
    for e in entries:
        d = as_dict(e)
        lines.append(f"<tu tuid={xml_attr(str(d['id']))}>")
        for line in str(d.get("notes") or "").split("\n"):
            if line.strip():
                lines.append(f"  <note>{xml_text(line)}</note>")
        lines.append(f'  <prop type="x-mtpipe-kind">{xml_text(str(d.get("kind") or "term"))}</prop>')
        lines.append(f'  <prop type="x-mtpipe-reviewed">{"true" if d.get("reviewed", True) else "false"}</prop>')
        if d.get("dnt"):
            lines.append('  <prop type="x-mtpipe-dnt">true</prop>')
        if d.get("case_sensitive") is not None:
            lines.append(f'  <prop type="x-mtpipe-case-sensitive">{"true" if d["case_sensitive"] else "false"}</prop>')
        for word in d.get("min_context") or []:
            lines.append(f'  <prop type="x-mtpipe-min-context">{xml_text(str(word))}</prop>')
        tuvs = []
        for lang in langs:
            forms = entry_forms(d, lang)
            has_canonical = lang not in ("en", "zh") or bool(d.get(lang))
            seg, rest = (forms[0], forms[1:]) if forms and has_canonical else ("", forms)
            for f in rest:
                lines.append(f'  <prop type="x-mtpipe-alias" xml:lang={xml_attr(lang_tag(lang))}>{xml_text(f)}</prop>')
            for f in (d.get("excluded") or {}).get(lang, []):
                lines.append(f'  <prop type="x-mtpipe-excluded" xml:lang={xml_attr(lang_tag(lang))}>'
                             f"{xml_text(f)}</prop>")
            if seg:
                tuvs.append(f"  <tuv xml:lang={xml_attr(lang_tag(lang))}><seg>{xml_text(seg)}</seg></tuv>")
        lines += tuvs
        lines.append("</tu>")
    lines += ["</body>", "</tmx>", ""]
    return "\n".join(lines)


def import_tmx(text: str, opts: InterchangeOptions) -> ImportResult:
    root = parse_xml(text)
    res = ImportResult()
    taken: set[str] = set()
    for tu in root.iter():
        if local_name(tu.tag) != "tu":
            continue
        forms: dict[str, list[tuple[str, str]]] = {}
        extra: dict[str, list[tuple[str, str]]] = {}
        props: dict[str, str] = {}
        context: list[str] = []
        notes = []
        for el in tu:
            name = local_name(el.tag)
            tag = el.get(XML_LANG) or el.get("lang") or ""
            if name == "note" and (el.text or "").strip():
                notes.append((el.text or "").strip())
            elif name == "prop":
                ptype = el.get("type") or ""
                if ptype == "x-mtpipe-min-context":
                    context.append((el.text or "").strip())
                elif ptype in ("x-mtpipe-alias", "x-mtpipe-excluded"):
                    key = lang_key(tag)
                    if key:
                        extra.setdefault(key, []).append(
                            (el.text or "", "admitted" if ptype == "x-mtpipe-alias" else "deprecated"))
                else:
                    props[ptype] = (el.text or "").strip()
            elif name == "tuv":
                key = lang_key(tag)
                seg = next((s for s in el if local_name(s.tag) == "seg"), None)
                if seg is None:
                    continue
                if key is None:
                    res.ignored[tag or "?"] = res.ignored.get(tag or "?", 0) + 1
                    continue
                status = "preferred" if key in ("en", "zh") and not any(
                    s == "preferred" for _, s in forms.get(key, [])) else "admitted"
                forms.setdefault(key, []).append((seg_text(seg), status))
        for key, more in extra.items():  # the tuv (canonical or first form) before the props
            forms.setdefault(key, []).extend(more)
        cs = props.get("x-mtpipe-case-sensitive")
        e = build_entry(forms, opts, taken, eid=tu.get("tuid") or "", kind=props.get("x-mtpipe-kind", ""),
                        notes="\n".join(notes),
                        reviewed=(props["x-mtpipe-reviewed"] == "true") if "x-mtpipe-reviewed" in props else None,
                        dnt=props.get("x-mtpipe-dnt") == "true",
                        case_sensitive={"true": True, "false": False}.get(cs or ""), min_context=context)
        if e:
            res.entries.append(e)
    return res
