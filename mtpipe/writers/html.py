"""The review page: static, self-contained HTML per document plus ``index.html``.

One table row per segment with three text columns (source, then each target:
English, Chinese) after a narrow index column; a thick rule marks a new
paragraph.  Glossary terms are highlighted in the source (by their offsets) and
in every target (by their canonical form) with a colour per status
(verified/normalized/passthrough green, retried yellow, unverified red) and a
``title`` naming the entry and its status; flagged segments get a red left
edge and their flags as badges; the ledger of removed and repaired text is in a
collapsible ``<details>`` section.

For reviewers: every segment row has an anchor (``#s12``) that ``index.html``
links to for flagged segments; ``j``/``k`` (or ``n``/``p``) jump to the next /
previous segment that needs attention (flagged, or with an unverified term), and
a filter shows only the segments with a given flag or term status; a source
term that failed names its failing target visibly (``✗ en``), a retried one its
retried target (``↻ zh``); the index counts unverified and retried terms.

Safety: every string that came from input (text, ids, flags, rule names,
metadata) goes through :func:`html.escape`, links are percent-encoded relative
``./`` paths, class names are our own words (flags reduced to ``[a-z0-9_-]``).
The page's one script (:data:`SCRIPT`, a constant: no document data in it) is
allowed by its SHA-256 in the Content-Security-Policy and nothing else is
(``default-src 'none'``), so input can neither inject markup or script nor
pull anything from the network.

Pages are built from the JSONL records and ledger files, so
:func:`build_review` (``mtpipe review OUTPUT_DIR``) rebuilds them for a
finished output folder without any model.

This module renders the pages and writes them; the CSS, script and CSP are in
:mod:`mtpipe.writers.review_assets`, reading an output folder back in :mod:`mtpipe.writers.review_data`.
"""

from __future__ import annotations

import html
import re
import logging
import os
import posixpath
from pathlib import Path
from typing import Any, Iterable, Sequence
from urllib.parse import quote

from ..document import Document
from ..languages import TARGETS
from ..numbers import missing_numbers
from ..safety import safe_output_path
from .atomic import atomic_write_text
from .jsonl import doc_meta, read_ledger, signature_hash
from .records import segment_record
from .review_assets import COLUMN_COLOURS, CSP, CSS, SCRIPT  # noqa: F401  re-exported
from .review_data import _collect, _problems, has_outputs, record_targets, segment_files  # noqa: F401  re-exported
from .tmx import INFORMATIONAL_FLAGS

__all__ = ["write_html", "render_page", "render_index", "build_review", "record_targets", "has_outputs", "segment_files",
           "CSS", "COLUMN_COLOURS", "SCRIPT", "CSP"]

log = logging.getLogger("mtpipe")

_LANG_NAMES = {"en": "English", "zh": "Chinese", "ru": "Russian", "vi": "Vietnamese"}
_KNOWN_STATUS = ("verified", "retried", "unverified", "passthrough", "normalized", "pending", "no_target",
                 "untranslated")


def _e(x: Any) -> str:
    return html.escape(str(x), quote=True)


def _status_class(status: Any) -> str:
    # the class attribute only ever holds one of our own words
    return status if status in _KNOWN_STATUS else "pending"


def _mark_spans(text: str, spans: Iterable[tuple[Any, ...]]) -> str:
    out, pos = [], 0
    for a, b, status, title, *after in sorted(spans, key=lambda x: x[:2]):
        if a < pos or not (0 <= a < b <= len(text)):
            continue
        out.append(_e(text[pos:a]))
        out.append(f'<mark class="{_status_class(status)}" title="{_e(title)}">{_e(text[a:b])}</mark>')
        out.append("".join(after))  # already-escaped markup of our own (the failing-target note)
        pos = b
    out.append(_e(text[pos:]))
    return "".join(out)


def _term_title(t: dict[str, Any], status: Any) -> str:
    forms = " / ".join(f"{k}: {t[k]}" for k in TARGETS if t.get(k))
    return f"{t.get('id', '?')} ({t.get('kind', 'term')}): {status}" + (f"; {forms}" if forms else "")


