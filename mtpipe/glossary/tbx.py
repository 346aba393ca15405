"""TBX: TBX-Basic v2 (``martif/termEntry/langSet/tig``) and TBX v3 (``tbx/conceptEntry/langSec/termSec``).

Reading accepts both (and TBX-Min's ``langGroup/termGroup``), with or without a DOCTYPE
or namespace.  Every term keeps its ``administrativeStatus``:

==========================================================  ==========================
TBX status                                                  mtpipe
==========================================================  ==========================
``preferredTerm-admn-sts`` / ``preferred`` (legal, regulated, standardized)  canonical en/zh (first one)
``admittedTerm-admn-sts`` / ``admitted`` / none             alias
``deprecatedTerm-admn-sts``, ``supersededTerm-admn-sts``,   ``excluded`` (never matched, never a target)
``notRecommended``, ``obsolete``, ``forbidden``
==========================================================  ==========================

Language tags: ``zh``/``zh-CN``/``zh-Hans`` are simplified Chinese (canonical ``zh``);
``zh-TW``/``zh-HK``/``zh-Hant`` are traditional (``aliases.zh-Hant``), never canonical.
Languages mtpipe does not carry are counted in :attr:`ImportResult.ignored`.

Writing: TBX-Basic v2 with its DOCTYPE (``TBXBasiccoreStructV02.dtd``) and XCS
declaration, or TBX v3 (TBX-Basic dialect, DCA style).  Languages in the order of
``--langs`` (the first is what translate-toolkit takes as source).  Fields TBX-Basic has no
data category for (kind, reviewed, dnt, case_sensitive, min_context) go in entry-level
``<note>``s written ``mtpipe:kind=person`` (``mtpipe:min_context=WORD``, one note per word); free notes are plain ``<note>``s; definitions and subject
fields from other tools are kept in the notes.
"""

from __future__ import annotations

import re
from typing import Any
from xml.etree.ElementTree import Element

from ..writers.tmx import xml_attr, xml_text
from .interchange import ImportResult, InterchangeOptions, as_dict, build_entry, entry_forms, lang_key, lang_tag
from .model import ALIAS_LANGS
from .safexml import XML_LANG, local_name, parse_xml

__all__ = ["export_tbx_basic", "export_tbx3", "import_tbx", "STATUS"]

#: administrativeStatus value -> preferred / admitted / deprecated
STATUS = {
    "preferredterm-admn-sts": "preferred", "preferred": "preferred", "legalterm-admn-sts": "preferred",
    "regulatedterm-admn-sts": "preferred", "standardizedterm-admn-sts": "preferred",
    "admittedterm-admn-sts": "admitted", "admitted": "admitted",
    "deprecatedterm-admn-sts": "deprecated", "deprecated": "deprecated", "supersededterm-admn-sts": "deprecated",
    "superseded": "deprecated", "notrecommended": "deprecated", "obsolete": "deprecated", "forbidden": "deprecated",
}
_WRITE_STATUS = {"preferred": "preferredTerm-admn-sts", "admitted": "admittedTerm-admn-sts",
                 "deprecated": "deprecatedTerm-admn-sts"}
_MACHINE = re.compile(r"^mtpipe:(kind|reviewed|dnt|case_sensitive)=(\S+)$")
_CONTEXT = re.compile(r"^mtpipe:min_context=(.+)$")
_NCNAME = re.compile(r"^[A-Za-z_][\w.-]*$")


def _children(el: Element, *names: str) -> list[Element]:
    return [c for c in el if local_name(c.tag) in names]


def _text(el: Element) -> str:
    return re.sub(r"\s+", " ", "".join(el.itertext())).strip()


def _note_text(el: Element) -> str:
    # pretty-printed notes wrap lines with indentation; a note we wrote is one line, kept exactly
    return re.sub(r"\s*\n\s*", " ", "".join(el.itertext())).strip()


def import_tbx(text: str, opts: InterchangeOptions) -> ImportResult:
    root = parse_xml(text)
    res = ImportResult()
    taken: set[str] = set()
    concepts = [el for el in root.iter() if local_name(el.tag) in ("termEntry", "conceptEntry")]
    for ce in concepts:
        forms: dict[str, list[tuple[str, str]]] = {}
        notes: list[str] = []
        machine: dict[str, str] = {}
        context: list[str] = []
        for el in ce:
            name = local_name(el.tag)
            if name == "note":
                m = _MACHINE.match(_text(el))
                c = _CONTEXT.match(_note_text(el))
                if m:
                    machine[m.group(1)] = m.group(2)
                elif c:
                    context.append(c.group(1).strip())
                elif _note_text(el):
                    notes.append(_note_text(el))
            elif name in ("descrip", "descripGrp"):
                d = el if name == "descrip" else next(iter(_children(el, "descrip")), None)
                if d is not None and _text(d):
                    notes.append(f"{d.get('type') or 'description'}: {_text(d)}")
            elif name in ("langSet", "langSec", "langGroup"):
                tag = el.get(XML_LANG) or el.get("lang") or ""
                key = lang_key(tag)
                terms = _terms(el)
                if key is None:
                    if terms:
                        res.ignored[tag or "?"] = res.ignored.get(tag or "?", 0) + len(terms)
                    continue
                forms.setdefault(key, []).extend(terms)
                for d in el.iter():
                    if local_name(d.tag) == "descrip" and d.get("type") == "definition" and _text(d):
                        notes.append(f"definition ({tag}): {_text(d)}")
        kind = machine.get("kind", "")
        e = build_entry(forms, opts, taken, eid=ce.get("id") or "", kind=kind, notes="\n".join(notes),
                        reviewed=(machine["reviewed"] == "true") if "reviewed" in machine else None,
                        dnt=machine.get("dnt") == "true",
                        case_sensitive={"true": True, "false": False}.get(machine.get("case_sensitive", "")),
                        min_context=context)
        if e:
            res.entries.append(e)
    return res


