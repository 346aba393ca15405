"""Writers: JSONL + ledger, TMX, text, the registry, atomic writes, the run report."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtpipe import __version__
from mtpipe.document import Document, LedgerEntry, Segment, Term, Translation
from mtpipe.writers import WRITERS, get_writer
from mtpipe.writers.atomic import atomic_write_text
from mtpipe.writers.jsonl import read_ledger, signature_hash, write_jsonl
from mtpipe.writers.records import RECORD_KEYS
from mtpipe.writers.report import RunReport
from mtpipe.writers.text import render_text
from mtpipe.writers.tmx import XML_ILLEGAL, render_tmx, write_tmx

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("MTPIPE_UPDATE_GOLDEN") == "1"
TARGETS = ("en", "zh")
SIGNATURE = {"mtpipe": "test", "routes": {"ru-en": ["toy@1"], "ru-zh": ["toy@1"]}, "compute_type": "int8",
             "decoding": {"beam_size": 4}, "glossary_hash": "abc123", "device": "cpu"}

# (source, en, zh, paragraph, part, terms [(id, start, end, en, zh, status, {lang: status})], flags)
SAMPLE = [
    ("Ван Цзылянь посетил Пекин.", "Wang Zilian visited Beijing.", "王子联访问了北京。", 0, None,
     [("wang-zilian", 0, 11, "Wang Zilian", "王子联", "verified", {"en": "verified", "zh": "verified"})], []),
    ("Он встретился", "He met", "他会见了", 0, (1, 2), [], ["split_sentence"]),
    ("с министром.", "the minister.", "部长。", 0, (2, 2), [], ["split_sentence"]),
    ("Второй абзац о «Росатоме».", "Second paragraph about Rosatom.", "关于俄原子能公司的第二段。", 1, None,
     [("rosatom", 16, 24, "Rosatom", "俄罗斯国家原子能公司", "unverified", {"en": "retried", "zh": "unverified"})],
     ["unverified_term"]),
]


def build_doc(rows=SAMPLE, doc_id: str = "sample.txt", boiler: str = "Реклама!\n") -> Document:
    """A translated document built by hand: boilerplate removed, two paragraphs, a split sentence."""
    text, segs = "", []
    last_para = None
    for i, (src, en, zh, para, part, terms, flags) in enumerate(rows):
        if segs:
            text += "\n\n" if para != last_para else " "
        last_para = para
        start = len(text)
        text += src
        segs.append(Segment(
            index=i, start=start, end=len(text), source=src, src_lang="ru", paragraph=para,
            terms=[Term(id=t[0], source=src[t[1]:t[2]], start=t[1], end=t[2], kind="person", en=t[3], zh=t[4],
                        status=t[5], targets=dict(t[6])) for t in terms],
            translations={"en": Translation("en", en, model="toy@1"), "zh": Translation("zh", zh, model="toy@1")},
            flags=list(flags), part=part))
    raw = boiler + text
    doc = Document(doc_id=doc_id, raw_text=raw, text=text, path=doc_id, segments=segs,
                   ledger=[LedgerEntry("chrome.ad", "removed", boiler, 0, len(boiler))] if boiler else [],
                   meta={"encoding": "utf-8", "title": "Пример", "_private": 1},
                   raw_offsets=list(range(len(boiler), len(raw) + 1)))
    return doc.check(TARGETS)


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if UPDATE or not path.exists():
        if not UPDATE:
            pytest.fail(f"golden file {path} is missing (run with MTPIPE_UPDATE_GOLDEN=1 to create it)")
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8")


# -- registry -------------------------------------------------------------------------------------


def test_registry_names():
    assert sorted(WRITERS) == ["html", "jsonl", "text", "tmx"]
    with pytest.raises(KeyError, match="unknown output format 'pdf'"):
        get_writer("pdf")


def test_registry_is_lazy():
    code = ("import sys, mtpipe.writers as w; "
            "print(sorted(m for m in sys.modules if m.startswith('mtpipe.writers.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "html" not in out and "tmx" not in out


@pytest.mark.parametrize("name,suffixes", [
    ("jsonl", [".jsonl", ".ledger.jsonl"]),
    ("tmx", [".tmx"]),
    ("text", [".en.txt", ".zh.txt"]),
    ("html", [".html"]),
])
def test_writer_output_names(tmp_path, name, suffixes):
    doc = build_doc(doc_id="a/b.txt")
    paths = WRITERS[name](doc, tmp_path, TARGETS, SIGNATURE)
    assert [p.relative_to(tmp_path.resolve()).as_posix() for p in paths] == [f"a/b{s}" for s in suffixes]
    assert all(p.is_file() for p in paths)
    assert not list(tmp_path.rglob(".tmp-*"))


# -- JSONL --------------------------------------------------------------------------------------


def test_jsonl_records(tmp_path):
    doc = build_doc()
    seg_path, led_path = write_jsonl(doc, tmp_path, TARGETS, SIGNATURE)
    recs = _read_jsonl(seg_path)
    assert len(recs) == len(doc.segments)
    for rec, seg in zip(recs, doc.segments):
        keys = list(rec)
        assert keys[:len(RECORD_KEYS)] == list(RECORD_KEYS)
        assert keys[len(RECORD_KEYS):len(RECORD_KEYS) + 4] == ["en", "zh", "terms", "flags"]
        assert doc.text[rec["start"]:rec["end"]] == rec["source"]
        assert rec["en"] == seg.translations["en"].text
        assert ("part" in rec) == (seg.part is not None)
        for t in rec["terms"]:
            assert {"id", "source", "en", "zh", "status", "start", "end", "kind", "targets"} <= set(t)
            assert rec["source"][t["start"]:t["end"]] == t["source"]
    assert recs[1]["part"] == [1, 2]
    doc.segments[0].terms[0].targets = {}
    (rec, *_) = _read_jsonl(write_jsonl(doc, tmp_path, TARGETS, SIGNATURE)[0])
    assert rec["terms"][0]["targets"] == {}
    assert "signature" not in recs[0]
    assert "Ван" in seg_path.read_text(encoding="utf-8")  # ensure_ascii=False


def test_ledger_file(tmp_path):
    doc = build_doc()
    _, led_path = write_jsonl(doc, tmp_path, TARGETS, SIGNATURE)
    head, entries = read_ledger(led_path)
    assert head["type"] == "meta" and head["doc"] == "sample.txt"
    assert head["signature"] == SIGNATURE
    assert head["signature_hash"] == signature_hash(SIGNATURE)
    assert head["meta"] == {"encoding": "utf-8", "title": "Пример"}
    assert [(e["rule"], e["action"], e["text"]) for e in entries] == [("chrome.ad", "removed", "Реклама!\n")]
    assert doc.raw_text[entries[0]["start"]:entries[0]["end"]] == entries[0]["text"]


def test_signature_hash_ignores_device():
    assert signature_hash(SIGNATURE) == signature_hash({**SIGNATURE, "device": "cuda"})
    assert signature_hash(SIGNATURE) != signature_hash({**SIGNATURE, "glossary_hash": "other"})


def test_golden_jsonl(tmp_path):
    seg_path, led_path = write_jsonl(build_doc(), tmp_path, TARGETS, SIGNATURE)
    _golden("sample.jsonl", seg_path.read_text(encoding="utf-8"))
    _golden("sample.ledger.jsonl", led_path.read_text(encoding="utf-8"))


# -- text ---------------------------------------------------------------------------------------

TEXT_CASES = [
    ("en", "Wang Zilian visited Beijing. He met the minister.\n\nSecond paragraph about Rosatom.\n"),
    ("zh", "王子联访问了北京。他会见了部长。\n\n关于俄原子能公司的第二段。\n"),
]


@pytest.mark.parametrize("lang,expected", TEXT_CASES)
def test_text_paragraphs(lang, expected):
    assert render_text(build_doc(), lang) == expected


def test_text_folds_newlines_inside_a_segment():
    rows = [("А.", "One\n\ntwo.", "一\n二。", 0, None, [], []), ("Б.", "Three.", "三。", 1, None, [], [])]
    doc = build_doc(rows)
    assert render_text(doc, "en") == "One two.\n\nThree.\n"
    assert render_text(doc, "zh") == "一二。\n\n三。\n"


def test_golden_text(tmp_path):
    for p in WRITERS["text"](build_doc(), tmp_path, TARGETS, SIGNATURE):
        _golden(p.name, p.read_text(encoding="utf-8"))


# -- TMX ----------------------------------------------------------------------------------------

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _tuvs(tu: ET.Element) -> dict[str, str]:
    return {tuv.get(XML_LANG): tuv.findtext("seg") for tuv in tu.findall("tuv")}


def test_tmx_structure(tmp_path):
    doc = build_doc()
    (path,) = write_tmx(doc, tmp_path, TARGETS, SIGNATURE)
    root = ET.parse(path).getroot()
    assert root.tag == "tmx" and root.get("version") == "1.4"
    h = root.find("header")
    assert {k: h.get(k) for k in ("creationtool", "creationtoolversion", "srclang", "segtype", "o-tmf",
                                  "adminlang", "datatype")} == {
        "creationtool": "mtpipe", "creationtoolversion": __version__, "srclang": "ru", "segtype": "sentence",
        "o-tmf": "mtpipe", "adminlang": "en", "datatype": "plaintext"}
    tus = root.findall("body/tu")
    assert len(tus) == len(doc.segments)
    for tu, seg in zip(tus, doc.segments):
        withheld = {p.get(XML_LANG): p.text for p in tu.findall("prop") if p.get("type") == "x-mtpipe-withheld"}
        # a segment needing review keeps its machine output out of the tuvs CAT tools auto-fill
        assert {**_tuvs(tu), **withheld} == {"ru": seg.source, "en": seg.translations["en"].text,
                                             "zh-Hans": seg.translations["zh"].text}
        needs_review = any(f not in ("split", "split_sentence") for f in seg.flags) or any(
            st == "unverified" for t in seg.terms for st in t.targets.values())
        assert bool(withheld) == needs_review
        for tuv in tu.findall("tuv")[1:]:
            assert (tuv.get("creationid"), tuv.get("changeid"), tuv.get("creationtool")) == ("MT", "MT", "mtpipe")
            assert tuv.find("prop").get("type") == "x-mt"
        props = {p.get("type"): p.text for p in tu.findall("prop")}
        assert props["x-mtpipe-doc"] == "sample.txt"
        assert props["x-mtpipe-index"] == str(seg.index)
        assert props.get("x-mtpipe-flags") == (",".join(seg.flags) or None)
        assert "x-mtpipe-dropped" not in props


def test_tmx_skips_target_equal_to_source_language():
    rows = [("Hello there.", "Hello there.", "你好。", 0, None, [], [])]
    doc = build_doc(rows, boiler="")
    doc.segments[0].src_lang = "en"
    tu = ET.fromstring(render_tmx(doc, TARGETS, SIGNATURE)).find("body/tu")
    assert _tuvs(tu) == {"en": "Hello there.", "zh-Hans": "你好。"}
    assert tu.get("srclang") == "en"


def test_golden_tmx():
    text = render_tmx(build_doc(), TARGETS, SIGNATURE).replace(f'creationtoolversion="{__version__}"',
                                                               'creationtoolversion="VERSION"')
    _golden("sample.tmx", text)


def _one_segment(text: str, en: str, zh: str) -> Document:
    doc = Document.from_text(text, doc_id="prop.txt")
    doc.segments = [Segment(0, 0, len(text), text, src_lang="ru",
                            translations={"en": Translation("en", en), "zh": Translation("zh", zh)},
                            flags=["f<&>\"'"])]
    return doc


any_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)
nasty_text = st.text(alphabet=st.sampled_from(list("<>&\"']]\r\n\t\x00\x01\x0b\x1f\x7f\ufffe\uffffaЖ中 ;#x")),
                     max_size=40)


@settings(max_examples=150, deadline=None)
@given(st.one_of(any_text, nasty_text), any_text, st.one_of(any_text, nasty_text))
def test_tmx_round_trips_any_text(src, en, zh):
    xml = render_tmx(_one_segment(src, en, zh), TARGETS, SIGNATURE)
    tu = ET.fromstring(xml.encode("utf-8")).find("body/tu")
    # the flag withholds the targets from auto-fill: their exact text is in x-mtpipe-withheld props
    tuvs = {**_tuvs(tu), **{p.get(XML_LANG): p.text for p in tu.findall("prop")
                            if p.get("type") == "x-mtpipe-withheld"}}
    assert (tuvs["ru"] or "") == XML_ILLEGAL.sub("", src)
    assert (tuvs["en"] or "") == XML_ILLEGAL.sub("", en)
    assert (tuvs["zh-Hans"] or "") == XML_ILLEGAL.sub("", zh)
    dropped = sum(len(XML_ILLEGAL.findall(x)) for x in (src, en, zh))
    props = {p.get("type"): p.text for p in tu.findall("prop")}
    assert int(props.get("x-mtpipe-dropped", 0)) == dropped
    assert props["x-mtpipe-flags"] == "f<&>\"'"


@settings(max_examples=150, deadline=None)
@given(st.one_of(any_text, nasty_text), any_text, st.one_of(any_text, nasty_text))
def test_jsonl_round_trips_any_text(src, en, zh):
    with tempfile.TemporaryDirectory() as d:
        seg_path, _ = write_jsonl(_one_segment(src, en, zh), Path(d), TARGETS, SIGNATURE)
        lines = seg_path.read_text(encoding="utf-8").split("\n")
        assert len(lines) == 2 and lines[1] == ""  # one record, one line
        rec = json.loads(lines[0])
    assert (rec["source"], rec["en"], rec["zh"]) == (src, en, zh)


# -- atomic writes ------------------------------------------------------------------------------


def test_atomic_write_replaces_and_cleans_up(tmp_path):
    p = tmp_path / "x" / "f.txt"
    atomic_write_text(p, "one")
    atomic_write_text(p, "two")
    assert p.read_text() == "two"
    assert sorted(x.name for x in p.parent.iterdir()) == ["f.txt"]


def test_atomic_write_permissions(tmp_path):
    old = os.umask(0o027)
    try:
        new = atomic_write_text(tmp_path / "new.txt", "x")
    finally:
        os.umask(old)
    assert new.stat().st_mode & 0o777 == 0o640  # 0666 minus the umask, not mkstemp's 0600
    kept = tmp_path / "kept.txt"
    kept.write_text("x")
    kept.chmod(0o604)
    atomic_write_text(kept, "y")
    assert kept.stat().st_mode & 0o777 == 0o604


def test_atomic_write_failure_keeps_old_file(tmp_path, monkeypatch):
    p = tmp_path / "f.txt"
    atomic_write_text(p, "old")

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        atomic_write_text(p, "new")
    assert p.read_text() == "old"
    assert sorted(x.name for x in tmp_path.iterdir()) == ["f.txt"]


# -- run report ---------------------------------------------------------------------------------


def _passthrough_doc() -> Document:
    rows = [("Already English.", "Already English.", "已经是英文。", 0, None, [], ["untranslated"])]
    doc = build_doc(rows, doc_id="en.txt", boiler="")
    doc.segments[0].src_lang = "en"
    doc.segments[0].translations["en"].strategy = "passthrough"
    doc.warnings.append("odd encoding")
    return doc


def _unsupported_doc() -> Document:
    rows = [("東京で会議が開かれた。", "", "", 0, None, [], ["unsupported_language"])]
    doc = build_doc(rows, doc_id="ja.txt", boiler="")
    doc.segments[0].src_lang = "ja"
    for tr in doc.segments[0].translations.values():
        tr.strategy, tr.model = "untranslated", ""
    return doc


def test_report_counts_match_jsonl(tmp_path):
    report = RunReport(signature=SIGNATURE)
    docs = [build_doc(), build_doc(doc_id="sub/two.txt"), _passthrough_doc(), _unsupported_doc()]
    for d in docs:
        write_jsonl(d, tmp_path, TARGETS, SIGNATURE)
        report.add_document(d, TARGETS)
    report.add_problem("bad.txt", "binary file", "ingest")
    report.finish()
    data = json.loads(report.write(tmp_path).read_text(encoding="utf-8"))
    recs = [r for p in tmp_path.rglob("*.jsonl") if not p.name.endswith(".ledger.jsonl") for r in _read_jsonl(p)]
    ledger = [e for p in tmp_path.rglob("*.ledger.jsonl") for e in read_ledger(p)[1]]
    c = data["counts"]
    assert c["documents"] == {"ok": 4, "failed": 1, "skipped": 0, "resumed": 0, "empty": 0}
    assert c["segments"] == len(recs) == 10
    terms = [t for r in recs for t in r["terms"]]
    assert c["terms"]["total"] == len(terms)
    for status in ("verified", "retried", "unverified"):
        assert c["terms"][status] == sum(t["status"] == status for t in terms)
    flags = {f for r in recs for f in r["flags"]}
    assert c["flags"] == {f: sum(f in r["flags"] for r in recs) for f in flags}
    for lang in TARGETS:
        passthrough = sum(r["strategy"][lang] == "passthrough" for r in recs)
        untranslated = sum(r["strategy"][lang] == "untranslated" for r in recs)
        assert c["targets"][lang] == {"translated": len(recs) - passthrough - untranslated,
                                      "passthrough": passthrough, "untranslated": untranslated}
        assert sum(c["targets"][lang].values()) == c["segments"]
    assert c["targets"]["zh"]["untranslated"] == 1  # the Japanese segment below is in no target
    assert c["ledger"] == {"chrome.ad": len(ledger)}
    assert data["problems"] == [{"file": "bad.txt", "reason": "binary file", "stage": "ingest"}]
    assert data["warnings"] == ["en.txt: odd encoding"]
    assert data["signature"] == SIGNATURE and data["mtpipe"] == __version__
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", data["finished_at"])
    assert data["started"] <= data["finished"]
    assert data["exit_code"] == 1


def test_report_resumed_documents():
    first = RunReport()
    summary = first.add_document(build_doc(), TARGETS)
    again = RunReport()
    again.add_summary(json.loads(json.dumps(summary)))
    c = again.counts()
    assert c["documents"] == {"ok": 0, "failed": 0, "skipped": 1, "resumed": 1, "empty": 0}
    assert c["segments"] == 4 and c["terms"]["unverified"] == 1
    assert "1 already done" in again.summary_line()


# (strict_terms, unverified term present, failed document) -> exit code
EXIT_CASES = [
    (False, False, False, 0),
    (False, True, False, 0),
    (True, True, False, 1),
    (True, False, False, 0),
    (False, False, True, 1),
    (True, True, True, 1),
]


@pytest.mark.parametrize("strict,unverified,failed,code", EXIT_CASES)
def test_report_exit_code(strict, unverified, failed, code):
    report = RunReport(strict_terms=strict)
    rows = SAMPLE if unverified else SAMPLE[:3]
    report.add_document(build_doc(rows), TARGETS)
    if failed:
        report.add_problem("x.txt", "boom", "translate")
    assert report.exit_code() == code


@pytest.mark.parametrize("langs,header,tu_langs", [
    (("ru", "ru"), "ru", ["ru", "ru"]),  # a segment with no language of its own takes the document's
    (("ru", "vi"), "ru", ["ru", "vi"]),  # mixed: the header names the main language, each unit its own
    (("und", "und"), "und", ["und", "und"]),  # und only when nothing has a language
])
def test_tmx_source_languages(langs, header, tu_langs):
    rows = [("Раз.", "One.", "一。", 0, None, [], []), ("Hai.", "Two.", "二。", 0, None, [], [])]
    doc = build_doc(rows, boiler="")
    for seg, lang in zip(doc.segments, langs):
        seg.src_lang = lang
    if langs == ("ru", "ru"):
        doc.segments[1].src_lang = "und"
    root = ET.fromstring(render_tmx(doc, TARGETS, SIGNATURE))
    assert root.find("header").get("srclang") == header
    assert [tu.get("srclang") for tu in root.findall("body/tu")] == tu_langs
    assert [tu.find("tuv").get(XML_LANG) for tu in root.findall("body/tu")] == tu_langs


def test_report_names_each_document_warning_once():
    from mtpipe.document import named_warning

    report = RunReport(signature=SIGNATURE)
    doc = build_doc(doc_id="sub/a.txt")
    doc.warnings += ["invalid bytes replaced with U+FFFD", "sub/a.txt: nothing left to translate"]
    report.add_document(doc, TARGETS)
    assert report.warnings == ["sub/a.txt: invalid bytes replaced with U+FFFD", "sub/a.txt: nothing left to translate"]
    assert named_warning("a.txt", "sub/a.txt: x") == "a.txt: sub/a.txt: x"  # another document's name is kept


def test_read_document_warnings_do_not_name_the_file(tmp_path):
    from mtpipe.ingest import read_document

    f = tmp_path / "bad.txt"
    f.write_bytes("Мэр провёл совещание.".encode() + b" \xff\n")
    doc = read_document(f, tmp_path)
    assert doc.warnings and not any("bad.txt" in w for w in doc.warnings)


def test_summary_line_term_statuses_add_up_to_the_total():
    report = RunReport(signature=SIGNATURE)
    doc = _unsupported_doc()
    seg = doc.segments[0]
    seg.terms = [Term(id="tokyo", source="東京", start=0, end=2, kind="place", en="Tokyo", zh="东京", status="pending"),
                 Term(id="x", source="会議", start=3, end=5, kind="term", en="meeting", zh="会议", status="passthrough")]
    report.add_document(doc, TARGETS)
    report.add_document(build_doc(doc_id="b.txt"), TARGETS)
    line = report.summary_line()
    terms = report.counts()["terms"]
    shown = dict((k, int(n)) for n, k in re.findall(r"(\d+) (\w+)", line.split("terms:", 1)[1]))
    assert shown["total"] == terms["total"] >= 3
    assert sum(n for k, n in shown.items() if k != "total") == shown["total"], line
    assert shown["pending"] == 1 and shown["passthrough"] == 1
