"""Glossary interchange: safe XML, real third-party files, round trips with their documented losses, merges."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtpipe.cli import main
from mtpipe.glossary import load_glossaries
from mtpipe.glossary.interchange import (FORMATS, LOSSES, InterchangeOptions, detect_format, export_entries,
                                         merge_entries, read_entries)

DATA = Path(__file__).parent / "data" / "interchange"

# -- 1. safe XML: DOCTYPE accepted, entity declarations and external fetches refused ----------------

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<tmx version="1.4"><header/><body><tu><tuv xml:lang="en"><seg>&lol3;</seg></tuv></tu></body></tmx>"""
XXE = """<?xml version="1.0"?>
<!DOCTYPE martif [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<martif type="TBX-Basic"><text><body><termEntry><langSet xml:lang="en"><tig><term>&xxe;</term></tig></langSet>
</termEntry></body></text></martif>"""
PARAM_XXE = """<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>
<tmx version="1.4"><header/><body/></tmx>"""
EXTERNAL_DTD_ONLY = """<?xml version="1.0"?>
<!DOCTYPE tmx SYSTEM "http://127.0.0.1:9/tmx14.dtd">
<tmx version="1.4"><header/><body><tu><tuv xml:lang="en"><seg>Belt and Road</seg></tuv>
<tuv xml:lang="zh-CN"><seg>一带一路</seg></tuv></tu></body></tmx>"""

HOSTILE = [("billion laughs", BILLION_LAUGHS), ("external entity", XXE), ("parameter entity", PARAM_XXE)]


@pytest.mark.parametrize("name,text", HOSTILE)
def test_entity_declarations_are_refused_in_one_line(name, text):
    with pytest.raises(ValueError, match="entity declarations are not accepted"):
        read_entries(text)


def test_a_doctype_naming_an_external_dtd_is_read_without_fetching_it():
    # nothing listens on port 9: a fetch would fail or hang; the DTD is simply not loaded
    r = read_entries(EXTERNAL_DTD_ONLY)
    assert [(e["en"], e["zh"]) for e in r.entries] == [("Belt and Road", "一带一路")]


def test_malformed_xml_names_the_line():
    with pytest.raises(ValueError, match="malformed XML at line 2"):
        read_entries('<?xml version="1.0"?>\n<tmx><body><tu></body></tmx>')


# -- 2. real files from other tools -----------------------------------------------------------------

# (file, entries, ignored languages, check on the first entry)
REAL = [
    ("ltac_astronomy_dca_v3.tbx", 2, {"es": 3},
     lambda e: e["en"] == "open cluster" and e["excluded"] == {"en": ["galactic cluster"]}
     and "definition (en): A group of stars formed together in the spiral arms of a galaxy." in e["notes"]),
    ("tbxmin2basic_status.tbx", 1, {},
     lambda e: (e["en"], e["aliases"], e["excluded"]) == ("dog1", {"en": ["dog2"]}, {"en": ["dog3", "dog4"]})),
    ("ttk_en_zh-TW.tbx", 3, {},
     lambda e: (e["en"], e["zh"], e["aliases"]) == ("Belt and Road", "", {"zh-Hant": ["一帶一路"]})),
    ("ttk_ru_zh.tmx", 3, {}, lambda e: (e["zh"], e["aliases"]) == ("一带一路", {"ru": ["Пояс и путь"]})),
    ("omegat36_pseudo_tmx11.tmx", 2, {},
     lambda e: (e["en"], e["aliases"]) == ("Ван Цзылянь посетил Пекин.", {"ru": ["Ван Цзылянь посетил Пекин."]})),
    ("lisa_ImportTest1D.tmx", 3, {}, lambda e: e["en"] == "à=agrave, é=eacute, æ=aelig" and e["aliases"] == {}),
    ("lisa_ImportTest2C.tmx", 1, {"fr": 1},
     lambda e: e["en"] == "Click  to start." and e["notes"] == "Text of tu note 1\nText of tu note 2"),
]


@pytest.mark.parametrize("name,count,ignored,check", REAL, ids=[r[0] for r in REAL])
def test_real_files_import(name, count, ignored, check):
    r = read_entries((DATA / name).read_text(encoding="utf-8"))
    assert len(r.entries) == count and r.ignored == ignored
    assert check(r.entries[0]), r.entries[0]


