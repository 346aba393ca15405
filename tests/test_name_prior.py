"""The log-linear name prior (mtpipe.translit.name_prior) and its data (tools/build_name_prior.py)."""

from __future__ import annotations

import importlib.util
import math
from pathlib import Path

import pytest

from mtpipe.translit import hanzi as H
from mtpipe.translit import name_prior as P

REPO = Path(__file__).resolve().parents[1]


def _tool():
    spec = importlib.util.spec_from_file_location("build_name_prior", REPO / "tools" / "build_name_prior.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_shipped_counts_are_what_the_tool_counts_without_benchmark_names():
    tool = _tool()
    skip = tool.benchmark_names()
    surnames = tool._surnames()
    names = {n for n, _ in tool.gazetteer_rows() if n not in skip and tool.is_name(n, surnames)}
    expected = tool.official_counts(names)
    shipped = P._official_counts()
    for col in tool.GIVEN:
        assert shipped.cols[col] == {c: n for c, n in expected[col].items() if n}, col
    # no benchmark name's given name is counted whole: a held-out official's characters would be a lookup
    held_out = {n for n in skip if len(n) == 3 and n not in names}
    assert held_out, "the benchmark lists are read"
    # every group has one weight per feature and the cost of a rarer reading, which is a cost
    for group, cols in P.FEATURES.items():
        ws = shipped.weights[group]
        assert len(ws) == len(cols) + 1
        assert ws[-1] < math.log(0.05), "a rarer reading costs more than the old fixed cost"
        assert sum(ws[:-1]) > 0.5, "the sources' evidence counts"


@pytest.mark.parametrize("role", ["surname", "given1", "given2", "single"])
def test_prior_is_a_distribution_over_characters(role):
    chars = {c for d in H._pinyin_index().values() for c in d}
    total = sum(P.prior(c, role) for c in chars)
    assert abs(total - 1.0) < 1e-6


def test_a_character_must_be_plausible_to_every_source():
    # a product of the sources, not a mixture: a frequent word that no name uses gets almost nothing
    assert P.prior("的", "given1") < 2e-3 * P.prior("明", "given1")  # (the earlier mixture: 7e-3)
    assert P.prior("们", "given2") < 2e-4 * P.prior("华", "given2")  # (1.2e-3)
    # men's given-name characters weigh more than women's homophones (officials are mostly men)
    assert P.prior("平", "given2") > P.prior("萍", "given2")
    assert P.prior("军", "given2") > P.prior("君", "given2")
    # position: 国 starts given names, 华 ends them
    assert P.prior("国", "given1") > P.prior("国", "given2")
    assert P.prior("华", "given2") > 2 * P.prior("华", "given1")


def test_characters_no_source_counts_are_ordered_by_general_frequency():
    # the surname Lao: no surname table holds 老, 佬 or 栳; general frequency breaks the tie
    lao = [c.text for c in H.hanzi_candidates(vi="Lão Xá", known=())]
    assert lao[0] == "老舍"
    assert P.prior("老", "surname") > P.prior("栳", "surname")


def test_a_character_outside_the_pinyin_table_has_a_prior():
    # Vietnamese syllables can give characters pypinyin lacks; they still get a (small) probability
    chars = {c for d in H._pinyin_index().values() for c in d}
    outside = next(chr(c) for c in range(0x4E00, 0x9FFF) if chr(c) not in chars)
    p = P.prior(outside, "given1")
    assert 0 < p < P.prior("明", "given1")


def test_fit_learns_a_rarer_reading_cost_and_a_useful_feature():
    np = pytest.importorskip("numpy")
    pytest.importorskip("scipy")
    tool = _tool()
    rng = np.random.default_rng(7)
    data = []
    for _ in range(300):
        # eight characters read as one syllable; the first column is informative, the second noise,
        # the last marks a rarer reading; the right one is drawn from weights (1.5, 0, -3)
        x = np.column_stack([rng.normal(size=8), rng.normal(size=8), (rng.random(8) < 0.3).astype(float)])
        z = x @ np.array([1.5, 0.0, -3.0])
        p = np.exp(z - z.max())
        data.append((x, int(rng.choice(8, p=p / p.sum()))))
    w = tool.fit(data)
    assert 1.0 < w[0] < 2.2 and abs(w[1]) < 0.5 and -4.5 < w[2] < -1.5


def test_official_given_names_rank_from_the_russian_form():
    # the officials' counts and the fitted weights: a sample of the NPC/CC names, read from the
    # Russian form mtpipe writes for them, with the gazetteer switched off (these names are in the
    # officials' counts, so this checks the machinery, not the benchmark's held-out figure)
    from mtpipe.translit.palladius import from_hanzi

    tool = _tool()
    rows = tool.dev_rows(tool.gazetteer_rows(), tool.benchmark_names())[::23]
    top5 = sum(zh in [c.text for c in H.hanzi_candidates(ru=from_hanzi(zh, kind="person"), known=())]
               for zh, _, _ in rows)
    assert len(rows) >= 90 and top5 >= 0.75 * len(rows)
