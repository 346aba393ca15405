"""The ``weighed`` removal policy (issue 12, gate31): a rule is held where its expected precision in the page's
language is under the cost's break-even, COST / (COST + 1); a run of held lines between two removed lines is removed
after all; every other held line keeps its ``kept`` ledger entry."""

import pytest

from mtpipe.clean import CleanOptions
from mtpipe.clean.policy import COST, THRESHOLDS, Gate, HeldRemovals, expected_precision, release_supported
from mtpipe.options import CLEAN_POLICIES

from test_clean_policy import MENU, RULES, TEXT, _clean, _sources


def _rule(langs: dict) -> dict:
    content = sum(c[0] for c in langs.values())
    clutter = sum(c[1] for c in langs.values())
    return {"content": content, "clutter": clutter, "lower": 0.0, "score": 0.0, "langs": langs}


#: test.menu takes content on English pages and only clutter on Vietnamese ones; test.edge is precise everywhere
TABLE = {"test.menu": _rule({"en": [8, 2], "vi": [0, 60]}), "test.edge": _rule({"en": [0, 300], "vi": [0, 300]})}


def test_the_threshold_is_the_costs_break_even():
    assert THRESHOLDS["weighed"] == pytest.approx(COST / (COST + 1))
    assert "weighed" in CLEAN_POLICIES and CleanOptions().policy_threshold is None


def test_expected_precision_is_per_language_shrunk_towards_the_rule():
    en, vi, ru = (expected_precision(TABLE, lang) for lang in ("en", "vi", "ru"))
    assert en["test.menu"] < THRESHOLDS["weighed"] < vi["test.menu"]
    assert en["test.menu"] < ru["test.menu"] < vi["test.menu"]  # a language never seen: the rule's own precision
    assert min(en["test.edge"], vi["test.edge"]) > 0.99
    alone = expected_precision({"test.menu": TABLE["test.menu"]}, "ru")["test.menu"]
    assert alone < ru["test.menu"]  # its family's precise rule (test.edge) pulls it up


def test_weighed_holds_a_rule_only_on_a_page_of_the_language_it_fails_in(tmp_path):
    doc = _clean(tmp_path, TEXT, "weighed", TABLE)  # an English page
    assert MENU in _sources(doc)
    kept = [e for e in doc.ledger if e.action == "kept"]
    assert [e.rule for e in kept] == ["policy.weighed"] and MENU in kept[0].text and "test.menu" in kept[0].note
    held = Gate(TABLE, THRESHOLDS["weighed"], "weighed", "vi")
    assert held.holds("test.menu", MENU) is None
    assert Gate(TABLE, THRESHOLDS["weighed"], "weighed", "en").holds("test.menu", MENU)["content"] == 8


EDGE = "Valley Gazette front page"
EDGE_RULES = RULES + """
[[rule]]
name = "test.edge"
pattern = 'Valley Gazette.*'
"""


#: the held line of the second signal's tests: no sentence (a paragraph is never released: test_cp59_release_*)
ITEM = "Our readers in the valley and their letters"
ITEM_RULES = EDGE_RULES.replace(MENU.replace(".", "[.]"), ITEM)


def test_a_held_line_between_removed_lines_is_removed_after_all(tmp_path):
    body = "The council met on Monday to discuss the new budget for the schools of the district."
    between = f"{EDGE} one\n\n{ITEM}\n\n{EDGE} two\n\n{body}\n"
    doc = _clean(tmp_path, between, "weighed", TABLE, rules_text=ITEM_RULES)
    assert ITEM not in _sources(doc) and not [e for e in doc.ledger if e.action == "kept"]
    [entry] = [e for e in doc.ledger if e.action == "removed" and ITEM in e.text]
    assert entry.rule == "test.menu" and "removed after all" in entry.note
    beside = f"{EDGE} one\n\n{ITEM}\n\n{body}\n"  # a live line after it: the held line stays
    doc = _clean(tmp_path, beside, "weighed", TABLE, rules_text=ITEM_RULES)
    assert ITEM in _sources(doc) and [e.rule for e in doc.ledger if e.action == "kept"] == ["policy.weighed"]
    doc = _clean(tmp_path, between, "conservative", {r: m | {"score": 0.1} for r, m in TABLE.items()},
                 rules_text=ITEM_RULES)
    assert ITEM in _sources(doc)  # conservative has no second signal
    doc = _clean(tmp_path, between.replace(ITEM, MENU), "weighed", TABLE, rules_text=EDGE_RULES)
    assert MENU in _sources(doc)  # a sentence between the removed lines stays (cp59)


