"""Cleaning and segmentation on real scraped pages (issue 12): clutter recall, content precision,
sentence-boundary F1, unsupported-language detection and documents/s.

The set is ``benchmarks/data/realpages/*.ann`` (format in its README): each document is a
list of annotated lines (``+`` content, ``-`` clutter, ``=`` metadata that must leave the text,
blank), sentence ends marked ``‖``.  The raw document is the lines without marks; documents
are written to a temporary folder, one sub-folder per site, and go through mtpipe's front
stages (read -> clean, with the cross-document first pass over the whole set -> segment) as
a job would run them.  Figures per part (``tune``, ``held``, ``held2``: what each held-out
part has and has not been exposed to is in the data README) and per language:

* ``clutter_recall``: clutter and metadata lines removed (at most 10% of their letters
  left in the kept text) / annotated;
* ``content_precision``: content lines kept (at least 85% of their letters: a dateline or byline
  prefix cut off a sentence is not a loss) / content lines;
* ``boundary_f1``: segment ends against ``‖`` marks, on kept content lines, exact offsets;
  ``soft_break_cuts`` counts segment ends at a line end that has no mark (a sentence cut at a
  soft line break);
* ``unsupported_ok``: documents in a language outside ru/vi/en/zh whose segments all carry
  that language (and the ``unsupported_language`` flag);
* ``docs_per_s`` and ``sentences_per_s``: read + clean + segment (with the first pass), CPU
  time of the process (the cores are shared), best of ``--repeat``; for the text documents and,
  apart, for the raw HTML pages (extraction included).

With ``--seeds DIR`` (default ``tests/data/seeds``) it also prints, per seed, the
number of lines removed and segments produced, to compare with an older tree::

    python benchmarks/cleaning.py [--json] [--seeds DIR] [--repeat 3]
"""

from __future__ import annotations

import argparse
import bisect
import json
import re
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

DATA = Path(__file__).resolve().parent / "data" / "realpages"
SEEDS = Path(__file__).resolve().parents[1] / "tests" / "data" / "seeds"
MARK = "‖"
SUPPORTED = ("ru", "vi", "en", "zh")
_HEAD = re.compile(r"^### doc (\S+)((?: \w+=\S+)*)$")


@dataclass
class AnnDoc:
    doc_id: str
    lang: str
    split: str
    url: str
    lines: list[tuple[str, str]] = field(default_factory=list)  # (tag, text with marks)
    html: str = ""  # raw HTML page (``html/<name>.html.gz``): the lines are its visible text blocks
    crawl_site: str = ""  # ``site=``: a page of a multi-page crawl; each site's pages are one run folder
    boundaries: bool = True  # ``bnd=no``: no sentence ends marked, boundary figures skip the document

    @property
    def site(self) -> str:
        return self.crawl_site or urlparse(self.url).netloc or "site"

    def raw(self) -> str:
        return "\n".join(t.replace(MARK, "") for _, t in self.lines) + "\n"


def load(folder: Path = DATA) -> list[AnnDoc]:
    return [d for f in sorted(folder.glob("*.ann")) for d in load_file(f)]


def load_file(f: Path) -> list[AnnDoc]:
    """The annotated documents of one ``.ann`` file (one part)."""
    docs: list[AnnDoc] = []
    for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
        m = _HEAD.match(line)
        if m:
            kv = dict(p.split("=", 1) for p in m.group(2).split())
            docs.append(AnnDoc(m.group(1), kv["lang"], kv.get("split", "tune"), kv.get("url", ""),
                               html=kv.get("html", ""), crawl_site=kv.get("site", ""),
                               boundaries=kv.get("bnd", "yes") != "no"))
            continue
        if not docs:
            raise SystemExit(f"{f}:{n}: text before the first '### doc' line")
        if not line.strip():
            docs[-1].lines.append(("", ""))
        elif line[:2] in ("+ ", "- ", "= "):
            docs[-1].lines.append((line[0], line[2:]))
        else:
            raise SystemExit(f"{f}:{n}: a line must start with '+ ', '- ', '= ' or be blank")
    return docs


