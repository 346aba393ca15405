"""Glossary matching: Russian case forms, Vietnamese diacritics, English variants, Chinese, boundaries, seeds."""

from __future__ import annotations

import collections
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtpipe.glossary import Entry, Glossary, Matcher, case_forms, load_glossaries, match_key, nfc_with_map

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "tests" / "data" / "seeds"


def E(id_: str, canon_en: str, canon_zh: str, kind: str = "person", **aliases: list[str]) -> Entry:
    return Entry(id=id_, kind=kind, en=canon_en, zh=canon_zh, aliases=aliases)


SMALL = Glossary(entries=[
    E("changchun", "Changchun", "长春", "place", ru=["Чанчунь"], vi=["Trường Xuân"]),
    E("xi-jinping", "Xi Jinping", "习近平", ru=["Си Цзиньпин"], vi=["Tập Cận Bình"]),
    E("wang-zilian", "Wang Zilian", "王子联", ru=["Ван Цзылянь", "Ван Цзы-лянь"], vi=["Vương Tử Liên"]),
    E("inner-mongolia", "Inner Mongolia", "内蒙古", "place", ru=["Внутренняя Монголия"]),
    E("hangzhou", "Hangzhou", "杭州", "place", ru=["Ханчжоу"]),
    E("lhasa", "Lhasa", "拉萨", "place", ru=["Лхаса"]),
    E("shanghai", "Shanghai", "上海", "place", ru=["Шанхай"]),
    E("hoa-binh", "Hoa Binh", "和平", "place", vi=["Hòa Bình"]),
    E("thuy", "Thuy Test", "水", "place", vi=["Thủy Nguyên"]),
    E("jing-junhai", "Jing Junhai", "景俊海", en=["Jingjunhai"]),
    E("li-xi", "Li Xi", "李希", vi=["Lý Hy"]),
    E("zone", "China-ROK (Changchun) International Cooperation Demonstration Zone", "中韩（长春）国际合作示范区", "org",
      en=["China-South Korea (Changchun) International Cooperation Demonstration Zone",
          "China-Korea (Changchun) International Cooperation Demonstration Zone"]),
    E("cpc", "Communist Party of China", "中国共产党", "org", en=["CPC"]),
    E("trung-han", "China-ROK", "中韩", "org", vi=["Trung - Hàn"]),
    Entry(id="slogan-344", kind="term", en="344", zh="344", dnt=True),
    E("jilin-city", "Jilin City", "吉林市", "place"),
    E("jilin", "Jilin", "吉林", "place"),
])
MATCHER = Matcher(SMALL)

# (alias, a case form that must be generated)
RU_FORMS = [
    ("Чанчунь", "Чанчуня"), ("Чанчунь", "Чанчуню"), ("Чанчунь", "Чанчунем"), ("Чанчунь", "Чанчуне"),
    ("Си Цзиньпин", "Си Цзиньпина"), ("Си Цзиньпин", "Си Цзиньпину"), ("Си Цзиньпин", "Си Цзиньпином"),
    ("Си Цзиньпин", "Си Цзиньпине"), ("Ван Цзылянь", "Ван Цзыляня"), ("Ван Цзылянь", "Ван Цзыляню"),
    ("Ван Цзылянь", "Ван Цзылянем"), ("Ван Цзылянь", "Ван Цзыляне"), ("Шанхай", "Шанхая"), ("Шанхай", "Шанхаем"),
    ("Лхаса", "Лхасы"), ("Лхаса", "Лхасу"), ("Лхаса", "Лхасой"), ("Гуандун", "Гуандуна"), ("Пекин", "Пекином"),
    ("Внутренняя Монголия", "Внутренней Монголии"), ("Внутренняя Монголия", "Внутреннюю Монголию"),
    ("Внутренняя Монголия", "Внутренней Монголией"), ("Северо-Восточный Китай", "Северо-Восточного Китая"),
    ("Северо-Восточная Азия", "Северо-Восточной Азии"), ("Ван Цзы-лянь", "Ван Цзы-ляня"),
    ("Ли Кэцян", "Ли Кэцяна"), ("Цзя Лина", "Цзя Лины"), ("Шэньчжэнь", "Шэньчжэнем"),
    # a head phrase inflects its adjectives and noun; the genitive words after it stay
    ("Демонстрационная зона международного сотрудничества Китая и РК (Чанчунь)",
     "Демонстрационную зону международного сотрудничества Китая и РК (Чанчунь)"),
    ("Коммунистическая партия Китая", "Коммунистической партии Китая"),
    ("Всекитайское собрание народных представителей", "Всекитайским собранием народных представителей"),
    # a lower-case common noun before a name in apposition inflects; the name stays
    ("район Динху", "района Динху"), ("город Цзилинь", "городе Цзилинь"),
]
# forms that do not decline at all
RU_INDECLINABLE = ["Ханчжоу", "Хух-Хото", "Шаньси", "Ли Си", "Макао", "Ван И", "Янцзы", "Сямэнь и"]