def test_mtpipe_translate_tmx_imports(tmp_path):
    from mtpipe.document import Document, Segment, Translation
    from mtpipe.writers.tmx import render_tmx

    seg = Segment(index=0, start=0, end=11, source="Пояс и путь", src_lang="ru",
                  translations={"en": Translation("en", "Belt and Road"), "zh": Translation("zh", "一带一路")})
    doc = Document(doc_id="a", raw_text="Пояс и путь", text="Пояс и путь", segments=[seg])
    r = read_entries(render_tmx(doc, ["en", "zh"], {}))
    assert [(e["en"], e["zh"], e["aliases"]) for e in r.entries] == [
        ("Belt and Road", "一带一路", {"ru": ["Пояс и путь"]})]


# -- language tags ---------------------------------------------------------------------------------

ZH_TAGS = [("zh", "zh"), ("zh-CN", "zh"), ("zh-Hans", "zh"), ("zh-Hans-SG", "zh"), ("zh-TW", "zh-Hant"),
           ("zh-HK", "zh-Hant"), ("zh-Hant", "zh-Hant"), ("zh-Hant-TW", "zh-Hant"), ("en-US", "en"),
           ("ru-RU", "ru"), ("vi_VN", "vi"), ("fr", None), ("x-und", None)]


@pytest.mark.parametrize("tag,key", ZH_TAGS)
def test_language_tags(tag, key):
    from mtpipe.glossary.interchange import lang_key

    assert lang_key(tag) == key


def test_traditional_chinese_never_becomes_the_canonical_form():
    tbx = ('<martif type="TBX-Basic"><text><body><termEntry id="x">'
           '<langSet xml:lang="zh-TW"><tig><term>習近平</term></tig></langSet>'
           '<langSet xml:lang="zh-CN"><tig><term>习近平</term></tig></langSet>'
           '<langSet xml:lang="en"><tig><term>Xi Jinping</term></tig></langSet></termEntry></body></text></martif>')
    (e,) = read_entries(tbx).entries
    assert (e["zh"], e["aliases"]) == ("习近平", {"zh-Hant": ["習近平"]})
    out = export_entries([e], "tbx")
    assert 'xml:lang="zh-Hans"' in out and 'xml:lang="zh-Hant"' in out


# -- round trips: each format loses exactly what LOSSES says ------------------------------------------

RICH = [
    {"id": "belt-and-road", "kind": "term", "en": "Belt and Road", "zh": "一带一路",
     "aliases": {"en": ["Belt and Road Initiative"], "ru": ["Пояс и путь", "Один пояс"], "vi": ["Vành đai và Con đường"],
                 "zh-Hant": ["一帶一路"]},
     "reviewed": True, "case_sensitive": False, "notes": "slogan since 2013\nsecond line", "excluded": {"en": ["OBOR"]},
     "min_context": ["инициатива", "Silk Road", "=формула"]},
    {"id": "slogan-344", "kind": "term", "en": "344", "zh": "344", "aliases": {"ru": ["344"]}, "dnt": True,
     "reviewed": False},
    {"id": "wang-zilian", "kind": "person", "en": "Wang Zilian", "zh": "王子联",
     "aliases": {"ru": ["Ван Цзылянь", "Ван"]}, "reviewed": False, "notes": "Mayor", "min_context": ["Цзылянь"]},
    {"id": "tom-and-jerry", "kind": "org", "en": 'Tom & "Jerry" <Co>', "zh": "汤姆与杰瑞",
     "aliases": {"ru": ['=Том и "Джерри"', "-минус"]}, "reviewed": True},
    {"id": "partial-ru-en", "kind": "place", "en": "Dinghu District", "zh": "", "aliases": {"ru": ["район Динху"]},
     "reviewed": True},
]
_FIELDS = ("id", "kind", "en", "zh", "aliases", "excluded", "dnt", "case_sensitive", "reviewed", "notes", "min_context")


def _norm(d: dict) -> dict:
    out = {k: d.get(k) for k in _FIELDS}
    out["aliases"] = {k: sorted(v) for k, v in (d.get("aliases") or {}).items() if v}
    out["excluded"] = {k: sorted(v) for k, v in (d.get("excluded") or {}).items() if v}
    out["dnt"] = bool(d.get("dnt"))
    out["reviewed"] = d.get("reviewed", True)
    out["notes"] = d.get("notes") or ""
    out["min_context"] = list(d.get("min_context") or [])
    return out


