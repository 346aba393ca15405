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
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
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
from .tmx import INFORMATIONAL_FLAGS

__all__ = ["write_html", "render_page", "render_index", "build_review", "record_targets", "has_outputs", "segment_files",
           "CSS", "COLUMN_COLOURS", "SCRIPT", "CSP"]

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
sup.miss{{color:#b71c1c;font-weight:bold;margin-left:1px}} sup.retry{{color:#8d6e00;margin-left:1px}}
nav.tools{{margin:4px 20px;font-size:13px;color:#444}} nav.tools kbd{{border:1px solid #999;border-radius:3px;padding:0 3px}}
tr:target td{{outline:2px solid #1e88e5}}
a.seg{{margin-right:4px}}
"""

#: The page's only script: a filter and j/k (n/p) jumps between segments that need attention.
#: A constant (no document data), allowed by its hash in :data:`CSP`.
SCRIPT = """(function(){
var sel=document.getElementById('filter');
function rows(){return Array.prototype.slice.call(document.querySelectorAll('tr.seg'));}
function apply(){var v=sel?sel.value:'';rows().forEach(function(r){
r.hidden=!!v&&!r.classList.contains(v);});}
if(sel){sel.addEventListener('change',apply);apply();}
function attn(){return rows().filter(function(r){return !r.hidden&&r.classList.contains('attn');});}
document.addEventListener('keydown',function(e){
if(e.ctrlKey||e.metaKey||e.altKey)return;
var t=e.target&&e.target.tagName;if(t==='INPUT'||t==='SELECT'||t==='TEXTAREA')return;
var k=e.key,fwd=(k==='j'||k==='n'),back=(k==='k'||k==='p');if(!fwd&&!back)return;
var rs=attn();if(!rs.length)return;
var cur=location.hash?document.getElementById(location.hash.slice(1)):null;
var i=cur?rs.indexOf(cur):-1,n;
if(i<0){var y=0;n=fwd?rs.findIndex(function(r){return r.getBoundingClientRect().top>1;}):-1;
if(back){for(var j=rs.length-1;j>=0;j--){if(rs[j].getBoundingClientRect().top<-1){n=j;break;}}}
if(n<0)n=fwd?0:rs.length-1;}
else{n=fwd?Math.min(i+1,rs.length-1):Math.max(i-1,0);}
location.hash='#'+rs[n].id;e.preventDefault();});
})();"""

#: Content-Security-Policy of every page: nothing from anywhere, inline CSS, and only :data:`SCRIPT`.
CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-"
       + base64.b64encode(hashlib.sha256(SCRIPT.encode("utf-8")).digest()).decode("ascii") + "'")

_LANG_NAMES = {"en": "English", "zh": "Chinese", "ru": "Russian", "vi": "Vietnamese"}
_KNOWN_STATUS = ("verified", "retried", "unverified", "passthrough", "normalized", "pending", "no_target")


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


def _flag_class(flag: str) -> str:
    return "f-" + (re.sub(r"[^a-z0-9_-]+", "-", flag.lower()).strip("-") or "x")


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
    badges = "".join(f'<span class="flag">{_e(f)}</span>' for f in flags)
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


def _collect(out_root: Path, skipped: list[str] | None = None) -> dict[str, list[dict[str, Any]]]:
    from ..entities import _well_formed

    by_doc: dict[str, list[dict[str, Any]]] = {}
    for path in segment_files(out_root):
        try:
            every = list(read_records(path))
            recs = [r for r in every if _is_record(r)]
            if not all(isinstance(r, dict) for r in every) or not all(_well_formed(r) for r in recs):
                raise ValueError("records of the wrong shape")
        except (OSError, ValueError) as e:  # a truncated or foreign file must not stop the review
            log.warning("review: skipping %s: %s", path, e)
            if skipped is not None:
                skipped.append(f"{path}: damaged, skipped ({str(e).splitlines()[0] if str(e) else type(e).__name__})")
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


def build_review(out_root: Path, targets: Sequence[str] | None = None,
                 skipped: list[str] | None = None) -> list[Path]:
    """(Re)build every page and ``index.html`` from the outputs of a finished folder.

    Reads ``NAME.jsonl``, ``NAME.ledger.jsonl`` and ``report.json`` (for the
    documents that failed) only; loads no model.

    Args:
        out_root: The folder ``mtpipe translate`` wrote.
        targets: Target columns, in order; None takes each document's own
            targets from its records.
        skipped: Receives ``"FILE: reason"`` for every damaged output left out.

    Returns:
        The pages written, ``index.html`` last.
    """
    out_root = Path(out_root)
    written: list[Path] = []
    index: list[dict[str, Any]] = []
    for doc_id, recs in sorted(_collect(out_root, skipped).items()):
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
        written.append(atomic_write_text(page_path, page))
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
    written.append(atomic_write_text(out_root / "index.html", render_index(index, _problems(out_root))))
    return written