def _find_forms(text: str, terms: list[dict[str, Any]], lang: str) -> list[tuple[int, int, str, str]]:
    spans: list[tuple[int, int, str, str]] = []
    taken: list[tuple[int, int]] = []

    def form_of(t: dict[str, Any]) -> str:
        return str((t.get("source") if t.get("dnt") else t.get(lang)) or "")

    for t in sorted(terms, key=lambda t: -len(form_of(t))):
        form = form_of(t)
        if not form:
            continue
        status = (t.get("targets") or {}).get(lang, t.get("status", "pending"))
        i = text.find(form)
        while i >= 0:
            if not any(i < e and s < i + len(form) for s, e in taken):
                spans.append((i, i + len(form), status, _term_title(t, status)))
                taken.append((i, i + len(form)))
            i = text.find(form, i + len(form))
    return spans


def _flag_class(flag: str) -> str:
    return "f-" + (re.sub(r"[^a-z0-9_-]+", "-", flag.lower()).strip("-") or "x")


def _flag_detail(flag: str, r: dict[str, Any]) -> str:
    """What a flag is about, where the record tells: the numbers a ``number_mismatch:<lang>`` target lost."""
    name, _, lang = flag.partition(":")
    if name != "number_mismatch" or not isinstance(r.get(lang), str):
        return ""
    lost = missing_numbers(str(r.get("source", "")), r[lang])
    return f" ({', '.join(lost)})" if lost else ""


def _target_notes(t: dict[str, Any]) -> str:
    """``✗ en`` for the targets a term failed in, ``↻ zh`` for the retried ones (visible, not only on hover)."""
    per = t.get("targets") or {}
    if not isinstance(per, dict):
        return ""
    out = ""
    failed = [str(k) for k, v in per.items() if v == "unverified"]
    retried = [str(k) for k, v in per.items() if v == "retried"]
    if failed:
        out += f'<sup class="miss" title="not found in the {_e(", ".join(failed))} output">✗ {_e(" ".join(failed))}</sup>'
    if retried:
        out += f'<sup class="retry" title="verified after a retry in {_e(", ".join(retried))}">↻ {_e(" ".join(retried))}</sup>'
    return out


def _row_classes(r: dict[str, Any]) -> list[str]:
    flags = [str(f) for f in r.get("flags", [])]
    statuses = {str(st) for t in r.get("terms", []) if isinstance(t, dict)
                for st in [t.get("status"), *((t.get("targets") or {}).values() if isinstance(t.get("targets"), dict)
                                              else [])]}
    classes = ["seg"]
    if flags:
        classes.append("flagged")
    if "unverified" in statuses or any(f.partition(":")[0] not in INFORMATIONAL_FLAGS for f in flags):
        classes.append("attn")  # how a segment was made (split) is no reason to stop there
    classes += sorted({_flag_class(f) for f in flags})
    classes += [f"t-{s}" for s in _KNOWN_STATUS if s in statuses]
    return classes


def _row(r: dict[str, Any], targets: Sequence[str], new_para: bool) -> str:
    terms = [t for t in r.get("terms", []) if isinstance(t, dict)]
    source = str(r.get("source", ""))
    src_spans = [(int(t.get("start", 0)), int(t.get("end", 0)), t.get("status", "pending"),
                  _term_title(t, t.get("status")), _target_notes(t)) for t in terms]
    flags = [str(f) for f in r.get("flags", [])]
    part = r.get("part")
    idx = f'{_e(r.get("index", ""))}<br>{_e(r.get("src_lang", ""))}'
    if part:
        idx += f"<br>part {_e(part[0])}/{_e(part[1])}"
    badges = "".join(f'<span class="flag">{_e(f)}{_e(_flag_detail(f, r))}</span>' for f in flags)
    badges += "".join(f'<span class="flag">{_e(t.get("source", ""))}: {_e(", ".join(map(str, t["zh_candidates"])))}</span>'
                      for t in terms if t.get("zh_candidates"))  # hanzi to choose from for an auto-name
    cells = [f'<td class="idx">{idx}</td>', f'<td class="src">{_mark_spans(source, src_spans)}{badges}</td>']
    for lang in targets:
        text = str(r.get(lang) or "")
        cls = lang if lang in COLUMN_COLOURS else "tgt"
        cells.append(f'<td class="{cls}" lang="{_e(lang)}">{_mark_spans(text, _find_forms(text, terms, lang))}</td>')
    classes = " ".join((["para"] if new_para else []) + _row_classes(r))
    return f'<tr id="s{_e(r.get("index", ""))}" class="{classes}">' + "".join(cells) + "</tr>"