_BLOCK = frozenset("p div br li h1 h2 h3 h4 h5 h6 tr td th section article title header footer nav aside ul ol dl "
                   "dt dd blockquote figure figcaption form table main option button label pre hr time".split())
_SKIP = frozenset("script style noscript template head iframe svg select textarea".split())


def html_blocks(src: str) -> list[str]:
    """The visible text blocks of an HTML page (block elements cut lines; scripts, styles and the
    head dropped; whitespace folded): what an annotator of the ``html`` part marks, one per line.
    Independent of both extractors under test."""
    import unicodedata

    from lxml import html as lh

    out: list[str] = []
    cur: list[str] = []

    def flush() -> None:
        t = " ".join("".join(cur).split())
        cur.clear()
        if sum(ch.isalnum() for ch in t) >= 2:
            out.append(unicodedata.normalize("NFC", t))

    def walk(el) -> None:  # type: ignore[no-untyped-def]
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if not tag or tag in _SKIP:
            if el.tail:
                cur.append(el.tail)
            return
        block = tag in _BLOCK
        if block:
            flush()
        if el.text:
            cur.append(el.text)
        for ch in el:
            walk(ch)
        if block:
            flush()
        if el.tail:
            cur.append(el.tail)

    root = lh.document_fromstring(src)
    body = root.find("body")
    walk(body if body is not None else root)
    flush()
    return out


#: the cleaner's removal policy of the runs (``--clean-policy``; :mod:`mtpipe.clean.policy`; "" = the cleaner's default)
POLICY = [""]


def _front(options=None):  # type: ignore[no-untyped-def]
    from mtpipe.clean import Cleaner, CleanOptions
    from mtpipe.segment import Segmenter

    return Cleaner(options or (CleanOptions(removal_policy=POLICY[0]) if POLICY[0] else CleanOptions())), Segmenter()


def run_front(paths: list[Path], root: Path, extractor: str = "auto",
              first_pass: bool = True, options=None) -> tuple[list, float]:  # type: ignore[no-untyped-def]
    """read -> first pass -> clean -> segment, as a job runs them; ``options``: the cleaner's
    (:class:`~mtpipe.clean.CleanOptions`, a fresh one per call: the first pass fills its counts)."""
    from mtpipe.ingest import IngestOptions, read_document

    cleaner, segmenter = _front(options)
    opts = IngestOptions(html_extractor=extractor)
    # CPU time of this process: the machine's cores are shared, wall time swings with the load
    t0 = time.process_time()
    docs = [read_document(p, root, opts) for p in paths]
    first = getattr(cleaner, "first_pass", None)
    if first is not None and first_pass:
        first(docs)
    out = [segmenter(cleaner(d)) for d in docs]
    return out, time.process_time() - t0


def _letters(s: str) -> int:
    return sum(ch.isalnum() for ch in s)


def as_ingested(ann: AnnDoc, doc):  # type: ignore[no-untyped-def]
    """``doc`` in the offsets of the text ingest gave (``normalize_text(ann.raw())``): the same document when its
    length did not change; else (a spam repair wrote a syllable of another length over a token) a copy whose text is
    ingest's, whose kept spans and segments are mapped there through ``doc.to_raw``; the ledger is in raw offsets."""
    import dataclasses

    from mtpipe.ingest import normalize_text

    orig, offs = normalize_text(ann.raw())
    if doc.meta.get("read_as") == "html" and not ann.html:
        return _page_in_text(doc, orig, offs)
    if len(orig) == len(doc.text):
        return doc
    if doc.raw_offsets is None or len(doc.raw_offsets) != len(doc.text) + 1:
        raise SystemExit(f"{ann.doc_id}: the cleaned text changed length and has no offsets to map it back")

    def at(i: int) -> int:  # a position of doc.text -> the position of ingest's text it came from
        if i >= len(doc.text):
            return len(orig)
        j = bisect.bisect_left(offs, doc.to_raw(i))
        # a line end and the next line's first character share a raw offset: the one that is this character
        if j + 1 < len(orig) and offs[j + 1] == offs[j] and orig[j] != doc.text[i] == orig[j + 1]:
            j += 1
        return min(len(orig), j)

    segs = [dataclasses.replace(s, start=at(s.start), end=at(s.end), source=orig[at(s.start):at(s.end)])
            for s in doc.segments]
    meta = dict(doc.meta, kept=[[at(a), at(b)] for a, b in doc.meta.get("kept", [])])
    return dataclasses.replace(doc, text=orig, segments=segs, meta=meta, raw_offsets=list(offs))


