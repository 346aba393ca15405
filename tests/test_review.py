"""The review page and ``mtpipe review``: structure, escaping, confinement, and a real browser render."""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from mtpipe.cli import main
from mtpipe.writers import WRITERS
from mtpipe.writers.html import COLUMN_COLOURS, CSP, SCRIPT, build_review, render_page

from test_writers import SIGNATURE, TARGETS, build_doc

#: Every tag our pages may contain; anything else came from input.
ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "header", "a", "b", "div", "br", "span", "table",
                "colgroup", "col", "thead", "tbody", "tr", "th", "td", "mark", "details", "summary", "sup", "nav",
                "label", "select", "option", "kbd", "script"}

HOSTILE = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "]]> & &amp; <!-- --> <![CDATA[x]]>",
    "</td></tr></table><iframe src=//evil>",
    "javascript:alert(1)",
]


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _tags(page: str) -> list[tuple[str, dict[str, str | None]]]:
    p = _Tags()
    p.feed(page)
    return p.tags


def _write_all(doc, out: Path) -> list[Path]:
    paths = []
    for name in ("jsonl", "tmx", "text", "html"):
        paths += WRITERS[name](doc, out, TARGETS, SIGNATURE)
    return paths


def _review(*args):
    return CliRunner().invoke(main, ["review", *map(str, args)], catch_exceptions=False)


@pytest.fixture()
def out(tmp_path) -> Path:
    out = tmp_path / "out"
    for doc_id in ("sample.txt", "sub/dir/two.txt"):
        WRITERS["jsonl"](build_doc(doc_id=doc_id), out, TARGETS, SIGNATURE)
    return out


def test_review_builds_pages_and_index(out):
    res = _review(out)
    assert res.exit_code == 0, res.output
    assert "wrote 3 pages" in res.output
    index = (out / "index.html").read_text(encoding="utf-8")
    links = [a["href"] for tag, a in _tags(index) if tag == "a"]
    # each document, then its segments needing attention (flagged or with an unverified term)
    assert links == ["./sample.html", "./sample.html#s3", "./sub/dir/two.html", "./sub/dir/two.html#s3"]
    for href in links:
        assert (out / href.split("#")[0]).is_file()
    page = (out / "sample.html").read_text(encoding="utf-8")
    assert all(f'<tr id="s{i}"' in page for i in range(4))
    assert "unverified_term (1)" in index and "split_sentence (2)" in index
    page = (out / "sub/dir/two.html").read_text(encoding="utf-8")
    assert [a["href"] for tag, a in _tags(page) if tag == "a"] == ["../../index.html"]


def test_page_structure(out):
    build_review(out)
    page = (out / "sample.html").read_text(encoding="utf-8")
    tags = _tags(page)
    assert {t for t, _ in tags} <= ALLOWED_TAGS
    rows = [a for t, a in tags if t == "tr"][1:]  # first is the header row
    cells = [a.get("class") for t, a in tags if t == "td"]
    assert cells.count("src") == cells.count("en") == cells.count("zh") == 4
    assert "para" in (rows[3].get("class") or "") and "para" not in (rows[1].get("class") or "")
    assert "flagged" in (rows[1].get("class") or "") and "flagged" not in rows[0]["class"]
    # classes a filter and the j/k jump use: our own words only
    assert rows[1]["class"].split() == ["seg", "flagged", "f-split_sentence"]
    assert "attn" in rows[3]["class"].split() and "t-unverified" in rows[3]["class"].split()
    assert [a["id"] for a in rows if "id" in a] == ["s0", "s1", "s2", "s3"]
    # the failing target is named on the term itself, not only in its hover title
    assert '<mark class="unverified" title="rosatom (person): unverified; en: Rosatom / zh: 俄罗斯国家原子能公司">' \
           'Росатоме</mark><sup class="miss" title="not found in the zh output">✗ zh</sup>' \
           '<sup class="retry" title="verified after a retry in en">↻ en</sup>' in page
    options = [a["value"] for t, a in tags if t == "option"]
    assert options == ["", "attn", "flagged", "t-unverified", "t-retried", "f-split_sentence", "f-unverified_term"]
    marks = [(a["class"], a["title"]) for t, a in tags if t == "mark" and "title" in a]
    assert ("verified", "wang-zilian (person): verified; en: Wang Zilian / zh: 王子联") in marks
    assert sum(c == "verified" for c, _ in marks) == 3  # source, English, Chinese
    assert any(c == "unverified" and t.startswith("rosatom") for c, t in marks)  # source side
    assert any(c == "retried" for c, _ in marks)  # English form found, status from targets
    assert '<mark class="verified" title="wang-zilian (person): verified; en: Wang Zilian / zh: 王子联">王子联</mark>' in page
    assert "<details><summary>Ledger: removed and repaired text (1)</summary>" in page
    assert "<td>chrome.ad</td><td>removed</td><td>0–9</td><td>Реклама!\n</td>" in page
    assert "part 1/2" in page and "title: Пример" in page


