"""Translation TMX as CAT tools read it: MT provenance, flagged segments out of auto-fill, one TMX per job.

The OmegaT test runs OmegaT in console mode (Debian package ``omegat``, 3.6) on a project
whose ``tm/auto/`` holds our TMX: OmegaT fills every exact match from there, so it must fill
the verified segment and leave the flagged one untranslated.  It is skipped, saying so, where
``omegat`` is not installed (``apt-get install omegat``).
"""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtpipe.cli import main
from mtpipe.writers.tmx import render_records, withheld_targets

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

RECORDS = [
    {"doc": "doc.txt", "index": 0, "src_lang": "ru", "source": "Ван Цзылянь посетил Пекин.",
     "en": "Wang Zilian visited Beijing.", "zh": "王子联访问了北京。", "terms": [], "flags": [],
     "strategy": {"en": "direct", "zh": "direct"}},
    {"doc": "doc.txt", "index": 1, "src_lang": "ru", "source": "Второй абзац о Росатоме.",
     "en": "Second paragraph about Rosatom.", "zh": "关于俄原子能公司的第二段。",
     "terms": [{"id": "rosatom", "targets": {"en": "unverified", "zh": "verified"}}], "flags": ["unverified_term"],
     "strategy": {"en": "pieces", "zh": "direct"}},
    {"doc": "doc.txt", "index": 2, "src_lang": "ru", "source": "Третий абзац.", "en": "Third third third.",
     "zh": "第三段。", "terms": [], "flags": ["repetition:en"], "strategy": {"en": "direct", "zh": "direct"}},
]

# (flags, term statuses, targets withheld)
WITHHELD = [
    ([], {}, {}),
    (["split"], {}, {}),
    (["traditional_to_simplified", "split_sentence"], {}, {}),
    (["repetition:en"], {}, {"en": ["repetition:en"]}),
    (["unverified_term"], {"en": "unverified", "zh": "verified"}, {"en": ["unverified_term"], "zh": ["unverified_term"]}),
    ([], {"zh": "unverified"}, {"zh": ["unverified_term"]}),
    (["auto_name"], {}, {"en": ["auto_name"], "zh": ["auto_name"]}),
]


@pytest.mark.parametrize("flags,statuses,expected", WITHHELD)
def test_which_targets_are_withheld(flags, statuses, expected):
    rec = {"flags": flags, "terms": [{"targets": statuses}]}
    assert withheld_targets(rec, ["en", "zh"]) == expected


def test_mt_provenance_and_withheld_targets():
    root = ET.fromstring(render_records(RECORDS, ["en", "zh"], {}))
    tus = root.findall("body/tu")
    first = {tuv.get(XML_LANG): tuv for tuv in tus[0].findall("tuv")}
    assert set(first) == {"ru", "en", "zh-Hans"}
    assert first["en"].get("creationid") == "MT" and first["en"].find("prop").text == "mtpipe direct"
    # flagged: source only, texts kept in props; a per-target flag withholds the whole unit when there
    # are several targets (a CAT tool fills a missing en from the zh tuv), only that target when bilingual
    assert [t.get(XML_LANG) for t in tus[1].findall("tuv")] == ["ru"]
    assert [t.get(XML_LANG) for t in tus[2].findall("tuv")] == ["ru"]
    zh_only = ET.fromstring(render_records(RECORDS, ["zh"], {})).findall("body/tu")
    assert [t.get(XML_LANG) for t in zh_only[2].findall("tuv")] == ["ru", "zh-Hans"]
    kept = {p.get(XML_LANG): p.text for p in tus[1].findall("prop") if p.get("type") == "x-mtpipe-withheld"}
    assert kept == {"en": "Second paragraph about Rosatom.", "zh-Hans": "关于俄原子能公司的第二段。"}
    assert "needs review" in tus[1].findtext("note")


