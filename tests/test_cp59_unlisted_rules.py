"""A rule the precision table does not list (cp59): it removed no labelled line of the counted parts (a rule written for
a part never counted, as ``boilerplate.tag_run`` for ``h33ru02``), so the gate scores it as a rule with no line of its
own: by its family's row (the family's listed rules pooled, the run-evidence ones left out), under each policy's own
estimator (``weighed``: the family's precision shrunk towards all rules', so a family of a few lines, ``meta``, is not
held for want of lines); a rule of a family the table does not list (a user's own ``--rules`` names) is not held."""

import pytest

from mtpipe.clean.policy import COST, FAMILY_PRIOR, THRESHOLD, THRESHOLDS, Gate, expected_precision, family_rows, \
    load_table, wilson_lower

from test_clean_policy import MENU, TEXT, _clean, _sources


def _rule(langs: dict) -> dict:
    content = sum(c[0] for c in langs.values())
    clutter = sum(c[1] for c in langs.values())
    lower = round(wilson_lower(clutter, content + clutter), 4)
    return {"content": content, "clutter": clutter, "lower": lower, "score": lower, "langs": langs}


#: family ``loose`` takes content (its precision under both thresholds), family ``tight`` never does
TABLE = {"loose.a": _rule({"en": [6, 10]}), "loose.b": _rule({"en": [2, 2]}),
         "tight.a": _rule({"en": [0, 300], "vi": [0, 200]}), "tight.b": _rule({"ru": [0, 100]}),
         "frontmatter.yaml": _rule({"en": [40, 1]})}  # run evidence: left out of every family row


def test_family_rows_pool_the_listed_rules_but_the_evidence_ones():
    assert family_rows(TABLE) == {"loose": [8, 12], "tight": [0, 600]}


@pytest.mark.parametrize("policy", ["weighed", "conservative"])
@pytest.mark.parametrize("rule, held", [("loose.new", True), ("tight.new", False), ("user.footer", False),
                                        ("frontmatter.new", False), ("markdown.new", False)])
def test_an_unlisted_rule_is_held_as_its_family(policy, rule, held):
    gate = Gate(TABLE, THRESHOLDS[policy], policy, "en")
    m = gate.holds(rule, MENU)
    assert (m is not None) is held
    if held:
        assert m["family"] == "loose" and (m["content"], m["clutter"]) == (8, 12)


def test_the_family_score_is_each_policys_own_estimator():
    weighed = Gate(TABLE, THRESHOLDS["weighed"], "weighed", "vi").figures("tight.new")
    root = (612 + 1) / (8 + 612 + 2)  # all rules pooled (the evidence rule left out), one line of each label added
    assert weighed["score"] == round((600 + FAMILY_PRIOR * root) / (600 + FAMILY_PRIOR), 4)  # the family's, shrunk
    # a listed rule with no line in the page's language and few of its own sits near the same value
    assert abs(expected_precision(TABLE, "vi")["tight.b"] - weighed["score"]) < 0.01
    conservative = Gate(TABLE, THRESHOLD, "conservative", "vi").figures("loose.new")
    assert conservative["score"] == conservative["lower"] == round(wilson_lower(12, 20), 4)
    # a small precise family (9 of 9, beside a large one) passes weighed's break-even, shrunk towards all rules (with
    # one line of each label as the family's own prior, 10 / 11, it stood at the break-even), not conservative's bound
    small = {"few.a": _rule({"ru": [0, 9]}), "many.a": _rule({"ru": [2, 400]})}
    assert Gate(small, THRESHOLDS["weighed"], "weighed", "ru").figures("few.new")["score"] > 0.97
    assert Gate(small, THRESHOLDS["weighed"], "weighed", "ru").holds("few.new", MENU) is None
    assert Gate(small, THRESHOLD, "conservative", "ru").holds("few.new", MENU) is not None


def test_a_small_precise_family_is_not_held_under_weighed():
    """The bundled table's ``meta`` family (5 lines, no content): its listed rules and the unlisted ones (the default
    rules' ``meta.time_source``, ``meta.date_source_counters``, ...) remove under the default policy, as the seeds'
    source and date lines need (test_clean.py's no-chrome test)."""
    table = load_table()
    for lang in ("ru", "vi", "en", "zh"):
        gate = Gate(table, THRESHOLDS["weighed"], "weighed", lang)
        for rule in ("meta.time_source", "meta.date_source_counters", "meta.weekday_date", "meta.date_line"):
            assert gate.holds(rule, "Время:2024-01-24Источник: CCFAO") is None, (lang, rule)


def test_a_listed_rule_keeps_its_own_row():
    gate = Gate(TABLE, THRESHOLDS["weighed"], "weighed", "en")
    assert "family" not in gate.figures("loose.a") and gate.figures("loose.a")["content"] == 6


RULES_OF_A_LOOSE_FAMILY = f"""
[[rule]]
name = "loose.menu"
pattern = '{MENU.replace(".", "[.]")}'
"""


def test_the_held_line_stays_with_a_kept_entry_naming_the_family(tmp_path):
    doc = _clean(tmp_path, TEXT, "weighed", TABLE, rules_text=RULES_OF_A_LOOSE_FAMILY)
    assert MENU in _sources(doc)
    [kept] = [e for e in doc.ledger if e.action == "kept"]
    assert kept.rule == "policy.weighed" and kept.note.startswith("loose.menu would remove it")
    assert "not in the table, held as its family: loose.* rules' 12 clutter, 8 content" in kept.note
    doc = _clean(tmp_path, TEXT, "weighed", {r: m for r, m in TABLE.items() if not r.startswith("loose.")},
                 rules_text=RULES_OF_A_LOOSE_FAMILY)
    assert MENU not in _sources(doc)  # a family the table does not know: not held


def test_the_bundled_table_scores_a_rule_written_for_an_uncounted_part_by_its_family():
    """``boilerplate.tag_run`` (h33ru02, held33 is never counted) is not in the table: it is scored by the boilerplate
    family's row, above the break-even on the bundled table, so it still removes under the default policy."""
    table = load_table()
    assert "boilerplate.tag_run" not in table
    m = Gate(table, THRESHOLDS["weighed"], "weighed", "ru").figures("boilerplate.tag_run")
    assert m["family"] == "boilerplate" and m["content"] + m["clutter"] > 1000
    assert m["score"] >= COST / (COST + 1)
