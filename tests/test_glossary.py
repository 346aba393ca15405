"""Glossary core: loading, matching, protection, restoration, verification."""

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from mtpipe.document import Segment, Term
from mtpipe.glossary import (Entry, Glossary, GlossaryError, Matcher, Protect, finalize_terms, load_glossaries,
                             protect_text, restore, translate_segments)
from mtpipe.glossary.normalize import match_key
from mtpipe.glossary.ru_inflect import case_forms

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def starter():
    return load_glossaries([REPO / "glossaries"])


@pytest.fixture(scope="module")
def matcher(starter):
    return Matcher(starter)


BAD = [
    ("entries:\n  - id: a\n    kind: person\n    en: A\n    zh: 甲\n  - id: a\n    kind: person\n    en: B\n    zh: 乙\n",
     r"g.yaml:6: duplicate id 'a' \(first at .*g.yaml:2\)"),
    ("entries:\n  - id: a\n    kind: person\n", r"g.yaml:2: a: no target"),
    ("entries:\n  - id: a\n    kind: robot\n    en: A\n    zh: 甲\n", r"g.yaml:2: a: kind 'robot'"),
    ("entries:\n  - id: a\n    en: [unclosed\n", r"g.yaml:\d+: malformed YAML"),
    ("entries:\n  - id: a\n    kind: person\n    en: A\n    zh: 甲\n    aliases: {ru: [Ван]}\n"
     "  - id: b\n    kind: person\n    en: B\n    zh: 乙\n    aliases: {ru: [Ван]}\n",
     r"g.yaml:7: ru alias 'Ван' of 'b' already points at 'a'"),
    ("entries:\n  - id: Bad Id\n    en: A\n    zh: 甲\n", r"g.yaml:2: id 'Bad Id'"),
]


@pytest.mark.parametrize("text,message", BAD)
def test_problems_are_reported_as_file_line_reason(tmp_path, text, message):
    f = tmp_path / "g.yaml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(GlossaryError) as e:
        load_glossaries([f])
    assert any(__import__("re").search(message, p) for p in e.value.problems), e.value.problems


def test_many_files_load_together_and_hash_ignores_comments(tmp_path):
    a = tmp_path / "a.yaml"
    a.write_text("entries:\n  - id: x\n    kind: term\n    en: X\n    zh: 甲\n")
    b = tmp_path / "b.yaml"
    b.write_text("# comment\nentries:\n  - id: y\n    kind: term\n    en: Y\n    zh: 乙\n")
    g1 = load_glossaries([tmp_path])
    assert sorted(g1.by_id) == ["x", "y"]
    b.write_text("# another comment\nentries:\n  - id: y\n    kind: term\n    en: Y\n    zh: 乙\n")
    assert load_glossaries([tmp_path]).hash == g1.hash


RU_FORMS = [("Чанчунь", ["Чанчуня", "Чанчуню", "Чанчунем", "Чанчуне"]),
            ("Си Цзиньпин", ["Си Цзиньпина", "Си Цзиньпину", "Си Цзиньпином", "Си Цзиньпине"]),
            ("Шанхай", ["Шанхая", "Шанхаю", "Шанхаем"]),
            ("Ханчжоу", [])]


@pytest.mark.parametrize("base,forms", RU_FORMS)
def test_russian_case_forms(base, forms):
    got = case_forms(base)
    assert got[0] == base and all(f in got for f in forms)
    if not forms:
        assert got == [base]


MATCHES = [
    ("ru", "Мэр Чанчуня Ван Цзылянь встретился с Си Цзиньпином.", ["changchun", "wang-zilian", "xi-jinping"]),
    ("ru", "Речь Генерального секретаря Си Цзиньпина в Чанчуне", ["xi-jinping", "changchun"]),
    ("ru", "в Демонстрационную зону международного сотрудничества Китая и РК (Чанчунь)", ["china-rok-changchun-zone"]),
    ("ru", "Чанчуньский район", []),  # inside a longer word: no match
    ("vi", "Bí thư Hà Quang Trung và Vương Tử Liên", ["he-guangzhong", "wang-zilian"]),
    ("vi", "HÀ QUANG TRUNG phát biểu", ["he-guangzhong"]),
    ("en", "Jing Junhai and Jingjunhai met in Changchun", ["jing-junhai", "jing-junhai", "changchun"]),
    ("en", "the China-South Korea (Changchun) International Cooperation Demonstration Zone opened",
     ["china-rok-changchun-zone"]),
    ("en", "the China South Korea (Changchun) International Cooperation Demonstration Zone", ["china-rok-changchun-zone"]),
    ("en", "strategy 344 and 1310, not 13100", ["slogan-344", "slogan-1310"]),
    ("zh", "王子联视察长春市", ["wang-zilian", "changchun"]),
]


@pytest.mark.parametrize("lang,text,ids", MATCHES)
def test_matching(matcher, lang, text, ids):
    assert [m.entry.id for m in matcher.find(text, lang)] == ids


