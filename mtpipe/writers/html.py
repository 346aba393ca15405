"""The review page: static, self-contained HTML per document plus ``index.html``.

One table row per segment with three text columns (source, then each target:
English, Chinese) after a narrow index column; a thick rule marks a new
paragraph.  Glossary terms are highlighted in the source (by their offsets) and
in every target (by their canonical form) with a colour per status
(verified/normalized/passthrough green, retried yellow, unverified red) and a
``title`` naming the entry and its status; flagged segments get a red left
edge and their flags as badges; the ledger of removed and repaired text is in a
collapsible ``<details>`` section.

Safety: every string that came from input (text, ids, flags, rule names,
metadata) goes through :func:`html.escape`, links are percent-encoded relative
``./`` paths, and the page has inline CSS and no script, so input can neither
inject markup nor pull anything from the network.

Pages are built from the JSONL records and ledger files, so
:func:`build_review` (``mtpipe review OUTPUT_DIR``) rebuilds them for a
finished output folder without any model.
"""

from __future__ import annotations

import html
import json
import logging
import posixpath
from pathlib import Path
from typing import Any, Iterable, Sequence
from urllib.parse import quote

from ..document import Document
from ..safety import safe_output_path
from .atomic import atomic_write_text
from .jsonl import doc_meta, read_ledger, read_records, signature_hash
from .records import segment_record

__all__ = ["write_html", "render_page", "render_index", "build_review", "record_targets", "has_outputs", "segment_files", "CSS", "COLUMN_COLOURS"]

log = logging.getLogger("mtpipe")

#: Background of each text column (the render test looks for these).
COLUMN_COLOURS = {"src": "#e3f2fd", "en": "#e8f5e9", "zh": "#fff3e0"}
_OTHER_COLOUR = "#f3e5f5"

CSS = f"""
body{{font-family:system-ui,"Noto Sans","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0;background:#fafafa;color:#222}}
header{{padding:12px 20px;background:#263238;color:#fff}}
header a{{color:#b3e5fc}}
table{{border-collapse:collapse;width:100%;table-layout:fixed}}
th{{position:sticky;top:0;background:#37474f;color:#fff;padding:6px;text-align:left}}
td{{vertical-align:top;padding:6px 8px;border-bottom:1px solid #ddd;overflow-wrap:anywhere;white-space:pre-wrap}}
td.src{{background:{COLUMN_COLOURS['src']}}} td.en{{background:{COLUMN_COLOURS['en']}}}
td.zh{{background:{COLUMN_COLOURS['zh']}}} td.tgt{{background:{_OTHER_COLOUR}}}
td.idx{{color:#777;font-size:12px;white-space:normal}}
tr.para td{{border-top:3px solid #90a4ae}}
tr.flagged td.idx{{border-left:4px solid #e53935}}
mark{{padding:0 2px;border-radius:3px}}
mark.verified,mark.normalized,mark.passthrough{{background:#a5d6a7}}
mark.retried{{background:#fff59d}} mark.unverified{{background:#ef9a9a}} mark.pending{{background:#e0e0e0}}
.flag{{display:inline-block;margin:2px;padding:0 4px;font-size:11px;border-radius:3px;background:#ffccbc;
white-space:normal}}
details{{margin:16px 20px}} .ledger td{{font-size:12px;background:#fff}}
.counts{{margin:8px 20px;color:#444}}
.legend mark{{margin-right:6px}}
"""

_LANG_NAMES = {"en": "English", "zh": "Chinese", "ru": "Russian", "vi": "Vietnamese"}
_KNOWN_STATUS = ("verified", "retried", "unverified", "passthrough", "normalized", "pending")


def _e(x: Any) -> str:
    return html.escape(str(x), quote=True)


def _status_class(status: Any) -> str:
    # the class attribute only ever holds one of our own words
    return status if status in _KNOWN_STATUS else "pending"