def test_a_run_of_held_lines_is_released_only_whole():
    gate = Gate(TABLE, THRESHOLDS["weighed"], "weighed", "en")
    removed = HeldRemovals(gate, ["a", "b", "c", "d", "e", "f"])
    removed[0] = ("test.edge", None)
    for i in (1, 2, 4):
        removed[i] = ("test.menu", None)
    removed[3] = ("test.edge", None)
    release_supported(removed)
    assert {i for i in range(6) if i in removed} == {0, 1, 2, 3}  # 4 has a live line (5) after it
    assert removed[1][0] == "test.menu" and "removed after all" in removed[1][1]


def test_segment_command_takes_weighed(tmp_path):
    """``mtpipe segment --clean-policy weighed`` (the default) on a page with a tag cloud under its text: every ``kept``
    entry of the gate names a rule whose expected precision on the page's language is under the break-even, and
    ``--clean-policy balanced`` removes the line."""
    import json

    from click.testing import CliRunner

    from mtpipe.cli import main
    from mtpipe.clean.policy import load_table

    page = tmp_path / "page.txt"
    page.write_text("В районе открыли новую детскую площадку, её строили всё лето по заказу администрации.\n"
                    "На открытие пришли жители соседних домов, дети сразу опробовали качели и горки.\n"
                    "Китай США связь экономика санкции общество Китай Россия\n", encoding="utf-8")
    # (a cloud whose opening comes back as its tail, "… общество Китай США", is boilerplate.tag_repeat's: removed, ru43)
    r = CliRunner().invoke(main, ["segment", "--json", "--clean-policy", "weighed", str(page)], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    rec = json.loads(r.output.splitlines()[-1])
    r = CliRunner().invoke(main, ["segment", "--json", "--clean-policy", "balanced", str(page)], catch_exceptions=False)
    assert [e["rule"] for e in json.loads(r.output.splitlines()[-1])["ledger"] if e["action"] == "removed"]
    kept = [e for e in rec["ledger"] if e["rule"] == "policy.weighed"]
    assert kept and all(e["action"] == "kept" for e in kept)
    scores = expected_precision(load_table(), rec.get("lang") or rec["meta"]["lang"])
    for e in kept:
        assert scores[e["note"].split(" would remove it")[0]] < THRESHOLDS["weighed"]


@pytest.mark.parametrize("rule", ["dedupe.exact", "dedupe.near", "dedupe.covered", "dedupe.contained"])
def test_a_copy_of_a_paragraph_is_the_runs_own_evidence(rule):
    """A copy rule's removal of a paragraph of real length is never held, whatever the rule's measured precision (its
    text stays on the page; holding it doubles it in the output); the same rule on a short line (a repeated label or
    title, where the copy kept may be the wrong one) is held like any other rule."""
    table = {rule: _rule({"ru": [30, 10]})}
    gate = Gate(table, THRESHOLDS["weighed"], "weighed", "ru")
    paragraph = "Сегодня утром в городе открылась международная выставка, в ней участвуют сорок стран."
    assert gate.holds(rule, paragraph) is None
    assert gate.holds(rule, "Новости района") is not None
    assert gate.holds("boilerplate.menu_like", paragraph) is None  # a rule the table does not list is never held
    assert Gate({"test.rule": _rule({"ru": [30, 10]})}, THRESHOLDS["weighed"], "weighed", "ru").holds(
        "test.rule", paragraph) is not None


def test_the_seed_lead_covered_by_its_paragraphs_goes_under_the_default():
    """Seed 004 prints its lead once as one paragraph and again as the paragraphs after it: the default policy removes
    the lead copy (``dedupe.covered``), as ``balanced`` does, and holds nothing on the seed."""
    from pathlib import Path

    from mtpipe.clean import Cleaner
    from mtpipe.document import Document

    p = sorted((Path(__file__).parent / "data" / "seeds").glob("004_*.txt"))[0]
    doc = Cleaner(CleanOptions())(Document.from_text(p.read_text(encoding="utf-8"), doc_id=p.name, path=p.name))
    assert [e for e in doc.ledger if e.rule == "dedupe.covered" and e.action == "removed" and len(e.text) > 200]
    assert not [e for e in doc.ledger if e.rule.startswith("policy.")]
