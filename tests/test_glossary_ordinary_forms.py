"""``glossary import`` and ``glossary add`` say when a Russian form of a name is an ordinary word (field
trial 7, finding E): the warning ``glossary validate`` gives (fix 5), printed when the form comes in, and
the entry written all the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from mtpipe.cli import main
from mtpipe.glossary.lint import lint, ordinary_form_notes
from mtpipe.glossary.loader import load_glossaries

pytest.importorskip("pymorphy3")

_HAVE = """entries:
  - id: beijing
    kind: place
    en: Beijing
    zh: 北京
    aliases:
      ru: [Пекин]
"""

# the shape of dr5hn's city list after conversion: district names whose Russian is a translated word
_IMPORT = """entries:
  - id: southern
    kind: place
    en: Southern
    zh: 南区
    aliases:
      ru: [Южный]
  - id: hami
    kind: place
    en: Hami
    zh: 哈密
    aliases:
      ru: [Хами, Кумул]
  - id: tianjin
    kind: place
    en: Tianjin
    zh: 天津
    aliases:
      ru: [Тяньцзинь]
  - id: beijing
    kind: place
    en: Beijing
    zh: 北京
    aliases:
      ru: [Столица, Бэйпин]
  - id: belt
    kind: term
    en: belt
    zh: 带
    aliases:
      ru: [пояс]
"""


def _gdir(tmp_path: Path) -> Path:
    gdir = tmp_path / "gl"
    gdir.mkdir()
    (gdir / "have.yaml").write_text(_HAVE, encoding="utf-8")
    return gdir


def _warned(output: str) -> list[str]:
    return [ln for ln in output.splitlines() if ln.startswith("warning:") and "ordinary Russian word" in ln]


def test_import_warns_about_ordinary_words_and_imports_them(tmp_path: Path):
    gdir = _gdir(tmp_path)
    src = tmp_path / "cities.yaml"
    src.write_text(_IMPORT, encoding="utf-8")
    r = CliRunner().invoke(main, ["glossary", "--glossary", str(gdir), "import", str(src)])
    assert r.exit_code == 0, r.output
    lines = _warned(r.output)
    assert any("southern" in ln and "'Южный'" in ln for ln in lines), r.output
    assert any("hami" in ln and "'Хами'" in ln for ln in lines), r.output
    # an alias the import adds to an entry the glossary has is checked too, against that entry's file
    assert any("beijing" in ln and "'Столица'" in ln and "have.yaml" in ln for ln in lines), r.output
    assert not [ln for ln in lines if any(w in ln for w in ("Кумул", "Тяньцзинь", "Бэйпин", "Пекин", "пояс"))]
    # a warning only: everything was imported, and validate gives the same warnings
    g = load_glossaries([gdir])
    assert {"southern", "hami", "tianjin", "belt"} <= set(g.by_id) and "Столица" in g.by_id["beijing"].forms("ru")
    linted = [ln for ln in lint(g) if "ordinary Russian word" in ln]
    assert sorted(ln.split(": ", 1)[1] for ln in linted) == sorted(ln.split(": ", 2)[2] for ln in lines)


def test_import_dry_run_warns_too(tmp_path: Path):
    gdir = _gdir(tmp_path)
    src = tmp_path / "cities.yaml"
    src.write_text(_IMPORT, encoding="utf-8")
    r = CliRunner().invoke(main, ["glossary", "--glossary", str(gdir), "import", "--dry-run", str(src)])
    assert r.exit_code == 0, r.output
    assert any("'Южный'" in ln for ln in _warned(r.output)), r.output


@pytest.mark.parametrize(("zh", "kind", "ru", "warned"), [
    ("哈密", "place", "Хами", True),
    ("南区", "place", "Южный", True),
    ("喀什", "place", "Кашгар", False),
    ("王毅", "person", "Ван И", False),
])
def test_add_warns_and_writes(tmp_path: Path, zh: str, kind: str, ru: str, warned: bool):
    gdir = _gdir(tmp_path)
    r = CliRunner().invoke(main, ["glossary", "--glossary", str(gdir), "add", "--zh", zh, "--kind", kind,
                                  "--from-ru", ru])
    assert r.exit_code == 0, r.output
    assert bool([ln for ln in _warned(r.output) if repr(ru) in ln]) is warned, r.output
    g = load_glossaries([gdir])
    assert any(e.zh == zh and ru in e.forms("ru") for e in g.entries)


def test_one_check_for_all_commands():
    notes = ordinary_form_notes("north", "place", ["Север", "Пекин", "в"])
    assert len(notes) == 1 and notes[0].startswith("north: ru form 'Север' is an ordinary Russian word")
    assert ordinary_form_notes("belt", "term", ["пояс"]) == []
