"""``mtpipe glossary`` commands, driven with click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtpipe.cli import main
from mtpipe.glossary import load_glossaries

SEEDS = Path(__file__).resolve().parent / "data" / "seeds"

BASE = """\
# test glossary
entries:
  - id: changchun
    kind: place
    en: Changchun
    zh: 长春
    aliases:
      ru: [Чанчунь]
      vi: [Trường Xuân]
"""


def run(*args: str, input: str | None = None, ok: bool = True) -> str:
    r = CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)
    if ok:
        assert r.exit_code == 0, r.output
    return r.stdout


@pytest.fixture()
def gdir(tmp_path: Path) -> Path:
    d = tmp_path / "glossaries"
    d.mkdir()
    (d / "base.yaml").write_text(BASE, encoding="utf-8")
    return d


def test_every_command_has_help_with_example() -> None:
    group = main.commands["glossary"]
    names = {"list", "show", "add", "edit", "remove", "validate", "diff", "import", "export", "suggest", "translit"}
    assert names <= set(group.commands)  # type: ignore[attr-defined]
    for name in names:
        out = run("glossary", name, "--help")
        assert "Example:" in out, name


def test_add_dry_run_json_writes_nothing(gdir: Path) -> None:
    out = run("glossary", "--glossary", str(gdir), "add", "--zh", "王子联", "--kind", "person", "--dry-run", "--json")
    e = json.loads(out)
    assert e == {"id": "wang-zilian", "kind": "person", "en": "Wang Zilian", "zh": "王子联",
                 "aliases": {"ru": ["Ван Цзылянь"], "vi": ["Vương Tử Liên"]}, "reviewed": False}
    assert sorted(p.name for p in gdir.iterdir()) == ["base.yaml"]


def test_add_then_edit_reviewed_then_remove(gdir: Path) -> None:
    run("glossary", "--glossary", str(gdir), "add", "--zh", "鼎湖区", "--kind", "place")
    g = load_glossaries([gdir])
    e = g.by_id["dinghu-district"]
    assert (e.en, e.aliases["ru"], e.reviewed) == ("Dinghu District", ["район Динху"], False)
    assert Path(e.file).name == "added.yaml"
    run("glossary", "--glossary", str(gdir), "edit", "dinghu-district", "--reviewed", "--add-alias", "ru=Динху")
    e = load_glossaries([gdir]).by_id["dinghu-district"]
    assert e.reviewed and e.aliases["ru"] == ["район Динху", "Динху"]
    out = run("glossary", "--glossary", str(gdir), "list", "--unreviewed")
    assert "dinghu-district" not in out
    run("glossary", "--glossary", str(gdir), "remove", "dinghu-district")
    assert "dinghu-district" not in load_glossaries([gdir]).by_id


def test_add_refuses_a_duplicate(gdir: Path) -> None:
    r = CliRunner().invoke(main, ["glossary", "--glossary", str(gdir), "add", "--zh", "长春", "--kind", "place"])
    assert r.exit_code == 1 and "already in the glossary" in r.output and "Traceback" not in r.output


def test_edit_that_breaks_the_glossary_is_rolled_back(gdir: Path) -> None:
    (gdir / "more.yaml").write_text("entries:\n  - id: jilin\n    kind: place\n    en: Jilin\n    zh: 吉林\n",
                                    encoding="utf-8")
    before = (gdir / "more.yaml").read_text(encoding="utf-8")
    r = CliRunner().invoke(main, ["glossary", "--glossary", str(gdir), "edit", "jilin", "--add-alias", "ru=Чанчунь"])
    assert r.exit_code == 1 and "not saved" in r.output
    assert (gdir / "more.yaml").read_text(encoding="utf-8") == before


def test_show_lists_case_forms(gdir: Path) -> None:
    d = json.loads(run("glossary", "--glossary", str(gdir), "show", "changchun", "--json"))
    assert "Чанчуня" in d["ru_case_forms"] and d["line"] == 3


def test_validate_reports_file_line_and_exits_nonzero(gdir: Path) -> None:
    (gdir / "bad.yaml").write_text("entries:\n  - id: changchun\n    kind: place\n    en: X\n    zh: X\n"
                                   "  - id: Bad Id\n    kind: place\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["glossary", "--glossary", str(gdir), "validate"])
    assert r.exit_code == 1
    lines = r.output.strip().splitlines()
    # files load sorted by name, so base.yaml's entry is the duplicate of bad.yaml's
    assert any(ln.startswith(f"{gdir / 'base.yaml'}:3: duplicate id 'changchun'") for ln in lines), lines
    assert any(ln.startswith(f"{gdir / 'bad.yaml'}:6: ") for ln in lines), lines
    assert run("glossary", "validate", str(gdir / "base.yaml")).startswith("ok: 1 entries")


def test_diff(tmp_path: Path, gdir: Path) -> None:
    new = tmp_path / "new.yaml"
    new.write_text(BASE.replace("[Чанчунь]", "[Чанчунь, Чанчуня]") + "  - id: jilin\n    kind: place\n"
                   "    en: Jilin\n    zh: 吉林\n", encoding="utf-8")
    out = run("glossary", "diff", str(gdir / "base.yaml"), str(new))
    assert "+ jilin: Jilin / 吉林" in out and "~ changchun" in out and "aliases.ru" in out
    assert out.strip().endswith("1 added, 0 removed, 1 changed")
    rows = [json.loads(x) for x in run("glossary", "diff", str(new), str(gdir / "base.yaml"), "--json").splitlines()]
    assert {r["op"] for r in rows} == {"removed", "changed"}


@pytest.mark.parametrize("fmt,suffix", [("tbx", ".tbx"), ("tmx", ".tmx"), ("json", ".json"), ("amazon", ".csv"),
                                        ("deepl-tsv", ".tsv")])
def test_export_import_round_trip(tmp_path: Path, gdir: Path, fmt: str, suffix: str) -> None:
    out = tmp_path / f"g{suffix}"
    # a pair layout carries two languages; a glossary entry needs en and zh, so pair them here
    pair = ["--source-lang", "zh", "--target-lang", "en"] if fmt == "deepl-tsv" else []
    run("glossary", "--glossary", str(gdir), "export", "--format", fmt, "-o", str(out), *pair)
    target = tmp_path / "g2"
    target.mkdir()
    run("glossary", "--glossary", str(target), "import", str(out), "--format", fmt, "--kind", "place", *pair)
    e = load_glossaries([target]).entries[0]
    assert e.en == "Changchun" and e.zh == "长春"
    if fmt != "deepl-tsv":
        assert e.aliases["ru"] == ["Чанчунь"] and e.aliases["vi"] == ["Trường Xuân"]


def test_translit_stdin_one_per_line() -> None:
    out = run("glossary", "translit", "--from", "ru", "--to", "en", "-",
              input="Ван Цзылянь\nЧанчуня\nПекин\nрайон Динху\nуезд Гуаннин\nпровинция Цзилинь\n")
    assert out.splitlines() == ["Wang Zilian", "Changchun", "Beijing", "Dinghu District", "Guangning County",
                                "Jilin Province"]


def test_translit_json_candidates() -> None:
    d = json.loads(run("glossary", "translit", "--from", "vi", "--to", "en", "--json", "--kind", "place", "Châu"))
    texts = [c["text"] for c in d["candidates"]]
    assert "Zhou" in texts and "Zhu" in texts and d["confidence"] < 1
    assert run("glossary", "translit", "--from", "zh", "--to", "vi", "王子联").strip() == "Vương Tử Liên"


@pytest.mark.skipif(not SEEDS.exists(), reason="shared seeds not available")
def test_suggest_on_seeds_finds_every_person(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    review = tmp_path / "review.yaml"
    out = run("glossary", "--glossary", str(empty), "suggest", str(SEEDS), "--json", "-o", str(review))
    rows = [json.loads(x) for x in out.splitlines()]
    persons = {r["en"]: r for r in rows if r["kind"] == "person"}
    expected = ["Wang Zilian", "Xi Jinping", "Wang Junzheng", "Xu Xiaoxiong", "Jing Junhai", "Bayin Chaolu",
                "Miao Youyin", "Wang Kai", "Zhou Zhihong", "Wu Chaoan", "Duan Changlin", "Wang Weiwei",
                "Chi Zhixiong", "He Jing", "Liu Jingbo", "Xie Guikun", "Zhang Zhijun", "Wu Jingping", "Hu Jiafu",
                "Qian Wancheng", "Qi Yuanfang", "Wang Zhihou", "Xu Wei", "Zhao Ming", "Wang Lu", "Lü Feng"]
    missing = [n for n in expected if n not in persons]
    assert not missing
    assert set(persons["Jing Junhai"]["forms"]["en"]) == {"Jing Junhai", "Jingjunhai"}
    assert persons["Xi Jinping"]["forms"]["ru"] and persons["Xi Jinping"]["forms"]["en"]
    he = persons["He Guangzhong"]["forms"]
    assert set(he["vi"]) == {"Hà Quang Trung", "Quảng Trung"} and set(he["en"]) == {"He Guanzhong"}
    slogans = {r["en"] for r in rows if r["kind"] == "term"}
    assert {"344", "1310"} <= slogans
    # the review file is a valid glossary once zh is filled in, and imports as reviewed
    parts = review.read_text(encoding="utf-8").split('zh: ""')
    text = "".join(p + (f'zh: "{chr(0x4E00 + i)}"' if i < len(parts) - 1 else "") for i, p in enumerate(parts))
    review.write_text(text, encoding="utf-8")
    target = tmp_path / "g"
    target.mkdir()
    run("glossary", "--glossary", str(target), "import", "--reviewed", str(review))
    g = load_glossaries([target])
    assert g.by_id["wang-zilian"].reviewed and g.by_id["wang-zilian"].aliases["ru"] == ["Ван Цзылянь"]


@pytest.mark.skipif(not SEEDS.exists(), reason="shared seeds not available")
def test_suggest_skips_what_the_glossary_has(tmp_path: Path, gdir: Path) -> None:
    out = run("glossary", "--glossary", str(gdir), "suggest", str(SEEDS), "--json")
    assert "Changchun" not in {json.loads(x)["en"] for x in out.splitlines()}


def test_suggest_recurring_terms_and_slogans(tmp_path: Path) -> None:
    corpus = tmp_path / "docs"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "The Standing Committee met. Mayor Wang Kai spoke to the Standing Committee about the \"344\" plan.\n"
        "Later the Standing Committee agreed with the Provincial Party Committee. Wang Kai left.\n", encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    rows = [json.loads(x) for x in run("glossary", "--glossary", str(empty), "suggest", str(corpus), "--json")
            .splitlines()]
    by_en = {r["en"]: r for r in rows}
    assert by_en["Wang Kai"]["kind"] == "person" and by_en["Wang Kai"]["count"] == 2
    assert by_en["344"]["kind"] == "term"
    assert by_en["Standing Committee"]["kind"] == "term"
    assert "Mayor Wang" not in by_en and "Wang Kai" in by_en


def test_translit_to_zh_asks_the_glossary(gdir: Path) -> None:
    out = run("glossary", "--glossary", str(gdir), "translit", "--from", "ru", "--to", "zh", "Чанчуня", "Чжан Сань")
    assert out.splitlines() == ["长春", ""]
