"""Whole given names seen in the news in the hanzi ranking (mtpipe.translit.hanzi_pairs,
tools/build_news_pairs.py) and the round-15 blind list (benchmarks/data/officials_blind15.tsv)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import mtpipe.translit.hanzi as H
import mtpipe.translit.hanzi_pairs as P
from mtpipe.translit.gazetteer import public_figures
from mtpipe.translit.palladius import from_hanzi

REPO = Path(__file__).resolve().parents[1]


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _build():
    return _load(REPO / "tools" / "build_news_pairs.py", "build_news_pairs")


def test_count_pairs_keeps_chinese_persons_once_each():
    b = _build()
    lines = ["王建华 nr 5", "王建华 nr 9",  # the same person twice: one
             "李建华 nr 1", "张健华 nr 3",
             "约翰·史密斯 nrf 2", "欧阳建华 nr 1",  # foreign; four characters
             "张某某 nr 40", "张警官 nr 27", "王大妈 nr 3",  # so-and-so and titles are no given names
             "林志玲 nr 7", "刘伟 nr 4", "某建华 nr 1", "北京 ns 100"]
    got = b.count_pairs(lines, surnames={"王", "李", "张", "刘", "欧"}, skip={"林志玲"})
    assert got == {"建华": 2, "健华": 1}


def test_the_build_leaves_out_listed_persons():
    b = _build()
    out = b.left_out()
    blind = [line.split("\t")[0] for line in b.BLIND.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith(("#", "zh\t"))]
    assert set(blind) <= out and public_figures() <= out
    # and a rebuild from lines naming only such persons gives nothing
    names = sorted(n for n in out if len(n) == 3)[:200]
    assert not b.count_pairs([f"{n} nr 1" for n in names], surnames={n[0] for n in names}, skip=out)


def test_the_shipped_table():
    text = (REPO / "mtpipe" / "translit" / "data" / "name_pairs_news.tsv").read_text(encoding="utf-8")
    assert "Apache-2.0" in text.split("\n", 5)[2]
    pairs, total = P.news_pairs()
    assert len(pairs) > 15000 and total >= len(pairs)
    assert all(len(g) == 2 and all("\u4e00" <= c <= "\u9fff" for c in g) and n > 0 for g, n in pairs.items())
    b = _build()
    assert not set(pairs) & b.TITLES and not any("某" in g for g in pairs)
    counts = list(pairs.values())
    assert counts == sorted(counts, reverse=True)


def test_a_given_name_in_the_news_table_rises(monkeypatch):
    # take a Russian form, and the given name of a candidate well down the list: put it in the news table
    # as a common given name, and that candidate must rise from 21st into the first five; with the table's share
    # at 0 the order is the same whatever the table holds
    ru = from_hanzi("李建华", kind="person")
    before = [c.text for c in H.hanzi_candidates(ru=ru, top=30, known=())]
    monkeypatch.setattr(P, "NEWS_PAIR_SHARE", 0.0)
    monkeypatch.setattr(H, "NEWS_PAIR_SHARE", 0.0)
    share0 = [c.text for c in H.hanzi_candidates(ru=ru, top=30, known=())]
    monkeypatch.undo()
    target = before[20]
    pairs, _ = P.news_pairs()
    assert target[1:] not in pairs  # a given name the table lacks (else pick another index)
    patched = dict(pairs)
    patched[target[1:]] = max(pairs.values())
    monkeypatch.setattr(P, "news_pairs", lambda: (patched, sum(patched.values())))
    monkeypatch.setattr(H, "news_pairs", P.news_pairs)
    H._pairs_by_sound.cache_clear()
    try:
        after = [c.text for c in H.hanzi_candidates(ru=ru, top=30, known=())]
        assert after.index(target) < 5, (target, after[:5])
        monkeypatch.setattr(P, "NEWS_PAIR_SHARE", 0.0)
        monkeypatch.setattr(H, "NEWS_PAIR_SHARE", 0.0)
        off = [c.text for c in H.hanzi_candidates(ru=ru, top=30, known=())]
        assert off == share0 and after != before
    finally:
        H._pairs_by_sound.cache_clear()


def test_the_news_table_is_not_used_with_a_vietnamese_form(monkeypatch):
    ru, vi = from_hanzi("王建平", kind="person"), "Vương Kiến Bình"
    before = [(c.text, c.confidence) for c in H.hanzi_candidates(ru=ru, vi=vi, known=())]
    monkeypatch.setattr(P, "NEWS_PAIR_SHARE", 0.5)
    monkeypatch.setattr(H, "NEWS_PAIR_SHARE", 0.5)
    assert [(c.text, c.confidence) for c in H.hanzi_candidates(ru=ru, vi=vi, known=())] == before


def test_pair_boost_counts_both_tables():
    pairs, _ = P.news_pairs()
    jieba, _ = H._given_pairs()
    only_news = next(g for g in pairs if g not in jieba)
    p1, p2 = H._prior(only_news[0], "given1"), H._prior(only_news[1], "given2")
    assert H._pair_boost(only_news, p1, p2) > 1.0
    assert P.news_mass(only_news, share=0.0) == 0.0
    unseen = "鼋鼍"  # two rare characters no one is named
    assert unseen not in pairs and unseen not in jieba
    assert H._pair_boost(unseen, H._prior(unseen[0], "given1"), H._prior(unseen[1], "given2")) == 1.0


def test_blind_list_is_fresh_and_well_formed():
    path = REPO / "benchmarks" / "data" / "officials_blind15.tsv"
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    head, body = rows[0], rows[1:]
    assert head == ["zh", "en", "ru", "vi", "ru_origin", "vi_origin", "source"]
    assert len(body) >= 80 and len({r[0] for r in body}) == len(body)
    taken = set(public_figures())
    for p in ("benchmarks/data/officials.tsv", "benchmarks/data/officials_real.tsv", "tests/data/translit/persons.tsv"):
        taken |= {line.split("\t")[0] for line in (REPO / p).read_text(encoding="utf-8").splitlines()
                  if line and not line.startswith("#")}
    for r in body:
        assert len(r) == 7 and r[0] not in taken and 2 <= len(r[0]) <= 3, r
        assert r[4] in {"page", "generated"} and r[5] in {"page", "generated"} and r[6].startswith("http"), r
        if r[4] == "generated":
            assert r[2] == from_hanzi(r[0], kind="person"), r
    assert sum(r[4] == "page" for r in body) >= 5