@pytest.mark.parametrize("alias,form", RU_FORMS)
def test_russian_case_forms_generated(alias, form):
    forms = case_forms(alias)
    assert forms[0] == alias
    assert form in forms


@pytest.mark.parametrize("alias", RU_INDECLINABLE)
def test_russian_indeclinable(alias):
    assert case_forms(alias) == [alias]


# (text, lang, expected [(entry id, surface)])
CASES = [
    # Russian: case forms, last word inflects, ё/е, hyphen/space
    ("Мэр Ван Цзылянь посетил Чанчунь.", "ru", [("wang-zilian", "Ван Цзылянь"), ("changchun", "Чанчунь")]),
    ("развития Чанчуня и Си Цзиньпина", "ru", [("changchun", "Чанчуня"), ("xi-jinping", "Си Цзиньпина")]),
    ("с Ван Цзы-лянем", "ru", [("wang-zilian", "Ван Цзы-лянем")]),
    ("во Внутренней Монголии", "ru", [("inner-mongolia", "Внутренней Монголии")]),
    ("в Ханчжоу и Лхасе", "ru", [("hangzhou", "Ханчжоу"), ("lhasa", "Лхасе")]),
    ("ЧАНЧУНЯ", "ru", [("changchun", "ЧАНЧУНЯ")]),
    # Russian: word boundaries (no match inside a longer word)
    ("чанчуньский завод", "ru", []),
    ("Шанхайская биржа", "ru", []),
    # Vietnamese: case, both tone placements, NFC
    ("tỉnh Hòa Bình", "vi", [("hoa-binh", "Hòa Bình")]),
    ("tỉnh Hoà Bình", "vi", [("hoa-binh", "Hoà Bình")]),
    ("TỈNH HOÀ BÌNH", "vi", [("hoa-binh", "HOÀ BÌNH")]),
    ("huyện Thuỷ Nguyên", "vi", [("thuy", "Thuỷ Nguyên")]),
    ("ông Lí Hi và Lý Hy", "vi", [("li-xi", "Lí Hi"), ("li-xi", "Lý Hy")]),
    ("ông Lý Hyun", "vi", []),
    ("ông Tập Cận Bình và Vương Tử Liên", "vi", [("xi-jinping", "Tập Cận Bình"), ("wang-zilian", "Vương Tử Liên")]),
    ("Trường Xuânh", "vi", []),
    ("hợp tác Trung-Hàn và Trung – Hàn", "vi", [("trung-han", "Trung-Hàn"), ("trung-han", "Trung – Hàn")]),
    # English: case, hyphen/space/dash variants, explicit alias spellings
    ("Jing Junhai and Jingjunhai met", "en", [("jing-junhai", "Jing Junhai"), ("jing-junhai", "Jingjunhai")]),
    ("the China-South Korea (Changchun) international cooperation Demonstration Zone", "en",
     [("zone", "China-South Korea (Changchun) international cooperation Demonstration Zone")]),
    ("the China–ROK (Changchun) International Cooperation Demonstration Zone", "en",
     [("zone", "China–ROK (Changchun) International Cooperation Demonstration Zone")]),
    ("the China ROK (Changchun) International Cooperation Demonstration Zone in Changchun", "en",
     [("zone", "China ROK (Changchun) International Cooperation Demonstration Zone"), ("changchun", "Changchun")]),
    ("China-Korea (Changchun) International Cooperation Demonstration Zone", "en",
     [("zone", "China-Korea (Changchun) International Cooperation Demonstration Zone")]),
    ("Changchun's mayor, CHANGCHUN", "en", [("changchun", "Changchun"), ("changchun", "CHANGCHUN")]),
    ("Changchunese", "en", []),
    # acronyms keep their case; numbers need boundaries
    ("the CPC and the cpc", "en", [("cpc", "CPC")]),
    ('the "344" park, not 13440 or 3445', "en", [("slogan-344", "344")]),
    # Chinese: no boundaries; longest match wins
    ("中韩（长春）国际合作示范区在长春市", "zh", [("zone", "中韩（长春）国际合作示范区"), ("changchun", "长春")]),
    ("吉林市和吉林省", "zh", [("jilin-city", "吉林市"), ("jilin", "吉林")]),
    ("习近平总书记", "zh", [("xi-jinping", "习近平")]),
]