def _href(path: str) -> str:
    return _e("./" + quote(path) if not path.startswith("../") else quote(path))


def render_page(doc_id: str, records: list[dict[str, Any]], ledger: list[dict[str, Any]], meta: dict[str, Any],
                targets: Sequence[str], index_href: str = "index.html") -> str:
    """One document's review page.

    Args:
        doc_id: The document id (shown, escaped).
        records: Its segment records (:func:`~.records.segment_record`), in order.
        ledger: Its ledger entries (``rule``, ``action``, ``text``, ``start``, ``end``...).
        meta: Document metadata; scalar values are shown.
        targets: Target columns, in order.
        index_href: Relative link from this page to ``index.html``.

    Returns:
        A complete HTML page.
    """
    rows = []
    last_para = object()
    for n, r in enumerate(records):
        rows.append(_row(r, targets, n > 0 and r.get("paragraph") != last_para))
        last_para = r.get("paragraph")
    led_rows = "".join(
        f"<tr><td>{_e(e.get('rule'))}</td><td>{_e(e.get('action'))}</td>"
        f"<td>{_e(e.get('start', ''))}–{_e(e.get('end', ''))}</td><td>{_e(e.get('text', ''))}</td>"
        f"<td>{_e(e.get('replacement') or '')}</td><td>{_e(e.get('note') or '')}</td></tr>" for e in ledger)
    head = "".join(f"<th>{_e(x)}</th>" for x in ["#", "source", *[_LANG_NAMES.get(t, t) for t in targets]])
    cols = '<col style="width:4.5em">' + "<col>" * (1 + len(targets))
    terms = [t for r in records for t in r.get("terms", [])]
    n_unverified = sum(1 for t in terms if t.get("status") == "unverified")
    n_flagged = sum(1 for r in records if r.get("flags"))
    meta_line = " · ".join(f"{_e(k)}: {_e(v)}" for k, v in meta.items()
                           if isinstance(v, (str, int, float)) and not isinstance(v, bool))
    n_retried = sum(1 for t in terms if t.get("status") == "retried")
    legend = "".join(f'<mark class="{s}">{s}</mark>' for s in ("verified", "retried", "unverified"))
    flag_names = sorted({str(f) for r in records for f in r.get("flags", [])})
    options = ['<option value="">all segments</option>', '<option value="attn">needs attention</option>',
               '<option value="flagged">flagged</option>']
    options += [f'<option value="t-{s}">terms {s}</option>' for s in ("unverified", "retried", "no_target")
                if any(f"t-{s}" in _row_classes(r) for r in records)]
    options += [f'<option value="{_flag_class(f)}">flag {_e(f)}</option>' for f in flag_names]
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<title>mtpipe review: {_e(doc_id)}</title>
<style>{CSS}</style></head><body>
<header><a href="{_href(index_href)}">index</a> · <b>{_e(doc_id)}</b></header>
<div class="counts">{len(records)} segments · {len(terms)} terms · {n_unverified} unverified · {n_retried} retried ·
{n_flagged} flagged segments · {len(ledger)} ledger entries <span class="legend">{legend}</span>
<br>{meta_line}</div>
<nav class="tools"><label>show <select id="filter">{''.join(options)}</select></label> ·
<kbd>j</kbd>/<kbd>k</kbd> next / previous segment needing attention (flagged or an unverified term)</nav>
<table><colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead>
<tbody>{''.join(rows)}</tbody></table>
<details><summary>Ledger: removed and repaired text ({len(ledger)})</summary>
<table class="ledger"><tr><th>rule</th><th>action</th><th>raw offsets</th><th>text</th><th>replacement</th><th>note</th></tr>{led_rows}</table>
</details><script>{SCRIPT}</script></body></html>
"""


def render_index(docs: list[tuple[str, str, int, int, int]] | list[dict[str, Any]],
                 problems: Sequence[dict[str, Any]] = ()) -> str:
    """The ``index.html`` listing every document.

    Args:
        docs: One entry per document: a dict with ``doc``, ``href`` (relative
            path of its page), ``segments``, ``terms``, ``unverified``,
            ``retried``, ``flagged``, ``flags`` (name -> segments) and ``attention``
            (indexes of the segments needing attention, linked as ``href#sN``), or the older tuple
            ``(doc id, href, segments, unverified terms, flagged segments)``.
        problems: Documents that failed (``file``, ``stage``, ``reason``), listed below the table.

    Returns:
        A complete HTML page.
    """
    rows = []
    for d in docs:
        if not isinstance(d, dict):
            d = {"doc": d[0], "href": d[1], "segments": d[2], "unverified": d[3], "flagged": d[4]}
        flags = ", ".join(f"{_e(k)} ({_e(v)})" for k, v in sorted((d.get("flags") or {}).items()))
        attention = [int(i) for i in d.get("attention") or []]
        jumps = " ".join(f'<a class="seg" href="{_href(d["href"])}#s{i}">#{i}</a>' for i in attention[:12])
        if len(attention) > 12:
            jumps += f" … ({len(attention)})"
        rows.append(f'<tr><td><a href="{_href(d["href"])}">{_e(d["doc"])}</a></td><td>{_e(d.get("segments", 0))}</td>'
                    f'<td>{_e(d.get("terms", ""))}</td><td>{_e(d.get("unverified", 0))}</td>'
                    f'<td>{_e(d.get("retried", 0))}</td>'
                    f'<td>{_e(d.get("flagged", 0))}</td><td>{flags}</td><td>{jumps}</td></tr>')
    failed = ""
    if problems:
        items = "".join(f"<tr><td>{_e(p.get('file', ''))}</td><td>{_e(p.get('stage', ''))}</td>"
                        f"<td>{_e(p.get('reason', ''))}</td></tr>" for p in problems)
        failed = (f'<details open class="problems"><summary>Failed documents ({len(problems)})</summary>'
                  f"<table><tr><th>file</th><th>stage</th><th>reason</th></tr>{items}</table></details>")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>mtpipe review</title><style>{CSS}</style></head><body>
<header><b>mtpipe review</b> · {len(docs)} documents</header>
<table><colgroup><col style="width:26%"><col><col><col><col><col><col style="width:22%"><col style="width:22%">
</colgroup>
<thead><tr><th>document</th><th>segments</th><th>terms</th><th>unverified terms</th><th>retried terms</th>
<th>flagged segments</th><th>flags</th><th>segments needing attention</th></tr></thead>
<tbody>{''.join(rows)}</tbody></table>{failed}</body></html>
"""


def _index_href(out_root: Path, page: Path) -> str:
    rel = page.relative_to(Path(out_root).resolve()).as_posix()
    return posixpath.relpath("index.html", posixpath.dirname(rel) or ".")


def write_html(doc: Document, out_root: Path, targets: Sequence[str], signature: dict[str, Any]) -> list[Path]:
    """Write ``NAME.html``, the review page of one document; returns ``[path]``."""
    records = [segment_record(doc, s, targets) for s in doc.segments]
    ledger = [e.to_dict() for e in doc.ledger]
    meta = {**doc_meta(doc), "signature": signature_hash(signature)}
    path = safe_output_path(out_root, doc.doc_id, ".html")
    page = render_page(doc.doc_id, records, ledger, meta, targets, index_href=_index_href(out_root, path))
    return [atomic_write_text(path, page)]


def _same_bytes(path: Path, text: str) -> bool:
    """Whether ``path`` is a regular file holding exactly ``text`` (UTF-8)."""
    data = text.encode("utf-8")
    try:
        if os.path.islink(path) or os.path.getsize(path) != len(data):
            return False
        with open(path, "rb") as f:
            return f.read() == data
    except OSError:
        return False


def build_review(out_root: Path, targets: Sequence[str] | None = None,
                 skipped: list[str] | None = None,
                 problems: Sequence[dict[str, Any]] | None = None,
                 files: Sequence[Path] | None = None) -> list[Path]:
    """(Re)build every page and ``index.html`` from the outputs of a finished folder.

    Reads ``NAME.jsonl``, ``NAME.ledger.jsonl`` and ``report.json`` (for the
    documents that failed) only; loads no model.

    Args:
        out_root: The folder ``mtpipe translate`` wrote.
        targets: Target columns, in order; None takes each document's own
            targets from its records.
        skipped: Receives ``"FILE: reason"`` for every damaged output left out.
        problems: The documents that failed (``file``, ``stage``, ``reason``), for a job that has not
            written ``report.json`` yet (``mtpipe translate`` builds the pages before it); None reads
            them from ``report.json`` (``mtpipe review`` on a finished folder).
        files: Only these segment files (a run's documents, outputs of removed inputs left out:
            :func:`~mtpipe.writers.review_data.split_by_documents`); None: every one of the folder.

    Returns:
        The pages written, ``index.html`` last.
    """
    out_root = Path(out_root)
    written: list[Path] = []
    index: list[dict[str, Any]] = []
    for doc_id, recs in sorted(_collect(out_root, skipped, files).items()):
        recs.sort(key=lambda r: r["index"])
        cols = tuple(targets) if targets is not None else record_targets(recs[0])
        ledger_path = safe_output_path(out_root, doc_id, ".ledger.jsonl")
        try:
            head, ledger = read_ledger(ledger_path)
            if not isinstance(head, dict) or not all(isinstance(e, dict) for e in ledger):
                raise ValueError("records of the wrong shape")
        except (OSError, ValueError, AttributeError, TypeError) as e:  # the page is still useful without it
            log.warning("review: ledger %s left out: %s", ledger_path, e)
            if skipped is not None and ledger_path.exists():
                skipped.append(f"{ledger_path}: damaged, left out of the page ({str(e).splitlines()[0]})")
            head, ledger = {}, []
        meta = dict(head.get("meta") or {})
        if head.get("signature_hash"):
            meta["signature"] = head["signature_hash"]
        page_path = safe_output_path(out_root, doc_id, ".html")
        try:
            page = render_page(doc_id, recs, ledger, meta, cols, index_href=_index_href(out_root, page_path))
        except (KeyError, TypeError, ValueError, AttributeError) as e:  # a record with odd values
            log.warning("review: skipping %s: %s", doc_id, e)
            if skipped is not None:
                skipped.append(f"{safe_output_path(out_root, doc_id, '.jsonl')}: damaged, skipped ({type(e).__name__})")
            continue
        if not _same_bytes(page_path, page):  # a document this run did not change keeps its page (and mtime)
            atomic_write_text(page_path, page)
        written.append(page_path)
        flags: dict[str, int] = {}
        for r in recs:
            for f in set(r.get("flags", [])):
                flags[f] = flags.get(f, 0) + 1
        index.append({"doc": doc_id, "href": page_path.relative_to(out_root.resolve()).as_posix(),
                      "segments": len(recs), "terms": sum(len(r.get("terms", [])) for r in recs),
                      "unverified": sum(1 for r in recs for t in r.get("terms", []) if t.get("status") == "unverified"),
                      "retried": sum(1 for r in recs for t in r.get("terms", []) if t.get("status") == "retried"),
                      "flagged": sum(1 for r in recs if r.get("flags")), "flags": flags,
                      "attention": [r.get("index") for r in recs if "attn" in _row_classes(r)]})
    failed = list(problems) if problems is not None else _problems(out_root)
    written.append(atomic_write_text(out_root / "index.html", render_index(index, failed)))
    return written