def test_vietnamese_tone_mark_placements():
    g = Glossary([Entry("hoa-binh", "place", "Hoa Binh", "和平", aliases={"vi": ["Hòa Bình"]})])
    m = Matcher(g)
    for text in ("tỉnh Hòa Bình", "tỉnh Hoà Bình", "TỈNH HOÀ BÌNH"):
        found = m.find(text, "vi")
        assert [x.entry.id for x in found] == ["hoa-binh"] and text[found[0].start:found[0].end] == found[0].text
    assert match_key("hòa") == match_key("hoà")


def test_seed_names_found_with_their_counts(matcher, seeds_dir):
    from mtpipe.ingest import read_document

    def count(prefix, eid):
        p = next(seeds_dir.glob(f"{prefix}_*"))
        return sum(m.entry.id == eid for m in matcher.find(read_document(p).text, ""))

    assert count("000", "wang-zilian") == 5
    assert count("002", "wang-junzheng") == 7
    assert count("000", "changchun") >= 1  # "Чанчуня"
    assert count("003", "he-guangzhong") == 4
    assert count("004", "jing-junhai") == 8


def _seg(text, lang, terms):
    s = Segment(0, 0, len(text), text, lang)
    s.terms = terms
    return s


def _terms(matcher, text, lang):
    return [Term(m.entry.id, m.text, m.start, m.end, m.entry.kind, m.entry.en, m.entry.zh, m.entry.dnt)
            for m in matcher.find(text, lang)]


def test_placeholders_restore_canonical_forms(matcher):
    text = "Ван Цзылянь посетил Чанчунь и «344»."
    s = _seg(text, "ru", _terms(matcher, text, "ru"))
    translate_segments([s], "ru", "zh", lambda xs: ["TERM0 访问了 TERM1 和「TERM2」。" for _ in xs])
    assert s.translations["zh"].text == "王子联访问了长春和「344」。"  # no stray spaces around Chinese terms
    echo = lambda xs: xs  # noqa: E731  (the model copies its input)
    translate_segments([s], "ru", "en", echo)
    assert s.translations["en"].text == "Wang Zilian посетил Changchun и «344»."
    finalize_terms(s)
    assert [t.status for t in s.terms] == ["verified"] * 3


def test_dropped_placeholders_are_retried_then_flagged(matcher):
    text = "Мэр Ван Цзылянь посетил Чанчунь вчера."
    calls = []

    def dropping(xs):  # a model that loses every placeholder and every glossary form
        calls.append(list(xs))
        return ["the mayor visited yesterday" for _ in xs]

    s = _seg(text, "ru", _terms(matcher, text, "ru"))
    translate_segments([s], "ru", "en", dropping)
    assert [t.targets["en"] for t in s.terms] == ["retried", "retried"]  # rescued by translating the pieces
    assert s.translations["en"].strategy == "pieces"
    assert "Wang Zilian" in s.translations["en"].text and "Changchun" in s.translations["en"].text
    assert len(calls) == 3  # placeholder, inline, pieces: one batch each

    s2 = _seg(text, "ru", _terms(matcher, text, "ru"))
    from mtpipe.glossary import ProtectOptions

    translate_segments([s2], "ru", "en", dropping, ProtectOptions(strategies=("placeholder", "inline")))
    finalize_terms(s2)
    assert [t.status for t in s2.terms] == ["unverified", "unverified"]
    assert "unverified_term" in s2.flags


def test_duplicated_placeholder_is_not_verified(matcher):
    text = "Ван Цзылянь приехал."
    s = _seg(text, "ru", _terms(matcher, text, "ru"))
    translate_segments([s], "ru", "en", lambda xs: [x.replace("TERM0", "TERM0 TERM0") if "TERM0" in x else x for x in xs])
    assert s.translations["en"].strategy != "direct"


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=120), st.lists(st.sampled_from(["Ван Цзылянь", "Чанчунь", "344", "Jing Junhai", "长春", "Hà Quang Trung"]), max_size=4))
def test_protect_identity_restore_round_trip(text, names):
    """protect -> identity translation -> restore with the source forms gives the text back."""
    full = " ".join([text, *names])
    if "m" not in _MATCHER:
        _MATCHER["m"] = Matcher(load_glossaries([REPO / "glossaries"]))
    m = _MATCHER["m"]
    terms = _terms(m, full, "")
    prot = protect_text(full, terms)
    back, ok = restore(prot, [t.source for t in terms])
    assert back == full and all(ok)


_MATCHER: dict = {}


def test_protect_stage_fills_terms(starter):
    from mtpipe.document import Document
    from mtpipe.segment import Segmenter

    doc = Protect(starter)(Segmenter()(Document.from_text("Ван Цзылянь посетил Чанчунь.")))
    assert [t.id for t in doc.segments[0].terms] == ["wang-zilian", "changchun"]
    doc.check()