@pytest.mark.parametrize("text,lang,expected", CASES)
def test_find(text, lang, expected):
    got = MATCHER.find(text, lang)
    assert [(m.entry.id, m.text) for m in got] == expected
    for m in got:
        assert text[m.start:m.end] == m.text


def test_decomposed_vietnamese_offsets_into_original():
    text = unicodedata.normalize("NFD", "Bí thư Hà Quang Trung, ông Vương Tử Liên.")
    g = Glossary(entries=[E("he", "He Guangzhong", "何广中", vi=["Hà Quang Trung"]),
                          E("wang-zilian", "Wang Zilian", "王子联", vi=["Vương Tử Liên"])])
    got = Matcher(g).find(text, "vi")
    assert [m.entry.id for m in got] == ["he", "wang-zilian"]
    for m in got:
        assert text[m.start:m.end] == m.text
        assert unicodedata.normalize("NFC", m.text) in ("Hà Quang Trung", "Vương Tử Liên")


def test_own_language_alias_wins_a_shared_key():
    g = Glossary(entries=[E("a", "Alpha", "甲", en=["Tan An"]), E("b", "Beta", "乙", vi=["Tân An"])])
    m = Matcher(g)
    assert [x.entry.id for x in m.find("Tan An", "en")] == ["a"]
    assert [x.entry.id for x in m.find("Tân An", "vi")] == ["b"]


def test_case_sensitive_entry():
    g = Glossary(entries=[Entry(id="wang-yi", kind="person", en="Wang Yi", zh="王毅", aliases={"ru": ["Ван И"]},
                                case_sensitive=True)])
    m = Matcher(g)
    assert [x.text for x in m.find("министр Ван И и Ван и", "ru")] == ["Ван И"]


@settings(deadline=None)  # no timing in tests (the default 200 ms per example)
@given(st.text(alphabet=st.sampled_from(list("aAoòóÒuủyìİ-–\u00a0 \nёЁЧчаhHeE1")), max_size=40))
def test_match_key_preserves_length(text):
    text = unicodedata.normalize("NFC", text)
    assert len(match_key(text)) == len(text)


@settings(deadline=None)  # no timing in tests (the default 200 ms per example)
@given(st.text(max_size=30))
def test_nfc_with_map(text):
    nfc, offsets = nfc_with_map(text)
    assert nfc == unicodedata.normalize("NFC", text) or offsets is not None
    if offsets is not None:
        assert len(offsets) == len(nfc) + 1 and offsets[-1] == len(text)
        assert offsets == sorted(offsets)


