"""Glossary interchange: CSV/TSV layouts of DeepL, Google Cloud Translation and Amazon Translate, TBX, TMX, JSON.

Formats (registry :data:`FORMATS`, name -> exporter and importer):

* ``deepl`` / ``deepl-tsv``: one pair per row ``source,target`` (DeepL glossary CSV / TSV), no header;
* ``google``: unidirectional glossary, ``source,target`` rows, no header;
* ``google-sets``: equivalent-term sets, a header row of language codes, one concept per row;
* ``amazon``: Amazon Translate custom terminology CSV: a header of language codes, one concept per row;
* ``tbx``: TermBase eXchange (TBX-Basic style: ``termEntry/langSet/tig/term``), every language and alias;
* ``tmx``: translation memory exchange, one ``tu`` per concept, a ``tuv`` per language;
* ``json``: the entries as a JSON list (everything, lossless).

Unidirectional layouts need a source and a target language; every source-side form of an
entry (canonical and aliases) gets its own row.  Importers return plain entry dicts in
the glossary file layout, marked ``reviewed: false`` unless asked otherwise.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import Any, Callable

from .authoring import slugify, unique_id
from .model import LANGS, Entry

__all__ = ["FORMATS", "InterchangeOptions", "export_entries", "import_entries", "entry_forms", "guess_format"]


@dataclass
class InterchangeOptions:
    """Settings for import and export.

    Attributes:
        source_lang: Source language of unidirectional layouts (deepl, google). Default ``ru``.
        target_lang: Target language of unidirectional layouts. Default ``en``.
        langs: Languages written by multilingual layouts (sets, amazon, tbx, tmx), first is the source.
        kind: Kind given to imported entries that carry none. Default ``term``.
        reviewed: Mark imported entries reviewed. Default False.
    """

    source_lang: str = "ru"
    target_lang: str = "en"
    langs: tuple[str, ...] = ("en", "zh", "ru", "vi")
    kind: str = "term"
    reviewed: bool = False


def entry_forms(e: Entry | dict[str, Any], lang: str) -> list[str]:
    """Every form of an entry in ``lang``, canonical first (en/zh), then aliases."""
    if isinstance(e, Entry):
        return e.forms(lang)
    out = list((e.get("aliases") or {}).get(lang, []))
    if lang in ("en", "zh") and e.get(lang):
        out.insert(0, str(e[lang]))
    return out


def _as_dict(e: Entry | dict[str, Any]) -> dict[str, Any]:
    if isinstance(e, dict):
        return e
    d: dict[str, Any] = {"id": e.id, "kind": e.kind, "en": e.en, "zh": e.zh,
                         "aliases": {k: list(v) for k, v in e.aliases.items() if v}}
    if e.dnt:
        d["dnt"] = True
    if e.case_sensitive:
        d["case_sensitive"] = True
    d["reviewed"] = e.reviewed
    if e.notes:
        d["notes"] = e.notes
    return d


def _new_entry(forms: dict[str, list[str]], opts: InterchangeOptions, taken: set[str],
               kind: str = "", notes: str = "", eid: str = "") -> dict[str, Any] | None:
    forms = {k: [f.strip() for f in v if f and f.strip()] for k, v in forms.items() if k in LANGS}
    forms = {k: list(dict.fromkeys(v)) for k, v in forms.items() if v}
    if not forms:
        return None
    en = forms.get("en", [""])[0]
    zh = forms.get("zh", [""])[0]
    aliases = {k: (v[1:] if k in ("en", "zh") else v) for k, v in forms.items()}
    aliases = {k: v for k, v in aliases.items() if v}
    base = eid or slugify(en or next(iter(forms.values()))[0])
    eid = unique_id(base, taken)
    taken.add(eid)
    d: dict[str, Any] = {"id": eid, "kind": kind or opts.kind, "en": en, "zh": zh, "aliases": aliases,
                         "reviewed": opts.reviewed}
    if notes:
        d["notes"] = notes
    return d


# -- pairs (deepl, google) ----------------------------------------------------------------

def _export_pairs(entries: list[Any], opts: InterchangeOptions, delim: str) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\n")
    seen = set()
    for e in entries:
        tgt = entry_forms(e, opts.target_lang)
        if not tgt:
            continue
        for src in entry_forms(e, opts.source_lang):
            if src not in seen:
                seen.add(src)
                w.writerow([src, tgt[0]])
    return buf.getvalue()


def _import_pairs(text: str, opts: InterchangeOptions, delim: str) -> list[dict[str, Any]]:
    by_target: dict[str, list[str]] = {}
    for row in csv.reader(io.StringIO(text), delimiter=delim):
        if len(row) < 2 or not row[0].strip():
            continue
        by_target.setdefault(row[1].strip(), []).append(row[0].strip())
    taken: set[str] = set()
    out = []
    for tgt, srcs in by_target.items():
        forms = {opts.target_lang: [tgt]}
        forms.setdefault(opts.source_lang, []).extend(srcs)
        e = _new_entry(forms, opts, taken)
        if e:
            out.append(e)
    return out


# -- sets (google equivalent sets, amazon) -----------------------------------------------

def _export_sets(entries: list[Any], opts: InterchangeOptions) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(list(opts.langs))
    for e in entries:
        row = [(entry_forms(e, lang) or [""])[0] for lang in opts.langs]
        if sum(bool(c) for c in row) >= 2:
            w.writerow(row)
    return buf.getvalue()


def _import_sets(text: str, opts: InterchangeOptions) -> list[dict[str, Any]]:
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        return []
    header = [h.strip().split("-")[0].lower() for h in rows[0]]
    taken: set[str] = set()
    out = []
    for row in rows[1:]:
        forms = {lang: [cell] for lang, cell in zip(header, row) if cell.strip()}
        e = _new_entry(forms, opts, taken)
        if e:
            out.append(e)
    return out


# -- TBX ----------------------------------------------------------------------------------

def _export_tbx(entries: list[Any], opts: InterchangeOptions) -> str:
    from xml.sax.saxutils import escape, quoteattr

    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<martif type="TBX-Basic" xml:lang="en">',
             "  <martifHeader><fileDesc><sourceDesc><p>mtpipe glossary export</p></sourceDesc></fileDesc>"
             "</martifHeader>",
             "  <text><body>"]
    for e in entries:
        d = _as_dict(e)
        lines.append(f"    <termEntry id={quoteattr(d['id'])}>")
        lines.append(f'      <descrip type="subjectField">{escape(str(d.get("kind", "term")))}</descrip>')
        if d.get("notes"):
            lines.append(f'      <note>{escape(str(d["notes"]))}</note>')
        for lang in LANGS:
            forms = entry_forms(d, lang)
            if not forms:
                continue
            lines.append(f"      <langSet xml:lang={quoteattr(lang)}>")
            for i, f in enumerate(forms):
                status = "preferredTerm-admn-sts" if i == 0 else "admittedTerm-admn-sts"
                lines.append(f"        <tig><term>{escape(f)}</term>"
                             f'<termNote type="administrativeStatus">{status}</termNote></tig>')
            lines.append("      </langSet>")
        lines.append("    </termEntry>")
    lines += ["  </body></text>", "</martif>", ""]
    return "\n".join(lines)


_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _safe_xml(text: str) -> Any:
    if "<!DOCTYPE" in text or "<!ENTITY" in text:
        raise ValueError("DTDs and entities are not accepted in interchange files")
    import xml.etree.ElementTree as ET

    return ET.fromstring(text.encode("utf-8"))


def _import_tbx(text: str, opts: InterchangeOptions) -> list[dict[str, Any]]:
    root = _safe_xml(text)
    taken: set[str] = set()
    out = []
    for te in root.iter("termEntry"):
        forms: dict[str, list[str]] = {}
        for ls in te.iter("langSet"):
            lang = (ls.get(_XML_LANG) or ls.get("lang") or "").split("-")[0].lower()
            forms.setdefault(lang, []).extend((t.text or "") for t in ls.iter("term"))
        kind = (te.findtext("descrip") or "").strip()
        e = _new_entry(forms, opts, taken, kind if kind in ("person", "place", "org", "term") else "",
                       (te.findtext("note") or "").strip(), te.get("id") or "")
        if e:
            out.append(e)
    return out


# -- TMX ----------------------------------------------------------------------------------

def _export_tmx(entries: list[Any], opts: InterchangeOptions) -> str:
    from xml.sax.saxutils import escape, quoteattr

    src = opts.langs[0]
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<tmx version="1.4">',
             f'  <header creationtool="mtpipe" creationtoolversion="1" datatype="plaintext" segtype="phrase" '
             f'adminlang="en" srclang={quoteattr(src)} o-tmf="mtpipe"/>', "  <body>"]
    for e in entries:
        d = _as_dict(e)
        lines.append(f'    <tu tuid={quoteattr(d["id"])}><prop type="x-kind">{escape(str(d.get("kind")))}</prop>')
        for lang in LANGS:
            for f in entry_forms(d, lang):
                lines.append(f"      <tuv xml:lang={quoteattr(lang)}><seg>{escape(f)}</seg></tuv>")
        lines.append("    </tu>")
    lines += ["  </body>", "</tmx>", ""]
    return "\n".join(lines)


def _import_tmx(text: str, opts: InterchangeOptions) -> list[dict[str, Any]]:
    root = _safe_xml(text)
    taken: set[str] = set()
    out = []
    for tu in root.iter("tu"):
        forms: dict[str, list[str]] = {}
        for tuv in tu.iter("tuv"):
            lang = (tuv.get(_XML_LANG) or tuv.get("lang") or "").split("-")[0].lower()
            forms.setdefault(lang, []).append(tuv.findtext("seg") or "")
        kind = ""
        for prop in tu.iter("prop"):
            if prop.get("type") == "x-kind":
                kind = (prop.text or "").strip()
        e = _new_entry(forms, opts, taken, kind if kind in ("person", "place", "org", "term") else "",
                       eid=tu.get("tuid") or "")
        if e:
            out.append(e)
    return out


# -- JSON ---------------------------------------------------------------------------------

def _export_json(entries: list[Any], opts: InterchangeOptions) -> str:
    return json.dumps([_as_dict(e) for e in entries], ensure_ascii=False, indent=2) + "\n"


def _import_json(text: str, opts: InterchangeOptions) -> list[dict[str, Any]]:
    data = json.loads(text)
    if isinstance(data, dict):
        data = data.get("entries", [])
    out = []
    for d in data:
        d = dict(d)
        d.setdefault("kind", opts.kind)
        if opts.reviewed:
            d["reviewed"] = True
        out.append(d)
    return out


Exporter = Callable[[list[Any], InterchangeOptions], str]
Importer = Callable[[str, InterchangeOptions], list[dict[str, Any]]]

#: format name -> (exporter, importer)
FORMATS: dict[str, tuple[Exporter, Importer]] = {
    "deepl": (lambda es, o: _export_pairs(es, o, ","), lambda t, o: _import_pairs(t, o, ",")),
    "deepl-tsv": (lambda es, o: _export_pairs(es, o, "\t"), lambda t, o: _import_pairs(t, o, "\t")),
    "google": (lambda es, o: _export_pairs(es, o, ","), lambda t, o: _import_pairs(t, o, ",")),
    "google-sets": (_export_sets, _import_sets),
    "amazon": (_export_sets, _import_sets),
    "tbx": (_export_tbx, _import_tbx),
    "tmx": (_export_tmx, _import_tmx),
    "json": (_export_json, _import_json),
}
_SUFFIX = {".tbx": "tbx", ".tmx": "tmx", ".json": "json", ".tsv": "deepl-tsv", ".csv": "google-sets"}


def guess_format(filename: str) -> str:
    """Format name from a file suffix (``.tbx`` -> ``tbx``); ValueError if unknown."""
    for suf, fmt in _SUFFIX.items():
        if filename.lower().endswith(suf):
            return fmt
    raise ValueError(f"cannot tell the format of {filename!r}; pass --format ({', '.join(FORMATS)})")


def export_entries(entries: list[Any], fmt: str, opts: InterchangeOptions | None = None) -> str:
    """Serialise entries (:class:`Entry` or dicts) in format ``fmt``."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; known: {', '.join(FORMATS)}")
    return FORMATS[fmt][0](list(entries), opts or InterchangeOptions())


def import_entries(text: str, fmt: str, opts: InterchangeOptions | None = None) -> list[dict[str, Any]]:
    """Parse ``text`` in format ``fmt`` into entry dicts (glossary file layout)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; known: {', '.join(FORMATS)}")
    return FORMATS[fmt][1](text, opts or InterchangeOptions())