def _terms(lang_el: Element) -> list[tuple[str, str]]:
    out = []
    for t in lang_el.iter():
        if local_name(t.tag) not in ("tig", "ntig", "termSec", "termGroup"):
            continue
        term = next((x for x in t.iter() if local_name(x.tag) == "term"), None)
        if term is None:
            continue
        status = ""
        for n in t.iter():
            if (local_name(n.tag) == "termNote" and n.get("type") == "administrativeStatus") \
                    or local_name(n.tag) == "termStatus":
                status = STATUS.get(_text(n).lower(), "")
        out.append((_text(term), status))
    return out


def _langs(opts: InterchangeOptions) -> list[str]:
    order = [x for x in opts.langs if x in ALIAS_LANGS]
    if "zh" in order and "zh-Hant" not in order:
        order.insert(order.index("zh") + 1, "zh-Hant")
    return order


def _body(entries: list[Any], opts: InterchangeOptions, v3: bool) -> list[str]:
    entry_el, lang_el, term_el = ("conceptEntry", "langSec", "termSec") if v3 else ("termEntry", "langSet", "tig")
    out = []
    for e in entries:
        d = as_dict(e)
        eid = str(d["id"])
        out.append(f"<{entry_el} id={xml_attr(eid if _NCNAME.match(eid) else '_' + eid)}>")
        for line in str(d.get("notes") or "").split("\n"):
            if line.strip():
                out.append(f"  <note>{xml_text(line)}</note>")
        out.append(f"  <note>mtpipe:kind={xml_text(str(d.get('kind') or 'term'))}</note>")
        out.append(f"  <note>mtpipe:reviewed={'true' if d.get('reviewed', True) else 'false'}</note>")
        if d.get("dnt"):
            out.append("  <note>mtpipe:dnt=true</note>")
        if d.get("case_sensitive") is not None:
            out.append(f"  <note>mtpipe:case_sensitive={'true' if d['case_sensitive'] else 'false'}</note>")
        for word in d.get("min_context") or []:
            out.append(f"  <note>mtpipe:min_context={xml_text(str(word))}</note>")
        for lang in _langs(opts):
            forms = entry_forms(d, lang)
            bad = (d.get("excluded") or {}).get(lang, [])
            if not forms and not bad:
                continue
            out.append(f"  <{lang_el} xml:lang={xml_attr(lang_tag(lang))}>")
            canonical = lang in ("en", "zh") and bool(d.get(lang))
            for i, f in enumerate(forms):
                st = "preferred" if (i == 0 and canonical) else "admitted"
                out.append(f"    <{term_el}><term>{xml_text(f)}</term>"
                           f'<termNote type="administrativeStatus">{_WRITE_STATUS[st]}</termNote></{term_el}>')
            for f in bad:
                out.append(f"    <{term_el}><term>{xml_text(f)}</term>"
                           f'<termNote type="administrativeStatus">{_WRITE_STATUS["deprecated"]}</termNote>'
                           f"</{term_el}>")
            out.append(f"  </{lang_el}>")
        out.append(f"</{entry_el}>")
    return out


def export_tbx_basic(entries: list[Any], opts: InterchangeOptions) -> str:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">',
             f'<martif type="TBX-Basic" xml:lang={xml_attr(lang_tag(opts.langs[0]) if opts.langs else "en")}>',
             "<martifHeader>",
             "<fileDesc><sourceDesc><p>mtpipe glossary export</p></sourceDesc></fileDesc>",
             '<encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>',
             "</martifHeader>",
             "<text><body>"]
    lines += _body(entries, opts, v3=False)
    lines += ["</body></text>", "</martif>", ""]
    return "\n".join(lines)


def export_tbx3(entries: list[Any], opts: InterchangeOptions) -> str:
    base = "https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/"
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             f'<?xml-model href="{base}TBXcoreStructV03_TBX-Basic_integrated.rng" type="application/xml" '
             'schematypens="http://relaxng.org/ns/structure/1.0"?>',
             f'<?xml-model href="{base}TBX-Basic_DCA.sch" type="application/xml" '
             'schematypens="http://purl.oclc.org/dsdl/schematron"?>',
             f'<tbx type="TBX-Basic" style="dca" xml:lang={xml_attr(lang_tag(opts.langs[0]) if opts.langs else "en")} '
             'xmlns="urn:iso:std:iso:30042:ed-2">',
             "<tbxHeader><fileDesc><sourceDesc><p>mtpipe glossary export</p></sourceDesc></fileDesc></tbxHeader>",
             "<text><body>"]
    lines += _body(entries, opts, v3=True)
    lines += ["</body></text>", "</tbx>", ""]
    return "\n".join(lines)