def _visible(line: str) -> str:
    """A raw-HTML line's words: its tags dropped, its entities read, whitespace folded (Convention 11)."""
    import html as _html

    return _norm(_html.unescape(re.sub(r"<[^>]*>", " ", line)))


def _page_in_text(doc, orig: str, offs: list[int]):  # type: ignore[no-untyped-def]
    """``doc`` in the offsets of ingest's text when ingest read the text file as a whole HTML page (a page saved as
    ``.txt``: ``meta["read_as"] == "html"``, h53vi14): the extracted text has no line-by-line link to the page's lines,
    so an annotated line is kept when its words (:func:`_visible`) stand in the kept text, and a segment is put on the
    line whose words it is (the whole line when it is all of them, so the gold end after the closing tag is its end)."""
    import dataclasses

    flat = " ".join(_norm(doc.text[a:b]) for a, b in doc.meta.get("kept", []))
    spans, pos = [], 0
    for line in orig.split("\n"):
        spans.append((pos, pos + len(line), _visible(line)))
        pos += len(line) + 1
    kept = [[a, b] for a, b, vis in spans if _letters(vis) >= 2 and _find_word(flat, vis) >= 0]
    segs = []
    for sg in doc.segments:
        t = _norm(doc.text[sg.start:sg.end])
        hit = next(((a, b) for a, b, vis in spans if t and vis == t), None)
        if hit is None:
            hit = next(((i, i + len(t)) for a, b, vis in spans if t and t in vis
                        for i in [orig.find(t, a, b)] if i >= 0), None)
        if hit is not None:
            segs.append(dataclasses.replace(sg, start=hit[0], end=hit[1], source=orig[hit[0]:hit[1]]))
    meta = dict(doc.meta, kept=kept)
    return dataclasses.replace(doc, text=orig, segments=segs, meta=meta, raw_offsets=list(offs))