def _mark_spans(text: str, spans: Iterable[tuple[int, int, str, str]]) -> str:
    out, pos = [], 0
    for a, b, status, title in sorted(spans):
        if a < pos or not (0 <= a < b <= len(text)):
            continue
        out.append(_e(text[pos:a]))
        out.append(f'<mark class="{_status_class(status)}" title="{_e(title)}">{_e(text[a:b])}</mark>')
        pos = b
    out.append(_e(text[pos:]))
    return "".join(out)


def _term_title(t: dict[str, Any], status: Any) -> str:
    forms = " / ".join(f"{k}: {t[k]}" for k in ("en", "zh") if t.get(k))
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


def _row(r: dict[str, Any], targets: Sequence[str], new_para: bool) -> str:
    terms = [t for t in r.get("terms", []) if isinstance(t, dict)]
    source = str(r.get("source", ""))
    src_spans = [(int(t.get("start", 0)), int(t.get("end", 0)), t.get("status", "pending"),
                  _term_title(t, t.get("status"))) for t in terms]
    flags = [str(f) for f in r.get("flags", [])]
    part = r.get("part")
    idx = f'{_e(r.get("index", ""))}<br>{_e(r.get("src_lang", ""))}'
    if part:
        idx += f"<br>part {_e(part[0])}/{_e(part[1])}"
    badges = "".join(f'<span class="flag">{_e(f)}</span>' for f in flags)
    badges += "".join(f'<span class="flag">{_e(t.get("source", ""))}: {_e(", ".join(map(str, t["zh_candidates"])))}</span>'
                      for t in terms if t.get("zh_candidates"))  # hanzi to choose from for an auto-name
    cells = [f'<td class="idx">{idx}</td>', f'<td class="src">{_mark_spans(source, src_spans)}{badges}</td>']
    for lang in targets:
        text = str(r.get(lang) or "")
        cls = lang if lang in COLUMN_COLOURS else "tgt"
        cells.append(f'<td class="{cls}" lang="{_e(lang)}">{_mark_spans(text, _find_forms(text, terms, lang))}</td>')
    classes = " ".join(c for c in ("para" if new_para else "", "flagged" if flags else "") if c)
    return (f'<tr class="{classes}">' if classes else "<tr>") + "".join(cells) + "</tr>"


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
    legend = "".join(f'<mark class="{s}">{s}</mark>' for s in ("verified", "retried", "unverified"))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>mtpipe review: {_e(doc_id)}</title>
<style>{CSS}</style></head><body>
<header><a href="{_href(index_href)}">index</a> · <b>{_e(doc_id)}</b></header>
<div class="counts">{len(records)} segments · {len(terms)} terms · {n_unverified} unverified ·
{n_flagged} flagged segments · {len(ledger)} ledger entries <span class="legend">{legend}</span>
<br>{meta_line}</div>
<table><colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead>
<tbody>{''.join(rows)}</tbody></table>
<details><summary>Ledger: removed and repaired text ({len(ledger)})</summary>
<table class="ledger"><tr><th>rule</th><th>action</th><th>raw offsets</th><th>text</th><th>replacement</th><th>note</th></tr>{led_rows}</table>
</details></body></html>
"""


def render_index(docs: list[tuple[str, str, int, int, int]] | list[dict[str, Any]],
                 problems: Sequence[dict[str, Any]] = ()) -> str:
    """The ``index.html`` listing every document.

    Args:
        docs: One entry per document: a dict with ``doc``, ``href`` (relative
            path of its page), ``segments``, ``terms``, ``unverified``,
            ``flagged`` and ``flags`` (name -> segments), or the older tuple
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
        rows.append(f'<tr><td><a href="{_href(d["href"])}">{_e(d["doc"])}</a></td><td>{_e(d.get("segments", 0))}</td>'
                    f'<td>{_e(d.get("terms", ""))}</td><td>{_e(d.get("unverified", 0))}</td>'
                    f'<td>{_e(d.get("flagged", 0))}</td><td>{flags}</td></tr>')
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
<table><colgroup><col style="width:34%"><col><col><col><col><col style="width:30%"></colgroup>
<thead><tr><th>document</th><th>segments</th><th>terms</th><th>unverified terms</th><th>flagged segments</th>
<th>flags</th></tr></thead>
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


