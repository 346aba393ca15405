"""perf76: the named-rules layer selects a language's rules once per rule list and language (outputs unchanged)."""
from __future__ import annotations

import re

from mtpipe.clean.rules import Rule, _selection, load_rules, whole_line_any


def _fresh(all_rules: list[Rule], lang: str) -> tuple[list[Rule], list[Rule], re.Pattern[str] | None]:
    """What ``RuleLines.mark`` worked out per document before perf76."""
    rules = [rule for rule in all_rules if rule.applies(lang)]
    return rules, [rule for rule in rules if rule.search], whole_line_any(
        tuple(rule.pattern for rule in rules if not rule.search))


def test_selection_is_the_fresh_one_for_each_language() -> None:
    bundled = load_rules()
    for lang in ("ru", "vi", "en", "zh", "uk", "und", "fr"):
        for _ in range(2):  # worked out, then remembered
            rules, search_only, any_whole = _selection(bundled, lang)
            want = _fresh(bundled, lang)
            assert [r.name for r in rules] == [r.name for r in want[0]]
            assert [r.name for r in search_only] == [r.name for r in want[1]]
            assert (any_whole.pattern if any_whole else None) == (want[2].pattern if want[2] else None)


def test_a_list_changed_in_place_or_a_new_list_is_selected_afresh() -> None:
    a = Rule("a", re.compile("a+"), ("ru",))
    b = Rule("b", re.compile("b+"), ("*",), search=True)
    c = Rule("c", re.compile("c+"), ["vi"])  # a caller's own rule: languages as a list
    rules = [a]
    assert [r.name for r in _selection(rules, "ru")[0]] == ["a"]
    rules.append(b)  # the same list, one rule more
    assert [r.name for r in _selection(rules, "ru")[0]] == ["a", "b"]
    assert [r.name for r in _selection(rules, "ru")[1]] == ["b"]
    rules[0] = c  # the same length, another rule
    assert [r.name for r in _selection(rules, "ru")[0]] == ["b"]
    assert [r.name for r in _selection(rules, "vi")[0]] == ["c", "b"]
    assert _selection([c], "vi")[2].fullmatch("ccc") and not _selection([c], "vi")[2].fullmatch("aaa")
    assert _selection([], "ru") == ([], [], None)