@pytest.mark.parametrize("fmt", ["json", "tmx", "tbx", "tbx3"])
def test_lossless_formats_round_trip_every_field(fmt):
    back = read_entries(export_entries(RICH, fmt)).entries
    assert [_norm(e) for e in back] == [_norm(e) for e in RICH]
    assert LOSSES[fmt] == ()


@pytest.mark.parametrize("column", [False, True], ids=["plain", "min-context-column"])
@pytest.mark.parametrize("fmt", ["google-sets", "amazon"])
def test_set_layouts_lose_only_what_they_declare(fmt, column):
    opts = InterchangeOptions(source_lang="ru", min_context_column=column)
    text = export_entries(RICH, fmt, opts)
    assert ("min_context" in text.splitlines()[0]) is column
    back = read_entries(text, None, opts).entries
    kept = [e for e in RICH if sum(bool(e.get(x) or e.get("aliases", {}).get(x)) for x in ("en", "zh", "ru", "vi")) >= 2]
    assert len(back) == len(kept)
    lost = set(LOSSES[fmt]) - ({"min_context"} if column else set())
    assert "min_context" in LOSSES[fmt]
    for a, b in zip(kept, back):
        na, nb = _norm(a), _norm(b)
        for k in _FIELDS:
            if k in lost:
                continue
            assert na[k] == nb[k], (fmt, k, na[k], nb[k])
        # the first form per language survives: exactly one form each
        assert {k: v[:1] for k, v in na["aliases"].items() if k in ("ru", "vi")} == \
            {k: v for k, v in nb["aliases"].items() if k in ("ru", "vi")} or "aliases" in lost


@pytest.mark.parametrize("fmt", ["deepl", "deepl-tsv", "google"])
def test_pair_files_keep_the_direction_they_carry(fmt):
    opts = InterchangeOptions(source_lang="ru", target_lang="en", min_context_column=True)
    back = read_entries(export_entries(RICH, fmt, opts), None, opts).entries
    got = {e["en"]: sorted(e["aliases"]["ru"]) for e in back}
    # dnt: the source form is its own target; every Russian form is a row
    assert got == {"Belt and Road": ["Один пояс", "Пояс и путь"], "344": ["344"], "Wang Zilian": ["Ван", "Ван Цзылянь"],
                   'Tom & "Jerry" <Co>': ["-минус", '=Том и "Джерри"'], "Dinghu District": ["район Динху"]}
    assert all(e["zh"] == "" for e in back)  # one target: partial entries
    # min_context: a fifth column on the rows of entries that have it, read back whole
    assert {e["en"]: e.get("min_context") for e in back} == {
        "Belt and Road": ["инициатива", "Silk Road", "=формула"], "344": None, "Wang Zilian": ["Цзылянь"],
        'Tom & "Jerry" <Co>': None, "Dinghu District": None}


@pytest.mark.parametrize("fmt", ["deepl", "deepl-tsv", "google", "google-sets", "amazon"])
def test_csv_without_the_min_context_column_is_what_services_read(fmt, tmp_path):
    opts = InterchangeOptions(source_lang="ru", target_lang="en")  # the default: no column
    text = export_entries(RICH, fmt, opts)
    assert "min_context" not in text and "инициатива" not in text
    widths = {len(r.split("\t" if fmt == "deepl-tsv" else ",")) for r in text.splitlines() if "," not in r[1:-1]
              or fmt == "deepl-tsv"}
    assert not any(w == 5 for w in widths)
    assert all(not e.get("min_context") for e in read_entries(text, None, opts).entries)
    # the CLI says what was left out
    g = tmp_path / "g.yaml"
    g.write_text("entries:\n  - id: li\n    kind: person\n    en: Li Keqiang\n    zh: 李克强\n"
                 "    aliases: {ru: [Ли Кэцян, Ли]}\n    min_context: [премьер]\n", encoding="utf-8")
    for flag, lost in (([], True), (["--min-context-column"], False)):
        res = CliRunner().invoke(main, ["glossary", "--glossary", str(g), "export", "--format", fmt, "--langs",
                                        "en,zh,ru", "-o", str(tmp_path / "out.csv"), *flag])
        assert res.exit_code == 0, res.output
        assert ("min_context" in res.output.split("cannot carry", 1)[-1]) is lost, res.output
        assert ("премьер" in (tmp_path / "out.csv").read_text(encoding="utf-8")) is not lost


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_export_then_import_into_the_same_glossary_changes_nothing(fmt):
    from mtpipe.glossary.model import Entry

    entries = [Entry(**{k: v for k, v in d.items()}) for d in RICH]
    for column in (False, True):
        opts = InterchangeOptions(source_lang="ru", target_lang="en", min_context_column=column)
        plan = merge_entries(entries, read_entries(export_entries(entries, fmt, opts), None, opts).entries)
        assert (plan.new, plan.updates, plan.conflicts) == ([], {}, [])


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_import_adds_min_context_words_the_glossary_lacks(fmt):
    from mtpipe.glossary.model import Entry

    entries = [Entry(**{k: v for k, v in d.items()}) for d in RICH]
    entries[2].min_context = []  # wang-zilian had none
    entries[0].min_context = ["инициатива"]  # belt-and-road had one of three
    opts = InterchangeOptions(source_lang="ru", target_lang="en", min_context_column=True)
    plan = merge_entries(entries, read_entries(export_entries(RICH, fmt, opts), None, opts).entries)
    assert (plan.new, plan.conflicts) == ([], [])
    got = {k: v.get("min_context") for k, v in plan.updates.items() if "min_context" in v}
    assert got == {"belt-and-road": ["инициатива", "Silk Road", "=формула"], "wang-zilian": ["Цзылянь"]}


