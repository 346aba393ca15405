"""The review page: static, self-contained HTML per document plus ``index.html``.

Three columns per segment (source, English, Chinese), glossary terms
highlighted by status, flags marked, the ledger of removed text in a
``<details>`` section.  Everything that came from input is escaped with
:func:`html.escape`; the page has inline CSS and no script.

Pages are built from the JSONL records, so ``mtpipe review OUTPUT_DIR``
rebuilds them for a finished output folder without any model.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any, Iterable, Sequence

from ..document import Document
from ..safety import safe_output_path
from .atomic import atomic_write_text
from .records import segment_record

__all__ = ["write_html", "render_page", "render_index", "build_review"]

CSS = """
body{font-family:system-ui,sans-serif;margin:0;background:#fafafa;color:#222}
header{padding:12px 20px;background:#263238;color:#fff}
header a{color:#b3e5fc}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th{position:sticky;top:0;background:#37474f;color:#fff;padding:6px;text-align:left}
td{vertical-align:top;padding:6px 8px;border-bottom:1px solid #ddd;word-wrap:break-word}
td.src{background:#e3f2fd} td.en{background:#e8f5e9} td.zh{background:#fff3e0}
td.idx{width:3em;color:#777;font-size:12px}
tr.para td{border-top:3px solid #90a4ae}
mark{padding:0 2px;border-radius:3px}
mark.verified,mark.normalized,mark.passthrough{background:#a5d6a7}
mark.retried{background:#fff59d} mark.unverified{background:#ef9a9a} mark.pending{background:#e0e0e0}
.flag{display:inline-block;margin:2px;padding:0 4px;font-size:11px;border-radius:3px;background:#ffccbc}
details{margin:16px 20px} .ledger td{font-size:12px;background:#fff}
.counts{margin:8px 20px;color:#444}
"""

_ORDER = {"unverified": 0, "retried": 1, "normalized": 2, "verified": 3, "passthrough": 4, "pending": 5}


def _mark_spans(text: str, spans: Iterable[tuple[int, int, str, str]]) -> str:
    out, pos = [], 0
    for a, b, cls, title in sorted(spans):
        if a < pos:
            continue
        out.append(html.escape(text[pos:a]))
        out.append(f'<mark class="{html.escape(cls)}" title="{html.escape(title)}">{html.escape(text[a:b])}</mark>')
        pos = b
    out.append(html.escape(text[pos:]))
    return "".join(out)


def _find_forms(text: str, terms: list[dict[str, Any]], lang: str) -> list[tuple[int, int, str, str]]:
    spans = []
    taken: list[tuple[int, int]] = []
    for t in sorted(terms, key=lambda t: -len(str(t.get(lang) or ""))):
        form = t.get("source") if t.get("dnt") else t.get(lang)
        if not form:
            continue
        status = (t.get("targets") or {}).get(lang, t.get("status", "pending"))
        i = text.find(form)
        while i >= 0:
            if not any(i < e and s < i + len(form) for s, e in taken):
                spans.append((i, i + len(form), status, f"{t['id']}: {status}"))
                taken.append((i, i + len(form)))
            i = text.find(form, i + len(form))
    return spans


def render_page(doc_id: str, records: list[dict[str, Any]], ledger: list[dict[str, Any]], meta: dict[str, Any],
                targets: Sequence[str]) -> str:
    """One document's review page."""
    rows = []
    last_para = None
    for r in records:
        src_spans = [(t["start"], t["end"], t.get("status", "pending"), f"{t['id']}: {t.get('status')}")
                     for t in r.get("terms", [])]
        cells = [f'<td class="idx">{int(r["index"])}<br>{html.escape(str(r.get("src_lang", "")))}</td>',
                 f'<td class="src">{_mark_spans(r["source"], src_spans)}'
                 + "".join(f'<span class="flag">{html.escape(f)}</span>' for f in r.get("flags", [])) + "</td>"]
        for lang in targets:
            text = r.get(lang) or ""
            cells.append(f'<td class="{html.escape(lang)}">{_mark_spans(text, _find_forms(text, r.get("terms", []), lang))}</td>')
        cls = ' class="para"' if r.get("paragraph") != last_para and last_para is not None else ""
        last_para = r.get("paragraph")
        rows.append(f"<tr{cls}>" + "".join(cells) + "</tr>")
    led_rows = "".join(
        f"<tr><td>{html.escape(str(e.get('rule')))}</td><td>{html.escape(str(e.get('action')))}</td>"
        f"<td>{int(e.get('start', 0))}–{int(e.get('end', 0))}</td><td>{html.escape(str(e.get('text', '')))}</td>"
        f"<td>{html.escape(str(e.get('replacement') or ''))}</td></tr>" for e in ledger)
    head = "".join(f"<th>{html.escape(x)}</th>" for x in ["#", "source", *[{"en": "English", "zh": "Chinese"}.get(t, t) for t in targets]])
    n_terms = sum(len(r.get("terms", [])) for r in records)
    bad = sum(1 for r in records for t in r.get("terms", []) if t.get("status") == "unverified")
    meta_line = ", ".join(f"{html.escape(str(k))}: {html.escape(str(v))}" for k, v in meta.items()
                          if isinstance(v, (str, int, float)))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>mtpipe review: {html.escape(doc_id)}</title>
<style>{CSS}</style></head><body>
<header><a href="{'../' * doc_id.count('/')}index.html">index</a> · <b>{html.escape(doc_id)}</b></header>
<div class="counts">{len(records)} segments · {n_terms} terms · {bad} unverified · {len(ledger)} ledger entries
<br>{meta_line}</div>
<table><colgroup><col style="width:3.5em"><col><col><col></colgroup><thead><tr>{head}</tr></thead>
<tbody>{''.join(rows)}</tbody></table>
<details><summary>Ledger: removed and repaired text ({len(ledger)})</summary>
<table class="ledger"><tr><th>rule</th><th>action</th><th>raw offsets</th><th>text</th><th>replacement</th></tr>{led_rows}</table>
</details></body></html>
"""


def render_index(docs: list[tuple[str, str, int, int, int]]) -> str:
    """``docs``: (doc id, page href, segments, unverified terms, flagged segments)."""
    rows = "".join(f'<tr><td><a href="{html.escape(href)}">{html.escape(d)}</a></td><td>{n}</td><td>{u}</td><td>{f}</td></tr>'
                   for d, href, n, u, f in docs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>mtpipe review</title><style>{CSS}</style></head><body>
<header><b>mtpipe review</b> · {len(docs)} documents</header>
<table><thead><tr><th>document</th><th>segments</th><th>unverified terms</th><th>flagged segments</th></tr></thead>
<tbody>{rows}</tbody></table></body></html>
"""


def write_html(doc: Document, out_root: Path, targets: Sequence[str], signature: dict[str, Any]) -> list[Path]:
    records = [segment_record(doc, s, targets) for s in doc.segments]
    ledger = [e.to_dict() for e in doc.ledger]
    meta = {k: v for k, v in doc.meta.items() if not k.startswith("_") and k != "kept"}
    page = render_page(doc.doc_id, records, ledger, meta, targets)
    return [atomic_write_text(safe_output_path(out_root, doc.doc_id, ".html"), page)]


def build_review(out_root: Path, targets: Sequence[str] = ("en", "zh")) -> list[Path]:
    """(Re)build every page and ``index.html`` from the JSONL files of a finished output folder."""
    from ..entities import iter_segment_records

    out_root = Path(out_root)
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for r in iter_segment_records(out_root):
        by_doc.setdefault(r["doc"], []).append(r)
    written = []
    index = []
    for doc_id, recs in sorted(by_doc.items()):
        recs.sort(key=lambda r: r["index"])
        led_path = safe_output_path(out_root, doc_id, ".ledger.jsonl")
        ledger, meta = [], {}
        if led_path.exists():
            for line in led_path.read_text(encoding="utf-8").splitlines():
                rec = json.loads(line)
                if rec.get("type") == "meta":
                    meta = rec.get("meta", {})
                elif rec.get("type") == "ledger":
                    ledger.append(rec)
        page_path = safe_output_path(out_root, doc_id, ".html")
        written.append(atomic_write_text(page_path, render_page(doc_id, recs, ledger, meta, targets)))
        unverified = sum(1 for r in recs for t in r.get("terms", []) if t.get("status") == "unverified")
        flagged = sum(1 for r in recs if r.get("flags"))
        index.append((doc_id, page_path.relative_to(out_root.resolve()).as_posix()
                      if page_path.is_absolute() else page_path.relative_to(out_root).as_posix(),
                      len(recs), unverified, flagged))
    written.append(atomic_write_text(out_root / "index.html", render_index(index)))
    return written