def test_traditional_chinese_source_is_tagged_zh_hant():
    rec = {"doc": "d", "index": 0, "src_lang": "zh", "source": "習近平會見了代表團。", "en": "Xi met.", "terms": [],
           "flags": [], "strategy": {"en": "direct"}}
    tu = ET.fromstring(render_records([rec], ["en", "zh"], {})).find("body/tu")
    assert tu.get("srclang") == "zh-Hant"
    assert [t.get(XML_LANG) for t in tu.findall("tuv")] == ["zh-Hant", "en"]


def test_translate_toolkit_reads_each_bilingual_file(tmp_path):
    tmx = pytest.importorskip("translate.storage.tmx")
    store = tmx.tmxfile.parsestring(render_records(RECORDS[:1], ["zh"], {}).encode("utf-8"))
    assert (store.units[0].source, store.units[0].target) == ("Ван Цзылянь посетил Пекин.", "王子联访问了北京。")


def _omegat_project(root: Path, tmx_text: str, sources: list[str] | None = None) -> Path:
    proj = root / "proj"
    for d in ("source", "target", "tm/auto", "omegat", "glossary", "dictionary"):
        (proj / d).mkdir(parents=True, exist_ok=True)
    (proj / "omegat.project").write_text(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<omegat><project version="1.0">'
        "<source_dir>__DEFAULT__</source_dir><target_dir>__DEFAULT__</target_dir><tm_dir>__DEFAULT__</tm_dir>"
        "<glossary_dir>__DEFAULT__</glossary_dir><glossary_file>__DEFAULT__</glossary_file>"
        "<dictionary_dir>__DEFAULT__</dictionary_dir><source_lang>ru</source_lang><target_lang>en</target_lang>"
        "<source_tok>org.omegat.tokenizer.LuceneRussianTokenizer</source_tok>"
        "<target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok><sentence_seg>true</sentence_seg>"
        "<support_default_translations>true</support_default_translations><remove_tags>false</remove_tags>"
        "</project></omegat>\n", encoding="utf-8")
    sources = sources if sources is not None else [r["source"] for r in RECORDS]
    (proj / "source" / "doc.txt").write_text("\n\n".join(sources) + "\n", encoding="utf-8")
    (proj / "tm" / "auto" / "mt.tmx").write_text(tmx_text, encoding="utf-8")
    return proj


def _omegat_fill(root: Path, tmx_text: str, sources: list[str] | None = None) -> list[str]:
    proj = _omegat_project(root, tmx_text, sources)
    res = subprocess.run(["omegat", str(proj), "--mode=console-translate"], capture_output=True, text=True,
                         timeout=300)
    assert res.returncode == 0, res.stdout[-2000:] + res.stderr[-2000:]
    return [p for p in (proj / "target" / "doc.txt").read_text(encoding="utf-8").split("\n") if p.strip()]


@pytest.mark.skipif(shutil.which("omegat") is None or shutil.which("java") is None,
                    reason="OmegaT not installed here (Debian: apt-get install omegat); console-mode check skipped")
def test_omegat_auto_fills_only_verified_segments(tmp_path):
    ours = _omegat_fill(tmp_path / "ours", render_records(RECORDS, ["en", "zh"], {}))
    assert ours == ["Wang Zilian visited Beijing.", "Второй абзац о Росатоме.", "Третий абзац."]
    # control: the same units with every target as a tuv (the old layout) are all filled in
    plain = render_records([{**r, "flags": [], "terms": []} for r in RECORDS], ["en", "zh"], {})
    assert _omegat_fill(tmp_path / "plain", plain) == [r["en"] for r in RECORDS]


def test_tmx_combined_writes_one_file_per_job(tmp_path, toy_models):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text("Ван Цзылянь посетил Пекин.\n", encoding="utf-8")
    (src / "sub" / "b.txt").write_text("Чанчунь большой город.\n", encoding="utf-8")
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["translate", str(src), "-o", str(out), "--to", "en,zh", "--config", str(toy_models),
                                  "--no-glossary", "--tmx-combined"], catch_exceptions=False)
    assert r.exit_code in (0, 1), r.output
    root = ET.parse(out / "translations.tmx").getroot()
    docs = {tu.get("tuid").split("#")[0] for tu in root.findall("body/tu")}
    assert docs == {"a.txt", "sub/b.txt"}
    for t in ("en", "zh"):
        langs = {tuv.get(XML_LANG) for tuv in ET.parse(out / f"translations.{t}.tmx").getroot().iter("tuv")}
        assert langs <= {"ru", "en" if t == "en" else "zh-Hans"}