def score(ann: AnnDoc, doc) -> dict:  # type: ignore[no-untyped-def]
    """Per-document counts."""
    from mtpipe.ingest import normalize_text

    doc = as_ingested(ann, doc)
    text = doc.text
    # line spans of the text as ingest made it: soft-break joins keep every offset
    orig, offs = normalize_text(ann.raw())
    seg_ends = {s.end for s in doc.segments}
    c = {"content": 0, "content_kept": 0, "clutter": 0, "clutter_removed": 0, "tp": 0, "fp": 0, "fn": 0,
         "soft_cuts": 0, "lost_template": 0, "lost": [], "left": [], "bnd": []}
    for tag, marked, raw_start, a, b, share in aligned_lines(ann, doc):
        if tag == "+":
            c["content"] += 1
            if share >= CONTENT_KEPT:
                c["content_kept"] += 1
            else:
                ra, rb = doc.to_raw(a), doc.to_raw(b)
                # the ledger entries that removed part of the line: rule and note, for --show
                why = sorted({f"{e.rule} ({e.note})" if e.note else e.rule for e in doc.ledger
                              if e.action == "removed" and e.start < rb and e.end > ra})
                c["lost"].append(text[a:b][:80] + ("  <- " + "; ".join(why) if why else ""))
                c["lost_template"] += any(e.rule == "boilerplate.template" and e.start <= ra < e.end
                                          for e in doc.ledger)
                continue
            # gold ends: offsets in doc.text (the line is the marked line without marks, stripped)
            gold, k = set(), 0
            for ch in marked:
                if ch == MARK:
                    end = min(b, max(a, bisect.bisect_left(offs, raw_start + k)))
                    while end > a and text[end - 1].isspace():
                        end -= 1
                    gold.add(end)
                else:
                    k += 1
            if not ann.boundaries:
                continue
            pred = {e for e in seg_ends if a < e <= b}
            c["tp"] += len(gold & pred)
            c["fp"] += len(pred - gold)
            c["fn"] += len(gold - pred)
            for e in sorted(gold ^ pred):
                kind = "MISSED" if e in gold else "EXTRA"
                c["bnd"].append(f"{kind} {text[max(a, e - 40):e]}|{text[e:min(b, e + 30)]}")
            if b in pred and b not in gold:
                c["soft_cuts"] += 1
        else:
            c["clutter"] += 1
            if share <= CLUTTER_LEFT:
                c["clutter_removed"] += 1
            else:
                c["left"].append(text[a:b][:80])
    _lang_counts(ann, doc, c)
    return c


#: a content line is kept when this share of its letters is (a dateline cut off a sentence is no loss); a clutter
#: line is removed when at most this share of its letters is left
CONTENT_KEPT, CLUTTER_LEFT = 0.85, 0.1


def aligned_lines(ann: AnnDoc, doc) -> list[tuple[str, str, int, int, int, float]]:  # type: ignore[no-untyped-def]
    """Each non-blank annotated line of a text document with its place in ``doc.text``: ``(tag, marked text,
    start in the raw page, start, end, share of its letters kept)``."""
    from mtpipe.ingest import normalize_text

    doc = as_ingested(ann, doc)
    text = doc.text
    orig, offs = normalize_text(ann.raw())
    kept = sorted(tuple(k) for k in doc.meta.get("kept", []))
    keep_mask = bytearray(len(text))
    for a, b in kept:
        keep_mask[a:b] = b"\x01" * (b - a)
    # doc.text lines against the annotated lines: normalisation strips lines and folds blank runs
    # each annotated line with where it starts in ann.raw() (marks removed): a mark's place in the raw page,
    # mapped through normalisation's offsets (it folds space runs, drops format characters)
    ann_lines, r = [], 0
    for tag, t in ann.lines:
        if t.strip():
            ann_lines.append((tag, t, r))
        r += len(t.replace(MARK, "")) + 1
    text_lines = []
    pos = 0
    for line in orig.split("\n"):
        if line.strip():
            text_lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    if len(ann_lines) != len(text_lines):
        raise SystemExit(f"{ann.doc_id}: {len(ann_lines)} annotated lines but {len(text_lines)} in the text")
    out = []
    for (tag, marked, raw_start), (a, b) in zip(ann_lines, text_lines):
        letters = [i for i in range(a, b) if text[i].isalpha()]  # letters: a date prefix cut off is not content lost
        # a line without letters (a sum "+ 4,2 + 14 + …", a table cell "11:00 |") by its digits: by letters alone it
        # could never count as kept (content) nor as left (clutter)
        letters = letters or [i for i in range(a, b) if text[i].isalnum()]
        share = sum(keep_mask[i] for i in letters) / max(1, len(letters))
        out.append((tag, marked, raw_start, a, b, share))
    return out


def _norm(s: str) -> str:
    import unicodedata

    # zero-width characters are invisible: a page's "станцию \u200b\u200bметро" is the text "станцию метро"
    s = s.replace(MARK, "").translate({0x200B: None, 0x200C: None, 0x200D: None, 0x2060: None, 0xFEFF: None})
    return " ".join(unicodedata.normalize("NFC", s).split())