def test_review_page_matches_writer_page(tmp_path):
    doc = build_doc()
    (direct,) = WRITERS["html"](doc, tmp_path, TARGETS, SIGNATURE)
    first = direct.read_text(encoding="utf-8")
    WRITERS["jsonl"](doc, tmp_path, TARGETS, SIGNATURE)
    build_review(tmp_path, TARGETS)
    assert direct.read_text(encoding="utf-8") == first


@pytest.mark.parametrize("args,code,message", [
    ([], 2, "Missing argument"),
    (["does-not-exist"], 2, "does not exist"),
])
def test_review_usage_errors(args, code, message):
    res = _review(*args)
    assert res.exit_code == code and message in res.output


def test_review_of_folder_without_outputs(tmp_path):
    res = _review(tmp_path)
    assert res.exit_code == 1
    assert res.output.strip().splitlines() == [f"Error: {tmp_path}: no mtpipe outputs here (run 'mtpipe translate' first)"]


def test_review_loads_no_model(out):
    code = ("import sys; from click.testing import CliRunner; from mtpipe.cli import main; "
            f"r = CliRunner().invoke(main, ['review', {str(out)!r}]); assert r.exit_code == 0, r.output; "
            "print(sorted(m for m in ('ctranslate2', 'sentencepiece', 'torch', 'transformers') if m in sys.modules))")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "[]"


def _hostile_doc():
    rows = [(f"{h} Ван Цзылянь", f"{h} Wang Zilian", f"{h} 王子联", i, None,
             [("wang-zilian", len(h) + 1, len(h) + 12, "Wang Zilian", "王子联", "verified", {})], [])
            for i, h in enumerate(HOSTILE)]
    doc = build_doc(rows, doc_id="../<script>alert(1)</script>/javascript:x\".txt", boiler="<b>ad</b>\n")
    doc.segments[0].terms[0].id = '"><script>alert(2)</script>'
    doc.segments[0].flags = ["<img src=x onerror=alert(3)>"]
    doc.segments[1].terms[0].status = '"><i>'  # not a valid status: must not reach the class attribute raw
    doc.ledger[0].rule = "<i>rule</i>"
    doc.ledger[0].note = '"><img src=x>'
    doc.meta["title"] = "<script>alert(4)</script>"
    return doc


def test_hostile_input_is_escaped_and_confined(tmp_path):
    out = tmp_path / "out"
    doc = _hostile_doc()
    written = _write_all(doc, out)
    res = _review(out)
    assert res.exit_code == 0, res.output
    # nothing outside the output folder
    assert [p.name for p in tmp_path.iterdir()] == ["out"]
    assert all(out.resolve() in p.resolve().parents for p in out.rglob("*"))
    pages = [p for p in written if p.suffix == ".html"] + [out / "index.html"]
    for p in pages:
        page = p.read_text(encoding="utf-8")
        tags = _tags(page)
        assert {t for t, _ in tags} <= ALLOWED_TAGS, p
        for t, attrs in tags:
            assert not any(k.startswith("on") for k in attrs), (p, t, attrs)
            if t == "a":
                assert attrs["href"].startswith(("./", "../")), attrs
            if t == "mark":
                assert attrs["class"] in ("verified", "retried", "unverified", "passthrough", "normalized", "pending")
        for h in HOSTILE[:4]:
            assert h not in page
        # the one script is ours, unchanged, and the policy allows only it (by hash)
        if p.name != "index.html":
            assert page.lower().count("<script") == 1 and f"<script>{SCRIPT}</script>" in page
            assert f'content="{CSP}"' in page
        else:
            assert "<script" not in page.lower()
        assert "<img" not in page.lower() and "<iframe" not in page.lower()
    page = pages[0].read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    # the TMX parses and carries the text exactly
    (tmx,) = [p for p in written if p.suffix == ".tmx"]
    tus = ET.parse(tmx).getroot().findall("body/tu")
    assert [tu.find("tuv/seg").text for tu in tus] == [s.source for s in doc.segments]
    # and the JSONL too
    (jsonl,) = [p for p in written if p.name.endswith(".jsonl") and not p.name.endswith(".ledger.jsonl")]
    recs = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    assert [r["source"] for r in recs] == [s.source for s in doc.segments]