def _is_record(r: Any) -> bool:
    return isinstance(r, dict) and "doc" in r and "index" in r and "source" in r


def segment_files(out_root: Path) -> list[Path]:
    """The per-document ``NAME.jsonl`` files of an output folder (not ledgers, indexes or job state)."""
    out_root = Path(out_root)
    files = []
    for path in sorted(out_root.rglob("*.jsonl")):
        rel = path.relative_to(out_root)
        if path.name.endswith(".ledger.jsonl") or path.name == "entities.jsonl" or rel.parts[0] == ".mtpipe":
            continue
        files.append(path)
    return files


def has_outputs(out_root: Path) -> bool:
    """Whether ``out_root`` holds at least one segment record written by mtpipe."""
    for path in segment_files(out_root):
        try:
            if any(_is_record(r) for r in read_records(path)):
                return True
        except (OSError, ValueError):
            continue
    return False


def _collect(out_root: Path) -> dict[str, list[dict[str, Any]]]:
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for path in segment_files(out_root):
        try:
            recs = [r for r in read_records(path) if _is_record(r)]
        except (OSError, ValueError) as e:  # a truncated or foreign file must not stop the review
            log.warning("review: skipping %s: %s", path, e)
            continue
        for r in recs:
            by_doc.setdefault(str(r["doc"]), []).append(r)
    return by_doc


def record_targets(record: dict[str, Any]) -> tuple[str, ...]:
    """The target languages of a segment record: its keys between ``paragraph`` and ``terms``."""
    keys = list(record)
    try:
        return tuple(keys[keys.index("paragraph") + 1:keys.index("terms")])
    except ValueError:
        return ()


def _problems(out_root: Path) -> list[dict[str, Any]]:
    try:
        report = json.loads((out_root / "report.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    probs = report.get("problems") if isinstance(report, dict) else None
    return [p for p in probs or [] if isinstance(p, dict)]


def build_review(out_root: Path, targets: Sequence[str] | None = None) -> list[Path]:
    """(Re)build every page and ``index.html`` from the outputs of a finished folder.

    Reads ``NAME.jsonl``, ``NAME.ledger.jsonl`` and ``report.json`` (for the
    documents that failed) only; loads no model.

    Args:
        out_root: The folder ``mtpipe translate`` wrote.
        targets: Target columns, in order; None takes each document's own
            targets from its records.

    Returns:
        The pages written, ``index.html`` last.
    """
    out_root = Path(out_root)
    written: list[Path] = []
    index: list[dict[str, Any]] = []
    for doc_id, recs in sorted(_collect(out_root).items()):
        recs.sort(key=lambda r: r["index"])
        cols = tuple(targets) if targets is not None else record_targets(recs[0])
        head, ledger = read_ledger(safe_output_path(out_root, doc_id, ".ledger.jsonl"))
        meta = dict(head.get("meta") or {})
        if head.get("signature_hash"):
            meta["signature"] = head["signature_hash"]
        page_path = safe_output_path(out_root, doc_id, ".html")
        page = render_page(doc_id, recs, ledger, meta, cols, index_href=_index_href(out_root, page_path))
        written.append(atomic_write_text(page_path, page))
        flags: dict[str, int] = {}
        for r in recs:
            for f in set(r.get("flags", [])):
                flags[f] = flags.get(f, 0) + 1
        index.append({"doc": doc_id, "href": page_path.relative_to(out_root.resolve()).as_posix(),
                      "segments": len(recs), "terms": sum(len(r.get("terms", [])) for r in recs),
                      "unverified": sum(1 for r in recs for t in r.get("terms", []) if t.get("status") == "unverified"),
                      "flagged": sum(1 for r in recs if r.get("flags")), "flags": flags})
    written.append(atomic_write_text(out_root / "index.html", render_index(index, _problems(out_root))))
    return written