def _find_word(hay: str, needle: str) -> int:
    """First occurrence of ``needle`` in ``hay`` not inside a longer word; -1 if none."""
    start = 0
    while True:
        i = hay.find(needle, start)
        if i < 0:
            return -1
        j = i + len(needle)
        if (i == 0 or not hay[i - 1].isalnum()) and (j == len(hay) or not hay[j].isalnum()):
            return i
        start = i + 1


def score_html(ann: AnnDoc, doc) -> dict:  # type: ignore[no-untyped-def]
    """Per-document counts for a raw HTML page: the extractor's text has no line-by-line link to
    the page, so annotated blocks are found by their text.  A content block is kept when its
    text (whitespace folded) is in the kept text, or sentences holding 85% of its letters are;
    a clutter block is left when its text stands in what remains of the kept text once the
    content found there is taken out (a word inside a sentence is not a menu left).  Segment
    ends: exact match of segments against the marked sentences of kept content blocks
    (segments outside the content are clutter, counted above, not here)."""
    text = doc.text
    kept = [tuple(k) for k in doc.meta.get("kept", [])]
    flat = " ".join(_norm(text[a:b]) for a, b in kept)
    c = {"content": 0, "content_kept": 0, "clutter": 0, "clutter_removed": 0, "tp": 0, "fp": 0, "fn": 0,
         "soft_cuts": 0, "lost": [], "left": [], "bnd": []}
    rest = flat
    gold: list[str] = []
    content_flat = []
    for tag, marked in ann.lines:
        if tag != "+":
            continue
        c["content"] += 1
        line = _norm(marked)
        content_flat.append(line)
        sents = [_norm(x) for x in marked.split(MARK) if _norm(x)]
        i = rest.find(line)
        if i >= 0:
            rest = rest[:i] + "\n" + rest[i + len(line):]
            found = sents
        else:
            found = []
            for x in sents:
                j = rest.find(x)
                if j >= 0:
                    rest = rest[:j] + "\n" + rest[j + len(x):]
                    found.append(x)
        if _letters("".join(found)) >= 0.85 * _letters(line):
            c["content_kept"] += 1
            gold.extend(sents)
        else:
            c["lost"].append(line[:80])
    for tag, marked in ann.lines:
        if tag in ("-", "="):
            line = _norm(marked)
            if _letters(line) < 2:
                continue
            c["clutter"] += 1
            i = _find_word(rest, line)
            if i < 0:
                c["clutter_removed"] += 1
            else:
                rest = rest[:i] + "\n" + rest[i + len(line):]
                c["left"].append(line[:80])
    cflat = " ".join(content_flat)
    pred = [_norm(text[s.start:s.end]) for s in doc.segments]
    pred = [p for p in pred if p and p in cflat]
    from collections import Counter

    g, p_ = Counter(gold), Counter(pred)
    tp = sum((g & p_).values())
    c["tp"], c["fp"], c["fn"] = tp, sum(p_.values()) - tp, sum(g.values()) - tp
    c["bnd"] = [f"GOLD {x[:100]}" for x in (g - p_).elements()] + [f"SEGM {x[:100]}" for x in (p_ - g).elements()]
    _lang_counts(ann, doc, c)
    return c


def _lang_counts(ann: AnnDoc, doc, c: dict) -> None:  # type: ignore[no-untyped-def]
    langs = {s.src_lang for s in doc.segments if s.src_lang != "und"}
    c["unsupported"] = ann.lang not in SUPPORTED
    c["unsupported_ok"] = c["unsupported"] and langs == {ann.lang} and all(
        "unsupported_language" in s.flags for s in doc.segments if s.src_lang == ann.lang)
    c["wrong_lang"] = not c["unsupported"] and bool(langs - {ann.lang, "en"})


