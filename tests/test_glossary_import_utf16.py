"""``glossary import`` of term lists saved as UTF-16 (field trial 4, docs/field-trial-4.md):
Excel's "Unicode Text" export is a UTF-16 tab-separated file with a byte-order mark, and some
terminology tools write TBX in UTF-16; both were refused with "not UTF-8 text (byte 0)"."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from mtpipe.cli import main

GLOSSARY = "entries:\n- id: xi-jinping\n  kind: person\n  en: Xi Jinping\n  zh: 习近平\n"
TSV = "en\tzh-CN\tru\tvi\nWang Wenbin\t汪文斌\tВан Вэньбинь\tUông Văn Bân\nMao Ning\t毛宁\tМао Нин\tMao Ninh\n"


@pytest.fixture()
def gdir(tmp_path: Path) -> Path:
    g = tmp_path / "g"
    g.mkdir()
    (g / "g.yaml").write_text(GLOSSARY, encoding="utf-8")
    return g


def _import(gdir: Path, f: Path):
    return CliRunner().invoke(main, ["glossary", "--glossary", str(gdir), "import", "--dry-run", str(f)],
                              catch_exceptions=False)


@pytest.mark.parametrize("enc", ["utf-16", "utf-16-le-bom", "utf-16-be-bom", "utf-32", "utf-8-sig"])
def test_a_unicode_text_export_is_imported(tmp_path, gdir, enc):
    data = {"utf-16-le-bom": b"\xff\xfe" + TSV.replace("\n", "\r\n").encode("utf-16-le"),
            "utf-16-be-bom": b"\xfe\xff" + TSV.encode("utf-16-be")}.get(enc) or TSV.encode(enc)
    f = tmp_path / "terms.txt"
    f.write_bytes(data)
    r = _import(gdir, f)
    assert r.exit_code == 0, r.output
    assert "would import 2 new entries" in r.output, r.output


def test_a_utf16_tbx_is_imported(tmp_path, gdir):
    r = CliRunner().invoke(main, ["glossary", "--glossary", str(gdir), "export", "--format", "tbx", "-o",
                                  str(tmp_path / "g.tbx")], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    text = (tmp_path / "g.tbx").read_text(encoding="utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"')
    assert 'encoding="UTF-16"' in text
    (tmp_path / "g16.tbx").write_bytes(text.encode("utf-16"))
    r = _import(gdir, tmp_path / "g16.tbx")
    assert r.exit_code == 0, r.output
    assert "1 unchanged" in r.output, r.output


def test_a_legacy_code_page_is_still_refused_in_one_line(tmp_path, gdir):
    f = tmp_path / "terms.csv"
    f.write_bytes("en,ru\nWang Wenbin,Ван Вэньбинь\n".encode("cp1251"))
    r = CliRunner().invoke(main, ["glossary", "--glossary", str(gdir), "import", "--dry-run", str(f)])
    assert r.exit_code != 0 and "not UTF-8" in r.output