def test_every_format_has_a_declared_loss_list():
    assert set(LOSSES) == set(FORMATS)


# -- what CAT tools and services read -------------------------------------------------------------------

def test_glossary_tmx_has_one_tuv_per_language_and_aliases_in_props():
    out = export_entries(RICH[:1], "tmx")
    assert out.count('<tuv xml:lang="en">') == 1 and out.count('<tuv xml:lang="ru">') == 1
    assert '<prop type="x-mtpipe-alias" xml:lang="en">Belt and Road Initiative</prop>' in out
    assert '<tuv xml:lang="en"><seg>Belt and Road</seg></tuv>' in out


def test_tbx_basic_has_doctype_xcs_and_statuses():
    out = export_entries(RICH[:1], "tbx")
    assert '<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">' in out
    assert '<p type="XCSURI">TBXBasicXCSV02.xcs</p>' in out
    assert "<term>OBOR</term><termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>" in out
    assert "subjectField" not in out and "<note>mtpipe:kind=term</note>" in out


def test_translate_toolkit_reads_tbx_in_the_requested_language_order():
    tbx = pytest.importorskip("translate.storage.tbx")
    out = export_entries(RICH[2:3], "tbx", InterchangeOptions(langs=("ru", "en", "zh", "vi")))
    unit = tbx.tbxfile.parsestring(out.encode("utf-8")).units[0]
    assert (unit.source, unit.target) == ("Ван Цзылянь", "Wang Zilian")


def test_min_context_is_written_where_documented():
    assert "<note>mtpipe:min_context=Silk Road</note>" in export_entries(RICH[:1], "tbx")
    assert "<note>mtpipe:min_context=инициатива</note>" in export_entries(RICH[:1], "tbx3")
    assert '<prop type="x-mtpipe-min-context">=формула</prop>' in export_entries(RICH[:1], "tmx")
    opts = InterchangeOptions(source_lang="ru", target_lang="en", min_context_column=True)
    assert export_entries(RICH[:1], "deepl-tsv", opts).splitlines()[0] == (
        "Пояс и путь\tBelt and Road\tru\ten\tинициатива | Silk Road | =формула")  # only a leading = is a formula
    assert export_entries(RICH[:1], "google-sets", opts).splitlines()[0] == "en,zh-CN,ru,vi,min_context"
    # a TBX note from another tool that merely mentions min_context stays a note
    tbx = export_entries(RICH[2:3], "tbx").replace("<note>Mayor</note>", "<note>see mtpipe:min_context docs</note>")
    (e,) = read_entries(tbx).entries
    assert e["notes"] == "see mtpipe:min_context docs" and e["min_context"] == ["Цзылянь"]


def test_deepl_client_reads_our_tsv_exactly():
    deepl = pytest.importorskip("deepl")
    opts = InterchangeOptions(source_lang="ru", target_lang="en", neutralise_formulas=False)
    got = deepl.convert_tsv_to_dict(export_entries(RICH, "deepl-tsv", opts))
    assert got['=Том и "Джерри"'] == 'Tom & "Jerry" <Co>'  # no quoting added