def summarise(rows: list[tuple[AnnDoc, dict]]) -> dict:
    out: dict = {}
    groups: dict[str, list[dict]] = {}
    for ann, c in rows:
        if ann.crawl_site:  # a crawl's pages: per part and per site (the run folder)
            keys: tuple[str, ...] = ("crawl", ann.split, f"{ann.split}/{ann.crawl_site}")
        else:
            # "all": the text parts (raw HTML pages count every menu block: they would swamp the figure)
            keys = (("all",) if not ann.html else ()) + (ann.split, f"{ann.split}/{ann.lang}")
        for key in keys:
            groups.setdefault(key, []).append(c)
    for key, cs in sorted(groups.items()):
        tot = {k: sum(c.get(k, 0) for c in cs) for k in ("content", "content_kept", "clutter", "clutter_removed",
                                                         "tp", "fp", "fn", "soft_cuts", "lost_template")}
        p = tot["tp"] / max(1, tot["tp"] + tot["fp"])
        r = tot["tp"] / max(1, tot["tp"] + tot["fn"])
        unsup = [c for c in cs if c["unsupported"]]
        # removal as a detector of clutter: precision = clutter among the removed lines
        rec = tot["clutter_removed"] / max(1, tot["clutter"])
        rprec = tot["clutter_removed"] / max(1, tot["clutter_removed"] + tot["content"] - tot["content_kept"])
        out[key] = {
            "documents": len(cs),
            "clutter_recall": round(rec, 4),
            "removal_f1": round(2 * rprec * rec / max(1e-9, rprec + rec), 4),
            "content_precision": round(tot["content_kept"] / max(1, tot["content"]), 4),
            "boundary_f1": round(2 * p * r / max(1e-9, p + r), 4),
            "boundary_precision": round(p, 4), "boundary_recall": round(r, 4),
            "soft_break_cuts": tot["soft_cuts"],
            "content_lost_by_template": tot["lost_template"],
            "clutter_lines": tot["clutter"], "content_lines": tot["content"],
            "unsupported_docs": len(unsup), "unsupported_ok": sum(c["unsupported_ok"] for c in unsup),
            "wrong_lang_docs": sum(c["wrong_lang"] for c in cs),
        }
    return out


def seeds_figures(folder: Path) -> dict:
    from mtpipe.ingest import read_document

    cleaner, segmenter = _front()
    paths = sorted(folder.glob("*.txt"))
    docs = [read_document(p, folder) for p in paths]
    first = getattr(cleaner, "first_pass", None)
    if first is not None:
        first(docs)
    out = {}
    for d in docs:
        d = segmenter(cleaner(d))
        removed = [e for e in d.ledger if e.action == "removed"]
        out[d.doc_id] = {"removed": len(removed), "repaired": sum(e.action == "repaired" for e in d.ledger),
                         "flagged": sum(e.action == "flagged" for e in d.ledger), "segments": len(d.segments),
                         "rules": sorted({e.rule for e in removed})}
    return out


