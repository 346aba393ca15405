"""Glossary loading: the YAML format, validation problems as file:line: reason, content hash."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mtpipe.glossary import Entry, Glossary, GlossaryError, load_glossaries

GOOD = """\
# a comment
entries:
  - id: wang-zilian            # unique
    kind: person
    en: Wang Zilian
    zh: 王子联
    aliases:
      ru: [Ван Цзылянь]
      vi: [Vương Tử Liên]
    reviewed: true
    notes: Mayor of Changchun
  - id: slogan-344
    kind: term
    en: "344"
    zh: "344"
    dnt: true
    case_sensitive: true
    aliases: {}
"""

# (name, file text, expected line, fragment of the reason)
BAD = [
    ("duplicate id", GOOD + "  - id: wang-zilian\n    kind: person\n    en: X\n    zh: 某\n", 19, "duplicate id 'wang-zilian'"),
    ("alias conflict", GOOD + "  - id: other\n    kind: person\n    en: Other\n    zh: 他\n    aliases:\n"
     "      ru: [ван цзылянь]\n", 19, "already points at 'wang-zilian'"),
    ("no target", "entries:\n  - id: a\n    kind: place\n    aliases: {ru: [А]}\n", 2, "no target"),
    ("excluded language", "entries:\n  - id: a\n    en: A\n    excluded: {xx: [B]}\n", 2, "excluded language 'xx'"),
    ("unknown kind", "entries:\n  - id: a\n    kind: animal\n    en: A\n    zh: 甲\n", 2, "kind 'animal'"),
    ("bad id", "entries:\n  - id: Bad_Id\n    en: A\n    zh: 甲\n", 2, "lower-case"),
    ("unknown key", "entries:\n  - id: a\n    en: A\n    zh: 甲\n    colour: red\n", 2, "unknown keys: colour"),
    ("alias language", "entries:\n  - id: a\n    en: A\n    zh: 甲\n    aliases:\n      fr: [Ah]\n", 2, "'fr'"),
    ("not a bool", "entries:\n  - id: a\n    en: A\n    zh: 甲\n    dnt: 'no'\n", 2, "dnt must be true or false"),
    ("aliases not mapping", "entries:\n  - id: a\n    en: A\n    zh: 甲\n    aliases: [x]\n", 2, "aliases must be"),
    ("malformed", "entries:\n  - id: a\n    en: [unclosed\n", 4, "malformed YAML"),
    ("duplicate key", "entries:\n  - id: a\n    en: A\n    en: B\n    zh: 甲\n", 4, "malformed YAML"),
    ("not a mapping", "- just\n- a list\n", 1, "expected a mapping"),
]


def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_load_good(tmp_path):
    g = load_glossaries([write(tmp_path, "a.yaml", GOOD)])
    assert isinstance(g, Glossary)
    assert [e.id for e in g.entries] == ["wang-zilian", "slogan-344"]
    e = g.by_id["wang-zilian"]
    assert isinstance(e, Entry)
    assert (e.kind, e.en, e.zh, e.reviewed, e.notes) == ("person", "Wang Zilian", "王子联", True, "Mayor of Changchun")
    assert e.aliases == {"ru": ["Ван Цзылянь"], "vi": ["Vương Tử Liên"]}
    assert e.line == 3 and e.file.endswith("a.yaml")
    assert e.case_sensitive is None
    s = g.by_id["slogan-344"]
    assert s.dnt and s.case_sensitive is True and s.aliases == {}
    assert g.files == [str(tmp_path / "a.yaml")]


@pytest.mark.parametrize("name,text,line,reason", BAD, ids=[b[0] for b in BAD])
def test_problems_name_file_and_line(tmp_path, name, text, line, reason):
    p = write(tmp_path, "g.yaml", text)
    with pytest.raises(GlossaryError) as ei:
        load_glossaries([p])
    problems = ei.value.problems
    assert any(pr.startswith(f"{p}:{line}: ") and reason in pr for pr in problems), problems
    assert str(ei.value) == "\n".join(problems)
    assert all(re.match(r".+:\d+: .+", pr) for pr in problems)


def test_problems_across_files(tmp_path):
    a = write(tmp_path, "a.yaml", GOOD)
    b = write(tmp_path, "b.yml", "entries:\n  - id: slogan-344\n    en: '344'\n    zh: '344'\n")
    with pytest.raises(GlossaryError) as ei:
        load_glossaries([tmp_path])
    assert ei.value.problems == [f"{b}:2: duplicate id 'slogan-344' (first at {a}:12)"]


def test_missing_file(tmp_path):
    with pytest.raises(GlossaryError, match="not found"):
        load_glossaries([tmp_path / "nope.yaml"])


def test_folder_sorted_and_recursive(tmp_path):
    write(tmp_path, "b.yaml", "entries:\n  - id: b\n    en: B\n    zh: 乙\n")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "a.yml", "entries:\n  - id: a\n    en: A\n    zh: 甲\n")
    write(tmp_path, "readme.txt", "not yaml")
    g = load_glossaries([tmp_path])
    assert sorted(e.id for e in g.entries) == ["a", "b"]
    assert len(g.files) == 2 and g.files == sorted(g.files)


def test_empty_file(tmp_path):
    assert len(load_glossaries([write(tmp_path, "e.yaml", "# nothing yet\n")])) == 0


def test_same_alias_same_target_is_allowed(tmp_path):
    text = ("entries:\n  - id: a\n    en: A\n    zh: 甲\n    aliases: {en: [Ay]}\n"
            "  - id: a2\n    en: A\n    zh: 甲\n    aliases: {en: [Ay]}\n")
    assert len(load_glossaries([write(tmp_path, "g.yaml", text)])) == 2


def test_hash_ignores_comments_and_order_but_not_content(tmp_path):
    h1 = load_glossaries([write(tmp_path, "a.yaml", GOOD)]).hash
    entries = GOOD.split("  - id: ")
    swapped = entries[0] + "  - id: " + entries[2] + "  - id: " + entries[1]
    h2 = load_glossaries([write(tmp_path, "b.yaml", "# other comment\n" + swapped)]).hash
    h3 = load_glossaries([write(tmp_path, "c.yaml", GOOD.replace("Wang Zilian", "Wang Zi-lian"))]).hash
    assert re.fullmatch(r"[0-9a-f]{64}", h1)
    assert h1 == h2
    assert h1 != h3


def test_safe_loader_runs_no_python_tags(tmp_path):
    flag = tmp_path / "pwned"
    p = write(tmp_path, "evil.yaml", f"entries: !!python/object/apply:os.system ['touch {flag}']\n")
    with pytest.raises(GlossaryError, match=f"{p}:1: an entry must be a mapping"):
        load_glossaries([p])
    assert not flag.exists()


# (file text, expected warning fragment or None): one target is a partial entry, loaded with a warning
PARTIAL = [
    ("entries:\n  - id: a\n    kind: place\n    en: A\n", "no zh target"),
    ("entries:\n  - id: a\n    kind: place\n    zh: 甲\n", "no en target"),
    ("entries:\n  - id: a\n    kind: term\n    dnt: true\n    aliases: {ru: [ООН]}\n", None),
    ("entries:\n  - id: a\n    en: A\n    zh: 甲乙\n    aliases: {zh-Hant: [乙丙]}\n    excluded: {en: [Former]}\n", None),
]


@pytest.mark.parametrize("text,warning", PARTIAL)
def test_partial_entries_load_with_a_warning(tmp_path, text, warning):
    g = load_glossaries([write(tmp_path, "p.yaml", text)])
    assert len(g.entries) == 1
    if warning:
        assert len(g.warnings) == 1 and "p.yaml:2: a: partial entry" in g.warnings[0] and warning in g.warnings[0]
    else:
        assert g.warnings == []


def test_traditional_aliases_match_as_chinese_and_excluded_forms_never_match(tmp_path):
    from mtpipe.glossary import Matcher

    g = load_glossaries([write(tmp_path, "p.yaml", PARTIAL[3][0])])
    e = g.entries[0]
    assert e.forms("zh") == ["甲乙", "乙丙"] and e.excluded == {"en": ["Former"]}
    m = Matcher(g)
    # (two-character forms: a one-character form never matches without case_sensitive, issue 13)
    assert [x.text for x in m.find("乙丙和Former", "zh")] == ["乙丙"]