# -- a real browser ----------------------------------------------------------------------------


def _png_rows(path: Path, max_rows: int) -> tuple[int, list[list[tuple[int, int, int]]]]:
    """Decode the first ``max_rows`` rows of an 8-bit RGB/RGBA PNG (enough for a screenshot)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        (n,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            width, height, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and ctype in (2, 6) and interlace == 0, (depth, ctype, interlace)
            bpp = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    raw = zlib.decompress(idat)
    stride = width * bpp
    prev = bytearray(stride)
    rows = []
    for y in range(min(height, max_rows)):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append([tuple(line[x * bpp:x * bpp + 3]) for x in range(width)])
        prev = line
    return width, rows


def _hex(c: str) -> tuple[int, int, int]:
    return int(c[1:3], 16), int(c[3:5], 16), int(c[5:7], 16)


def _bands(row: list[tuple[int, int, int]], colours: dict[str, tuple[int, int, int]]) -> list[tuple[str, int, int]]:
    """Runs of each named colour along one pixel row: (name, first x, last x)."""
    out: list[tuple[str, int, int]] = []
    for x, px in enumerate(row):
        name = next((k for k, c in colours.items() if all(abs(p - q) <= 3 for p, q in zip(px, c))), None)
        if name is None:
            continue
        if out and out[-1][0] == name:
            out[-1] = (name, out[-1][1], x)
        else:
            out.append((name, x, x))
    return out


@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed")
def test_chromium_renders_three_columns(tmp_path):
    out = tmp_path / "out"
    (page,) = WRITERS["html"](build_doc(), out, TARGETS, SIGNATURE)
    shot = tmp_path / "shot.png"
    cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}", "--window-size=1400,900",
           page.resolve().as_uri()]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    assert shot.is_file(), res.stderr[-2000:]
    width, rows = _png_rows(shot, 400)
    colours = {k: _hex(v) for k, v in COLUMN_COLOURS.items()}
    wide_rows = 0
    for row in rows:
        # merge tiny gaps (text glyphs interrupt a band) by keeping only wide runs
        bands = [(n, a, b) for n, a, b in _bands(row, colours) if b - a > width * 0.02]
        spans: dict[str, tuple[int, int]] = {}
        for n, a, b in bands:
            lo, hi = spans.get(n, (a, b))
            spans[n] = (min(lo, a), max(hi, b))
        if set(spans) == {"src", "en", "zh"}:
            s, e, z = spans["src"], spans["en"], spans["zh"]
            if s[1] < e[0] and e[1] < z[0] and all(hi - lo > width * 0.2 for lo, hi in spans.values()):
                wide_rows += 1
    assert wide_rows >= 20, f"three side-by-side columns not found in {shot}"


def test_review_takes_targets_from_records_and_lists_failures(tmp_path):
    out = tmp_path / "out"
    WRITERS["jsonl"](build_doc(doc_id="en-only.txt"), out, ("en",), SIGNATURE)
    (out / "entities.jsonl").write_text('{"id": "x", "occurrences": []}\n', encoding="utf-8")
    (out / "broken.jsonl").write_text('{"doc": "broken.txt", "index": 0, "sou', encoding="utf-8")
    (out / "report.json").write_text(json.dumps({"problems": [
        {"file": "in/<b>bad</b>.txt", "reason": "binary file", "stage": "ingest"}]}), encoding="utf-8")
    res = _review(out)
    assert res.exit_code == 0, res.output
    page = (out / "en-only.html").read_text(encoding="utf-8")
    cells = [a.get("class") for t, a in _tags(page) if t == "td"]
    assert cells.count("en") == 4 and cells.count("zh") == 0
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "Failed documents (1)" in index and "in/&lt;b&gt;bad&lt;/b&gt;.txt" in index
    assert [a["href"] for t, a in _tags(index) if t == "a"][0] == "./en-only.html"
    res = _review(out, "--to", "zh,en")
    assert res.exit_code == 0
    heads = [d for d in (out / "en-only.html").read_text(encoding="utf-8").split("<th>")[1:5]]
    assert [h.split("<")[0] for h in heads] == ["#", "source", "Chinese", "English"]


class _Cells(HTMLParser):
    """Text of every ``td`` of the segment table, by class, unescaped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.cells: list[tuple[str, str]] = []
        self._cls: str | None = None
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag == "td":
            self._cls = dict(attrs).get("class")
            self.cells.append((self._cls or "", ""))
        elif tag == "span" and self._cls:
            self._skip += 1  # flag badges are not part of the text

    def handle_endtag(self, tag):
        if tag == "td":
            self._cls = None
        elif tag == "span" and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if self._cls is not None and not self._skip:
            cls, text = self.cells[-1]
            self.cells[-1] = (cls, text + data)