def crawl_figures(anns: list[AnnDoc], root: Path, layer: bool) -> tuple[list[tuple[AnnDoc, dict]], float, int]:
    """The ``site=`` documents, each site's pages one run folder (what ``mtpipe translate FOLDER`` is
    given): read -> clean (the cross-document first pass over that folder when ``layer``, none
    otherwise) -> segment.  Returns the scored rows, CPU seconds and segments."""
    sites: dict[str, list[AnnDoc]] = {}
    for ann in anns:
        sites.setdefault(ann.crawl_site, []).append(ann)
    rows: list[tuple[AnnDoc, dict]] = []
    secs, segs = 0.0, 0
    for site, group in sites.items():
        folder = root / "crawl" / site
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for ann in group:
            p = folder / f"{ann.doc_id}.txt"
            p.write_text(ann.raw(), encoding="utf-8")
            paths.append(p)
        docs, t = run_front(paths, folder, first_pass=layer)
        secs += t
        segs += sum(len(d.segments) for d in docs)
        rows.extend((ann, score(ann, d)) for ann, d in zip(group, docs))
    return rows, secs, segs


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--seeds", type=Path, default=SEEDS)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--html-extractor", default="auto", choices=("auto", "trafilatura", "builtin"),
                    help="how ingest reads the raw HTML pages (the `html` part)")
    ap.add_argument("--blocks", type=Path, help="print the visible text blocks of an HTML page, one a line, "
                                                 "numbered: the lines an annotation of the page lists, then exit")
    ap.add_argument("--show", action="store_true", help="print lost content and clutter left, per document")
    ap.add_argument("--crawl-only", action="store_true", help="only the multi-page crawl part (site= documents)")
    ap.add_argument("--crawl-sites", nargs="*", default=[], help="only these crawl sites (e.g. the tune sites)")
    from mtpipe.options import CLEAN_POLICIES

    ap.add_argument("--clean-policy", default=CLEAN_POLICIES[0], choices=CLEAN_POLICIES,
                    help="the cleaner's removal policy (mtpipe.clean.policy)")
    a = ap.parse_args(argv)
    POLICY[0] = a.clean_policy
    if a.blocks:
        for i, b in enumerate(html_blocks(a.blocks.read_bytes().decode("utf-8", "replace"))):
            print(f"{i:4} {b}")
        return
    every = load(a.data)
    crawl = [x for x in every if x.crawl_site and (not a.crawl_sites or x.crawl_site in a.crawl_sites)]
    anns = [x for x in every if not x.crawl_site and not a.crawl_only]
    result: dict = {}
    if crawl:
        with tempfile.TemporaryDirectory() as tmp:
            # warm-up (lazy imports, language-ID models): the first two pages of each site, every language
            firsts: dict[str, list[AnnDoc]] = {}
            for x in crawl:
                firsts.setdefault(x.crawl_site, []).append(x)
            crawl_figures([x for g in firsts.values() for x in g[:2]], Path(tmp) / "warm", True)
            result["crawl"] = {}
            for name, layer in (("layer_off", False), ("layer_on", True)):
                rows, secs, segs = crawl_figures(crawl, Path(tmp) / name, layer)
                result["crawl"][name] = {"figures": summarise(rows), "seconds": round(secs, 3),
                                         "sentences_per_s": round(segs / max(secs, 1e-9), 1), "rows": rows}
    if not anns:
        anns_rows: list = []
        return _report(a, result, anns_rows)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        paths = []
        for ann in anns:
            if ann.html:
                import gzip

                p = root / ann.site / f"{ann.doc_id}.html"
                p.parent.mkdir(parents=True, exist_ok=True)
                p.write_bytes(gzip.decompress((a.data / "html" / ann.html).read_bytes()))
            else:
                p = root / ann.site / f"{ann.doc_id}.txt"
                p.parent.mkdir(parents=True, exist_ok=True)
                p.write_text(ann.raw(), encoding="utf-8")
            paths.append(p)
        run_front(paths, root, a.html_extractor)  # warm-up: lazy imports, language-ID models
        # speed: the text documents (the figure the cleaning speed goal is about) and the raw HTML pages
        # (extraction included) apart; the first pass spans each group
        speed: dict[str, dict[str, float]] = {}
        by_path = {}
        for group, sel in (("text", [not x.html for x in anns]), ("html", [bool(x.html) for x in anns])):
            group_paths = [p for p, keep in zip(paths, sel) if keep]
            if not group_paths:
                continue
            best = None
            for _ in range(max(1, a.repeat)):
                got, secs = run_front(group_paths, root, a.html_extractor)
                best = secs if best is None else min(best, secs)
            by_path.update(zip(group_paths, got))
            best = max(best or 0.0, 1e-9)
            speed[group] = {"documents": len(group_paths), "seconds": round(best, 4),
                            "docs_per_s": round(len(group_paths) / best, 1),
                            "sentences_per_s": round(sum(len(d.segments) for d in got) / best, 1)}
        docs = [by_path[p] for p in paths]
        rows = [(ann, score_html(ann, d) if ann.html else score(ann, d)) for ann, d in zip(anns, docs)]
    text_speed = speed.get("text", {"seconds": 0, "docs_per_s": 0, "sentences_per_s": 0})
    result.update({"figures": summarise(rows), "seconds": text_speed["seconds"], "docs_per_s": text_speed["docs_per_s"],
                   "sentences_per_s": text_speed["sentences_per_s"], "speed": speed})
    if a.seeds.is_dir():
        result["seeds"] = seeds_figures(a.seeds)
    _report(a, result, rows)


