"""An `en` form in another script is named when the glossary loads (field trial b: translate-toolkit's
csv2tbx labels the source column `en`, so `glossary import` made entries whose English form was
`Го Цзякунь`, and `glossary validate` said nothing)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtpipe.glossary import load_glossaries

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("en,script", [("Го Цзякунь", "Cyrillic"), ("郭嘉昆", "Chinese"), ("Guo Цзякунь", "Cyrillic")])
def test_en_form_in_another_script_is_a_warning(tmp_path, en, script):
    p = tmp_path / "g.yaml"
    p.write_text(f"entries:\n  - id: guo\n    kind: person\n    en: {en}\n    zh: 郭嘉昆\n", encoding="utf-8")
    g = load_glossaries([p])
    assert len(g.entries) == 1
    hits = [w for w in g.warnings if "guo" in w and script in w]
    assert len(hits) == 1 and "g.yaml:2" in hits[0], g.warnings


def test_latin_en_forms_are_not_warned_about(tmp_path):
    p = tmp_path / "g.yaml"
    p.write_text("entries:\n  - id: a\n    kind: person\n    en: Nguyễn Phú Trọng\n    zh: 阮富仲\n"
                 "  - id: b\n    kind: term\n    en: \"344\"\n    zh: \"344\"\n    dnt: true\n", encoding="utf-8")
    assert load_glossaries([p]).warnings == []
    starter = load_glossaries(sorted((REPO / "glossaries").glob("*.yaml")))
    assert not [w for w in starter.warnings if "written in" in w]
