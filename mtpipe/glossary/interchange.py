"""Glossary interchange: DeepL, Google and Amazon CSV/TSV, TBX (TBX-Basic v2 and TBX v3), TMX, JSON.

Formats (registry :data:`FORMATS`, name -> exporter and importer; one module per family):

* ``deepl`` / ``deepl-tsv`` / ``google``: one pair per row ``source,target``, no header
  (:mod:`.delimited`).  A pair file has one target: imported, it fills that side of the
  entries it matches, or makes *partial* entries (see :class:`~mtpipe.glossary.model.Entry`);
* ``google-sets`` / ``amazon``: a header of language codes, one concept per row; Amazon
  writes the source language first (its uni-directional mode reads column 1 as source);
* ``tbx`` (TBX-Basic v2, ``martif``, with its DOCTYPE and XCS) and ``tbx3`` (TBX v3,
  ``conceptEntry/langSec/termSec``): every form with its ``administrativeStatus``
  (:mod:`.tbx`);
* ``tmx``: one ``tu`` per concept, **one** ``tuv`` per language (the canonical form),
  aliases in ``x-mtpipe-alias`` props that CAT tools do not insert (:mod:`.gtmx`);
* ``json``: the entries as a JSON list (everything, lossless).

``min_context`` (context words, see :class:`~mtpipe.glossary.model.Entry`) travels as one TBX
entry note ``mtpipe:min_context=WORD`` per word, one TMX prop ``x-mtpipe-min-context`` per word,
and in CSV/TSV as a ``min_context`` column (words separated by ``|``; in pair files the fifth
column, after ``source_lang,target_lang``), written only with
:attr:`InterchangeOptions.min_context_column` (the services those files are for refuse unknown
columns) and only when an exported entry has such words.

What each format cannot carry is listed in :data:`LOSSES` (and tested round trip).
Imports are detected by content (:func:`detect_format`), refuse entity declarations,
and a non-empty file that yields no entry is an error.  CSV/TSV cells that a spreadsheet
would run as a formula (``= + - @``, tab, CR first) are written with a leading ``'``
(OWASP) unless :attr:`InterchangeOptions.neutralise_formulas` is off; the importer strips
that quote again.

This module holds the options, :data:`LOSSES`, JSON and the registry; entry dicts (language keys,
forms, :func:`build_entry`) are in :mod:`.interchange_entry`, merging an import into a glossary
(:func:`merge_entries`) in :mod:`.interchange_merge`; their names stay importable from here.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Callable

from ..languages import LANGUAGES, TARGETS
from .interchange_entry import (CONTEXT_SEP, _as_dict, as_dict, build_entry, context_cell,  # noqa: F401
                                context_words, entry_forms, lang_key, lang_tag)
from .interchange_merge import MergePlan, merge_entries  # noqa: F401

__all__ = ["FORMATS", "LOSSES", "InterchangeOptions", "ImportResult", "export_entries", "import_entries",
           "read_entries", "entry_forms", "guess_format", "detect_format", "lang_key", "lang_tag", "as_dict",
           "merge_entries", "MergePlan", "context_cell", "context_words", "CONTEXT_SEP"]


@dataclass
class InterchangeOptions:
    """Settings for import and export.

    Attributes:
        source_lang: Source language of pair layouts (deepl, google) and first column of Amazon. Default ``ru``.
        target_lang: Target language of pair layouts. Default ``en``.
        langs: Languages written by multilingual layouts (sets, amazon, tbx, tmx), in this order.
        kind: Kind given to imported entries that carry none. Default ``term``.
        reviewed: Mark imported entries reviewed. Default False.
        neutralise_formulas: Prefix CSV/TSV cells starting with ``= + - @``, tab or CR with ``'``
            (and strip it on import). Default True; turn off for tools that need raw values.
        min_context_column: Write entries' ``min_context`` words in CSV/TSV files (a ``min_context``
            column, present only when an exported entry has such words), for files that come back
            to mtpipe.  Default False: DeepL, Google and Amazon refuse columns they do not know
            (the words are then lost, as :data:`LOSSES` says).  Import always reads the column.
    """

    source_lang: str = "ru"
    target_lang: str = "en"
    langs: tuple[str, ...] = TARGETS + tuple(lang for lang in LANGUAGES if lang not in TARGETS)  # en zh ru vi
    kind: str = "term"
    reviewed: bool = False
    neutralise_formulas: bool = True
    min_context_column: bool = False


@dataclass
class ImportResult:
    """Entries read from one file, and what could not be kept.

    Attributes:
        entries: Entry dicts in the glossary file layout (possibly partial: one of en/zh).
        ignored: Language tag -> number of forms dropped (languages mtpipe does not carry).
        notes: Other remarks, one line each.
    """

    entries: list[dict[str, Any]] = field(default_factory=list)
    ignored: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


#: format -> fields of an entry the format cannot carry (checked by the round-trip tests);
#: the CSV/TSV formats carry ``min_context`` with :attr:`InterchangeOptions.min_context_column`
LOSSES: dict[str, tuple[str, ...]] = {
    "json": (),
    "tmx": (),
    "tbx": (),
    "tbx3": (),
    "google-sets": ("id", "kind", "aliases", "excluded", "dnt", "case_sensitive", "reviewed", "notes", "min_context"),
    "amazon": ("id", "kind", "aliases", "excluded", "dnt", "case_sensitive", "reviewed", "notes", "min_context"),
    # a pair file carries one direction: the source forms and one target
    "deepl": ("id", "kind", "other languages", "excluded", "dnt", "case_sensitive", "reviewed", "notes",
              "min_context"),
    "deepl-tsv": ("id", "kind", "other languages", "excluded", "dnt", "case_sensitive", "reviewed", "notes",
                  "min_context"),
    "google": ("id", "kind", "other languages", "excluded", "dnt", "case_sensitive", "reviewed", "notes",
               "min_context"),
}


# -- JSON ---------------------------------------------------------------------------------

def _export_json(entries: list[Any], opts: InterchangeOptions) -> str:
    return json.dumps([as_dict(e) for e in entries], ensure_ascii=False, indent=2) + "\n"


def _import_json(text: str, opts: InterchangeOptions) -> ImportResult:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise ValueError(f"malformed JSON at line {e.lineno}: {e.msg}") from None
    if isinstance(data, dict):
        data = data.get("entries", [])
    if not isinstance(data, list) or not all(isinstance(d, dict) for d in data):
        raise ValueError("expected a JSON list of entries (or {\"entries\": [...]})")
    out = []
    for d in data:
        d = dict(d)
        d.setdefault("kind", opts.kind)
        if opts.reviewed:
            d["reviewed"] = True
        out.append(d)
    return ImportResult(out)


# -- registry -----------------------------------------------------------------------------

Exporter = Callable[[list[Any], InterchangeOptions], str]
Importer = Callable[[str, InterchangeOptions], ImportResult]


def _lazy(module: str, name: str) -> Callable[..., Any]:
    def call(*args: Any) -> Any:
        from importlib import import_module

        return getattr(import_module(f"mtpipe.glossary.{module}"), name)(*args)
    return call


#: format name -> (exporter, importer)
FORMATS: dict[str, tuple[Exporter, Importer]] = {
    "deepl": (_lazy("delimited", "export_deepl_csv"), _lazy("delimited", "import_pairs")),
    "deepl-tsv": (_lazy("delimited", "export_deepl_tsv"), _lazy("delimited", "import_pairs")),
    "google": (_lazy("delimited", "export_google_pairs"), _lazy("delimited", "import_pairs")),
    "google-sets": (_lazy("delimited", "export_google_sets"), _lazy("delimited", "import_sets")),
    "amazon": (_lazy("delimited", "export_amazon"), _lazy("delimited", "import_sets")),
    "tbx": (_lazy("tbx", "export_tbx_basic"), _lazy("tbx", "import_tbx")),
    "tbx3": (_lazy("tbx", "export_tbx3"), _lazy("tbx", "import_tbx")),
    "tmx": (_lazy("gtmx", "export_tmx"), _lazy("gtmx", "import_tmx")),
    "json": (_export_json, _import_json),
}
_SUFFIX = {".tbx": "tbx", ".tmx": "tmx", ".json": "json", ".tsv": "deepl-tsv", ".csv": "google-sets"}


def guess_format(filename: str) -> str:
    """Format name from a file suffix (``.tbx`` -> ``tbx``); ValueError if unknown."""
    for suf, fmt in _SUFFIX.items():
        if filename.lower().endswith(suf):
            return fmt
    raise ValueError(f"cannot tell the format of {filename!r}; pass --format ({', '.join(FORMATS)})")


def detect_format(text: str, filename: str = "") -> str:
    """The format of ``text`` from its content (the suffix only breaks ties).

    XML root ``martif``/``tbx`` -> ``tbx``, ``tmx`` -> ``tmx``; JSON; a delimited file whose
    first row is language codes -> ``google-sets``; otherwise a pair file (``deepl-tsv`` if
    tab-separated, else ``deepl``).  A YAML glossary (``entries:``) -> ``yaml``.
    """
    head = text.lstrip("\ufeff \t\r\n")
    if head.startswith("<"):
        m = re.search(r"<(?![?!])([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)", head)
        root = m.group(2).lower() if m else ""
        if root in ("martif", "tbx"):
            return "tbx"
        if root == "tmx":
            return "tmx"
        raise ValueError(f"XML with root <{root}> is neither TBX nor TMX")
    if head.startswith(("[", "{")):
        return "json"
    if re.match(r"(?m)^(#.*\n)*entries\s*:", head):
        return "yaml"
    from .delimited import sniff

    layout, _ = sniff(text)
    return layout


def read_entries(text: str, fmt: str | None = None, opts: InterchangeOptions | None = None,
                 filename: str = "") -> ImportResult:
    """Parse ``text`` (format ``fmt``, or detected) into entry dicts and remarks.

    Raises:
        ValueError: unknown format, malformed or refused file, or a non-empty file with no entry.
    """
    opts = opts or InterchangeOptions()
    fmt = fmt or detect_format(text, filename)
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; known: {', '.join(FORMATS)}")
    res: ImportResult = FORMATS[fmt][1](text, opts)
    if not res.entries and text.strip():
        extra = f" (languages not carried: {', '.join(sorted(res.ignored))})" if res.ignored else ""
        raise ValueError(f"no glossary entry found in a non-empty {fmt} file{extra}")
    return res


def refuse_misfits(entries: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """Drop every form whose script cannot be its language's (an ``en`` form in Cyrillic: a term base
    whose languages were mislabelled, as translate-toolkit's csv2tbx writes them); an entry left with
    no form is dropped whole.

    Returns:
        The entries kept (forms refused taken out), and one line per entry with a refused form
        (``entry guo-jiakun: en form 'Го Цзякунь' is written in Cyrillic letters (...): entry not imported``).
    """
    from .loader import script_misfit

    kept: list[dict[str, Any]] = []
    refused: list[str] = []
    for d in entries:
        why: list[str] = []

        def fits(lang: str, form: str) -> bool:
            what = script_misfit(lang, form)
            if what:
                why.append(f"{lang} form {form!r} is written in {what}")
            return what is None

        for lang in ("en", "zh"):
            if d.get(lang) and not fits(lang, str(d[lang])):
                d[lang] = ""
        aliases = {lang: [f for f in forms if fits(lang, str(f))] for lang, forms in (d.get("aliases") or {}).items()}
        d["aliases"] = {lang: forms for lang, forms in aliases.items() if forms}
        left = bool(d.get("en") or d.get("zh") or d["aliases"])
        if left:
            kept.append(d)
        if why:
            refused.append(f"entry {d.get('id', '?')}: {'; '.join(why)} (languages mislabelled in the file?): "
                           + ("form refused, the rest imported" if left else "entry not imported"))
    return kept, refused


def import_entries(text: str, fmt: str | None = None, opts: InterchangeOptions | None = None) -> list[dict[str, Any]]:
    """Parse ``text`` in format ``fmt`` into entry dicts (glossary file layout); see :func:`read_entries`."""
    return read_entries(text, fmt, opts).entries


def export_entries(entries: list[Any], fmt: str, opts: InterchangeOptions | None = None) -> str:
    """Serialise entries (:class:`Entry` or dicts) in format ``fmt``."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; known: {', '.join(FORMATS)}")
    return FORMATS[fmt][0](list(entries), opts or InterchangeOptions())
