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
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Callable

from .authoring import slugify
from .model import ALIAS_LANGS, KINDS, LANGS, Entry

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
    langs: tuple[str, ...] = ("en", "zh", "ru", "vi")
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

_TRAD_REGIONS = {"tw", "hk", "mo"}


def lang_key(tag: str) -> str | None:
    """A language tag in a file -> mtpipe's key (``ru vi en zh zh-Hant``), or None if not carried.

    ``zh``, ``zh-CN``, ``zh-Hans-CN`` -> ``zh``; ``zh-TW``, ``zh-HK``, ``zh-Hant`` -> ``zh-Hant``;
    ``en-US`` -> ``en``.
    """
    parts = [p.lower() for p in re.split(r"[-_]", tag.strip()) if p]
    if not parts:
        return None
    if parts[0] in ("zh", "zho", "chi", "cmn"):
        if "hant" in parts[1:] or (set(parts[1:]) & _TRAD_REGIONS and "hans" not in parts[1:]):
            return "zh-Hant"
        return "zh"
    base = {"rus": "ru", "vie": "vi", "eng": "en"}.get(parts[0], parts[0])
    return base if base in LANGS else None


def lang_tag(key: str) -> str:
    """mtpipe's key -> the tag written in files (``zh`` -> ``zh-Hans``)."""
    return {"zh": "zh-Hans", "zh-Hant": "zh-Hant"}.get(key, key)


def entry_forms(e: Entry | dict[str, Any], lang: str) -> list[str]:
    """Every form of an entry filed under ``lang``, canonical first (en/zh), then aliases.

    ``zh`` here is simplified only: traditional forms are under ``zh-Hant``.
    """
    d = e if isinstance(e, dict) else as_dict(e)
    out = list((d.get("aliases") or {}).get(lang, []))
    if lang in ("en", "zh") and d.get(lang):
        out.insert(0, str(d[lang]))
    return list(dict.fromkeys(out))


def as_dict(e: Entry | dict[str, Any]) -> dict[str, Any]:
    """An entry in the glossary file layout (only the fields that are set)."""
    if isinstance(e, dict):
        return e
    d: dict[str, Any] = {"id": e.id, "kind": e.kind, "en": e.en, "zh": e.zh,
                         "aliases": {k: list(v) for k, v in e.aliases.items() if v}}
    if e.dnt:
        d["dnt"] = True
    if e.case_sensitive is not None:
        d["case_sensitive"] = e.case_sensitive
    d["reviewed"] = e.reviewed
    if e.notes:
        d["notes"] = e.notes
    if any(e.excluded.values()):
        d["excluded"] = {k: list(v) for k, v in e.excluded.items() if v}
    if e.min_context:
        d["min_context"] = list(e.min_context)
    return d


_as_dict = as_dict  # older name, used by the CLI