def test_tmx_combined_needs_jsonl(tmp_path):
    r = CliRunner().invoke(main, ["translate", str(tmp_path), "-o", str(tmp_path / "o"), "--format", "tmx",
                                  "--tmx-combined"])
    assert r.exit_code == 2 and "add jsonl to --format" in r.output


def test_combined_tmx_never_overwrites_a_documents_tmx(tmp_path):
    from mtpipe.writers import WRITERS
    from mtpipe.writers.tmx import write_combined_tmx

    import sys
    sys.path.insert(0, str(Path(__file__).parent))
    from test_writers import SIGNATURE, TARGETS, build_doc

    doc = build_doc(doc_id="translations.txt")
    WRITERS["jsonl"](doc, tmp_path, TARGETS, SIGNATURE)
    WRITERS["tmx"](doc, tmp_path, TARGETS, SIGNATURE)
    before = (tmp_path / "translations.tmx").read_bytes()
    with pytest.raises(FileExistsError, match="is a document's TMX"):
        write_combined_tmx(tmp_path, TARGETS)
    assert (tmp_path / "translations.tmx").read_bytes() == before


OMEGAT_JAR = Path("/usr/share/omegat/OmegaT.jar")


@pytest.mark.skipif(not OMEGAT_JAR.is_file(), reason="OmegaT (and the TMX 1.4 DTD it ships) not installed")
def test_every_tmx_we_write_is_valid_against_the_tmx14_dtd(tmp_path):
    import zipfile

    etree = pytest.importorskip("lxml.etree")
    from mtpipe.glossary.interchange import export_entries

    import sys
    sys.path.insert(0, str(Path(__file__).parent))
    from test_interchange import RICH

    with zipfile.ZipFile(OMEGAT_JAR) as z:
        dtd = etree.DTD(z.open("schemas/tmx14.dtd"))
    files = {"translation": render_records(RECORDS, ["en", "zh"], {}),
             "bilingual": render_records(RECORDS, ["zh"], {}),
             "glossary": export_entries(RICH, "tmx")}
    for name, text in files.items():
        doc = etree.fromstring(text.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True))
        assert dtd.validate(doc), (name, dtd.error_log.filter_from_errors()[:3])


@pytest.mark.skipif(shutil.which("omegat") is None or shutil.which("java") is None,
                    reason="OmegaT not installed here (Debian: apt-get install omegat); console-mode check skipped")
def test_omegat_fills_the_canonical_form_from_a_glossary_tmx(tmp_path):
    from mtpipe.glossary.interchange import InterchangeOptions, export_entries

    entry = {"id": "belt-and-road", "kind": "term", "en": "Belt and Road", "zh": "一带一路",
             "aliases": {"en": ["Belt and Road Initiative"], "ru": ["Пояс и путь"]}, "reviewed": True}
    ours = export_entries([entry], "tmx", InterchangeOptions(langs=("ru", "en", "zh")))
    assert _omegat_fill(tmp_path / "ours", ours, ["Пояс и путь"]) == ["Belt and Road"]
    # control: the alias as a second en tuv (the old layout) is what OmegaT inserts
    old = ours.replace('<prop type="x-mtpipe-alias" xml:lang="en">Belt and Road Initiative</prop>', "").replace(
        '<tuv xml:lang="en"><seg>Belt and Road</seg></tuv>',
        '<tuv xml:lang="en"><seg>Belt and Road</seg></tuv>\n<tuv xml:lang="en"><seg>Belt and Road Initiative</seg></tuv>')
    assert _omegat_fill(tmp_path / "old", old, ["Пояс и путь"]) == ["Belt and Road Initiative"]