# -- CSV/TSV formula injection (OWASP) ------------------------------------------------------------------

CELLS = [("=1+1", "'=1+1"), ("+7 495", "'+7 495"), ("-минус", "'-минус"), ("@SUM(A1)", "'@SUM(A1)"),
         ("\tx", "'\tx"), ("plain", "plain"), ("a=b", "a=b"), ("'quoted", "'quoted")]


@pytest.mark.parametrize("cell,written", CELLS)
def test_formula_cells_are_neutralised_and_restored(cell, written):
    from mtpipe.glossary.delimited import neutralise, restore_cell

    assert neutralise(cell) == written and restore_cell(written) == cell


def test_raw_cells_flag_writes_values_as_they_are():
    opts = InterchangeOptions(source_lang="ru", target_lang="en", neutralise_formulas=False)
    assert "\n-минус,\"Tom" in export_entries(RICH, "deepl", opts)
    assert "\n'-минус,\"Tom" in export_entries(RICH, "deepl", InterchangeOptions(source_lang="ru", target_lang="en"))


# -- detection by content ---------------------------------------------------------------------------------

DETECT = [
    ("Пояс и путь,Belt and Road\n", "deepl"),
    ("Пояс и путь\tBelt and Road\n", "deepl-tsv"),
    ("en,zh-CN,ru\nBelt and Road,一带一路,Пояс и путь\n", "google-sets"),
    ("en\tzh\tru\nBelt and Road\t一带一路\tПояс и путь\n", "google-sets"),
    ("ru;en\nПояс и путь;Belt and Road\n", "google-sets"),
    ("en,zh,description\nA,甲,note\n", "google-sets"),
    ('[{"id": "a", "en": "A", "zh": "甲"}]', "json"),
    ("\ufeff<?xml version='1.0'?><!DOCTYPE martif SYSTEM 'x.dtd'><martif/>", "tbx"),
    ('<tbx xmlns="urn:iso:std:iso:30042:ed-2"/>', "tbx"),
    ("<tmx version='1.4'/>", "tmx"),
    ("# review\nentries:\n  - id: a\n", "yaml"),
]


@pytest.mark.parametrize("text,fmt", DETECT)
def test_format_is_detected_by_content(text, fmt):
    assert detect_format(text) == fmt


@pytest.mark.parametrize("text", ["en,zh\n", "\n\n#\n", "<tmx version='1.4'><body/></tmx>", "[]"])
def test_a_non_empty_file_with_no_entry_is_an_error(text):
    with pytest.raises(ValueError, match="no glossary entry"):
        read_entries(text)


# -- CLI: merge into the glossary, partial entries, validate ----------------------------------------------

GLOSSARY = """entries:
  - id: belt-and-road
    kind: term
    en: Belt and Road
    zh: 一带一路
    aliases:
      ru: [Пояс и путь]
  - id: dinghu-district
    kind: place
    zh: 鼎湖区
    aliases:
      ru: [район Динху]
"""


def _run(tmp_path: Path, *args: str):
    return CliRunner().invoke(main, ["glossary", "--glossary", str(tmp_path / "g.yaml"), *args],
                              catch_exceptions=False)


def test_deepl_pairs_fill_the_matching_side_and_add_partial_entries(tmp_path):
    (tmp_path / "g.yaml").write_text(GLOSSARY, encoding="utf-8")
    (tmp_path / "ru-en.csv").write_text("район Динху,Dinghu District\nОдин пояс,Belt and Road\n"
                                        "Чанчунь,Changchun\n", encoding="utf-8")
    r = _run(tmp_path, "import", "--source-lang", "ru", "--target-lang", "en", str(tmp_path / "ru-en.csv"))
    assert r.exit_code == 0, r.output
    assert "imported 1 new entries (1 partial)" in r.output and "2 updated" in r.output
    g = load_glossaries([tmp_path / "g.yaml"])
    assert g.by_id["dinghu-district"].en == "Dinghu District"
    assert g.by_id["belt-and-road"].aliases["ru"] == ["Пояс и путь", "Один пояс"]
    assert (g.by_id["changchun"].en, g.by_id["changchun"].zh) == ("Changchun", "")
    v = _run(tmp_path, "validate")
    assert v.exit_code == 0 and "changchun: partial entry, no zh target" in v.output and "1 partial" in v.output