def _unique(base: str, taken: set[str]) -> str:
    # authoring.unique_id copies the set on every call: quadratic over a 100,000-entry term base
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def build_entry(forms: dict[str, list[tuple[str, str]]], opts: InterchangeOptions, taken: set[str], *,
                eid: str = "", kind: str = "", notes: str = "", reviewed: bool | None = None,
                dnt: bool = False, case_sensitive: bool | None = None,
                min_context: list[str] | None = None) -> dict[str, Any] | None:
    """An entry dict from forms per language key, each ``(text, status)``.

    ``status`` is ``preferred``, ``admitted``, ``deprecated`` or ``""`` (unknown).  For en/zh
    the first preferred form (else the first form of unknown status, never an admitted one) becomes canonical; the
    others are aliases; deprecated forms are ``excluded``.  Returns None when no form is left.
    """
    aliases: dict[str, list[str]] = {}
    excluded: dict[str, list[str]] = {}
    canon = {"en": "", "zh": ""}
    for lang in ALIAS_LANGS:
        items = [(t.strip(), s) for t, s in forms.get(lang, []) if t and t.strip()]
        ranked = sorted(items, key=lambda x: x[1] != "preferred")
        ok = list(dict.fromkeys(t for t, s in ranked if s != "deprecated"))
        bad = list(dict.fromkeys(t for t, s in items if s == "deprecated" and t not in ok))
        # canonical: the first preferred form, or the first form of unknown status; never an admitted one
        first = next((t for t, s in ranked if s in ("preferred", "")), None)
        if lang in canon and first is not None:
            canon[lang] = first
            ok.remove(first)
        if ok:
            aliases[lang] = ok
        if bad:
            excluded[lang] = bad
    if not (canon["en"] or canon["zh"] or aliases):
        return None
    base = slugify(eid) if eid else slugify(canon["en"] or next(iter(aliases.values()), [""])[0] or canon["zh"])
    if base == "entry" and not eid:
        base = "term"
    new_id = _unique(base, taken)
    taken.add(new_id)
    d: dict[str, Any] = {"id": new_id, "kind": kind if kind in KINDS else opts.kind, "en": canon["en"],
                         "zh": canon["zh"], "aliases": aliases}
    if dnt:
        d["dnt"] = True
    if case_sensitive is not None:
        d["case_sensitive"] = case_sensitive
    d["reviewed"] = opts.reviewed if reviewed is None else (reviewed or opts.reviewed)
    if notes:
        d["notes"] = notes
    if excluded:
        d["excluded"] = excluded
    words = list(dict.fromkeys(w.strip() for w in (min_context or []) if w and w.strip()))
    if words:
        d["min_context"] = words
    return d


#: Separates ``min_context`` words in one CSV/TSV cell.
CONTEXT_SEP = "|"


def context_cell(d: dict[str, Any]) -> str:
    """An entry's ``min_context`` words as one CSV/TSV cell (``Кэцян | premier``)."""
    return f" {CONTEXT_SEP} ".join(str(w) for w in d.get("min_context") or [])


def context_words(cell: str) -> list[str]:
    """The words of a ``min_context`` cell."""
    return [w.strip() for w in cell.split(CONTEXT_SEP) if w.strip()]


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


def import_entries(text: str, fmt: str | None = None, opts: InterchangeOptions | None = None) -> list[dict[str, Any]]:
    """Parse ``text`` in format ``fmt`` into entry dicts (glossary file layout); see :func:`read_entries`."""
    return read_entries(text, fmt, opts).entries


