"""Round-trip glossary editing, authoring from hanzi, interchange formats."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtpipe.glossary import load_glossaries
from mtpipe.glossary.authoring import build_entry, slugify, unique_id
from mtpipe.glossary.edit import GlossaryFile, add_entry, edit_entry, remove_entry
from mtpipe.glossary.interchange import FORMATS, InterchangeOptions, export_entries, import_entries

SAMPLE = """\
# glossaries/jilin.yaml -- hand-written, keep this comment
entries:
  - id: wang-zilian            # the mayor
    kind: person
    en: Wang Zilian
    zh: 王子联
    aliases:
      ru: [Ван Цзылянь]        # base form
      vi: [Vương Tử Liên]
    reviewed: true
    notes: "Mayor of Changchun"
  # places below
  - id: changchun
    kind: place
    en: Changchun
    zh: 长春
    aliases:
      ru: ["Чанчунь"]
"""


@pytest.fixture()
def gfile(tmp_path: Path) -> Path:
    p = tmp_path / "jilin.yaml"
    p.write_text(SAMPLE, encoding="utf-8")
    return p


def test_unchanged_file_round_trips_byte_for_byte(gfile: Path) -> None:
    gf = GlossaryFile(gfile)
    gf.save()
    assert gfile.read_text(encoding="utf-8") == SAMPLE


def test_add_keeps_everything_else(gfile: Path) -> None:
    add_entry(gfile, build_entry("鼎湖区", "place"))
    text = gfile.read_text(encoding="utf-8")
    assert text.startswith(SAMPLE)
    assert "  - id: dinghu-district\n" in text and "      ru: [район Динху]\n" in text
    g = load_glossaries([gfile])
    e = g.by_id["dinghu-district"]
    assert (e.en, e.reviewed, e.aliases["vi"]) == ("Dinghu District", False, ["quận Đỉnh Hồ"])


def test_edit_changes_only_its_lines(gfile: Path) -> None:
    edit_entry(gfile, "changchun", {"reviewed": True, "notes": "provincial capital"})
    new = gfile.read_text(encoding="utf-8").splitlines()
    old = SAMPLE.splitlines()
    assert new[: len(old)] == old  # appended fields at the end of the last entry only
    assert new[len(old):] == ["    reviewed: true", "    notes: provincial capital"]
    edit_entry(gfile, "wang-zilian", {"aliases": {"ru": ["Ван Цзылянь", "Ван Цзы-лянь"]}})
    text = gfile.read_text(encoding="utf-8")
    assert "# the mayor" in text and "# places below" in text
    assert load_glossaries([gfile]).by_id["wang-zilian"].aliases["ru"] == ["Ван Цзылянь", "Ван Цзы-лянь"]


def test_edit_inserts_keys_in_house_order(gfile: Path) -> None:
    edit_entry(gfile, "wang-zilian", {"dnt": True})
    lines = gfile.read_text(encoding="utf-8").splitlines()
    assert lines.index("    dnt: true") < lines.index("    reviewed: true")


def test_remove(gfile: Path) -> None:
    remove_entry(gfile, "changchun")
    g = load_glossaries([gfile])
    assert list(g.by_id) == ["wang-zilian"]
    assert "# the mayor" in gfile.read_text(encoding="utf-8")


def test_errors(gfile: Path) -> None:
    with pytest.raises(ValueError):
        add_entry(gfile, {"id": "changchun", "kind": "place", "en": "X", "zh": "X"})
    with pytest.raises(KeyError):
        edit_entry(gfile, "nope", {"reviewed": True})


AUTHOR_CASES = [
    ("王子联", "person", "wang-zilian", "Wang Zilian", "Ван Цзылянь", "Vương Tử Liên"),
    ("曾庆红", "person", "zeng-qinghong", "Zeng Qinghong", "Цзэн Цинхун", "Tăng Khánh Hồng"),
    ("西安", "place", "xian", "Xi'an", "Сиань", "Tây An"),
    ("广宁县", "place", "guangning-county", "Guangning County", "уезд Гуаннин", "huyện Quảng Ninh"),
]


@pytest.mark.parametrize("zh,kind,eid,en,ru,vi", AUTHOR_CASES)
def test_build_entry(zh: str, kind: str, eid: str, en: str, ru: str, vi: str) -> None:
    e = build_entry(zh, kind)
    assert (e["id"], e["en"], e["aliases"]["ru"], e["aliases"]["vi"], e["reviewed"]) == (eid, en, [ru], [vi], False)


def test_ids() -> None:
    assert slugify("Xi'an") == "xian" and slugify("Lü Feng") == "lu-feng"
    assert unique_id("xian", {"xian", "xian-2"}) == "xian-3"


ENTRIES = [
    {"id": "wang-zilian", "kind": "person", "en": "Wang Zilian", "zh": "王子联",
     "aliases": {"ru": ["Ван Цзылянь", "Ван Цзы-лянь"], "vi": ["Vương Tử Liên"]}, "reviewed": True},
    {"id": "dinghu-district", "kind": "place", "en": "Dinghu District", "zh": "鼎湖区",
     "aliases": {"ru": ["район Динху"], "vi": ["quận Đỉnh Hồ"]}, "reviewed": True},
    {"id": "r-and-d", "kind": "term", "en": "R&D <lab>", "zh": "研发", "aliases": {"ru": ["НИОКР, \"R&D\""]},
     "reviewed": True},
]
MULTI = ["tbx", "tbx3", "tmx", "json"]


@pytest.mark.parametrize("fmt", MULTI)
def test_multilingual_round_trip(fmt: str) -> None:
    back = import_entries(export_entries(ENTRIES, fmt), fmt, InterchangeOptions(reviewed=True))
    norm = lambda es: [(e["en"], e["zh"], {k: sorted(v) for k, v in e["aliases"].items() if v}) for e in es]  # noqa
    assert norm(back) == norm(ENTRIES)
    assert [e["kind"] for e in back] == ["person", "place", "term"]


@pytest.mark.parametrize("fmt,header", [("google-sets", "en,zh-CN,ru,vi"), ("amazon", "ru,en,zh,vi")])
def test_set_layouts_round_trip_first_forms(fmt: str, header: str) -> None:
    text = export_entries(ENTRIES, fmt)
    assert text.splitlines()[0] == header  # Amazon: the source language (--source-lang, ru) first
    back = import_entries(text, fmt)
    assert [(e["en"], e["zh"], e["aliases"].get("ru")) for e in back] == [
        ("Wang Zilian", "王子联", ["Ван Цзылянь"]), ("Dinghu District", "鼎湖区", ["район Динху"]),
        ("R&D <lab>", "研发", ["НИОКР, \"R&D\""])]


@pytest.mark.parametrize("fmt", ["deepl", "deepl-tsv", "google"])
def test_pair_layouts_round_trip(fmt: str) -> None:
    opts = InterchangeOptions(source_lang="ru", target_lang="en")
    text = export_entries(ENTRIES, fmt, opts)
    assert len(text.splitlines()) == 4  # every Russian spelling gets a row
    back = import_entries(text, fmt, opts)
    assert {e["en"]: sorted(e["aliases"]["ru"]) for e in back} == {
        "Wang Zilian": ["Ван Цзы-лянь", "Ван Цзылянь"], "Dinghu District": ["район Динху"],
        "R&D <lab>": ["НИОКР, \"R&D\""]}


def test_every_format_is_tested() -> None:
    assert set(FORMATS) == set(MULTI) | {"google-sets", "amazon", "deepl", "deepl-tsv", "google"}


def test_xml_entities_refused() -> None:
    bad = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><martif><text><body/></text></martif>'
    with pytest.raises(ValueError):
        import_entries(bad, "tbx")


_TEXT = st.one_of(
    st.text(alphabet=list("abcXYZ 019:#-'\"[]{},&*!?|>%@`ЁёЖжẠạĐđ王子联~"), min_size=1, max_size=12),
    st.sampled_from(["yes", "no", "null", "344", "1.5", "0x1F", "true", "~", "- a", ": b", "@x", "2024-01-24"]),
).map(str.strip).filter(bool)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(en=_TEXT, zh=_TEXT, ru=st.lists(_TEXT, min_size=1, max_size=3, unique=True), notes=_TEXT)
def test_add_then_load_keeps_values_exactly(tmp_path: Path, en: str, zh: str, ru: list[str], notes: str) -> None:
    p = tmp_path / "prop.yaml"
    p.write_text(SAMPLE, encoding="utf-8")
    add_entry(p, {"id": "prop-entry", "kind": "term", "en": en, "zh": zh, "aliases": {"ru": ru}, "reviewed": False,
                  "notes": notes})
    e = load_glossaries([p]).by_id["prop-entry"]
    assert (e.en, e.zh, e.aliases["ru"], e.notes, e.reviewed) == (en, zh, ru, notes, False)
    assert p.read_text(encoding="utf-8").startswith(SAMPLE)


@pytest.mark.parametrize("start", ["", "# only a comment\n", "entries: []\n", "entries:\n"])
def test_add_to_empty_files(tmp_path: Path, start: str) -> None:
    p = tmp_path / "new.yaml"
    p.write_text(start, encoding="utf-8")
    add_entry(p, build_entry("长春", "place"))
    text = p.read_text(encoding="utf-8")
    assert text.startswith(start.split("entries")[0])
    assert "  - id: changchun\n" in text
    assert load_glossaries([p]).by_id["changchun"].aliases["ru"] == ["Чанчунь"]