def test_a_differing_canonical_form_is_reported_not_applied(tmp_path):
    (tmp_path / "g.yaml").write_text(GLOSSARY, encoding="utf-8")
    (tmp_path / "p.tsv").write_text("Пояс и путь\tBelt and Road Initiative\n", encoding="utf-8")
    r = _run(tmp_path, "import", str(tmp_path / "p.tsv"))
    assert r.exit_code == 0 and "conflict: belt-and-road: en is 'Belt and Road'" in r.output
    assert load_glossaries([tmp_path / "g.yaml"]).by_id["belt-and-road"].en == "Belt and Road"


BAD_IMPORTS = [
    ("empty.csv", "en,zh\n", "no glossary entry found"),
    ("bomb.tmx", BILLION_LAUGHS, "entity declarations are not accepted"),
    ("bad.json", "[{", "malformed JSON"),
    ("latin1.csv", "caf\xe9,cafe\n".encode("latin-1"), "not UTF-8"),
]


@pytest.mark.parametrize("name,content,message", BAD_IMPORTS)
def test_bad_imports_are_one_line_and_exit_1(tmp_path, name, content, message):
    (tmp_path / "g.yaml").write_text(GLOSSARY, encoding="utf-8")
    p = tmp_path / name
    p.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    r = CliRunner().invoke(main, ["glossary", "--glossary", str(tmp_path / "g.yaml"), "import", str(p)])
    assert r.exit_code == 1 and message in r.output and "Traceback" not in r.output
    assert str(p) in r.output


@pytest.mark.parametrize("fmt", ["tbx", "tbx3", "tmx", "json", "amazon", "google-sets", "deepl", "deepl-tsv"])
def test_cli_export_import_round_trip_keeps_the_glossary(tmp_path, fmt):
    (tmp_path / "g.yaml").write_text(GLOSSARY, encoding="utf-8")
    out = tmp_path / f"x.{fmt}"
    r = _run(tmp_path, "export", "--format", fmt, "-o", str(out))
    assert r.exit_code == 0, r.output
    before = (tmp_path / "g.yaml").read_text(encoding="utf-8")
    r = _run(tmp_path, "import", str(out))
    assert r.exit_code == 0 and "0 new entries" in r.output and "0 updated" in r.output, r.output
    assert (tmp_path / "g.yaml").read_text(encoding="utf-8") == before


def test_import_dry_run_prints_json_and_writes_nothing(tmp_path):
    (tmp_path / "g.yaml").write_text(GLOSSARY, encoding="utf-8")
    (tmp_path / "new.tsv").write_text("Чанчунь\tChangchun\n", encoding="utf-8")
    r = _run(tmp_path, "import", "--dry-run", str(tmp_path / "new.tsv"))
    first = json.loads(r.output.splitlines()[0])
    assert first["op"] == "add" and first["en"] == "Changchun"
    assert (tmp_path / "g.yaml").read_text(encoding="utf-8") == GLOSSARY


def test_deepl_csv_with_language_columns_uses_them():
    r = read_entries("Пояс и путь,一带一路,ru,zh\nBelt and Road,一带一路,en,zh-CN\n")
    assert [(e["en"], e["zh"], e["aliases"]) for e in r.entries] == [
        ("Belt and Road", "一带一路", {"ru": ["Пояс и путь"]})]


def test_an_explicit_format_that_does_not_fit_is_one_line(tmp_path):
    (tmp_path / "g.yaml").write_text(GLOSSARY, encoding="utf-8")
    (tmp_path / "pairs.csv").write_text("Пояс и путь,Belt and Road\n", encoding="utf-8")
    r = _run(tmp_path, "import", "--format", "tbx", str(tmp_path / "pairs.csv"))
    assert r.exit_code == 1 and "malformed XML at line 1" in r.output and "Traceback" not in r.output