page_text = st.text(alphabet=st.one_of(st.sampled_from(list("<>&\"';/=!-[]`")), st.characters(
    blacklist_categories=("Cs", "Cc"))), max_size=50)


@settings(max_examples=120, deadline=None)
@given(page_text, page_text, page_text, page_text)
def test_any_text_shows_as_text(src, en, zh, flag):
    rec = {"doc": "d.txt", "index": 0, "src_lang": "ru", "source": src, "start": 0, "end": len(src), "paragraph": 0,
           "en": en, "zh": zh, "terms": [{"id": flag, "source": src[:3], "start": 0, "end": len(src[:3]),
                                          "kind": "term", "en": en[:2], "zh": zh[:2], "status": "verified"}],
           "flags": [flag]}
    page = render_page(flag, [rec], [{"rule": flag, "action": "removed", "text": src, "start": 0, "end": 1}],
                       {"title": flag}, TARGETS)
    assert {t for t, _ in _tags(page)} <= ALLOWED_TAGS
    p = _Cells()
    p.feed(page)
    texts = {cls: text for cls, text in p.cells if cls in ("src", "en", "zh")}
    assert texts == {"src": src, "en": en, "zh": zh}


# -- the page script, run under node against a minimal DOM (no browser needed) -------------------------

_FAKE_DOM = r"""
const rows = ROWS.map(([id, cls, top]) => ({id, hidden: false, classList: {contains: c => cls.split(' ').includes(c)},
                                           getBoundingClientRect: () => ({top})}));
const handlers = {}; let changed = null;
const sel = {value: '', addEventListener: (ev, f) => { changed = f; }};
global.location = {hash: ''};
global.document = {getElementById: id => id === 'filter' ? sel : rows.find(r => r.id === id) || null,
                   querySelectorAll: q => rows, addEventListener: (ev, f) => { handlers[ev] = f; }};
const key = k => handlers.keydown({key: k, target: {tagName: 'BODY'}, preventDefault() {}});
SCRIPT_TEXT
const out = [];
key('j'); out.push(location.hash); key('j'); out.push(location.hash); key('j'); out.push(location.hash);
key('k'); out.push(location.hash);
sel.value = 'f-repetition-en'; changed(); out.push(rows.filter(r => !r.hidden).map(r => r.id).join(','));
location.hash = ''; key('j'); out.push(location.hash);
console.log(JSON.stringify(out));
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_page_script_filters_and_jumps(tmp_path):
    rows = [["s0", "seg", 10], ["s1", "seg flagged attn f-repetition-en", 200], ["s2", "seg t-verified", 400],
            ["s3", "seg attn t-unverified", 600], ["s4", "seg flagged attn f-unverified_term t-unverified", 800]]
    js = _FAKE_DOM.replace("ROWS", json.dumps(rows)).replace("SCRIPT_TEXT", SCRIPT)
    (tmp_path / "t.js").write_text(js, encoding="utf-8")
    res = subprocess.run(["node", str(tmp_path / "t.js")], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout) == ["#s1", "#s3", "#s4", "#s3", "s1", "#s1"]


def test_index_lists_the_failed_documents_it_is_given_not_a_stale_report(out):
    """translate builds the pages before it writes report.json: the failures of this run are passed in."""
    (out / "report.json").write_text(json.dumps({"problems": [{"file": "old.txt", "reason": "gone", "stage": "ingest"}]}),
                                     encoding="utf-8")
    build_review(out, problems=[{"file": "in/bin.txt", "reason": "cannot be decoded", "stage": "ingest"}])
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "Failed documents (1)" in index and "in/bin.txt" in index and "old.txt" not in index
    build_review(out, problems=[])
    assert "Failed documents" not in (out / "index.html").read_text(encoding="utf-8")
    build_review(out)  # mtpipe review on a finished folder: report.json's
    assert "old.txt" in (out / "index.html").read_text(encoding="utf-8")
