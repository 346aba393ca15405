"""CSV/TSV glossary layouts: DeepL and Google pair files, Google equivalent-term sets, Amazon terminology.

* Pairs (``deepl``, ``deepl-tsv``, ``google``): ``source<sep>target`` rows, no header (a first row of column
  names only, ``source,target``, is read as one and skipped with a note); DeepL's
  CSV may add ``source_lang,target_lang`` columns.  One direction, one target: every
  source-side form of an entry gets its row, the target is the canonical form.  The DeepL
  TSV is written without any quoting (DeepL's reader takes quotes literally), so a form
  holding a tab or a line break cannot be written and is reported instead.
* Sets (``google-sets``, ``amazon``): a header of language codes (plus optional ``pos`` /
  ``description`` columns), one concept per row, one form per language.  Amazon's
  uni-directional mode reads the first column as the source: it is the source language.

``min_context`` words (mtpipe's own field) go in a ``min_context`` column (sets: a header
column; pairs: a fifth column after ``source_lang,target_lang``, on the rows of entries that
have such words), words separated by ``|``: only with
:attr:`InterchangeOptions.min_context_column` (DeepL, Google and Amazon refuse columns they do
not know) and only when an exported entry has any.  Import reads the column whenever it is there.

The delimiter (tab, comma, semicolon) and the layout are read from the content.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from .interchange import (ImportResult, InterchangeOptions, as_dict, build_entry, context_cell, context_words,
                          entry_forms, lang_key, lang_tag)

__all__ = ["sniff", "neutralise", "restore_cell", "export_deepl_csv", "export_deepl_tsv", "export_google_pairs",
           "export_google_sets", "export_amazon", "import_pairs", "import_sets"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_META_COLUMNS = {"pos", "description", "desc", "note", "notes", "min_context"}
# column names a spreadsheet puts above a pair list ("source,target"): DeepL's layout has no header, so a first
# row made of them only is a header, not an entry (field trial 6 imported "source" -> "target" as a term)
_PAIR_HEADER = {"source", "target", "src", "tgt", "term", "terms", "translation", "translations", "source term",
                "target term", "source_term", "target_term", "source text", "target text", "original", "from", "to",
                "source_lang", "target_lang", "source language", "target language"}


def neutralise(cell: str) -> str:
    """``cell`` made inert for spreadsheets (OWASP CSV injection): a leading ``'`` before ``= + - @`` tab CR."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def restore_cell(cell: str) -> str:
    """Undo :func:`neutralise`."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(_FORMULA_START) else cell


def sniff(text: str) -> tuple[str, str]:
    """``(layout, delimiter)``: ``google-sets`` when the first row is language codes, else a pair layout."""
    first = next((ln for ln in text.lstrip("\ufeff").splitlines() if ln.strip()), "")
    delim = "\t" if "\t" in first else (";" if first.count(";") > first.count(",") else ",")
    row = next(csv.reader([first], delimiter=delim), [])
    cells = [c.strip() for c in row if c.strip()]
    langs = [c for c in cells if c.lower() not in _META_COLUMNS and lang_key(c) and len(c) <= 12
             and c.replace("-", "").replace("_", "").isalpha()]
    if len(langs) >= 2 and len(langs) + sum(c.lower() in _META_COLUMNS for c in cells) == len(cells):
        return "google-sets", delim
    return ("deepl-tsv" if delim == "\t" else "deepl"), delim


def _rows(text: str, delim: str) -> list[list[str]]:
    if delim == "\t":  # DeepL TSV: no quoting at all
        return [ln.split("\t") for ln in text.lstrip("\ufeff").splitlines() if ln.strip()]
    return [r for r in csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=delim) if any(c.strip() for c in r)]


def _cell(c: str, opts: InterchangeOptions) -> str:
    return restore_cell(c.strip()) if opts.neutralise_formulas else c.strip()


# -- pairs --------------------------------------------------------------------------------

def _source_forms(e: Any, lang: str) -> list[str]:
    forms = entry_forms(e, lang)
    if lang == "zh":
        forms += [f for f in entry_forms(e, "zh-Hant") if f not in forms]
    return forms


def _target_form(e: Any, lang: str, src_form: str) -> str:
    d = as_dict(e)
    if d.get("dnt"):
        return src_form
    if lang in ("en", "zh"):
        return str(d.get(lang) or "")  # the canonical form only: an alias is no target
    return (entry_forms(d, lang) or [""])[0]


def _pairs(entries: list[Any], opts: InterchangeOptions) -> tuple[list[list[str]], list[str]]:
    """Rows ``[source, target]``, or ``[source, target, source_lang, target_lang, min_context]``
    for an entry with context words (:attr:`InterchangeOptions.min_context_column`)."""
    rows, seen, notes = [], set(), []
    for e in entries:
        ctx = context_cell(as_dict(e)) if opts.min_context_column else ""
        for src in _source_forms(e, opts.source_lang):
            tgt = _target_form(e, opts.target_lang, src)
            if tgt and src not in seen:
                seen.add(src)
                rows.append([src, tgt, lang_tag(opts.source_lang), lang_tag(opts.target_lang), ctx] if ctx
                            else [src, tgt])
    return rows, notes


def entries_written(entries: list[Any], fmt: str, opts: InterchangeOptions) -> int:
    """How many of ``entries`` get a row in a delimited format ``fmt``: a pair file has no row for an
    entry without both languages (a do-not-translate slogan with no Russian form), a set file none for
    an entry with fewer than two of its languages."""
    if fmt in ("google-sets", "amazon"):
        langs = list(opts.langs) if fmt == "google-sets" else [opts.source_lang] + [x for x in opts.langs
                                                                                   if x != opts.source_lang]
        return sum(sum(bool(entry_forms(e, lang)) for lang in langs) >= 2 for e in entries)
    seen: set[str] = set()
    n = 0
    for e in entries:
        rows = [src for src in _source_forms(e, opts.source_lang)
                if src not in seen and _target_form(e, opts.target_lang, src)]
        seen.update(rows)
        n += bool(rows)
    return n


def _write(rows: list[list[str]], delim: str, opts: InterchangeOptions) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\n")
    for r in rows:
        w.writerow([neutralise(c) if opts.neutralise_formulas else c for c in r])
    return buf.getvalue()


def export_deepl_csv(entries: list[Any], opts: InterchangeOptions) -> str:
    rows, _ = _pairs(entries, opts)
    return _write(rows, ",", opts)


def export_google_pairs(entries: list[Any], opts: InterchangeOptions) -> str:
    return export_deepl_csv(entries, opts)


def export_deepl_tsv(entries: list[Any], opts: InterchangeOptions) -> str:
    rows, _ = _pairs(entries, opts)
    out = []
    for cells in rows:
        if any(ch in x for x in cells for ch in "\t\r\n"):
            continue  # not expressible in DeepL's TSV
        if opts.neutralise_formulas:
            cells = [neutralise(c) for c in cells]
        out.append("\t".join(cells))
    return "".join(line + "\n" for line in out)


def import_pairs(text: str, opts: InterchangeOptions) -> ImportResult:
    _, delim = sniff(text)
    res = ImportResult()
    by_target: dict[tuple[str, str], list[tuple[str, str]]] = {}  # (target lang, target) -> [(lang, source)]
    context: dict[tuple[str, str], list[str]] = {}  # (target lang, target) -> min_context words
    rows = _rows(text, delim)
    if rows and len(rows[0]) >= 2 and all(c.strip().lower() in _PAIR_HEADER for c in rows[0] if c.strip()):
        res.notes.append(f"row 1 {rows[0]!r} holds column names only: a header, not an entry; skipped")
        rows = rows[1:]
    for row in rows:
        if len(row) < 2:
            res.notes.append(f"row {row!r} has no target column; skipped")
            continue
        src, tgt = _cell(row[0], opts), _cell(row[1], opts)
        sl = lang_key(row[2]) if len(row) >= 4 and row[2].strip() else lang_key(opts.source_lang)
        tl = lang_key(row[3]) if len(row) >= 4 and row[3].strip() else lang_key(opts.target_lang)
        if not src or not tgt:
            continue
        if sl is None or tl is None:
            for tag in (row[2:4] if len(row) >= 4 else [opts.source_lang, opts.target_lang]):
                if lang_key(tag) is None:
                    res.ignored[tag] = res.ignored.get(tag, 0) + 1
            continue
        by_target.setdefault((tl, tgt), []).append((sl, src))
        if len(row) >= 5:
            context.setdefault((tl, tgt), []).extend(context_words(_cell(row[4], opts)))
    taken: set[str] = set()
    for (tl, tgt), srcs in by_target.items():
        forms: dict[str, list[tuple[str, str]]] = {tl: [(tgt, "preferred")]}
        for sl, src in srcs:
            forms.setdefault(sl, []).append((src, ""))
        e = build_entry(forms, opts, taken, min_context=context.get((tl, tgt)))
        if e:
            res.entries.append(e)
    return res


# -- sets ---------------------------------------------------------------------------------

def _sets(entries: list[Any], langs: list[str], opts: InterchangeOptions, header: list[str]) -> str:
    rows = []
    for e in entries:
        row = [(entry_forms(e, lang) or [""])[0] for lang in langs]
        if sum(bool(c) for c in row) >= 2:
            rows.append(row + [context_cell(as_dict(e)) if opts.min_context_column else ""])
    if any(r[-1] for r in rows):
        header = header + ["min_context"]
    else:
        rows = [r[:-1] for r in rows]
    return _write([header] + rows, ",", opts)


def export_google_sets(entries: list[Any], opts: InterchangeOptions) -> str:
    langs = list(opts.langs)
    return _sets(entries, langs, opts, [lang_tag(x) if x != "zh" else "zh-CN" for x in langs])


def export_amazon(entries: list[Any], opts: InterchangeOptions) -> str:
    langs = [opts.source_lang] + [x for x in opts.langs if x != opts.source_lang]
    return _sets(entries, langs, opts, [x if x != "zh-Hant" else "zh-TW" for x in langs])


def import_sets(text: str, opts: InterchangeOptions) -> ImportResult:
    _, delim = sniff(text)
    rows = _rows(text, delim)
    res = ImportResult()
    if not rows:
        return res
    header = [h.strip() for h in rows[0]]
    keys = [lang_key(h) if h.lower() not in _META_COLUMNS else h.lower() for h in header]
    taken: set[str] = set()
    for row in rows[1:]:
        forms: dict[str, list[tuple[str, str]]] = {}
        notes = []
        context: list[str] = []
        for h, key, cell in zip(header, keys, row):
            cell = _cell(cell, opts)
            if not cell:
                continue
            if key in ("description", "desc", "note", "notes"):
                notes.append(cell)
            elif key == "min_context":
                context += context_words(cell)
            elif key == "pos":
                continue
            elif key is None:
                res.ignored[h] = res.ignored.get(h, 0) + 1
            else:
                forms.setdefault(key, []).append((cell, "preferred"))
        e = build_entry(forms, opts, taken, notes="; ".join(notes), min_context=context)
        if e:
            res.entries.append(e)
    return res