def test_translate_protects_a_partial_entry_only_in_the_target_it_has(tmp_path, toy_models):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Ван Цзылянь посетил Чанчунь.\n", encoding="utf-8")
    (tmp_path / "g.yaml").write_text(
        "entries:\n  - id: wang-zilian\n    kind: person\n    en: Wang Zilian\n    aliases: {ru: [Ван Цзылянь]}\n"
        "  - id: changchun\n    kind: place\n    en: Changchun\n    zh: 长春\n    aliases: {ru: [Чанчунь]}\n",
        encoding="utf-8")
    r = CliRunner().invoke(main, ["translate", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--config",
                                  str(toy_models), "--glossary", str(tmp_path / "g.yaml")], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    (rec,) = [json.loads(x) for x in (tmp_path / "out" / "a.jsonl").read_text(encoding="utf-8").splitlines()]
    targets = {t["id"]: t["targets"] for t in rec["terms"]}
    # "retried": verified on the second try; which of the two depends on the toy model's build (it differs between
    # machines), both mean the term came out right
    assert targets["wang-zilian"]["zh"] == "no_target" and targets["changchun"]["zh"] in ("verified", "retried")
    assert "Wang Zilian" in rec["en"] and "Ван" not in rec["zh"] and "长春" in rec["zh"]
    assert "unverified_term" not in rec["flags"]


def test_merge_ignores_an_id_that_shares_no_form_and_folds_repeated_concepts():
    from mtpipe.glossary.model import Entry

    existing = [Entry(id="c1", kind="term", en="Belt and Road", zh="一带一路")]
    imported = [{"id": "c1", "kind": "term", "en": "open cluster", "zh": "", "aliases": {}},
                {"id": "x", "kind": "term", "en": "Changchun", "zh": "", "aliases": {"ru": ["Чанчунь"]}},
                {"id": "y", "kind": "term", "en": "", "zh": "长春", "aliases": {"ru": ["Чанчунь", "Чаньчунь"]}}]
    plan = merge_entries(existing, imported)
    assert plan.updates == {} and [d["id"] for d in plan.new] == ["c1-2", "x"]
    assert plan.new[1]["zh"] == "长春" and plan.new[1]["aliases"]["ru"] == ["Чанчунь", "Чаньчунь"]


@pytest.mark.parametrize("args", [["--langs", "en,fr"], ["--source-lang", "de"], ["--langs", ""]])
def test_export_refuses_languages_it_cannot_write(tmp_path, args):
    (tmp_path / "g.yaml").write_text(GLOSSARY, encoding="utf-8")
    r = CliRunner().invoke(main, ["glossary", "--glossary", str(tmp_path / "g.yaml"), "export", *args])
    assert r.exit_code == 2 and "is not one of" in r.output


def test_raw_cells_import_keeps_a_leading_quote(tmp_path):
    (tmp_path / "g.yaml").write_text(GLOSSARY, encoding="utf-8")
    (tmp_path / "p.csv").write_text("'-минус,'=Minus\n", encoding="utf-8")
    r = _run(tmp_path, "import", "--dry-run", str(tmp_path / "p.csv"))
    assert json.loads(r.output.splitlines()[0])["en"] == "=Minus"
    r = _run(tmp_path, "import", "--dry-run", "--raw-cells", str(tmp_path / "p.csv"))
    assert json.loads(r.output.splitlines()[0])["en"] == "'=Minus"


@pytest.mark.parametrize("fmt", ["deepl", "deepl-tsv", "google", "amazon", "google-sets", "tbx", "json"])
def test_export_counts_only_the_entries_it_wrote(tmp_path, fmt):
    """An entry without the pair's source language (a slogan with a Vietnamese form only) has no row
    in a pair file: the export line says how many entries it wrote and how many have none."""
    (tmp_path / "g.yaml").write_text(
        "entries:\n"
        "  - {id: changchun, kind: place, en: Changchun, zh: 长春, aliases: {ru: [Чанчунь], vi: [Trường Xuân]}}\n"
        "  - {id: jilin, kind: place, en: Jilin, zh: 吉林, aliases: {ru: [Цзилинь]}}\n"
        "  - {id: slogan, kind: term, en: '344', zh: '344', dnt: true}\n", encoding="utf-8")
    out = tmp_path / f"x.{fmt}"
    r = _run(tmp_path, "export", "--format", fmt, "--source-lang", "ru", "--target-lang", "en", "-o", str(out))
    assert r.exit_code == 0, r.output
    # pairs ru->en: the slogan has no ru form; sets (ru, en, zh...): every entry has two forms
    n = 2 if fmt in ("deepl", "deepl-tsv", "google") else 3
    assert f"wrote {n} entries" in r.output
    assert ("1 entries have no row" in r.output) == (n == 2)
