"""langfresh19 (spamdata25, issue 12 point 3): the blind spam set's shape only, never its detection figures
(those are ``benchmarks/langid.py --data benchmarks/data/langfresh19 --split all``)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
SET = DATA / "langfresh19"
PLACES = {"start", "name", "function", "inner", "end"}


def _rows(name: str) -> list[list[str]]:
    lines = (SET / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def test_controls_are_real_sentences_with_latin_tokens():
    rows = _rows("sentences.tsv")
    assert len(rows) >= 90
    assert len({r[3] for r in rows}) == len(rows)
    for split, lang, source, text in rows:
        assert (split, lang) == ("blind", "vi")
        assert re.match(r"https?://\S+$", source), source
        assert re.search(r"[A-Za-z]*[A-Z0-9][A-Za-z0-9]*", text) and re.search(r"[à-ỹđĐ]", text), text


def test_spam_rows_replace_one_word_of_a_control():
    controls = {r[3] for r in _rows("sentences.tsv")}
    rows = _rows("spam.tsv")
    assert len(rows) >= 60
    places = Counter()
    for split, text, tok, word, sent, place in rows:
        assert split == "blind" and place in PLACES
        assert sent in controls and tok not in sent and text.count(tok) == 1
        m = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", sent)
        assert m is not None and text == sent[: m.start()] + tok + sent[m.end():], text
        assert re.fullmatch(r"[A-Za-z0-9]+(?:\.[a-z]+)?", tok) and re.fullmatch(r"[^\W\d_]+", word), (tok, word)
        places[place] += 1
    assert all(places[p] >= 8 for p in PLACES), places


def test_tokens_are_new():
    """No token (its name, case aside, top-level domain dropped) is in an earlier langfresh set or the brand table."""
    names = {r[2].lower().split(".")[0] for r in _rows("spam.tsv")}
    earlier = set()
    for d in DATA.glob("langfresh*"):
        if d.name != "langfresh19" and (d / "spam.tsv").exists():
            earlier |= {line.split("\t")[2].lower().split(".")[0]
                        for line in (d / "spam.tsv").read_text(encoding="utf-8").splitlines()
                        if line.strip() and not line.startswith("#")}
    brands = set((ROOT / "mtpipe" / "clean" / "data" / "spam_brands.txt").read_text(encoding="utf-8").split())
    assert not names & earlier, names & earlier
    assert not names & brands, names & brands


def test_sources_name_every_token():
    sources = (SET / "SOURCES").read_text(encoding="utf-8").lower()
    assert not [r[2] for r in _rows("spam.tsv") if r[2].lower().split(".")[0] not in sources]


def test_controls_are_new_and_end_places_are_last():
    """No control sentence is in an earlier langfresh set; an ``end`` token stands last, before the final punctuation."""
    earlier = set()
    for d in DATA.glob("langfresh*"):
        if d.name != "langfresh19" and (d / "sentences.tsv").exists():
            earlier |= {line.split("\t")[-1] for line in (d / "sentences.tsv").read_text(encoding="utf-8").splitlines()}
    assert not {r[3] for r in _rows("sentences.tsv")} & earlier
    for _, text, tok, _, _, place in _rows("spam.tsv"):
        if place == "end":
            assert re.fullmatch(r"\W*", text[text.index(tok) + len(tok):]), text
        if place == "start":
            assert text.startswith(tok), text