def _report(a: argparse.Namespace, result: dict, rows: list) -> None:  # type: ignore[type-arg]
    crawl = result.get("crawl", {})
    crawl_rows = {k: v.pop("rows") for k, v in crawl.items()}
    if a.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        if crawl:
            off, on = crawl["layer_off"], crawl["layer_on"]
            print(f"crawl (each site one run folder): read+clean+segment {off['seconds']} s CPU without the "
                  f"cross-document layer, {on['seconds']} s with it ({off['sentences_per_s']} / "
                  f"{on['sentences_per_s']} sentences/s)")
            print(f"{'crawl part/site':40} {'docs':>4} {'clutter':>7} {'content':>7}   layer off: "
                  f"{'recall':>6} {'c_prec':>6} {'F1':>6}   layer on: {'recall':>6} {'c_prec':>6} {'F1':>6} "
                  f"{'lost_tpl':>8} {'bnd_F1':>6}")
            for key, f in on["figures"].items():
                g = off["figures"][key]
                # boundary F1 with the layer on; "-" where no document of the group has sentence ends marked
                bnd = f"{f['boundary_f1']:.3f}" if f["boundary_precision"] or f["boundary_recall"] else "-"
                print(f"{key:40} {f['documents']:>4} {f['clutter_lines']:>7} {f['content_lines']:>7}   "
                      f"{'':10} {g['clutter_recall']:>6.3f} {g['content_precision']:>6.3f} {g['removal_f1']:>6.3f}   "
                      f"{'':9} {f['clutter_recall']:>6.3f} {f['content_precision']:>6.3f} {f['removal_f1']:>6.3f} "
                      f"{f['content_lost_by_template']:>8} {bnd:>6}")
        for group, sp in result.get("speed", {}).items():
            print(f"{group}: {sp['documents']} documents, read+clean+segment {sp['seconds']} s CPU: "
                  f"{sp['docs_per_s']} docs/s, {sp['sentences_per_s']} sentences/s")
        if result.get("figures"):
            print(f"{'part':10} {'docs':>4} {'clutter_rec':>11} {'content_prec':>12} {'bnd_F1':>7} {'soft_cuts':>9} "
                  f"{'unsup_ok':>8} {'wrong_lang':>10}")
        for key, f in result.get("figures", {}).items():
            print(f"{key:10} {f['documents']:>4} {f['clutter_recall']:>11} {f['content_precision']:>12} "
                  f"{f['boundary_f1']:>7} {f['soft_break_cuts']:>9} "
                  f"{str(f['unsupported_ok']) + '/' + str(f['unsupported_docs']):>8} {f['wrong_lang_docs']:>10}")
        for name, s in result.get("seeds", {}).items():
            print(f"seed {name}: removed {s['removed']}, repaired {s['repaired']}, flagged {s['flagged']}, "
                  f"segments {s['segments']}")
    if a.show:
        for ann, c in list(rows) + list(crawl_rows.get("layer_on", [])):
            for t in c["lost"]:
                print(f"LOST  {ann.doc_id} [{ann.split}]: {t}", file=sys.stderr)
            for t in c["left"]:
                print(f"LEFT  {ann.doc_id} [{ann.split}]: {t}", file=sys.stderr)
            for t in c.get("bnd", []):
                print(f"BND   {ann.doc_id} [{ann.split}]: {t}", file=sys.stderr)


if __name__ == "__main__":
    main()
