"""Sex coherence of a two-character given name in the hanzi ranking (issue 17, round 16)."""

from __future__ import annotations

import pytest

from mtpipe.translit import hanzi, hanzi_sex


def _lean(sex: str, n: int = 5) -> list[str]:
    """The ``n`` commonest given-name characters of ngender's counts that lean strongly to one sex."""
    nc = hanzi._name_counts()
    male, female = nc.cols["male"], nc.cols["female"]
    ratio = 4.0
    if sex == "female":
        chars = [c for c in female if female[c] > ratio * male.get(c, 0) and female[c] > 10_000]
        return sorted(chars, key=lambda c: -female[c])[:n]
    chars = [c for c in male if male[c] > ratio * female.get(c, 0) and male[c] > 10_000]
    return sorted(chars, key=lambda c: -male[c])[:n]


def test_characters_of_one_sex_cohere_and_mixed_ones_do_not():
    women, men = _lean("female"), _lean("male")
    assert len(women) == len(men) == 5
    for w1 in women:
        for w2 in women:
            assert hanzi_sex.sex_coherence(w1 + w2) > 0
        for m in men:
            assert hanzi_sex.sex_coherence(w1 + m) < 0
            assert hanzi_sex.sex_coherence(m + w1) < 0


def test_off_and_other_lengths_give_nothing():
    w = _lean("female")[0]
    assert hanzi_sex.sex_coherence(w + w, weight=0) == 0.0
    assert hanzi_sex.sex_coherence(w) == 0.0
    assert hanzi_sex.sex_coherence(w * 3) == 0.0


def _share(ru: str, vi: str, name: str) -> float:
    cands = hanzi.hanzi_candidates(ru=ru, vi=vi, known=frozenset(), top=10)
    return next((c.confidence for c in cands if c.text == name), 0.0)


@pytest.mark.parametrize("on", [True, False])
def test_a_homophone_of_the_first_characters_sex_gains(monkeypatch, on):
    """Bình reads 平 (a man's character) and 萍 (a woman's): after a woman's first character 萍 gains,
    after a man's it loses; with the coherence off, both shares stay as the characters' priors give them."""
    monkeypatch.setattr(hanzi_sex, "SEX_WEIGHT", 1.0 if on else 0.0)
    after_woman = _share("Ван Липин", "Vương Lệ Bình", "王丽萍")
    after_man = _share("Ван Гопин", "Vương Quốc Bình", "王国萍")
    monkeypatch.setattr(hanzi_sex, "SEX_WEIGHT", 0.0)
    base_woman = _share("Ван Липин", "Vương Lệ Bình", "王丽萍")
    base_man = _share("Ван Гопин", "Vương Quốc Bình", "王国萍")
    if on:
        assert after_woman > base_woman + 0.1
        assert after_man < base_man
    else:
        assert (after_woman, after_man) == (base_woman, base_man)


def test_blind16_is_fresh_and_well_formed():
    """The round-16 blind list: no list, gazetteer or pair-table name; forms as the rules write them."""
    from pathlib import Path

    from mtpipe.translit.palladius import from_hanzi
    from mtpipe.translit.sinoviet import from_hanzi as vi_from_hanzi

    repo = Path(__file__).resolve().parents[1]
    rows = [line.split("\t") for line in (repo / "benchmarks" / "data" / "officials_blind16.tsv")
            .read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    head, body = rows[0], rows[1:]
    assert head == ["zh", "en", "ru", "vi", "ru_origin", "vi_origin", "sex", "source"]
    assert len(body) >= 30 and len({r[0] for r in body}) == len(body)
    taken = set(hanzi.public_figures())
    for p in ("benchmarks/data/officials.tsv", "benchmarks/data/officials_real.tsv",
              "benchmarks/data/officials_blind15.tsv", "tests/data/translit/persons.tsv"):
        taken |= {line.split("\t")[0] for line in (repo / p).read_text(encoding="utf-8").splitlines()
                  if line and not line.startswith("#")}
    for r in body:
        assert len(r) == 8 and r[0] not in taken and 2 <= len(r[0]) <= 3, r
        assert r[4] == r[5] == "generated" and r[6] in {"F", "M", ""} and r[7].startswith("http"), r
        assert r[2] == from_hanzi(r[0], kind="person") and r[3] == vi_from_hanzi(r[0], kind="person"), r
    assert sum(r[6] == "F" for r in body) >= 20


def test_blind16_names_are_no_whole_word_of_the_priors_dictionary():
    """No blind16 name is a word of jieba's dictionary (whose names the prior counts), so none is known whole."""
    from pathlib import Path

    jieba = pytest.importorskip("jieba")
    words = {line.split()[0] for line in (Path(jieba.__file__).parent / "dict.txt").read_text(encoding="utf-8")
             .splitlines() if line.strip()}
    repo = Path(__file__).resolve().parents[1]
    names = [line.split("\t")[0] for line in (repo / "benchmarks" / "data" / "officials_blind16.tsv")
             .read_text(encoding="utf-8").splitlines()[1:] if line and not line.startswith(("#", "zh\t"))]
    assert len(names) >= 30 and not set(names) & words