PIECES = ["Чанчуня", "Си Цзиньпину", "Ван Цзыляне", "Hoà Bình", "HÒA BÌNH", "Changchun", "China-Korea (Changchun) "
          "International Cooperation Demonstration Zone", "长春", "吉林市", "344", "CPC", " ", ", ", "x", "и", "中",
          "-", "ó", "\u0301", "1"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12), st.sampled_from(["ru", "vi", "en", "zh", ""]))
def test_matches_are_ordered_exact_and_disjoint(pieces, lang):
    text = "".join(pieces)
    got = MATCHER.find(text, lang)
    end = 0
    for m in got:
        assert end <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        end = m.end


# -- the seeds ------------------------------------------------------------------------------------------

needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seeds not available")


def _seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def starter() -> Matcher:
    return Matcher(load_glossaries([REPO / "glossaries"]))


def _counts(matcher: Matcher, text: str, lang: str) -> collections.Counter:
    return collections.Counter(m.entry.id for m in matcher.find(text, lang))


# (seed, lang, entry id, count, surface forms that must be among the matches)
SEED_CASES = [
    ("000", "ru", "wang-zilian", 5, {"Ван Цзылянь"}),
    ("000", "ru", "xi-jinping", 1, {"Си Цзиньпина"}),
    ("000", "ru", "changchun", 1, {"Чанчуня"}),
    ("000", "ru", "china-rok-changchun-zone", 3, set()),
    ("002", "ru", "wang-junzheng", 7, {"Ван Цзюньчжэн"}),
    ("002", "ru", "xi-jinping", 2, {"Си Цзиньпина"}),
    ("002", "ru", "changchun", 11, {"Чанчунь"}),
    ("001", "en", "xu-xiaoxiong", 1, {"Xu Xiaoxiong"}),
    ("001", "en", "slogan-344", 1, {"344"}),
    ("001", "en", "slogan-1310", 1, {"1310"}),
    ("001", "en", "one-county-one-park", 1, set()),
    ("003", "vi", "he-guangzhong", 4, {"Hà Quang Trung", "Quảng Trung", "He Guanzhong"}),
    ("003", "vi", "zhou-zhihong", 2, set()),
    ("003", "vi", "cppcc", 2, set()),
    ("004", "en", "jing-junhai", 8, {"Jing Junhai", "Jingjunhai"}),
    ("004", "en", "bayin-chaolu", 11, {"Bayin Chaolu"}),
    ("004", "en", "china-rok-changchun-zone", 16, {
        "China-South Korea (Changchun) International Cooperation Demonstration Zone",
        "China-ROK (Changchun) International Cooperation Demonstration Zone",
        "China-Korea (Changchun) International Cooperation Demonstration Zone"}),
    ("004", "en", "belt-and-road", 2, set()),
]


@needs_seeds
@pytest.mark.parametrize("seed,lang,eid,count,surfaces", SEED_CASES)
def test_seed_names(starter, seed, lang, eid, count, surfaces):
    text = _seed(seed)
    got = [m for m in starter.find(text, lang) if m.entry.id == eid]
    assert len(got) == count, [m.text for m in got]
    assert surfaces <= {m.text for m in got}


@needs_seeds
@pytest.mark.parametrize("seed,name,count", [("000", "Ван Цзылянь", 5), ("002", "Ван Цзюньчжэн", 7)])
def test_seed_raw_counts(seed, name, count):
    """The raw counts a later issue relies on."""
    assert _seed(seed).count(name) == count


@needs_seeds
@pytest.mark.parametrize("variant", ["NFD", "upper", "old-tones", "new-tones"])
def test_vietnamese_seed_diacritics_do_not_matter(starter, variant):
    text = _seed("003")
    if variant == "NFD":
        other = unicodedata.normalize("NFD", text)
    elif variant == "upper":
        other = text.upper()
    else:
        swaps = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "uỷ": "ủy", "uý": "úy"}
        if variant == "new-tones":
            swaps = {v: k for k, v in swaps.items()}
        other = text
        for a, b in swaps.items():
            other = other.replace(a, b)
    assert _counts(starter, other, "vi") == _counts(starter, text, "vi")
