"""langfresh50 (spamdata50, forty-fourth session, issue 12 point 3): the blind spam set's shape only, never its
detection figures (those are ``benchmarks/langid.py --data benchmarks/data/langfresh50 --split all``)."""

from __future__ import annotations

import importlib.util
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
SET = DATA / "langfresh50"
PLACES = {"start", "name", "function", "inner", "end", "number"}


def _rows(name: str, folder: Path = SET) -> list[list[str]]:
    lines = (folder / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def _name(token: str) -> str:
    return token.lower().split(".")[0]


def _words(path: Path) -> set[str]:
    """The stems of a stem list: its words outside the ``#`` comment lines (the header's words, such as "brand",
    are no stems)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return {w for line in lines if not line.lstrip().startswith("#") for w in line.split()}


def _earlier_tokens() -> set[str]:
    return {_name(r[2]) for d in DATA.glob("langfresh*")
            if d.name != SET.name and (d / "spam.tsv").exists() for r in _rows("spam.tsv", d)}


def test_controls_are_real_sentences_with_latin_tokens():
    rows = _rows("sentences.tsv")
    assert len(rows) >= 90
    assert len({r[3] for r in rows}) == len(rows)
    for split, lang, source, text in rows:
        assert (split, lang) == ("blind", "vi")
        assert re.match(r"https?://\S+$", source), source
        assert re.search(r"\b[A-Za-z]*[A-Z0-9][A-Za-z0-9]*", text) and re.search(r"[à-ỹđĐ]", text), text


def test_spam_rows_replace_one_word_of_a_control():
    controls = {r[3] for r in _rows("sentences.tsv")}
    rows = _rows("spam.tsv")
    assert len(rows) >= 65
    places = Counter()
    for split, text, tok, word, sent, place in rows:
        assert split == "blind" and place in PLACES
        assert sent not in controls and tok not in sent and text.count(tok) == 1
        m = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", sent)
        assert m is not None and text == sent[: m.start()] + tok + sent[m.end():], text
        assert re.fullmatch(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?:\.[a-z]+)?", tok) and re.fullmatch(r"[^\W\d_]+", word), (tok, word)
        places[place] += 1
    assert all(places[p] >= 12 for p in PLACES), places


def test_tokens_are_new():
    """No token (its name, case aside, top-level domain dropped) is an earlier langfresh token, a brand stem of the
    table or a held-out stem, and none holds one of them (4 letters or more)."""
    names = [_name(r[2]) for r in _rows("spam.tsv")]
    assert len(set(names)) == len(names)
    earlier = _earlier_tokens()
    brands = _words(ROOT / "mtpipe" / "clean" / "data" / "spam_brands.txt")
    stems = {s.lower() for p in DATA.glob("langfresh*/heldout_stems.txt") for s in _words(p)}
    known = earlier | brands | stems
    assert not set(names) & known, set(names) & known
    long_known = [k for k in known if len(k) >= 4]
    held = {n: k for n in names for k in long_known if k in n}
    assert not held, held


def test_sources_name_every_token():
    sources = (SET / "SOURCES").read_text(encoding="utf-8").lower()
    assert not [r[2] for r in _rows("spam.tsv") if _name(r[2]) not in sources]


def test_controls_and_pages_are_new_and_places_hold():
    """No control sentence or page is in an earlier langfresh set; a ``start`` token stands first and an ``end``
    token last, before the final punctuation."""
    earlier_text, earlier_pages = set(), set()
    for d in DATA.glob("langfresh*"):
        if d.name != SET.name and (d / "sentences.tsv").exists():
            for line in (d / "sentences.tsv").read_text(encoding="utf-8").splitlines():
                cells = line.split("\t")
                earlier_text.add(cells[-1])
                earlier_pages.update(c for c in cells if c.startswith("http"))
    rows = _rows("sentences.tsv")
    assert not {r[3] for r in rows} & earlier_text
    assert not {r[2] for r in rows} & earlier_pages
    for _, text, tok, _, _, place in _rows("spam.tsv"):
        if place == "end":
            assert re.fullmatch(r"\W*", text[text.index(tok) + len(tok):]), text
        if place == "start":
            assert text.startswith(tok), text


def test_each_control_carries_at_most_one_case():
    sents = [r[4] for r in _rows("spam.tsv")]
    assert len(set(sents)) == len(sents)


def _shape(tok: str) -> str:
    name = tok.split(".")[0]
    if "-" in name:
        return "hyphenated"
    if "." in tok:
        return "domain"
    if name[0].isdigit():
        return "digit-led"
    if re.fullmatch(r"(?:[A-Z][a-z]+){2,}\d*", name):
        return "CamelCase"
    if re.fullmatch(r"[A-Z][a-z]*\d+", name):
        return "letter-digit"
    return "lower-case" if name.isalpha() else "mixed"


def test_token_shapes_are_mixed_over_places():
    """Domains, CamelCase and bare lower-case names, five or more of each, and letter-digit, digit-led and hyphenated
    names, at least one of each (the list holds few names with digits or hyphens that pass the checks of
    SOURCES), and no place holds fewer than four shapes."""
    rows = _rows("spam.tsv")
    shapes = Counter(_shape(r[2]) for r in rows)
    assert all(shapes[s] >= 5 for s in ("domain", "CamelCase", "lower-case")), shapes
    assert all(shapes[s] >= 1 for s in ("letter-digit", "digit-led", "hyphenated")), shapes
    assert not shapes["mixed"], shapes
    for place in PLACES:
        assert len({_shape(r[2]) for r in rows if r[5] == place}) >= 4, place


def test_spam_pages_are_new_and_give_no_control():
    """The pages of the spam sentences (the build script's ``SPAM_PAGES``) are in no earlier langfresh set and give no
    control; every spam row's original sentence is one of theirs."""
    spec = importlib.util.spec_from_file_location("fresh50", ROOT / "tools" / "build_langid_fresh50.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    earlier = set()
    for d in DATA.glob("langfresh*"):
        if d.name != SET.name:
            for f in d.glob("*.tsv"):
                earlier.update(re.findall(r"https?://\S+", f.read_text(encoding="utf-8")))
    spam_pages = {url for url, _ in build.SPAM_PAGES}
    assert not spam_pages & earlier
    assert not spam_pages & {r[2] for r in _rows("sentences.tsv")}
    assert {r[4] for r in _rows("spam.tsv")} == {text for _, text in build.SPAM_PAGES}


def test_a_third_of_tokens_hold_no_trade_word():
    """Real spam also uses plain invented brand names: at least a third of the tokens hold no gambling or lending
    trade word, and every place has some of them."""
    trade = re.compile(r"bet|casino|kasin|cazino|slot|spin|poker|bingo|win|luck|lotto|vegas|dice|stake|game|play|vay|"
                       r"cash|loan", re.I)
    rows = _rows("spam.tsv")
    plain = [r for r in rows if not trade.search(r[2])]
    assert 3 * len(plain) >= len(rows), len(plain)
    assert {r[5] for r in plain} == PLACES