def export_entries(entries: list[Any], fmt: str, opts: InterchangeOptions | None = None) -> str:
    """Serialise entries (:class:`Entry` or dicts) in format ``fmt``."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; known: {', '.join(FORMATS)}")
    return FORMATS[fmt][0](list(entries), opts or InterchangeOptions())


# -- merging into a glossary --------------------------------------------------------------

@dataclass
class MergePlan:
    """What an import does to a glossary.

    Attributes:
        new: Entry dicts to add (ids unique).
        updates: Entry id -> changes for :meth:`~mtpipe.glossary.edit.GlossaryFile.edit`.
        conflicts: One line per imported entry that disagrees with the glossary (not applied).
        unchanged: Imported entries already in the glossary as they are.
    """

    new: list[dict[str, Any]] = field(default_factory=list)
    updates: dict[str, dict[str, Any]] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)
    unchanged: int = 0


def _keys(d: dict[str, Any]) -> set[tuple[str, str]]:
    from .normalize import match_key

    out = set()
    for lang in ALIAS_LANGS:
        key = "zh" if lang == "zh-Hant" else lang
        for f in entry_forms(d, lang):
            out.add((key, match_key(f, key)))
    return out


def _merge_new(into: dict[str, Any], d: dict[str, Any], plan: MergePlan) -> None:
    """Fold an imported entry into one this import adds (a file that names a concept twice)."""
    for t in ("en", "zh"):
        if d.get(t) and not into.get(t):
            into[t] = d[t]
        elif d.get(t) and d[t] != into.get(t):
            plan.conflicts.append(f"{into['id']}: {t} is {into[t]!r} and {d[t]!r} in the file (kept the first)")
    for key in ("aliases", "excluded"):
        for lang, forms in (d.get(key) or {}).items():
            have = set(entry_forms(into, lang)) | set((into.get(key) or {}).get(lang, []))
            more = [f for f in forms if f not in have]
            if more:
                into.setdefault(key, {}).setdefault(lang, []).extend(more)
    more = [w for w in d.get("min_context") or [] if w not in (into.get("min_context") or [])]
    if more:
        into["min_context"] = list(into.get("min_context") or []) + more


def merge_entries(existing: list[Entry], imported: list[dict[str, Any]]) -> MergePlan:
    """Plan an import: each imported entry goes into the entry with its id (when they share a
    form), else the one entry sharing a form with it (same language, matcher's
    normalisation), else is new (its id made unique).

    Into an existing entry go a missing en/zh target, new aliases, excluded forms and
    ``min_context`` words; a different canonical form is a conflict (reported, not applied).
    """
    plan = MergePlan()
    by_id = {e.id: e for e in existing}
    owners: dict[tuple[str, str], set[str]] = {}
    for e in existing:
        for k in _keys(as_dict(e)):
            owners.setdefault(k, set()).add(e.id)
    taken = set(by_id)
    pending: dict[str, dict[str, Any]] = {}
    new_by_id: dict[str, dict[str, Any]] = {}
    for d in imported:
        keys = _keys(d)
        hits = set().union(*(owners.get(k, set()) for k in keys)) if keys else set()
        # the same id is the same concept only if a form is shared too: ids from other tools ("c1") are arbitrary
        target = d.get("id") if d.get("id") in hits else None
        if target is None:
            if len(hits) > 1:
                plan.conflicts.append(f"{d.get('id')}: its forms belong to several entries ({', '.join(sorted(hits))})")
                continue
            target = next(iter(hits), None)
        if target is None:
            d = dict(d)
            d["id"] = _unique(str(d.get("id") or "term"), taken)
            taken.add(d["id"])
            plan.new.append(d)
            new_by_id[d["id"]] = d
            for k in keys:  # a later row of the same file with one of these forms joins this entry
                owners.setdefault(k, set()).add(d["id"])
            continue
        if target in new_by_id:
            _merge_new(new_by_id[target], d, plan)
            continue
        cur = as_dict(by_id[target])
        base = pending.get(target, {})
        changes: dict[str, Any] = {}
        for t in ("en", "zh"):
            have = base.get(t) or cur.get(t) or ""
            got = str(d.get(t) or "")
            if got and not have:
                changes[t] = got
            elif got and got != have:
                plan.conflicts.append(f"{target}: {t} is {have!r} in the glossary, {got!r} in the file (kept)")
        for key in ("aliases", "excluded"):
            merged = {k: list(v) for k, v in (cur.get(key) or {}).items()}
            for k, v in (base.get(key) or {}).items():
                merged[k] = list(v)
            grew = False
            for lang, forms in (d.get(key) or {}).items():
                have_forms = set(entry_forms(cur, lang)) | set(merged.get(lang, []))
                for f in forms:
                    if f not in have_forms and f not in (changes.get("en"), changes.get("zh")):
                        merged.setdefault(lang, []).append(f)
                        have_forms.add(f)
                        grew = True
            if grew:
                changes[key] = merged
        if d.get("notes") and not cur.get("notes"):
            changes["notes"] = d["notes"]
        have_words = list(base.get("min_context") or cur.get("min_context") or [])
        more = [w for w in d.get("min_context") or [] if w not in have_words]
        if more:  # context words the glossary lacks are added (they only let risky forms match)
            changes["min_context"] = have_words + more
        if changes:
            pending.setdefault(target, {}).update(changes)
        else:
            plan.unchanged += 1
    plan.updates = pending
    return plan
